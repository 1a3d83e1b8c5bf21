/**
 * Ant Design dialogs zoom in. On a loaded machine a click that landed during the zoom
 * was lost twice in CI (the dialog stayed open, its button marked clicked and deaf):
 * click a dialog's buttons only once it has opened. A person clicks a few hundred
 * milliseconds later at the earliest; Playwright clicks as soon as the button is still.
 */
import type { Locator } from 'playwright-core';
import { until } from './until';

const IN_MOTION = /-(appear|enter)(-active|-start|-prepare)?(\s|$)/;

export async function dialogOpened(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await until(() => dialog.getAttribute('class'), (c) => c !== null && !IN_MOTION.test(c), 'the dialog opened (its zoom-in finished)');
}
