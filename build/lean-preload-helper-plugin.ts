import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The id Vite gives its dynamic-import helper (vite: src/node/plugins/importAnalysisBuild.ts). */
const preloadHelperId = '\0vite/preload-helper.js';

const leanHelperFile = path.resolve(import.meta.dirname, 'lean-preload-helper.js');

/**
 * Vite wraps each dynamic import in a helper that preloads the chunk's imports and style sheets. With
 * `build.modulePreload: false` only style sheets are left for it to load (meeting-room mode's and the author
 * page's), yet Vite still ships the whole helper, with modulepreload detection and a CSP-nonce lookup: about
 * 0.9 KB gzip that every page loads before the app. This serves build/lean-preload-helper.js in its place,
 * which does only what is left (0.3 KB).
 */
export function leanPreloadHelperPlugin(): Plugin {
  return {
    name: 'rule-of-law:lean-preload-helper',
    apply: 'build',
    // Before Vite's own import analysis, which would load its helper otherwise.
    enforce: 'pre',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: (id) => (id === preloadHelperId ? readFileSync(leanHelperFile, 'utf8') : null),
    },
  };
}
