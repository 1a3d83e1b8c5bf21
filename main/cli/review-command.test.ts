/** `review` in-process on the real plan file and on a small plan with reported figures. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { cli, PLAN_FILE } from './test-helpers';

interface ReviewJson {
  plan: string;
  scenario: string;
  asOf: number;
  latestReported: number | null;
  targets: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  years: Record<string, unknown>[];
}

function smallPlanFile(): string {
  const plan = minimalPlan();
  const gdp = plan.indicators.find((i) => i.id === 'gdp');
  if (gdp === undefined) throw new Error('no gdp');
  gdp.actuals = [
    { year: 2020, value: 7400, source: 'bulletin', status: 'reported' },
    ...[2021, 2022, 2023, 2024, 2025].map((y) => ({ year: y, value: 7400 * 1.08 ** (y - 2020), realGrowth: 0.062, source: 'bulletin', status: 'reported' as const })),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'planpath-review-'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

async function reviewJson(...argv: string[]): Promise<ReviewJson> {
  const run = await cli(['review', ...argv, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/NaN|Infinity/);
  return JSON.parse(run.stdout) as ReviewJson;
}

describe('review', () => {
  it('keeps the published field names for every target', async () => {
    const r = await reviewJson(PLAN_FILE);
    expect(Object.keys(r)).toEqual(['plan', 'scenario', 'asOf', 'latestReported', 'targets', 'indicators', 'years', 'trend']);
    for (const t of r.targets) {
      for (const key of ['id', 'year', 'target', 'value', 'source', 'status', 'gap', 'gapPct', 'achievedGrowth', 'achievedGrowthNominal', 'plannedGrowth', 'requiredGrowth']) {
        expect(t, key).toHaveProperty(key);
      }
      expect(['reported', 'projected']).toContain(t.source);
      expect(['met', 'missed', 'needs-base', 'pending']).toContain(t.status);
    }
    for (const i of r.indicators) for (const key of ['id', 'reportedYears', 'cagrNominal', 'cagrReal']) expect(i).toHaveProperty(key);
  });

  it('judges a growth target on reported figures: 6.2% a year is met within 6.5% 左右', async () => {
    const r = await reviewJson(smallPlanFile());
    const growth = r.targets.find((t) => t.id === 'gdp-growth');
    expect(growth).toMatchObject({ source: 'reported', status: 'met', band: [0.06, 0.07] });
    expect(growth?.value as number).toBeCloseTo(0.062, 12);
    const trillion = r.targets.find((t) => t.id === 'gdp-trillion');
    // 7400 × 1.08^5 = 10,872.97 (JSON writes 12 significant digits)
    expect(trillion?.value as number).toBeCloseTo(7400 * 1.08 ** 5, 6);
    expect(trillion).toMatchObject({ status: 'met', source: 'reported', requiredGrowth: null });
    const gdp = r.indicators.find((i) => i.id === 'gdp');
    expect(gdp?.cagrNominal as number).toBeCloseTo(0.08, 12);
    expect(gdp?.cagrReal as number).toBeCloseTo(0.062, 12);
  });

  it('--as-of leaves later figures out: the 2025 verdict is pending again', async () => {
    const r = await reviewJson(smallPlanFile(), '--as-of', '2023');
    expect(r.asOf).toBe(2023);
    expect(r.latestReported).toBe(2023);
    expect(r.targets.find((t) => t.id === 'gdp-trillion')).toMatchObject({ status: 'pending', source: 'projected', requiredFrom: 2023 });
  });

  it('prints a table in Chinese by default, and refuses a bad year or scenario with exit 1', async () => {
    const table = await cli(['review', smallPlanFile()]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('规划评估');
    expect(table.stdout).toContain('报告');
    const badYear = await cli(['review', PLAN_FILE, '--as-of', '20x5']);
    expect(badYear.code).toBe(1);
    expect(badYear.stderr).toContain('--as-of');
    const outside = await cli(['review', PLAN_FILE, '--as-of', '1990', '--lang', 'en']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('outside');
    const badScenario = await cli(['review', PLAN_FILE, '--scenario', 'nope']);
    expect(badScenario.code).toBe(1);
  });
});

describe('review text of the national example', () => {
  it('prints 左右 bands in the target unit and an upper bound met past its band as 低于区间', async () => {
    const run = await cli(['review', PLAN_FILE.replace('xuzhou-14th-fyp.json', 'national-15th-fyp.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('85.8–86.2%');
    expect(run.stdout).toContain('71,050.0–73,950.0万吨');
    expect(run.stdout).not.toMatch(/\d,\d{3},\d{3}\.\d%/);
    const energy = run.stdout.split('\n').find((l) => l.includes('单位GDP能耗'));
    expect(energy).toContain('低于区间');
    expect(energy).not.toContain('高于区间');
  });
});
