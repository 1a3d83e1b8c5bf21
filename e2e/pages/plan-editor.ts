/** 规划编辑 / the plan editor tab: its sections, fields by path, selects, the add dialogs and field messages. */
import { motionDone } from '../support/dialog';
import type { Locator, Page } from 'playwright-core';

/** The testid of a field from its path, as renderer/plan-editor/fields.tsx makes it. */
export const fieldTestId = (path: string): string => `pe-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/** Between keys typed: a fast typist's pace, so that the time from a key to its frame is not a queue of keys. */
export const TYPING_DELAY_MS = 100;

export class PlanEditor {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('plan-editor');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view-tab-plan').click();
    await this.root.waitFor();
  }

  async section(name: 'general' | 'indicators' | 'targets'): Promise<void> {
    const label = { general: /概况|Overview/, indicators: /^(指标|Indicators)/, targets: /^(目标|Targets)/ }[name];
    await this.root.getByRole('tab', { name: label }).click();
  }

  field(path: string): Locator {
    return this.page.getByTestId(fieldTestId(path));
  }

  error(path: string): Locator {
    return this.page.getByTestId(`${fieldTestId(path)}-error`);
  }

  warning(path: string): Locator {
    return this.page.getByTestId(`${fieldTestId(path)}-warning`);
  }

  fix(path: string): Locator {
    return this.page.getByTestId(`${fieldTestId(path)}-fix`);
  }

  /** Replace a text field's content by typing it key by key, as a fast typist does (ten keys a second). */
  async type(path: string, text: string): Promise<void> {
    const f = this.field(path);
    await f.click();
    await f.press('ControlOrMeta+a');
    await f.press('Backspace');
    await f.pressSequentially(text, { delay: TYPING_DELAY_MS });
  }

  /** Choose an option of an antd select (by its testid) by the option's visible text. */
  async choose(select: Locator, option: string | RegExp, search?: string): Promise<void> {
    await select.click();
    // The open dropdown (closed ones stay in the page, hidden), once it has slid in.
    await motionDone(this.page.locator('.ant-select-dropdown:visible').last(), 'the dropdown opened (its slide-in finished)');
    // Long lists are virtual: only the options in view exist; a search brings the one wanted there.
    if (search !== undefined) await this.page.keyboard.type(search);
    // Closed dropdowns stay in the page: only the option in view counts.
    const opt = this.page.locator('.ant-select-dropdown .ant-select-item-option:visible').filter({ hasText: option }).first();
    await opt.click();
    await opt.waitFor({ state: 'hidden' });
  }

  async chooseField(path: string, option: string | RegExp, search?: string): Promise<void> {
    await this.choose(this.field(path), option, search);
  }

  /** Add a target through the dialog. */
  async addTarget(spec: { indicator: string | RegExp; type: string | RegExp; period?: string | RegExp; value: string }): Promise<void> {
    await this.page.getByTestId('pe-add-target').click();
    await this.choose(this.page.getByTestId('pe-new-indicator'), spec.indicator, typeof spec.indicator === 'string' ? spec.indicator : undefined);
    await this.choose(this.page.getByTestId('pe-new-type'), spec.type);
    if (spec.period !== undefined) await this.choose(this.page.getByTestId('pe-new-period'), spec.period);
    await this.page.getByTestId('pe-new-value').fill(spec.value);
    await this.page.getByTestId('pe-add-target-ok').click();
    await this.page.getByTestId('pe-new-value').waitFor({ state: 'hidden' });
  }
}
