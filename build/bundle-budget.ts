import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

// The dashboard's size budget, measured on a built dist/ (docs/performance.md). Sizes are
// deterministic, so the budget is a test; the benchmark (scripts/bench.mjs) prints the same figures.

const KiB = 1024;

export type Budget = { initialJsGzip: number; allJsGzip: number; authorJsGzip: number; allCssGzip: number };

export const budget: Readonly<Budget> = {
  /** JS the browser must run before the first scene's figures can appear. */
  initialJsGzip: 110 * KiB,
  /**
   * Every script the dashboard and meeting-room mode can load, the author's page left out. (246: meeting-room
   * pages that deal tiles out evenly, in its own chunk, took the last 245 had to spare.)
   */
  allJsGzip: 246 * KiB,
  /** The author's review page (?view=author) on top: it carries the whole text extractor. */
  authorJsGzip: 40 * KiB,
  allCssGzip: 15 * KiB,
};

/** The review page's entry in Vite's manifest: its code, and what only it imports, are the author's part. */
export const authorPageSource = 'src/app/author-page.tsx';

/**
 * The app's own module, which the page's tiny entry (src/boot.ts) imports once the prerendered screen has been
 * painted. Its chunk and the chunks it imports statically are what every first screen waits for.
 */
export const appModuleSource = 'src/main.tsx';

/**
 * Code the first screen of `/` needs beyond the entry, as source paths in Vite's manifest: the app module, which
 * the tiny entry imports once the prerendered screen is painted. Scenes are drawn by its own code, and the
 * default report's first scene has no charts (whose code loads apart).
 */
export const firstScreenSources: readonly string[] = [appModuleSource];

/** The subset of Vite's .vite/manifest.json that the budget reads. */
export type ManifestChunk = {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export type SizeTotals = { files: string[]; raw: number; gzip: number; brotli: number };

export type BundleMeasure = {
  initialJs: SizeTotals;
  allJs: SizeTotals;
  authorJs: SizeTotals;
  allCss: SizeTotals;
  /** Font files in dist/ and files that declare @font-face or load a font service. */
  fonts: string[];
};

const fontFile = /\.(woff2?|ttf|otf|eot)$/i;
const fontUse = /@font-face|fonts\.googleapis\.com|fonts\.gstatic\.com/i;

function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(directory, entry.name), relative) : [relative];
  });
}

export function compressedSizes(content: Buffer): { raw: number; gzip: number; brotli: number } {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function totals(distDir: string, files: readonly string[]): SizeTotals {
  const sum: SizeTotals = { files: [...files].sort(), raw: 0, gzip: 0, brotli: 0 };
  for (const file of sum.files) {
    const sizes = compressedSizes(readFileSync(path.join(distDir, file)));
    sum.raw += sizes.raw;
    sum.gzip += sizes.gzip;
    sum.brotli += sizes.brotli;
  }
  return sum;
}

/**
 * The JS files that must load before the first screen can render: index.html's entry and its static imports,
 * plus any `sources` the first screen also waits for and their static imports. Dynamic imports (charts,
 * meeting-room mode, tool pages) are left out, because nothing waits for them.
 */
export function initialJsFiles(manifest: Manifest, sources: readonly string[] = firstScreenSources): string[] {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('The manifest has no entry chunk');
  for (const source of sources) if (!manifest[source]) throw new Error(`The manifest has no chunk for ${source}`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest refers to ${key} but has no such chunk`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  sources.forEach(visit);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** The JS files only the author's page loads: reachable from its entry and from no other entry. */
export function authorOnlyJsFiles(manifest: Manifest): string[] {
  const reach = (keys: readonly string[], skip?: string) => {
    const files = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || key === skip || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(imported);
    };
    keys.forEach(visit);
    return files;
  };
  if (!manifest[authorPageSource]) return [];
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  // Everything the dashboard can load, walking past the author page's own entry.
  const dashboard = reach(entries, authorPageSource);
  return [...reach([authorPageSource])].filter((file) => file.endsWith('.js') && !dashboard.has(file));
}

export function readManifest(distDir: string): Manifest {
  const file = path.join(distDir, '.vite/manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build with build.manifest = true`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export function measureBundle(distDir: string, sources: readonly string[] = firstScreenSources): BundleMeasure {
  const files = listFiles(distDir).filter((file) => !file.startsWith('.vite/'));
  const textFiles = files.filter((file) => /\.(js|css|html)$/.test(file));
  const manifest = readManifest(distDir);
  const authorOnly = new Set(authorOnlyJsFiles(manifest));
  return {
    initialJs: totals(distDir, initialJsFiles(manifest, sources)),
    allJs: totals(distDir, files.filter((file) => file.endsWith('.js') && !authorOnly.has(file))),
    authorJs: totals(distDir, [...authorOnly]),
    allCss: totals(distDir, files.filter((file) => file.endsWith('.css'))),
    fonts: [
      ...files.filter((file) => fontFile.test(file)),
      ...textFiles.filter((file) => fontUse.test(readFileSync(path.join(distDir, file), 'utf8'))),
    ],
  };
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

/** Every way `measure` breaks `limits`, as sentences; empty when it is within budget. */
export function budgetViolations(measure: BundleMeasure, limits: Budget = budget): string[] {
  const over = (name: string, actual: number, limit: number) =>
    actual > limit ? [`${name} is ${kib(actual)} gzipped, over the ${kib(limit)} budget`] : [];
  return [
    ...over('JS before the first figures', measure.initialJs.gzip, limits.initialJsGzip),
    ...over('All JS', measure.allJs.gzip, limits.allJsGzip),
    ...over('The author page’s JS', measure.authorJs.gzip, limits.authorJsGzip),
    ...over('All CSS', measure.allCss.gzip, limits.allCssGzip),
    ...(measure.fonts.length > 0 ? [`Web fonts are not allowed: ${measure.fonts.join(', ')}`] : []),
  ];
}

/** A small table of the measured sizes against the budget, for test logs and the benchmark. */
export function formatBundleReport(measure: BundleMeasure, limits: Budget = budget): string {
  const row = (name: string, sizes: SizeTotals, limit: number | null) =>
    `${name.padEnd(28)}${String(sizes.files.length).padStart(6)}${kib(sizes.raw).padStart(12)}${kib(sizes.gzip).padStart(12)}${kib(sizes.brotli).padStart(12)}${(limit === null ? '' : kib(limit)).padStart(12)}`;
  return [
    `${'bundle'.padEnd(28)}${'files'.padStart(6)}${'raw'.padStart(12)}${'gzip -9'.padStart(12)}${'brotli 11'.padStart(12)}${'budget'.padStart(12)}`,
    row('JS before first figures', measure.initialJs, limits.initialJsGzip),
    row('all JS (dashboard)', measure.allJs, limits.allJsGzip),
    row('author page JS', measure.authorJs, limits.authorJsGzip),
    row('all CSS', measure.allCss, limits.allCssGzip),
    `${'web fonts'.padEnd(28)}${String(measure.fonts.length).padStart(6)}${''.padStart(36)}${'0'.padStart(12)}`,
  ].join('\n');
}
