import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { prerenderedFileFor } from '@/lib/prerendered-address';
import { apiCacheName, asOfflineCopy, isApiUrl, isGoodShellResponse, keepableApiCopy, shellEntries, type ManifestEntry } from '@/service-worker/sw-rules';

// The dashboard's service worker (docs/deploy.md, "Offline and updates"). It keeps the app shell of one build in
// the precache and serves it even with no network, so a meeting-room PC that restarts offline still starts;
// report data goes network first, with the last good answer (kept from the app's own requests once the worker
// is in charge) as a marked fallback. A new build's worker
// installs only when every file of that build has arrived intact, then takes over at once; pages keep
// running the code they loaded until they reload (meeting-room mode reloads at a scene change).

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<ManifestEntry | string> };

const scope = new URL(self.registration.scope);

const shellTypeCheck: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => (isGoodShellResponse(request.url, response) ? response : null),
};
addPlugins([shellTypeCheck]);
precacheAndRoute(shellEntries(self.__WB_MANIFEST, scope));
cleanupOutdatedCaches();

// Every page address of the app (`./`, `./?kiosk`, `./index.html?scene=…`) is the one page, served from the
// precache as the page prerendered for that address (index.kiosk.html for `?kiosk`), or as index.html, which the
// app renders any address from. A deeper path (/foo/bar) is not: its relative assets would not load, so it goes
// to the server, which answers 404.
const escapedScope = scope.pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const precachedPage = async ({ url, request }: { url: URL; request: Request }): Promise<Response> =>
  (await matchPrecache(prerenderedFileFor(url.search) ?? 'index.html')) ?? (await matchPrecache('index.html')) ?? fetch(request);
registerRoute(
  new NavigationRoute(precachedPage, {
    allowlist: [new RegExp(`^${escapedScope}(index\\.html)?(\\?.*)?$`)],
    denylist: [/\/api\/v1\//, /\/version\.json$/, /\/sw(-kill-switch)?\.js$/],
  }),
);

const apiCopies: WorkboxPlugin = {
  cacheWillUpdate: ({ response }) => keepableApiCopy(response, Date.now()),
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? asOfflineCopy(cachedResponse) : undefined),
};
registerRoute(({ url }) => isApiUrl(url, scope), new NetworkFirst({ cacheName: apiCacheName, plugins: [apiCopies] }));

self.addEventListener('install', () => {
  // Once installed (every file of this build fetched and checked), take over without waiting for old pages
  // to close: they keep the code they loaded, and the next page load gets this build.
  void self.skipWaiting();
});
clientsClaim();
