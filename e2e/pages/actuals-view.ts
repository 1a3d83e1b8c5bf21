/** The 实际数据 / Actuals tab: the grid of reported figures, paste, the outcome list. */
import type { Locator, Page } from 'playwright-core';

export class ActualsView {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-tab-actuals').click();
    await this.grid.waitFor();
  }

  get grid(): Locator {
    return this.page.getByTestId('actuals-grid');
  }

  cell(indicator: string, year: number): Locator {
    return this.page.getByTestId(`actual-${indicator}-${year}`);
  }

  /** The figure a cell holds, or null when empty. */
  async value(indicator: string, year: number): Promise<number | null> {
    const v = await this.cell(indicator, year).getAttribute('data-value');
    return v === null ? null : Number(v);
  }

  /**
   * Paste text at a cell as Excel puts it on the clipboard (tab-separated lines): the
   * cell is clicked, the text goes on the system clipboard and Ctrl+V is pressed.
   */
  async paste(indicator: string, year: number, text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.cell(indicator, year).click();
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('Control+v');
  }

  get summary(): Locator {
    return this.page.getByTestId('actuals-summary');
  }

  /** The refused or doubtful cells listed under the grid, as "code: text". */
  async issues(): Promise<string[]> {
    const list = this.page.getByTestId('actuals-issues');
    if ((await list.count()) === 0) return [];
    return list.locator('li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-code') ?? ''}: ${li.textContent ?? ''}`));
  }
}
