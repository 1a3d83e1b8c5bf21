/**
 * Candidates → a draft plan file that `validate` accepts: indicators (from the lexicon
 * where it knows the phrase), targets with their sentence and section, base values and
 * facts from the backward-looking statements. Values read from the text are marked
 * `draft` (待核) where the schema carries a status. What cannot become plan data (an
 * unknown unit, a change without a base value) is listed as skipped, with the reason.
 */
import { SCHEMA_VERSION, type Indicator, type IndicatorKind, type PlanInput, type Period, type SourceText } from '../plan/plan-schema';
import { UNIT_IDS, type UnitId } from '../numbers/units';
import type { Candidate, ExtractionContext } from './candidate';
import { LEXICON } from './lexicon';
import { fiveYearPlanYears } from './plan-period';
import { suggestBinding } from './binding-rule';
import { intensityOf } from './intensity';

export interface DraftMeta {
  /** The document's title, e.g. the file name without extension. */
  title: string;
  /** The file it came from, if any. */
  fileName?: string;
  /** Indicators of a plan the candidates go into, and which candidate maps to which of them. */
  existing?: { indicators: readonly Indicator[]; mapping: Readonly<Record<string, string>> };
  /** The text the candidates were read from (source-text.ts): kept with the plan, and each target and fact points to its place. */
  text?: SourceText;
}

export interface Skipped {
  id: string;
  reason: { zh: string; en: string };
}

export interface DraftPlan {
  plan: PlanInput;
  skipped: Skipped[];
  /** Candidate id → the plan item it became ("targets[3]", "indicators[2].base", "facts[0]"). */
  placed: Record<string, string>;
  /** Indicators of `plan` that stand for existing ones (meta.existing), possibly with a new base. */
  existingIds: string[];
}

const UNIT_SET: ReadonlySet<string> = new Set(UNIT_IDS);
const MAGNITUDE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
/** Units of one dimension, with their factor to the smallest. */
const DIMENSIONS: readonly (readonly [UnitId, number][])[] = [
  [['元', 1], ['万元', 1e4], ['亿元', 1e8], ['万亿元', 1e12]],
  [['人', 1], ['万人', 1e4]],
  [['亩', 1], ['万亩', 1e4]],
  [['斤', 1], ['亿斤', 1e8], ['万亿斤', 1e12]],
  [['吨', 1], ['万吨', 1e4]],
];

function factorOf(unit: string): { dim: number; factor: number } | null {
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const hit = (DIMENSIONS[d] as readonly [UnitId, number][]).find(([u]) => u === unit);
    if (hit) return { dim: d, factor: hit[1] };
  }
  return null;
}

/** A unit as written → a plan unit, converting magnitudes the registry lacks (1亿人 → 10000万人). */
export function planUnit(unit: string, value: number): { unit: UnitId; value: number } | null {
  if (UNIT_SET.has(unit)) return { unit: unit as UnitId, value };
  const m = /^(万亿|亿|万)(.+)$/.exec(unit);
  if (!m) return null;
  const factor = MAGNITUDE[m[1] as string] as number;
  const base = m[2] as string;
  if (m[1] === '亿' && UNIT_SET.has(`万${base}`)) return { unit: `万${base}` as UnitId, value: value * 1e4 };
  if (UNIT_SET.has(base)) return { unit: base as UnitId, value: value * factor };
  return null;
}

function convert(value: number, from: UnitId, to: string): number | null {
  if (from === to) return value;
  const a = factorOf(from);
  const b = factorOf(to);
  if (a === null || b === null || a.dim !== b.dim) return null;
  return (value * a.factor) / b.factor;
}

type IndicatorClass = 'share' | 'flow' | 'level';

/** A cap on an amount over a period (新增建设用地规模控制在2600万亩以内): a cumulative target on a flow. */
function isPeriodCap(c: Candidate): boolean {
  return c.kind === 'bound' && c.fromYear !== null && !/^(?:%|‰|)$/.test(c.unit) && !c.change;
}

function classOf(c: Candidate): IndicatorClass {
  if (c.kind === 'all-or-nothing' || c.unit === '%' || c.unit === '‰') {
    if (c.kind === 'average-growth' || c.kind === 'reduction' || c.kind === 'multiple') return 'level';
    return 'share';
  }
  if (c.kind === 'cumulative' || isPeriodCap(c)) return 'flow';
  return 'level';
}

