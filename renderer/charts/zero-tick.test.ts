/**
 * The Xuzhou income chart drew a "0" tick under figures that start at 13,982元: the lower
 * end of its range was rounded down to a step of 20,000. Now a range reaches 0 only where
 * the data come near it, and the other charts keep their axes.
 */
import { describe, expect, it } from 'vitest';
import { loadDefault } from '../bootstrap';
import { chartLabels, chartRuns } from '../export/chart-export';
import { createWorkspaceStore } from '../store/workspace-store';
import { chartsFor } from './chart-defs';
import { buildFigure } from './chart-figure';
import { finerStep, niceRange } from './nice-range';

function xuzhou() {
  const store = createWorkspaceStore();
  loadDefault(store);
  const s = store.getState();
  const plan = s.plan!;
  const scenario = plan.scenarios.find((x) => x.id === s.selectedId)!;
  return { plan, scenario };
}

const t = (key: string) => key;

describe('the lower end of a y range', () => {
  it('is not 0 under data well above it (incomes from 13,982 to 104,000)', () => {
    expect(niceRange([13982, 21200, 37500, 104000])).toEqual([10000, 120000]);
    expect(niceRange([13982, 130000])).toEqual([5000, 140000]);
  });

  it('stays 0 where the data come near it, and for data from 0', () => {
    expect(niceRange([0, 50, 100])).toEqual([0, 120]);
    expect(niceRange([1, 100])).toEqual([0, 120]);
    expect(niceRange([300, 104000])).toEqual([0, 120000]);
  });

  it('finer round steps: half a step, or its power of ten where half is not round', () => {
    expect(finerStep(20000)).toBe(10000);
    expect(finerStep(25000)).toBe(10000);
    expect(finerStep(50000)).toBe(25000);
    expect(finerStep(10000)).toBe(5000);
  });
});

describe('chart layouts of the Xuzhou plan', () => {
  const { plan, scenario } = xuzhou();
  const layoutOf = (id: string, basis: 'nominal' | 'real') => {
    const chart = chartsFor(plan).find((c) => c.id === id)!;
    const f = buildFigure(plan, chart, chartRuns(plan, [scenario]), basis, 'zh', chartLabels(t), false);
    const values = f.data.flatMap((tr) => (Array.isArray(tr.y) ? (tr.y as (number | null)[]) : [])).filter((v): v is number => v !== null && Number.isFinite(v));
    return { yaxis: f.layout.yaxis as { range?: [number, number]; rangemode?: string; tickvals?: unknown }, min: Math.min(...values) };
  };

  it('the income chart (nominal and real) has no range or tick at 0: its data never reach it', () => {
    for (const basis of ['nominal', 'real'] as const) {
      const { yaxis, min } = layoutOf('income', basis);
      expect(min).toBeGreaterThan(10000);
      expect(yaxis.range?.[0]).toBeGreaterThan(0);
      expect(yaxis.range?.[0]).toBeLessThanOrEqual(min);
      expect(yaxis.rangemode).toBeUndefined();
      expect(yaxis.tickvals).toBeUndefined();
    }
    expect(layoutOf('income', 'nominal').yaxis.range).toEqual([10000, 120000]);
  });

  it('the other charts keep their axes', () => {
    expect(layoutOf('gdp', 'real').yaxis.range).toEqual([4000, 22000]);
    expect(layoutOf('gdp_per_capita', 'nominal').yaxis.range).toEqual([60000, 240000]);
    expect(layoutOf('retail_sales', 'nominal').yaxis.range).toEqual([3000, 11000]);
    expect(layoutOf('urbanization', 'nominal').yaxis.range).toEqual([60, 76]);
  });
});
