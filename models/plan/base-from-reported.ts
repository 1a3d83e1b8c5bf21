/**
 * 取自报告数 / Base values from reported figures: in any plan, the figure reported for
 * the base year (an `actuals` entry of `plan.baseYear` with a reported status) can become
 * the indicator's base value, with its status, source and note.
 *
 * - A base that is missing, or only an estimate (预计, 待核), is replaced by the reported
 *   figure without asking (`automatic`): when a base-year figure is entered in 实际数据,
 *   or a next plan is started after the figures were published. A base taken from the
 *   year's figure follows it when that figure is revised in 实际数据.
 * - A base the user gave as a reported, preliminary, final, implied … figure is never
 *   replaced without asking: where the reported figure differs, it is proposed as a
 *   difference (`kind: 'differs'`) for the user to choose.
 * - Derived indicators have no base of their own and are skipped. Estimated (预计),
 *   draft and missing "actuals" are not reported figures and give nothing.
 *
 * The base year's figure is the same number in nominal and real terms (real values are
 * at base-year prices), and the reported path already starts from it: taking it as the
 * base changes what the plan says about its base, not the projection's reported years.
 */
import type { ActualChange } from './actuals-input';
import { applyActualChanges } from './actuals-input';
import type { ActualValue, BaseValue, DataStatus, Indicator, Plan } from './plan-schema';
import { isReportedStatus } from '../engine/reported-path';

/** Base statuses that stand for no figure of the user's own: replaced by a reported figure without asking. */
const PLACEHOLDER_STATUSES: ReadonlySet<DataStatus> = new Set(['missing', 'estimate', 'draft']);

export type BaseProposalKind =
  /** No base value yet. */
  | 'missing'
  /** The base is an estimate (预计) or a draft (待核). */
  | 'estimate'
  /** The base was the base year's earlier figure (taken from it), and that figure was just changed: it follows. */
  | 'follows'
  /** The base is a figure of its own (reported, final …) and the reported figure differs: the user chooses. */
  | 'differs';

export interface BaseProposal {
  indicator: string;
  kind: BaseProposalKind;
  /** The reported figure of the base year. */
  figure: ActualValue;
  /** The base value as it stands (undefined: the indicator has none). */
  current: BaseValue | undefined;
  /** The base value the figure would give. */
  base: BaseValue;
}

/** Whether a proposal is applied without asking (the base is missing or an estimate). */
export function isAutomatic(p: BaseProposal): boolean {
  return p.kind !== 'differs';
}

/** The reported figure of the plan's base year for one indicator (the last written of that year), or null. */
export function reportedBaseFigure(plan: Pick<Plan, 'baseYear'>, ind: Indicator): ActualValue | null {
  if (ind.kind === 'derived') return null;
  let found: ActualValue | null = null;
  for (const a of ind.actuals ?? []) {
    if (a.year === plan.baseYear && isReportedStatus(a.status) && Number.isFinite(a.value)) found = a;
  }
  return found;
}

/** Notes are kept to this length (the file format's limit). */
const NOTE_CHARS = 2000;

/**
 * The base value a figure gives: its value, status, source and note. A number it replaces
 * (an estimate: the plan text's 预计 figure, or one made when the plan was continued) is
 * kept in the note, so that what the plan said is not lost.
 */
function baseFrom(plan: Pick<Plan, 'baseYear'>, figure: ActualValue, current: BaseValue | undefined): BaseValue {
  const replaced =
    current !== undefined && current.value !== null && current.value !== figure.value
      ? `取代${current.year}年${current.status === 'estimate' ? '预计' : '原'}值 ${current.value}（${current.source}）/ replaces the ${current.year} ${current.status} value ${current.value}`
      : '';
  const note = [figure.note ?? '', replaced].filter((x) => x !== '').join(' ').slice(0, NOTE_CHARS);
  return {
    year: plan.baseYear,
    value: figure.value,
    source: figure.source,
    status: figure.status,
    ...(note !== '' ? { note } : {}),
  };
}

