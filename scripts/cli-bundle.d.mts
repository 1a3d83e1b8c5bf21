/** Types of scripts/cli-bundle.mjs (plain JavaScript, run by node without a compile step). */
import type { BuildOptions, Metafile } from 'esbuild';

export const PROJECT_ROOT: string;
export const CLI_OUTDIR: string;
export const CLI_ENTRY_NAME: string;
export function cliBuildOptions(outdir: string): BuildOptions;
export function buildCli(outdir?: string): Promise<{ entry: string; metafile: Metafile }>;
export function staleReason(outdir?: string): string | null;
export function ensureCliBundle(outdir?: string): Promise<string>;
