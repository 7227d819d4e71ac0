import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { testLimitMs } from './test/wait-limits.ts';

// The unit and component tests (`npm run test:unit`) in three projects, so that each file pays only for what it
// uses. Setting up a jsdom page and loading React, Recharts and the app again for every file took most of the
// suite's time, far more than the tests themselves.
//
// - node: pure code (models, lib, data, build helpers, CLIs). No page, no MSW.
// - dom: everything that renders or reads the page, in jsdom with MSW (test/dom-setup.ts). Not isolated: the
//   files in a worker share one page and one module graph, and dom-setup.ts puts the page back after each test.
// - dom-isolated: the files that replace a module with vi.mock. A mock cannot be taken back from modules that
//   other files have already imported, so each of these files gets a fresh page and module graph.

const unitTestFiles = (readdirSync('test', { recursive: true }) as string[])
  .map((file) => path.posix.join('test', file.split(path.sep).join('/')))
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('test/browser/'));

// Found by reading the files, so that a new one cannot land in the shared project by mistake.
const mockingFiles = unitTestFiles.filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')));

// Tests that render nothing (.ts, not .tsx) but run code that needs a page: the API client resolves its base
// against document.baseURI, the deploy check parses HTML with DOMParser, and the others use window, navigator,
// storage, document.createElement or a React hook.
const domTestsWithoutJsx = [
  'test/api/api-client.test.ts',
  'test/api/api-client-faults.test.ts',
  'test/api/deploy-check.test.ts',
  'test/app/first-screen.test.ts',
  'test/app/service-worker-registration.test.ts',
  'test/features/kiosk/deploy-watcher.test.ts',
  'test/features/kiosk/use-screen-wake-lock.test.ts',
  'test/build/boot-watchdog.test.ts',
];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      restoreMocks: true,
      unstubGlobals: true,
      unstubEnvs: true,
      // Tests wait for states, not for time; these limits only end a test that hangs (test/wait-limits.ts).
      testTimeout: testLimitMs,
      hookTimeout: testLimitMs,
      // Worker threads start faster than forked processes. Two workers on the two-core build machines: Vitest's
      // default there is one (cores - 1), which leaves a core idle while the main process mostly waits, and
      // every further worker loads its own page and module graph.
      pool: 'threads',
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            isolate: false,
            setupFiles: ['./test/setup.ts'],
            include: ['test/**/*.test.ts'],
            exclude: ['test/browser/**', ...domTestsWithoutJsx, ...mockingFiles],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            isolate: false,
            setupFiles: ['./test/setup.ts', './test/dom-setup.ts'],
            include: ['test/**/*.test.tsx', ...domTestsWithoutJsx],
            exclude: ['test/browser/**', ...mockingFiles],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom-isolated',
            environment: 'jsdom',
            isolate: true,
            setupFiles: ['./test/setup.ts', './test/dom-setup.ts'],
            include: mockingFiles,
          },
        },
      ],
    },
  }),
);
