/**
 * Edits of the plan itself (the plan editor): each function returns a new plan and
 * leaves the one it was given untouched, so the undo history keeps old plans as they
 * were. They do not validate: the editor checks the result (models/plan/plan-field-issues.ts)
 * and keeps the last valid plan while a field holds something invalid.
 *
 * An id that is not found leaves the plan unchanged (the same object).
 */
import { defaultThresholdTolerance } from '../targets/about-band';
import { ABOUT_GROWTH_TOLERANCE, COMPARISON_WORDS } from '../targets/comparison-words';
import { RESERVED_NAMES } from './plan-schema';
import { priceIndexOf } from '../engine/reported-path';
import type {
  Bilingual,
  Comparison,
  CustomUnit,
  DataStatus,
  Indicator,
  IndicatorKind,
  Period,
  Plan,
  PriceBasis,
  PriceIndexKind,
  Segment,
  Target,
} from './plan-schema';

export type LangKey = keyof Bilingual;
export type TargetType = Target['type'];

/** What a new indicator's base, or a new target's sentence, says until the user writes it. */
export const TO_BE_SET = {
  source: '待填写：注明出处（统计公报、统计年鉴或规划文本） / to be set: name the source (bulletin, yearbook, plan text)',
  sentence: '待填写：规划原文 / to be set: the plan\'s sentence',
  section: '待填写：所在章节 / to be set: section',
} as const;

