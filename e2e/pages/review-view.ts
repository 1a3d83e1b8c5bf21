/** The 规划评估 / Plan review tab: one row per target with value, source and verdict. */
import type { Locator, Page } from 'playwright-core';
import { until } from '../support/until';

export interface ReviewVerdict {
  status: string | null;
  projectedStatus: string | null;
  source: string | null;
  text: string;
}

export class ReviewView {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-tab-review').click();
    await this.table.waitFor();
  }

  get view(): Locator {
    return this.page.getByTestId('review-view');
  }

  get table(): Locator {
    return this.page.getByTestId('review-table');
  }

  /** 上期规划完成情况: the previous plan's outcomes (a continued plan only). */
  get outcomes(): Locator {
    return this.page.getByTestId('review-outcomes');
  }

  outcomeRow(id: string): Locator {
    return this.page.getByTestId(`outcome-row-${id}`);
  }

  row(id: string): Locator {
    return this.page.getByTestId(`review-row-${id}`);
  }

  async verdict(id: string): Promise<ReviewVerdict> {
    const tag = this.page.getByTestId(`review-status-${id}`);
    const value = this.page.getByTestId(`review-value-${id}`);
    return {
      status: await tag.getAttribute('data-status'),
      projectedStatus: await tag.getAttribute('data-projected-status'),
      source: await value.getAttribute('data-source'),
      text: await tag.innerText(),
    };
  }

  async waitForSource(id: string, source: 'reported' | 'projected'): Promise<ReviewVerdict> {
    await until(() => this.verdict(id), (v) => v.source === source, `${id} judged on ${source} figures`);
    return this.verdict(id);
  }
}
