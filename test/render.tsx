import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import { App } from '@/app/app';
import { parseAppUrl } from '@/app/app-url';
import { createTestQueryClient } from './query-client';

/** Renders with fresh providers, at the given URL (query string included). */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createTestQueryClient();
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={parseAppUrl(new URL(url, 'http://localhost').search).locale}>{ui}</I18nProvider>
      </QueryClientProvider>,
    ),
  };
}

/** The whole app at the given URL, with the test client unless the test brings its own. */
export function renderApp({ url = '/', queryClient = createTestQueryClient() }: { url?: string; queryClient?: QueryClient } = {}) {
  window.history.replaceState(null, '', url);
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
