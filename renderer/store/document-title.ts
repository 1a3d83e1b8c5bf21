/**
 * What the header and the window title call the open document: its file name, or
 * 未命名规划 / Untitled plan for a plan started with 新建规划 and not yet saved (its file
 * name is empty until then).
 */
import type { Lang } from './workspace-store';

export const UNTITLED: Readonly<Record<Lang, string>> = { zh: '未命名规划', en: 'Untitled plan' };

export function documentTitle(fileName: string, lang: Lang): string {
  return fileName === '' ? UNTITLED[lang] : fileName;
}
