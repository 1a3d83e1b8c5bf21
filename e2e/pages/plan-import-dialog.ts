/** The "导入指标表 / Import indicators" dialog: a table file, the column mapping, the preview. */
import type { Locator, Page } from 'playwright-core';
import { clickHeaderCommand } from './header-commands';

export class PlanImportDialog {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.locator('.ant-modal').filter({ has: this.page.getByTestId('plan-import-choose') });
  }

  async open(): Promise<void> {
    await clickHeaderCommand(this.page, 'plan-import-open');
    await this.page.getByTestId('plan-import-choose').waitFor();
  }

  /** Choose a table file through the file chooser; resolves when the preview is shown. */
  async choose(name: string, bytes: Uint8Array, mimeType = 'text/csv'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('plan-import-choose').click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(bytes) });
    await this.summary.waitFor();
  }

  /** What column `col` (0-based) holds: a role of models/plan-import. */
  role(col: number): Locator {
    return this.page.getByTestId(`plan-import-role-${col}`);
  }

  async setRole(col: number, role: string): Promise<void> {
    await this.role(col).selectOption(role);
  }

  get summary(): Locator {
    return this.page.getByTestId('plan-import-summary');
  }

  row(sheetRow: number): Locator {
    return this.page.getByTestId(`plan-import-row-${sheetRow}`);
  }

  /** The problems listed under the preview, as "row:code". */
  async problems(): Promise<string[]> {
    const list = this.page.getByTestId('plan-import-problems');
    if ((await list.count()) === 0) return [];
    return list.locator('li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-row') ?? ''}:${li.getAttribute('data-code') ?? ''}`));
  }

  async accept(): Promise<void> {
    await this.page.getByTestId('plan-import-accept').click();
    await this.summary.waitFor({ state: 'hidden' });
  }
}
