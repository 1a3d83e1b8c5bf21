/** The "从文本提取目标 / Extract targets from text" dialog. */
import type { Locator, Page } from 'playwright-core';
import { clickHeaderCommand } from './header-commands';

export class ExtractDialog {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.locator('.ant-modal').filter({ has: this.page.getByTestId('extract-text').or(this.page.getByTestId('extract-summary')) });
  }

  async open(): Promise<void> {
    await clickHeaderCommand(this.page, 'extract-open-dialog');
    await this.page.getByTestId('extract-text').waitFor();
  }

  /** Paste a text and extract; resolves when the candidates are listed. */
  async extract(text: string): Promise<void> {
    await this.page.getByTestId('extract-text').fill(text);
    await this.page.getByTestId('extract-run').click();
    await this.page.getByTestId('extract-summary').waitFor();
  }

  /** The ids of the listed candidates, in order. */
  async rowIds(): Promise<string[]> {
    const ids = await this.page.locator('[data-testid^="extract-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('extract-row-', ''));
  }

  /** The whole sentence of a candidate (the row shows the part around the number). */
  async sentence(id: string): Promise<string> {
    return (await this.page.getByTestId(`extract-sentence-${id}`).getAttribute('data-sentence')) ?? '';
  }

  async pick(id: string): Promise<void> {
    await this.page.getByTestId(`extract-pick-${id}`).check();
  }

  async accept(): Promise<void> {
    await this.page.getByTestId('extract-accept').click();
    await this.page.getByTestId('extract-summary').waitFor({ state: 'hidden' });
  }
}
