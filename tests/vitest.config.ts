import { defineConfig } from 'vitest/config';

/** Cross-app tests start real collectors and child processes: give them room, one file at a time per worker. */
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/browser/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
