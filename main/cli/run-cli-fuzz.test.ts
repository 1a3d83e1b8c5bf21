/**
 * Random mutations of the real file through every command: the CLI answers 0 or 1,
 * never 2 (an internal error) and never throws.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../../test-timeouts';
import type { CliIo } from './io';
import { runCli } from './run-cli';
import { PLAN_FILE } from './test-helpers';

const original = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a leaf or a node of the tree. */
function paths(node: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((child, i) => paths(child, [...prefix, i], out));
  else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) paths(v, [...prefix, k], out);
  return out;
}

const ALL_PATHS = paths(original as Json).filter((p) => p.length > 0);

function valueAt(tree: Json, path: readonly (string | number)[]): Json | undefined {
  let node: Json | undefined = tree;
  for (const part of path) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[part as string];
  }
  return node;
}

/** Numbers that are not years: values, growth rates, thresholds, factors. */
const NUMBER_PATHS = ALL_PATHS.filter((p) => {
  const v = valueAt(original as Json, p);
  return typeof v === 'number' && !(Number.isInteger(v) && v >= 1949 && v <= 2100);
});

const COMMANDS = fc.constantFrom(
  ['check', 'f.json', '--json'],
  ['check', 'f.json', '--scenario', 'slower'],
  ['check', 'f.json', '--scenario', 'trend', '--lang', 'en'],
  ['project', 'f.json', '--format', 'json', '--scenario', 'faster'],
  ['project', 'f.json', '--basis', 'real'],
  ['project', 'f.json', '--format', 'csv'],
  ['validate', 'f.json'],
  ['export', 'f.json', '--format', 'json', '--out', 'out.json', '--scenario', 'trend'],
  ['export', 'f.json', '--format', 'csv', '--out', 'out.csv', '--basis', 'real'],
  ['montecarlo', 'f.json', '--runs', '20', '--json'],
  ['montecarlo', 'f.json', '--runs', '20', '--sd', 'gdp=0.02,urbanization=0.5,deflator=0.01', '--rho', 'gdp=0.3', '--scenario', 'trend'],
  ['sensitivity', 'f.json', '--target', 'gdp-2035-double', '--json'],
  ['sensitivity', 'f.json', '--target', 'income-2025', '--step', 'sd', '--scenario', 'slower'],
);

async function expectNoInternalError(tree: Json, argv: readonly string[], edits: unknown): Promise<number> {
  const text = JSON.stringify(tree);
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, memoryIo(text, out));
  if (code === 2) throw new Error(`${out.stderr} after ${JSON.stringify(edits)}`);
  expect([0, 1]).toContain(code);
  if (code === 1) expect(out.stderr).not.toBe('');
  expect(out.stdout).not.toMatch(/NaN|Infinity/);
  return code;
}

const replacement = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom<Json>(0, -1, -1.5, 1, 2, 100, 101, 2019, 2020, 2035, 2036, 1e16, null, '', 'gdp', 'x', true, [], {}),
  fc.constant<Json | undefined>(undefined), // delete the key
);

function mutate(tree: Json, edits: { path: number; value: Json | undefined }[]): Json {
  const copy = structuredClone(tree);
  for (const edit of edits) {
    const path = ALL_PATHS[edit.path % ALL_PATHS.length] as (string | number)[];
    let node: Json = copy;
    for (const part of path.slice(0, -1)) {
      if (node === null || typeof node !== 'object') break;
      node = (node as Record<string, Json>)[part as string] as Json;
    }
    if (node === null || typeof node !== 'object') continue;
    const key = path[path.length - 1] as string;
    if (edit.value === undefined) {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete (node as Record<string, Json>)[key];
    } else (node as Record<string, Json>)[key] = edit.value;
  }
  return copy;
}

/** The plan file is `text`; export writes go to a map that nothing reads. */
function memoryIo(text: string, out: { stdout: string; stderr: string }): CliIo {
  const written = new Map<string, string | Uint8Array>();
  return {
    readFile: () => Promise.resolve(text),
    stat: () => Promise.resolve({ size: text.length, isDirectory: false }),
    writeFile: (path, data) => {
      written.set(path, data);
      return Promise.resolve();
    },
    rename: (from, to) => {
      written.set(to, written.get(from) ?? '');
      written.delete(from);
      return Promise.resolve();
    },
    unlink: (path) => {
      written.delete(path);
      return Promise.resolve();
    },
    now: () => new Date('2026-01-01T00:00:00Z'),
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
  };
}

describe('runCli on mutated plan files', () => {
  it('exits 0 or 1, never 2, whatever is replaced or deleted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ path: fc.nat(), value: replacement }), { minLength: 1, maxLength: 4 }),
        COMMANDS,
        async (edits, argv) => {
          await expectNoInternalError(mutate(original as Json, edits), argv, edits);
        },
      ),
      { numRuns: 300 },
    );
  }, TIMEOUTS.slow);

  it('exits 0 or 1, never 2, when numbers change to plausible or extreme values', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            path: fc.nat(),
            scale: fc.oneof(fc.double({ noNaN: true, min: -0.5, max: 3 }), fc.constantFrom(0, 1e-12, 1e6)),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        COMMANDS,
        async (scales, argv) => {
          const edits = scales.map(({ path, scale }) => {
            const p = NUMBER_PATHS[path % NUMBER_PATHS.length] as (string | number)[];
            const v = valueAt(original as Json, p) as number;
            return { path: ALL_PATHS.indexOf(p), value: v === 0 ? scale : v * scale };
          });
          if ((await expectNoInternalError(mutate(original as Json, edits), argv, edits)) === 0) valid++;
        },
      ),
      { numRuns: 300 },
    );
    // The property must mostly exercise the engine, not only the validator.
    expect(valid).toBeGreaterThan(100);
  }, TIMEOUTS.slow);
});
