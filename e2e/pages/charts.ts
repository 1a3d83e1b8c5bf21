/** The plotly charts (main view and compare view): what they draw, read from the page. */
import type { Locator, Page } from 'playwright-core';

/** The charts of the main view for the embedded plan, by their data-testid suffix. */
export const MAIN_CHART_IDS = ['gdp', 'gdp_per_capita', 'income', 'retail_sales', 'urbanization'] as const;
export type ChartId = (typeof MAIN_CHART_IDS)[number];

export interface PlottedTrace {
  name: string;
  mode: string;
  legendgroup: string;
  x: number[];
  y: (number | null)[];
}

export class Charts {
  constructor(private readonly page: Page) {}

  card(id: string): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  /** Plotly's SVG root of a chart. */
  svg(id: string): Locator {
    return this.card(id).locator('svg.main-svg').first();
  }

  /** Plotly has drawn each chart: its traces are in the SVG (the first may be an empty band or a line with no points yet, so attached, not visible). */
  async waitDrawn(ids: readonly string[] = MAIN_CHART_IDS): Promise<void> {
    for (const id of ids) await this.card(id).locator('.scatterlayer .trace').first().waitFor({ state: 'attached' });
  }

  /** The SVG path of the n-th trace's line (n = 0: the first projected line). */
  async linePath(id: string, n = 0): Promise<string | null> {
    return this.card(id).locator('.scatterlayer .trace').nth(n).locator('path.js-line').getAttribute('d');
  }

  /** Number of line paths actually drawn in the SVG (markers-only traces have none). */
  async drawnLines(id: string): Promise<number> {
    return this.card(id)
      .locator('.scatterlayer .trace path.js-line')
      .evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '').length > 0).length);
  }

  /** The data plotly was given (the graph div's `data`). */
  async traces(id: string): Promise<PlottedTrace[]> {
    return this.card(id)
      .locator('.js-plotly-plot')
      .evaluate((gd) =>
        (gd as unknown as { data: { name?: string; mode?: string; legendgroup?: string; x: number[]; y: (number | null)[] }[] }).data.map((t) => ({
          name: t.name ?? '',
          mode: t.mode ?? '',
          legendgroup: t.legendgroup ?? '',
          x: Array.from(t.x),
          y: Array.from(t.y),
        })),
      );
  }

  /** The projected lines (not target markers, the required paths or reported figures). */
  async projectedLines(id: string): Promise<PlottedTrace[]> {
    return (await this.traces(id)).filter((t) => t.mode.includes('lines') && t.legendgroup !== 'required');
  }

  async yAxisTitle(id: string): Promise<string> {
    return (await this.card(id).locator('.ytitle').textContent()) ?? '';
  }

  async title(id: string): Promise<string> {
    return (await this.card(id).locator('.panel-heading').textContent()) ?? '';
  }
}
