/** The scenario list: select, duplicate, rename, and the compare checkboxes. */
import type { Locator, Page } from 'playwright-core';
import { until } from '../support/until';

export class ScenarioList {
  constructor(private readonly page: Page) {}

  item(id: string): Locator {
    return this.page.getByTestId(`scenario-item-${id}`);
  }

  /** The button that selects a scenario. */
  selectButton(id: string): Locator {
    return this.item(id).locator('button.scenario-select');
  }

  compareCheck(id: string): Locator {
    return this.page.getByTestId(`compare-check-${id}`);
  }

  async ids(): Promise<string[]> {
    return this.page
      .locator('[data-testid^="scenario-item-"]')
      .evaluateAll((items) => items.map((li) => (li.getAttribute('data-testid') ?? '').replace(/^scenario-item-/, '')));
  }

  async selectedId(): Promise<string> {
    const id = await this.page.locator('li.scenario-item.selected').getAttribute('data-testid');
    return (id ?? '').replace(/^scenario-item-/, '');
  }

  async name(id: string): Promise<string> {
    return (await this.item(id).locator('.scenario-name').textContent()) ?? '';
  }

  async select(id: string): Promise<void> {
    await this.selectButton(id).click();
    await until(() => this.selectedId(), (s) => s === id, `scenario ${id} selected`);
  }

  /** Duplicate the selected scenario; resolves to the id of the copy (then selected). */
  async duplicateSelected(): Promise<string> {
    const before = await this.ids();
    await this.page.getByTestId('scenario-duplicate').click();
    const after = await until(() => this.ids(), (ids) => ids.length === before.length + 1, 'a new scenario in the list');
    const id = after.find((x) => !before.includes(x)) as string;
    await until(() => this.selectedId(), (s) => s === id, `the copy ${id} selected`);
    return id;
  }

  /** Rename the selected (editable) scenario through the rename dialog. */
  async renameSelected(name: { zh: string; en: string }): Promise<void> {
    const id = await this.selectedId();
    await this.page.getByTestId('scenario-rename').click();
    await this.page.getByTestId('rename-zh').fill(name.zh);
    await this.page.getByTestId('rename-en').fill(name.en);
    await this.page.getByTestId('rename-ok').click();
    await this.page.getByTestId('rename-zh').waitFor({ state: 'detached' });
    await until(() => this.name(id), (n) => n === name.zh || n === name.en, `scenario ${id} renamed`);
  }
}
