import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { keepLastGoodData } from '@/api/last-good-data';
import { firstScreenOrTimeout, loadFirstScreen, loadPageCode } from '@/app/first-screen';
import { readPrerenderedData, seedPrerenderedData, showsAddress } from '@/app/prerendered-data';
import { parseAppUrl } from '@/app/app-url';
import { signalAppStarted } from '@/app/boot-signal';
import { takeEarlyClick } from '@/app/early-click';

async function startMockApiInDevelopment(): Promise<void> {
  // Dev only: MSW answers the API from src/data. Production builds ship static API files instead,
  // and this branch (with MSW) is removed from the bundle.
  if (import.meta.env.DEV && !import.meta.env.VITE_API_BASE_URL) {
    const { worker } = await import('@/mocks/browser');
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  }
}

/**
 * Lets the browser run other tasks before going on. Evaluating the app's code is one long task on a slow CPU;
 * validating the page's data and rendering each come in tasks of their own, not appended to it.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Rendered beside the app: its effect runs only once the app's first render has committed without throwing.
 * Then a button clicked on the prerendered page before the app took over is clicked again.
 */
function StartSignal({ replayEarlyClick }: { replayEarlyClick: () => void }) {
  useEffect(() => {
    signalAppStarted();
    replayEarlyClick();
  }, [replayEarlyClick]);
  return null;
}

void startMockApiInDevelopment().then(async () => {
  await nextTask();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  // A page prerendered for this very address (build/prerender-plugin.ts) is hydrated with the data it was
  // rendered from, which goes into the cache first, so the last good data kept in storage never stands in for
  // it. A page for another address (a host that serves index.html for every query string) is only a picture
  // until the app has fetched what this address needs, as it would with no prerendered page at all.
  const prerendered = readPrerenderedData();
  await nextTask();
  const hydrating = prerendered !== undefined && showsAddress(prerendered, window.location.search) && container.firstChild !== null;
  if (hydrating) seedPrerenderedData(queryClient, prerendered);
  keepLastGoodData(queryClient);
  // Taken just before React takes the page: from then on React itself replays what the user does.
  let replayEarlyClick: () => void = () => undefined;
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
      <StartSignal replayEarlyClick={() => replayEarlyClick()} />
    </StrictMode>
  );
  if (hydrating) {
    // The HTML already shows this address, and src/boot.ts started this module only once it had been painted:
    // take it over as it is, once its language's messages (and meeting-room mode's code, for its page) are in.
    await loadPageCode(parseAppUrl(prerendered.search)).catch(() => undefined);
    // As a transition, React hydrates in slices that yield to the browser, not in one long task: the screen is
    // already there, and a click or key meanwhile is not held up (Lighthouse's total blocking time).
    replayEarlyClick = takeEarlyClick();
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    // Another address (or no prerendered page): render it here; the HTML stays on screen until then.
    await firstScreenOrTimeout(loadFirstScreen(queryClient));
    replayEarlyClick = takeEarlyClick();
    createRoot(container).render(app);
  }
  // Its own small chunk: the worker matters only after the first figures are on screen.
  if (import.meta.env.PROD) {
    void import('@/app/service-worker-registration').then(({ registerServiceWorker }) => registerServiceWorker());
  }
});
