/**
 * Issue 3, step 7: bad input. A malformed or hostile plan file is refused with the
 * validator's messages (field path + reason) in a dialog, and the open workspace stays
 * exactly as it was. A numeric field refuses text, NaN and out-of-range numbers with a
 * message beside it, and the last valid value stays in force.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../models/plan/validate-plan';
import type { PlanFile } from './pages/file-commands';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

const EMBEDDED = readFileSync(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8');
const PLAN_GROWTH = 6.5;

function variant(name: string, edit: (plan: { indicators: Record<string, unknown>[] } & Record<string, unknown>) => void): PlanFile {
  const plan = JSON.parse(EMBEDDED);
  edit(plan);
  return { name, text: JSON.stringify(plan, null, 2) };
}

/** The validator's own verdict on a file, as [path, message] pairs (what the dialog must list). */
function expectedIssues(file: PlanFile): [string, string][] {
  const r = parsePlanText(file.text, 'zh');
  if (r.ok) throw new Error(`${file.name} unexpectedly valid`);
  return r.issues.map((i) => [i.path, i.message]);
}

let s: Session;
let copyId = '';
/** What the workspace looked like before each bad file. */
let before: { ids: string[]; selected: string; file: string; gdp15: number; autosavedText: string | undefined; title: string };

/** The 15th-plan GDP growth of the copy in the autosaved workspace (undefined before the copy is saved). */
async function autosavedGdp15(): Promise<number | undefined> {
  const text = (await s.app.autosaved())?.planText;
  if (text === undefined) return undefined;
  const plan = JSON.parse(text) as { scenarios: { id: string; assumptions: Record<string, { period?: string; value?: number }[]> }[] };
  return plan.scenarios.find((x) => x.id === copyId)?.assumptions.gdp?.find((seg) => seg.period === '15th')?.value;
}

async function workspaceNow() {
  const { app } = s;
  // The last edit (GDP 15th at 6 %) autosaved, not only the copy: the autosave runs
  // half a second after an edit, later on a loaded machine.
  await until(autosavedGdp15, (v) => v === 0.06, 'the copy and its 6 % autosaved');
  return {
    ids: await app.scenarios.ids(),
    selected: await app.scenarios.selectedId(),
    file: (await app.fileName.textContent()) ?? '',
    gdp15: await app.assumptions.value('gdp', '15th'),
    autosavedText: (await app.autosaved())?.planText,
    title: await s.page.title(),
  };
}

beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
  copyId = await s.app.scenarios.duplicateSelected();
  await s.app.assumptions.set('gdp', '15th', 6);
  await s.app.assumptions.waitForValue('gdp', '15th', 6);
  before = await workspaceNow();
});
afterAll(async () => {
  await s?.close();
});

describe('a plan file that fails validation', () => {
  it('text that is not JSON (`{"schemaVersion": 1,`): a dialog says why, the workspace is untouched', async () => {
    const { app } = s;
    const file = { name: 'broken.json', text: '{"schemaVersion": 1,' };
    // The workspace has unsaved changes: Open first asks whether to discard them.
    await app.files.open(file, true);
    await app.files.issuesDialog.waitFor();
    expect(await app.files.issuesDialog.locator('.ant-modal-title').innerText()).toBe('无法打开“broken.json”');
    expect(await app.files.issuesDialog.innerText()).toContain('当前工作区未作改动');
    const issues = await app.files.issues();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.[0]).toBe('(file)');
    expect(issues[0]?.[1]).toMatch(/^不是有效的 JSON：.*position 20/);
    await app.files.closeIssues();
    expect(await workspaceNow()).toEqual(before);
    await expect(app.unsavedMark.isVisible()).resolves.toBe(true);
  });

  it('a negative GDP base: the field path and the reason, as the validator words them', async () => {
    const { app } = s;
    const file = variant('negative-gdp.json', (p) => {
      (p.indicators[0]?.base as { value: number }).value = -7400;
    });
    await app.files.open(file, true);
    const issues = await app.files.issues();
    expect(issues).toEqual(expectedIssues(file));
    expect(issues).toEqual([['indicators[0].base.value', '总量指标不能为负：-7400']]);
    await app.files.closeIssues();
    expect(await workspaceNow()).toEqual(before);
  });

  it('a hostile formula and out-of-range numbers: every problem listed, nothing loaded', async () => {
    const { app } = s;
    const file = variant('hostile.json', (p) => {
      (p.indicators[2] as { formula: string }).formula = 'import({evaluate: 1}, {override: true})';
      (p.indicators[0]?.base as { value: number }).value = 1e300;
      p.baseYear = 1200;
    });
    await app.files.open(file, true);
    const issues = await app.files.issues();
    expect(issues).toEqual(expectedIssues(file));
    expect(issues.map((i) => i[0])).toEqual(expect.arrayContaining(['baseYear', 'indicators[0].base.value']));
    await app.files.closeIssues();
    expect(await workspaceNow()).toEqual(before);
  });
});

describe('a numeric field', () => {
  const field = () => s.app.assumptions.input('gdp', '16th');
  const error = () => s.app.assumptions.error('gdp', '16th');

  it.each([
    ['abc', '“abc”不是有效数字，保留 6.50'],
    ['NaN', '“NaN”不是有效数字，保留 6.50'],
    ['1e999', '“1e999”不是有效数字，保留 6.50'],
    ['500', '应在 -50 至 100 之间，保留 6.50'],
    ['-60', '应在 -50 至 100 之间，保留 6.50'],
  ])('refuses %j with a message beside it, and keeps the last valid value', async (text, message) => {
    const { app, page } = s;
    const path = await app.charts.linePath('gdp');
    await app.assumptions.type('gdp', '16th', text);
    await error().waitFor();
    expect(await error().innerText()).toBe(message);
    expect(await field().getAttribute('aria-invalid')).toBe('true');
    expect(await field().getAttribute('aria-describedby')).toBe('assumption-gdp-16th-input-error');
    // Beside the field: within the same row, next to or just under the input.
    const f = await field().boundingBox();
    const e = await error().boundingBox();
    expect(f && e).toBeTruthy();
    if (f && e) {
      expect(Math.abs(e.y - f.y)).toBeLessThan(60);
      expect(Math.abs(e.x - f.x)).toBeLessThan(400);
    }
    await page.keyboard.press('Enter');
    await app.blur();
    expect(await app.assumptions.value('gdp', '16th')).toBeCloseTo(PLAN_GROWTH, 4);
    expect(await app.charts.linePath('gdp')).toBe(path);
    expect(await app.targets.status('gdp-2035-double')).toBe('missed'); // 15th is still 6%
  });

  it('accepts a valid number again: the message goes and the value applies', async () => {
    const { app } = s;
    await app.assumptions.set('gdp', '16th', 9);
    await app.assumptions.waitForValue('gdp', '16th', 9);
    await error().waitFor({ state: 'detached' });
    expect(await field().getAttribute('aria-invalid')).toBeNull();
    await app.targets.waitForStatus('gdp-2035-double', 'met');
  });

  it('logged no console error', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
