/**
 * Main-thread CPU of the page, as Chromium counts it (the figures issue 11 asks for
 * beside wall times):
 *
 * - Per interaction: CDP `Performance.getMetrics` before and after. `ThreadTime` is the
 *   CPU time of the renderer's main thread; `TaskDuration` the wall time of its tasks
 *   (which on a loaded machine also counts time spent waiting for a core). The cost of
 *   the DevTools commands themselves (`DevToolsCommandDuration`) is taken out of the task
 *   time.
 * - Cold load: a trace (`devtools.timeline`), whose top-level `RunTask` events on the
 *   page's main thread carry their thread CPU time (`tdur`); summed from the start of
 *   the navigation up to a `performance.mark` the page sets.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface CpuSample {
  /** Main-thread CPU time (ms). */
  thread: number;
  /** Main-thread task time, wall clock, DevTools commands left out (ms). */
  task: number;
  /** Of which JavaScript (ms). */
  script: number;
  /** Of which layout and style recalculation (ms). */
  layout: number;
  layoutCount: number;
  styleCount: number;
}

export async function cpuSession(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return session;
}

export async function cpuNow(session: CDPSession): Promise<CpuSample> {
  const { metrics } = await session.send('Performance.getMetrics');
  const m = new Map(metrics.map((x) => [x.name, x.value]));
  const s = (name: string) => (m.get(name) ?? 0) * 1000;
  return {
    thread: s('ThreadTime'),
    task: s('TaskDuration') - s('DevToolsCommandDuration'),
    script: s('ScriptDuration'),
    layout: s('LayoutDuration') + s('RecalcStyleDuration'),
    layoutCount: m.get('LayoutCount') ?? 0,
    styleCount: m.get('RecalcStyleCount') ?? 0,
  };
}

export function cpuDelta(after: CpuSample, before: CpuSample): CpuSample {
  return {
    thread: after.thread - before.thread,
    task: after.task - before.task,
    script: after.script - before.script,
    layout: after.layout - before.layout,
    layoutCount: after.layoutCount - before.layoutCount,
    styleCount: after.styleCount - before.styleCount,
  };
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frame?: string; url?: string } };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

export async function startCpuTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
}

/**
 * Main-thread CPU (ms) of the renderer that set the marks, from the navigation's start
 * (the first task after the `navigationStart` mark, else the trace's start) up to each
 * mark; a task the mark falls in counts in proportion.
 */
export async function stopCpuTrace(browser: Browser, marks: readonly string[]): Promise<Record<string, number>> {
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const markAt = new Map<string, TraceEvent>();
  for (const e of events) if (marks.includes(e.name) && (e.cat ?? '').includes('blink.user_timing') && !markAt.has(e.name)) markAt.set(e.name, e);
  const out: Record<string, number> = {};
  for (const name of marks) {
    const mark = markAt.get(name);
    if (mark === undefined) throw new Error(`trace has no mark ${name}`);
    const thread = `${mark.pid}:${mark.tid}`;
    if (!mainThreads.has(thread)) throw new Error(`mark ${name} is not on a renderer main thread`);
    const nav = events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === thread);
    const from = nav?.ts ?? 0;
    let cpu = 0;
    for (const e of events) {
      if (e.ph !== 'X' || e.name !== 'RunTask' || `${e.pid}:${e.tid}` !== thread) continue;
      const end = e.ts + (e.dur ?? 0);
      if (end < from || e.ts > mark.ts) continue;
      const cpuOf = e.tdur ?? e.dur ?? 0;
      const share = e.ts >= from && end <= mark.ts ? 1 : Math.max(0, Math.min(end, mark.ts) - Math.max(e.ts, from)) / Math.max(1, e.dur ?? 1);
      cpu += cpuOf * share;
    }
    out[name] = cpu / 1000;
  }
  return out;
}