function sameBase(a: BaseValue | undefined, b: BaseValue): boolean {
  return a !== undefined && a.year === b.year && a.value === b.value && a.status === b.status && a.source === b.source && a.note === b.note;
}

/** The proposal for one indicator, or null when there is nothing to take (no figure, derived, already the base). */
export function proposeBaseFromReported(plan: Pick<Plan, 'baseYear'>, ind: Indicator): BaseProposal | null {
  const figure = reportedBaseFigure(plan, ind);
  if (figure === null) return null;
  const current = ind.base;
  let kind: BaseProposalKind;
  if (current === undefined || current.value === null) kind = 'missing';
  else if (PLACEHOLDER_STATUSES.has(current.status) || current.year !== plan.baseYear) kind = 'estimate';
  else if (current.value === figure.value) return null; // the same number: the user's own source and status stay
  else kind = 'differs';
  const base = baseFrom(plan, figure, current);
  if (sameBase(current, base)) return null;
  return { indicator: ind.id, kind, figure, current, base };
}

/** Every proposal of the plan, in plan order (only the indicators in `ids`, when given). */
export function proposeBasesFromReported(plan: Pick<Plan, 'baseYear' | 'indicators'>, ids?: Iterable<string>): BaseProposal[] {
  const only = ids === undefined ? null : new Set(ids);
  const out: BaseProposal[] = [];
  for (const ind of plan.indicators) {
    if (only !== null && !only.has(ind.id)) continue;
    const p = proposeBaseFromReported(plan, ind);
    if (p !== null) out.push(p);
  }
  return out;
}

/** The plan with these proposals' base values set (the same plan when there are none). */
export function applyBaseProposals(plan: Plan, proposals: readonly BaseProposal[]): Plan {
  if (proposals.length === 0) return plan;
  const byId = new Map(proposals.map((p) => [p.indicator, p.base]));
  return { ...plan, indicators: plan.indicators.map((ind) => (byId.has(ind.id) ? { ...ind, base: byId.get(ind.id) as BaseValue } : ind)) };
}

/** Take the reported base-year figure as one indicator's base value (any kind of proposal: the user asked). */
export function takeBaseFromReported(plan: Plan, id: string): Plan {
  const ind = plan.indicators.find((i) => i.id === id);
  const p = ind === undefined ? null : proposeBaseFromReported(plan, ind);
  return p === null ? plan : applyBaseProposals(plan, [p]);
}

export interface ActualsWithBases {
  plan: Plan;
  /** Indicators whose base value became the figure just entered (missing or estimated before). */
  taken: string[];
  /** Indicators whose own base value differs from the figure just entered: left as they are, for the user to choose. */
  differs: BaseProposal[];
}

/**
 * Reported figures entered (typed, pasted, imported), and with them the base values of
 * the indicators that got a base-year figure: taken where the base was missing or an
 * estimate, reported as a difference where the user's own base value differs. One plan,
 * so the store makes it one undo step.
 */
export function applyActualsTakingBases(plan: Plan, changes: readonly ActualChange[]): ActualsWithBases {
  const withActuals = applyActualChanges(plan, changes);
  if (withActuals === plan) return { plan, taken: [], differs: [] };
  const ids = new Set(changes.filter((c) => c.year === plan.baseYear && c.actual !== null).map((c) => c.indicator));
  // A base that was the year's figure before this change (taken from it) follows the figure.
  const before = new Map(plan.indicators.map((i) => [i.id, i]));
  const proposals = proposeBasesFromReported(withActuals, ids).map((p): BaseProposal => {
    const was = before.get(p.indicator);
    const old = was === undefined ? null : reportedBaseFigure(plan, was);
    const mirrored = old !== null && p.current !== undefined && p.current.value === old.value && p.current.status === old.status && p.current.source === old.source;
    return p.kind === 'differs' && mirrored ? { ...p, kind: 'follows', base: baseFrom(plan, p.figure, undefined) } : p;
  });
  const automatic = proposals.filter(isAutomatic);
  return {
    plan: applyBaseProposals(withActuals, automatic),
    taken: automatic.map((p) => p.indicator),
    differs: proposals.filter((p) => !isAutomatic(p)),
  };
}
