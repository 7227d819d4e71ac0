import { useId, useState, type ReactNode } from 'react';
import type { FigureView } from '@/lib/figure-view';
import { useI18n } from '@/i18n/i18n-context';
import { FigureTable } from '@/components/figure-table';
import { SourceLine } from '@/components/source-line';
import { FigureChange } from '@/components/figure-tile';
import { pickText } from '@/i18n/pick-text';
import { QualifierLegend } from '@/components/charts/qualifier-legend';
import { ErrorBoundary } from '@/components/error-boundary';
import { sectionsOf } from '@/lib/sections';

type ChartCardProps = {
  title: string;
  /** The id the title gets; the frame around the card (the panel's `<section>`) is labelled by it. */
  titleId: string;
  unitLabel: string;
  figures: readonly FigureView[];
  note?: string | undefined;
  children: ReactNode;
};

/**
 * What every chart's frame holds: title, unit, legend, source line and a table as its text alternative. The
 * frame itself is the panel's (bars-panel.tsx), which holds the place while the chart code loads, so the
 * prerendered frame stays in the page when the chart arrives.
 */
export function ChartCard({ title, titleId, unitLabel, figures, note, children }: ChartCardProps) {
  const { t, locale } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  // A change the report states with a bar's level (同比上升48.6%) is no bar on the same axis: it is listed under the chart.
  const withChanges = figures.filter((figure) => figure.changes.length > 0);
  const sections = sectionsOf([...figures, ...withChanges.flatMap((figure) => figure.changes)]);
  return (
    <>
      <header className="card__header">
        <h2 className="card__title" id={titleId}>
          {title}
        </h2>
        <p className="card__unit">{unitLabel}</p>
        <button
          type="button"
          className="button button--quiet card__table-toggle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('table.hide') : t('table.show')}
        </button>
      </header>
      {note && <p className="card__note">{note}</p>}
      <div className={showTable ? 'chart-card__table' : 'visually-hidden'}>
        <FigureTable title={title} figures={figures} id={tableId} openable={showTable} />
      </div>
      {!showTable && (
        <div className="chart-card__chart" role="group" aria-labelledby={titleId} aria-describedby={tableId}>
          <ErrorBoundary resetKey={figures} fallback={<p className="chart-failed">{t('state.chartFailed')}</p>}>
            {children}
          </ErrorBoundary>
        </div>
      )}
      <footer className="card__footer">
        {withChanges.length > 0 && (
          <ul className="chart-card__changes">
            {withChanges.map((figure) => (
              <li key={figure.id}>
                {t('chart.changeOf', { label: pickText(figure.label, locale) })}
                {figure.changes.map((change) => (
                  <FigureChange key={change.id} change={change} />
                ))}
              </li>
            ))}
          </ul>
        )}
        <QualifierLegend figures={figures} />
        <SourceLine sections={sections} />
      </footer>
    </>
  );
}
