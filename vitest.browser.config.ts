import { defineConfig } from 'vitest/config';

// The real-browser suite: builds and serves dist/, drives Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['./test/browser/global-setup.ts'],
    // Two files at a time, each with its own Chromium, on the build machines' two cores: one file leaves a core
    // idle much of the time (it waits on one renderer's main thread). Measured on the whole suite at load 5–13:
    // 653 s and 680 s one file at a time, 420 s and 485 s two at a time, for about the same CPU time.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits for a state in a real browser; a second (Vitest's default) is too short on a busy machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
