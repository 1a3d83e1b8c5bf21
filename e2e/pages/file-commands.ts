/**
 * New, Open, Save through the header buttons as the browser build does them: Save
 * downloads the plan file, Open picks one through a (hidden) file input.
 */
import type { Download, Locator, Page } from 'playwright-core';
import { TIMEOUTS } from '../../test-timeouts';
import { dialogOpened } from '../support/dialog';
import { clickHeaderCommand } from './header-commands';

export interface PlanFile {
  name: string;
  text: string;
}

/** The starting points of 新建规划 / New plan (scenarios/templates/index.ts). */
export type NewPlanTemplate = 'blank' | 'city-14th' | 'city-15th' | 'xuzhou' | 'national-15th';

export class FileCommands {
  constructor(private readonly page: Page) {}

  button(name: 'new' | 'open' | 'save'): Locator {
    return this.page.getByTestId(`cmd-${name}`);
  }

  /**
   * Click a header button (Save As: in the 更多 / More menu below 1600 px). The app's
   * toasts ("已保存 …") sit over the header buttons for about three seconds (see the
   * report); wait until none covers the button.
   */
  async click(name: 'new' | 'open' | 'save' | 'save-as'): Promise<void> {
    await this.page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: TIMEOUTS.wait }).catch(() => undefined);
    if (name === 'save-as') await clickHeaderCommand(this.page, 'cmd-save-as');
    else await this.button(name).click();
  }

  /** Save; resolves to the download the browser received. */
  async save(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.click('save')]);
    return download;
  }

  /** Open a file through the file input. `discard`: answer the "discard changes?" question. */
  async open(file: PlanFile, discard = false): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.click('open');
    if (discard) await this.confirmDiscard();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
  }

  /** New (新建规划): answer "discard changes?" if asked, then start from `template` in the new-plan dialog. */
  async newFile(discard = false, template: NewPlanTemplate = 'xuzhou'): Promise<void> {
    await this.click('new');
    if (discard) await this.confirmDiscard();
    await this.chooseTemplate(template);
  }

  /** The new-plan dialog: its four starting points, each `new-plan-template-<id>`. */
  get newPlanDialog(): Locator {
    return this.page.getByTestId('new-plan-dialog');
  }

  /** Choose a starting point in the open new-plan dialog and create the plan. */
  async chooseTemplate(template: NewPlanTemplate): Promise<void> {
    await this.newPlanDialog.waitFor();
    // A click during the dialog's zoom-in was lost in CI: the template chosen last time
    // stayed selected and was created instead. Click once the motion is over, and make sure.
    await dialogOpened(this.page.locator('.ant-modal', { has: this.newPlanDialog }));
    await this.page.getByTestId(`new-plan-template-${template}`).check();
    await this.page.getByTestId('new-plan-confirm').click();
    await this.newPlanDialog.waitFor({ state: 'hidden' });
  }

  /** The confirmation shown before unsaved changes are thrown away: "放弃修改" / "Discard". */
  async confirmDiscard(): Promise<void> {
    const dialog = this.page.locator('.ant-modal-confirm');
    const discard = dialog.getByRole('button', { name: /放弃修改|Discard/ });
    await dialogOpened(dialog);
    await discard.click();
    // A guard besides dialogOpened (support/dialog.ts): click again if it is still there.
    const closed = await dialog.waitFor({ state: 'detached', timeout: TIMEOUTS.wait / 3 }).then(
      () => true,
      () => false,
    );
    if (!closed) {
      if (await discard.isVisible()) await discard.click();
      await dialog.waitFor({ state: 'detached' });
    }
  }

  /** The dialog that lists a refused file's problems. */
  get issuesDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByTestId('issues-table') });
  }

  /** [field path, reason] per problem listed. */
  async issues(): Promise<[string, string][]> {
    await this.page.getByTestId('issues-table').waitFor();
    return this.page
      .getByTestId('issues-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => {
          const cells = Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim());
          return [cells[0] ?? '', cells[1] ?? ''] as [string, string];
        }),
      );
  }

  async closeIssues(): Promise<void> {
    await this.issuesDialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await this.page.getByTestId('issues-table').waitFor({ state: 'hidden' });
  }
}
