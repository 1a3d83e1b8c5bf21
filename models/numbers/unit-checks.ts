/**
 * Plan checks about units: every unit an indicator, target or fact names is a built-in
 * one or one the plan defines; a plan's own unit does not redefine a built-in one; a
 * target written in another unit than its indicator's can be converted to it.
 */
import type { Plan } from '../plan/plan-schema';
import { BUILT_IN_UNITS, convertible, unitRegistry } from './unit-registry';

export interface UnitCheck {
  path: (string | number)[];
  code: string;
  params: Record<string, string | number>;
}

export function checkUnits(plan: Plan): UnitCheck[] {
  const out: UnitCheck[] = [];
  const own = plan.units ?? [];
  const seen = new Map<string, number>();
  own.forEach((u, i) => {
    if (BUILT_IN_UNITS.has(u.id)) out.push({ path: ['units', i, 'id'], code: 'unit-built-in', params: { id: u.id } });
    const first = seen.get(u.id);
    if (first !== undefined) out.push({ path: ['units', i, 'id'], code: 'duplicate', params: { id: u.id, first: `units[${first}]` } });
    else seen.set(u.id, i);
  });
  const registry = unitRegistry(own);
  const units = new Map<string, string>();
  plan.indicators.forEach((ind, i) => {
    units.set(ind.id, ind.unit);
    if (!registry.has(ind.unit)) out.push({ path: ['indicators', i, 'unit'], code: 'unknown-unit', params: { unit: ind.unit } });
  });
  plan.targets.forEach((t, i) => {
    if ((t.type !== 'threshold' && t.type !== 'cumulative') || t.unit === undefined) return;
    const path = ['targets', i, 'unit'];
    if (!registry.has(t.unit)) {
      out.push({ path, code: 'unknown-unit', params: { unit: t.unit } });
      return;
    }
    const to = units.get(t.indicator);
    if (to !== undefined && registry.has(to) && !convertible(t.unit, to, registry)) {
      out.push({ path, code: 'unit-not-convertible', params: { from: t.unit, to } });
    }
  });
  return out;
}
