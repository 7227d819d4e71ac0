import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The offline-capable, installable build: Workbox (through vite-plugin-pwa) builds src/service-worker/sw.ts
// into dist/sw.js with the list of files to precache, and writes the web app manifest. docs/deploy.md says
// how it behaves and how to clear it.

export const killSwitchFileName = 'sw-kill-switch.js';

/** Names in both languages: the installed app's name is the same for every reader. */
export const webAppManifest = {
  name: '法治公安建设指标看板 · Rule-of-Law Policing Indicators',
  short_name: '法治指标看板',
  description: '烟台市公安局法治政府建设报告中的各项指标 · Indicators from the Yantai Public Security Bureau’s rule-of-law report',
  lang: 'zh-CN',
  dir: 'ltr' as const,
  // Relative to the manifest, so an install works at `/` and under any sub-path.
  start_url: './',
  scope: './',
  id: './',
  // Meeting-room PCs are the reason to install it: full screen where the browser allows, else its own window.
  display: 'standalone' as const,
  display_override: ['fullscreen' as const, 'standalone' as const],
  background_color: '#0b1220',
  theme_color: '#0b1220',
  icons: [
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

function killSwitchPlugin(): Plugin {
  return {
    name: 'rule-of-law:sw-kill-switch',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: killSwitchFileName, source: readFileSync(path.resolve(import.meta.dirname, killSwitchFileName), 'utf8') });
    },
  };
}

export function serviceWorkerPlugins(): PluginOption[] {
  return [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      // The app registers the worker itself (src/app/service-worker-registration.ts), from its own bundle.
      injectRegister: false,
      manifest: webAppManifest,
      injectManifest: {
        // A classic worker: module workers are not supported by every browser a meeting room may run.
        rollupFormat: 'iife',
        sourcemap: false,
        // The shell only, with every prerendered page (each address is answered with its own). Report data is
        // cached as the app fetches it (network first); the version file is always asked of the server. Never MSW
        // (removed from dist/), the workers themselves, or the build's manifest.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        globIgnores: ['api/**', 'version.json', 'mockServiceWorker.js', 'sw.js', killSwitchFileName, '.vite/**'],
      },
    }),
    killSwitchPlugin(),
  ];
}
