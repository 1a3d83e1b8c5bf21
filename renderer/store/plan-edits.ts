/**
 * Edits of a plan's scenarios as pure functions: each returns a new plan and leaves the
 * one it was given untouched, so the undo history can keep old plans as they were.
 */
import { pathSegmentsOf, writeSpan, writeSpans, planSpans, readSpan, type Span, type SpanWrite } from '../../models/engine/period-assumptions';
import { withSegments } from '../../models/plan/scenario-edit';
import type { Bilingual, Plan, Scenario, Segment } from '../../models/plan/plan-schema';

const SCENARIO_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function findScenario(plan: Plan, id: string): Scenario | undefined {
  return plan.scenarios.find((s) => s.id === id);
}

export function isBuiltIn(plan: Plan, id: string): boolean {
  return findScenario(plan, id)?.builtIn === true;
}

/** A scenario id not yet used in the plan, derived from `stem`. */
export function freeScenarioId(plan: Plan, stem: string): string {
  const clean = stem.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 50) || 'scenario';
  const used = new Set(plan.scenarios.map((s) => s.id));
  if (!used.has(clean) && SCENARIO_ID.test(clean)) return clean;
  for (let n = 2; ; n++) {
    const id = `${clean}-${n}`;
    if (!used.has(id)) return id;
  }
}

export function replaceScenario(plan: Plan, id: string, next: Scenario): Plan {
  return { ...plan, scenarios: plan.scenarios.map((s) => (s.id === id ? next : s)) };
}

export function duplicateScenario(plan: Plan, id: string): { plan: Plan; id: string } | null {
  const source = findScenario(plan, id);
  if (source === undefined) return null;
  const newId = freeScenarioId(plan, `${source.id}-copy`);
  const { builtIn: _builtIn, ...rest } = structuredClone(source);
  const copy: Scenario = {
    ...rest,
    id: newId,
    name: { zh: `${source.name.zh}（副本）`, en: `${source.name.en} (copy)` },
  };
  const at = plan.scenarios.indexOf(source);
  const scenarios = [...plan.scenarios];
  scenarios.splice(at + 1, 0, copy);
  return { plan: { ...plan, scenarios }, id: newId };
}

/** A blank scenario: constant prices, no assumptions (every path 0 until set). */
export function newScenario(plan: Plan, name: Bilingual): { plan: Plan; id: string } {
  const id = freeScenarioId(plan, 'scenario');
  const scenario: Scenario = {
    id,
    name,
    description: { zh: '用户新建的情景', en: 'A scenario created by the user' },
    anchor: 'base',
    deflator: [],
    assumptions: {},
  };
  return { plan: { ...plan, scenarios: [...plan.scenarios, scenario] }, id };
}

export function renameScenario(plan: Plan, id: string, name: Bilingual): Plan {
  const sc = findScenario(plan, id);
  return sc === undefined ? plan : replaceScenario(plan, id, { ...sc, name });
}

export function deleteScenario(plan: Plan, id: string): Plan {
  return { ...plan, scenarios: plan.scenarios.filter((s) => s.id !== id) };
}


export function setSpan(plan: Plan, scenario: Scenario, key: string, span: Span, write: SpanWrite): Scenario {
  return withSegments(scenario, key, writeSpan(plan, pathSegmentsOf(plan, scenario, key), span, write));
}

/** The scenario with the years of `span` set back to what `reference` has there. */
export function resetSpan(
  plan: Plan,
  scenario: Scenario,
  reference: readonly Segment[] | undefined,
  key: string,
  span: Span,
): Scenario {
  const current = pathSegmentsOf(plan, scenario, key);
  const writes: [Span, SpanWrite][] = [];
  for (let y = span.from; y <= span.to; y++) {
    const year: Span = { id: `y${y}`, name: span.name, from: y, to: y, isPeriod: false };
    const entry = readSpan(plan, reference, year);
    writes.push([year, entry.kind === 'link' ? { link: { indicator: entry.indicator, elasticity: entry.elasticity } } : { value: entry.value }]);
  }
  return withSegments(scenario, key, writeSpans(plan, current, writes));
}

export { planSpans };
