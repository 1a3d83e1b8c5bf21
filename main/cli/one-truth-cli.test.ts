/** Issue 18: with a 2025 GDP figure below 1万亿 reported, `check` and `review` say missed in every scenario. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckReport } from './check-report';
import { cli, PLAN_FILE } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'planpath-truth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function planWithGdp2025(value: number): string {
  const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { indicators: { id: string; actuals?: unknown[] }[]; scenarios: { id: string }[] };
  const gdp = plan.indicators.find((i) => i.id === 'gdp');
  gdp?.actuals?.push({ year: 2025, value, realGrowth: 0.058, source: 'test', status: 'preliminary' });
  const file = join(dir, `gdp-${value}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

describe('2025 GDP reported at 9,950亿元', () => {
  const file = planWithGdp2025(9950);
  const scenarios = (JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id);

  it('check --json and review --json say missed by 50 in every built-in scenario', async () => {
    for (const id of scenarios) {
      const check = await cli(['check', file, '--scenario', id, '--json']);
      expect(check.code, check.stderr).toBe(0);
      const trillion = (JSON.parse(check.stdout) as CheckReport).targets.find((t) => t.id === 'gdp-2025-trillion');
      expect(trillion, id).toMatchObject({ met: false, status: 'missed', projected: 9950 });
      expect(trillion?.gap).toBeCloseTo(-50, 9);
      const review = await cli(['review', file, '--scenario', id, '--json']);
      expect(review.code, review.stderr).toBe(0);
      const reviewed = (JSON.parse(review.stdout) as { targets: { id: string; status: string; value: number | null }[] }).targets.find((t) => t.id === 'gdp-2025-trillion');
      expect(reviewed, id).toMatchObject({ status: 'missed', value: 9950 });
    }
  });

  it('the check table says 未达成 and no consistency note says the growth target meets it', async () => {
    const run = await cli(['check', file]);
    expect(run.code).toBe(0);
    const row = run.stdout.split('\n').find((l) => l.startsWith('经济总量跻身万亿元城市')) ?? '';
    // the table ends with the target's id column
    expect(row).toMatch(/9,950\.0.*未达成\s+gdp-2025-trillion$/);
    expect(run.stdout).toContain('未达成（差50亿元）');
    expect(run.stdout).not.toMatch(/万亿元城市.*增长目标实现即可达到/);
  });
});
