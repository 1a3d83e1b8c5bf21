/**
 * A header command that may sit in the 更多 / More menu: below 1600 px wide, Save As,
 * 从文本提取目标 and 导入指标表 are items of that menu (renderer/components/header-bar.tsx),
 * from 1600 px buttons of their own. Clicks the command where it is, with the same test id.
 */
import type { Page } from 'playwright-core';

export const MORE_MENU_COMMANDS = ['cmd-save-as', 'extract-open-dialog', 'plan-import-open'] as const;
export type MoreMenuCommand = (typeof MORE_MENU_COMMANDS)[number];

export async function clickHeaderCommand(page: Page, testId: MoreMenuCommand): Promise<void> {
  const button = page.locator(`header.app-header [data-testid="${testId}"]`);
  if ((await button.count()) > 0) {
    await button.click();
    return;
  }
  await page.getByTestId('header-more').click();
  await page.locator(`.ant-dropdown-menu [data-testid="${testId}"]`).click();
}

/** 续编下一期规划 and 规划对比: always items of the 更多 / More menu. */
export async function clickPlanCommand(page: Page, testId: 'cmd-next-plan' | 'cmd-compare-plans'): Promise<void> {
  await page.getByTestId('header-more').click();
  await page.locator(`.ant-dropdown-menu [data-testid="${testId}"]`).click();
}
