import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import { App } from '@/app/app';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders with fresh providers, at the given URL (query string included). */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createTestQueryClient();
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <I18nProvider>{ui}</I18nProvider>
      </QueryClientProvider>,
    ),
  };
}

export function renderApp({ url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createTestQueryClient();
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
