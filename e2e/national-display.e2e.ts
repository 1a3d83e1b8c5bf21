/**
 * The national example's target table as a reader sees it: 左右 bands in the target's unit
 * (not 7,105,000.0%), an upper bound met past its band labelled 低于区间 / below the band,
 * and the plan's own units by their English names in English.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import { ReviewView } from './pages/review-view';

let s: Session;

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('the national example in the target table', () => {
  const text = (id: string) => s.page.getByTestId(id).textContent();

  it('shows 左右 bands in the unit and 低于区间 for the energy intensity, in Chinese', async () => {
    const { page, app } = s;
    await app.files.newFile(false, 'national-15th');
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('十五'), 'the national plan open');
    await page.getByTestId('target-threshold-grain-2030').waitFor();
    expect(await text('target-threshold-grain-2030')).toMatch(/^71,050\.0–73,950\.0万吨/);
    expect(await text('target-threshold-nearshore-water-2030')).toBe('85.8–86.2%');
    expect(await text('target-threshold-energy-intensity-15th')).toBe('79.0–79.9');
    expect(await text('target-status-energy-intensity-15th')).toBe('低于区间');
    expect(await text('target-status-grain-2030')).toBe('高于区间');
    await page.getByTestId('target-row-grain-2030').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'national-targets-zh.png') });
  });

  it('in English: below the band, and 100m tce, not 亿吨标准煤', async () => {
    const { page, app } = s;
    await app.setLang('en');
    await until(() => text('target-status-energy-intensity-15th'), (t) => t === 'Below the band', 'English verdicts');
    expect(await text('target-threshold-grain-2030')).toMatch(/^71,050\.0–73,950\.0 10k tonnes/);
    expect(await text('target-threshold-energy-production-2030')).toContain('100m tce');
    expect(await text('target-projected-water-intensity-15th')).toContain('m³ per 10,000 yuan');
    await page.getByTestId('target-row-grain-2030').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'national-targets-en.png') });
    // the review tab says the same
    const review = new ReviewView(page);
    await review.open();
    expect(await text('review-threshold-grain-2030')).toMatch(/^71,050\.0–73,950\.0 10k tonnes/);
    expect(await text('review-threshold-energy-production-2030')).toContain('100m tce');
    expect(await review.row('energy-intensity-15th').innerText()).toContain('below the band');
    expect(await review.row('energy-intensity-15th').innerText()).not.toContain('above the band');
    await review.row('energy-intensity-15th').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'national-review-en.png') });
    await app.setLang('zh');
    expect(s.problems).toEqual([]);
  });
});
