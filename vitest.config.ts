import { defineConfig } from 'vitest/config';
import { TIMEOUTS } from './test-timeouts.ts';

export default defineConfig({
  test: {
    include: ['scenarios/**/*.test.ts', 'models/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous and scaled (test-timeouts.ts): they stop a hung test, they do not time one.
    testTimeout: TIMEOUTS.test,
    hookTimeout: TIMEOUTS.hook,
    expect: { poll: { timeout: TIMEOUTS.wait } },
    setupFiles: ['vitest.setup.ts'],
  },
});
