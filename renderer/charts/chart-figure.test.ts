import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { targetName } from '../../models/targets/target-name';
import { loadDefault } from '../bootstrap';
import { chartLabels, chartRuns } from '../export/chart-export';
import { createWorkspaceStore } from '../store/workspace-store';
import { chartsFor } from './chart-defs';
import { buildFigure, holdKeyOf, withHeldYRange } from './chart-figure';
import { planSpans } from '../../models/engine/period-assumptions';

const t = (key: string) => key;

function defaultPlanAndScenario() {
  const store = createWorkspaceStore();
  loadDefault(store);
  const s = store.getState();
  const plan = s.plan!;
  const scenario = plan.scenarios.find((x) => x.id === s.selectedId)!;
  return { plan, scenario };
}

describe('chart figure: targets are named by their name, never by id', () => {
  it('markers and required paths carry the target label, or the start of its sentence when it has none', () => {
    const { plan, scenario } = defaultPlanAndScenario();
    const unlabelled: Plan = { ...plan, targets: plan.targets.map(({ label: _label, ...rest }) => rest) };
    for (const p of [plan, unlabelled]) {
      const text = chartsFor(p)
        .map((chart) => buildFigure(p, chart, chartRuns(p, [scenario]), 'nominal', 'zh', chartLabels(t), false))
        .flatMap((f) => f.data.map((tr) => JSON.stringify([tr.text, tr.hovertemplate])))
        .join('\n');
      for (const target of p.targets) expect(text).not.toContain(`"${target.id}`);
      const gdpDouble = p.targets.find((x) => x.id === 'gdp-2035-double')!;
      expect(text).toContain(targetName(gdpDouble, 'zh').slice(0, 8));
    }
  });
});

describe('chart figure: the y axis holds while a slider moves', () => {
  it('retail sales at 6.0 % then 5.9 % GDP growth in 2026–2030: the axis keeps 3,000–11,000 (its own is 3,000–10,000), with ticks to match', () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    store.getState().duplicateScenario('plan');
    const span = planSpans(store.getState().plan!).find((x) => x.id === '15th')!;
    const figureAt = (growth: number) => {
      store.getState().setSpan(store.getState().selectedId, 'gdp', span, { value: growth });
      const s = store.getState();
      const plan = s.plan!;
      const scenario = plan.scenarios.find((x) => x.id === s.selectedId)!;
      const chart = chartsFor(plan).find((c) => c.indicators.includes('retail_sales'))!;
      return buildFigure(plan, chart, chartRuns(plan, [scenario]), 'nominal', 'zh', chartLabels(t), false);
    };
    const yaxis = (f: { layout: Record<string, unknown> }) => f.layout.yaxis as { range: number[]; tickformat: string };
    const at67 = figureAt(0.06);
    const at66 = figureAt(0.059);
    expect(yaxis(at67).range).toEqual([3000, 11000]);
    expect(yaxis(at66).range).toEqual([3000, 10000]);
    const held = withHeldYRange(at66, at67);
    expect(yaxis(held).range).toEqual([3000, 11000]);
    expect(yaxis(held).tickformat).toBe(',.0f');
    expect(held.data).toBe(at66.data);
    // Its own range when nothing was shown, or when the shown one no longer fits.
    expect(withHeldYRange(at66, null)).toBe(at66);
    expect(yaxis(withHeldYRange(at67, at66)).range).toEqual([3000, 11000]);
  });
});

describe('chart figure: when a chart may hold its y range', () => {
  it('only through a run of edits of one field, on the same chart, scenarios, basis and language', () => {
    const key = holdKeyOf('gdp-15th:slider', 'gdp', 'nominal', 'zh', false, ['a']);
    expect(key).not.toBeNull();
    expect(holdKeyOf(null, 'gdp', 'nominal', 'zh', false, ['a'])).toBeNull();
    expect(holdKeyOf('gdp-15th:slider', 'gdp', 'nominal', 'zh', false, ['a'])).toBe(key);
    for (const other of [
      holdKeyOf('gdp-16th:slider', 'gdp', 'nominal', 'zh', false, ['a']),
      holdKeyOf('gdp-15th:slider', 'income', 'nominal', 'zh', false, ['a']),
      holdKeyOf('gdp-15th:slider', 'gdp', 'real', 'zh', false, ['a']),
      holdKeyOf('gdp-15th:slider', 'gdp', 'nominal', 'en', false, ['a']),
      holdKeyOf('gdp-15th:slider', 'gdp', 'nominal', 'zh', true, ['a', 'b']),
    ]) {
      expect(other).not.toBe(key);
    }
  });
});
