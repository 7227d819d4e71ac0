import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LaidOutReport, ReportSummary } from '@/data/report-schema';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, setUrlParams } from '@/lib/url-state';
import { formatNumber } from '@/lib/format';
import { ReportGate } from '@/app/report-gate';
import { chooseReport } from '@/app/report-choice';
import { useReportPick } from '@/app/use-report-pick';
import { ReportFallbackNotice } from '@/app/report-fallback-notice';
import type { AppUrl } from '@/app/app-url';
import { useCanonicalUrl } from '@/app/use-canonical-url';
import { kioskSceneOrder, firstSceneId } from '@/app/first-scene';
import { ChartMotionContext } from '@/components/charts/chart-motion';
import { SceneQuery } from '@/components/scene-query';
import { DraftBadge } from '@/components/report-line';
import { SceneSwitch } from '@/app/scene-switch';
import { sceneSummaries } from '@/features/scenes/model/scene-view';
import { maximumPages, paginateScene } from '@/features/scenes/model/scene-pages';
import { kioskTiming } from '@/features/kiosk/model/kiosk-config';
import { parseKioskSettings } from '@/features/kiosk/model/kiosk-settings';
import type { RotationCommand } from '@/features/kiosk/model/rotation';
import { fetchDeployedVersion, runningVersion, versionFileName } from '@/api/app-version';
import { inspectShell, pastServiceWorker } from '@/api/deploy-check';
import { DeployWatcher, deployCheckedEvent, storedReloadLog } from '@/features/kiosk/model/deploy-watcher';
import { isControlledByServiceWorker, unregisterServiceWorker, updateServiceWorker } from '@/app/service-worker-updates';
import { useKioskRuntime } from '@/features/kiosk/hooks/use-kiosk-runtime';
import { useKioskInput } from '@/features/kiosk/hooks/use-kiosk-input';
import { useScreenWakeLock } from '@/features/kiosk/hooks/use-screen-wake-lock';
import { useScenePages } from '@/features/kiosk/hooks/use-scene-pages';
import { exitFullscreen } from '@/features/kiosk/hooks/fullscreen';
import { KioskClock } from '@/features/kiosk/components/kiosk-clock';
import { DataStamp } from '@/features/kiosk/components/data-stamp';
import { KioskProgress } from '@/features/kiosk/components/kiosk-progress';
import { KioskStatus } from '@/features/kiosk/components/kiosk-status';
import { BlankScreen } from '@/features/kiosk/components/blank-screen';
import '@/styles/kiosk.css';

/** Meeting-room mode (?kiosk): no interactive chrome, scenes rotate, data refreshes, legible from afar. */
export function KioskPage({ url, motionAllowed }: { url: AppUrl; motionAllowed: boolean }) {
  const reportList = useQuery(reportQueries.list());
  const { report, insteadOf } = useReportPick(reportList.data?.reports, url.report);
  const { unknownRequest } = chooseReport(reportList.data?.reports, url.report);
  // The rotation keeps ?scene current itself; the rest of the address is corrected as on the dashboard.
  useCanonicalUrl(url, { reportId: report?.id, unknownReport: unknownRequest, sceneId: undefined });

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.mode = 'kiosk';
    return () => {
      delete root.dataset.mode;
    };
  }, []);

  return (
    <ChartMotionContext value={{ animateOnAppear: motionAllowed, durationMs: kioskTiming.chartAnimationMs }}>
      <ReportGate reportList={reportList} report={report} resetKey={report?.id}>
        {(current) => <KioskReport key={current.id} summary={current} insteadOf={insteadOf} url={url} motionAllowed={motionAllowed} />}
      </ReportGate>
    </ChartMotionContext>
  );
}

type KioskReportProps = { summary: ReportSummary; insteadOf: ReportSummary | undefined; url: AppUrl; motionAllowed: boolean };

/** The chosen report's scenes, once its layout (and so its scene ids) is known. */
function KioskReport(props: KioskReportProps) {
  const query = useQuery(reportQueries.detail(props.summary.id));
  // Each scene's own SceneQuery shows the badge for this same report query.
  return <SceneQuery query={query} staleBadge={false}>{(report) => <KioskRotation key={kioskSceneOrder(report, props.url).join(',')} report={report} {...props} />}</SceneQuery>;
}

