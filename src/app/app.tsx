import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import { DashboardPage } from '@/app/dashboard-page';
import { SharedSvgDefs } from '@/components/bar-patterns';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SharedSvgDefs />
        <DashboardPage />
      </I18nProvider>
    </QueryClientProvider>
  );
}
