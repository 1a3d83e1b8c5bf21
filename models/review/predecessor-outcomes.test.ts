/** The previous plan's outcomes as a continued plan shows them: the stored facts, formatted, never judged again. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanInput } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import { nextPlan } from '../plan/next-plan';
import type { Predecessor } from '../plan/predecessor';
import { cellText } from '../export/report-text';
import { outcomeCounts, outcomeCountsText, outcomeRows, outcomesHeading } from './predecessor-outcomes';

function xuzhouWith2025(gdp2025: number): Plan {
  const raw = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as PlanInput;
  raw.indicators.find((i) => i.id === 'gdp')?.actuals?.push({ year: 2025, value: gdp2025, realGrowth: 0.058, source: 'a figure made for the test', status: 'preliminary' });
  const r = validatePlan(raw, 'en');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.plan;
}

function predecessorOf(gdp2025: number): Predecessor {
  const p = nextPlan(xuzhouWith2025(gdp2025)).plan.predecessor;
  if (p === undefined) throw new Error('no predecessor');
  return p;
}

describe('outcomes of the previous plan', () => {
  const pred = predecessorOf(9900);
  const zh = outcomeRows(pred, 'zh');

  it('shows the 1万亿 target with its 2025 figure and 未达成 when below', () => {
    const row = zh.find((r) => r.id === 'gdp-2025-trillion');
    expect(row).toMatchObject({ name: '经济总量跻身万亿元城市', year: 2025, status: 'missed', verdict: '未达成' });
    expect(cellText(row?.value ?? { parts: [] })).toBe('9,900.0亿元');
    expect(cellText(row?.threshold ?? { parts: [] })).toBe('≥ 10,000.0亿元');
    expect(row?.value.num).toBe(9900);
    expect(row?.binding).toBe('预期性');
    expect(cellText(row?.achieved ?? { parts: [] })).toBe('6.23%（2020—2025）');
  });

  it('shows 达成 when the figure reaches it', () => {
    const row = outcomeRows(predecessorOf(10100), 'en').find((r) => r.id === 'gdp-2025-trillion');
    expect(row).toMatchObject({ status: 'met', verdict: 'met' });
    expect(cellText(row?.value ?? { parts: [] })).toBe('10,100.0 100m yuan');
  });

  it('keeps the 左右 band of a growth target, so 6.23% against about 6.5% reads as met', () => {
    const row = zh.find((r) => r.id === 'gdp-growth-14th');
    expect(row?.status).toBe('met');
    expect(cellText(row?.threshold ?? { parts: [] })).toBe('6.0–7.0%（左右）');
    expect(cellText(row?.value ?? { parts: [] })).toBe('6.23%');
  });

  it('marks a value without a figure as projected and keeps the stored 待公布, without judging it again', () => {
    const row = zh.find((r) => r.id === 'urbanization-2025');
    expect(row?.verdict).toBe('待公布');
    expect(cellText(row?.value ?? { parts: [] })).toBe('69.8% 预测');
    const none = zh.find((r) => r.id === 'air-quality-2025');
    expect(none?.verdict).toBe('无数据');
    expect(cellText(none?.value ?? { parts: [] })).toBe('—');
  });

  it('counts the verdicts, and names the plan and its period', () => {
    const c = outcomeCounts(pred);
    expect(c.total).toBe(pred.outcomes.length);
    expect(c.met + c.missed + c.pending + c.noData).toBe(c.total);
    expect(c.missed).toBeGreaterThanOrEqual(1);
    expect(outcomeCountsText(c, 'zh')).toMatch(new RegExp(`^达成 ${c.met} · 未达成 ${c.missed} · .*（共${c.total}项）$`));
    expect(outcomesHeading(pred, 'zh')).toBe('上期规划完成情况（《中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，2021—2025年）');
    expect(outcomesHeading(pred, 'en')).toMatch(/^Outcomes of the previous plan \(.*, 2021–2025\)$/);
  });

  it('reads a file written before band and binding were kept: no band, no mark, nothing made up', () => {
    const old: Predecessor = { ...pred, outcomes: pred.outcomes.map(({ band: _b, binding: _m, priceBaseYear: _p, ...rest }) => rest) };
    const row = outcomeRows(old, 'zh').find((r) => r.id === 'gdp-growth-14th');
    expect(cellText(row?.threshold ?? { parts: [] })).toBe('≥ 6.50%');
    expect(row?.binding).toBe('');
  });
});
