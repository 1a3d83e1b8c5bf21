/** Compare mode: overlaid charts, the differences by year, the assumptions that differ. */
import type { Locator, Page } from 'playwright-core';

export class CompareView {
  constructor(private readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('compare-view');
  }

  get diffTable(): Locator {
    return this.page.getByTestId('compare-diff-table');
  }

  get indicator(): Locator {
    return this.page.getByTestId('compare-indicator');
  }

  get assumptionDiff(): Locator {
    return this.page.getByTestId('assumption-diff');
  }

  async diffHeaders(): Promise<string[]> {
    return (await this.diffTable.locator('thead th').allInnerTexts()).map((t) => t.trim());
  }

  /** Rows of the differences table: cell texts. */
  async diffRows(): Promise<string[][]> {
    return this.diffTable
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())));
  }

  async assumptionRows(): Promise<string[][]> {
    return this.assumptionDiff
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())));
  }
}