const INDICATOR_ID = /^[a-z][a-z0-9_]{0,63}$/;
const TARGET_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const PERIOD_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** An id not yet in `used`, from `stem` (stem, stem_2, stem_3 …; `sep` between). */
export function freeId(used: Iterable<string>, stem: string, sep = '_'): string {
  const taken = new Set(used);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}${sep}${n}`;
    if (!taken.has(id)) return id;
  }
}

// ---------------------------------------------------------------- the plan as a whole

export function setTitle(plan: Plan, lang: LangKey, text: string): Plan {
  return { ...plan, title: { ...plan.title, [lang]: text } };
}

export function setRegion(plan: Plan, lang: LangKey, text: string): Plan {
  return { ...plan, region: { ...plan.region, [lang]: text } };
}

/** The note on what the plan file holds of its document; removed when both languages are empty. */
export function setSourceNote(plan: Plan, lang: LangKey, text: string): Plan {
  const note = { zh: plan.source.note?.zh ?? '', en: plan.source.note?.en ?? '', [lang]: text };
  const { note: _old, ...rest } = plan.source;
  return { ...plan, source: note.zh.trim() === '' && note.en.trim() === '' ? rest : { ...rest, note } };
}

/**
 * The base year, and with it the year of every base value that stood in the old base
 * year (a base value belongs to the base year; its figure is kept for the user to
 * revise).
 */
export function setBaseYear(plan: Plan, year: number): Plan {
  if (year === plan.baseYear) return plan;
  const old = plan.baseYear;
  return {
    ...plan,
    baseYear: year,
    indicators: plan.indicators.map((ind) => (ind.base !== undefined && ind.base.year === old ? { ...ind, base: { ...ind.base, year } } : ind)),
  };
}

export function setHorizon(plan: Plan, year: number): Plan {
  return year === plan.horizon ? plan : { ...plan, horizon: year };
}

// ---------------------------------------------------------------- periods

export function setPeriod(plan: Plan, index: number, patch: Partial<Omit<Period, 'name'>> & { name?: Partial<Bilingual> }): Plan {
  const p = plan.periods[index];
  if (p === undefined) return plan;
  const { name, ...rest } = patch;
  const next: Period = { ...p, ...rest, name: { ...p.name, ...name } };
  return { ...plan, periods: plan.periods.map((q, i) => (i === index ? next : q)) };
}

/** A period after the last one (five years, or to the horizon), with an id of its own. */
export function addPeriod(plan: Plan): Plan {
  const last = plan.periods[plan.periods.length - 1];
  const start = (last?.end ?? plan.baseYear) + 1;
  const end = Math.max(start, Math.min(start + 4, plan.horizon));
  const id = freeId(
    plan.periods.map((p) => p.id),
    `p${start}`,
    '-',
  );
  const period: Period = { id, name: { zh: `${start}—${end}年`, en: `${start}–${end}` }, start, end };
  return { ...plan, periods: [...plan.periods, period] };
}

/**
 * Remove a period. Segments of scenarios that name it are removed with it (they no
 * longer mean any years); a plan keeps at least one period.
 */
export function removePeriod(plan: Plan, index: number): Plan {
  const p = plan.periods[index];
  if (p === undefined || plan.periods.length <= 1) return plan;
  const keep = (list: readonly Segment[]) => list.filter((s) => s.period !== p.id);
  return {
    ...plan,
    periods: plan.periods.filter((_, i) => i !== index),
    scenarios: plan.scenarios.map((sc) => ({
      ...sc,
      deflator: keep(sc.deflator),
      ...(sc.cpi === undefined ? {} : { cpi: keep(sc.cpi) }),
      assumptions: Object.fromEntries(Object.entries(sc.assumptions).map(([k, v]) => [k, keep(v)])),
    })),
  };
}

// ---------------------------------------------------------------- indicators

function mapIndicator(plan: Plan, id: string, f: (ind: Indicator) => Indicator): Plan {
  const at = plan.indicators.findIndex((ind) => ind.id === id);
  const ind = plan.indicators[at];
  if (ind === undefined) return plan;
  const next = f(ind);
  if (next === ind) return plan;
  return { ...plan, indicators: plan.indicators.map((x, i) => (i === at ? next : x)) };
}

/** A base value not yet known: "needs a base value", with a source still to be named. */
export function missingBase(plan: Plan): NonNullable<Indicator['base']> {
  return { year: plan.baseYear, value: null, source: TO_BE_SET.source, status: 'missing' };
}

/** A new level indicator (指数, base value missing) at the end of the list; its id is returned. */
export function addIndicator(plan: Plan, stem = 'new_indicator'): { plan: Plan; id: string } {
  const id = freeId(
    plan.indicators.map((i) => i.id),
    INDICATOR_ID.test(stem) ? stem : 'new_indicator',
  );
  const n = plan.indicators.length + 1;
  const ind: Indicator = {
    id,
    name: { zh: `新指标${n}`, en: `New indicator ${n}` },
    unit: '指数',
    kind: 'level',
    basis: 'none',
    base: missingBase(plan),
  };
  return { plan: { ...plan, indicators: [...plan.indicators, ind] }, id };
}

/**
 * Remove an indicator with what exists only for it: its targets, its assumptions in
 * every scenario, its place in charts (a chart left empty goes) and the link of facts
 * to it. Formulas and assumption links of other indicators that use it are left as
 * they are: the plan is then invalid until they are changed, and validation says where.
 */
export function removeIndicator(plan: Plan, id: string): Plan {
  if (!plan.indicators.some((i) => i.id === id)) return plan;
  const next: Plan = {
    ...plan,
    indicators: plan.indicators.filter((i) => i.id !== id),
    targets: plan.targets.filter((t) => t.indicator !== id),
    facts: plan.facts.map((f) => {
      if (f.indicator !== id) return f;
      const { indicator: _drop, ...rest } = f;
      return rest;
    }),
    scenarios: plan.scenarios.map((sc) => {
      if (!Object.hasOwn(sc.assumptions, id)) return sc;
      const assumptions = Object.fromEntries(Object.entries(sc.assumptions).filter(([k]) => k !== id));
      return { ...sc, assumptions };
    }),
  };
  if (plan.charts !== undefined) {
    next.charts = plan.charts
      .map((c) => ({ ...c, indicators: c.indicators.filter((x) => x !== id) }))
      .filter((c) => c.indicators.length > 0);
  }
  return next;
}

/** What refers to an indicator besides itself: targets, formulas and assumption links (for the editor's warning before removing). */
export function indicatorUsers(plan: Plan, id: string): { targets: string[]; formulas: string[]; links: string[] } {
  const word = new RegExp(`(^|[^A-Za-z0-9_])${id}($|[^A-Za-z0-9_])`);
  const links = new Set<string>();
  for (const sc of plan.scenarios) {
    for (const [key, list] of Object.entries(sc.assumptions)) {
      if (key !== id && list.some((s) => s.link?.indicator === id)) links.add(key);
    }
  }
  return {
    targets: plan.targets.filter((t) => t.indicator === id).map((t) => t.id),
    formulas: plan.indicators.filter((i) => i.id !== id && i.formula !== undefined && word.test(i.formula)).map((i) => i.id),
    links: [...links],
  };
}

/** `formula` with every whole-word use of `from` written as `to`. */
export function renameInFormula(formula: string, from: string, to: string): string {
  return formula.replace(new RegExp(`(^|[^A-Za-z0-9_])${from}(?=$|[^A-Za-z0-9_])`, 'g'), `$1${to}`);
}

/**
 * Give an indicator a new id, and follow it everywhere it is named: targets, formulas,
 * scenario assumptions and their links, charts and facts. The new id is taken as
 * given (validation refuses a malformed or duplicate one).
 */
export function renameIndicatorId(plan: Plan, from: string, to: string): Plan {
  if (from === to || !plan.indicators.some((i) => i.id === from)) return plan;
  const ren = (x: string) => (x === from ? to : x);
  const renSegments = (list: readonly Segment[]) =>
    list.map((s) => (s.link !== undefined && s.link.indicator === from ? { ...s, link: { ...s.link, indicator: to } } : s));
  const next: Plan = {
    ...plan,
    indicators: plan.indicators.map((i) => {
      const withId = i.id === from ? { ...i, id: to } : i;
      return withId.formula === undefined ? withId : { ...withId, formula: renameInFormula(withId.formula, from, to) };
    }),
    targets: plan.targets.map((t) => (t.indicator === from ? { ...t, indicator: to } : t)),
    facts: plan.facts.map((f) => (f.indicator === from ? { ...f, indicator: to } : f)),
    scenarios: plan.scenarios.map((sc) => ({
      ...sc,
      assumptions: Object.fromEntries(Object.entries(sc.assumptions).map(([k, v]) => [ren(k), renSegments(v)])),
    })),
  };
  if (plan.charts !== undefined) next.charts = plan.charts.map((c) => ({ ...c, indicators: c.indicators.map(ren) }));
  return next;
}

/**
 * Why `id` cannot be the new id of the indicator at `index` (a message code of
 * validation-messages.ts), or null when it can. The editor renames only to an id that
 * can be taken, so every reference follows it at each step.
 */
export function indicatorIdProblem(plan: Plan, index: number, id: string): { code: string; params: Record<string, string> } | null {
  if (!INDICATOR_ID.test(id)) return { code: 'id-format', params: {} };
  if (RESERVED_NAMES.has(id) || RESERVED_INDICATOR_IDS.has(id)) return { code: 'reserved-id', params: { id } };
  const other = plan.indicators.findIndex((x, i) => i !== index && x.id === id);
  if (other >= 0) return { code: 'duplicate', params: { id, first: `indicators[${other}]` } };
  return null;
}

/** Names an indicator id may not take beside the reserved ones of every object (validate-plan.ts). */
const RESERVED_INDICATOR_IDS: ReadonlySet<string> = new Set(['deflator', 'years', 'price_index']);

export function setIndicatorName(plan: Plan, id: string, lang: LangKey, text: string): Plan {
  return mapIndicator(plan, id, (ind) => ({ ...ind, name: { ...ind.name, [lang]: text } }));
}

export function setIndicatorUnit(plan: Plan, id: string, unit: string): Plan {
  return mapIndicator(plan, id, (ind) => (ind.unit === unit ? ind : { ...ind, unit }));
}

/**
 * The kind of an indicator. A derived one has a formula and no base of its own; any
 * other kind has a base (kept, or missing) and no formula. The formula of a derived
 * indicator that stops being derived is dropped; a new derived indicator starts with
 * an empty formula, which validation asks the user to write.
 */
export function setIndicatorKind(plan: Plan, id: string, kind: IndicatorKind): Plan {
  return mapIndicator(plan, id, (ind) => {
    if (ind.kind === kind) return ind;
    if (kind === 'derived') {
      const { base: _base, ...rest } = ind;
      return { ...rest, kind };
    }
    const { formula: _formula, approximation: _approx, ...rest } = ind;
    return { ...rest, kind, base: ind.base ?? missingBase(plan) };
  });
}

export function setIndicatorBasis(plan: Plan, id: string, basis: PriceBasis): Plan {
  return mapIndicator(plan, id, (ind) => (ind.basis === basis ? ind : { ...ind, basis }));
}

/** The price index of a nominal money indicator; undefined removes it (the GDP deflator is the default). */
export function setPriceIndex(plan: Plan, id: string, index: PriceIndexKind | undefined): Plan {
  return mapIndicator(plan, id, (ind) => {
    if (ind.priceIndex === index) return ind;
    const { priceIndex: _old, ...rest } = ind;
    return index === undefined ? rest : { ...rest, priceIndex: index };
  });
}

export interface BasePatch {
  /** null: not known ("needs a base value"); the status then becomes "missing". */
  value?: number | null;
  source?: string;
  status?: DataStatus;
  /** Empty text removes the note. */
  note?: string;
}

/** Change the base value, its source, status or note (an indicator without a base gets one first). */
export function setBase(plan: Plan, id: string, patch: BasePatch): Plan {
  return mapIndicator(plan, id, (ind) => {
    const base = { ...(ind.base ?? missingBase(plan)) };
    if (patch.value !== undefined) {
      base.value = patch.value;
      // A cleared value is missing; a value typed where there was none is an estimate
      // (预计) until the user says it is preliminary or final.
      if (patch.value === null) base.status = 'missing';
      else if (base.status === 'missing') base.status = 'estimate';
    }
    if (patch.source !== undefined) base.source = patch.source;
    if (patch.status !== undefined) base.status = patch.status;
    if (patch.note !== undefined) {
      if (patch.note === '') delete base.note;
      else base.note = patch.note;
    }
    return { ...ind, base };
  });
}

/** The formula of a derived indicator; empty text removes it (validation then asks for one). */
export function setFormula(plan: Plan, id: string, formula: string): Plan {
  return mapIndicator(plan, id, (ind) => {
    const { formula: _old, ...rest } = ind;
    return formula.trim() === '' ? rest : { ...rest, formula };
  });
}

/** Define a unit of the plan's own (a custom unit), or replace the one with that id. */
export function setCustomUnit(plan: Plan, unit: CustomUnit): Plan {
  const list = plan.units ?? [];
  const at = list.findIndex((u) => u.id === unit.id);
  return { ...plan, units: at < 0 ? [...list, unit] : list.map((u, i) => (i === at ? unit : u)) };
}

// ---------------------------------------------------------------- targets

export interface NewTarget {
  indicator: string;
  type: TargetType;
  /** The threshold (threshold, cumulative), the growth as a fraction (average-growth), the factor (multiple) or the tolerance as a fraction (in-step: 0.005 = 0.5 point). */
  value: number;
  /** in-step: the indicator whose growth this one keeps in step with (default: GDP, else the first other level). */
  reference?: string;
  /** The year of a threshold or multiple target; the period of the others (default: the first). */
  year?: number;
  period?: string;
}

function periodYears(plan: Plan, periodId: string | undefined): { start: number; end: number } {
  const p = plan.periods.find((q) => q.id === periodId) ?? plan.periods[0];
  return p === undefined ? { start: plan.baseYear + 1, end: plan.horizon } : { start: p.start, end: p.end };
}

/**
 * The reference a new 基本同步 target keeps in step with: output, i.e. the first money level
 * deflated by the GDP deflator (GDP in a plan that lists it first), else the first other level.
 */
export function defaultInStepReference(plan: Plan, indicator: string): string {
  const others = plan.indicators.filter((i) => i.id !== indicator && (i.kind === 'level' || i.kind === 'derived'));
  const output = others.find((i) => i.kind === 'level' && i.basis === 'nominal' && priceIndexOf(i) === 'gdp-deflator');
  return (output ?? others[0] ?? plan.indicators[0])?.id ?? indicator;
}

/** A new target on an indicator, its sentence and section to be written; its id is returned. */
export function addTarget(plan: Plan, spec: NewTarget): { plan: Plan; id: string } {
  const { start, end } = periodYears(plan, spec.period);
  const year = spec.year ?? end;
  const when = spec.type === 'threshold' || spec.type === 'multiple' ? String(year) : `${start}-${end}`;
  const stem = `${spec.indicator}-${when}`.slice(0, 70);
  const id = freeId(
    plan.targets.map((t) => t.id),
    TARGET_ID.test(stem) ? stem : 'target',
    '-',
  );
  const common = { id, indicator: spec.indicator, sentence: TO_BE_SET.sentence, section: TO_BE_SET.section, comparison: '>=' as Comparison };
  let target: Target;
  switch (spec.type) {
    case 'threshold':
      target = { ...common, type: 'threshold', year, value: spec.value };
      break;
    case 'multiple':
      target = { ...common, type: 'multiple', year, ofYear: plan.baseYear, factor: spec.value, basis: 'real' };
      break;
    case 'cumulative':
      target = { ...common, type: 'cumulative', from: start, to: end, value: spec.value };
      break;
    case 'average-growth':
      // Average growth over (from, to]: from the year before the period starts.
      target = { ...common, type: 'average-growth', from: start - 1, to: end, value: spec.value, basis: 'real' };
      break;
    case 'in-step':
      // 基本同步 over (from, to], as average growth; the comparison is always ≥.
      target = {
        ...common,
        comparison: '>=',
        type: 'in-step',
        reference: spec.reference ?? defaultInStepReference(plan, spec.indicator),
        from: start - 1,
        to: end,
        tolerance: spec.value,
        basis: 'real',
      };
      break;
  }
  return { plan: { ...plan, targets: [...plan.targets, target] }, id };
}

export function removeTarget(plan: Plan, id: string): Plan {
  return plan.targets.some((t) => t.id === id) ? { ...plan, targets: plan.targets.filter((t) => t.id !== id) } : plan;
}

/** Fields every target type has, or that several share, as the editor changes them. */
export interface TargetPatch {
  id?: string;
  indicator?: string;
  sentence?: string;
  section?: string;
  comparison?: Comparison;
  /** Threshold, cumulative, average-growth. */
  value?: number;
  /** Threshold, multiple. */
  year?: number;
  /** Multiple. */
  ofYear?: number;
  factor?: number;
  /** Cumulative, average-growth. */
  from?: number;
  to?: number;
  /** Average-growth and threshold (左右), in-step (its slack); undefined with `tolerance` in the patch removes it. */
  tolerance?: number | undefined;
  basis?: 'real' | 'nominal';
  /** In-step: the indicator kept in step with. */
  reference?: string;
}

/** Change fields of a target; fields its type does not have are ignored. */
export function setTarget(plan: Plan, id: string, patch: TargetPatch): Plan {
  const at = plan.targets.findIndex((t) => t.id === id);
  const t = plan.targets[at];
  if (t === undefined) return plan;
  const common = pick(patch, ['id', 'indicator', 'sentence', 'section', 'comparison']);
  let next: Target;
  switch (t.type) {
    case 'threshold':
      next = { ...t, ...common, ...pick(patch, ['value', 'year', 'basis']) };
      if ('tolerance' in patch) {
        const { tolerance: _old, ...rest } = next;
        next = patch.tolerance === undefined ? rest : { ...rest, tolerance: patch.tolerance };
      }
      break;
    case 'multiple':
      next = { ...t, ...common, ...pick(patch, ['year', 'ofYear', 'factor', 'basis']) };
      break;
    case 'cumulative':
      next = { ...t, ...common, ...pick(patch, ['value', 'from', 'to']) };
      break;
    case 'average-growth': {
      next = { ...t, ...common, ...pick(patch, ['value', 'from', 'to', 'basis']) };
      if ('tolerance' in patch) {
        const { tolerance: _old, ...rest } = next;
        next = patch.tolerance === undefined ? rest : { ...rest, tolerance: patch.tolerance };
      }
      break;
    }
    case 'in-step': {
      // The comparison of 基本同步 is always ≥: a patch's comparison is ignored.
      const { comparison: _c, ...rest } = common;
      next = { ...t, ...rest, ...pick(patch, ['reference', 'from', 'to', 'basis']) };
      if ('tolerance' in patch) {
        const { tolerance: _old, ...withoutTolerance } = next;
        next = patch.tolerance === undefined ? withoutTolerance : { ...withoutTolerance, tolerance: patch.tolerance };
      }
      break;
    }
  }
  return { ...plan, targets: plan.targets.map((x, i) => (i === at ? next : x)) };
}

function pick<K extends keyof TargetPatch>(patch: TargetPatch, keys: readonly K[]): Pick<TargetPatch, K> {
  const out: Partial<Pick<TargetPatch, K>> = {};
  for (const k of keys) if (patch[k] !== undefined) out[k] = patch[k];
  return out as Pick<TargetPatch, K>;
}

/**
 * A cumulative or average-growth target over a plan period: a sum over the period's
 * years, growth over (the year before it, its last year]. A threshold or multiple
 * target takes the period's last year.
 */
export function setTargetPeriod(plan: Plan, id: string, periodId: string): Plan {
  const p = plan.periods.find((q) => q.id === periodId);
  const t = plan.targets.find((x) => x.id === id);
  if (p === undefined || t === undefined) return plan;
  switch (t.type) {
    case 'cumulative':
      return setTarget(plan, id, { from: p.start, to: p.end });
    case 'average-growth':
      return setTarget(plan, id, { from: p.start - 1, to: p.end });
    default:
      return setTarget(plan, id, { year: p.end });
  }
}

/** The period a target's years are exactly, if any. */
export function targetPeriod(plan: Plan, t: Target): string | undefined {
  const match = (start: number, end: number) => plan.periods.find((p) => p.start === start && p.end === end)?.id;
  switch (t.type) {
    case 'cumulative':
      return match(t.from, t.to);
    case 'average-growth':
    case 'in-step':
      return match(t.from + 1, t.to);
    default:
      return plan.periods.find((p) => p.end === t.year)?.id;
  }
}

/** For comparisons no word of the list reads as: "<" (低于). */
export const PLAIN_COMPARISON_WORDS: Readonly<Record<Comparison, string>> = { '>': '超过', '>=': '达到', '<=': '不超过', '<': '低于' };

/**
 * Set a target's comparison by the plan's word for it (models/targets/comparison-words.ts):
 * its comparison; 左右 on an average-growth target gives the default tolerance (half a
 * point) and any other word takes the tolerance away; a word that fixes the threshold
 * (全覆盖 100, 全面消除 0) sets it.
 */
export function setComparisonWord(plan: Plan, id: string, word: string): Plan {
  const reading = COMPARISON_WORDS.find((r) => r.word === word);
  const plain = (Object.keys(PLAIN_COMPARISON_WORDS) as Comparison[]).find((c) => PLAIN_COMPARISON_WORDS[c] === word);
  const t = plan.targets.find((x) => x.id === id);
  if (t === undefined || (reading === undefined && plain === undefined)) return plan;
  const patch: TargetPatch = { comparison: reading?.comparison ?? plain };
  if (t.type === 'average-growth') {
    if (reading?.band === true) patch.tolerance = t.tolerance ?? ABOUT_GROWTH_TOLERANCE;
    else patch.tolerance = undefined;
  }
  if (t.type === 'threshold') {
    // 左右 on a level or share: a band of the default width (about-band.ts), editable
    const ind = plan.indicators.find((i) => i.id === t.indicator);
    if (reading?.band === true) patch.tolerance = t.tolerance ?? (ind ? defaultThresholdTolerance(ind, t.value) : undefined);
    else patch.tolerance = undefined;
  }
  if (reading?.fixedValue !== undefined && t.type !== 'multiple') patch.value = reading.fixedValue;
  return setTarget(plan, id, patch);
}

/** The word a target's comparison reads as: 左右 for a band, else the first word of its comparison that its sentence uses, else the plain one. */
export function comparisonWordOf(t: Target): string {
  if ((t.type === 'average-growth' || t.type === 'threshold') && t.tolerance !== undefined) return '左右';
  const inSentence = COMPARISON_WORDS.find((r) => r.comparison === t.comparison && r.band !== true && t.sentence.includes(r.word));
  return inSentence?.word ?? PLAIN_COMPARISON_WORDS[t.comparison];
}

/** Whether `id` is a well-formed period id (for the editor's id field). */
export const isPeriodId = (id: string): boolean => PERIOD_ID.test(id);
