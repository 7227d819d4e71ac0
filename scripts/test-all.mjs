#!/usr/bin/env node
// `npm test`: everything, in the order a failure is cheapest to find. Type check, lint, data check,
// unit and component tests (jsdom + MSW), then the real-browser suite in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const resultsDir = path.join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
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
run('lint', node, [...bin('eslint', 'bin', 'eslint.js'), '.', '--max-warnings', '0']);
run('data check', node, ['scripts/data-check.mjs']);

const unitReport = path.join(resultsDir, 'unit.json');
rmSync(unitReport, { force: true });
run('unit and component tests', node, [...bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
countVitest(unitReport);

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
  ]);
  countVitest(browserReport);
  console.log(`Screenshots: ${path.relative(root, path.join(resultsDir, 'screenshots'))}/`);
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
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
