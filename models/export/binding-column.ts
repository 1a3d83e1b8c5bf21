/**
 * The 约束性 / 预期性 column of every exported list of targets (CSV, XLSX): the header in
 * the export's language, the plan's mark in that language, empty for a target not marked.
 */
import type { Target } from '../plan/plan-schema';
import type { Lang } from '../plan/validation-messages';
import type { Column } from './export-tables';
import { BINDING_WORDS } from './report-text';

export function bindingColumn(lang: Lang): Column {
  return { header: lang === 'zh' ? '约束性/预期性' : 'Binding or expected', type: 'text', width: 10 };
}

export function bindingCell(target: Pick<Target, 'binding'> | undefined, lang: Lang): string {
  return target?.binding === undefined ? '' : BINDING_WORDS[lang][target.binding];
}
