#!/usr/bin/env node
// `npm test`: everything, in the order a failure is cheapest to find. Type check, lint, data check, one
// production build, unit and component tests (Node, and jsdom + MSW; the bundle budget measures that build),
// then the real-browser suite in Chromium on that same build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const resultsDir = path.join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];
const stepTimes = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const startedAt = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  stepTimes.push(`${name}: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function countVitest(reportFile) {
  if (!existsSync(reportFile)) return;
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

const node = process.execPath;
const bin = (name, ...rest) => [path.join(root, 'node_modules', name, ...rest)];

run('type check', node, [...bin('typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit']);
run('type check (service worker)', node, [...bin('typescript', 'bin', 'tsc'), '-p', 'src/service-worker/tsconfig.json', '--noEmit']);
run('lint', node, [...bin('eslint', 'bin', 'eslint.js'), '.', '--max-warnings', '0']);
// Dead files, unused exports and types, unused or unlisted dependencies (knip.jsonc).
run('dead code', node, [...bin('knip', 'bin', 'knip.js')]);
run('data check', node, ['scripts/data-check.mjs']);

// dist/ once, as the browser suite would build it (test/production-build.ts). SKIP_BUILD=1 then tells the bundle
// budget test and the browser suite's global set-up to use it rather than build their own. If the build fails,
// SKIP_BUILD=0: each builds again and fails with the build's output, never measuring an older dist/.
const { module: productionBuild } = await runnerImport(path.join(root, 'test/production-build.ts'), { configFile: false, logLevel: 'silent' });
const built = run('production build', node, productionBuild.productionBuildArgs(), productionBuild.productionBuildEnv);
const distEnv = { SKIP_BUILD: built ? '1' : '0' };

const unitReport = path.join(resultsDir, 'unit.json');
rmSync(unitReport, { force: true });
run('unit and component tests', node, [...bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], distEnv);
countVitest(unitReport);

// Screenshots are for people to look at after a local run; CI skips encoding them unless asked.
const screenshots = process.env.SCREENSHOTS ?? (inCi ? 'off' : 'on');
if (existsSync(chromiumPath)) {
  const browserReport = path.join(resultsDir, 'browser.json');
  rmSync(browserReport, { force: true });
  run('browser suite (Chromium)', node, [
    ...bin('vitest', 'vitest.mjs'),
    'run',
    '--config',
    'vitest.browser.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${browserReport}`,
  ], { ...distEnv, SCREENSHOTS: screenshots });
  countVitest(browserReport);
  if (screenshots === 'off') console.log('Screenshots: off in CI (run with SCREENSHOTS=on to keep them).');
  else console.log(`Screenshots: ${path.relative(root, path.join(resultsDir, 'screenshots'))}/`);
} else if (inCi) {
  console.error(`\nBrowser suite: Chromium not found at ${chromiumPath}, and CI=true never skips it.`);
  failedSteps.push('browser suite (Chromium missing)');
} else {
  console.warn(
    `\nBrowser suite SKIPPED: no Chromium at ${chromiumPath}.\n` +
      '  Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk) or point CHROMIUM_PATH at a\n' +
      '  Chromium or Chrome binary, then run npm test again.',
  );
}

console.log('\n=== summary ===');
for (const line of stepTimes) console.log(line);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
