/**
 * The assumption panel: for each indicator (or "deflator") and plan period ("14th",
 * "15th", "16th"), a slider and an exact numeric input. Values are as shown (percent for
 * growth and the deflator). A typed value applies on Enter or when the field is left.
 */
import type { Locator, Page } from 'playwright-core';
import { until } from '../support/until';

export class AssumptionPanel {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('section.assumption-panel');
  }

  get title(): Locator {
    return this.section.locator('h2.panel-title');
  }

  row(key: string, span: string): Locator {
    return this.page.getByTestId(`assumption-${key}-${span}`);
  }

  input(key: string, span: string): Locator {
    return this.page.getByTestId(`assumption-${key}-${span}-input`);
  }

  error(key: string, span: string): Locator {
    return this.page.getByTestId(`assumption-${key}-${span}-input-error`);
  }

  slider(key: string, span: string): Locator {
    return this.page.getByTestId(`assumption-${key}-${span}-slider`).getByRole('slider');
  }

  async value(key: string, span: string): Promise<number> {
    return Number(await this.input(key, span).inputValue());
  }

  async waitForValue(key: string, span: string, value: number, tolerance = 1e-9): Promise<void> {
    await until(() => this.value(key, span), (v) => Math.abs(v - value) <= tolerance, `${key} ${span} = ${value}`);
  }

  /** Type a value and press Enter. */
  async set(key: string, span: string, value: number | string): Promise<void> {
    const input = this.input(key, span);
    await input.fill(String(value));
    await input.press('Enter');
  }

  /** Type text without applying it (no Enter, focus stays). */
  async type(key: string, span: string, text: string): Promise<void> {
    await this.input(key, span).fill(text);
  }

  async sliderValue(key: string, span: string): Promise<number> {
    return Number(await this.slider(key, span).getAttribute('aria-valuenow'));
  }

  /** Drag a slider's handle with the mouse, in steps, to the position of `value`. */
  async drag(key: string, span: string, value: number): Promise<void> {
    const handle = this.slider(key, span);
    const min = Number(await handle.getAttribute('aria-valuemin'));
    const max = Number(await handle.getAttribute('aria-valuemax'));
    const rail = await this.page.getByTestId(`assumption-${key}-${span}-slider`).locator('.ant-slider-rail').boundingBox();
    const knob = await handle.boundingBox();
    if (rail === null || knob === null) throw new Error(`slider ${key} ${span} not visible`);
    const x0 = knob.x + knob.width / 2;
    const y = knob.y + knob.height / 2;
    const x1 = rail.x + (rail.width * (value - min)) / (max - min);
    await this.page.mouse.move(x0, y);
    await this.page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++) await this.page.mouse.move(x0 + ((x1 - x0) * i) / steps, y);
    await this.page.mouse.up();
  }

  /** Group header (collapse) of an indicator, by its shown name. */
  group(name: string): Locator {
    return this.section.locator('.ant-collapse-header').filter({ hasText: name });
  }
}
