import { useDeferredValue, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, useSetUrlParams, useUrlParam } from '@/lib/url-state';
import { formatDate } from '@/lib/format';
import { ReportGate } from '@/app/report-gate';
import { chooseReport } from '@/app/report-choice';
import { parseSceneId, scenes } from '@/app/scenes';
import { SceneSwitch } from '@/app/scene-switch';
import { KioskEnterButton } from '@/features/kiosk/components/kiosk-enter-button';
import { ProvenanceHost } from '@/app/provenance-host';
import { parseViewId, ToolsMenu, ToolView, viewTitles } from '@/app/tool-views';

export function DashboardPage() {
  const { t, pick, locale } = useI18n();
  const setUrlParams = useSetUrlParams();
  const sceneId = parseSceneId(useUrlParam('scene'));
  const view = parseViewId(useUrlParam('view'));
  const requestedReportId = useUrlParam('report');
  const reportList = useQuery(reportQueries.list());

  const reports = reportList.data?.reports ?? [];
  // Retries never end, so a failing list shows up as failureReason rather than as an error.
  const report = chooseReport(reports, requestedReportId);
  const activeScene = scenes.find((scene) => scene.id === sceneId) ?? scenes[0]!;
  // The nav follows a click at once; the scene renders in the background, in slices, while the old one stays
  // on screen, so a scene change never holds the page for a whole render.
  const shownScene = useDeferredValue(activeScene);

  useEffect(() => {
    document.title = `${t(view ? viewTitles[view] : shownScene.title)} · ${t('app.title')}`;
  }, [t, shownScene, view]);

  return (
    <div className="app" data-scene={shownScene.id} data-view={view ?? undefined}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-header__title">{t('app.title')}</h1>
          {report && (
            <p className="app-header__report">
              {t('app.reportLine', { unit: pick(report.unit), year: report.year })}
              <span className="app-header__as-of">{t('app.asOf', { date: formatDate(report.asOf, locale) })}</span>
            </p>
          )}
        </div>
        <nav className="scene-nav" aria-label={t('nav.label')}>
          <ol>
            {scenes.map((scene, index) => (
              <li key={scene.id}>
                <a
                  href={hrefWith({ scene: scene.id, view: null })}
                  aria-current={scene.id === activeScene.id && !view ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    setUrlParams({ scene: scene.id, view: null });
                  }}
                >
                  <span className="scene-nav__index" aria-hidden="true">
                    {index + 1}
                  </span>
                  {t(scene.title)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="app-header__controls">
          {reports.length > 1 && (
            <label className="report-picker">
              <span>{t('report.picker')}</span>
              <select value={report?.id} onChange={(event) => setUrlParams({ report: event.target.value })}>
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
            onClick={(event) => {
              event.preventDefault();
              setUrlParams({ lang: locale === 'zh' ? 'en' : null }, 'replace');
            }}
          >
            {t('language.switch')}
          </a>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {view ? (
          <h2 className="scene-title">{t(viewTitles[view])}</h2>
        ) : (
          <h2 className="scene-title">
            {t(shownScene.title)}
            <span className="scene-title__description">{t(shownScene.description)}</span>
          </h2>
        )}
        <ReportGate reportList={reportList} report={report} resetKey={view ?? shownScene.id}>
          {(current) => (
            <ProvenanceHost reportId={current.id}>
              {view ? <ToolView view={view} report={current} /> : <SceneSwitch sceneId={shownScene.id} reportId={current.id} />}
            </ProvenanceHost>
          )}
        </ReportGate>
      </main>
    </div>
  );
}
