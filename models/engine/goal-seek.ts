/**
 * Goal seek: the constant assumption of one indicator (or several together, or the
 * deflator) from a year on that makes a target hold exactly, i.e. its gap zero:
 * "what constant GDP growth from 2026 makes the 2035 doubling hold?"
 *
 * The value is found by bisection (solveBracketed) on the target's gap as a function
 * of the assumption, set in every year from `fromYear` to `toYear` (the horizon unless
 * given). Bisection ends within 1e-12 of the boundary, on either side of it; the value
 * is then moved the least amount (a few 1e-13) to the side where the target is met,
 * so that a scenario written with it shows the target met (for a strict comparison,
 * > or <, the boundary itself is never met). For an average-growth target the gap is
 * measured from the stated value (the tolerance of "左右" is not used). On request the
 * value is written into a new scenario (a copy; the original is not changed).
 */
import { GROWTH_BRACKET, solveBracketed } from './solver';
import { scenario as scenarioSchema, type Bilingual, type Plan, type Scenario } from '../plan/plan-schema';
import { preparePlan, projectPrepared } from './projection';
import { assumptionKind, resolvedAssumption, setAssumption, type AssumptionKind } from '../plan/scenario-edit';
import { resolveScenario, SensitivityError } from '../uncertainty/sensitivity';
import { evaluateTarget } from '../targets/evaluate-targets';

export interface GoalSeekRequest {
  targetId: string;
  /** The indicator(s) whose assumption is solved for (several move together), or DEFLATOR. */
  indicator: string | readonly string[];
  fromYear: number;
  /** Last year set; the horizon by default. */
  toYear?: number;
  /** Search interval of the assumption; by default by kind (see defaultBracket). */
  bracket?: readonly [number, number];
}

export interface NewScenarioInfo {
  id: string;
  name: Bilingual;
  description?: Bilingual;
}

export type GoalSeekResult =
  | {
      ok: true;
      targetId: string;
      indicators: string[];
      kind: AssumptionKind;
      fromYear: number;
      toYear: number;
      /** The assumption: growth fraction (level, deflator), points a year (share), amount a year (flow). */
      value: number;
      /** The target's gap at that value (≈ 0). */
      gap: number;
      /** Whether the target is met at that value (false only if no nearby value meets it). */
      met: boolean;
      iterations: number;
      /** The new scenario, when one was asked for. */
      scenario?: Scenario;
    }
  | {
      ok: false;
      targetId: string;
      reason: 'needs-base' | 'no-bracket' | 'nan' | 'no-effect';
      detail: string;
    };

