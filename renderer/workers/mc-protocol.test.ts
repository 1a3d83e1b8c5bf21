import { describe, expect, it } from 'vitest';
import { runMonteCarloAsync } from '../../models/uncertainty/monte-carlo';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { defaultPlan } from '../default-plan';
import { createMcHandler, type FromWorker, type RunRequest } from './mc-protocol';

function request(id: number, runs = 2000): RunRequest {
  const plan: Plan = defaultPlan();
  const scenario = plan.scenarios.find((s) => s.id === 'plan') as Scenario;
  return { type: 'run', id, plan, scenario, spec: { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, runs, seed: 1 };
}

describe('Monte Carlo worker protocol', () => {
  it('a run posts progress after each year, then the whole result once', async () => {
    const out: FromWorker[] = [];
    const handle = createMcHandler((m) => out.push(m));
    await handle(request(7));
    const progress = out.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(15);
    const fractions = progress.map((m) => (m.type === 'progress' ? m.fraction : 0));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    const last = out.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.id).toBe(7);
    expect(last.result.runs).toBe(2000);
    // the plan's 6.5% a year misses the doubling on its own path (1.065¹⁰ = 1.88): some paths make it, most do not
    const doubling = last.result.targets.find((t) => t.id === 'gdp-2035-double')?.probability as number;
    expect(doubling).toBeGreaterThan(0.05);
    expect(doubling).toBeLessThan(0.5);
    expect(last.ms).toBeGreaterThanOrEqual(0);
    // what crosses postMessage survives a structured clone unchanged
    expect(structuredClone(last.result)).toEqual(last.result);
  });

  it('a cancel message stops the run between years: "cancelled", and no result', async () => {
    const out: FromWorker[] = [];
    const handle = createMcHandler((m) => {
      out.push(m);
      // cancel as soon as the first year is done, as a message arriving mid-run would
      if (m.type === 'progress' && out.filter((x) => x.type === 'progress').length === 1) void handle({ type: 'cancel', id: 3 });
    });
    await handle(request(3));
    expect(out.at(-1)).toEqual({ type: 'cancelled', id: 3 });
    expect(out.some((m) => m.type === 'done')).toBe(false);
    expect(out.filter((m) => m.type === 'progress').length).toBeLessThan(4);
  });

  it('a bad uncertainty comes back as an error naming the field', async () => {
    const out: FromWorker[] = [];
    const handle = createMcHandler((m) => out.push(m));
    await handle({ ...request(5), spec: { shocks: [{ indicator: 'gdp_per_capita', sd: 0.02 }] } });
    expect(out).toEqual([{ type: 'error', id: 5, code: 'derived-indicator', detail: expect.stringContaining('gdp_per_capita') }]);
  });

  it('runs are independent: cancelling one leaves another going', async () => {
    const out: FromWorker[] = [];
    const run = (async (...args: Parameters<typeof runMonteCarloAsync>) => runMonteCarloAsync(...args)) as typeof runMonteCarloAsync;
    const handle = createMcHandler((m) => out.push(m), { run, now: () => 0 });
    const a = handle(request(1, 500));
    const b = handle(request(2, 500));
    void handle({ type: 'cancel', id: 1 });
    await Promise.all([a, b]);
    expect(out.filter((m) => m.type === 'cancelled').map((m) => m.id)).toEqual([1]);
    expect(out.filter((m) => m.type === 'done').map((m) => m.id)).toEqual([2]);
  });
});
