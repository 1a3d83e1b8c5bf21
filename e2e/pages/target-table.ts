/** The target table of the main view. */
import type { Locator, Page } from 'playwright-core';
import { until } from '../support/until';

export type TargetStatus = 'met' | 'missed' | 'needs-base';

export class TargetTable {
  constructor(private readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('section.targets-card');
  }

  get heading(): Locator {
    return this.panel.locator('.panel-heading');
  }

  get table(): Locator {
    return this.panel.locator('table');
  }

  row(id: string): Locator {
    return this.page.getByTestId(`target-row-${id}`);
  }

  statusTag(id: string): Locator {
    return this.page.getByTestId(`target-status-${id}`);
  }

  async status(id: string): Promise<TargetStatus> {
    return (await this.statusTag(id).getAttribute('data-status')) as TargetStatus;
  }

  async waitForStatus(id: string, status: TargetStatus): Promise<void> {
    await until(() => this.status(id), (s) => s === status, `${id} to be ${status}`);
  }

  /** The status tag's text colour as [r, g, b], once its colour transition has ended. */
  async statusColor(id: string): Promise<[number, number, number]> {
    const color = await this.statusTag(id).evaluate(async (el) => {
      await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
      return getComputedStyle(el).color;
    });
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b];
  }

  async required(id: string): Promise<string> {
    return this.page.getByTestId(`target-required-${id}`).innerText();
  }

  /** The text of each cell of a target's row. */
  async cells(id: string): Promise<string[]> {
    return this.row(id).locator('td').allInnerTexts();
  }

  /** Column headers, in order. */
  async headers(): Promise<string[]> {
    return (await this.table.locator('thead th').allInnerTexts()).map((t) => t.trim());
  }

  /** The cell of `id`'s row under the column headed `header`. */
  async cell(id: string, header: string): Promise<string> {
    const i = (await this.headers()).indexOf(header);
    if (i < 0) throw new Error(`no column "${header}"`);
    return (await this.cells(id))[i] ?? '';
  }

  async rowIds(): Promise<string[]> {
    return this.table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace(/^target-row-/, '')));
  }
}
