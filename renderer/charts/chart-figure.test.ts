import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan-schema';
import { targetName } from '../../models/target-name';
import { loadDefault } from '../bootstrap';
import { chartLabels, chartRuns } from '../export/chart-export';
import { createWorkspaceStore } from '../store/workspace-store';
import { chartsFor } from './chart-defs';
import { buildFigure } from './chart-figure';

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
