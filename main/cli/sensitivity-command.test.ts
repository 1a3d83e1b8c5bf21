/** `sensitivity` in-process on the real plan file: the tornado of one target, as JSON and as a table. */
import { outputNumber } from '../../models/numbers/output-number';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrateVolatility, parsePlanText, tornado, type Plan } from '../../models';
import type { SensitivityJson } from './sensitivity-command';
import { cli, PLAN_FILE, type CliRun } from './test-helpers';

function loadPlan(): Plan {
  const r = parsePlanText(readFileSync(PLAN_FILE, 'utf8'), 'en');
  if (!r.ok) throw new Error('the embedded plan is invalid');
  return r.plan;
}

async function sensJson(...extra: string[]): Promise<SensitivityJson> {
  const run = await cli(['sensitivity', PLAN_FILE, '--json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/NaN|Infinity/);
  return JSON.parse(run.stdout) as SensitivityJson;
}

function expectRejected(run: CliRun, ...needles: string[]): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/internal error/);
  for (const needle of needles) expect(run.stderr).toContain(needle);
}

describe('sensitivity --json', () => {
  it('ranks GDP growth of the 15th or 16th period first for the 2035 doubling', async () => {
    const r = await sensJson('--scenario', 'plan', '--target', 'gdp-2035-double');
    expect(Object.keys(r)).toEqual(['plan', 'scenario', 'target', 'baseGap', 'baseProjected', 'threshold', 'unit', 'step', 'bars']);
    expect(r.target).toBe('gdp-2035-double');
    expect(r.unit).toBe('亿元');
    expect(r.step).toBe('unit');
    const first = r.bars[0];
    expect(first?.indicator).toBe('gdp');
    expect(['15th', '16th']).toContain(first?.period);
    expect(r.bars.slice(0, 2).map((b) => b.assumption).sort()).toEqual(['gdp/15th', 'gdp/16th']);
    // 6.5% a year from 2025 misses the doubling (1.065¹⁰ < 2); one period at 5.5% or 7.5%:
    // gap = 2025 × (1.065⁵ × (1 ± 0.01 + 0.065)⁵ − 2), with 2025 = threshold / 2 (real)
    const r25 = (r.threshold as number) / 2;
    expect(r.baseGap).toBeCloseTo(r25 * (1.065 ** 10 - 2), 6);
    expect(first?.gapLow).toBeCloseTo(r25 * (1.065 ** 5 * 1.055 ** 5 - 2), 6);
    expect(first?.gapHigh).toBeCloseTo(r25 * (1.065 ** 5 * 1.075 ** 5 - 2), 6);
    expect(first?.gapHigh).toBeLessThan(0); // one period at 7.5% is not enough
    for (const b of r.bars) {
      expect(Object.keys(b)).toEqual(['assumption', 'indicator', 'period', 'kind', 'step', 'stepFrom', 'gapLow', 'gapHigh', 'low', 'high', 'swing']);
    }
    for (let i = 1; i < r.bars.length; i++) expect(r.bars[i]?.swing ?? -1).toBeLessThanOrEqual(r.bars[i - 1]?.swing ?? -1);
  });

  it('gives what tornado() returns, bar for bar', async () => {
    const r = await sensJson('--target', 'income-2025', '--scenario', 'faster');
    const direct = tornado(loadPlan(), 'faster', 'income-2025');
    // JSON writes every number with 12 significant digits (output-number.ts).
    const written = (v: unknown) => (typeof v === 'number' ? outputNumber(v) : v);
    expect(r.baseGap).toBe(written(direct.baseGap));
    expect(r.threshold).toBe(written(direct.target));
    expect(r.bars.map((b) => [b.indicator, b.period, b.kind, b.step, b.gapLow, b.gapHigh, b.low, b.high, b.swing])).toEqual(
      direct.bars.map((b) => [b.ref.indicator, b.ref.period, b.kind, b.step, b.gapLow, b.gapHigh, b.low, b.high, b.swing].map(written)),
    );
    expect(r.bars.some((b) => b.indicator === '@deflator' && b.assumption.startsWith('@deflator/'))).toBe(true);
  });

  it('moves GDP growth by ±1 point: the closed form for 1万亿 in 2025, from the reported 2024', async () => {
    const r = await sensJson('--target', 'gdp-2025-trillion');
    // 2021–24 are reported (2024: 9,537.12): only 2025 moves, at 0.5% prices
    expect(r.baseGap).toBeCloseTo(9537.12 * 1.065 * 1.005 - 10000, 6);
    const g14 = r.bars.find((b) => b.assumption === 'gdp/14th');
    expect(g14?.gapHigh).toBeCloseTo(9537.12 * 1.075 * 1.005 - 10000, 6);
    expect(g14?.gapLow).toBeCloseTo(9537.12 * 1.055 * 1.005 - 10000, 6);
    expect(g14?.swing).toBeCloseTo(9537.12 * 0.02 * 1.005, 6);
  });

  it('gives growth targets in fractions', async () => {
    const r = await sensJson('--target', 'gdp-growth-14th');
    expect(r.unit).toBe('fraction');
    expect(r.bars[0]?.assumption).toBe('gdp/14th');
    // only 2025 is open: the 2020–25 average moves by (1 + average) × ((1.075 / 1.065)^(1/5) − 1)
    expect(r.bars[0]?.high).toBeCloseTo((1 + (r.baseProjected as number)) * ((1.075 / 1.065) ** 0.2 - 1), 10);
  });

  it('--step sd moves GDP by its calibrated sd; --sd gives the sd (and implies --step sd)', async () => {
    const calibrated = calibrateVolatility(loadPlan(), 'gdp').sdLog as number;
    const r = await sensJson('--target', 'gdp-2035-double', '--step', 'sd');
    expect(r.step).toBe('sd');
    const gdp = r.bars.find((b) => b.assumption === 'gdp/15th');
    expect(gdp?.stepFrom).toBe('sd');
    expect(gdp?.step).toBe(outputNumber(calibrated));
    expect(r.bars.find((b) => b.assumption === 'population/15th')?.stepFrom).toBe('unit');
    const given = await sensJson('--target', 'gdp-2035-double', '--sd', 'gdp=0.03');
    expect(given.step).toBe('sd');
    expect(given.bars.find((b) => b.assumption === 'gdp/15th')?.step).toBe(0.03);
  });

  it('reports a target without a base value with null gaps, exit 0', async () => {
    const r = await sensJson('--target', 'pension-rate-2025');
    expect(r.baseGap).toBeNull();
    expect(r.bars.every((b) => b.swing === null && b.gapLow === null)).toBe(true);
  });
});

