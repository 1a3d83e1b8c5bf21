import { defineConfig } from 'vitest/config';
import { TIMEOUTS } from './test-timeouts.ts';

/** Unit tests that replace modules (vi.mock) or stub globals: each file in a fresh module graph. */
const MOCKING = ['main/electron/main.test.ts', 'main/electron/security-checklist.test.ts', 'main/electron/window.test.ts'];

/** Component tests that replace modules (vi.mock): each in a fresh module graph. */
const COMPONENT_MOCKING = [
  'renderer/app.test.tsx',
  'renderer/edit-render-scope.test.tsx',
  'renderer/components/assumption-row-renders.test.tsx',
  'renderer/components/compare-view.test.tsx',
  'renderer/components/target-table.test.tsx',
  'renderer/export/export-dialog.test.tsx',
  'renderer/export/figure-export-buttons.test.ts',
  'renderer/uncertainty/uncertainty-panel.test.tsx',
];

export default defineConfig({
  test: {
    environment: 'node',
    // Generous and scaled (test-timeouts.ts): they stop a hung test, they do not time one.
    testTimeout: TIMEOUTS.test,
    hookTimeout: TIMEOUTS.hook,
    expect: { poll: { timeout: TIMEOUTS.wait } },
    setupFiles: ['vitest.setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Pure code (models, plans, scripts, the main process with its side effects passed
          // in): the files of a worker share one module graph instead of loading mathjs,
          // zod and the engine again per file. That took the import time of these files
          // from about 100 CPU-s to about 10 (README, "Tests").
          name: 'unit',
          include: ['scenarios/**/*.test.ts', 'models/**/*.test.ts', 'main/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: MOCKING,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit-mocking', include: MOCKING } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['renderer/**/*.test.{ts,tsx}'],
          exclude: COMPONENT_MOCKING,
          isolate: false,
          setupFiles: ['renderer/test/each-file.ts'],
        },
      },
      { extends: true, test: { name: 'component-mocking', include: COMPONENT_MOCKING } },
    ],
  },
});
