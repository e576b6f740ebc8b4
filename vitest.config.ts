import { defineConfig } from 'vitest/config';

// Two projects: `unit` (scripts, core and content, no site needed: npm run test:unit, seconds) and `build` (the
// real dist/, built first when it is missing or older than the sources). npm test runs both.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/ensure-build.ts'] } },
    ],
  },
});