describe('sensitivity (table)', () => {
  it('prints one row per assumption that moves the gap, the gdp growth of the 15th period first, in Chinese by default; the zero swings on one line', async () => {
    const run = await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-2035-double']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain('目标：2035年地区生产总值比2025年翻一番（gdp-2035-double），2035 年');
    expect(out).toContain('基线差距');
    const lines = out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('假设'));
    expect(lines[header]).toMatch(/步长\s+差距（下移）\s+差距（上移）\s+摆幅$/);
    expect(lines[header + 2]).toMatch(/^地区生产总值\s+“十五五”时期 2026–2030\s+±1\.00个百分点\s+-2,086\.7\s+-329\.6\s+1,757\.1$/);
    const rows = lines.slice(header + 2).filter((l) => /\d$/.test(l));
    const bars = tornado(loadPlan(), 'plan', 'gdp-2035-double').bars;
    const moving = bars.filter((b) => b.swing !== null && Math.abs(b.swing) >= 0.05);
    expect(rows).toHaveLength(moving.length);
    const folded = lines.filter((l) => l.startsWith('另有'));
    expect(folded).toEqual([expect.stringContaining(`另有 ${bars.length - moving.length} 项假设的摆幅为 0（按显示精度）：`)]);
    expect(folded[0]).toContain('价格平减指数（“十四五”时期、“十五五”时期、“十六五”时期）');
    expect(out).not.toMatch(/\s0\.0$/m);
    expect(out).toContain('单位：亿元');
  });

  it('speaks English with --lang en and says when there is nothing to show', async () => {
    const run = await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-growth-14th', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gap at −step');
    // 2021–24 reported: ±1 point in 2025 moves the 2020–25 average by about ±0.2 point
    expect(run.stdout).toMatch(/Gross domestic product \(GDP\)\s+14th 2021–2025\s+±1\.00 pp\s+-0\.33 pp\s+0\.07 pp\s+0\.40 pp/);
    const none = await cli(['sensitivity', PLAN_FILE, '--target', 'pension-rate-2025', '--lang', 'en']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('needs a base value');
  });
});

describe('sensitivity rejects bad flags with exit 1 and a message naming the flag', () => {
  it('an unknown target, listing the targets', async () => {
    const run = await cli(['sensitivity', PLAN_FILE, '--target', 'nope']);
    expectRejected(run, '--target', 'nope', 'gdp-2035-double');
    expectRejected(await cli(['sensitivity', PLAN_FILE, '--target', 'nope', '--lang', 'en']), '--target: unknown target "nope"');
  });

  it('a missing --target', async () => {
    expectRejected(await cli(['sensitivity', PLAN_FILE]), '--target');
  });

  it('a bad --step, --sd with --step unit, a bad --sd, options of montecarlo', async () => {
    expectRejected(await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-2035-double', '--step', 'half']), '--step', 'half');
    expectRejected(await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-2035-double', '--step', 'unit', '--sd', 'gdp=0.02']), '--sd', '--step');
    expectRejected(await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-2035-double', '--sd', 'nope=0.1']), '--sd', 'nope');
    expectRejected(await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-2035-double', '--runs', '10']), '--runs');
    expectRejected(await cli(['sensitivity', PLAN_FILE, '--target', 'gdp-2035-double', '--scenario', 'nope']), 'nope');
  });
});
