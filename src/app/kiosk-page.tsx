import { useDeferredValue, useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, setUrlParams, useUrlParam } from '@/lib/url-state';
import { formatNumber } from '@/lib/format';
import { ReportGate } from '@/app/report-gate';
import { chooseReport } from '@/app/report-choice';
import { ChartMotionContext } from '@/components/chart-motion';
import { sceneIds, scenes } from '@/app/scenes';
import { SceneSwitch } from '@/app/scene-switch';
import { kioskTiming } from '@/features/kiosk/model/kiosk-config';
import { parseKioskSettings } from '@/features/kiosk/model/kiosk-settings';
import { fetchDeployedVersion, versionFileName } from '@/api/app-version';
import { useKioskRuntime } from '@/features/kiosk/hooks/use-kiosk-runtime';
import { useKioskInput } from '@/features/kiosk/hooks/use-kiosk-input';
import { useScreenWakeLock } from '@/features/kiosk/hooks/use-screen-wake-lock';
import { useMotionAllowed } from '@/features/kiosk/hooks/use-document-preferences';
import { exitFullscreen } from '@/features/kiosk/hooks/fullscreen';
import { KioskClock } from '@/features/kiosk/components/kiosk-clock';
import { DataStamp } from '@/features/kiosk/components/data-stamp';
import { KioskProgress } from '@/features/kiosk/components/kiosk-progress';
import { KioskStatus } from '@/features/kiosk/components/kiosk-status';
import { BlankScreen } from '@/features/kiosk/components/blank-screen';
import '@/styles/kiosk.css';

/** Meeting-room mode (?kiosk): no interactive chrome, scenes rotate, data refreshes, legible from afar. */
export function KioskPage() {
  const { t, pick, locale } = useI18n();
  const queryClient = useQueryClient();
  const frameRef = useRef<HTMLDivElement>(null);
  const requestedReportId = useUrlParam('report');
  const reportList = useQuery(reportQueries.list());
  const reports = reportList.data?.reports ?? [];
  const report = chooseReport(reports, requestedReportId);

  const { runtime, view, settings } = useKioskRuntime(() => {
    // Read once: the rotation writes ?scene back into the URL and must not restart itself by doing so.
    const params = new URLSearchParams(window.location.search);
    const settings = parseKioskSettings(params, sceneIds);
    const startAt = settings.order.findIndex((id) => id === params.get('scene'));
    return {
      settings,
      length: settings.order.length,
      initialPosition: Math.max(0, startAt),
      intervalMs: settings.intervalMs,
      resumeMs: settings.resumeMs,
      refreshMs: settings.refreshMs,
      // Refetch in place: cached data stays on screen, so nothing flashes and the scene stays.
      refreshData: () => void queryClient.invalidateQueries({ queryKey: reportQueries.all() }),
      fetchVersion: () => fetchDeployedVersion(new URL(`${import.meta.env.BASE_URL}${versionFileName}`, document.baseURI).toString()),
      reload: (position) => {
        window.history.replaceState(null, '', hrefWith({ scene: settings.order[position] ?? null }));
        window.location.reload();
      },
      drift: ([x, y]) => {
        frameRef.current?.style.setProperty('--kiosk-drift-x', String(x));
        frameRef.current?.style.setProperty('--kiosk-drift-y', String(y));
      },
    };
  });
  useKioskInput(runtime);
  useScreenWakeLock(true);
  const motionAllowed = useMotionAllowed();

  const sceneId = settings.order[view.position] ?? settings.order[0]!;
  // As on the dashboard: a clicker press updates the position at once, the scene follows in slices.
  const activeScene = useDeferredValue(scenes.find((scene) => scene.id === sceneId) ?? scenes[0]!);

  useEffect(() => {
    // Keep ?scene current (without adding history) so a reload or a bookmark continues here.
    window.history.replaceState(window.history.state, '', hrefWith({ scene: sceneId }));
    document.title = `${t(activeScene.title)} · ${t('app.title')}`;
  }, [sceneId, activeScene, t]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.mode = 'kiosk';
    return () => {
      delete root.dataset.mode;
    };
  }, []);

  const leave = () => {
    exitFullscreen();
    setUrlParams({ kiosk: null });
  };

  return (
    <ChartMotionContext value={{ animateOnAppear: motionAllowed, durationMs: kioskTiming.chartAnimationMs }}>
      <div className="app kiosk" ref={frameRef} data-scene={activeScene.id} data-rotation={view.mode}>
        <header className="kiosk-bar">
          <h1 className="kiosk-bar__app">
            {t('app.title')}
            {report && <span className="kiosk-bar__report">{t('app.reportLine', { unit: pick(report.unit), year: report.year })}</span>}
          </h1>
          <div className="kiosk-bar__scene">
            <h2 className="kiosk-bar__scene-name">{t(activeScene.title)}</h2>
            <p className="kiosk-bar__position" aria-label={t('nav.position', { index: view.position + 1, total: settings.order.length })}>
              {t('kiosk.position', {
                index: formatNumber(view.position + 1, locale, 0),
                total: formatNumber(settings.order.length, locale, 0),
              })}
            </p>
            {/* Announces each scene change to screen readers (WCAG 4.1.3); the heading above shows it. */}
            <p className="visually-hidden" aria-live="polite">
              {t('kiosk.sceneAnnouncement', {
                position: t('nav.position', { index: view.position + 1, total: settings.order.length }),
                scene: t(activeScene.title),
              })}
            </p>
            <KioskStatus mode={view.mode} resumeMs={settings.resumeMs} onExit={leave} exitHref={hrefWith({ kiosk: null })} />
          </div>
          {report && <DataStamp reportId={report.id} asOf={report.asOf} />}
          <KioskClock />
        </header>
        <main id="main" className="app-main kiosk__main">
          <ReportGate reportList={reportList} report={report} resetKey={activeScene.id}>
            {(current) => <SceneSwitch sceneId={activeScene.id} reportId={current.id} />}
          </ReportGate>
        </main>
        <KioskProgress key={view.sceneStartedAt} durationMs={settings.intervalMs} running={view.mode === 'running' && !view.blanked} />
        {view.blanked && <BlankScreen />}
      </div>
    </ChartMotionContext>
  );
}