function KioskRotation({ report, summary, insteadOf, url, motionAllowed }: KioskReportProps & { report: LaidOutReport }) {
  const { t, pick, locale } = useI18n();
  const queryClient = useQueryClient();
  const frameRef = useRef<HTMLDivElement>(null);
  const { runtime, view, settings } = useKioskRuntime(() => {
    // Read once: the rotation writes ?scene back into the URL and must not restart itself by doing so.
    const order = kioskSceneOrder(report, url);
    const settings = parseKioskSettings(url.params, order);
    // Addresses are resolved when used: the first render also runs at build time (prerendering), with no document.
    const indexUrl = () => new URL(`${import.meta.env.BASE_URL}index.html`, document.baseURI).href;
    const deployWatcher = new DeployWatcher({
      running: runningVersion(),
      fetchVersion: () => fetchDeployedVersion(new URL(`${import.meta.env.BASE_URL}${versionFileName}`, document.baseURI).href),
      updateWorker: () => updateServiceWorker(),
      inspectShells: async () => {
        const deployed = await inspectShell(pastServiceWorker(indexUrl()));
        // What a reload will get: the worker's copy where one is in charge, else the server's (just fetched).
        const served = isControlledByServiceWorker() ? await inspectShell(indexUrl()) : 'sameAsDeployed';
        return { deployed, served };
      },
      log: storedReloadLog(() => window.localStorage),
    });
    return {
      settings,
      length: settings.order.length,
      initialPosition: Math.max(0, settings.order.indexOf(firstSceneId(report, url))),
      intervalMs: settings.intervalMs,
      resumeMs: settings.resumeMs,
      refreshMs: settings.refreshMs,
      // Refetch in place: cached data stays on screen, so nothing flashes and the scene stays.
      refreshData: () => void queryClient.invalidateQueries({ queryKey: reportQueries.all() }),
      // The event says a check is done and what it found (diagnostics; the browser suite waits for it).
      checkDeploy: async () => {
        const plan = await deployWatcher.check();
        window.dispatchEvent(new CustomEvent(deployCheckedEvent, { detail: { updateReady: plan !== undefined } }));
        return plan;
      },
      reload: (position, plan) => {
        deployWatcher.recordReload(plan);
        setUrlParams({ scene: settings.order[position] ?? null }, 'replace');
        // A worker that kept serving the old page for a good deploy is taken out first; the page registers it again.
        void (plan.bypassWorker ? unregisterServiceWorker() : Promise.resolve()).then(() => window.location.reload());
      },
      drift: ([x, y]) => {
        frameRef.current?.style.setProperty('--kiosk-drift-x', String(x));
        frameRef.current?.style.setProperty('--kiosk-drift-y', String(y));
      },
    };
  });
  useScreenWakeLock(true);

  const scenes = sceneSummaries(report);
  const sceneId = settings.order[view.position] ?? settings.order[0]!;
  // As on the dashboard: a clicker press updates the position at once, the scene follows in slices.
  const activeScene = useDeferredValue(scenes.find((scene) => scene.id === sceneId) ?? scenes[0]!);
  const sceneTitle = pick(activeScene.title);
  const pages = useScenePages(activeScene.id, view.sceneStartedAt, settings.intervalMs, view.mode === 'running' && !view.blanked);
  // A clicker's next and previous turn a scene's pages before they move to another scene.
  // On a blank screen a press only brings the picture back (the rotation decides that).
  const { turn } = pages;
  const blanked = view.blanked;
  const takeCommand = useCallback(
    (command: RotationCommand) => !blanked && (command.type === 'next' ? turn(1) : command.type === 'previous' ? turn(-1) : false),
    [turn, blanked],
  );
  useKioskInput(runtime, takeCommand);
  const { index: pageIndex, count: pageCount, onOverflow } = pages;
  const paging = useMemo(() => ({ index: pageIndex, count: pageCount, onOverflow, paginate: paginateScene, maximumPages }), [pageIndex, pageCount, onOverflow]);

  useEffect(() => {
    // Keep ?scene current (without adding history) so a reload or a bookmark continues here.
    setUrlParams({ scene: sceneId }, 'replace');
    document.title = `${sceneTitle} · ${t('app.title')}`;
  }, [sceneId, sceneTitle, t]);

  const leave = () => {
    exitFullscreen();
    setUrlParams({ kiosk: null });
  };

  return (
    <div
      className="app kiosk"
      ref={frameRef}
      data-scene={activeScene.id}
      data-rotation={view.mode}
      // For diagnostics (and the browser suite): a new build is ready and loads at the next scene change.
      data-update={view.updateReady ? 'ready' : undefined}
    >
      <header className="kiosk-bar">
        {/* While someone is at the controls, the pause line takes the app line's place, so the bar keeps its height. */}
        <h1 className={view.mode === 'running' ? 'kiosk-bar__app' : 'kiosk-bar__app visually-hidden'}>
          {t('app.title')}
          <span className="kiosk-bar__report">
            <span className="kiosk-bar__unit">{pick(summary.unit)}</span>
          </span>
          {summary.status === 'draft' && <DraftBadge />}
        </h1>
        {/* Always there (a live region must exist before it speaks); empty while the rotation runs. */}
        <div className="kiosk-bar__status">
          <KioskStatus mode={view.mode} resumeMs={settings.resumeMs} clock={runtime} onExit={leave} exitHref={hrefWith({ kiosk: null })} />
        </div>
        <div className="kiosk-bar__scene">
          <h2 className="kiosk-bar__scene-name">{sceneTitle}</h2>
          <p className="kiosk-bar__position" aria-label={t('nav.position', { index: view.position + 1, total: settings.order.length })}>
            {t('kiosk.position', {
              index: formatNumber(view.position + 1, locale, 0),
              total: formatNumber(settings.order.length, locale, 0),
            })}
            {pages.count > 1 && <span className="kiosk-bar__page"> {t('kiosk.page', { index: pages.index + 1, total: pages.count })}</span>}
          </p>
          {/* Announces each scene change to screen readers (WCAG 4.1.3); the heading above shows it. */}
          <p className="visually-hidden" aria-live="polite">
            {t('kiosk.sceneAnnouncement', {
              position: t('nav.position', { index: view.position + 1, total: settings.order.length }),
              scene: sceneTitle,
            })}
          </p>
        </div>
        <DataStamp report={summary} />
        <KioskClock />
        {insteadOf && (
          <div className="kiosk-bar__notice">
            <ReportFallbackNotice shown={summary} insteadOf={insteadOf} />
          </div>
        )}
      </header>
      <main id="main" className="app-main kiosk__main">
        <SceneSwitch sceneId={activeScene.id} reportId={summary.id} paging={paging} />
      </main>
      <KioskProgress
        key={view.sceneStartedAt}
        durationMs={settings.intervalMs}
        running={view.mode === 'running' && !view.blanked}
        motion={motionAllowed}
        position={view.position}
        length={settings.order.length}
      />
      {view.blanked && <BlankScreen />}
    </div>
  );
}
