/**
 * Sensitivity of one target to each assumption (a tornado chart).
 *
 * The assumptions: every non-derived indicator the scenario gives an assumption, in
 * every plan period with projected years, and the deflator in every such period. Each
 * is moved down and up by one step, all its years in the period at once, the scenario
 * is projected again and the target's gap (projected − threshold, in the target's
 * unit; for average-growth targets a growth fraction) recorded. Steps:
 * - level growth:   ±0.01 (one percentage point a year), or ±sd where given;
 * - deflator:       ±0.01, or ±sd where given;
 * - share:          ±1 percentage point a year, or ±sd points;
 * - flow amount:    ×(1 ± 10%), or ×exp(±sd) where given (flows are amounts, not rates,
 *                   so a relative step is the only one comparable across flows);
 * - a linked year (growth = elasticity × another indicator's growth) is moved by
 *   adding the step to the growth it has in the baseline projection (the linked
 *   indicator itself is not moved, so that growth is the same in both runs).
 * Bars are sorted by their swing |gap(high) − gap(low)|, largest first. Changes below
 * rounding noise (1e-9 of the larger of the projected value and the threshold) are
 * reported as 0, so that an assumption that cannot move the target shows no bar.
 */
import { detExp } from '../engine/det-math';
import type { Plan, Scenario } from '../plan/plan-schema';
import { DEFLATOR, type UncertaintySpec } from './monte-carlo-types';
import { findScenario, preparePlan, projectPrepared, type Projection } from '../engine/projection';
import { assumptionKind, changeAssumption, resolvedAssumption, type AssumptionKind, type AssumptionRef } from '../plan/scenario-edit';
import { evaluateTarget } from '../targets/evaluate-targets';

export const SENSITIVITY_STEPS: Readonly<Record<AssumptionKind, number>> = {
  level: 0.01,
  deflator: 0.01,
  share: 1,
  flow: 0.1,
};

export interface SensitivityOptions {
  /** 'sd': move by ±1 standard deviation where `uncertainty` gives one (else the unit step). */
  step?: 'unit' | 'sd';
  uncertainty?: UncertaintySpec;
  /** Leave out assumptions that do not move the gap at all. */
  dropZero?: boolean;
}

export interface TornadoBar {
  ref: Required<Pick<AssumptionRef, 'indicator' | 'period'>>;
  kind: AssumptionKind;
  /** The step: a growth fraction (level, deflator), points (share), or a relative change (flow). */
  step: number;
  stepFrom: 'unit' | 'sd';
  /** The gap with the assumption moved down / up. */
  gapLow: number | null;
  gapHigh: number | null;
  /** Change of the gap from the baseline's, down / up. */
  low: number | null;
  high: number | null;
  /** |high − low|. */
  swing: number | null;
}

export interface TornadoResult {
  targetId: string;
  scenarioId: string;
  baseGap: number | null;
  baseProjected: number | null;
  target: number | null;
  bars: TornadoBar[];
}

export class SensitivityError extends Error {
  override readonly name = 'SensitivityError';
  constructor(
    readonly code: 'unknown-scenario' | 'unknown-target',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function resolveScenario(plan: Plan, scenario: Scenario | string): Scenario {
  const sc = typeof scenario === 'string' ? findScenario(plan, scenario) : scenario;
  if (sc === undefined) throw new SensitivityError('unknown-scenario', String(scenario));
  return sc;
}

/** The growth of `indicator` in `year` in a projection (for linked assumptions). */
export function growthIn(p: Projection) {
  return (indicator: string, year: number): number => p.series[indicator]?.growth[year - p.baseYear] ?? Number.NaN;
}

/** Every assumption a tornado moves: (indicator or DEFLATOR) × plan period with projected years. */
export function tornadoAssumptions(plan: Plan, sc: Scenario): Required<Pick<AssumptionRef, 'indicator' | 'period'>>[] {
  const periods = plan.periods.filter((p) => p.end > plan.baseYear && p.start <= plan.horizon);
  const refs: Required<Pick<AssumptionRef, 'indicator' | 'period'>>[] = [];
  for (const ind of plan.indicators) {
    if (ind.kind === 'derived') continue;
    if (resolvedAssumption(plan, sc, ind.id).unset) continue;
    for (const p of periods) refs.push({ indicator: ind.id, period: p.id });
  }
  for (const p of periods) refs.push({ indicator: DEFLATOR, period: p.id });
  return refs;
}

/** The tornado of one target in one scenario. */
export function tornado(plan: Plan, scenario: Scenario | string, targetId: string, options: SensitivityOptions = {}): TornadoResult {
  const sc = resolveScenario(plan, scenario);
  const t = plan.targets.find((x) => x.id === targetId);
  if (t === undefined) throw new SensitivityError('unknown-target', targetId);
  const pp = preparePlan(plan);
  const baseProjection = projectPrepared(pp, sc);
  const base = evaluateTarget(pp, sc, baseProjection, t);
  const linked = growthIn(baseProjection);
  const sds = new Map((options.uncertainty?.shocks ?? []).map((s) => [s.indicator, s.sd]));
  const gapOf = (s: Scenario): number | null => evaluateTarget(pp, s, projectPrepared(pp, s), t).gap;
  const noise = 1e-9 * Math.max(1, Math.abs(base.projected ?? 0), Math.abs(base.target ?? 0));
  const change = (gap: number | null): number | null => {
    if (gap === null || base.gap === null) return null;
    const d = gap - base.gap;
    return Math.abs(d) < noise ? 0 : d;
  };

  const bars: TornadoBar[] = tornadoAssumptions(plan, sc).map((ref) => {
    const kind = assumptionKind(plan, ref.indicator);
    const sd = options.step === 'sd' ? sds.get(ref.indicator) : undefined;
    const step = sd !== undefined && sd > 0 ? sd : SENSITIVITY_STEPS[kind];
    const stepFrom = sd !== undefined && sd > 0 ? 'sd' : 'unit';
    const moved = (sign: 1 | -1) => {
      const shift =
        kind === 'flow'
          ? stepFrom === 'sd'
            ? (v: number) => v * detExp(sign * step)
            : (v: number) => v * (1 + sign * step)
          : (v: number) => v + sign * step;
      return gapOf(changeAssumption(plan, sc, ref, shift, linked));
    };
    const gapLow = base.gap === null ? null : moved(-1);
    const gapHigh = base.gap === null ? null : moved(1);
    const low = change(gapLow);
    const high = change(gapHigh);
    return {
      ref,
      kind,
      step,
      stepFrom,
      gapLow,
      gapHigh,
      low,
      high,
      swing: low === null || high === null ? null : Math.abs(high - low),
    };
  });
  const kept = options.dropZero ? bars.filter((b) => b.swing !== 0) : bars;
  // largest swing first; no-value bars last; ties keep plan order (sort is stable)
  kept.sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1));
  return {
    targetId,
    scenarioId: sc.id,
    baseGap: base.gap,
    baseProjected: base.projected,
    target: base.target,
    bars: kept,
  };
}
