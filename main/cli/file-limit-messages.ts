/** The CLI's words for a file refused by models/file-limits (the app's are in renderer/i18n, fileLimits.*). */
import type { Lang } from '../../models';
import type { ZipProblem } from '../../models/file-limits/inspect-zip';
import { zipProblemParams } from '../../models/file-limits/problem-params';

const TEXT: Record<ZipProblem['code'], Record<Lang, string>> = {
  'not-zip': { zh: '{file}：不是有效的 .docx 文件（不是完整的 zip 压缩包）', en: '{file}: not a valid .docx file (not a complete zip archive)' },
  zip64: { zh: '{file}：是 ZIP64 压缩包；规划文件不会这么大，未读取', en: '{file}: a ZIP64 archive; no plan file is that large, so it was not read' },
  truncated: { zh: '{file}：不完整（压缩包被截断或已损坏），未读取', en: '{file}: incomplete (the archive is cut short or damaged); not read' },
  'too-many-entries': { zh: '{file}：含 {count} 个部件，超过上限 {limit} 个，未读取', en: '{file}: holds {count} parts, more than the limit of {limit}; not read' },
  'too-large-uncompressed': {
    zh: '{file}：解压后有 {size} MB，超过上限 {limit} MB，未读取',
    en: '{file}: unpacks to {size} MB, more than the limit of {limit} MB; not read',
  },
  'size-mismatch': {
    zh: '{file}：部件 {entry} 解压后比声明的大（压缩包损坏，或是“压缩炸弹”），未读取',
    en: '{file}: the part {entry} unpacks to more than it declares (a damaged archive or a zip bomb); not read',
  },
  'bad-method': { zh: '{file}：部件 {entry} 使用了不支持的压缩方式，未读取', en: '{file}: the part {entry} uses an unsupported compression method; not read' },
  corrupt: { zh: '{file}：部件 {entry} 已损坏，无法解压', en: '{file}: the part {entry} is damaged and cannot be unpacked' },
  'too-deep': { zh: '{file}：部件 {entry} 嵌套超过 {limit} 层，未读取', en: '{file}: the part {entry} nests more than {limit} levels deep; not read' },
  'too-many-paragraphs': {
    zh: '{file}：段落超过 {limit} 个，未读取（规划全文一般只有几千段）',
    en: '{file}: more than {limit} paragraphs, not read (a whole plan has a few thousand)',
  },
  'too-many-rows': {
    zh: '{file}：工作表“{sheet}”用到第 {row} 行，超过上限 {limit} 行，未读取',
    en: '{file}: the sheet "{sheet}" reaches row {row}, beyond the limit of {limit} rows; not read',
  },
  'too-many-columns': {
    zh: '{file}：工作表“{sheet}”用到第 {column} 列，超过上限 {limit} 列，未读取',
    en: '{file}: the sheet "{sheet}" reaches column {column}, beyond the limit of {limit} columns; not read',
  },
};

export function zipProblemMessage(file: string, problem: ZipProblem, lang: Lang): string {
  const { code, params } = zipProblemParams(problem);
  const all: Record<string, string | number> = { ...params, file };
  return TEXT[code][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(all[name] ?? `{${name}}`));
}
