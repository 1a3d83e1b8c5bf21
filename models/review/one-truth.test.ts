/**
 * Issue 18, "Done when": check and review agree in every built-in scenario, and with a
 * 2025 GDP figure below 1万亿 reported, no view (target table, review, export table,
 * consistency notes) says 1万亿 was met.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../targets/consistency';
import { tableRows, targetsTable } from '../export/export-tables';
import type { Plan } from '../plan/plan-schema';
import { reviewPlan } from './review';
import { evaluateTargets } from '../targets/evaluate-targets';
import { parsePlanText } from '../plan/validate-plan';

function xuzhou(): Plan {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
}

/** The plan with GDP 2025 reported as `value` (real growth 5.8%, as Xuzhou's 2025 bulletin-era reports say). */
function withGdp2025(plan: Plan, value: number): Plan {
  return {
    ...plan,
    indicators: plan.indicators.map((i) =>
      i.id !== 'gdp'
        ? i
        : { ...i, actuals: [...(i.actuals ?? []).filter((a) => a.year !== 2025), { year: 2025, value, realGrowth: 0.058, source: 'test', status: 'preliminary' as const }] },
    ),
  };
}

function agreeInEveryScenario(plan: Plan, reportedTargets: number): void {
  for (const sc of plan.scenarios) {
    const checked = new Map(evaluateTargets(plan, sc).map((r) => [r.id, r]));
    const review = reviewPlan(plan, { scenarioId: sc.id });
    let compared = 0;
    for (const t of review.targets) {
      if (t.source !== 'reported') continue;
      const c = checked.get(t.id);
      expect(c, `${sc.id} ${t.id}`).toBeDefined();
      if (c === undefined) continue;
      expect(c.status, `${sc.id} ${t.id}: check says ${c.status}, review ${t.status}`).toBe(t.status);
      expect(c.projected, `${sc.id} ${t.id}`).toBeCloseTo(t.value as number, 9);
      compared++;
    }
    expect(compared, sc.id).toBeGreaterThanOrEqual(reportedTargets);
  }
}

describe('one truth: check and review', () => {
  it('agree on every target whose year is reported, in every built-in scenario', () => {
    // no target year (2025, 2035) has a figure yet: nothing reported to disagree about, and every projected one is the same evaluation
    agreeInEveryScenario(xuzhou(), 0);
    for (const sc of xuzhou().scenarios) {
      const review = reviewPlan(xuzhou(), { scenarioId: sc.id });
      const checked = new Map(evaluateTargets(xuzhou(), sc).map((r) => [r.id, r]));
      for (const t of review.targets) if (t.projectedStatus !== 'needs-base') expect(checked.get(t.id)?.status, `${sc.id} ${t.id}`).toBe(t.projectedStatus);
    }
  });

  it('agree with 2025 reported too, and the scenarios no longer differ on 1万亿', () => {
    agreeInEveryScenario(withGdp2025(xuzhou(), 9_950), 1);
  });
});

describe('2025 GDP reported below 1万亿: no view says it was met', () => {
  const plan = withGdp2025(xuzhou(), 9_950);

  it('target table (check), review and the export table say missed by 50, in every scenario', () => {
    for (const sc of plan.scenarios) {
      const results = evaluateTargets(plan, sc);
      const trillion = results.find((r) => r.id === 'gdp-2025-trillion');
      expect(trillion, sc.id).toMatchObject({ status: 'missed', met: false, projected: 9_950 });
      expect(trillion?.gap).toBeCloseTo(-50, 9);
      const reviewed = reviewPlan(plan, { scenarioId: sc.id }).targets.find((t) => t.id === 'gdp-2025-trillion');
      expect(reviewed, sc.id).toMatchObject({ status: 'missed', source: 'reported', value: 9_950 });
      const rows = tableRows(targetsTable(plan, [{ scenario: sc, results }], 'zh'));
      const row = rows.find((r) => r[1] === 'gdp-2025-trillion') as unknown[];
      expect(row.map(String).join('|'), sc.id).toContain('未达成');
      expect(row.map(String), sc.id).not.toContain('达成');
    }
  });

  it('the 2035 doubling threshold is 2 × the reported 2025 (real), the same in every scenario', () => {
    const thresholds = plan.scenarios.map((sc) => evaluateTargets(plan, sc).find((r) => r.id === 'gdp-2035-double')?.target as number);
    for (const t of thresholds) expect(t).toBeCloseTo(thresholds[0] as number, 6);
  });

  it('the consistency notes say missed (by 50亿元) and none reasons about reaching it', () => {
    const notes = checkConsistency(plan).filter((n) => n.targets.includes('gdp-2025-trillion') && n.kind !== 'base-revised');
    expect(notes.map((n) => n.kind)).toEqual(['reported-outcome']);
    expect(notes[0]?.severity).toBe('warning');
    expect(notes[0]?.message.zh).toContain('未达成（差50亿元）');
    expect(notes[0]?.message.en).toContain('was missed (by 50 亿元)');
    // and with 2025 not reported, the note reasons from the latest reported year (2024)
    const before = checkConsistency(xuzhou()).find((n) => n.targets.includes('gdp-2025-trillion'));
    expect(before?.message.zh).toContain('自2024年报告值');
  });
});
