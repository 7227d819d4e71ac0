import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ReportSummary } from '@/data/report-schema';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { usePrintText } from '@/app/print-pack-messages';
import { LoadingState } from '@/components/query-state';
import { ReportLine } from '@/components/report-line';
import { SceneSwitch } from '@/app/scene-switch';
import { sceneSummaries } from '@/features/scenes/model/scene-view';

/**
 * ?view=print: every scene on its own A4-landscape page (print.css), light theme, each page headed with the
 * report, the year it covers and where it was published, and ending in the scene's sources. On screen it is
 * the print preview, laid out at the printed size so charts are measured once, at the size they print.
 */
export function PrintPack({ report }: { report: ReportSummary }) {
  const { t, pick } = useI18n();
  const p = usePrintText();
  const baseId = useId();
  const packRef = useRef<HTMLDivElement>(null);
  const scenes = useQuery({ ...reportQueries.detail(report.id), select: sceneSummaries }).data;
  const ready = usePagesReady(packRef, scenes?.length ?? Infinity);
  if (!scenes) return <LoadingState />;
  return (
    <div className="print-pack" ref={packRef} data-ready={ready ? '' : undefined}>
      <div className="print-pack__toolbar">
        <p>
          {p('hint')} <span role="status">{ready ? p('ready', { total: scenes.length }) : p('preparing')}</span>
        </p>
        <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
          {p('print')}
        </button>
      </div>
      {scenes.map((scene, index) => (
        <section key={scene.id} className="print-page" data-print-scene={scene.id} aria-labelledby={`${baseId}-${scene.id}`}>
          <header className="print-page__header">
            <h2 className="print-page__title" id={`${baseId}-${scene.id}`}>
              {pick(scene.title)}
              {scene.description && <span className="scene-title__description">{pick(scene.description)}</span>}
            </h2>
            <div className="print-page__meta">
              <span>{t('app.title')}</span>
              <ReportLine report={report} className="print-page__report" />
              <span>{p('page', { index: index + 1, total: scenes.length })}</span>
            </div>
          </header>
          <div className="print-page__scene">
            <SceneSwitch sceneId={scene.id} reportId={report.id} />
          </div>
          {/* On paper a link is only its words: each page gives the address of the report it quotes. */}
          {report.publication?.url && <p className="print-page__source">{p('sourceAddress', { url: report.publication.url })}</p>}
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
      // A scene still loading, or a chart panel whose code has not arrived yet.
      const loading = element.querySelector('.print-page__scene .state, .print-page__scene [aria-busy="true"]') !== null;
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
