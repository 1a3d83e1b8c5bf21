/**
 * The words of an actuals issue, in both languages: where (row, indicator, year,
 * column) and why. "第3行（地区生产总值，2023年，数值）：不能为负数".
 */
import type { ActualsColumn, ActualsIssue } from './actuals-input';
import { STATUS_LABELS } from './actuals-input';
import type { DataStatus, Plan } from './plan-schema';
import type { Lang } from './validation-messages';

const COLUMN: Record<ActualsColumn, { zh: string; en: string }> = {
  indicator: { zh: '指标', en: 'indicator' },
  year: { zh: '年份', en: 'year' },
  value: { zh: '数值', en: 'value' },
  realGrowth: { zh: '实际增速', en: 'real growth' },
  source: { zh: '来源', en: 'source' },
  status: { zh: '状态', en: 'status' },
  note: { zh: '备注', en: 'note' },
};

type P = ActualsIssue['params'] & object;

const REASON: Record<ActualsIssue['code'], { zh: (p: P, cell: string) => string; en: (p: P, cell: string) => string }> = {
  'negative-level': { zh: (_, c) => `“${c}”为负数，总量不能为负`, en: (_, c) => `"${c}" is negative: a level cannot be negative` },
  'share-range': { zh: (_, c) => `“${c}”超出 0—100 的范围（比重以百分数计）`, en: (_, c) => `"${c}" is outside 0–100 (a share is in percent)` },
  'year-range': { zh: (p, c) => `年份 ${c} 不在 ${p.from}—${p.to} 年之间`, en: (p, c) => `year ${c} is outside ${p.from}–${p.to}` },
  'unknown-indicator': {
    zh: (_, c) => (c === '' ? '未填写指标' : `未知指标“${c}”（可用指标标识或中英文名称）`),
    en: (_, c) => (c === '' ? 'no indicator given' : `unknown indicator "${c}" (use its id or its Chinese or English name)`),
  },
  'not-a-number': { zh: (_, c) => `“${c}”不是数字`, en: (_, c) => `"${c}" is not a number` },
  'duplicate-year': { zh: (p) => `同一指标同一年份重复（已在第${p.first}行给出），未采用`, en: (p) => `the same indicator and year again (already given in row ${p.first}): not used` },
  'missing-value': { zh: () => '数值为空', en: () => 'no value' },
  magnitude: { zh: (_, c) => `“${c}”绝对值过大`, en: (_, c) => `"${c}" is absurdly large` },
  'growth-not-money': {
    zh: () => '实际增速只适用于现价总量指标（如地区生产总值），该格未采用，数值已保留',
    en: () => 'a real growth applies only to money levels at current prices (e.g. GDP): the cell is not used, the value is kept',
  },
  'growth-range': { zh: (_, c) => `实际增速“${c}”不合理（应在 −100% 与 100% 之间），该格未采用，数值已保留`, en: (_, c) => `real growth "${c}" is implausible (must lie between −100% and 100%): not used, the value is kept` },
  'unknown-status': {
    zh: (p, c) => `未知状态“${c}”，按“${STATUS_LABELS[p.used as DataStatus]?.zh ?? p.used}”记录（可用：公布、初步核算、修订、未核实）`,
    en: (p, c) => `unknown status "${c}": recorded as "${STATUS_LABELS[p.used as DataStatus]?.en ?? p.used}" (use reported, preliminary, revised or unverified)`,
  },
  'outside-grid': { zh: (_, c) => `“${c}”超出表格范围，未采用`, en: (_, c) => `"${c}" falls outside the grid: not used` },
  'no-columns': {
    zh: () => '无法识别列：需要“指标、年份、数值”列（可选“实际增速、来源、状态”），或指标为行、年份为列',
    en: () => 'columns not recognised: give indicator, year, value (optionally real growth, source, status), or indicators in rows and years in columns',
  },
  'big-change': { zh: () => '与上年相差超过50%，请核对单位', en: () => 'differs from the previous year by more than 50%: check the unit' },
};

/** The reason alone: "与上年相差超过50%，请核对单位". */
export function actualsReason(issue: ActualsIssue, lang: Lang): string {
  return REASON[issue.code][lang](issue.params ?? {}, issue.cell ?? '');
}

/** Where and why: "第3行（地区生产总值，2023年，数值）：“-5”为负数，总量不能为负". */
export function actualsIssueText(issue: ActualsIssue, plan: Plan, lang: Lang): string {
  const ind = issue.indicator === undefined ? undefined : plan.indicators.find((i) => i.id === issue.indicator);
  const parts: string[] = [];
  if (ind) parts.push(ind.name[lang]);
  if (issue.year !== undefined) parts.push(lang === 'zh' ? `${issue.year}年` : String(issue.year));
  parts.push(COLUMN[issue.column][lang]);
  const reason = actualsReason(issue, lang);
  return lang === 'zh' ? `第${issue.row}行（${parts.join('，')}）：${reason}` : `Row ${issue.row} (${parts.join(', ')}): ${reason}`;
}
