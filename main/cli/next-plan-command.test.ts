/** `next-plan` and `compare` in-process on the Xuzhou plan with a 2025 GDP figure added. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, PLAN_FILE } from './test-helpers';

function planWith2025(): { dir: string; file: string } {
  const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { indicators: { id: string; actuals?: unknown[] }[] };
  plan.indicators.find((i) => i.id === 'gdp')?.actuals?.push({ year: 2025, value: 9900, realGrowth: 0.058, source: 'made for the test', status: 'preliminary' });
  const dir = mkdtempSync(join(tmpdir(), 'planpath-next-'));
  const file = join(dir, 'xuzhou.json');
  writeFileSync(file, JSON.stringify(plan));
  return { dir, file };
}

describe('next-plan', () => {
  it('writes a plan that validate accepts, based on 2025, with the 2025 figure as its base and the 2035 doublings carried', async () => {
    const { dir, file } = planWith2025();
    const out = join(dir, 'next.json');
    const run = await cli(['next-plan', file, '--out', out, '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*next\.json: base year 2025; base values from reported figures 1,/);
    const validate = await cli(['validate', out, '--lang', 'en']);
    expect(validate.code).toBe(0);
    const next = JSON.parse(readFileSync(out, 'utf8')) as { baseYear: number; indicators: { id: string; base?: { value: number | null } }[]; targets: { id: string }[] };
    expect(next.baseYear).toBe(2025);
    expect(next.indicators.find((i) => i.id === 'gdp')?.base?.value).toBe(9900);
    expect(next.targets.map((t) => t.id)).toEqual(['gdp-2035-double', 'income-2035-double']);
    for (const command of ['check', 'review']) {
      const r = await cli([command, out, '--json']);
      expect(r.code).toBe(0);
    }
    const check = JSON.parse((await cli(['check', out, '--json'])).stdout) as { targets: { id: string; target: number }[] };
    expect(check.targets.find((t) => t.id === 'gdp-2035-double')?.target).toBeCloseTo(19800, 6);
  });

  it('needs --out, and names the problem', async () => {
    const run = await cli(['next-plan', PLAN_FILE, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('the next-plan command needs --out FILE: the file to write the new plan to\n');
  });
});

describe('compare', () => {
  it('matches every indicator of the 14th plan and the next one, as a table and as JSON', async () => {
    const { dir, file } = planWith2025();
    const out = join(dir, 'next.json');
    expect((await cli(['next-plan', file, '--out', out])).code).toBe(0);
    const table = await cli(['compare', file, out, '--lang', 'en']);
    expect(table.code).toBe(0);
    // every indicator of the plan file is matched (counted from the file: the plan grows as statements are added)
    const indicatorCount = (JSON.parse(readFileSync(file, 'utf8')) as { indicators: unknown[] }).indicators.length;
    expect(table.stdout).toContain(`\n${indicatorCount} indicators matched\n`);
    expect(table.stdout).not.toMatch(/Only in/);
    const json = JSON.parse((await cli(['compare', file, out, '--json'])).stdout) as { onlyInA: string[]; onlyInB: string[]; targets: { a: { id: string; status: string } | null; b: unknown }[] };
    expect(json.onlyInA).toEqual([]);
    expect(json.onlyInB).toEqual([]);
    expect(json.targets.find((t) => t.a?.id === 'gdp-2025-trillion')?.a?.status).toBe('missed');
  });

  it('needs two files', async () => {
    const run = await cli(['compare', PLAN_FILE, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/needs two plan files/);
  });
});

describe('check on the national 15th-plan outline', () => {
  it('judges at least 15 targets, among them an intensity and the per-capita doubling relative to 2020', async () => {
    const file = new URL('../../scenarios/national-15th-fyp.json', import.meta.url).pathname;
    const run = await cli(['check', file, '--json']);
    expect(run.code).toBe(0);
    const check = JSON.parse(run.stdout) as { targets: { id: string; status: string; requiredGrowth: number | null }[] };
    const judged = check.targets.filter((t) => t.status !== 'needs-base');
    expect(judged.length).toBeGreaterThanOrEqual(15);
    const ids = judged.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['energy-intensity-15th', 'co2-intensity-15th', 'gdp-pc-2035-double-2020']));
    // from 2025: (2 / (1.08 × 1.03 × 1.054 × 1.051 × 1.051))^(1/10) − 1, the reported real growth of 2021–25
    expect(check.targets.find((t) => t.id === 'gdp-pc-2035-double-2020')?.requiredGrowth).toBeCloseTo((2 / (1.08 * 1.03 * 1.054 * 1.051 * 1.051)) ** (1 / 10) - 1, 9);
  });
});
