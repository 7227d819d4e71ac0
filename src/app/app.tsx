import { lazy, Suspense } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import { DashboardPage } from '@/app/dashboard-page';
import { SharedSvgDefs } from '@/components/charts/bar-patterns';
import { LoadingState } from '@/components/query-state';
import { useAppUrl, type AppUrl } from '@/app/app-url';
import { useDocumentPreferences } from '@/app/use-document-preferences';

// Meeting-room mode is its own chunk: desktop visitors never download it.
const KioskPage = lazy(() => import('@/app/kiosk-page').then((module) => ({ default: module.KioskPage })));

export function App({ queryClient }: { queryClient: QueryClient }) {
  const url = useAppUrl();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={url.locale}>
        <SharedSvgDefs />
        <Page url={url} />
      </I18nProvider>
    </QueryClientProvider>
  );
}

function Page({ url }: { url: AppUrl }) {
  const { motionAllowed } = useDocumentPreferences(url);
  return url.kiosk ? (
    <Suspense fallback={<LoadingState />}>
      <KioskPage url={url} motionAllowed={motionAllowed} />
    </Suspense>
  ) : (
    <DashboardPage url={url} />
  );
}
