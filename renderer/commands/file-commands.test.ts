// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PlanIssue } from '../../models/plan/validate-plan';
import { loadDefault } from '../bootstrap';
import { planToText } from '../store/snapshot';
import { createWorkspaceStore } from '../store/workspace-store';
import { fakePlatform } from '../test/fake-platform';
import { createFileCommands } from './file-commands';
import { shortcutFor } from './shortcuts';

function setup(confirm = true) {
  const store = createWorkspaceStore();
  loadDefault(store);
  const api = fakePlatform();
  const shown: { name: string; issues: readonly PlanIssue[]; kind?: 'refused' | 'migrated' }[] = [];
  const notes: string[] = [];
  let asked = 0;
  const commands = createFileCommands({
    api,
    store,
    confirmDiscard: async () => {
      asked++;
      return confirm;
    },
    showIssues: (name, issues, kind) => shown.push({ name, issues, ...(kind === undefined ? {} : { kind }) }),
    notify: (kind, text) => notes.push(`${kind}:${text}`),
    t: (key) => key,
  });
  return { store, api, shown, notes, commands, asked: () => asked };
}

describe('open', () => {
  it('shows the validator’s messages (field path + reason) and leaves the workspace untouched', async () => {
    const { store, api, shown, commands } = setup();
    const before = store.getState();
    const bad = JSON.parse(planToText(before.plan!));
    bad.indicators[0].base.value = -5;
    bad.targets[0].indicator = 'nope';
    api.nextOpen = { name: 'bad.json', text: JSON.stringify(bad) };
    await commands.open();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.name).toBe('bad.json');
    const paths = shown[0]?.issues.map((i) => i.path);
    expect(paths).toContain('indicators[0].base.value');
    expect(paths).toContain('targets[0].indicator');
    expect(shown[0]?.issues.every((i) => i.message.length > 0)).toBe(true);
    expect(store.getState().plan).toBe(before.plan);
    expect(store.getState().fileName).toBe(before.fileName);
  });

  it('opens a version-1 file with a misspelt key: the plan loads, and what was dropped is shown', async () => {
    const { store, api, shown, commands } = setup();
    const old = JSON.parse(planToText(store.getState().plan!));
    old.schemaVersion = 1;
    old.targets[0].tolerence = 0.005;
    api.nextOpen = { name: 'old.json', text: JSON.stringify(old) };
    await commands.open();
    expect(store.getState().fileName).toBe('old.json');
    expect(store.getState().plan?.schemaVersion).toBe(2);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe('migrated');
    expect(shown[0]?.issues.map((i) => i.path)).toEqual(['targets[0].tolerence']);
    expect(shown[0]?.issues[0]?.message).toMatch(/tolerence.*tolerance/);
  });

  it('reports text that is not JSON, and problems the host already found', async () => {
    const { api, shown, commands } = setup();
    api.nextOpen = { name: 'x.json', text: '{ nope' };
    await commands.open();
    expect(shown[0]?.issues[0]?.path).toBe('(file)');
    api.nextOpen = { name: 'big.json', text: '', issues: [{ path: '', code: 'file-too-large', message: '文件过大' }] };
    await commands.open();
    expect(shown[1]?.issues[0]?.message).toBe('文件过大');
  });

  it('loads a valid file, clean, with its name and path', async () => {
    const { store, api, commands } = setup();
    const plan = structuredClone(store.getState().plan!);
    plan.title.zh = '另一个规划';
    api.nextOpen = { name: 'other.json', path: '/p/other.json', text: planToText(plan) };
    await commands.open();
    expect(store.getState()).toMatchObject({ fileName: 'other.json', filePath: '/p/other.json', dirty: false, selectedId: 'plan' });
    expect(store.getState().plan?.title.zh).toBe('另一个规划');
  });

  it('asks before discarding unsaved changes, and stops when told no', async () => {
    const { store, api, commands, asked } = setup(false);
    store.getState().duplicateScenario('plan');
    const plan = store.getState().plan;
    api.nextOpen = { name: 'other.json', text: planToText(plan!) };
    await commands.open();
    expect(asked()).toBe(1);
    expect(store.getState().plan).toBe(plan);
    await commands.newFile();
    expect(asked()).toBe(2);
    expect(store.getState().plan).toBe(plan);
  });
});

describe('save', () => {
  it('saves to the known path, Save As asks, and the workspace becomes clean', async () => {
    const { store, api, commands } = setup();
    store.getState().duplicateScenario('plan');
    expect(await commands.save()).toBe(true);
    expect(api.saved[0]?.options).toEqual({ suggestedName: 'xuzhou-14th-fyp.json' });
    expect(store.getState()).toMatchObject({ dirty: false, fileName: 'saved.json', filePath: '/tmp/saved.json' });
    expect(JSON.parse(api.saved[0]?.text ?? '{}').scenarios.some((s: { id: string }) => s.id === 'plan-copy')).toBe(true);
    await commands.save();
    expect(api.saved[1]?.options).toEqual({ path: '/tmp/saved.json', suggestedName: 'saved.json' });
    await commands.saveAs();
    expect(api.saved[2]?.options).toEqual({ suggestedName: 'saved.json' });
  });

  it('a cancelled save changes nothing', async () => {
    const { store, api, commands } = setup();
    store.getState().duplicateScenario('plan');
    api.nextSave = null;
    expect(await commands.save()).toBe(false);
    expect(store.getState().dirty).toBe(true);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}, target: EventTarget | null = document.body) =>
    shortcutFor({ key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, target, ...mods });

  it('maps Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, Ctrl+S, Ctrl+Shift+S, Ctrl+O', () => {
    expect(key('z')).toBe('undo');
    expect(key('Z', { shiftKey: true })).toBe('redo');
    expect(key('y')).toBe('redo');
    expect(key('s')).toBe('save');
    expect(key('S', { shiftKey: true })).toBe('save-as');
    expect(key('o')).toBe('open');
    expect(key('z', { ctrlKey: false })).toBeNull();
    expect(key('z', { ctrlKey: false, metaKey: true })).toBe('undo');
  });

  it('leaves undo in a plain text field to the browser, but not in a numeric field', () => {
    const text = document.createElement('input');
    text.type = 'text';
    const number = document.createElement('input');
    number.setAttribute('role', 'spinbutton');
    expect(key('z', {}, text)).toBeNull();
    expect(key('z', {}, number)).toBe('undo');
    expect(key('s', {}, text)).toBe('save');
  });
});

describe('export', () => {
  it('hands the selected scenario’s projection and targets to the host as CSV', async () => {
    const { store, api, commands, notes } = setup();
    const requests: { suggestedName: string; data: string | Uint8Array; mimeType: string }[] = [];
    api.exportFile = async (r) => {
      requests.push(r);
      return { name: r.suggestedName };
    };
    store.getState().setBasis('real');
    await commands.exportCsv();
    expect(requests[0]?.suggestedName).toBe('xuzhou-14th-fyp-plan-real.csv');
    const text = String(requests[0]?.data);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('地区生产总值');
    expect(text).toContain('gdp-2035-double');
    expect(text).toContain('PlanPath');
    expect(notes.at(-1)).toBe('success:file.exported');
  });
});
