import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceSnapshot } from '../../renderer/platform/platform-api';
import { createWorkspaceAutosave, LOCK_FILE, RECOVERY_FILE, WORKSPACE_FILE } from './workspace-autosave';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-ws-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = (dirty: boolean, planText = '{"schemaVersion":1}'): WorkspaceSnapshot => ({
  planText,
  fileName: 'xuzhou.json',
  filePath: '/plans/xuzhou.json',
  dirty,
  ui: { scenario: 'plan', lang: 'zh' },
  savedAt: '2026-01-01T00:00:00.000Z',
});

const session = () => createWorkspaceAutosave({ dir, now: () => new Date(1_700_000_000_000), pid: 42 });

describe('workspace autosave', () => {
  it('first start: no crash, the lock is written; a clean quit removes it', async () => {
    const ws = session();
    await expect(ws.startSession()).resolves.toEqual({ crashed: false, recoveryOffered: false });
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 42 });
    await ws.endSession();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('saves atomically and loads the last snapshot', async () => {
    const ws = session();
    await ws.startSession();
    await Promise.all([ws.save(snapshot(true, '{"a":1}')), ws.save(snapshot(true, '{"a":2}')), ws.save(snapshot(false, '{"a":3}'))]);
    await expect(ws.load()).resolves.toEqual(snapshot(false, '{"a":3}'));
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, WORKSPACE_FILE].sort());
  });

  it('after a clean quit, the workspace comes back and no recovery is offered', async () => {
    const first = session();
    await first.startSession();
    await first.save(snapshot(true));
    await first.endSession();

    const second = session();
    await expect(second.startSession()).resolves.toEqual({ crashed: false, recoveryOffered: false });
    await expect(second.getRecovery()).resolves.toBeNull();
    await expect(second.load()).resolves.toEqual(snapshot(true));
  });

  it('after a crash with unsaved changes, the autosave is offered as a recovery and kept safe', async () => {
    const first = session();
    await first.startSession();
    await first.save(snapshot(true));
    // No endSession: the process died.

    const second = session();
    await expect(second.startSession()).resolves.toEqual({ crashed: true, recoveryOffered: true });
    await expect(second.getRecovery()).resolves.toEqual({ snapshot: snapshot(true), reason: 'crash' });
    await expect(second.load()).resolves.toBeNull();

    // The new session autosaves before the user has answered: the recovery is untouched.
    await second.save(snapshot(false, '{"fresh":true}'));
    await expect(second.getRecovery()).resolves.toEqual({ snapshot: snapshot(true), reason: 'crash' });

    await second.clearRecovery();
    await expect(second.getRecovery()).resolves.toBeNull();
    expect(existsSync(path.join(dir, RECOVERY_FILE))).toBe(false);
    await expect(second.load()).resolves.toEqual(snapshot(false, '{"fresh":true}'));
  });

  it('a recovery nobody answered survives another crash', async () => {
    const first = session();
    await first.startSession();
    await first.save(snapshot(true));
    await session().startSession(); // crashed again before the user answered
    const third = session();
    await expect(third.startSession()).resolves.toEqual({ crashed: true, recoveryOffered: true });
    await expect(third.getRecovery()).resolves.toEqual({ snapshot: snapshot(true), reason: 'crash' });
  });

  it('after a crash with nothing unsaved, no recovery: the workspace simply loads', async () => {
    const first = session();
    await first.startSession();
    await first.save(snapshot(false));
    const second = session();
    await expect(second.startSession()).resolves.toEqual({ crashed: true, recoveryOffered: false });
    await expect(second.getRecovery()).resolves.toBeNull();
    await expect(second.load()).resolves.toEqual(snapshot(false));
  });

  it('keeps a damaged workspace aside instead of deleting it', async () => {
    writeFileSync(path.join(dir, WORKSPACE_FILE), '{"planText": "trunc');
    const ws = session();
    await ws.startSession();
    await expect(ws.load()).resolves.toBeNull();
    expect(readdirSync(dir).some((f) => f.startsWith(`${WORKSPACE_FILE}.damaged-`))).toBe(true);
  });

  it("Don't Save drops the autosave and ignores later saves until resumed", async () => {
    const ws = session();
    await ws.startSession();
    await ws.save(snapshot(true));
    await ws.discard();
    await ws.save(snapshot(true, '{"late":1}'));
    await expect(ws.load()).resolves.toBeNull();
    ws.resume();
    await ws.save(snapshot(false));
    await expect(ws.load()).resolves.toEqual(snapshot(false));
  });
});
