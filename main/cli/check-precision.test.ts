import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { cli } from './test-helpers';

describe('check shows as many decimals as the verdict needs', () => {
  it('urbanization 73.000 against 73.004 (missed) shows 73.004 / 73.000 / −0.004, not 73.0 / 73.0 / 0.0', async () => {
    const plan = minimalPlan();
    (plan.targets[4] as { value: number }).value = 73.004;
    const file = join(mkdtempSync(join(tmpdir(), 'planpath-precision-')), 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = await cli(['check', file, '--lang', 'en']);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('urban-73')) ?? '';
    expect(line).toMatch(/73\.004\s+73\.000\s+-0\.004/);
    expect(line).toMatch(/missed/);
    // A verdict the usual decimals already agree with keeps them.
    const gdp = run.stdout.split('\n').find((l) => l.startsWith('gdp-trillion')) ?? '';
    expect(gdp).toMatch(/10,000\.0\s+10,138\.6\s+138\.6/);
  });
});
