import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-output tests read the real dist/; the setup builds it once if it is missing.
    globalSetup: ['tests/helpers/ensure-build.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
