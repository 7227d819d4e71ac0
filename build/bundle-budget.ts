import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

// The performance budget of issue 5, measured on a built dist/ (docs/performance.md). Sizes are
// deterministic, so the budget is a test; the benchmark (scripts/bench.mjs) prints the same figures.

const KiB = 1024;

export type Budget = { initialJsGzip: number; allJsGzip: number; allCssGzip: number };

export const budget: Readonly<Budget> = {
  /** JS the browser must run before the first scene's figures can appear. */
  initialJsGzip: 110 * KiB,
  allJsGzip: 245 * KiB,
  allCssGzip: 15 * KiB,
};

/** The scene that `/` shows (parseSceneId falls back to it), as its source path in Vite's manifest. */
export const firstSceneSource = 'src/features/overview/components/overview-scene.tsx';

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
 * The JS files that must load before `sceneSource` can render: index.html's entry and its static imports,
 * plus the scene's own chunk and its static imports. Dynamic imports (other scenes, charts) are left out,
 * because nothing waits for them.
 */
export function initialJsFiles(manifest: Manifest, sceneSource: string): string[] {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('The manifest has no entry chunk');
  if (!manifest[sceneSource]) throw new Error(`The manifest has no chunk for ${sceneSource}`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest refers to ${key} but has no such chunk`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  visit(sceneSource);
  return [...files].filter((file) => file.endsWith('.js'));
}

export function readManifest(distDir: string): Manifest {
  const file = path.join(distDir, '.vite/manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build with build.manifest = true`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export function measureBundle(distDir: string, sceneSource = firstSceneSource): BundleMeasure {
  const files = listFiles(distDir).filter((file) => !file.startsWith('.vite/'));
  const textFiles = files.filter((file) => /\.(js|css|html)$/.test(file));
  return {
    initialJs: totals(distDir, initialJsFiles(readManifest(distDir), sceneSource)),
    allJs: totals(distDir, files.filter((file) => file.endsWith('.js'))),
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
    row('all JS', measure.allJs, limits.allJsGzip),
    row('all CSS', measure.allCss, limits.allCssGzip),
    `${'web fonts'.padEnd(28)}${String(measure.fonts.length).padStart(6)}${''.padStart(36)}${'0'.padStart(12)}`,
  ].join('\n');
}
