/**
 * The headline lines, against hand arithmetic on a small plan: a reported miss with its
 * gap, a future doubling with the growth required and achieved, the probability of a
 * Monte Carlo run of the same scenario (none from another), and the default headline set.
 */
import { describe, expect, it } from 'vitest';
import type { MonteCarloResult } from '../uncertainty/monte-carlo-types';
import { planFile, type Plan, type PlanInput } from '../plan/plan-schema';
import { reviewPlan } from '../review/review';
import { minimalPlan } from '../testing/minimal-plan';
import { headlineLines, headlineTargetIds, setTargetHeadline } from './headline';

function build(edit: (p: PlanInput) => void = () => {}): Plan {
  const raw = minimalPlan();
  edit(raw);
  return planFile.parse(raw);
}

/** GDP reported 2021–2025 with 5% real growth a year; 2025 at 9,800亿, below 1万亿. */
function reportedMiss(p: PlanInput): void {
  const gdp = p.indicators.find((i) => i.id === 'gdp');
  if (gdp === undefined) throw new Error('gdp');
  gdp.actuals = [2021, 2022, 2023, 2024, 2025].map((year, k) => ({
    year,
    value: [7900, 8400, 8900, 9350, 9800][k] as number,
    realGrowth: 0.05,
    source: 'bulletin',
    status: 'reported' as const,
  }));
  for (const t of p.targets) if (t.id === 'gdp-trillion' || t.id === 'gdp-double') t.headline = true;
  // Follows the reported figures, as every built-in scenario does.
  for (const s of p.scenarios) s.anchor = 'actuals';
}

const mcOf = (scenarioId: string, probability: number): MonteCarloResult =>
  ({
    scenarioId,
    targets: [{ id: 'gdp-double', indicator: 'gdp', type: 'multiple', comparison: '>=', year: 2035, probability, metCount: 0, validCount: 0, projected: {} }],
    // The rest of a result is not read by headlineLines.
  }) as unknown as MonteCarloResult;

describe('headline lines', () => {
  const plan = build(reportedMiss);
  const review = reviewPlan(plan, { scenarioId: 'plan', asOf: 2026 });

  it('are the marked targets only, in the plan order', () => {
    expect(headlineTargetIds(plan)).toEqual(['gdp-trillion', 'gdp-double']);
    expect(headlineLines(plan, review, null).map((l) => l.id)).toEqual(['gdp-trillion', 'gdp-double']);
  });

  it('a reported year: missed, by 9,800 − 10,000 = −200亿元, with no probability or required growth', () => {
    const [line] = headlineLines(plan, review, mcOf('plan', 0.5));
    expect(line?.status).toBe('missed');
    expect(line?.value).toBe(9800);
    expect(line?.target).toBe(10000);
    expect(line?.gap).toBeCloseTo(-200, 9);
    expect(line?.unit).toBe('亿元');
    expect(line?.probability).toBeNull();
    expect(line?.requiredGrowth).toBeNull();
  });

  it('a future year: pending, required 2^(1/10) − 1 = 7.177% a year from 2025 against 5% achieved 2020–2025', () => {
    const line = headlineLines(plan, review, null)[1];
    expect(line?.status).toBe('pending');
    expect(line?.requiredGrowth).toBeCloseTo(2 ** 0.1 - 1, 9);
    expect(line?.requiredGrowth).toBeCloseTo(0.071773, 6);
    expect(line?.requiredFrom).toBe(2025);
    // (1.05^5)^(1/5) − 1 = 5%: the real growth chained from the reported 5% a year.
    expect(line?.recentGrowth).toBeCloseTo(0.05, 9);
    expect(line?.recentFrom).toBe(2020);
    expect(line?.recentTo).toBe(2025);
    // The threshold is 2 × the reported 2025 level in real terms (2020 prices): 7400 × 1.05^5 × 2.
    expect(line?.target).toBeCloseTo(2 * 7400 * 1.05 ** 5, 6);
  });

  it('the probability comes from a run of the same scenario; none while it runs or from another scenario', () => {
    expect(headlineLines(plan, review, mcOf('plan', 0.42))[1]?.probability).toBe(0.42);
    expect(headlineLines(plan, review, null)[1]?.probability).toBeNull();
    expect(headlineLines(plan, review, mcOf('other', 0.42))[1]?.probability).toBeNull();
  });

  it('agree with the review row by row', () => {
    for (const line of headlineLines(plan, review, null)) {
      const row = review.targets.find((r) => r.id === line.id);
      expect(line.status).toBe(row?.status);
      expect(line.gap).toBe(row?.gap);
    }
  });
});

describe('headline targets of a plan that marks none', () => {
  it('the targets on the first chart indicator and those of the horizon year', () => {
    const plan = build((p) => {
      p.charts = [{ id: 'income_all', indicators: ['income_all'] }];
    });
    expect(headlineTargetIds(plan)).toEqual(['gdp-double', 'income-40k']);
  });

  it('without charts: the first indicator (GDP) and the horizon year', () => {
    expect(headlineTargetIds(build())).toEqual(['gdp-growth', 'gdp-trillion', 'gdp-double']);
  });

  it('else the first four targets', () => {
    const plan = build((p) => {
      p.targets = p.targets.filter((t) => t.indicator !== 'gdp');
    });
    expect(headlineTargetIds(plan)).toEqual(['income-40k', 'urban-73', 'jobs-35']);
  });
});

describe('setTargetHeadline', () => {
  it('marks a target, and unmarking removes the field (the defaults apply again when none is marked)', () => {
    const plan = build();
    const marked = setTargetHeadline(plan, 'income-40k', true);
    expect(headlineTargetIds(marked)).toEqual(['income-40k']);
    const unmarked = setTargetHeadline(marked, 'income-40k', false);
    expect('headline' in (unmarked.targets.find((t) => t.id === 'income-40k') ?? {})).toBe(false);
    expect(headlineTargetIds(unmarked)).toEqual(headlineTargetIds(plan));
    expect(setTargetHeadline(plan, 'income-40k', false)).toBe(plan);
  });
});
