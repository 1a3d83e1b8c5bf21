/**
 * Runs before every component test file, also where the files of a worker share one
 * module graph (vitest.config.ts): what setup-dom.ts registers once on import must be
 * registered for each file here, or the second file would find the first one's DOM.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  // Some files here run in plain node (no document): nothing to clean there.
  if (typeof document === 'undefined') return;
  cleanup();
  document.body.innerHTML = '';
});
