import type { FigureView } from '@/lib/figure-view';
import { useI18n } from '@/i18n/i18n-context';
import { BarSwatch } from '@/components/bar-patterns';

/** Explains the bar styles used in this chart, and only those. */
export function QualifierLegend({ figures }: { figures: readonly FigureView[] }) {
  const { t } = useI18n();
  const hasBound = figures.some((figure) => figure.qualifier === 'atLeast');
  const hasExact = figures.some((figure) => figure.qualifier === 'exact' && !figure.derived);
  if (!hasBound) return null;
  return (
    <ul className="legend" aria-label={t('legend.title')}>
      {hasExact && (
        <li>
          <BarSwatch kind="exact" /> {t('legend.exact')}
        </li>
      )}
      <li>
        <BarSwatch kind="atLeast" /> {t('legend.atLeast')}
      </li>
    </ul>
  );
}
