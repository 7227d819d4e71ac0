import { lazy, Suspense } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import { DashboardPage } from '@/app/dashboard-page';
import { SharedSvgDefs } from '@/components/bar-patterns';
import { LoadingState } from '@/components/query-state';
import { useUrlParam } from '@/lib/url-state';
import { isKioskEnabled } from '@/features/kiosk/model/kiosk-settings';
import { useDocumentPreferences } from '@/features/kiosk/hooks/use-document-preferences';

// Meeting-room mode is its own chunk: desktop visitors never download it.
const KioskPage = lazy(() => import('@/app/kiosk-page').then((module) => ({ default: module.KioskPage })));

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SharedSvgDefs />
        <Page />
      </I18nProvider>
    </QueryClientProvider>
  );
}

function Page() {
  useDocumentPreferences();
  const kiosk = isKioskEnabled(useUrlParam('kiosk'));
  return kiosk ? (
    <Suspense fallback={<LoadingState />}>
      <KioskPage />
    </Suspense>
  ) : (
    <DashboardPage />
  );
}
