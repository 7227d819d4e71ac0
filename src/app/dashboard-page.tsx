import { useDeferredValue, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { loadLocale } from '@/i18n/messages';
import { hrefWith, setUrlParams } from '@/lib/url-state';
import { ReportGate } from '@/app/report-gate';
import { chooseReport } from '@/app/report-choice';
import { useReportPick } from '@/app/use-report-pick';
import { ReportFallbackNotice } from '@/app/report-fallback-notice';
import { SceneSwitch, preloadChartCode } from '@/app/scene-switch';
import { KioskEnterButton } from '@/features/kiosk/components/kiosk-enter-button';
import { ProvenanceHost } from '@/app/provenance-host';
import { ToolsMenu, ToolView, viewTitles } from '@/app/tool-views';
import type { AppUrl } from '@/app/app-url';
import { useCanonicalUrl } from '@/app/use-canonical-url';
import { ReportLine } from '@/components/report-line';
import { sceneSummaries } from '@/features/scenes/model/scene-view';

export function DashboardPage({ url }: { url: AppUrl }) {
  const { t, pick, locale } = useI18n();
  const reportList = useQuery(reportQueries.list());
  const reports = reportList.data?.reports ?? [];
  // Retries never end, so a failing list shows up as failureReason rather than as an error.
  // A listed report that answers 404 gives way to one that loads (useReportPick); an unknown id, to the default.
  const { report, insteadOf } = useReportPick(reportList.data?.reports, url.report);
  const { unknownRequest } = chooseReport(reportList.data?.reports, url.report);
  const scenes = useQuery({
    ...reportQueries.detail(report?.id ?? ''),
    enabled: report !== undefined,
    select: sceneSummaries,
  }).data;
  const activeScene = scenes ? scenes.find((scene) => scene.id === url.scene) ?? scenes[0] : undefined;
  // The nav follows a click at once; the scene renders in the background, in slices, while the old one stays
  // on screen, so a scene change never holds the page for a whole render.
  const shownScene = useDeferredValue(activeScene);
  const view = url.view;
  const missingReport = useCanonicalUrl(url, { reportId: report?.id, unknownReport: unknownRequest, sceneId: activeScene?.id });

  useEffect(() => {
    const where = view ? t(viewTitles[view]) : shownScene ? pick(shownScene.title) : '';
    document.title = where ? `${where} · ${t('app.title')}` : t('app.title');
  }, [t, pick, shownScene, view]);

  return (
    <div className="app" data-scene={shownScene?.id} data-view={view ?? undefined}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-header__title">{t('app.title')}</h1>
          {report && <ReportLine report={report} className="app-header__report" />}
          {report && insteadOf && <ReportFallbackNotice shown={report} insteadOf={insteadOf} />}
        </div>
        <nav className="scene-nav" aria-label={t('nav.label')}>
          <ol>
            {(scenes ?? []).map((scene, index) => (
              <li key={scene.id}>
                <a
                  href={hrefWith({ scene: scene.id, view: null })}
                  aria-current={scene.id === activeScene?.id && !view ? 'page' : undefined}
                  onPointerEnter={preloadChartCode}
                  onTouchStart={preloadChartCode}
                  onFocus={preloadChartCode}
                  onClick={(event) => {
                    event.preventDefault();
                    setUrlParams({ scene: scene.id, view: null });
                  }}
                >
                  <span className="scene-nav__index" aria-hidden="true">
                    {index + 1}
                  </span>
                  {pick(scene.title)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="app-header__controls">
          {reports.length > 1 && (
            <label className="report-picker">
              <span>{t('report.picker')}</span>
              <select value={report?.id} onChange={(event) => setUrlParams({ report: event.target.value, scene: null })}>
                {reports.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {pick(candidate.title)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <KioskEnterButton />
          <ToolsMenu reportId={report?.id} />
          <a
            className="button button--quiet"
            href={hrefWith({ lang: locale === 'zh' ? 'en' : null })}
            lang={locale === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t('language.switchLabel')}
            // English messages load on demand: fetched as the pointer or focus reaches the switch, so it is instant.
            onPointerEnter={() => void loadLocale('en').catch(() => undefined)}
            onFocus={() => void loadLocale('en').catch(() => undefined)}
            onClick={(event) => {
              event.preventDefault();
              const next = locale === 'zh' ? 'en' : 'zh';
              void loadLocale(next)
                .catch(() => undefined)
                .then(() => setUrlParams({ lang: next === 'en' ? 'en' : null }));
            }}
          >
            {t('language.switch')}
          </a>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {missingReport && report && (
          <p className="notice" role="status">
            {t('report.unknown', { id: missingReport, shown: pick(report.title) })}
          </p>
        )}
        {view ? (
          <h2 className="scene-title">{t(viewTitles[view])}</h2>
        ) : (
          shownScene && (
            <h2 className="scene-title">
              {pick(shownScene.title)}
              {shownScene.description && <span className="scene-title__description">{pick(shownScene.description)}</span>}
            </h2>
          )
        )}
        <ReportGate reportList={reportList} report={report} resetKey={view ?? shownScene?.id}>
          {(current) => (
            <ProvenanceHost reportId={current.id}>
              {/* Until the report (and so its scenes) is here, the scene itself shows that it is loading or what failed. */}
              {view ? <ToolView view={view} report={current} /> : <SceneSwitch sceneId={shownScene?.id ?? url.scene ?? ''} reportId={current.id} />}
            </ProvenanceHost>
          )}
        </ReportGate>
      </main>
    </div>
  );
}
