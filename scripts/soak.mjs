#!/usr/bin/env node
// `npm run soak`: the long form of the browser soak test, figures printed. First 1,000 scene changes and 200
// refetches; then the API flaps while the scene changes and refetches go on: down (a network error, then a 503,
// in turn) for 30 s of wall time and back up for 30 s, 20 times (20 minutes), with the heap after GC, the DOM
// node count and the event-listener count sampled each time the screen has recovered. `npm test` runs the short
// form (100 scene changes, 20 refetches, one flap of 5 s each way). Override with SOAK_SCENE_CHANGES /
// SOAK_REFETCHES, SOAK_FLAP_SECONDS (how long the API stays down, and then up) / SOAK_FLAPS (how many times;
// 0 for none), e.g. `SOAK_FLAPS=40 npm run soak`. Takes about 35 minutes; write its output to a file.
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
    env: { SOAK_SCENE_CHANGES: '1000', SOAK_REFETCHES: '200', SOAK_FLAP_SECONDS: '30', SOAK_FLAPS: '20', ...process.env },
  },
);
process.exit(result.status ?? 1);
