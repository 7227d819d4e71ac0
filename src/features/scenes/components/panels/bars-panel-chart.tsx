import { useCallback } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { pickText } from '@/i18n/pick-text';
import { formatNumber } from '@/lib/format';
import { ChartCard } from '@/components/charts/chart-card';
import { BarChart } from '@/components/charts/bar-chart';
import { figureBars } from '@/components/charts/figure-bars';
import { useOpenProvenance } from '@/components/provenance-context';
import type { BarsPanelView } from '@/features/scenes/model/scene-view';

/**
 * A bar chart panel: the bars with their table, legend and sources. Loaded with Recharts, apart from the code
 * the headline figures need (bars-panel.tsx holds its place meanwhile).
 */
export function BarsPanelChart({ panel, titleId }: { panel: BarsPanelView; titleId: string }) {
  const { t, locale } = useI18n();
  const openProvenance = useOpenProvenance();
  const numberFormatter = useCallback((value: number) => formatNumber(value, locale, 0), [locale]);
  return (
    <ChartCard
      titleId={titleId}
      title={panel.title ? pickText(panel.title, locale) : ''}
      unitLabel={t('chart.unit', { unit: pickText(panel.unit, locale) })}
      figures={panel.figures}
      note={panel.note ? pickText(panel.note, locale) : undefined}
    >
      <BarChart
        data={figureBars(panel.figures, locale, { labelWithSection: panel.labelWithSection })}
        numberFormatter={numberFormatter}
        scaleMax={panel.scaleMax}
        onSelect={openProvenance ?? undefined}
      />
    </ChartCard>
  );
}
