/**
 * Issue 20: the reported figures kept as history. The embedded Xuzhou plan (2020-based)
 * shows its 13th-period figures (2015–2019) before the base year; 更多 → 续编下一期规划
 * makes a 2025-based plan whose GDP chart shows the reported 2020–2024 figures and the
 * 2025 base value before the 2026–2035 projection, the history part shaded up to a
 * base-year guide, 报告数 / 规划期 named above the plot, and each figure's status on hover.
 * The national example shows its 2021–2024 bulletin figures the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickPlanCommand } from './pages/header-commands';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import { exportVia as exportViaDialog } from './support/export-dialog';

let s: Session;

interface DrawnChart {
  traces: { name: string; mode: string; legendgroup: string; x: number[]; y: (number | null)[]; text: string[] }[];
  xRange: number[];
  annotations: string[];
  shapes: { type: string; x0: number; x1: number }[];
}

/** What plotly was given for one chart: its traces, x range, annotations and shapes. */
async function drawn(id: string): Promise<DrawnChart> {
  return s.app.charts
    .card(id)
    .locator('.js-plotly-plot')
    .evaluate((el) => {
      type Gd = {
        data: { name?: string; mode?: string; legendgroup?: string; x: number[]; y: (number | null)[]; text?: string[] }[];
        layout: { xaxis?: { range?: number[] }; annotations?: { text: string }[]; shapes?: { type: string; x0: number; x1: number }[] };
      };
      const gd = el as unknown as Gd;
      return {
        traces: gd.data.map((t) => ({
          name: t.name ?? '',
          mode: t.mode ?? '',
          legendgroup: t.legendgroup ?? '',
          x: Array.from(t.x),
          y: Array.from(t.y),
          text: Array.isArray(t.text) ? t.text.map(String) : [],
        })),
        xRange: Array.from(gd.layout.xaxis?.range ?? []),
        annotations: (gd.layout.annotations ?? []).map((a) => a.text),
        shapes: (gd.layout.shapes ?? []).map((sh) => ({ type: sh.type, x0: sh.x0, x1: sh.x1 })),
      };
    });
}

/** The reported figures drawn before the base year. */
const historyOf = (c: DrawnChart, baseYear: number) => c.traces.filter((t) => t.legendgroup === 'actual' && t.x.some((x) => x < baseYear));
const projectedOf = (c: DrawnChart) => c.traces.find((t) => t.mode === 'lines' && t.legendgroup !== 'required');

/** The dialog with this test id is in the page and no animation runs in or around it. */
async function dialogOpened(testId: string): Promise<void> {
  await s.page.getByTestId(testId).waitFor();
  await until(
    () =>
      s.page.evaluate((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (el === null) return -1;
        return document.getAnimations().filter((a) => {
          const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
          return target !== null && (target.contains(el) || el.contains(target));
        }).length;
      }, testId),
    (n) => n === 0,
    `${testId} opened`,
  );
}

/** Hover the n-th point of a chart's trace and return plotly's hover label. */
async function hoverPoint(chartId: string, trace: number, point: number): Promise<string> {
  const card = s.app.charts.card(chartId);
  await card.locator('.scatterlayer .trace').nth(trace).locator('path.point').nth(point).hover({ force: true });
  const label = card.locator('.hoverlayer .hovertext');
  await label.first().waitFor();
  return (await label.first().textContent()) ?? '';
}

const exportVia = (testId: string): Promise<Download> => exportViaDialog(s.page, testId);

