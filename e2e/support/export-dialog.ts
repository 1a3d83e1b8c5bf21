/**
 * The 导出 / Export dialog, opened from the header. Its buttons are clicked once the
 * dialog's zoom-in is over: under the load of a full run in CI a click during the motion
 * was lost (no download came, and the next test found the dialog still open).
 */
import type { Download, Page } from 'playwright-core';
import { TIMEOUTS } from '../../test-timeouts';
import { motionDone } from './dialog';

/** Opens the export dialog once no toast covers the header; resolves when it has finished opening. */
export async function openExportDialog(page: Page): Promise<void> {
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: TIMEOUTS.wait }).catch(() => undefined);
  await page.getByTestId('export-menu').click();
  await motionDone(page.locator('.ant-modal', { has: page.getByTestId('export-pdf') }), 'the export dialog opened (its zoom-in finished)');
}

/** Opens the export dialog and clicks one of its buttons; resolves to the download. */
export async function exportVia(page: Page, testId: string): Promise<Download> {
  await openExportDialog(page);
  const button = page.getByTestId(testId);
  await button.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUTS.longWait }), button.click()]);
  return download;
}
