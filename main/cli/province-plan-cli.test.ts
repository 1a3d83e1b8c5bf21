/**
 * The CLI on a plan that is not Xuzhou's (scenarios/testing/province-15th-fyp.json: no
 * `gdp`; 万亿元, 岁, shares, a flow, a derived per-head figure): check, project,
 * montecarlo (default uncertainty calibrated on the plan's lead indicator, tables over its
 * charted indicators and target years) and export, in-process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../models';
import type { CheckReport } from './check-report';
import type { ExportJson } from './export-command';
import type { MonteCarloJson } from './montecarlo-command';
import type { ProjectJson } from './project-output';
import { cli } from './test-helpers';

const PROVINCE = fileURLToPath(new URL('../../scenarios/testing/province-15th-fyp.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'planpath-province-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ok(argv: string[]): Promise<string> {
  const run = await cli(argv, { now: () => new Date('2026-03-15T08:00:00Z') });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/NaN|Infinity|undefined/);
  return run.stdout;
}

describe('the CLI on a plan without gdp', () => {
  it('check --json judges every target', async () => {
    const report = JSON.parse(await ok(['check', PROVINCE, '--json'])) as CheckReport;
    expect(report.targets.map((t) => t.id)).toHaveLength(8);
    const missed = report.targets.find((t) => t.id === 'emerging-2030');
    expect(missed?.met).toBe(false);
    expect(missed?.projected).toBeCloseTo(2.1 * 1.09 ** 5 * 1.01 ** 5, 9);
    expect(report.targets.filter((t) => t.met === true)).toHaveLength(7);
  });

  it('project --format json gives every indicator with its unit', async () => {
    const json = JSON.parse(await ok(['project', PROVINCE, '--format', 'json'])) as ProjectJson;
    expect(json.years[0]).toBe(2025);
    expect(json.years.at(-1)).toBe(2035);
    expect(json.indicators.life_expectancy?.unit).toBe('岁');
    expect(json.indicators.strategic_emerging?.unit).toBe('万亿元');
    expect(json.indicators.life_expectancy?.values[10]).toBeCloseTo(79.5 * 1.003 ** 10, 9);
  });

  it('montecarlo calibrates on the lead indicator and tabulates the charted indicators in the target years', async () => {
    const json = JSON.parse(await ok(['montecarlo', PROVINCE, '--json', '--runs', '2000', '--seed', '3'])) as MonteCarloJson;
    expect(json.uncertainty.shocks.map((s) => s.indicator)).toEqual(['strategic_emerging']);
    expect(json.uncertainty.calibration?.indicator).toBe('strategic_emerging');
    const p = json.targets.find((t) => t.id === 'emerging-2030')?.probability;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.5);

    const table = await ok(['montecarlo', PROVINCE, '--runs', '2000', '--seed', '3', '--lang', 'en']);
    const block = table.slice(table.lastIndexOf('P50'));
    for (const name of ['Value added of strategi', 'Strategic emerging indu', 'Life expectancy', 'R&D spending', 'Forest cover', 'New afforestation']) {
      expect(block).toContain(name);
    }
    expect(block).not.toContain('Resident population');
    expect(block).toMatch(/\b2030\b/);
    expect(block).toMatch(/\b2035\b/);
    expect(block).not.toMatch(/\b2025\b/);
  });

  it('export writes json and csv with every indicator and target', async () => {
    const jsonFile = join(dir, 'province.json');
    await ok(['export', PROVINCE, '--format', 'json', '--out', jsonFile]);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as ExportJson;
    expect(Object.keys(json.indicators)).toHaveLength(7);
    expect(json.targets).toHaveLength(8);

    const csvFile = join(dir, 'province.csv');
    await ok(['export', PROVINCE, '--format', 'csv', '--out', csvFile, '--lang', 'en']);
    const rows = parseCsv(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, ''));
    const text = rows.map((r) => r.join(',')).join('\n');
    expect(text).toContain('Life expectancy');
    expect(text).toContain('Forest cover');

    const xlsxFile = join(dir, 'province.xlsx');
    await ok(['export', PROVINCE, '--format', 'xlsx', '--out', xlsxFile]);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');
  });
});
