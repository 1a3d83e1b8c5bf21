/**
 * `check`: every target of the plan evaluated under one scenario, and the plan's
 * consistency notes. The JSON field names are a published interface: keep them.
 */
import {
  checkConsistency,
  evaluateTargets,
  project,
  type Bilingual,
  type ConsistencyNote,
  type Plan,
  type Projection,
  type Scenario,
  type Target,
  type TargetResult,
} from '../../models';
import { outputGap, outputNumber } from '../../models/numbers/output-number';
import { finiteOrNull } from './json-safe';

export interface CheckTargetJson {
  id: string;
  indicator: string;
  year: number;
  target: number | null;
  projected: number | null;
  met: boolean | null;
  gap: number | null;
  /** gap ÷ |target|. */
  gapPct: number | null;
  /** Met with a margin under 0.1% of the threshold (刚好达成). */
  onTheLine: boolean;
  requiredGrowth: number | null;
  /** real or nominal for money; none for shares, counts and people. */
  basis: 'real' | 'nominal' | 'none';
  unit: string;
  status: TargetResult['status'];
  comparison: TargetResult['comparison'];
  firstYearReached: number | null;
  requiredAnnualChange: number | null;
  sentence: string;
  section: string;
  /** 约束性 (binding) or 预期性 (expected) as the plan marks the target; null where it is not marked. */
  binding: 'binding' | 'expected' | null;
  /** 基本同步 (in-step) only: the indicator kept in step with, its average growth over the window and the tolerance (fractions); target = referenceGrowth − tolerance. */
  reference?: string;
  referenceGrowth?: number | null;
  tolerance?: number;
}

export interface ConsistencyJson {
  kind: ConsistencyNote['kind'];
  severity: ConsistencyNote['severity'];
  indicator: string;
  targets: string[];
  message: Bilingual;
}

export interface CheckReport {
  plan: string;
  scenario: string;
  targets: CheckTargetJson[];
  consistency: ConsistencyJson[];
}

/** A target with its evaluation, for the table. */
export interface EvaluatedTarget {
  target: Target;
  result: TargetResult;
  json: CheckTargetJson;
}

export function targetJson(target: Target, r: TargetResult): CheckTargetJson {
  // The gap between the numbers as written (0.065 against 0.065 is 0, not −5.55e−17).
  const gap = outputGap(r.gap, r.projected, r.target);
  const gapPct = gap === null ? null : gap === 0 ? 0 : r.target !== null && r.target !== 0 ? outputNumber(gap / Math.abs(r.target)) : finiteOrNull(r.gapPct);
  return {
    id: r.id,
    indicator: r.indicator,
    year: r.year,
    target: finiteOrNull(r.target),
    projected: finiteOrNull(r.projected),
    met: r.met,
    gap,
    gapPct,
    onTheLine: r.onTheLine,
    requiredGrowth: finiteOrNull(r.requiredGrowth),
    basis: r.priceBasis,
    // models says "fraction" for growth-rate targets (0.065 = 6.5%)
    unit: r.unit,
    status: r.status,
    comparison: r.comparison,
    firstYearReached: r.firstYearReached,
    requiredAnnualChange: finiteOrNull(r.requiredAnnualChange),
    sentence: target.sentence,
    section: target.section,
    binding: target.binding ?? null,
    ...(r.reference === undefined
      ? {}
      : { reference: r.reference, referenceGrowth: finiteOrNull(r.referenceGrowth), ...(r.tolerance === undefined ? {} : { tolerance: r.tolerance }) }),
  };
}

export function evaluatePlan(
  plan: Plan,
  scenario: Scenario,
  projection: Projection = project(plan, scenario),
): { targets: EvaluatedTarget[]; notes: ConsistencyNote[] } {
  const results = evaluateTargets(plan, scenario, projection);
  const targets = plan.targets.map((target, i) => {
    const result = results[i] as TargetResult;
    return { target, result, json: targetJson(target, result) };
  });
  return { targets, notes: checkConsistency(plan) };
}

export function checkReport(plan: Plan, scenario: Scenario, evaluated = evaluatePlan(plan, scenario)): CheckReport {
  return {
    plan: plan.id,
    scenario: scenario.id,
    targets: evaluated.targets.map((e) => e.json),
    consistency: evaluated.notes.map((n) => ({
      kind: n.kind,
      severity: n.severity,
      indicator: n.indicator,
      targets: n.targets,
      message: n.message,
    })),
  };
}