const xuzhouGdp = (): { year: number; value: number }[] => {
  const plan = JSON.parse(readFileSync(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as {
    indicators: { id: string; actuals?: { year: number; value: number }[] }[];
  };
  return plan.indicators.find((i) => i.id === 'gdp')?.actuals ?? [];
};

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('reported figures before the base year, on the projection charts', () => {
  it('the Xuzhou 14th plan (2020-based): its 2015–2019 figures before the 2020–2035 line, the 2020–2024 figures as before', async () => {
    const gdp = await drawn('gdp');
    const history = historyOf(gdp, 2020);
    expect(history.map((t) => t.x)).toEqual([[2015, 2016, 2017, 2018, 2019]]);
    expect(history[0]?.y).toEqual(xuzhouGdp().filter((a) => a.year >= 2015 && a.year < 2020).map((a) => a.value));
    expect(projectedOf(gdp)?.x[0]).toBe(2020);
    expect(gdp.xRange).toEqual([2014.5, 2035.5]);
    expect(gdp.annotations).toEqual(['报告数', '规划期']);
    await s.app.charts.card('gdp').screenshot({ path: path.join(screenshotDir(), 'chart-history-xuzhou-14th.png') });
  });

  it('续编下一期规划: the GDP chart shows the reported 2020–2024 figures and the 2025 base value, then the 2026–2035 projection', async () => {
    const { page, app } = s;
    await clickPlanCommand(page, 'cmd-next-plan');
    await dialogOpened('next-plan-dialog');
    await page.getByTestId('next-plan-ok').click();
    await page.getByTestId('next-plan-dialog').waitFor({ state: 'hidden' });
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('续编'), 'the next plan open');
    const gdp = await until(() => drawn('gdp'), (c) => projectedOf(c)?.x[0] === 2025, 'the 2025-based GDP chart');

    const history = historyOf(gdp, 2025);
    expect(history).toHaveLength(1);
    const [points] = history;
    expect(points?.x).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const line = projectedOf(gdp);
    const reported = xuzhouGdp().filter((a) => a.year >= 2020 && a.year <= 2024).map((a) => a.value);
    expect(points?.y).toEqual([...reported, line?.y[0]]);
    expect(line?.x).toEqual(Array.from({ length: 11 }, (_, i) => 2025 + i));
    // Nothing before 2020 (the file still holds GDP from 2015).
    expect(gdp.traces.every((t) => t.x.every((x) => x >= 2020))).toBe(true);
    expect(gdp.xRange).toEqual([2019.5, 2035.5]);
    expect(gdp.shapes).toContainEqual({ type: 'rect', x0: 2019.5, x1: 2025 });
    expect(gdp.shapes).toContainEqual({ type: 'line', x0: 2025, x1: 2025 });
    expect(gdp.annotations).toEqual(['报告数', '规划期']);
    expect(points?.text.at(-1)).toBe('（基期，预计）');

    // Hover: the 2021 figure with its status.
    const traceIndex = gdp.traces.indexOf(points!);
    const hover = await hoverPoint('gdp', traceIndex, 1);
    expect(hover).toContain('2021');
    expect(hover).toMatch(/统计数据 · 地区生产总值.*2021: 8,117\.4（(未核实|初步核算|公布|修订|最终核实)）/);
    await app.charts.card('gdp').screenshot({ path: path.join(screenshotDir(), 'chart-history-next-plan.png') });
    await page.mouse.move(0, 0);
    expect(s.problems).toEqual([]);
  });

  it('the exported SVG and the PDF report draw the same history, the guide and the part names', async () => {
    const { page, app } = s;
    const download = await exportVia('export-svg');
    expect(download.suggestedFilename()).toMatch(/-gdp-nominal\.svg$/);
    const file = path.join(screenshotDir(), 'chart-history-export.svg');
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1] ?? '');
    expect(texts).toEqual(expect.arrayContaining(['报告数', '规划期', '2020', '2025', '2035']));
    // The PNG of the same chart, for a person to look at.
    const png = await exportVia('export-png');
    await png.saveAs(path.join(screenshotDir(), 'chart-history-export.png'));

    await app.printReport();
    const chart = page.getByTestId('report-view').locator('[data-testid="report-chart-gdp"] img');
    const src = (await chart.getAttribute('src')) ?? '';
    const reportSvg = decodeURIComponent(src.replace(/^data:image\/svg\+xml(;charset=utf-8)?,/, ''));
    expect(reportSvg).toContain('报告数');
    expect(reportSvg).toContain('规划期');
    writeFileSync(path.join(screenshotDir(), 'chart-history-report.svg'), reportSvg);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByTestId('report-view').waitFor({ state: 'detached' });
  });

  it('in English: the parts are named Reported history / Plan period', async () => {
    const { app } = s;
    await app.setLang('en');
    const gdp = await until(() => drawn('gdp'), (c) => c.annotations[0] === 'Reported history', 'English labels');
    expect(gdp.annotations).toEqual(['Reported history', 'Plan period']);
    await app.charts.card('gdp').screenshot({ path: path.join(screenshotDir(), 'chart-history-next-plan-en.png') });
    await app.setLang('zh');
  });

  it('the national example (2025-based): its 2021–2024 bulletin figures before the 2025 base', async () => {
    const { page, app } = s;
    await app.files.newFile(true, 'national-15th');
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('十五'), 'the national plan open');
    await app.charts.waitDrawn(['gdp_per_capita']);
    const perCapita = await until(() => drawn('gdp_per_capita'), (c) => projectedOf(c)?.x[0] === 2025, 'the national per-capita GDP chart');
    expect(historyOf(perCapita, 2025).map((t) => t.x)).toEqual([[2021, 2022, 2023, 2024]]);
    expect(perCapita.xRange).toEqual([2019.5, 2035.5]);
    await page.screenshot({ path: path.join(screenshotDir(), 'chart-history-national.png') });
    expect(s.problems).toEqual([]);
  });
});
