#!/usr/bin/env node
// `npm run soak`: the long form of the browser soak test (1,000 scene changes and 200 refetches, figures
// printed). `npm test` runs the short form. Override with SOAK_SCENE_CHANGES / SOAK_REFETCHES.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.browser.config.ts', 'test/browser/soak.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { SOAK_SCENE_CHANGES: '1000', SOAK_REFETCHES: '200', ...process.env },
  },
);
process.exit(result.status ?? 1);