/** Words before a number that make it an upper bound: 控制在, 不超过, 低于, 降至 … */
const CAP_BEFORE = /(?:控制在|不超过|不高于|不多于|低于|少于|下降到|下降至|降低到|降低至|降到|降至|减少到|减少至)\s*$/;

/**
 * The comparison of a target: as the candidate says, and for 左右 (≈) the side the words
 * give: 控制在3%左右 is an upper bound (≤, with a band), 达到80%左右 a lower one (≥).
 */
function targetComparison(c: Candidate): '>=' | '>' | '<=' | '<' {
  if (c.comparison === '>' || c.comparison === '<' || c.comparison === '<=' || c.comparison === '>=') return c.comparison;
  if (c.comparison === '≈') {
    const at = c.sentence.indexOf(c.phrase);
    const before = at < 0 ? '' : c.sentence.slice(Math.max(0, at - 6), at);
    if (CAP_BEFORE.test(before)) return '<=';
  }
  return '>=';
}

/** What an intensity indicator proposed from a text says of itself. */
const INTENSITY_NOTE = {
  zh: '强度指标（一种量除以另一种量，如单位地区生产总值能耗），按不变价格计算。目标是相对基准年的降幅，可用以基准年为100的指数：填入基期值（如100）和年变化率假设后即可判定。',
  en: 'An intensity (one quantity per unit of another, e.g. energy per unit of GDP), at constant prices. Its target is a fall relative to a reference year, so an index with that year = 100 will do: enter a base value (e.g. 100) and an assumption for its yearly change, and the target is judged.',
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function round12(x: number): number {
  return Number(x.toPrecision(12));
}

const skip = (id: string, zh: string, en: string): Skipped => ({ id, reason: { zh, en } });

/** The mapping key of what an in-step candidate keeps pace with (DraftMeta.existing.mapping). */
export function referenceKey(candidateId: string): string {
  return `${candidateId}:reference`;
}

interface Group {
  id: string;
  cls: IndicatorClass;
  indicator: Indicator;
  unitFixed: boolean;
  /** The lexicon's usual unit for the indicator, preferred when the text's converts to it. */
  preferred: UnitId | null;
  /** An indicator of the plan the candidates go into. */
  existing: boolean;
}

function periodsFor(context: ExtractionContext, baseYear: number, horizon: number): Period[] {
  const out: Period[] = [];
  let start = context.period?.start ?? baseYear + 1;
  const numerals = ['十四', '十五', '十六', '十七', '十八'];
  while (start <= horizon) {
    const end = Math.min(start + 4, horizon);
    const n = (start - 1966) / 5 + 3;
    const isFyp = Number.isInteger(n) && fiveYearPlanYears(n).end === end && n >= 14 && n <= 18;
    out.push({
      id: `p${start}-${end}`,
      name: isFyp ? { zh: `“${numerals[n - 14] as string}五”`, en: `${n}th FYP` } : { zh: `${start}—${end}年`, en: `${start}–${end}` },
      start,
      end,
    });
    start = end + 1;
  }
  return out;
}

/** Build a draft plan from the candidates the user kept (all of them for the CLI). */
export function buildDraftPlan(candidates: readonly Candidate[], context: ExtractionContext, meta: DraftMeta): DraftPlan {
  const skipped: Skipped[] = [];
  const placed: Record<string, string> = {};
  const forwardYears = candidates.filter((c) => c.forwardLooking && c.year !== null).map((c) => c.year as number);
  const baseYear = context.baseYear ?? (forwardYears.length > 0 ? forwardYears.reduce((a, b) => Math.min(a, b)) - 1 : new Date().getFullYear() - 1);
  const defaultYear = context.period?.end ?? baseYear + 5;
  const yearOf = (c: Candidate) => c.year ?? defaultYear;
  // reduce, not a spread: a long text has more candidates than a call takes arguments.
  const horizon = candidates.filter((c) => c.forwardLooking).reduce((h, c) => Math.max(h, yearOf(c)), Math.max(baseYear + 1, context.period?.end ?? baseYear + 1));

  const groups = new Map<string, Group>();
  const idCount = new Map<string, number>();
  let unnamed = 0;
  const existingById = new Map((meta.existing?.indicators ?? []).map((i) => [i.id, i]));
  const groupFor = (c: Candidate): Group => {
    const mapped = existingById.get(meta.existing?.mapping[c.id] ?? '');
    if (mapped !== undefined) {
      const key = `existing|${mapped.id}`;
      const found = groups.get(key);
      if (found) return found;
      const cls: IndicatorClass = mapped.kind === 'share' ? 'share' : mapped.kind === 'flow' ? 'flow' : 'level';
      const group: Group = { id: mapped.id, cls, indicator: structuredClone(mapped), unitFixed: true, preferred: null, existing: true };
      groups.set(key, group);
      return group;
    }
    const cls = classOf(c);
    const baseId = c.suggestion?.id ?? `indicator_${++unnamed}`;
    const phraseKey = c.suggestion ? c.suggestion.id : c.indicator;
    const key = `${phraseKey}|${cls}`;
    const found = groups.get(key);
    if (found) return found;
    let n = (idCount.get(baseId) ?? 0) + 1;
    const taken = (x: string) => existingById.has(x) || [...groups.values()].some((g) => g.id === x);
    let id = n === 1 ? baseId : `${baseId}_${cls}`;
    while (taken(id)) id = `${baseId}_${++n}`;
    idCount.set(baseId, n);
    const zh = clip(c.suggestion?.zh ?? (c.indicator || '未命名指标'), 200);
    const en = clip(c.suggestion?.en ?? `Untranslated: ${c.indicator || 'unnamed indicator'}`, 200);
    const kind: IndicatorKind = cls;
    const indicator: Indicator = {
      id,
      name: { zh, en },
      unit: cls === 'share' ? '%' : '指数',
      kind,
      basis: 'none',
      base: { year: baseYear, value: null, source: '待核：文本中没有基期值', status: 'missing' },
      ...(cls === 'level' && (intensityOf(c.indicator) ?? intensityOf(c.suggestion?.zh ?? '')) !== null ? { note: INTENSITY_NOTE } : {}),
    };
    const usual = LEXICON.find((e) => e.id === c.suggestion?.id)?.unit;
    const preferred = usual !== undefined && UNIT_SET.has(usual) ? (usual as UnitId) : null;
    const group: Group = { id, cls, indicator, unitFixed: cls === 'share', preferred, existing: false };
    groups.set(key, group);
    return group;
  };
  /** Fix the indicator's unit by its first level statement; convert later ones to it. */
  const valueIn = (group: Group, unit: UnitId, value: number): number | null => {
    if (!group.unitFixed) {
      const inPreferred = group.preferred === null ? null : convert(value, unit, group.preferred);
      if (group.preferred !== null && inPreferred !== null) {
        unit = group.preferred;
        value = inPreferred;
      }
      group.indicator.unit = unit;
      group.indicator.basis = /元$/.test(unit) ? 'nominal' : 'none';
      group.unitFixed = true;
      return value;
    }
    return convert(value, unit, group.indicator.unit);
  };

  /**
   * 比2020年翻一番 in a plan based on 2025: a reference year before the base year needs a
   * reported figure of that year, which a new indicator does not have. Left out with the
   * reason (an indicator of the plan the candidates go into may have it: the plan's check decides).
   */
  const beforeBaseOfNew = (c: Candidate, ofYear: number): boolean => {
    if (ofYear >= baseYear || existingById.has(meta.existing?.mapping[c.id] ?? '')) return false;
    skipped.push(
      skip(
        c.id,
        `参照年份 ${ofYear} 早于基期 ${baseYear} 年，新指标没有该年的报告数：请先录入 ${ofYear} 年的数据，再添加此目标`,
        `the reference year ${ofYear} is before the base year ${baseYear} and a new indicator has no figure for it: enter the ${ofYear} figure first, then add this target`,
      ),
    );
    return true;
  };

  const targets: PlanInput['targets'] = [];
  const facts: NonNullable<PlanInput['facts']> = [];
  const sentenceOf = (c: Candidate) => clip(c.sentence, 2000);
  const sectionOf = (c: Candidate) => clip(c.section === '' ? '正文' : c.section, 300);
  const label = (c: Candidate) => ({ zh: clip(`待核：${c.indicator || c.phrase}`, 2000), en: clip(`Draft: ${c.indicator || c.phrase}`, 2000) });
  const textRefOf = (c: Candidate) => (meta.text ? { textRef: { text: meta.text.id, offset: c.offset } } : {});
  const common = (c: Candidate, group: Group, n: number) => ({
    id: clip(`t${n}-${group.id.replace(/_/g, '-')}`, 80),
    indicator: group.id,
    sentence: sentenceOf(c),
    section: sectionOf(c),
    label: label(c),
    ...(c.qualifier ? { qualifier: clip(c.qualifier, 40) } : {}),
    binding: suggestBinding(c),
    ...textRefOf(c),
  });

  for (const c of candidates) {
    if (!c.forwardLooking) {
      const mapped = planUnit(c.unit, c.value);
      if (mapped === null) {
        skipped.push(skip(c.id, `单位“${c.unit}”不在单位表中`, `the unit "${c.unit}" is not in the unit registry`));
        continue;
      }
      if (c.year === baseYear && !c.change && (c.kind === 'level' || c.kind === 'share' || c.kind === 'count')) {
        const group = groupFor(c);
        const value = valueIn(group, mapped.unit, mapped.value);
        if (value !== null && group.indicator.base?.value === null) {
          group.indicator.base = { year: baseYear, value: round12(value), source: clip(`${sectionOf(c)}：${c.sentence}`, 1000), status: 'draft' };
          placed[c.id] = `indicators[${[...groups.values()].indexOf(group)}].base`;
          continue;
        }
      }
      facts.push({
        id: clip(`f${facts.length + 1}-${c.id}`, 80),
        sentence: sentenceOf(c),
        section: sectionOf(c),
        value: round12(mapped.value),
        unit: mapped.unit,
        ...(c.year !== null ? { year: c.year } : {}),
        label: label(c),
        ...textRefOf(c),
      });
      placed[c.id] = `facts[${facts.length - 1}]`;
      continue;
    }

    const year = yearOf(c);
    if (year <= baseYear) {
      skipped.push(skip(c.id, `年份 ${year} 不在基期之后`, `the year ${year} is not after the base year`));
      continue;
    }
    const n = targets.length + 1;
    const comparison = targetComparison(c);
    switch (isPeriodCap(c) ? 'cumulative' : c.kind) {
      case 'average-growth': {
        if (c.unit !== '%') {
          skipped.push(skip(c.id, '年均增长不是百分比', 'the average growth is not a percentage'));
          continue;
        }
        const group = groupFor(c);
        const from = c.fromYear !== null ? c.fromYear - 1 : baseYear;
        targets.push({
          ...common(c, group, n),
          type: 'average-growth',
          from: Math.min(from, year - 1),
          to: year,
          comparison,
          value: round12(c.value / 100),
          ...(c.comparison === '≈' ? { tolerance: 0.005 } : {}),
          basis: 'real',
        });
        break;
      }
      case 'multiple': {
        // 为2015年的4倍 → 4; 增长1倍 → 2; 比2020年增长40% → 1.4.
        const factor = c.unit === '%' ? 1 + c.value / 100 : c.change ? c.value + 1 : c.value;
        if (c.unit !== '%' && c.unit !== '倍') {
          skipped.push(skip(c.id, `倍数的单位“${c.unit}”无法读作倍数`, `the unit "${c.unit}" cannot be read as a multiple`));
          continue;
        }
        const ofYear = c.ofYear !== null && c.ofYear < year ? c.ofYear : baseYear;
        if (beforeBaseOfNew(c, ofYear)) continue;
        const group = groupFor(c);
        targets.push({ ...common(c, group, n), type: 'multiple', year, ofYear, factor: round12(factor), comparison, basis: 'real' });
        break;
      }
      case 'reduction': {
        if (c.unit !== '%' || c.value >= 100) {
          skipped.push(skip(c.id, '降幅不是百分比，需要基期值', 'the reduction is not a percentage; it needs a base value'));
          continue;
        }
        const ofYear = c.ofYear !== null && c.ofYear < year ? c.ofYear : baseYear;
        if (beforeBaseOfNew(c, ofYear)) continue;
        const group = groupFor(c);
        targets.push({
          ...common(c, group, n),
          type: 'multiple',
          year,
          ofYear,
          factor: round12(1 - c.value / 100),
          comparison: c.comparison === '≈' ? '<=' : '<=',
          basis: 'real',
        });
        break;
      }
      case 'in-step': {
        // 居民收入增长和经济增长同步: growth of the subject against that of the reference, over the period.
        if (!c.reference) {
          skipped.push(skip(c.id, '没有可对照的指标', 'no indicator to keep pace with'));
          continue;
        }
        const group = groupFor(c);
        const ref = groupFor({ ...c, id: referenceKey(c.id), indicator: c.reference.phrase, suggestion: c.reference.suggestion, kind: 'level' });
        if (ref.id === group.id || group.cls !== 'level' || ref.cls !== 'level') {
          skipped.push(skip(c.id, '同步目标需要两个不同的总量指标', 'an in-step target needs two different level indicators'));
          continue;
        }
        const from = c.fromYear !== null ? c.fromYear - 1 : baseYear;
        targets.push({ ...common(c, group, n), type: 'in-step', reference: ref.id, from: Math.min(from, year - 1), to: year, basis: 'real' });
        break;
      }
      case 'cumulative': {
        const mapped = planUnit(c.unit, c.value);
        if (mapped === null) {
          skipped.push(skip(c.id, `单位“${c.unit}”不在单位表中`, `the unit "${c.unit}" is not in the unit registry`));
          continue;
        }
        const group = groupFor(c);
        const value = valueIn(group, mapped.unit, mapped.value);
        if (value === null) {
          skipped.push(skip(c.id, `单位“${c.unit}”与指标单位不一致`, `the unit "${c.unit}" does not match the indicator's`));
          continue;
        }
        const from = Math.min(c.fromYear ?? baseYear + 1, year);
        // A cap on the period's amount (控制在…以内) keeps its ≤; 新增…万人 is at least.
        targets.push({ ...common(c, group, n), type: 'cumulative', from, to: year, comparison, value: round12(value) });
        break;
      }
      default: {
        if (c.change) {
          skipped.push(skip(c.id, '这是相对基期的变化量，需要先填入基期值', 'a change from the base needs the base value first'));
          continue;
        }
        const mapped = c.kind === 'all-or-nothing' ? { unit: '%' as UnitId, value: 100 } : planUnit(c.unit, c.value);
        if (mapped === null) {
          skipped.push(skip(c.id, `单位“${c.unit}”不在单位表中`, `the unit "${c.unit}" is not in the unit registry`));
          continue;
        }
        const group = groupFor(c);
        const value = group.cls === 'share' ? mapped.value : valueIn(group, mapped.unit, mapped.value);
        if (value === null || (group.cls === 'share' && mapped.unit !== '%' && mapped.unit !== '‰')) {
          skipped.push(skip(c.id, `单位“${c.unit}”与指标单位不一致`, `the unit "${c.unit}" does not match the indicator's`));
          continue;
        }
        if (group.cls === 'share' && mapped.unit === '‰') group.indicator.unit = '‰';
        targets.push({
          ...common(c, group, n),
          type: 'threshold',
          year,
          comparison: c.kind === 'all-or-nothing' ? '>=' : comparison,
          value: round12(value),
          ...(group.indicator.basis === 'nominal' ? { basis: 'nominal' as const } : {}),
        });
      }
    }
    placed[c.id] = `targets[${targets.length - 1}]`;
  }

  const indicators = [...groups.values()].map((g) => g.indicator);
  const existingIds = [...groups.values()].filter((g) => g.existing).map((g) => g.id);
  const title = clip(meta.title.trim() === '' ? '从文本提取的规划' : meta.title.trim(), 200);
  const plan: PlanInput = {
    schemaVersion: SCHEMA_VERSION,
    id: 'draft',
    title: { zh: `草稿：${title}`, en: `Draft: ${title}` },
    source: {
      document: clip(title, 500),
      issuer: '待核 (not stated)',
      ...(meta.fileName ? { file: clip(meta.fileName, 300) } : {}),
    },
    region: { zh: '待填写', en: 'To be filled in' },
    baseYear,
    horizon,
    periods: periodsFor(context, baseYear, horizon),
    indicators:
      indicators.length > 0
        ? indicators
        : [{ id: 'placeholder', name: { zh: '待填写', en: 'To be filled in' }, unit: '指数', kind: 'level', basis: 'none', base: { year: baseYear, value: null, source: '待核', status: 'missing' } }],
    targets,
    facts,
    ...(meta.text ? { texts: [meta.text] } : {}),
    scenarios: [
      {
        id: 'plan',
        name: { zh: '规划情景', en: 'Plan' },
        description: { zh: '从文本提取的草稿，尚无假设；请逐项核对后填写。', en: 'Extracted from the text as a draft, with no assumptions yet; check every item, then fill them in.' },
        assumptions: {},
      },
    ],
  };
  return { plan, skipped, placed, existingIds };
}
