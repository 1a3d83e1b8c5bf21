/** The whole app in the page, as a user sees it: header, scenarios, assumptions, results. */
import type { Locator, Page } from 'playwright-core';
import { TIMEOUTS } from '../../test-timeouts';
import { until } from '../support/until';
import { AssumptionPanel } from './assumption-panel';
import { Charts, MAIN_CHART_IDS } from './charts';
import { CompareView } from './compare-view';
import { FileCommands } from './file-commands';
import { ScenarioList } from './scenario-list';
import { TargetTable } from './target-table';
import { openExportDialog } from '../support/export-dialog';

export class PlanPathApp {
  readonly scenarios: ScenarioList;
  readonly assumptions: AssumptionPanel;
  readonly targets: TargetTable;
  readonly charts: Charts;
  readonly compare: CompareView;
  readonly files: FileCommands;

  constructor(
    readonly page: Page,
    readonly url: string,
  ) {
    this.scenarios = new ScenarioList(page);
    this.assumptions = new AssumptionPanel(page);
    this.targets = new TargetTable(page);
    this.charts = new Charts(page);
    this.compare = new CompareView(page);
    this.files = new FileCommands(page);
  }

  async goto(): Promise<void> {
    await this.page.goto(this.url);
    await this.waitReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  /** The target table and every chart of the main view drawn. */
  async waitReady(): Promise<void> {
    await this.targets.table.locator('tbody tr').first().waitFor();
    await this.charts.waitDrawn(MAIN_CHART_IDS);
  }

  get planTitle(): Locator {
    return this.page.locator('.plan-title');
  }

  get fileName(): Locator {
    return this.page.getByTestId('file-name');
  }

  get unsavedMark(): Locator {
    return this.page.getByTestId('unsaved-mark');
  }

  get compareToggle(): Locator {
    return this.page.getByTestId('compare-toggle');
  }

  async setCompare(on: boolean): Promise<void> {
    if ((await this.compareToggle.getAttribute('aria-pressed')) !== String(on)) await this.compareToggle.click();
    if (on) await this.compare.view.waitFor();
    else await this.targets.table.waitFor();
  }

  /** Price basis: the first option of the switch is nominal, the second real. */
  async setBasis(basis: 'nominal' | 'real'): Promise<void> {
    await this.page.getByTestId('basis-switch').locator('.ant-segmented-item').nth(basis === 'nominal' ? 0 : 1).click();
    await until(() => this.basis(), (b) => b === basis, `basis ${basis}`);
  }

  async basis(): Promise<'nominal' | 'real'> {
    const i = await this.page
      .getByTestId('basis-switch')
      .locator('.ant-segmented-item')
      .evaluateAll((items) => items.findIndex((el) => el.classList.contains('ant-segmented-item-selected')));
    return i === 1 ? 'real' : 'nominal';
  }

  async setLang(lang: 'zh' | 'en'): Promise<void> {
    await this.page.getByTestId('lang-switch').getByText(lang === 'zh' ? '中文' : 'English', { exact: true }).click();
    await until(() => this.page.evaluate(() => document.documentElement.lang), (l) => l === (lang === 'zh' ? 'zh-CN' : 'en'), `language ${lang}`);
  }

  /** Move focus away from any field (so a typed value applies and shortcuts reach the app). */
  async blur(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  async undo(): Promise<void> {
    await this.blur();
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.blur();
    await this.page.keyboard.press('Control+Shift+z');
  }

  /**
   * The autosaved workspace of the browser platform: IndexedDB "planpath", store and slot
   * "workspace" (renderer/platform/workspace-slots.ts), or localStorage where there is no IndexedDB.
   */
  async autosaved(): Promise<{ planText: string; fileName: string; dirty: boolean; ui?: Record<string, unknown> } | null> {
    type Saved = { planText: string; fileName: string; dirty: boolean; ui?: Record<string, unknown> };
    return this.page.evaluate(
      () =>
        new Promise<Saved | null>((resolve) => {
          const fromLocal = () => {
            const text = localStorage.getItem('planpath:workspace');
            resolve(text === null ? null : (JSON.parse(text) as Saved));
          };
          if (typeof indexedDB === 'undefined') return fromLocal();
          const req = indexedDB.open('planpath', 1);
          req.onerror = fromLocal;
          // not created yet: do not create it here (the app's own open would then find no store)
          req.onupgradeneeded = () => req.transaction?.abort();
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('workspace')) {
              db.close();
              return fromLocal();
            }
            const get = db.transaction('workspace', 'readonly').objectStore('workspace').get('workspace');
            get.onsuccess = () => {
              db.close();
              const value = get.result as Saved | string | undefined;
              resolve(value === undefined ? null : typeof value === 'string' ? (JSON.parse(value) as Saved) : value);
            };
            get.onerror = () => resolve(null);
          };
        }),
    );
  }

  /**
   * File → Export → PDF report, as the browser build does it: the report view is laid out
   * and window.print() called (stubbed here, counted); the caller prints with page.pdf.
   */
  async printReport(): Promise<void> {
    const { page } = this;
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed += 1;
      };
    });
    await openExportDialog(page);
    await page.getByTestId('export-pdf').click();
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1, undefined, { timeout: TIMEOUTS.longWait });
  }

  /** Wait until toasts are gone and the mouse rests outside the content (for screenshots). */
  async settle(): Promise<void> {
    await this.page.mouse.move(2, 890);
    await this.page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: TIMEOUTS.wait }).catch(() => undefined);
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    // Ant Design's collapse and fade animations: wait until no finite animation runs.
    await this.page
      .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity))
      .catch(() => undefined);
  }
}
