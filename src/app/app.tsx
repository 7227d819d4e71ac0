import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import { DashboardPage } from '@/app/dashboard-page';
import { SharedSvgDefs } from '@/components/charts/bar-patterns';
import { LoadingState } from '@/components/query-state';
import { useAppUrl, type AppUrl } from '@/app/app-url';
import { useDocumentPreferences } from '@/app/use-document-preferences';
import { kioskModule } from '@/app/kiosk-module';
import { useModule } from '@/lib/module-loader';

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
  return url.kiosk ? <KioskMode url={url} motionAllowed={motionAllowed} /> : <DashboardPage url={url} />;
}

/** Meeting-room mode once its code is in: at the first render when the first screen had it (src/main.tsx). */
function KioskMode({ url, motionAllowed }: { url: AppUrl; motionAllowed: boolean }) {
  const kiosk = useModule(kioskModule);
  return kiosk ? <kiosk.KioskPage url={url} motionAllowed={motionAllowed} /> : <LoadingState />;
}
