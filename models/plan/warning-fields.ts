/**
 * A plan's warnings (models/plan/plan-warnings.ts) as the app lists them: each with the field
 * it is about named in words a user knows (指标“地区生产总值” · 基期值来源, not
 * indicators[0].base.source), its message and its fix. The path stays beside it.
 */
import type { Plan, Segment, Target } from './plan-schema';
import { planWarnings, type PathPart, type PlanWarning, type WarningFix } from './plan-warnings';
import type { Lang } from './validation-messages';

export interface WarningItem {
  /** Stable within one list: the warning's path and code. */
  key: string;
  code: PlanWarning['code'];
  path: string;
  /** The field, in words. */
  field: string;
  message: string;
  fix?: WarningFix;
}

const WORDS = {
  zh: {
    indicator: (n: string) => `指标“${n}”`,
    target: (n: string) => `目标“${n}”`,
    scenario: (n: string) => `情景“${n}”`,
    base: (y: number) => `${y}年基期值`,
    baseSource: '基期值来源',
    threshold: '目标值',
    growth: '年均增长率',
    tolerance: '允许幅度（“左右”）',
    deflator: 'GDP平减指数',
    cpi: '居民消费价格',
    assumption: (when: string) => `${when}的假设`,
    years: (a: number, b: number) => (a === b ? `${a}年` : `${a}—${b}年`),
    from: (a: number) => `${a}年起`,
    sep: ' · ',
  },
  en: {
    indicator: (n: string) => `indicator “${n}”`,
    target: (n: string) => `target “${n}”`,
    scenario: (n: string) => `scenario “${n}”`,
    base: (y: number) => `base value (${y})`,
    baseSource: 'source of the base value',
    threshold: 'threshold',
    growth: 'average growth',
    tolerance: 'tolerance (左右)',
    deflator: 'GDP deflator',
    cpi: 'consumer prices',
    assumption: (when: string) => `assumption for ${when}`,
    years: (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`),
    from: (a: number) => `from ${a}`,
    sep: ' · ',
  },
} as const;

function targetWhen(t: Target, lang: Lang): string {
  const w = WORDS[lang];
  switch (t.type) {
    case 'threshold':
    case 'multiple':
      return w.years(t.year, t.year);
    case 'cumulative':
    case 'average-growth':
    case 'in-step':
      return w.years(t.from, t.to);
  }
}

function segmentWhen(plan: Plan, seg: Segment | undefined, lang: Lang): string {
  const w = WORDS[lang];
  if (seg === undefined) return '';
  if (seg.period !== undefined) {
    const p = plan.periods.find((x) => x.id === seg.period);
    if (p === undefined) return seg.period;
    return lang === 'zh' ? `${p.name.zh}（${w.years(p.start, p.end)}）` : `${p.name.en} (${w.years(p.start, p.end)})`;
  }
  if (seg.from === undefined) return '';
  return seg.to === undefined ? w.years(seg.from, seg.from) : w.years(seg.from, seg.to);
}

const at = <T>(list: readonly T[] | undefined, i: PathPart | undefined): T | undefined => (typeof i === 'number' ? list?.[i] : undefined);

/** The field at a warning's path, in words; the path itself when it leads nowhere known. */
export function warningField(plan: Plan, path: readonly PathPart[], lang: Lang): string {
  const w = WORDS[lang];
  const join = (...parts: string[]) => parts.filter((p) => p !== '').join(w.sep);
  const nameOf = (id: string) => plan.indicators.find((i) => i.id === id)?.name[lang] ?? id;
  const [head, index, ...rest] = path;
  if (head === 'indicators') {
    const ind = at(plan.indicators, index);
    if (ind !== undefined && rest[0] === 'base') {
      return join(w.indicator(ind.name[lang]), rest[1] === 'source' ? w.baseSource : w.base(ind.base?.year ?? plan.baseYear));
    }
  }
  if (head === 'targets') {
    const t = at(plan.targets, index);
    if (t !== undefined) {
      const name = t.label?.[lang] ?? `${nameOf(t.indicator)} ${targetWhen(t, lang)}`;
      const field = rest[0] === 'tolerance' ? w.tolerance : t.type === 'average-growth' ? w.growth : w.threshold;
      return join(w.target(name), field);
    }
  }
  if (head === 'scenarios') {
    const sc = at(plan.scenarios, index);
    if (sc !== undefined) {
      const scenario = w.scenario(sc.name[lang]);
      if (rest[0] === 'deflator' || rest[0] === 'cpi') {
        const list = rest[0] === 'deflator' ? sc.deflator : sc.cpi;
        return join(scenario, rest[0] === 'deflator' ? w.deflator : w.cpi, w.assumption(segmentWhen(plan, at(list, rest[1]), lang)));
      }
      if (rest[0] === 'assumptions' && typeof rest[1] === 'string') {
        const segs = Object.prototype.hasOwnProperty.call(sc.assumptions, rest[1]) ? sc.assumptions[rest[1]] : undefined;
        return join(scenario, nameOf(rest[1]), w.assumption(segmentWhen(plan, at(segs, rest[2]), lang)));
      }
    }
  }
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** The plan's warnings, each with its field in words (the app's list of 提示). */
export function warningItems(plan: Plan, lang: Lang): WarningItem[] {
  return planWarnings(plan, lang).map((wr) => ({
    key: `${wr.path}:${wr.code}`,
    code: wr.code,
    path: wr.path,
    field: warningField(plan, wr.at, lang),
    message: wr.message,
    ...(wr.fix === undefined ? {} : { fix: wr.fix }),
  }));
}
