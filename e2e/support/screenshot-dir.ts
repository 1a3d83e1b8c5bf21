/**
 * Where the end-to-end tests write their screenshots: test-results/screenshots/ on an
 * ordinary run (CI keeps it with the tests' output), docs/screenshots/ — the README's
 * pictures, tracked in git — only when asked: `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = fileURLToPath(
    new URL(env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../../test-results/screenshots/', import.meta.url),
  );
  mkdirSync(dir, { recursive: true });
  return dir;
}
