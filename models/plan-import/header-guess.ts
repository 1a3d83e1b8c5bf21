/**
 * A first guess at what each column of a plan's indicator table holds, from its header
 * words (Chinese or English), and where the header row is (a title may stand above it).
 * The user confirms or changes the guess in the import dialog.
 */
import { parseChineseNumeral } from '../extract/numerals';
import { fiveYearPlanYears } from '../extract/plan-period';
import type { Plan } from '../plan/plan-schema';
import { normalizeNumberText } from '../numbers/table-text';
import { cellText } from './import-cells';
import type { ColumnMap, ColumnRole, ImportCell, ImportMapping } from './import-types';

/** Header words of each role, compared without spaces, brackets or case. */
const WORDS: readonly (readonly [ColumnRole, readonly string[]])[] = [
  ['ignore', ['序号', '编号', '类别', '领域', '分类', '板块', 'no', 'no.', '#', 'category', 'area']],
  ['nameEn', ['英文名', '英文名称', '英文', 'english', 'englishname', 'nameen', 'name(en)', 'indicator(en)']],
  ['name', ['指标', '指标名称', '指标名', '主要指标', '名称', '项目', '指标项', 'indicator', 'name', 'item', 'indicatorname']],
  ['unit', ['单位', '计量单位', '指标单位', 'unit', 'units']],
  ['attribute', ['属性', '指标属性', '指标性质', 'attribute', 'nature', 'binding']],
  ['kind', ['类型', '指标类型', '种类', 'kind', 'type']],
  ['comparison', ['比较词', '比较', '表述', '关系', '目标表述', '要求', 'comparison', 'operator']],
  ['targetYear', ['目标年份', '目标年', '年份', '年度', '年', 'year', 'targetyear']],
  ['targetValue', ['目标值', '目标', '规划目标', '目标数', '预期目标', 'target', 'targetvalue', 'goal']],
  ['source', ['来源', '数据来源', '出处', 'source']],
  ['status', ['状态', '数据状态', '数据性质', 'status']],
  ['note', ['备注', '说明', '注', 'note', 'notes', 'remark', 'remarks']],
];

/** A header cell compared: no spaces, lower case, brackets and what they hold dropped. */
function key(text: string): string {
  return normalizeNumberText(text)
    .toLowerCase()
    .replace(/[（(【[〔][^）)】\]〕]*[）)】\]〕]/g, '')
    .replace(/[:：]$/, '');
}

const YEAR = /(19[5-9]\d|20\d\d|2100)/g;

/** The years a header names ("2021—2025年均增长" → 2021, 2025; "2025年目标" → 2025). */
export function headerYears(text: string): number[] {
  return [...normalizeNumberText(text).matchAll(YEAR)].map((m) => Number(m[1]));
}

/** "十四五" / “十五五” in a header → that plan's years. */
function namedFiveYearPlan(text: string): { start: number; end: number } | null {
  const m = /([十]?[一二三四五六七八九])五/.exec(text);
  if (!m) return null;
  const n = parseChineseNumeral(m[1] as string);
  return Number.isFinite(n) && n >= 8 && n <= 20 ? fiveYearPlanYears(n) : null;
}

const BASE_WORDS = /基期|基数|现状|实际|预计|完成|base|actual/i;
const TARGET_WORDS = /目标|规划|预期|远景|target|goal|plan/i;
const GROWTH_WORDS = /年均|平均增长|增速|增长率|average|annual|cagr|growth/i;
const CUMULATIVE_WORDS = /累计|cumulative|total/i;

