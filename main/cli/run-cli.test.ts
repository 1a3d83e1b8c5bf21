/** runCli in-process on the real plan file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from './check-report';
import type { ProjectJson } from './project-output';
import { cli, PLAN_FILE } from './test-helpers';

const planJson = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as {
  targets: { id: string }[];
  indicators: { id: string }[];
  scenarios: { id: string }[];
};

async function checkJson(...extra: string[]): Promise<CheckReport> {
  const run = await cli(['check', PLAN_FILE, '--json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as CheckReport;
}

function target(report: CheckReport, id: string) {
  const found = report.targets.find((t) => t.id === id);
  if (!found) throw new Error(`target ${id} missing from the report`);
  return found;
}

describe('check --json', () => {
  it('reports every target of the file under the plan scenario by default', async () => {
    const report = await checkJson();
    expect(report.plan).toBe('xuzhou-14th-fyp');
    expect(report.scenario).toBe('plan');
    expect(report.targets.map((t) => t.id).sort()).toEqual(planJson.targets.map((t) => t.id).sort());
  });

  it('keeps the published field names, and never prints NaN or Infinity', async () => {
    const run = await cli(['check', PLAN_FILE, '--json']);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(Object.keys(report)).toEqual(['plan', 'scenario', 'targets', 'consistency']);
    for (const t of report.targets) {
      expect(Object.keys(t).sort()).toEqual(
        [
          'id', 'indicator', 'year', 'target', 'projected', 'met', 'gap', 'gapPct', 'onTheLine', 'requiredGrowth', 'basis', 'unit',
          'status', 'comparison', 'firstYearReached', 'requiredAnnualChange', 'sentence', 'section', 'binding',
        ].sort(),
      );
      expect(['real', 'nominal', 'none']).toContain(t.basis);
      expect(t.met === null || typeof t.met === 'boolean').toBe(true);
      if (t.status === 'needs-base') expect(t.met).toBeNull();
    }
    for (const n of report.consistency) {
      expect(Object.keys(n)).toEqual(['kind', 'severity', 'indicator', 'targets', 'message']);
      expect(n.message.zh).toBeTruthy();
      expect(n.message.en).toBeTruthy();
    }
  });

  it('gives the golden values for GDP from the reported 2024 figure: 9537.12 × 1.065 × 1.005 against 1万亿', async () => {
    const gdp = target(await checkJson('--scenario', 'plan'), 'gdp-2025-trillion');
    expect(gdp.target).toBe(10000);
    expect(gdp.projected).toBeCloseTo(9537.12 * 1.065 * 1.005, 6);
    expect(gdp.projected).toBeCloseTo(10207.82, 2);
    expect(gdp.gap).toBeCloseTo(207.82, 2);
    // the real growth 2025 needs from the reported 2024 at 0.5% prices: 10000 / 9537.12 / 1.005 − 1
    expect(gdp.requiredGrowth).toBeCloseTo(0.04332, 5);
    expect(gdp.met).toBe(true);
    expect(gdp.status).toBe('met');
    expect(gdp.basis).toBe('nominal');
    expect(gdp.unit).toBe('亿元');
    expect(gdp.sentence).toContain('万亿元');
  });

  it('needs 7.18% a year for the 2035 doubling, in real terms', async () => {
    const double = target(await checkJson(), 'gdp-2035-double');
    expect(double.requiredGrowth).toBeCloseTo(0.07177, 5);
    expect(double.basis).toBe('real');
    expect(double.year).toBe(2035);
  });

  it('reports a target without a base value as needing one: met and gap null', async () => {
    const sales = target(await checkJson(), 'pension-rate-2025');
    expect(sales.status).toBe('needs-base');
    expect(sales.met).toBeNull();
    expect(sales.projected).toBeNull();
    expect(sales.gap).toBeNull();
  });

  it('gives growth targets in fractions and says so', async () => {
    const growth = target(await checkJson(), 'gdp-growth-14th');
    expect(growth.unit).toBe('fraction');
    expect(growth.target).toBe(0.065);
  });

  it('changes results with the scenario', async () => {
    const plan = await checkJson('--scenario', 'plan');
    const slower = await checkJson('--scenario', 'slower');
    expect(slower.scenario).toBe('slower');
    const a = target(plan, 'gdp-2035-double');
    const b = target(slower, 'gdp-2035-double');
    expect(b.projected).not.toBeCloseTo(a.projected as number, 0);
    expect(a.met).toBe(false); // 6.5% a year from 2025 is 1.065¹⁰ = 1.88 times, not 2
    expect(b.met).toBe(false);
    // 2021–24 are the same reported figures in both; 2025 differs (6.5% against 5.5%)
    const trillion = (r: CheckReport) => target(r, 'gdp-2025-trillion').projected as number;
    expect(trillion(slower) / trillion(plan)).toBeCloseTo(1.055 / (1.065 * 1.005), 9);
  });

  it('includes the consistency note on the 7.18% acceleration', async () => {
    const report = await checkJson();
    const note = report.consistency.find((n) => n.kind === 'acceleration' && n.targets.includes('gdp-2035-double'));
    expect(note?.message.zh).toContain('7.18%');
  });
});

describe('check (table)', () => {
  it('prints one row per target with status words in Chinese by default, exit 0', async () => {
    const run = await cli(['check', PLAN_FILE, '--scenario', 'plan']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('经济总量跻身万亿元城市');
    expect(run.stdout).toContain('10,207.8');
    expect(run.stdout).toContain('4.33%');
    expect(run.stdout).toContain('7.18%');
    expect(run.stdout).toContain('缺基期值');
    expect(run.stdout).toContain('规划一致性检查');
    const rows = run.stdout.split('\n').filter((l) => /\s(达成|未达成|缺基期值)\s+\S+$/.test(l));
    expect(rows).toHaveLength(planJson.targets.length);
    // The last column is the target's id, as sensitivity --target takes it.
    expect(run.stdout).toMatch(/^目标\s.*\s状态\s+标识$/m);
    expect(rows.map((l) => l.split(/\s+/).pop())).toEqual(planJson.targets.map((x) => x.id));
  });

  it('still exits 0 when targets are missed, and speaks English with --lang en', async () => {
    const run = await cli(['check', PLAN_FILE, '--scenario', 'slower', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('missed');
    expect(run.stdout).toContain('needs base');
    expect(run.stdout).toContain('GDP reaches 1 trillion yuan');
  });
});

describe('project', () => {
  it('prints JSON with years 2020..2035 and the GDP path', async () => {
    const run = await cli(['project', PLAN_FILE, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    const p = JSON.parse(run.stdout) as ProjectJson;
    expect(Object.keys(p)).toEqual(['plan', 'scenario', 'basis', 'years', 'indicators', 'assumptions', 'warnings']);
    expect(p.scenario).toBe('plan');
    expect(p.basis).toBe('nominal');
    expect(p.years).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    const gdp = p.indicators.gdp;
    expect(gdp).toBeDefined();
    if (!gdp) return;
    expect(Object.keys(gdp)).toEqual(['name', 'unit', 'kind', 'basis', 'values', 'real', 'nominal', 'origin']);
    expect(gdp.name.zh).toBe('地区生产总值');
    expect(gdp.unit).toBe('亿元');
    // the reported 2020 figure, not the plan's 7,400 estimate; 2025 from the reported 2024
    expect(gdp.values[0]).toBe(7319.77);
    expect(gdp.values[5]).toBeCloseTo(10207.82, 2);
    expect(gdp.origin[0]).toBe('actual');
    expect(gdp.origin[4]).toBe('actual');
    expect(gdp.origin[5]).toBe('projected');
    expect(Object.keys(p.indicators).sort()).toEqual(planJson.indicators.map((i) => i.id).sort());
    expect(p.assumptions.deflator).toHaveLength(16);
    expect(p.assumptions.gdp).toEqual([{ from: 2021, to: 2035, value: 0.065 }]);
    // A missing base prints null, never NaN.
    expect(p.indicators.pension_payment_rate?.values.every((v) => v === null)).toBe(true);
  });

  it('prints values in the requested basis: real differs from nominal when prices rise', async () => {
    const nominal = JSON.parse((await cli(['project', PLAN_FILE, '--format', 'json', '--scenario', 'faster'])).stdout) as ProjectJson;
    const real = JSON.parse(
      (await cli(['project', PLAN_FILE, '--format', 'json', '--scenario', 'faster', '--basis', 'real'])).stdout,
    ) as ProjectJson;
    expect(real.basis).toBe('real');
    const n = nominal.indicators.gdp?.values[15] as number;
    const r = real.indicators.gdp?.values[15] as number;
    expect(n).toBeGreaterThan(r);
    expect(real.indicators.gdp?.real).toEqual(nominal.indicators.gdp?.real);
    expect((nominal.assumptions.deflator as number[])[5]).toBe(0.015);
  });

  it('prints CSV with a header and one row per indicator', async () => {
    const run = await cli(['project', PLAN_FILE, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.charCodeAt(0)).not.toBe(0xfeff); // no byte-order mark for scripts
    const lines = run.stdout.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(`indicator,unit,${Array.from({ length: 16 }, (_, i) => 2020 + i).join(',')}`);
    expect(lines).toHaveLength(1 + planJson.indicators.length);
    const gdp = (lines.find((l) => l.startsWith('gdp,')) as string).split(',');
    expect(gdp[1]).toBe('亿元');
    expect(lines.find((l) => l.startsWith('pension_payment_rate,'))).toBe(`pension_payment_rate,%${','.repeat(16)}`);
    expect(Number(gdp[2])).toBe(7319.77);
    expect(Number(gdp[7])).toBeCloseTo(10207.82, 2);
    // Industrial sales has a base now: 9000 / 1.09^5 ≈ 5849亿元 (implied, 2020); its 2025 figure of 9000 is an
    // estimate (预计), not a reported figure, so 2025 is projected from the base.
    expect(lines.find((l) => l.startsWith('industrial_sales,'))?.split(',').slice(1, 3)).toEqual(['亿元', '5849']);
  });

  it('prints a table in blocks of 8 years with thousands separators', async () => {
    const run = await cli(['project', PLAN_FILE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('地区生产总值');
    expect(run.stdout).toContain('7,319.8');
    expect(run.stdout).toContain('10,207.8');
    const headers = run.stdout.split('\n').filter((l) => l.startsWith('指标'));
    expect(headers).toHaveLength(2);
    expect(headers[0]).toMatch(/2020 +2021.*2027\s*$/);
    expect(headers[1]).toMatch(/2028 .*2035\s*$/);
  });

  it('marks reported figures, in every scenario', async () => {
    const run = await cli(['project', PLAN_FILE, '--scenario', 'slower', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('7,319.8*');
    expect(run.stdout).toContain('* reported figure');
  });
});

describe('validate and help', () => {
  it('says OK with the counts', async () => {
    const run = await cli(['validate', PLAN_FILE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `OK: 中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议 — ${planJson.indicators.length} 个指标，${planJson.targets.length} 项目标，${planJson.scenarios.length} 个情景\n`,
    );
    const en = await cli(['validate', PLAN_FILE, '--lang', 'en']);
    expect(en.stdout).toMatch(/^OK: Recommendations of the CPC Xuzhou .* — \d+ indicators, \d+ targets, 4 scenarios\n$/);
  });

  it('prints help for help, --help and -h, exit 0', async () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['check', '--help'], ['--help', '--lang', 'en']]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('npm run cli -- check');
    }
    expect((await cli(['help', '--lang', 'en'])).stdout).toContain('Exit codes');
  });
});
