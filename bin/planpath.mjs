#!/usr/bin/env node
/**
 * `planpath …` (package.json "bin") and `npm run cli -- …`: runs the bundled CLI
 * (scripts/cli-bundle.mjs), rebuilding it first if a source file changed since the last
 * build. Same arguments, output and exit codes as main/cli/index.ts.
 */
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from '../scripts/cli-bundle.mjs';

let entry;
try {
  entry = await ensureCliBundle();
} catch (error) {
  process.stderr.write(`internal error: the CLI could not be built (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
  process.exit(2);
}
await import(pathToFileURL(entry).href);
