/**
 * Runs before every component test file, also where the files of a worker share one
 * module graph (vitest.config.ts): what setup-dom.ts registers once on import must be
 * registered for each file here, or the second file would find the first one's DOM
 * (and a spy or fake clock a file left behind).
 */
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  // Spies and fake timers end with their test, whichever file set them.
  vi.restoreAllMocks();
  vi.useRealTimers();
  // Some files here run in plain node (no document): nothing to clean there.
  if (typeof document === 'undefined') return;
  cleanup();
  document.body.innerHTML = '';
});
