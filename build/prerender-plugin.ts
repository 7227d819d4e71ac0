import { existsSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { PrerenderedScreen, prerenderFirstScreens } from '../src/app/prerender-page.tsx';
import { readReportFiles } from './static-api-plugin.ts';
import { prerenderedFileFor, prerenderedFileName } from '../src/lib/prerendered-address.ts';

const root = path.resolve(import.meta.dirname, '..');
const rootElement = '<div id="root"></div>';
const noCss = '\0prerender-no-css';

/** The page for one address: the HTML the build wrote around an empty root, with the screen and its data. */
export function prerenderedHtml(page: string, screen: Pick<PrerenderedScreen, 'locale' | 'rootHtml' | 'dataElement'>): string {
  if (!page.includes(rootElement)) throw new Error(`index.html has no ${rootElement} to prerender into`);
  return page
    .replace(rootElement, () => `<div id="root">${screen.rootHtml}</div>\n    ${screen.dataElement}`)
    .replace(/<html lang="[^"]*"/, `<html lang="${screen.locale === 'en' ? 'en-GB' : 'zh-CN'}"`);
}

/**
 * Prerenders the first screens with React's own static renderer (react-dom/static), running the app's modules
 * through Vite, and writes them into index.html and the files beside it.
 */
export function prerenderPlugin(): Plugin {
  let fromBuild = false;
  let outDir = 'dist';
  return {
    name: 'rule-of-law:prerender',
    // The build writes the pages; `vite preview` serves them.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    // After Vite's HTML plugin, which emits index.html in its own generateBundle.
    enforce: 'post',
    configResolved(config) {
      fromBuild = Boolean((config.env.VITE_API_BASE_URL as string | undefined)?.trim());
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      // `vite preview` picks the page by the query string as docs/deploy.md's nginx configuration does.
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview');
        if (url.pathname !== '/' && url.pathname !== '/index.html') return next();
        const file = prerenderedFileFor(url.search);
        if (file && file !== 'index.html' && existsSync(path.join(outDir, file))) request.url = `/${file}`;
        next();
      });
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      // A Vite server of its own runs the app's modules in Node; it stays up while they render, since English
      // messages load with a dynamic import.
      const server = await createServer({
        configFile: false,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        resolve: { alias: { '@': path.join(root, 'src') } },
        // The style sheets are the client build's; rendering HTML needs none of them.
        plugins: [{ name: 'rule-of-law:prerender-no-css', enforce: 'pre', resolveId: (id) => (/\.css$/.test(id) ? noCss : undefined), load: (id) => (id === noCss ? '' : undefined) }],
      });
      let screens: PrerenderedScreen[];
      try {
        const module = (await server.ssrLoadModule(path.join(root, 'src/app/prerender-page.tsx'))) as { prerenderFirstScreens: typeof prerenderFirstScreens };
        screens = await module.prerenderFirstScreens(readReportFiles(), fromBuild);
      } finally {
        await server.close();
      }
      const page = String(index.source);
      for (const screen of screens) {
        const html = prerenderedHtml(page, screen);
        const fileName = prerenderedFileName(screen.search);
        if (fileName === 'index.html') index.source = html;
        else this.emitFile({ type: 'asset', fileName, source: html });
      }
    },
  };
}
