/**
 * Accepted candidates → into an existing plan: targets (with the sentence and section),
 * new indicators, base values for indicators that have none, and facts for the
 * statements that look back. Whatever the plan's checks refuse is left out with the
 * checker's own message, so the plan stays valid.
 */
import type { Indicator, Plan, SourceText } from '../plan/plan-schema';
import { checkSemantics, validatePlan } from '../plan/validate-plan';
import type { Lang } from '../plan/validation-messages';
import type { Candidate } from './candidate';
import { buildDraftPlan, referenceKey, type Skipped } from './draft-plan';
import { intensityOf, sameIntensity, type Intensity } from './intensity';

export interface AcceptResult {
  plan: Plan;
  added: { targets: number; indicators: number; facts: number; bases: number };
  skipped: Skipped[];
}

function uniqueId(taken: Set<string>, id: string): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id.slice(0, 75)}-${n}`;
  taken.add(out);
  return out;
}

/**
 * Put the accepted candidates into the plan. `mapping`: candidate id → an indicator id
 * of the plan (candidates not in it get a new indicator, from the lexicon where known);
 * for an in-step candidate, "<id>:reference" → the indicator it keeps pace with.
 */
export function acceptCandidates(
  plan: Plan,
  accepted: readonly Candidate[],
  mapping: Readonly<Record<string, string>>,
  source: { title: string; fileName?: string; text?: SourceText },
  lang: Lang = 'zh',
): AcceptResult {
  const first = plan.periods[0];
  const context = {
    period: first ? { name: first.name.zh, start: first.start, end: first.end } : null,
    baseYear: plan.baseYear,
  };
  const draft = buildDraftPlan(accepted, context, { ...source, existing: { indicators: plan.indicators, mapping } });
  const skipped = [...draft.skipped];
  const existing = new Set(draft.existingIds);

  const indicators = plan.indicators.map((ind) => {
    const updated = draft.plan.indicators.find((d) => d.id === ind.id && existing.has(d.id));
    return updated && ind.base?.value === null && updated.base?.value !== null && updated.base !== undefined ? { ...ind, base: updated.base } : ind;
  });
  const bases = indicators.filter((ind, i) => ind !== plan.indicators[i]).length;
  const newIndicators = draft.plan.indicators.filter((d) => !existing.has(d.id) && d.id !== 'placeholder');
  const targetIds = new Set(plan.targets.map((t) => t.id));
  const factIds = new Set(plan.facts.map((f) => f.id));
  const targets = draft.plan.targets.map((t) => ({ ...t, id: uniqueId(targetIds, t.id) }));
  const facts = (draft.plan.facts ?? []).map((f) => ({ ...f, id: uniqueId(factIds, f.id) }));

  const candidateOf = (kind: 'targets' | 'facts', index: number) =>
    Object.entries(draft.placed).find(([, where]) => where === `${kind}[${index}]`)?.[0] ?? '';

  let keptTargets = targets.map((t, i) => ({ t, from: candidateOf('targets', i) }));
  let merged: Plan = plan;
  // A target the plan refuses (a year past the horizon, a type the indicator's kind does
  // not allow) is left out with the plan checker's message; then check again.
  for (let round = 0; round < 3; round++) {
    const next = {
      ...plan,
      indicators: [...indicators, ...newIndicators],
      targets: [...plan.targets, ...keptTargets.map((k) => k.t)],
      facts: [...plan.facts, ...facts],
      ...(source.text ? { texts: [...(plan.texts ?? []).filter((x) => x.id !== source.text?.id), source.text] } : {}),
    };
    const result = validatePlan(JSON.parse(JSON.stringify(next)), lang);
    if (result.ok) {
      merged = result.plan;
      break;
    }
    const bad = new Map<number, string>();
    for (const issue of result.issues) {
      const m = /^targets\[(\d+)\]/.exec(issue.path);
      const at = m ? Number(m[1]) - plan.targets.length : -1;
      if (at >= 0) bad.set(at, issue.message);
    }
    if (bad.size === 0) {
      skipped.push(
        ...accepted.map((c) => ({ id: c.id, reason: { zh: result.issues[0]?.message ?? '', en: result.issues[0]?.message ?? '' } })),
      );
      return { plan, added: { targets: 0, indicators: 0, facts: 0, bases: 0 }, skipped };
    }
    for (const [at, message] of bad) skipped.push({ id: keptTargets[at]?.from ?? '', reason: { zh: message, en: message } });
    keptTargets = keptTargets.filter((_, i) => !bad.has(i));
  }
  if (merged === plan) return { plan, added: { targets: 0, indicators: 0, facts: 0, bases: 0 }, skipped };
  // New indicators that no kept target or fact uses are left out.
  const used = new Set([
    ...merged.targets.flatMap((t) => (t.type === 'in-step' ? [t.indicator, t.reference] : [t.indicator])),
    ...merged.facts.flatMap((f) => (f.indicator ? [f.indicator] : [])),
  ]);
  const final = {
    ...merged,
    indicators: merged.indicators.filter((ind) => plan.indicators.some((p) => p.id === ind.id) || used.has(ind.id) || ind.base?.value !== null),
  };
  const issues = checkSemantics(final, lang);
  const result = issues.length === 0 ? final : merged;
  return {
    plan: result,
    added: {
      targets: keptTargets.length,
      indicators: result.indicators.length - plan.indicators.length,
      facts: facts.length,
      bases,
    },
    skipped,
  };
}

/**
 * Candidate id → the plan's indicator it most likely is: the lexicon's suggested id, or
 * an indicator whose Chinese name is the lexicon's name or the phrase (exactly, else the
 * longest name that holds it or that it holds). An intensity (单位GDP能耗) maps only to the
 * same intensity (per the same thing, of the same measure), never to the indicator it is
 * per (GDP), and no other phrase maps to an intensity.
 */
export function defaultMapping(plan: Plan, candidates: readonly Candidate[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of candidates) {
    const found = indicatorFor(plan.indicators, c.indicator, c.suggestion);
    if (found) out[c.id] = found.id;
    // 居民收入增长和经济增长同步: what it keeps pace with, under "<id>:reference".
    const reference = c.reference ? indicatorFor(plan.indicators, c.reference.phrase, c.reference.suggestion) : undefined;
    if (reference) out[referenceKey(c.id)] = reference.id;
  }
  return out;
}

/** The plan indicator a phrase (with the lexicon's suggestion for it) stands for, or undefined. */
export function indicatorFor(indicators: readonly Indicator[], phrase: string, suggestion: Candidate['suggestion']): Indicator | undefined {
  // 二氧化碳排放 in 单位国内生产总值能源消耗和二氧化碳排放: the suggestion knows it is an intensity.
  const own = intensityOf(phrase) ?? (suggestion ? intensityOf(suggestion.zh) : null);
  const byId = suggestion ? indicators.find((i) => i.id === suggestion.id) : undefined;
  if (own !== null) {
    if (byId && (own.id === byId.id || intensityMatches(own, byId))) return byId;
    return indicators.find((i) => intensityMatches(own, i));
  }
  if (byId && intensityOf(byId.name.zh) === null) return byId;
  const names = [suggestion?.zh, phrase].filter((n): n is string => n !== undefined && n.length >= 4);
  const plain = indicators.filter((i) => intensityOf(i.name.zh) === null);
  const exact = plain.find((i) => names.includes(i.name.zh));
  if (exact) return exact;
  const close = plain.filter((i) => names.some((n) => i.name.zh.includes(n) || n.includes(i.name.zh)));
  return close.sort((a, b) => b.name.zh.length - a.name.zh.length)[0];
}

function intensityMatches(own: Intensity, ind: Indicator): boolean {
  const theirs = intensityOf(ind.name.zh);
  return theirs !== null && (sameIntensity(own, theirs) || (own.id !== null && ind.id === own.id));
}
