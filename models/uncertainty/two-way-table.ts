/**
 * Two-way table (a heat map): one target's projected value over a grid of two
 * assumptions, e.g. GDP real growth in the 14th FYP × the deflator → GDP 2025 (nominal).
 *
 * Each axis sets an assumption to each of its values in every year of its span (the
 * value replaces what the scenario has there, links included): real growth as a
 * fraction for a level, points a year for a share, the annual amount for a flow, the
 * deflator as a fraction. Cell [r][c] is the scenario with the row axis at
 * rows.values[r] and the column axis at cols.values[c].
 */
import type { Plan, Scenario } from '../plan/plan-schema';
import { preparePlan, projectPrepared } from '../engine/projection';
import { currentAssumption, refYears, setAssumption, type AssumptionRef } from '../plan/scenario-edit';
import { growthIn, resolveScenario, SensitivityError } from './sensitivity';
import { evaluateTarget } from '../targets/evaluate-targets';

export interface GridAxis extends AssumptionRef {
  values: readonly number[];
}

export interface TwoWayTable {
  targetId: string;
  scenarioId: string;
  rows: GridAxis;
  cols: GridAxis;
  /** [row][col]: the target's projected value (for average-growth: the growth achieved). */
  projected: (number | null)[][];
  /** [row][col]: the threshold (for multiple targets it moves with the grid). */
  target: (number | null)[][];
  gap: (number | null)[][];
  met: (boolean | null)[][];
  /** The scenario's own value of each axis (the mean over its years), to mark on the map. */
  current: { rows: number; cols: number };
}

export const MAX_GRID = 101;

/** `count` values centred on `center`, `step` apart (count odd keeps the centre itself). */
export function axisAround(center: number, step: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => center + (i - (count - 1) / 2) * step);
}

export function twoWayTable(plan: Plan, scenario: Scenario | string, targetId: string, rows: GridAxis, cols: GridAxis): TwoWayTable {
  const sc = resolveScenario(plan, scenario);
  const t = plan.targets.find((x) => x.id === targetId);
  if (t === undefined) throw new SensitivityError('unknown-target', targetId);
  for (const axis of [rows, cols]) {
    if (axis.values.length === 0 || axis.values.length > MAX_GRID || !axis.values.every(Number.isFinite)) {
      throw new RangeError(`${axis.indicator}: an axis needs 1 to ${MAX_GRID} finite values`);
    }
  }
  const [r0, r1] = refYears(plan, rows);
  const [c0, c1] = refYears(plan, cols);
  if (rows.indicator === cols.indicator && r0 <= c1 && c0 <= r1) {
    throw new RangeError(`the two axes set ${rows.indicator} in the same years`);
  }
  const pp = preparePlan(plan);
  const linked = growthIn(projectPrepared(pp, sc));
  const grid = <T>() => rows.values.map(() => new Array<T>(cols.values.length));
  const projected = grid<number | null>();
  const target = grid<number | null>();
  const gap = grid<number | null>();
  const met = grid<boolean | null>();
  rows.values.forEach((rv, r) => {
    const withRow = setAssumption(plan, sc, rows, rv);
    cols.values.forEach((cv, c) => {
      const cell = setAssumption(plan, withRow, cols, cv);
      const result = evaluateTarget(pp, cell, projectPrepared(pp, cell), t);
      (projected[r] as (number | null)[])[c] = result.projected;
      (target[r] as (number | null)[])[c] = result.target;
      (gap[r] as (number | null)[])[c] = result.gap;
      (met[r] as (boolean | null)[])[c] = result.met;
    });
  });
  return {
    targetId,
    scenarioId: sc.id,
    rows: { ...rows, values: [...rows.values] },
    cols: { ...cols, values: [...cols.values] },
    projected,
    target,
    gap,
    met,
    current: { rows: currentAssumption(plan, sc, rows, linked), cols: currentAssumption(plan, sc, cols, linked) },
  };
}
