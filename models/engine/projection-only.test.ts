import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '..';
import { preparePlan, projectPrepared } from './projection';

const plan = (() => {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
})();

describe('projectPrepared(…, only)', () => {
  it('computes an indicator and what it is computed from with the same bits as a full projection, and nothing else', () => {
    const pp = preparePlan(plan);
    for (const sc of plan.scenarios) {
      const full = projectPrepared(pp, sc);
      for (const ind of plan.indicators) {
        const part = projectPrepared(pp, sc, ind.id);
        expect(part.series[ind.id]).toEqual(full.series[ind.id]);
        for (const id of part.order) expect(part.series[id]).toEqual(full.series[id]);
        if (ind.kind === 'derived') expect(part.order.length).toBeLessThan(full.order.length);
      }
    }
  });
});
