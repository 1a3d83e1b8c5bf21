/**
 * Every timeout of the unit, component and end-to-end tests, in one place.
 *
 * A timeout only stops a test that hangs; it never times one (figures and budgets are
 * `npm run bench`'s). So they are generous, and they scale: TEST_TIMEOUT_SCALE=3 on a
 * slow or loaded machine multiplies them all; in CI (CI=true) the scale is 2 unless set.
 * Waits poll for a condition (testing-library's findBy/waitFor, e2e/support/until.ts,
 * Playwright's auto-waiting) and return as soon as it holds, so a long limit costs nothing
 * when all is well.
 */

export function timeoutScale(env: Readonly<Record<string, string | undefined>>): number {
  const given = Number(env.TEST_TIMEOUT_SCALE);
  if (Number.isFinite(given) && given > 0) return given;
  return env.CI && env.CI !== 'false' ? 2 : 1;
}

export const TIMEOUT_SCALE = timeoutScale(typeof process === 'undefined' ? {} : process.env);

const scaled = (ms: number) => Math.round(ms * TIMEOUT_SCALE);

export const TIMEOUTS = {
  /** One unit or component test (vitest's testTimeout). */
  test: scaled(30_000),
  /** beforeAll/afterAll and friends. */
  hook: scaled(60_000),
  /** A test that bundles, packages, spawns processes or runs a fuzzing loop. */
  slow: scaled(180_000),
  /** Waiting for a condition to hold: findBy/waitFor, until(), a Playwright step. */
  wait: scaled(15_000),
  /** Waiting for a long computation to finish: a 10,000-path Monte Carlo run in a worker, a download, a print. */
  longWait: scaled(60_000),
  /** One end-to-end test in Chromium. */
  e2eTest: scaled(180_000),
  /** An end-to-end file's set-up: the static server and the browser. */
  e2eHook: scaled(240_000),
} as const;
