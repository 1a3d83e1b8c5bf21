import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync, statSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../models/plan/plan-schema';
import { readPlanFile, realFs, writeFileAtomic, type FileHandleLike, type FileSystem } from './file-store';

const PLAN_TEXT = readFileSync(path.join(import.meta.dirname, '../../scenarios/xuzhou-14th-fyp.json'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The real file system, except that writes fail after `okBytes` bytes (a full disk). */
function failingWrites(okBytes: number): FileSystem {
  return {
    ...realFs,
    async open(file, flags, mode) {
      const handle = await fsp.open(file, flags, mode);
      const wrapped: FileHandleLike = {
        async writeFile(data) {
          const bytes = typeof data === 'string' ? Buffer.from(data) : data;
          await handle.writeFile(bytes.subarray(0, okBytes));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return wrapped;
    },
  };
}

describe('atomic save', () => {
  it('writes the file and leaves no temporary file', async () => {
    const target = path.join(dir, 'plan.json');
    await writeFileAtomic(target, PLAN_TEXT);
    expect(readFileSync(target, 'utf8')).toBe(PLAN_TEXT);
    await writeFileAtomic(target, '{"v":2}');
    expect(readFileSync(target, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('writes bytes as they are', async () => {
    const target = path.join(dir, 'chart.png');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('leaves the original untouched when the write fails halfway, and removes the temporary file', async () => {
    const target = path.join(dir, 'plan.json');
    writeFileSync(target, 'ORIGINAL');
    await expect(writeFileAtomic(target, PLAN_TEXT, { fs: failingWrites(100) })).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('ORIGINAL');
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('leaves the original untouched when the rename fails', async () => {
    const target = path.join(dir, 'plan.json');
    writeFileSync(target, 'ORIGINAL');
    const fs: FileSystem = { ...realFs, rename: async () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) };
    await expect(writeFileAtomic(target, PLAN_TEXT, { fs })).rejects.toThrow(/EXDEV/);
    expect(readFileSync(target, 'utf8')).toBe('ORIGINAL');
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('writes the temporary file beside the target, then renames it over', async () => {
    const target = path.join(dir, 'plan.json');
    const renames: [string, string][] = [];
    const fs: FileSystem = {
      ...realFs,
      rename: async (from, to) => {
        renames.push([from, to]);
        await fsp.rename(from, to);
      },
    };
    await writeFileAtomic(target, 'x', { fs, randomSuffix: () => 'abc123' });
    expect(renames).toEqual([[path.join(dir, 'plan.json.tmp-abc123'), target]]);
  });

  it('retries a rename that a virus scanner blocks on Windows', async () => {
    const target = path.join(dir, 'plan.json');
    let attempts = 0;
    const fs: FileSystem = {
      ...realFs,
      rename: async (from, to) => {
        attempts += 1;
        if (attempts < 3) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
        await fsp.rename(from, to);
      },
    };
    const sleep = vi.fn(async () => undefined);
    await writeFileAtomic(target, 'x', { fs, platform: 'win32', sleep });
    expect(attempts).toBe(3);
    expect(readFileSync(target, 'utf8')).toBe('x');
    // Not on Linux: EPERM there is a real refusal.
    attempts = -10;
    await expect(writeFileAtomic(target, 'y', { fs, platform: 'linux', sleep })).rejects.toThrow(/EPERM/);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('refuses to replace a read-only file', async () => {
    const target = path.join(dir, 'plan.json');
    writeFileSync(target, 'ORIGINAL');
    // As root, access() always allows writing; the check itself is what is tested here.
    const fs: FileSystem = { ...realFs, access: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    await expect(writeFileAtomic(target, 'x', { fs })).rejects.toThrow(/EACCES/);
    expect(readFileSync(target, 'utf8')).toBe('ORIGINAL');
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('keeps the file mode of the file it replaces', async () => {
    const target = path.join(dir, 'plan.json');
    writeFileSync(target, 'ORIGINAL');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, 'x');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });
});

describe('reading a plan file', () => {
  it('reads a valid plan', async () => {
    const file = path.join(dir, 'xuzhou.json');
    writeFileSync(file, PLAN_TEXT);
    await expect(readPlanFile(file)).resolves.toEqual({ name: 'xuzhou.json', path: file, text: PLAN_TEXT });
  });

  it('strips a byte-order mark', async () => {
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${PLAN_TEXT}`);
    const opened = await readPlanFile(file);
    expect(opened?.issues).toBeUndefined();
    expect(opened?.text).toBe(PLAN_TEXT);
  });

  it('returns the validator messages for a malformed or hostile file', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{"schemaVersion": 1, "__proto__": {"x": 1}');
    const opened = await readPlanFile(file, { lang: 'en' });
    expect(opened?.issues?.[0]).toMatchObject({ code: 'json-syntax' });
    const plan = JSON.parse(PLAN_TEXT) as { indicators: { base?: { value?: unknown } }[] };
    const first = plan.indicators[0];
    if (first?.base) first.base.value = 1e300;
    writeFileSync(file, JSON.stringify(plan));
    const absurd = await readPlanFile(file, { lang: 'en' });
    expect(absurd?.issues?.length).toBeGreaterThan(0);
    expect(absurd?.issues?.[0]?.path).toMatch(/^indicators\[0\]/);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    const readFile = vi.fn(realFs.readFile);
    const opened = await readPlanFile(file, { fs: { ...realFs, readFile }, lang: 'en' });
    expect(opened).toMatchObject({ name: 'huge.json', text: '', issues: [{ code: 'file-too-large' }] });
    expect(opened?.issues?.[0]?.message).toMatch(/too large/);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('returns null for a file that is gone, and an issue for a folder', async () => {
    await expect(readPlanFile(path.join(dir, 'missing.json'))).resolves.toBeNull();
    const opened = await readPlanFile(dir, { lang: 'en' });
    expect(opened?.issues?.[0]).toMatchObject({ code: 'not-a-file' });
  });
});

describe('the $schema reference', () => {
  it('is kept through load and save, first in the file', async () => {
    const { parsePlanText } = await import('../../models/plan/validate-plan');
    const { planToText } = await import('../../renderer/store/snapshot');
    const text = PLAN_TEXT.replace(/^\{/, '{\n  "$schema": "../scenarios/plan.schema.json",');
    const parsed = parsePlanText(text, 'en');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
    expect(parsed.plan.$schema).toBe('../scenarios/plan.schema.json');
    expect(planToText(parsed.plan)).toMatch(/^\{\n {2}"\$schema": "\.\.\/scenarios\/plan\.schema\.json",\n {2}"schemaVersion"/);
  });
});
