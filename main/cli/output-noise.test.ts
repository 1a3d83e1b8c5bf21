/** No command prints float noise: every number of `check`, `review` and `project` output has at most 12 significant digits, gaps between equal numbers are 0. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noisyPlan, numbersIn, significantDigits } from '../../models/testing/noisy-plan';
import { cli } from './test-helpers';

const file = join(mkdtempSync(join(tmpdir(), 'planpath-noise-')), 'plan.json');
writeFileSync(file, JSON.stringify(noisyPlan()));

const noiseIn = (text: string) => numbersIn(text).filter((n) => significantDigits(n) > 12 || /^-0(\.0*)?$/.test(n));

interface TargetJson {
  id: string;
  target: number | null;
  projected: number | null;
  gap: number | null;
  gapPct: number | null;
  met: boolean | null;
}

describe('CLI output without float noise', () => {
  it('check --json: 0.065 against 0.065 with gap 0, not 0.06499999999999995 and −5.55e−17; field names unchanged', async () => {
    const run = await cli(['check', file, '--json']);
    expect(run.code).toBe(0);
    expect(noiseIn(run.stdout)).toEqual([]);
    const targets = (JSON.parse(run.stdout) as { targets: TargetJson[] }).targets;
    const growth = targets.find((t) => t.id === 'gdp-growth') as TargetJson;
    expect(growth).toMatchObject({ target: 0.065, projected: 0.065, gap: 0, gapPct: 0, met: true });
    const double = targets.find((t) => t.id === 'gdp-double') as TargetJson;
    expect(double.gap).toBe(0);
    expect(double.projected).toBe(double.target);
    expect(Object.keys(growth)).toEqual([
      'id', 'indicator', 'year', 'target', 'projected', 'met', 'gap', 'gapPct', 'onTheLine', 'requiredGrowth', 'basis', 'unit',
      'status', 'comparison', 'firstYearReached', 'requiredAnnualChange', 'sentence', 'section', 'binding',
    ]);
  });

  it('review --json', async () => {
    const run = await cli(['review', file, '--json', '--scenario', 'plan']);
    expect(run.code).toBe(0);
    expect(noiseIn(run.stdout)).toEqual([]);
    const targets = (JSON.parse(run.stdout) as { targets: { id: string; gap: number | null }[] }).targets;
    expect(targets.find((t) => t.id === 'gdp-double')?.gap).toBe(0);
  });

  it('project --format json and csv', async () => {
    for (const format of ['json', 'csv']) {
      const run = await cli(['project', file, '--format', format]);
      expect(run.code).toBe(0);
      expect(noiseIn(run.stdout)).toEqual([]);
    }
  });

  it('check as a table: no −0 in any gap', async () => {
    const run = await cli(['check', file, '--lang', 'zh']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[-−]0(\.0+)?(?![\d.])/);
  });
});
