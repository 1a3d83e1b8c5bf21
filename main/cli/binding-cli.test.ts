/** 约束性 / 预期性 in the CLI: check (JSON and table), review (JSON and table), export json; on the Xuzhou plan (5 binding, 23 expected). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from './check-report';
import type { ExportJson } from './export-command';
import { cli, PLAN_FILE } from './test-helpers';

const planJson = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { targets: { id: string; binding?: 'binding' | 'expected' }[] };
const marks = planJson.targets.map((t) => [t.id, t.binding ?? null]);

describe('binding in the CLI', () => {
  it('check --json carries each target’s binding as the plan marks it', async () => {
    const run = await cli(['check', PLAN_FILE, '--scenario', 'plan', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report.targets.map((t) => [t.id, t.binding])).toEqual(marks);
    expect(report.targets.filter((t) => t.binding === 'binding').map((t) => t.id)).toContain('farmland-14th');
    expect(report.targets.filter((t) => t.binding === 'binding')).toHaveLength(5);
  });

  it('check prints a 属性 column and counts each group apart under the total', async () => {
    const run = await cli(['check', PLAN_FILE, '--scenario', 'plan']);
    expect(run.stdout).toMatch(/^目标\s+属性\s+年份\s.*\s状态\s+标识$/m);
    const farmland = run.stdout.split('\n').find((l) => l.endsWith(' farmland-14th'));
    expect(farmland).toMatch(/\s约束性\s/);
    const total = run.stdout.match(/共 (\d+) 项目标：达成 (\d+)，未达成 (\d+)，缺基期值 (\d+)/)?.slice(1).map(Number) ?? [];
    const groups = [...run.stdout.matchAll(/^ {2}(约束性|预期性) (\d+) 项：达成 (\d+)，未达成 (\d+)，缺基期值 (\d+)$/gm)].map((m) => m.slice(2).map(Number));
    expect(groups.map((g) => g[0])).toEqual([5, 23]);
    expect([0, 1, 2, 3].map((i) => groups.reduce((n, g) => n + (g[i] ?? 0), 0))).toEqual(total);
    const en = await cli(['check', PLAN_FILE, '--scenario', 'plan', '--lang', 'en']);
    expect(en.stdout).toMatch(/^ {2}binding, 5: \d+ met, \d+ missed, \d+ need a base value$/m);
  });

  it('review --json and export --format json carry it too', async () => {
    const review = await cli(['review', PLAN_FILE, '--scenario', 'plan', '--as-of', '2026', '--json']);
    const json = JSON.parse(review.stdout) as { targets: { id: string; binding: string | null }[] };
    expect(new Map(json.targets.map((t) => [t.id, t.binding]))).toEqual(new Map(marks as [string, string | null][]));
    const table = await cli(['review', PLAN_FILE, '--scenario', 'plan', '--as-of', '2026', '--lang', 'en']);
    expect(table.stdout).toMatch(/^Target\s+Binding\s+Year\s/m);
    const file = join(mkdtempSync(join(tmpdir(), 'planpath-binding-')), 'plan.json');
    expect((await cli(['export', PLAN_FILE, '--format', 'json', '--out', file])).code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as ExportJson).targets.map((t) => [t.id, t.binding])).toEqual(marks);
  });
});