export class GoalSeekError extends Error {
  override readonly name = 'GoalSeekError';
  constructor(
    readonly code: 'bad-years' | 'mixed-kinds' | 'bad-bracket' | 'duplicate-scenario-id' | 'invalid-scenario',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Default search interval: growth −50%…+100%; shares ±100 points a year; flows ±10 × the larger of the threshold and the current amounts. */
export function defaultBracket(kind: AssumptionKind, scale: number): [number, number] {
  if (kind === 'level' || kind === 'deflator') return [GROWTH_BRACKET[0], GROWTH_BRACKET[1]];
  if (kind === 'share') return [-100, 100];
  const b = 10 * Math.max(1, Math.abs(scale));
  return [-b, b];
}

export function goalSeek(
  plan: Plan,
  scenario: Scenario | string,
  request: GoalSeekRequest,
  newScenario?: NewScenarioInfo,
): GoalSeekResult {
  const sc = resolveScenario(plan, scenario);
  const t = plan.targets.find((x) => x.id === request.targetId);
  if (t === undefined) throw new SensitivityError('unknown-target', request.targetId);
  const indicators = typeof request.indicator === 'string' ? [request.indicator] : [...request.indicator];
  if (indicators.length === 0) throw new GoalSeekError('mixed-kinds', 'no indicator given');
  const kinds = new Set(indicators.map((id) => assumptionKind(plan, id)));
  if (kinds.size !== 1) throw new GoalSeekError('mixed-kinds', `${indicators.join(', ')}: solve for one kind of assumption at a time`);
  const kind = [...kinds][0] as AssumptionKind;
  const fromYear = request.fromYear;
  const toYear = request.toYear ?? plan.horizon;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear <= plan.baseYear || toYear > plan.horizon || fromYear > toYear) {
    throw new GoalSeekError('bad-years', `${fromYear}–${toYear} must lie within ${plan.baseYear + 1}–${plan.horizon}`);
  }

  const pp = preparePlan(plan);
  const withValue = (v: number): Scenario =>
    indicators.reduce((s, id) => setAssumption(plan, s, { indicator: id, from: fromYear, to: toYear }, v), sc);
  const evaluateAt = (v: number) => {
    const s = withValue(v);
    return evaluateTarget(pp, s, projectPrepared(pp, s), t);
  };
  const gapAt = (v: number): number => evaluateAt(v).gap ?? Number.NaN;

  const base = evaluateTarget(pp, sc, projectPrepared(pp, sc), t);
  if (base.gap === null) {
    return { ok: false, targetId: t.id, reason: 'needs-base', detail: `${t.indicator} has no value to solve on` };
  }
  let bracket = request.bracket;
  if (bracket === undefined) {
    let scale = base.target ?? 0;
    for (const id of indicators) {
      const a = resolvedAssumption(plan, sc, id);
      for (let y = fromYear; y <= toYear; y++) {
        const v = a.value[y - plan.baseYear] as number;
        if (Number.isFinite(v)) scale = Math.max(Math.abs(scale), Math.abs(v));
      }
    }
    bracket = defaultBracket(kind, scale);
  }
  const [lo, hi] = bracket;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new GoalSeekError('bad-bracket', `${lo}, ${hi}`);
  if (gapAt(lo) === gapAt(hi)) {
    return { ok: false, targetId: t.id, reason: 'no-effect', detail: `${indicators.join(', ')} ${fromYear}–${toYear} does not move ${t.id}` };
  }
  const solved = solveBracketed(gapAt, lo, hi, { tolerance: 1e-12 });
  if (!solved.ok) {
    return {
      ok: false,
      targetId: t.id,
      reason: solved.reason,
      detail:
        solved.reason === 'no-bracket'
          ? `no value of ${indicators.join(', ')} within ${lo}…${hi} makes ${t.id} hold exactly`
          : `the projection has no value somewhere in ${lo}…${hi}`,
    };
  }
  // step to the side of the boundary where the target is met
  const wantPositive = t.comparison === '>=' || t.comparison === '>';
  const towardMet = (gapAt(hi) > gapAt(lo)) === wantPositive ? 1 : -1;
  // met, and on the met side of the threshold (the verdict counts a hair under it as equal)
  const onSide = (r: ReturnType<typeof evaluateAt>) => r.met === true && r.gap !== null && (wantPositive ? r.gap >= 0 : r.gap <= 0);
  let value = solved.root;
  let at = evaluateAt(value);
  for (let step = 1e-13 * Math.max(1, Math.abs(value)), k = 0; !onSide(at) && k < 40; step *= 2, k++) {
    const next = solved.root + towardMet * step;
    const nextAt = evaluateAt(next);
    if (onSide(nextAt)) {
      value = next;
      at = nextAt;
    }
  }
  const result: GoalSeekResult = {
    ok: true,
    targetId: t.id,
    indicators,
    kind,
    fromYear,
    toYear,
    value,
    gap: at.gap ?? Number.NaN,
    met: at.met === true,
    iterations: solved.iterations,
  };
  if (newScenario !== undefined) {
    if (plan.scenarios.some((s) => s.id === newScenario.id)) {
      throw new GoalSeekError('duplicate-scenario-id', newScenario.id);
    }
    const written = structuredClone({
      ...withValue(value),
      id: newScenario.id,
      name: newScenario.name,
      description: newScenario.description ?? {
        zh: `${sc.name.zh}：目标“${t.id}”恰好实现`,
        en: `${sc.name.en}: target "${t.id}" met exactly`,
      },
    });
    delete written.builtIn;
    const parsed = scenarioSchema.safeParse(written);
    if (!parsed.success) throw new GoalSeekError('invalid-scenario', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
    result.scenario = parsed.data;
  }
  return result;
}
