import { useI18n } from '@/i18n/i18n-context';
import { pickText } from '@/i18n/pick-text';
import { useModule } from '@/lib/module-loader';
import { chartModule } from '@/features/scenes/chart-module';
import type { BarsPanelView } from '@/features/scenes/model/scene-view';

/**
 * Two or more levels in one unit as bars. Until the chart's code is here, the panel's frame and title hold its
 * place at its final size, so nothing moves when the chart is drawn.
 */
export function BarsPanel({ panel, placement }: { panel: BarsPanelView; placement: Record<string, string> }) {
  const { locale } = useI18n();
  const chart = useModule(chartModule);
  const attributes = { ...placement, 'data-kind': 'bars', 'data-bars': String(panel.figures.length) };
  if (chart) return <chart.BarsPanelChart panel={panel} placement={attributes} />;
  return (
    <section className="panel panel--bars card chart-card" aria-busy="true" {...attributes}>
      <h2 className="card__title">{panel.title ? pickText(panel.title, locale) : ''}</h2>
    </section>
  );
}
