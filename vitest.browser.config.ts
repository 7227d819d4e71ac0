import { defineConfig } from 'vitest/config';

// The real-browser suite: builds and serves dist/, drives Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['./test/browser/global-setup.ts'],
    // One Chromium at a time: the build machines have two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
