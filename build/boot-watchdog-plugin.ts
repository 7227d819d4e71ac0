import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** A stable name, never hashed: a page whose build is half there must still find it. */
export const bootWatchdogFileName = 'boot-watchdog.js';

const source = path.resolve(import.meta.dirname, 'boot-watchdog.js');

/**
 * Puts build/boot-watchdog.js into dist/ and loads it from index.html before the app's entry script, as an
 * external classic script (the Content-Security-Policy allows 'self' and no inline script). Build only: in
 * development a page that fails to start should stay put for the developer to read the error.
 */
export function bootWatchdogPlugin(): Plugin {
  let base = './';
  return {
    name: 'rule-of-law:boot-watchdog',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      // After Vite's own pass (which would try to bundle the script), at the top of <head>: before the entry
      // script, and after the CSP <meta> (cspPlugin comes later and prepends its tag above this one).
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `${base}${bootWatchdogFileName}`, defer: true }, injectTo: 'head-prepend' }],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: bootWatchdogFileName, source: readFileSync(source, 'utf8') });
    },
  };
}
