/**
 * Esc closes the topmost of Ant Design's layers: a dialog, and also a tooltip or a menu
 * (@rc-component/portal keeps one stack for all of them, and only its top hears the key).
 * In CI a hover tooltip of an icon-only header button opened just as the import dialog
 * did, under load: it took the Esc, and the dialog stayed open (session 8, header-layout).
 * A person who sees the dialog still there presses Esc again; so does this, at most three
 * times, each once the dialog has finished opening, after any tooltip or menu has gone.
 */
import type { Locator, Page } from 'playwright-core';
import { TIMEOUTS } from '../../test-timeouts';
import { motionDone } from './dialog';

const POPUPS = '.ant-tooltip:visible, .ant-dropdown:visible, .ant-popover:visible, .ant-select-dropdown:visible';

/** Closes with Esc the dialog that holds `inside`; resolves once `inside` is hidden. */
export async function escapeDialog(page: Page, inside: Locator): Promise<void> {
  await inside.waitFor();
  await motionDone(page.locator('.ant-modal', { has: inside }), 'the dialog opened (its zoom-in finished)');
  for (let attempt = 1; ; attempt++) {
    await page.locator(POPUPS).first().waitFor({ state: 'hidden', timeout: TIMEOUTS.wait / 3 }).catch(() => undefined);
    await page.keyboard.press('Escape');
    const closed = await inside.waitFor({ state: 'hidden', timeout: TIMEOUTS.wait / 3 }).then(
      () => true,
      () => false,
    );
    if (closed) return;
    if (attempt === 3) throw new Error('the dialog did not close on Esc (pressed three times)');
  }
}
