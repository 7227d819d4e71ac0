import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { staticApiPlugin } from './build/static-api-plugin.ts';
import { versionFilePlugin } from './build/version-file-plugin.ts';
import { cspPlugin } from './build/csp-plugin.ts';
import { firstScreenPreloadPlugin } from './build/first-screen-preload-plugin.ts';
import { prerenderPlugin } from './build/prerender-plugin.ts';
import { sceneGridPlugin } from './build/scene-grid-plugin.ts';
import { notFoundPlugin } from './build/not-found-plugin.ts';
import { bootWatchdogPlugin } from './build/boot-watchdog-plugin.ts';
import { serviceWorkerPlugins } from './build/service-worker-plugin.ts';
import { leanPreloadHelperPlugin } from './build/lean-preload-helper-plugin.ts';

// The app's shared code. The scene views, React and react-query are in it too: meeting-room mode, the briefing
// pack and the tool pages use them beside the app module (src/main.tsx), which the entry imports only after the
// first paint, and each would otherwise be a chunk of its own.
const sharedModule =
  /[\\/]src[\\/](components|lib|data|i18n|api)[\\/]|[\\/]src[\\/]features[\\/]scenes[\\/](model[\\/]|components[\\/](scene-view|panels[\\/](?!bars-panel-chart)))|[\\/]node_modules[\\/](@tanstack|react|react-dom|scheduler)[\\/]/;
// Code that loads on demand and so stays out of the shared chunk: charts (all of components/charts but the
// shared SVG patterns, and the table behind each chart), the layout generator for reports without a layout, and
// the API client's fetching code, which no first screen of the default report waits for.
const onDemandModule = /components[\\/](charts[\\/](?!bar-patterns)|figure-table)|recharts|lib[\\/]layout[\\/]|i18n[\\/]messages-en|api[\\/](api-client|offline-copy)\.ts$/;
// Only meeting-room mode checks deploys and splits scenes into pages: these go with its chunk, not with the code
// every page loads first.
const kioskOnlyModule = /[\\/]src[\\/](api[\\/]deploy-check|lib[\\/]content-type|features[\\/]scenes[\\/]model[\\/]scene-pages)\.ts$/;

export default defineConfig({
  // Relative asset and API paths: dist/ can be served from any sub-path.
  base: './',
  plugins: [
    react(),
    leanPreloadHelperPlugin(),
    sceneGridPlugin(),
    staticApiPlugin(),
    firstScreenPreloadPlugin(),
    bootWatchdogPlugin(),
    versionFilePlugin(),
    // Before the CSP plugin, which checks the finished pages for inline script.
    prerenderPlugin(),
    cspPlugin(),
    notFoundPlugin(),
    serviceWorkerPlugins(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // .vite/manifest.json: the bundle budget test reads the real chunk graph from it (build/bundle-budget.ts).
    manifest: true,
    // No preloading of lazy chunks' own imports (which are all in the page already, but for the tiny
    // chart-motion) and no polyfill for it: the first screen's script stays within its budget.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The app's shared code (sharedModule) in one chunk rather than a handful of tiny ones: each file is one
        // more request and module for the first screen to wait on. Recharts and the chart components stay out
        // of it, so they still load only with the chart scenes.
        codeSplitting: {
          groups: [
            // Vite's dynamic-import helper apart, so that the page's tiny entry (src/boot.ts) needs nothing else
            // before it starts the app, which it does after the first paint.
            { name: 'preload-helper', test: /preload-helper/, priority: 2 },
            { name: 'shared', test: (id: string) => sharedModule.test(id) && !onDemandModule.test(id) && !kioskOnlyModule.test(id) },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
});
