/**
 * Issue 13: one PlanPath per user. A second start on the same user-data folder (a
 * double-click on a plan file while the app runs) does not get the single-instance
 * lock: it hands its file to the running app and quits, and the running app opens it.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/until';
import { launchDesktop, PROJECT_ROOT, type DesktopApp, USE_HARNESS } from './desktop-app';

const running: DesktopApp[] = [];

beforeAll(async () => {
  if (!USE_HARNESS) return;
  running.push(await launchDesktop());
});
afterAll(async () => {
  for (const d of running.reverse()) await d.dispose();
});

describe.skipIf(!USE_HARNESS)('desktop: a second instance', () => {
  it('hands its file to the running app and quits; the running app opens the file', async () => {
    const first = running[0] as DesktopApp;
    const file = path.join(first.documents, '第二个实例.ppath');
    copyFileSync(path.join(PROJECT_ROOT, 'scenarios', 'xuzhou-14th-fyp.json'), file);

    const second = await launchDesktop({ userData: first.userData, files: [file] });
    running.push(second);
    expect(second.control.flags.singleInstanceLock).toBe(false);
    expect(second.control.windows).toEqual([]);
    expect(await second.control.exited).toBe(0);

    await until(() => first.app().fileName.textContent(), (name) => name === '第二个实例.ppath', 'the file opened in the first app');
    expect(first.title()).toBe('第二个实例.ppath — PlanPath');
    expect(first.problems()).toEqual([]);
  });
});
