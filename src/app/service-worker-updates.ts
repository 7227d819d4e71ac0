// What meeting-room mode asks of the service worker before it reloads into a new build (the registration is
// in service-worker-registration.ts, a tiny chunk loaded once the first figures are up).

/** How long a reload may wait for the worker to fetch a new build (the whole build, at a PC's pace). */
const updateTimeLimitMs = 60_000;

function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return Promise.resolve(undefined);
  return navigator.serviceWorker.getRegistration().catch(() => undefined);
}

/** True when a service worker answers this page's requests. */
export function isControlledByServiceWorker(): boolean {
  return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

/**
 * Asks the worker to look for a new sw.js and waits until a new worker has installed and taken over, or has
 * failed to install (a file of the new build missing), or the time limit has passed. Never throws.
 */
export async function updateServiceWorker(timeLimitMs = updateTimeLimitMs): Promise<void> {
  const current = await registration();
  if (!current) return;
  try {
    await current.update();
  } catch {
    return;
  }
  const worker = current.installing ?? current.waiting;
  if (!worker) return;
  await new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      worker.removeEventListener('statechange', onChange);
      resolve();
    };
    const onChange = () => {
      if (worker.state === 'activated' || worker.state === 'redundant') finish();
    };
    const timer = setTimeout(finish, timeLimitMs);
    worker.addEventListener('statechange', onChange);
    onChange();
  });
}

/** Takes the worker out, so the next page load comes from the server; the page registers it again. */
export async function unregisterServiceWorker(): Promise<void> {
  await (await registration())?.unregister().catch(() => false);
}
