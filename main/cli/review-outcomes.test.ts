/** `review` of a plan made by `next-plan`: the previous plan's outcomes in the text and in the JSON. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, PLAN_FILE } from './test-helpers';

async function nextPlanFile(): Promise<string> {
  const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { indicators: { id: string; actuals?: unknown[] }[] };
  plan.indicators.find((i) => i.id === 'gdp')?.actuals?.push({ year: 2025, value: 9900, realGrowth: 0.058, source: 'made for the test', status: 'preliminary' });
  const dir = mkdtempSync(join(tmpdir(), 'planpath-outcomes-'));
  const file = join(dir, 'xuzhou.json');
  writeFileSync(file, JSON.stringify(plan));
  const out = join(dir, 'next.json');
  const run = await cli(['next-plan', file, '--out', out, '--lang', 'en']);
  expect(run.code).toBe(0);
  return out;
}

interface Outcome {
  target: string;
  value: number | null;
  threshold: number | null;
  status: string;
  band?: [number, number] | null;
  binding?: string;
}

describe('review of a continued plan', () => {
  it('prints the previous plan’s outcomes under the review table, and carries them in --json', async () => {
    const file = await nextPlanFile();
    const text = await cli(['review', file, '--lang', 'zh']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('上期规划完成情况（《中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，2021—2025年）');
    expect(text.stdout).toMatch(/达成 \d+ · 未达成 \d+ · .*（共26项）/);
    const line = text.stdout.split('\n').find((l) => l.startsWith('经济总量跻身万亿元城市'));
    expect(line).toMatch(/^经济总量跻身万亿元城市\s+预期性\s+2025\s+9,900\.0亿元\s+≥ 10,000\.0亿元\s+未达成\s+6\.23%（2020—2025）$/);
    expect(text.stdout).toMatch(/地区生产总值年均增长6\.5%左右.*6\.0–7\.0%（左右）\s+达成/);

    const run = await cli(['review', file, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { predecessor?: { planId: string; period: { start: number; end: number }; counts: Record<string, number>; outcomes: Outcome[] } };
    expect(json.predecessor?.planId).toBe('xuzhou-14th-fyp');
    expect(json.predecessor?.period).toMatchObject({ start: 2021, end: 2025 });
    expect(json.predecessor?.outcomes).toHaveLength(26);
    const c = json.predecessor?.counts ?? {};
    expect((c.met ?? 0) + (c.missed ?? 0) + (c.pending ?? 0) + (c.needsBase ?? 0)).toBe(c.total);
    expect(json.predecessor?.outcomes.find((o) => o.target === 'gdp-2025-trillion')).toMatchObject({ value: 9900, threshold: 10000, status: 'missed', binding: 'expected' });
    expect(json.predecessor?.outcomes.find((o) => o.target === 'gdp-growth-14th')?.band?.map((v) => Number(v.toFixed(4)))).toEqual([0.06, 0.07]);
  });

  it('adds nothing for a plan that continues none', async () => {
    const text = await cli(['review', PLAN_FILE, '--lang', 'zh']);
    expect(text.stdout).not.toContain('上期规划完成情况');
    const json = JSON.parse((await cli(['review', PLAN_FILE, '--json'])).stdout) as Record<string, unknown>;
    expect('predecessor' in json).toBe(false);
  });
});
