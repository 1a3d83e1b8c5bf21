import { defineConfig } from 'vitest/config';
import { TIMEOUTS } from './test-timeouts.ts';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    // Generous and scaled (test-timeouts.ts): they stop a hung test, they do not time one.
    testTimeout: TIMEOUTS.e2eTest,
    hookTimeout: TIMEOUTS.e2eHook,
    expect: { poll: { timeout: TIMEOUTS.wait } },
    fileParallelism: false,
  },
});
