import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { staticApiPlugin } from './build/static-api-plugin.ts';
import { versionFilePlugin } from './build/version-file-plugin.ts';
import { cspPlugin } from './build/csp-plugin.ts';
import { firstScreenPreloadPlugin } from './build/first-screen-preload-plugin.ts';

const sharedModule = /[\\/]src[\\/](components|lib|data|i18n|api)[\\/]/;
const chartModule = /figure-bar-chart|chart-mount-turns|use-chart-box|recharts/;

export default defineConfig({
  // Relative asset and API paths: dist/ can be served from any sub-path.
  base: './',
  plugins: [react(), staticApiPlugin(), firstScreenPreloadPlugin(), versionFilePlugin(), cspPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // .vite/manifest.json: the bundle budget test reads the real chunk graph from it (build/bundle-budget.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // The app's shared code (components, lib, data, i18n, api) in one chunk rather than a handful of tiny
        // ones: each file is one more request and module for the first screen to wait on. Recharts and the
        // chart components stay out of it, so they still load only with the chart scenes.
        codeSplitting: {
          groups: [{ name: 'shared', test: (id: string) => sharedModule.test(id) && !chartModule.test(id) }],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
});
