import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupInterruptedSaves, TempFileLeftError, uniqueTempSuffix, writeFileAtomic, type AtomicWriteOps } from './atomic-write';
import { nodeAtomicOps } from './node-atomic-ops';

const fsError = (code: string) => Object.assign(new Error(code), { code });

/** An in-memory folder with hooks to make a step fail. */
function memoryOps(files: Map<string, string>, fail: Partial<Record<'writeNew' | 'rename' | 'unlink', string>> = {}) {
  const calls: string[] = [];
  const ops: AtomicWriteOps = {
    inspect: async (target) => (files.has(target) ? { mode: 0o640 } : null),
    async writeNew(file, data) {
      calls.push(`write ${file}`);
      if (files.has(file)) throw fsError('EEXIST');
      files.set(file, String(data).slice(0, fail.writeNew ? 3 : undefined));
      if (fail.writeNew) throw fsError(fail.writeNew);
    },
    async rename(from, to) {
      calls.push(`rename ${from}`);
      if (fail.rename) throw fsError(fail.rename);
      files.set(to, files.get(from) as string);
      files.delete(from);
    },
    async unlink(file) {
      if (fail.unlink) throw fsError(fail.unlink);
      if (!files.delete(file)) throw fsError('ENOENT');
    },
  };
  return { ops, calls };
}

describe('the shared atomic write', () => {
  it('writes a temporary file beside the target, then renames it over the target', async () => {
    const files = new Map([['/d/plan.json', 'old']]);
    const { ops, calls } = memoryOps(files);
    await writeFileAtomic('/d/plan.json', 'new', ops, { randomSuffix: () => 'abc', platform: 'linux' });
    expect(calls).toEqual(['write /d/plan.json.tmp-abc', 'rename /d/plan.json.tmp-abc']);
    expect([...files]).toEqual([['/d/plan.json', 'new']]);
  });

  it('leaves the original untouched and no temporary file when a step fails', async () => {
    for (const fail of [{ writeNew: 'ENOSPC' }, { rename: 'EACCES' }] as const) {
      const files = new Map([['/d/plan.json', 'old']]);
      const { ops } = memoryOps(files, fail);
      await expect(writeFileAtomic('/d/plan.json', 'new content', ops, { platform: 'linux' })).rejects.toMatchObject({
        code: Object.values(fail)[0],
      });
      expect([...files]).toEqual([['/d/plan.json', 'old']]);
    }
  });

  it('says which temporary file is left when it cannot be removed either', async () => {
    const files = new Map<string, string>();
    const { ops } = memoryOps(files, { rename: 'EACCES', unlink: 'EPERM' });
    const error = await writeFileAtomic('/d/x.csv', 'data', ops, { randomSuffix: () => 'f00', platform: 'linux' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TempFileLeftError);
    expect((error as TempFileLeftError).tempFile).toBe('/d/x.csv.tmp-f00');
    expect((error as TempFileLeftError).cause).toMatchObject({ code: 'EACCES' });
  });

  it('retries a busy rename on Windows, not elsewhere', async () => {
    let tries = 0;
    const files = new Map<string, string>();
    const { ops } = memoryOps(files);
    const rename = ops.rename;
    ops.rename = async (from, to) => {
      tries++;
      if (tries < 3) throw fsError('EBUSY');
      return rename(from, to);
    };
    await writeFileAtomic('C:\\d\\p.json', 'x', ops, { platform: 'win32', sleep: async () => undefined });
    expect(tries).toBe(3);
    tries = 0;
    await expect(writeFileAtomic('/d/p.json', 'x', ops, { platform: 'linux' })).rejects.toMatchObject({ code: 'EBUSY' });
  });

  it('writes nothing when the target must not be replaced', async () => {
    const files = new Map<string, string>();
    const { ops, calls } = memoryOps(files);
    ops.inspect = () => Promise.reject(fsError('EISDIR'));
    await expect(writeFileAtomic('/d', 'x', ops)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(calls).toEqual([]);
  });
});

describe('temporary files of interrupted saves', () => {
  it("a name per write: the next save never touches another writer's temporary file (start-up cleanup removes old ones)", async () => {
    const files = new Map([['/d/plan.json', 'old'], ['/d/plan.json.tmp-planpath', 'half']]);
    const { ops } = memoryOps(files);
    await writeFileAtomic('/d/plan.json', 'new', ops, { platform: 'linux' });
    expect([...files]).toEqual([['/d/plan.json', 'new'], ['/d/plan.json.tmp-planpath', 'half']]);
  });

  it('are removed at start-up, older random-suffix ones too', async () => {
    const files = new Map([
      ['/d/plan.json', 'x'],
      ['/d/plan.json.tmp-planpath', 'half'],
      ['/d/plan.json.tmp-0123456789ab', 'half'],
      ['/d/other.json.tmp-0123456789ab', 'not ours to judge'],
    ]);
    const { ops } = memoryOps(files);
    const removed = await cleanupInterruptedSaves(['/d/plan.json', '/d/none.json'], {
      unlink: ops.unlink,
      list: async () => [...files.keys()].map((f) => f.slice(3)),
    });
    expect(removed.sort()).toEqual(['/d/plan.json.tmp-0123456789ab', '/d/plan.json.tmp-planpath']);
    expect([...files.keys()]).toEqual(['/d/plan.json', '/d/other.json.tmp-0123456789ab']);
  });

  it('saves to one target run one after another', async () => {
    const files = new Map<string, string>();
    const { ops, calls } = memoryOps(files);
    await Promise.all([writeFileAtomic('/d/a', '1', ops, { platform: 'linux' }), writeFileAtomic('/d/a', '2', ops, { platform: 'linux' })]);
    expect(calls.map((c) => c.replace(/tmp-planpath-\d+-\d+/, 'tmp-N'))).toEqual(['write /d/a.tmp-N', 'rename /d/a.tmp-N', 'write /d/a.tmp-N', 'rename /d/a.tmp-N']);
    expect(files.get('/d/a')).toBe('2');
  });

  it('two processes writing one target use their own temporary files: both complete, the last rename wins, nothing is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planpath-concurrent-'));
    try {
      const target = path.join(dir, 'out.json');
      const a = 'A'.repeat(200_000);
      const b = 'B'.repeat(200_000);
      // Two "processes": different pids, and no shared queue (the second reaches the folder through a link).
      // Both pids are of live processes (this one and its parent): a temporary file of a pid
      // that is not running is a dead writer's, which the other write removes (1111 and 2222
      // made that a race the test lost in CI).
      const link = `${dir}-link`;
      symlinkSync(dir, link);
      const [ra, rb] = await Promise.allSettled([
        writeFileAtomic(target, a, nodeAtomicOps(), { randomSuffix: () => uniqueTempSuffix(process.pid) }),
        writeFileAtomic(path.join(link, 'out.json'), b, nodeAtomicOps(), { randomSuffix: () => uniqueTempSuffix(process.ppid) }),
      ]);
      rmSync(link);
      expect(ra.status).toBe('fulfilled');
      expect(rb.status).toBe('fulfilled');
      expect([a, b]).toContain(readFileSync(target, 'utf8'));
      expect(readdirSync(dir)).toEqual(['out.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a temporary name is unique per process and write', () => {
    const one = uniqueTempSuffix(7);
    const two = uniqueTempSuffix(7);
    expect(one).toMatch(/^planpath-7-\d+$/);
    expect(two).not.toBe(one);
    expect(uniqueTempSuffix(8)).toMatch(/^planpath-8-/);
  });
});
