/** Shared by the CLI tests: runCli against the real file system (the io of index.ts), with captured output. */
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io';
import { nodeFileIo } from './node-io';
import { runCli } from './run-cli';

export const PLAN_FILE = fileURLToPath(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function fsIo(out: { stdout: string; stderr: string }, overrides: Partial<CliIo> = {}): CliIo {
  return {
    ...nodeFileIo,
    now: () => new Date(),
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    ...overrides,
  };
}

export async function cli(argv: string[], overrides: Partial<CliIo> = {}): Promise<CliRun> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, fsIo(out, overrides));
  return { code, ...out };
}
