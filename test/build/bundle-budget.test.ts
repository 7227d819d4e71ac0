import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Budget,
  budgetViolations,
  formatBundleReport,
  authorOnlyJsFiles,
  initialJsFiles,
  measureBundle,
  type BundleMeasure,
  type Manifest,
} from '../../build/bundle-budget.ts';
import { buildProduction, distDir, distIsBuilt } from '../production-build.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A dist/ in miniature: an entry, a lazy scene with a shared helper, and a lazy chart chunk. */
const fixtureManifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/scene-a.tsx', 'src/scene-b.tsx', 'src/app/author-page.tsx'],
    css: ['assets/index.css'],
  },
  '_extractor.js': { file: 'assets/extractor.js', imports: ['_vendor.js'] },
  'src/app/author-page.tsx': { file: 'assets/author-page.js', isDynamicEntry: true, imports: ['_extractor.js', '_tile.js'] },
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
    'assets/author-page.js': 'export default 3;',
    'assets/extractor.js': `export const extractor = "${'y'.repeat(3000)}";`,
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

  it('counts the entry, its static imports and what else the first screen waits for, but not lazily loaded charts', () => {
    expect(initialJsFiles(fixtureManifest, ['src/scene-a.tsx']).sort()).toEqual([
      'assets/index.js',
      'assets/scene-a.js',
      'assets/tile.js',
      'assets/vendor.js',
    ]);
    expect(initialJsFiles(fixtureManifest, ['src/scene-b.tsx'])).toContain('assets/chart.js');
  });

  it('counts the author page and what only it imports apart from the dashboard, and shared code with the dashboard', () => {
    expect(authorOnlyJsFiles(fixtureManifest).sort()).toEqual(['assets/author-page.js', 'assets/extractor.js']);
    const fixture = path.join(directory, 'author');
    writeFixture(fixture);
    const measure = measureBundle(fixture, ['src/scene-a.tsx']);
    expect(measure.allJs.files).toContain('assets/tile.js');
    expect(measure.allJs.files).not.toContain('assets/extractor.js');
    expect(measure.authorJs.files.sort()).toEqual(['assets/author-page.js', 'assets/extractor.js']);
  });

  it('fails when code the first screen waits for is not in the manifest', () => {
    expect(() => initialJsFiles(fixtureManifest, ['src/missing.tsx'])).toThrow(/no chunk for src\/missing.tsx/);
  });

  it('reports every limit that is exceeded, and web fonts', () => {
    const fixture = path.join(directory, 'over');
    writeFixture(fixture, { 'assets/noto.woff2': 'font', 'assets/extra.css': '@font-face { font-family: X; src: url(x.woff2) }' });
    const measure = measureBundle(fixture, ['src/scene-a.tsx']);
    expect(measure.allJs.gzip).toBeGreaterThan(measure.initialJs.gzip);
    const tiny: Budget = { initialJsGzip: 10, allJsGzip: 10, authorJsGzip: 10, allCssGzip: 10 };
    const violations = budgetViolations(measure, tiny);
    expect(violations).toHaveLength(5);
    expect(violations.join('\n')).toMatch(/JS before the first figures .* over/);
    expect(violations.join('\n')).toMatch(/Web fonts are not allowed: assets\/noto.woff2, assets\/extra.css/);
  });

  it('passes a bundle within the limits', () => {
    const fixture = path.join(directory, 'within');
    writeFixture(fixture);
    expect(budgetViolations(measureBundle(fixture, ['src/scene-a.tsx']))).toEqual([]);
  });
});

describe('the production build', () => {
  let measure: BundleMeasure;

  beforeAll(() => {
    // npm test builds dist/ once for this suite and the browser suite, and says so with SKIP_BUILD=1. Alone, this
    // test builds into its own folder, so that it never measures a stale dist/ or races the browser suite's build.
    if (distIsBuilt()) {
      measure = measureBundle(distDir);
      return;
    }
    const outDir = path.join(root, 'node_modules/.cache/bundle-budget/dist');
    buildProduction(outDir);
    measure = measureBundle(outDir);
  });

  it('stays within the performance budget: initial JS, all JS, CSS, no web fonts', () => {
    console.log(`\n${formatBundleReport(measure)}\nJS before first figures: ${measure.initialJs.files.join(', ')}\n`);
    expect(budgetViolations(measure)).toEqual([]);
  });

  it('keeps Recharts out of the JS that the overview needs', () => {
    expect(measure.initialJs.files.some((file) => file.includes('bars-panel-chart'))).toBe(false);
    expect(measure.allJs.files.some((file) => file.includes('bars-panel-chart'))).toBe(true);
  });
});
