/**
 * Issue 22, item 5: the web build's Open offers .ppath plan files (PlanPath's own type,
 * JSON inside) beside .json, and opens one under its own name.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;
beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('web mode: Open takes .ppath', () => {
  it('the picker accepts .ppath and .json, and a .ppath file opens under its name', async () => {
    const text = readFileSync(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8');
    const chooser = s.page.waitForEvent('filechooser');
    await s.app.files.click('open');
    const picker = await chooser;
    const accept = await picker.element().getAttribute('accept');
    expect(accept?.split(',')).toEqual(expect.arrayContaining(['.json', '.ppath']));
    await picker.setFiles({ name: '徐州规划.ppath', mimeType: '', buffer: Buffer.from(text, 'utf8') });
    await until(() => s.app.fileName.textContent(), (n) => n === '徐州规划.ppath', 'the .ppath file open');
    expect(await s.page.title()).toBe('徐州规划.ppath — PlanPath');
    expect(s.problems).toEqual([]);
  });
});
