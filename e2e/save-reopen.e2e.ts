/**
 * Issue 3, step 6: save (a download in the browser build), reload (the workspace comes
 * back from the autosave), start a new file, and open the saved file again through the
 * file input.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSpans, readSpan, segmentsOf } from '../models/engine/period-assumptions';
import type { Plan } from '../models/plan/plan-schema';
import { parsePlanText } from '../models/plan/validate-plan';
import { startSession, type Session } from './support/session';

const NAME = { zh: '保存测试情景', en: 'Saved scenario' };

let s: Session;
let copyId = '';
let saved = { name: '', text: '' };

/** A scenario's value for one span of an assumption, as stored (fraction). */
function spanValue(plan: Plan, scenarioId: string, key: string, spanId: string): number | null {
  const sc = plan.scenarios.find((x) => x.id === scenarioId);
  const span = planSpans(plan).find((x) => x.id === spanId);
  if (sc === undefined || span === undefined) return null;
  const entry = readSpan(plan, segmentsOf(sc, key), span);
  return entry.kind === 'value' ? entry.value : null;
}

beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
  copyId = await s.app.scenarios.duplicateSelected();
  await s.app.scenarios.renameSelected(NAME);
  await s.app.assumptions.set('gdp', '15th', 5.5);
  await s.app.targets.waitForStatus('gdp-2035-double', 'missed');
});
afterAll(async () => {
  await s?.close();
});

describe('save, reload, reopen', () => {
  it('Save downloads a valid plan file holding the new scenario, and the workspace becomes clean', async () => {
    const { app } = s;
    await expect(app.unsavedMark.isVisible()).resolves.toBe(true);
    expect(await s.page.title()).toBe('• xuzhou-14th-fyp.json — PlanPath');

    const download = await app.files.save();
    const path = await download.path();
    saved = { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
    expect(saved.name).toBe('xuzhou-14th-fyp.json');

    const parsed = parsePlanText(saved.text, 'en');
    if (!parsed.ok) throw new Error(`saved file invalid: ${JSON.stringify(parsed.issues)}`);
    const plan = parsed.plan;
    expect(plan.scenarios.map((x) => x.id)).toEqual(['plan', copyId, 'slower', 'faster', 'trend']);
    const copy = plan.scenarios.find((x) => x.id === copyId);
    expect(copy?.name).toEqual(NAME);
    expect(copy?.builtIn).toBeUndefined();
    expect(spanValue(plan, copyId, 'gdp', '15th')).toBeCloseTo(0.055, 12);
    expect(spanValue(plan, copyId, 'gdp', '16th')).toBeCloseTo(0.065, 12);
    expect(spanValue(plan, 'plan', 'gdp', '15th')).toBeCloseTo(0.065, 12);

    await app.unsavedMark.waitFor({ state: 'detached' });
    expect(await s.page.title()).toBe('xuzhou-14th-fyp.json — PlanPath');
  });

  it('a reload restores the workspace from the autosave: the copy, its values, the selection', async () => {
    const { app } = s;
    await expect.poll(async () => (await app.autosaved())?.dirty).toBe(false);
    await app.reload();
    expect(await app.scenarios.ids()).toContain(copyId);
    expect(await app.scenarios.selectedId()).toBe(copyId);
    expect(await app.scenarios.name(copyId)).toBe(NAME.zh);
    expect(await app.assumptions.value('gdp', '15th')).toBe(5.5);
    expect(await app.targets.status('gdp-2035-double')).toBe('missed');
    expect(await app.unsavedMark.count()).toBe(0);
    // Nothing to undo after a restart: history is not carried over.
    expect(await s.page.getByTestId('cmd-undo').isDisabled()).toBe(true);
  });

  it('unsaved changes survive a reload too, still marked unsaved', async () => {
    const { app } = s;
    await app.assumptions.set('gdp', '16th', 6);
    await app.unsavedMark.waitFor();
    // the autosave (IndexedDB, a write per change) has the edit: a reload now loses nothing
    await expect.poll(async () => (await app.autosaved())?.dirty).toBe(true);
    await app.reload(); // the "leave site?" prompt is accepted by the session
    expect(await app.assumptions.value('gdp', '16th')).toBe(6);
    expect(await app.assumptions.value('gdp', '15th')).toBe(5.5);
    await expect(app.unsavedMark.isVisible()).resolves.toBe(true);
    // "Reset" still refers to the saved file: 16th back to the 6.5% the copy of `plan` was saved with, 15th stays 5.5.
    await s.page.getByTestId('assumption-gdp-16th-reset').click();
    await app.assumptions.waitForValue('gdp', '16th', 6.5, 1e-6);
    expect(await s.page.getByTestId('assumption-gdp-15th-reset').isDisabled()).toBe(true);
  });

  it('New asks before discarding changes and starts from the embedded plan (the Xuzhou example, untitled)', async () => {
    const { app } = s;
    await app.assumptions.set('gdp', '16th', 5.5);
    await app.unsavedMark.waitFor();
    await app.files.newFile(true, 'xuzhou');
    expect(await app.fileName.textContent()).toBe('未命名规划');
    await expect.poll(() => app.scenarios.ids()).toEqual(['plan', 'slower', 'faster', 'trend']);
    expect(await app.scenarios.selectedId()).toBe('plan');
    expect(await app.targets.status('gdp-2035-double')).toBe('missed');
  });

  it('opening the saved file through the file input loads it: the copy with 5.5%, clean, under the file name', async () => {
    const { app } = s;
    await app.files.open(saved);
    await expect.poll(() => app.scenarios.ids()).toEqual(['plan', copyId, 'slower', 'faster', 'trend']);
    expect(await app.fileName.textContent()).toBe(saved.name);
    expect(await app.unsavedMark.count()).toBe(0);
    await s.page.getByText(`已打开 ${saved.name}`).waitFor();
    // The file opens on `plan`; the copy is there with its values.
    expect(await app.scenarios.selectedId()).toBe('plan');
    await app.scenarios.select(copyId);
    expect(await app.scenarios.name(copyId)).toBe(NAME.zh);
    expect(await app.assumptions.value('gdp', '15th')).toBe(5.5);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
  });

  it('logged no console error', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
