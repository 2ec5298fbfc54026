import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests of the core (Node), story tests (compile and play every .ink),
// and browser tests (build the game, play it in real Chromium). `npm test` runs them all.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Generous: a loaded 2-core CI machine is slow, and no unit test is a speed target.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'story',
          include: ['tests/story/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
