/**
 * Ant Design dialogs zoom in, and select dropdowns slide in. On a loaded machine a click
 * that landed during the motion was lost in CI (a dialog stayed open, its button marked
 * clicked and deaf; a dropdown option was hovered, not chosen): click inside them only
 * once the motion is over. A person clicks a few hundred milliseconds later at the
 * earliest; Playwright clicks as soon as the target is still.
 */
import type { Locator } from 'playwright-core';
import { until } from './until';

const IN_MOTION = /-(appear|enter)(-active|-start|-prepare)?(\s|$)/;

/** Waits until `el` is in the page and its opening motion (appear or enter classes) is over. */
export async function motionDone(el: Locator, what: string): Promise<void> {
  await el.waitFor();
  await until(() => el.getAttribute('class'), (c) => c !== null && !IN_MOTION.test(c), what);
}

export async function dialogOpened(dialog: Locator): Promise<void> {
  await motionDone(dialog, 'the dialog opened (its zoom-in finished)');
}
