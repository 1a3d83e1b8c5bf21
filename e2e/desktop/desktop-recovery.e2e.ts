/**
 * Issue 13: autosave, then a crash (the process dies: no quit, no unload), a restart on
 * the same user-data folder, and the recovery prompt brings the edit back. Then "Don't
 * Save" on close drops the autosave, and the next start is the embedded plan again, in
 * the window's last size and place.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planSpans, readSpan, segmentsOf } from '../../models/engine/period-assumptions';
import { parsePlanText } from '../../models/plan/validate-plan';
import { until } from '../support/until';
import { DESKTOP_STEP_TIMEOUT, launchDesktop, type DesktopApp, USE_HARNESS } from './desktop-app';

const userData = mkdtempSync(path.join(tmpdir(), 'planpath-recovery-'));
const running: DesktopApp[] = [];
let copyId = '';

async function start(waitReady = true): Promise<DesktopApp> {
  const d = await launchDesktop({ userData, waitReady });
  running.push(d);
  return d;
}

function autosaved(): { planText: string; dirty: boolean } | null {
  const file = path.join(userData, 'workspace.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { planText: string; dirty: boolean }) : null;
}

/** The copy's GDP growth for the 15th FYP in the autosaved plan (a fraction), if there. */
function autosavedGrowth(): number | null {
  const saved = autosaved();
  if (saved === null || !saved.dirty) return null;
  const parsed = parsePlanText(saved.planText, 'en');
  if (!parsed.ok) return null;
  const copy = parsed.plan.scenarios.find((s) => s.id === copyId);
  const span = planSpans(parsed.plan).find((s) => s.id === '15th');
  if (!copy || !span) return null;
  const entry = readSpan(parsed.plan, segmentsOf(copy, 'gdp'), span);
  return entry.kind === 'value' ? entry.value : null;
}

afterAll(async () => {
  for (const d of running) await d.dispose();
  rmSync(userData, { recursive: true, force: true });
});

describe.skipIf(!USE_HARNESS)('desktop: autosave and crash recovery', () => {
  it('an edit is autosaved to workspace.json in the user-data folder', async () => {
    const d = await start();
    copyId = await d.app().scenarios.duplicateSelected();
    await d.app().assumptions.set('gdp', '15th', 5.5);
    await until(async () => autosavedGrowth(), (g) => g !== null && Math.abs(g - 0.055) < 1e-12, 'the edit in the autosave', DESKTOP_STEP_TIMEOUT);
    expect(existsSync(path.join(userData, 'session.lock'))).toBe(true);
    await d.crash();
  });

  it('after the crash, the restarted app offers the work back and restores the edit', async () => {
    const d = await start(false);
    expect(d.logs.join('\n')).toContain('the last session did not end cleanly; its unsaved work is offered for recovery');
    // The same line in the log file a user can send with a bug report (electron-log).
    expect(readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toContain('the last session did not end cleanly');
    const restore = d.page().getByTestId('recovery-restore');
    await restore.waitFor();
    expect(await d.page().locator('.ant-modal').filter({ has: restore }).textContent()).toContain('xuzhou-14th-fyp.json');
    await restore.click();
    await d.app().waitReady();
    expect(await d.app().scenarios.ids()).toContain(copyId);
    await d.app().scenarios.select(copyId);
    await d.app().assumptions.waitForValue('gdp', '15th', 5.5);
    await until(async () => d.title(), (t) => t === '• xuzhou-14th-fyp.json — PlanPath', 'the restored work marked unsaved');
    // The offer is answered: recovery.json is gone, the work is the autosave again.
    await until(async () => existsSync(path.join(userData, 'recovery.json')), (there) => !there, 'recovery.json removed');
    expect(d.problems()).toEqual([]);

    // The user moves and resizes the window; the next start opens it there.
    d.window().setBounds({ x: 64, y: 48, width: 1280, height: 800 });

    // Close, "Don't Save": the autosave goes with the changes, and the app quits cleanly.
    d.control.dialogs.clickButton(1);
    d.window().close();
    expect(await d.control.exited).toBe(0);
    expect(autosaved()).toBeNull();
    expect(existsSync(path.join(userData, 'session.lock'))).toBe(false);
  });

  it('the next start offers nothing, opens the embedded plan, and the window where it was', async () => {
    const d = await start();
    expect(d.window().options).toMatchObject({ x: 64, y: 48, width: 1280, height: 800 });
    expect(d.page().viewportSize()).toEqual({ width: 1280, height: 800 });
    expect(d.logs.join('\n')).not.toContain('did not end cleanly');
    expect(await d.app().scenarios.ids()).not.toContain(copyId);
    expect(await d.page().getByTestId('recovery-restore').count()).toBe(0);
    expect(d.problems()).toEqual([]);
  });
});
