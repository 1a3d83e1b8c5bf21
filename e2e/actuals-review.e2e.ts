/**
 * Issue 8 in the browser: a block of figures copied from Excel is pasted into the
 * actuals grid (the bad row refused with its row and reason, the rest kept), the plan
 * review then judges the 2025 GDP target on the reported figure instead of the
 * projection, and undo takes it back. Then the screenshot of the review in Chinese
 * (docs/screenshots/review-zh.png with `npm run screenshots`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActualsView } from './pages/actuals-view';
import { ReviewView } from './pages/review-view';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

const DIR = screenshotDir();

let s: Session;
let actuals: ActualsView;
let review: ReviewView;

/** As Excel copies it: tab-separated, a header row, thousands separators, growth in %. */
const BLOCK = [
  '指标\t年份\t数值\t实际增速\t来源\t状态',
  '地区生产总值\t2025\t9,900.00\t3.8%\t2025年徐州市国民经济和社会发展统计公报\t初步核算',
  '常住人口城镇化率\t2025\t107.5\t\t同上\t初步核算',
].join('\n');

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
  actuals = new ActualsView(s.page);
  review = new ReviewView(s.page);
});
afterAll(async () => {
  await s?.close();
});

describe('actuals and the plan review', () => {
  it('the review judges GDP 2025 on the projection while the year has no figure', async () => {
    await review.open();
    const v = await review.verdict('gdp-2025-trillion');
    expect(v).toMatchObject({ status: 'pending', source: 'projected' });
    expect(v.text).toMatch(/^待公布 · 预测/);
  });

  it('a block pasted from Excel goes into the grid; the bad row is refused with its row and reason', async () => {
    await actuals.open();
    expect(await actuals.value('gdp', 2025)).toBeNull();
    await actuals.paste('gdp', 2025, BLOCK);
    await until(() => actuals.value('gdp', 2025), (v) => v === 9900, 'GDP 2025 in the grid');
    expect(await actuals.cell('gdp', 2025).innerText()).toMatch(/9,900\.0\s*3\.8%\s*初步核算/);
    expect(await actuals.value('urbanization', 2025)).toBeNull();
    expect(await actuals.summary.innerText()).toBe('粘贴：已写入 1 个数值；1 处未采用');
    expect(await actuals.issues()).toEqual(['share-range: 第3行（常住人口城镇化率，2025年，数值）：“107.5”超出 0—100 的范围（比重以百分数计）']);
    // An edit of the plan like any other: the document is now unsaved.
    await s.app.unsavedMark.waitFor();
  });

  it('the review now judges GDP 2025 on the reported figure: missed; undo puts the projection back', async () => {
    await review.open();
    const after = await review.waitForSource('gdp-2025-trillion', 'reported');
    expect(after).toMatchObject({ status: 'missed', source: 'reported', text: '未达成' });
    expect(await s.page.getByTestId('review-value-gdp-2025-trillion').innerText()).toBe('9,900.0亿元');
    await s.app.undo();
    const back = await review.waitForSource('gdp-2025-trillion', 'projected');
    expect(back.status).toBe('pending');
    await actuals.open();
    expect(await actuals.value('gdp', 2025)).toBeNull();
    await s.app.redo();
    await until(() => actuals.value('gdp', 2025), (v) => v === 9900, 'redo');
  });

  it('review-zh.png: the review in Chinese', async () => {
    await review.open();
    await s.page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
    await s.app.settle();
    const png = await s.page.screenshot({ path: `${DIR}review-zh.png`, type: 'png' });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 900]);
  });

  it('logged no console error and fetched nothing from outside', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
