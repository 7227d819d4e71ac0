import { useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { pickText } from '@/i18n/pick-text';
import { useModule } from '@/lib/module-loader';
import { chartModule } from '@/features/scenes/chart-module';
import type { BarsPanelView } from '@/features/scenes/model/scene-view';

/**
 * Two or more levels in one unit as bars. The panel's frame is drawn here, and until the chart's code is in, the
 * frame and title hold its place at its final size: nothing moves when the chart is drawn, and the frame the page
 * was prerendered with is the one the chart fills (only the placeholder title is swapped).
 */
export function BarsPanel({ panel, placement }: { panel: BarsPanelView; placement: Record<string, string> }) {
  const { locale } = useI18n();
  const chart = useModule(chartModule);
  const titleId = useId();
  return (
    <section
      className="panel panel--bars card chart-card"
      {...placement}
      data-kind="bars"
      data-bars={panel.figures.length}
      aria-busy={!chart || undefined}
      aria-labelledby={titleId}
    >
      {chart ? (
        <chart.BarsPanelChart panel={panel} titleId={titleId} />
      ) : (
        <h2 className="card__title" id={titleId}>
          {panel.title ? pickText(panel.title, locale) : ''}
        </h2>
      )}
    </section>
  );
}
