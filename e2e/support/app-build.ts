/**
 * Which build of the app the end-to-end tests drive. `npm test` / `npm run test:e2e`
 * (scripts/run-e2e.ts) build into a folder of their own, test-results/e2e-app/ (with
 * dist-web/ and dist-electron/ inside, laid out as the app's root), and name it in
 * PLANPATH_E2E_APP: a web mode that `npm start` serves from dist-web/ is never rebuilt
 * under it. Without the variable (a spec run by hand after `npm run build:web` and
 * `npm run build:electron`), the project's own dist-web/ and dist-electron/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where scripts/run-e2e.ts builds, relative to the project (ignored by git: test-results/). */
export const E2E_APP_DIR = path.join('test-results', 'e2e-app');

/** The app root the tests use: holds dist-web/ and dist-electron/ (app.getAppPath() of the desktop stand-in). */
export function e2eAppRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env.PLANPATH_E2E_APP;
  return given ? path.resolve(PROJECT_ROOT, given) : PROJECT_ROOT;
}

export const E2E_APP_ROOT = e2eAppRoot();
export const E2E_WEB_ROOT = path.join(E2E_APP_ROOT, 'dist-web');
export const E2E_ELECTRON_DIR = path.join(E2E_APP_ROOT, 'dist-electron');
