/**
 * A plan's own unit may be called `__proto__`, `constructor` or `toString`: every command
 * looks unit ids up as own properties (models/plan/built-in-unit.ts), so what validate
 * accepts, check, project, montecarlo, sensitivity and export run without an internal error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtInDecimals, builtInUnit, isBuiltInUnit } from '../../models/plan/built-in-unit';
import { cli, PLAN_FILE } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'planpath-unit-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PlanJson {
  units?: { id: string; name: { zh: string; en: string } }[];
  indicators: { id: string; unit: string }[];
}

function planWithUnit(id: string): string {
  const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as PlanJson;
  plan.units = [...(plan.units ?? []), { id, name: { zh: '个', en: 'items' } }];
  const gdp = plan.indicators.find((i) => i.id === 'gdp');
  if (gdp === undefined) throw new Error('no gdp indicator');
  gdp.unit = id;
  const file = join(dir, `unit-${id.replace(/\W/g, '_')}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

describe('unit ids that name Object.prototype members', () => {
  it('are no built-in unit', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(isBuiltInUnit(id)).toBe(false);
      expect(builtInUnit(id)).toBeUndefined();
      expect(builtInDecimals(id, 2)).toBe(2);
    }
    expect(builtInUnit('亿元')?.zh).toBe('亿元');
  });

  for (const id of ['__proto__', 'constructor', 'toString']) {
    it(`"${id}" passes validate, then every command runs on it (exit 0, no internal error)`, async () => {
      const file = planWithUnit(id);
      const runs = [
        ['validate', file],
        ['check', file],
        ['check', file, '--json'],
        ['project', file, '--format', 'csv'],
        ['montecarlo', file, '--runs', '50'],
        ['sensitivity', file, '--target', 'gdp-2025-trillion'],
        ['export', file, '--format', 'json', '--out', join(dir, `out-${id.replace(/\W/g, '_')}.json`)],
      ];
      for (const argv of runs) {
        const run = await cli(argv);
        expect(run.stderr, argv.join(' ')).toBe('');
        expect(run.code, argv.join(' ')).toBe(0);
      }
    });
  }
});
