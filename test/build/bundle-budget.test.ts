import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Budget,
  budgetViolations,
  formatBundleReport,
  initialJsFiles,
  measureBundle,
  type BundleMeasure,
  type Manifest,
} from '../../build/bundle-budget.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A dist/ in miniature: an entry, a lazy scene with a shared helper, and a lazy chart chunk. */
const fixtureManifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/scene-a.tsx', 'src/scene-b.tsx'],
    css: ['assets/index.css'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_tile.js': { file: 'assets/tile.js', imports: ['_vendor.js'] },
  '_chart.js': { file: 'assets/chart.js', imports: ['_vendor.js'] },
  'src/scene-a.tsx': { file: 'assets/scene-a.js', isDynamicEntry: true, imports: ['_tile.js', '_vendor.js'] },
  'src/scene-b.tsx': { file: 'assets/scene-b.js', isDynamicEntry: true, imports: ['_chart.js', '_tile.js'] },
};

function writeFixture(directory: string, extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    '.vite/manifest.json': JSON.stringify(fixtureManifest),
    'index.html': '<script type="module" src="./assets/index.js"></script>',
    'assets/index.js': 'console.log("entry");',
    'assets/vendor.js': 'export const vendor = 1;',
    'assets/tile.js': 'export const tile = 1;',
    'assets/chart.js': `export const chart = "${'x'.repeat(5000)}";`,
    'assets/scene-a.js': 'export default 1;',
    'assets/scene-b.js': 'export default 2;',
    'assets/index.css': 'body { color: black }',
    ...extra,
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), content);
  }
}

describe('bundle budget measurement', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('counts the entry, its static imports and the first scene, but not lazily loaded charts', () => {
    expect(initialJsFiles(fixtureManifest, 'src/scene-a.tsx').sort()).toEqual([
      'assets/index.js',
      'assets/scene-a.js',
      'assets/tile.js',
      'assets/vendor.js',
    ]);
    expect(initialJsFiles(fixtureManifest, 'src/scene-b.tsx')).toContain('assets/chart.js');
  });

  it('fails when the first scene is not in the manifest', () => {
    expect(() => initialJsFiles(fixtureManifest, 'src/missing.tsx')).toThrow(/no chunk for src\/missing.tsx/);
  });

  it('reports every limit that is exceeded, and web fonts', () => {
    const fixture = path.join(directory, 'over');
    writeFixture(fixture, { 'assets/noto.woff2': 'font', 'assets/extra.css': '@font-face { font-family: X; src: url(x.woff2) }' });
    const measure = measureBundle(fixture, 'src/scene-a.tsx');
    expect(measure.allJs.gzip).toBeGreaterThan(measure.initialJs.gzip);
    const tiny: Budget = { initialJsGzip: 10, allJsGzip: 10, allCssGzip: 10 };
    const violations = budgetViolations(measure, tiny);
    expect(violations).toHaveLength(4);
    expect(violations.join('\n')).toMatch(/JS before the first figures .* over/);
    expect(violations.join('\n')).toMatch(/Web fonts are not allowed: assets\/noto.woff2, assets\/extra.css/);
  });

  it('passes a bundle within the limits', () => {
    const fixture = path.join(directory, 'within');
    writeFixture(fixture);
    expect(budgetViolations(measureBundle(fixture, 'src/scene-a.tsx'))).toEqual([]);
  });
});

describe('the production build', () => {
  // Its own output folder, so this test never measures a stale dist/ or races the browser suite's build.
  const outDir = path.join(root, 'node_modules/.cache/bundle-budget/dist');
  let measure: BundleMeasure;

  beforeAll(() => {
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (with MSW).
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
    measure = measureBundle(outDir);
  }, 120_000);

  it('stays within the performance budget: initial JS, all JS, CSS, no web fonts', () => {
    console.log(`\n${formatBundleReport(measure)}\nJS before first figures: ${measure.initialJs.files.join(', ')}\n`);
    expect(budgetViolations(measure)).toEqual([]);
  });

  it('keeps Recharts out of the JS that the overview needs', () => {
    expect(measure.initialJs.files.some((file) => file.includes('figure-bar-chart'))).toBe(false);
    expect(measure.allJs.files.some((file) => file.includes('figure-bar-chart'))).toBe(true);
  });
});
