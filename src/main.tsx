import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { keepLastGoodData } from '@/api/last-good-data';
import { firstScreenOrTimeout, loadFirstScreen } from '@/app/first-screen';
import { signalAppStarted } from '@/app/boot-signal';
import '@/styles/theme.css';
import 'virtual:scene-grid.css';
import '@/styles/provenance.css';
import '@/styles/print.css';

async function startMockApiInDevelopment(): Promise<void> {
  // Dev only: MSW answers the API from src/data. Production builds ship static API files instead,
  // and this branch (with MSW) is removed from the bundle.
  if (import.meta.env.DEV && !import.meta.env.VITE_API_BASE_URL) {
    const { worker } = await import('@/mocks/browser');
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  }
}

/** Rendered beside the app: its effect runs only once the app's first render has committed without throwing. */
function StartSignal() {
  useEffect(signalAppStarted, []);
  return null;
}

void startMockApiInDevelopment().then(async () => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  keepLastGoodData(queryClient);
  await firstScreenOrTimeout(loadFirstScreen(queryClient));
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
      <StartSignal />
    </StrictMode>,
  );
  // Its own small chunk: the worker matters only after the first figures are on screen.
  if (import.meta.env.PROD) {
    void import('@/app/service-worker-registration').then(({ registerServiceWorker }) => registerServiceWorker());
  }
});
