/**
 * Runs before each unit test file. In the component tests (jsdom), testing-library's
 * findBy/waitFor poll for up to TIMEOUTS.wait instead of their 1 s default, which a
 * loaded machine overruns (see test-timeouts.ts).
 */
import { TIMEOUTS } from './test-timeouts.ts';

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: TIMEOUTS.wait });
}
