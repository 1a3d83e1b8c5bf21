/** `montecarlo` in-process on the real plan file: JSON shape, reproducibility, closed forms, bad flags. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../models/testing/normal-cdf';
import type { CheckReport } from './check-report';
import type { MonteCarloJson } from './montecarlo-command';
import { cli, PLAN_FILE, type CliRun } from './test-helpers';

async function mcJson(...extra: string[]): Promise<MonteCarloJson> {
  const run = await cli(['montecarlo', PLAN_FILE, '--json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/NaN|Infinity/);
  return JSON.parse(run.stdout) as MonteCarloJson;
}

function targetOf(report: MonteCarloJson, id: string) {
  const found = report.targets.find((t) => t.id === id);
  if (!found) throw new Error(`target ${id} missing`);
  return found;
}

function expectRejected(run: CliRun, ...needles: string[]): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  for (const needle of needles) expect(run.stderr).toContain(needle);
}

const KEYS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

describe('montecarlo --json', () => {
  it('gives identical output for the same seed, and other numbers for another seed', async () => {
    const a = await cli(['montecarlo', PLAN_FILE, '--json', '--runs', '2000', '--seed', '7']);
    const b = await cli(['montecarlo', PLAN_FILE, '--json', '--runs', '2000', '--seed', '7']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const c = await cli(['montecarlo', PLAN_FILE, '--json', '--runs', '2000', '--seed', '8']);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('keeps the published field names; unknown values are null', async () => {
    const r = await mcJson('--runs', '2000');
    expect(Object.keys(r)).toEqual(['plan', 'scenario', 'runs', 'seed', 'uncertainty', 'targets', 'indicators']);
    expect(r.plan).toBe('xuzhou-14th-fyp');
    expect(r.scenario).toBe('plan');
    expect(r.runs).toBe(2000);
    expect(r.seed).toBe(1);
    expect(Object.keys(r.uncertainty)).toEqual(['shocks', 'correlations', 'calibration']);
    for (const t of r.targets) {
      expect(Object.keys(t)).toEqual(['id', 'indicator', 'year', 'probability', 'validCount', 'metCount', 'deterministicMet']);
    }
    const gdp = r.indicators.gdp;
    expect(gdp && Object.keys(gdp)).toEqual(['unit', 'basis', 'years', ...KEYS, 'real', 'varies']);
    expect(gdp?.years).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(gdp && Object.keys(gdp.real)).toEqual([...KEYS]);
    expect(gdp?.unit).toBe('亿元');
    // no base value: every percentile null, the target's probability null
    expect(r.indicators.pension_payment_rate?.p50.every((v) => v === null)).toBe(true);
    const sales = targetOf(r, 'pension-rate-2025');
    expect(sales.probability).toBeNull();
    expect(sales.validCount).toBe(0);
    expect(sales.deterministicMet).toBeNull();
  });

  it('calibrates GDP’s volatility from the reported real growth by default, and incomes follow GDP', async () => {
    const r = await mcJson('--runs', '2000');
    const c = r.uncertainty.calibration;
    expect(c?.indicator).toBe('gdp');
    expect(c?.measure).toBe('real-growth');
    expect(c?.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(c?.count).toBe(9);
    const growth = [0.095, 0.082, 0.078, 0.042, 0.06, 0.034, 0.087, 0.032, 0.07].map((g) => Math.log1p(g));
    const mean = growth.reduce((a, b) => a + b, 0) / growth.length;
    const sdLog = Math.sqrt(growth.reduce((a, b) => a + (b - mean) ** 2, 0) / (growth.length - 1));
    expect(c?.sdLog).toBeCloseTo(sdLog, 12);
    expect(r.uncertainty.shocks).toEqual([{ indicator: 'gdp', sd: c?.sdLog, rho: 0 }]);
    expect(r.indicators.income_urban?.varies).toBe(true);
    expect(r.indicators.income_all?.varies).toBe(true);
    expect(r.indicators.urbanization?.varies).toBe(false);
    // the flags replace the default
    expect((await mcJson('--runs', '10', '--sd', 'gdp=0.01')).uncertainty.calibration).toBeNull();
  });

  it('with --sd gdp=0 gives probabilities 0 or 1, equal to check’s met, and the projection itself', async () => {
    const r = await mcJson('--runs', '200', '--sd', 'gdp=0');
    const check = await cli(['check', PLAN_FILE, '--json']);
    const report = JSON.parse(check.stdout) as CheckReport;
    expect(r.targets.map((t) => t.id)).toEqual(report.targets.map((t) => t.id));
    report.targets.forEach((ct, i) => {
      const t = r.targets[i];
      if (ct.met === null) expect(t?.probability, ct.id).toBeNull();
      else expect(t?.probability, ct.id).toBe(ct.met ? 1 : 0);
      expect(t?.deterministicMet).toBe(ct.met);
    });
    const gdp = r.indicators.gdp;
    for (const k of KEYS) expect(gdp?.[k][5]).toBe(report.targets.find((t) => t.id === 'gdp-2025-trillion')?.projected);
    expect(gdp?.varies).toBe(false);
  });

  it('matches the closed form for P(GDP 2025 ≥ 1万亿) with sd 0.02 (20,000 paths, within 3 standard errors)', async () => {
    const runs = 20000;
    const r = await mcJson('--runs', String(runs), '--sd', 'gdp=0.02', '--seed', '2024');
    const p = targetOf(r, 'gdp-2025-trillion').probability as number;
    // GDP is reported up to 2024 (9,537.12), so only 2025 is shocked: one year at 6.5% real, 0.5% prices
    const expected = normalCdf((Math.log(9537.12 * 1.065 * 1.005) - Math.log(10000)) / (0.02 * Math.sqrt(1)));
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(Math.abs(p - expected)).toBeLessThan(3 * Math.sqrt((expected * (1 - expected)) / runs));
    expect(targetOf(r, 'gdp-2025-trillion').validCount).toBe(runs);
  });

  it('orders the percentiles p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 for every indicator and year, nominal and real', async () => {
    const r = await mcJson('--runs', '2000', '--sd', 'gdp=0.02,income_urban=0.015,urbanization=0.3,@deflator=0.01');
    let checked = 0;
    for (const ind of Object.values(r.indicators)) {
      for (const table of [ind, ind.real]) {
        for (let i = 0; i < ind.years.length; i++) {
          const row = KEYS.map((k) => table[k][i]);
          if (row.some((v) => v === null)) {
            expect(row.every((v) => v === null)).toBe(true);
            continue;
          }
          for (let k = 1; k < row.length; k++) expect(row[k] as number).toBeGreaterThanOrEqual(row[k - 1] as number);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    // real and nominal differ once prices move
    expect(r.indicators.gdp?.p50[15]).not.toBe(r.indicators.gdp?.real.p50[15]);
  });

  it('takes persistence and correlations, echoes them, and persistence widens the fan', async () => {
    const base = ['--runs', '2000', '--sd', 'gdp=0.02,income_urban=0.015'];
    const r = await mcJson(...base, '--rho', 'gdp=0.3', '--corr', 'income_urban:gdp=0.8');
    expect(r.uncertainty.shocks).toEqual([
      { indicator: 'gdp', sd: 0.02, rho: 0.3 },
      { indicator: 'income_urban', sd: 0.015, rho: 0 },
    ]);
    expect(r.uncertainty.correlations).toEqual([{ a: 'income_urban', b: 'gdp', rho: 0.8 }]);
    const flat = await mcJson(...base);
    const width = (x: MonteCarloJson) => (x.indicators.gdp?.real.p95[15] as number) - (x.indicators.gdp?.real.p5[15] as number);
    expect(width(r)).toBeGreaterThan(width(flat) * 1.2);
  });

  it('accepts the seed bounds and repeated --sd flags', async () => {
    const r = await mcJson('--runs', '10', '--seed', '4294967295', '--sd', 'gdp=0.02', '--sd', 'deflator=0.01');
    expect(r.seed).toBe(4294967295);
    expect(r.uncertainty.shocks.map((s) => s.indicator)).toEqual(['gdp', '@deflator']);
    expect((await mcJson('--runs', '10', '--seed', '0')).seed).toBe(0);
  });
});

describe('montecarlo (table)', () => {
  it('prints the probability beside the deterministic verdict, the calibration, and percentiles for 2025, 2030, 2035', async () => {
    const run = await cli(['montecarlo', PLAN_FILE, '--runs', '2000']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain('模拟 2,000 条路径，随机种子 1');
    expect(out).toContain('9 年报告的实际增长率');
    expect(out).toContain('2015–2023');
    expect(out).toContain('城镇居民人均可支配收入 (income_urban)');
    const rows = out.split('\n').filter((l) => /\s(\d+\.\d%|—)\s+(达成|未达成|缺基期值)$/.test(l));
    expect(rows).toHaveLength(JSON.parse(readFileSync(PLAN_FILE, 'utf8')).targets.length);
    expect(out).toMatch(/经济总量跻身万亿元城市\s+2025\s+\d+\.\d%\s+达成/);
    const block = out.slice(out.indexOf('主要指标的分位数'));
    // The plan's charted indicators (its `charts` list: five charts, income with three lines) × its target years and period ends.
    expect(block.split('\n').filter((l) => /\s(2025|2030|2035)\s/.test(l))).toHaveLength(7 * 3);
    expect(out).toMatch(/地区生产总值\s+2025\s+亿元/);
    expect(out).toContain('P50');
    expect(out).toContain('10,207.8'); // the scenario's own path beside the percentiles
  });

  it('speaks English with --lang en and shows base-year prices with --basis real', async () => {
    const run = await cli(['montecarlo', PLAN_FILE, '--runs', '500', '--lang', 'en', '--basis', 'real', '--sd', 'gdp=0.02', '--rho', 'gdp=0.5']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('500 simulated paths, seed 1');
    expect(run.stdout).toContain('sd 2.00% a year, persistence rho = 0.5');
    expect(run.stdout).toContain('base-year prices (real)');
    expect(run.stdout).toContain('needs base');
    expect(run.stdout).not.toContain('calibrated');
  });
});

describe('montecarlo rejects bad flags with exit 1 and a message naming the flag', () => {
  const cases: [string[], string[]][] = [
    [['--runs', '0'], ['--runs', '0', '1000000']],
    [['--runs', 'abc'], ['--runs', 'abc']],
    [['--runs', '1000001'], ['--runs']],
    [['--runs', '1.5'], ['--runs']],
    [['--seed', '-1'], ['--seed', '-1', '4294967295']],
    [['--seed', '4294967296'], ['--seed']],
    [['--seed', 'x'], ['--seed']],
    [['--sd', 'gdp=x'], ['--sd', 'x']],
    [['--sd', 'gdp'], ['--sd', 'gdp']],
    [['--sd', 'nope=0.1'], ['--sd', 'nope']],
    [['--sd', 'gdp=-0.1'], ['--sd', 'gdp']],
    [['--sd', 'gdp=2'], ['--sd', 'gdp']],
    [['--sd', 'gdp_per_capita=0.1'], ['--sd', 'gdp_per_capita']],
    [['--sd', 'gdp=0.1,gdp=0.2'], ['--sd', 'gdp']],
    [['--rho', 'gdp=1'], ['--rho', 'gdp']],
    [['--rho', 'income_urban=0.3'], ['--rho', 'income_urban', '--sd']],
    [['--corr', 'a:b=2'], ['--corr']],
    [['--corr', 'gdp=0.5'], ['--corr']],
    [['--sd', 'gdp=0.02,income_urban=0.01', '--corr', 'income_urban:gdp=2'], ['--corr', '2']],
    [['--corr', 'income_urban:gdp=0.5'], ['--corr', 'income_urban']],
    [['--sd', 'gdp=0.02', '--corr', 'gdp:gdp=0.5'], ['--corr']],
    [
      ['--sd', 'gdp=0.02,deflator=0.01,income_urban=0.01', '--corr', 'gdp:deflator=0.9,gdp:income_urban=0.9,deflator:income_urban=-0.9'],
      ['--corr'],
    ],
    [['--target', 'gdp-2035-double'], ['--target']],
    [['--step', 'sd'], ['--step']],
  ];
  for (const [flags, needles] of cases) {
    it(flags.join(' '), async () => {
      expectRejected(await cli(['montecarlo', PLAN_FILE, '--runs', '10', ...flags]), ...needles);
    });
  }

  it('speaks English with --lang en', async () => {
    expectRejected(await cli(['montecarlo', PLAN_FILE, '--runs', 'abc', '--lang', 'en']), '--runs "abc" is not valid');
    expectRejected(await cli(['montecarlo', PLAN_FILE, '--sd', 'nope=0.1', '--lang', 'en']), '--sd: unknown indicator "nope"');
  });

  it('rejects an unknown scenario and a missing file like the other commands', async () => {
    expectRejected(await cli(['montecarlo', PLAN_FILE, '--scenario', 'nope', '--runs', '10']), 'nope');
    expectRejected(await cli(['montecarlo', 'does/not/exist.json', '--lang', 'en']), 'no such file');
  });
});
