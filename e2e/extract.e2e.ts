/**
 * Issue 10: paste the Xuzhou recommendation into 从文本提取目标, accept five of the
 * targets found, and see them in the target table with their sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxOf, gb18030Of, pdfWithoutText, pdfWithText } from '../main/cli/extract-fixtures';
import { ExtractDialog } from './pages/extract-dialog';
import { escapeDialog } from './support/escape';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';

const XUZHOU = readFileSync(new URL('../scenarios/sources/xuzhou-14th-fyp-recommendation.zh.txt', import.meta.url), 'utf8');

let s: Session;

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('targets from text', () => {
  it('pastes the Xuzhou text, accepts five targets and finds them in the target table with their sentences', async () => {
    const dialog = new ExtractDialog(s.page);
    const rowsBefore = await s.app.targets.table.locator('tbody tr').count();
    await dialog.open();
    await dialog.extract(XUZHOU);
    expect(await s.page.getByTestId('extract-summary').textContent()).toMatch(/共 42 项量化表述，其中目标 20 项/);

    const ids = (await dialog.rowIds()).slice(0, 5);
    expect(ids).toHaveLength(5);
    const sentences: string[] = [];
    for (const id of ids) {
      await dialog.pick(id);
      sentences.push((await dialog.sentence(id)).trim());
    }
    await s.page.screenshot({ path: join(screenshotDir(), 'extract-review.png') });
    await dialog.accept();

    const rows = s.app.targets.table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(rowsBefore + 5);
    const texts = await rows.allTextContents();
    for (const sentence of sentences) {
      expect(sentence.length).toBeGreaterThan(10);
      expect(texts.some((text) => text.includes(sentence)), sentence).toBe(true);
    }
    await s.page.screenshot({ path: join(screenshotDir(), 'extract-accepted.png') });
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });

  it('opens a GB18030 text, a .docx and a text PDF; a scanned PDF is refused with the reason', async () => {
    const dialog = new ExtractDialog(s.page);
    const sample = '“十四五”时期主要目标。到2025年，全市常住人口城镇化率达到73%，社会消费品零售总额突破4500亿元。';
    const files: [string, string, Uint8Array][] = [
      ['plan.txt', 'text/plain', gb18030Of(sample)],
      ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docxOf(sample.split('。'))],
      ['plan.pdf', 'application/pdf', pdfWithText(sample)],
    ];
    for (const [name, mimeType, bytes] of files) {
      await dialog.open();
      await s.page.getByTestId('extract-file-input').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
      await s.page.getByTestId('extract-summary').waitFor();
      expect(await s.page.getByTestId('extract-summary').textContent(), name).toMatch(/共 2 项量化表述/);
      await s.page.getByTestId('extract-back').click();
      await escapeDialog(s.page, s.page.getByTestId('extract-text'));
    }
    await dialog.open();
    await s.page.getByTestId('extract-file-input').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfWithoutText()) });
    await expect.poll(() => s.page.getByTestId('extract-error').textContent()).toContain('此PDF没有文字层，请先进行文字识别');
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
