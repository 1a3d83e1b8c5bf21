import { describe, expect, it } from 'vitest';
import type { Indicator, Plan } from './plan-schema';
import { missingBaseList } from './missing-base-list';

const ind = (id: string, base: number | null, note?: Indicator['note']): Indicator => ({
  id,
  name: { zh: `指标${id}`, en: `Indicator ${id}` },
  unit: '%',
  kind: 'share',
  basis: 'none',
  base: { year: 2020, value: base, source: 's', status: base === null ? 'missing' : 'estimate' },
  ...(note ? { note } : {}),
});

const plan: Pick<Plan, 'indicators' | 'targets'> = {
  indicators: [
    ind('a', 1),
    ind('b', null, { zh: '未找到', en: 'Not found' }),
    ind('c', null),
    { id: 'd', name: { zh: 'D', en: 'D' }, unit: '%', kind: 'derived', basis: 'none', formula: 'b + c' },
  ],
  targets: [
    { id: 't1', type: 'threshold', indicator: 'b', year: 2025, comparison: '>=', value: 100, sentence: '全覆盖', section: 's', label: { zh: '乙全覆盖', en: 'B everywhere' } },
    { id: 't2', type: 'threshold', indicator: 'c', year: 2025, comparison: '>=', value: 100, sentence: '丙达到100%', section: 's' },
    { id: 't3', type: 'threshold', indicator: 'a', year: 2025, comparison: '>=', value: 100, sentence: '甲', section: 's' },
  ],
};

describe('missingBaseList', () => {
  it('lists the indicators with no base value in plan order, with their note and their targets', () => {
    const list = missingBaseList(plan);
    expect(list.map((i) => i.id)).toEqual(['b', 'c']);
    expect(list[0]).toMatchObject({ note: { zh: '未找到', en: 'Not found' }, targets: [{ zh: '乙全覆盖', en: 'B everywhere' }] });
    // no note: null; a target with no label is named by its sentence
    expect(list[1]).toMatchObject({ note: null, targets: [{ zh: '丙达到100%', en: '丙达到100%' }] });
  });

  it('is empty when every indicator has a base value', () => {
    expect(missingBaseList({ indicators: [ind('a', 1)], targets: [] })).toEqual([]);
  });
});
