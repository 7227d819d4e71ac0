import { Suspense, useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ReportSummary } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { formatDate } from '@/lib/format';
import { LoadingState } from '@/components/query-state';
import { scenes } from '@/app/scenes';
import { SceneSwitch } from '@/app/scene-switch';

/**
 * ?view=print: every scene on its own A4-landscape page (print.css), light theme, each page headed with the
 * report and its as-of date and ending in the scene's sources. On screen it is the print preview, laid out at
 * the printed size so charts are measured once, at the size they print.
 */
export function PrintPack({ report }: { report: ReportSummary }) {
  const { t, pick, locale } = useI18n();
  const baseId = useId();
  const packRef = useRef<HTMLDivElement>(null);
  const ready = usePagesReady(packRef, scenes.length);
  return (
    <div className="print-pack" ref={packRef} data-ready={ready ? '' : undefined}>
      <div className="print-pack__toolbar">
        <p>
          {t('print.hint')}{' '}
          <span role="status">{ready ? t('print.ready', { total: scenes.length }) : t('print.preparing')}</span>
        </p>
        <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      {scenes.map((scene, index) => (
        <section key={scene.id} className="print-page" data-print-scene={scene.id} aria-labelledby={`${baseId}-${scene.id}`}>
          <header className="print-page__header">
            <h2 className="print-page__title" id={`${baseId}-${scene.id}`}>
              {t(scene.title)}
              <span className="scene-title__description">{t(scene.description)}</span>
            </h2>
            <p className="print-page__meta">
              <span>
                {t('app.title')} · {t('app.reportLine', { unit: pick(report.unit), year: report.year })}
              </span>
              <span>
                <strong>{t('app.asOf', { date: formatDate(report.asOf, locale) })}</strong> ·{' '}
                {t('print.page', { index: index + 1, total: scenes.length })}
              </span>
            </p>
          </header>
          <div className="print-page__scene">
            <Suspense fallback={<LoadingState />}>
              <SceneSwitch sceneId={scene.id} reportId={report.id} />
            </Suspense>
          </div>
        </section>
      ))}
    </div>
  );
}

/**
 * True once every page shows its scene and every chart on them is drawn (charts draw in stages, a moment after
 * their scene): printing earlier would print loading text or half-drawn charts.
 */
function usePagesReady(pack: RefObject<HTMLElement | null>, pageCount: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = pack.current;
    if (!element) return;
    const check = () => {
      const scenesShown = element.querySelectorAll('.print-page__scene .scene').length >= pageCount;
      const loading = element.querySelector('.print-page__scene .state') !== null;
      const chartsLeft = element.querySelectorAll('.figure-bar-chart:not([data-drawn])').length;
      setReady(scenesShown && !loading && chartsLeft === 0);
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
    return () => observer.disconnect();
  }, [pack, pageCount]);
  return ready;
}
