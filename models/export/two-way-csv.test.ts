import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../plan/validate-plan';
import { readFileSync } from 'node:fs';
import { twoWayTable } from '../uncertainty/two-way-table';
import { parseCsv, toCsv } from './csv';
import { twoWayRows } from './two-way-csv';

describe('the two-way table as CSV', () => {
  it('has the caption, both blocks, the axis values and the engine numbers (12 digits)', () => {
    const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('plan invalid');
    const sc = r.plan.scenarios.find((s) => s.id === 'plan')!;
    const table = twoWayTable(r.plan, sc, 'gdp-2035-double', { indicator: 'gdp', period: '15th', values: [0.05, 0.06, 0.07] }, { indicator: 'gdp', period: '16th', values: [0.05, 0.07] });
    const rows = parseCsv(toCsv(twoWayRows(table, { caption: '=cap', rowName: 'GDP 15th', colName: 'GDP 16th', projected: 'projected', gap: 'gap' })));
    expect(rows[0]).toEqual(["'=cap"]);
    expect(rows[2]).toEqual(['projected']);
    expect(rows[3]).toEqual(['GDP 15th ↓ / GDP 16th →', '0.05', '0.07']);
    expect(rows[4]![0]).toBe('0.05');
    expect(Number(rows[4]![1])).toBe(Number((table.projected[0]![0] as number).toPrecision(12)));
    expect(rows).toHaveLength(2 + 2 + 3 + 1 + 2 + 3);
  });
});
