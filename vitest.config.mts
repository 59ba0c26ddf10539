import { defineConfig } from 'vitest/config';

// Every test file gets its own settings and documents folders (test/setup/isolate.ts).
const setupFiles = ['test/setup/isolate.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/core/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
