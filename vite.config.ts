import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { staticApiPlugin } from './build/static-api-plugin.ts';
import { versionFilePlugin } from './build/version-file-plugin.ts';
import { cspPlugin } from './build/csp-plugin.ts';
import { firstScreenPreloadPlugin } from './build/first-screen-preload-plugin.ts';

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
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
});
