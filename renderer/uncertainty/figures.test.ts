import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../models/uncertainty/monte-carlo';
import type { Indicator, Plan, Scenario, Target } from '../../models/plan/plan-schema';
import { projectionOf, targetsOf } from '../derived/derive';
import { tornado } from '../../models/uncertainty/sensitivity';
import { defaultPlan } from '../default-plan';
import { buildFanFigure, FAN_BANDS, fanSummary, type FanLabels } from './fan-figure';
import { heatStyle, maxAbs } from './heat-color';
import { formatProbability } from './probability-format';
import { gapUnit, stepText } from './sensitivity-format';
import { buildTornado } from './tornado-figure';

const plan: Plan = defaultPlan();
const sc = plan.scenarios.find((s) => s.id === 'slower') as Scenario;
const gdp = plan.indicators.find((i) => i.id === 'gdp') as Indicator;
const result = runMonteCarlo(plan, sc, { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, { runs: 1000, seed: 4 });
const labels: FanLabels = {
  band: (lo, hi) => `${lo}–${hi}`,
  median: 'median',
  path: 'path',
  status: { met: 'met', missed: 'missed', 'needs-base': 'needs base' },
  probability: (p) => `P ${p}`,
  axis: 'axis',
};

describe('fan chart figure', () => {
  const fan = (basis: 'real' | 'nominal') =>
    buildFanFigure({ plan, indicator: gdp, result, projection: projectionOf(plan, sc), targets: targetsOf(plan, sc), basis, lang: 'en', labels });

  it('draws 5–95, 15–85, 25–75, 35–65 outer to inner, each a lower edge and a filled upper edge, darker inwards', () => {
    const { data } = fan('nominal');
    const bands = data.slice(0, 8);
    expect(bands.map((t) => t.fill ?? null)).toEqual([null, 'tonexty', null, 'tonexty', null, 'tonexty', null, 'tonexty']);
    expect(bands.filter((t) => t.fill).map((t) => t.name)).toEqual(['5–95', '15–85', '25–75', '35–65']);
    expect(bands[0]?.y).toBe(result.series.gdp?.nominal.p5);
    expect(bands[1]?.y).toBe(result.series.gdp?.nominal.p95);
    expect(bands[7]?.y).toBe(result.series.gdp?.nominal.p65);
    const lightness = FAN_BANDS.map((b) => parseInt(b.color.slice(1, 3), 16) + parseInt(b.color.slice(3, 5), 16));
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
    const names = data.map((t) => t.name);
    expect(names).toContain('median');
    expect(names).toContain('path');
  });

  it('follows the price basis; targets as markers with their probability', () => {
    const real = fan('real');
    expect(real.data[0]?.y).toBe(result.series.gdp?.real.p5);
    const markers = real.data.find((t) => t.mode === 'markers');
    expect((markers?.text as string[]).some((s) => /P \d+\.\d%/.test(s))).toBe(true);
    // the scenario's own path is the deterministic projection
    const path = real.data.find((t) => t.name === 'path');
    expect((path?.y as number[])[15]).toBeCloseTo(projectionOf(plan, sc).series.gdp?.real[15] as number, 9);
  });

  it('summarises the last year for screen readers', () => {
    const s = fanSummary(result, gdp, 'nominal', (v) => (v === null ? '—' : v.toFixed(0)), (v) => `${v.year}: ${v.median} (${v.lo}–${v.hi})`);
    expect(s).toMatch(/^2035: \d+ \(\d+–\d+\)$/);
  });
});

describe('tornado figure', () => {
  it('horizontal bars, largest swing on top, zero swings left out and counted', () => {
    const t = tornado(plan, sc, 'gdp-2025-trillion');
    const view = buildTornado(t, { bar: (b) => `${b.ref.indicator} ${b.ref.period}`, step: () => '', low: 'low', high: 'high', axis: '' }, 1, 1);
    expect(view.figure.data.map((d) => [d.type, d.orientation])).toEqual([
      ['bar', 'h'],
      ['bar', 'h'],
    ]);
    const y = view.figure.data[0]?.y as string[];
    // plotly draws the first category at the bottom: the largest swing is last
    expect(y.at(-1)).toBe(`${view.bars[0]?.ref.indicator} ${view.bars[0]?.ref.period}`);
    const swings = view.bars.map((b) => b.swing ?? 0);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(view.bars.length + view.zero + view.more).toBe(t.bars.length);
    // GDP 2025 moves with GDP growth and the deflator of the 14th period only
    expect(view.bars.map((b) => b.ref.period)).toEqual(['14th', '14th']);
  });

  it('writes steps and gap units', () => {
    const target = plan.targets.find((x) => x.id === 'gdp-growth-14th') as Target;
    expect(gapUnit(target, gdp, 'zh')).toEqual({ scale: 100, unit: '个百分点', decimals: 2 });
    expect(gapUnit(plan.targets.find((x) => x.id === 'gdp-2025-trillion') as Target, gdp, 'en').unit).toBe('100m yuan');
    const bar = { ref: { indicator: 'gdp', period: '14th' }, kind: 'level', step: 0.01, stepFrom: 'unit' } as Parameters<typeof stepText>[0];
    expect(stepText(bar, -1, 'zh', '1个标准差')).toBe('−1个百分点');
    expect(stepText({ ...bar, step: 0.0208, stepFrom: 'sd' }, 1, 'en', '1 sd')).toBe('+2.08 pp (1 sd)');
    expect(stepText({ ...bar, kind: 'flow', step: 0.1 }, 1, 'en', '')).toBe('+10.0%');
  });
});

describe('two-way colours and probabilities', () => {
  it('green when met, red when missed, deeper with the gap; text readable on dark cells', () => {
    const met = heatStyle(10, true, 100);
    const metFar = heatStyle(100, true, 100);
    const missed = heatStyle(-10, false, 100);
    expect(met.background).toMatch(/^rgb/);
    const g = (s: string) => s.match(/\d+/g)?.map(Number) ?? [];
    expect(g(met.background)[1]).toBeGreaterThan(g(met.background)[0] as number);
    expect(g(missed.background)[0]).toBeGreaterThan(g(missed.background)[1] as number);
    expect(metFar.intensity).toBeGreaterThan(met.intensity);
    expect(metFar.color).toBe('#ffffff');
    expect(heatStyle(null, null, 1).intensity).toBe(0);
    expect(maxAbs([[1, -5], [null, 2]])).toBe(5);
  });

  it('writes probabilities to a tenth of a percent; none as "—"', () => {
    expect(formatProbability(0.7342)).toBe('73.4%');
    expect(formatProbability(1)).toBe('100.0%');
    expect(formatProbability(0)).toBe('0.0%');
    expect(formatProbability(null)).toBe('—');
  });
});
