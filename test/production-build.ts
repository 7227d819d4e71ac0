import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The production build that the tests check. `npm test` (scripts/test-all.mjs) builds dist/ once, before the unit
// suite, and sets SKIP_BUILD=1: the bundle budget (test/build/bundle-budget.test.ts) and the browser suite
// (test/browser/global-setup.ts) then both use that dist/. Run on their own, without SKIP_BUILD=1, each builds.

const root = path.resolve(import.meta.dirname, '..');

/** Where `npm run build` and `npm test` put the production build, and what the browser suite serves. */
export const distDir = path.join(root, 'dist');

/** Stands for a secret in the build machine's environment; test/browser/dist-contents.test.ts checks it stays out. */
export const secretCanary = 'canary-9f4c2e7a-not-for-dist';

/** Vitest sets NODE_ENV=test, which would make Vite build a development bundle (with MSW). */
export const productionBuildEnv: Readonly<Record<string, string>> = { NODE_ENV: 'production', DASHBOARD_SECRET_CANARY: secretCanary };

/** The Vite command (run with node from the project root) that builds production into outDir. */
export function productionBuildArgs(outDir = distDir): string[] {
  return ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
}

/** Builds production into outDir (with `env` on top, e.g. VITE_API_BASE_URL); returns Vite's warnings, throws with its output if the build fails. */
export function buildProduction(outDir = distDir, env: Readonly<Record<string, string>> = {}): string {
  const build = spawnSync(process.execPath, productionBuildArgs(outDir), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...productionBuildEnv, ...env },
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  return `${build.stdout}${build.stderr}`;
}

/** SKIP_BUILD=1 says that dist/ holds a production build made for this run, and dist/ holds one. */
export function distIsBuilt(): boolean {
  return process.env.SKIP_BUILD === '1' && existsSync(path.join(distDir, 'index.html')) && existsSync(path.join(distDir, '.vite/manifest.json'));
}
