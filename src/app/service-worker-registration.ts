// Registers the service worker of a production build (dist/sw.js, built from src/service-worker/sw.ts). Never
// in development, where MSW's worker holds the same slot, nor in unit tests. A plain register() call: the
// worker updates itself, and nothing here may add weight to the code that runs before the first figures.

/** Beside index.html, so its scope is the directory the dashboard is deployed in, at `/` or under a sub-path. */
const serviceWorkerUrl = `${import.meta.env.BASE_URL}sw.js`;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    // The browser checks sw.js for a new build on every page load; bypass the HTTP cache for that check.
    navigator.serviceWorker
      .register(serviceWorkerUrl, { scope: import.meta.env.BASE_URL, updateViaCache: 'none' })
      .then((registration) => {
        // A tab left open checks again when it is looked at, so the next reload already gets a new build.
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
        });
      })
      .catch(() => {
        // No worker (private mode, a policy, an unusual host): the dashboard works as before, online only.
      });
  };
  // After the page has loaded, so installing (which downloads the whole build) never competes with it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
