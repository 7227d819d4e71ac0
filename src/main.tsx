import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { keepLastGoodData } from '@/api/last-good-data';
import { firstScreenOrTimeout, loadFirstScreen } from '@/app/first-screen';
import '@/styles/theme.css';
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

void startMockApiInDevelopment().then(async () => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  keepLastGoodData(queryClient);
  await firstScreenOrTimeout(loadFirstScreen(queryClient));
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
