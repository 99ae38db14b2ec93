import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built packages (.output/chrome-mv3 in Debian's Chromium,
// .output/firefox-mv2 in firefox-esr); run after `npm run build`. One file at a time: each
// launches its own browser profiles.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
