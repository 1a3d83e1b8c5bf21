import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { cli } from './test-helpers';

describe('validate prints warnings that do not block', () => {
  it('a growth of 6 and a tolerance on a multiple target: exit 0, each warning with its field and fix', async () => {
    const plan = minimalPlan();
    (plan.scenarios[0] as (typeof plan.scenarios)[number]).assumptions.gdp = [{ period: '14th', value: 6 }];
    Object.assign(plan.targets[2] as object, { tolerance: 0.005 });
    const file = join(mkdtempSync(join(tmpdir(), 'planpath-warn-')), 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const en = await cli(['validate', file, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('warning: scenarios[0].assumptions.gdp[0].value: a growth rate of 6 is 600% a year: did you mean 6% = 0.06?');
    expect(en.stdout).toContain('(fix: scenarios[0].assumptions.gdp[0].value = 0.06)');
    expect(en.stdout).toContain('warning: targets[2].tolerance:');
    expect(en.stdout).toContain('(fix: remove targets[2].tolerance)');
    const zh = await cli(['validate', file]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('提醒: scenarios[0].assumptions.gdp[0].value: 增长率 6 即每年 600%；是否应为 6% = 0.06？');
  });
});