/** The role a header cell suggests, with the years it names. */
export function roleOfHeader(text: string, plan: Pick<Plan, 'baseYear'>): ColumnMap {
  const raw = normalizeNumberText(text);
  if (raw === '') return { role: 'ignore' };
  const k = key(raw);
  const years = headerYears(raw);
  const fyp = namedFiveYearPlan(raw);
  if (GROWTH_WORDS.test(raw) && !/^(实际)?增长$/.test(k)) {
    const span = years.length >= 2 ? { fromYear: (years[0] as number) - 1, year: years[years.length - 1] as number } : fyp ? { fromYear: fyp.start - 1, year: fyp.end } : years.length === 1 ? { year: years[0] as number } : {};
    return { role: 'growth', ...span };
  }
  if (CUMULATIVE_WORDS.test(raw) && (years.length > 0 || fyp !== null || /累计/.test(raw))) {
    const span = years.length >= 2 ? { fromYear: years[0] as number, year: years[years.length - 1] as number } : fyp ? { fromYear: fyp.start, year: fyp.end } : years.length === 1 ? { year: years[0] as number } : {};
    return { role: 'cumulative', ...span };
  }
  if (years.length > 0) {
    const year = years[years.length - 1] as number;
    if (BASE_WORDS.test(raw)) return { role: 'base', year };
    if (TARGET_WORDS.test(raw)) return { role: 'target', year };
    return { role: year <= plan.baseYear ? 'base' : 'target', year };
  }
  if (/^(基期|基期值|基数|基期数|base|basevalue|baseyear)$/.test(k)) return { role: 'base', year: plan.baseYear };
  for (const [role, words] of WORDS) if (words.includes(k)) return { role };
  return { role: 'ignore' };
}

/** How much a row looks like a header: the roles it names (a name column counts double). */
function headerScore(row: readonly ImportCell[], plan: Pick<Plan, 'baseYear'>): number {
  let score = 0;
  let figures = 0;
  for (const cell of row) {
    const text = cellText(cell);
    if (typeof cell === 'number') figures += 1;
    const role = roleOfHeader(text, plan).role;
    if (role === 'name') score += 2;
    else if (role !== 'ignore') score += 1;
  }
  return figures > 1 ? 0 : score;
}

/** The header row among the first rows (a title or a blank line may stand above it). */
export function findHeaderRow(rows: readonly (readonly ImportCell[])[], plan: Pick<Plan, 'baseYear'>, scan = 15): number {
  let best = 0;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const score = headerScore(rows[i] ?? [], plan);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The guessed mapping of a table: its header row (found, or given) and each column's role. Of several
 * name columns the first is the name; growth and cumulative columns without years
 * run from the base column's year to the first target year (or the plan's first period).
 */
export function guessMapping(
  rows: readonly (readonly ImportCell[])[],
  plan: Pick<Plan, 'baseYear' | 'periods'>,
  headerRow: number = findHeaderRow(rows, plan),
): ImportMapping {
  const header = rows[headerRow] ?? [];
  // A loop, not Math.max(...rows): a spread of a long sheet overflows the call stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const columns: ColumnMap[] = Array.from({ length: width }, (_, i) => roleOfHeader(cellText(header[i]), plan));
  const once = (role: ColumnRole) => {
    let seen = false;
    for (const c of columns) {
      if (c.role !== role) continue;
      if (seen) c.role = 'ignore';
      seen = true;
    }
  };
  for (const role of ['name', 'nameEn', 'unit', 'kind', 'attribute', 'comparison', 'source', 'status', 'note', 'targetYear', 'targetValue'] as const) once(role);
  // A year column with a year but no target value column beside it: 年份 | 目标值 is the long form.
  const baseYear = columns.find((c) => c.role === 'base')?.year ?? plan.baseYear;
  const firstTarget = columns.filter((c) => c.role === 'target').map((c) => c.year as number).sort((a, b) => a - b)[0];
  const firstPeriodEnd = plan.periods[0]?.end ?? baseYear + 5;
  for (const c of columns) {
    if (c.role === 'growth') {
      c.year ??= firstTarget ?? firstPeriodEnd;
      c.fromYear ??= baseYear;
    }
    if (c.role === 'cumulative') {
      c.year ??= firstTarget ?? firstPeriodEnd;
      c.fromYear ??= baseYear + 1;
    }
  }
  return { headerRow, columns };
}

/** The status of base values: 预计 (estimate) when the base column's header says so, else reported. */
export function guessStatus(rows: readonly (readonly ImportCell[])[], mapping: ImportMapping): 'estimate' | 'reported' {
  const header = rows[mapping.headerRow] ?? [];
  return mapping.columns.some((c, i) => c.role === 'base' && /预计|estimate/i.test(cellText(header[i]))) ? 'estimate' : 'reported';
}
