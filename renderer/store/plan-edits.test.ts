/**
 * Editing one period of a copy of the trend scenario in the assumption panel: the other
 * periods stay on the trend (they were written back as 0, so GDP stopped growing in
 * 2026–30 when only 2031–35 was set), and the panel reads the trend, not 0, where the
 * scenario sets nothing.
 */
import { describe, expect, it } from 'vitest';
import { pathSegmentsOf, planSpans, readSpan } from '../../models/engine/period-assumptions';
import { project } from '../../models/engine/projection';
import type { Scenario } from '../../models/plan/plan-schema';
import { defaultPlan } from '../default-plan';
import { setSpan } from './plan-edits';

describe('a period edit of a trend scenario', () => {
  const plan = defaultPlan();
  const trend = plan.scenarios.find((s) => s.id === 'trend') as Scenario;
  const copy: Scenario = { ...trend, id: 'trend-copy' };
  const withCopy = { ...plan, scenarios: [...plan.scenarios, copy] };
  const spans = planSpans(plan);
  const span16 = spans.find((s) => s.from === 2031) as (typeof spans)[number];
  const span15 = spans.find((s) => s.from === 2026) as (typeof spans)[number];

  it('shows the trend where the scenario sets nothing', () => {
    const entry = readSpan(plan, pathSegmentsOf(withCopy, copy, 'gdp'), span15);
    expect(entry.kind).toBe('value');
    if (entry.kind === 'value') expect(entry.value).toBeCloseTo(project(plan, trend).series.gdp?.growth[2027 - plan.baseYear] as number, 12);
  });

  it('keeps 2026–30 on the trend when 2031–35 is set to 4%', () => {
    const edited = setSpan(withCopy, copy, 'gdp', span16, { value: 0.04 });
    const before = project(withCopy, copy).series.gdp?.growth as Float64Array;
    const after = project({ ...withCopy, scenarios: [...plan.scenarios, edited] }, edited).series.gdp?.growth as Float64Array;
    for (let y = 2026; y <= 2030; y++) expect(after[y - plan.baseYear]).toBeCloseTo(before[y - plan.baseYear] as number, 12);
    for (let y = 2031; y <= 2035; y++) expect(after[y - plan.baseYear]).toBeCloseTo(0.04, 12);
    expect(before[2028 - plan.baseYear]).toBeGreaterThan(0.06);
  });
});
