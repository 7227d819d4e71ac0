import type { FigureView } from '@/lib/figure-view';
import { markKindOf, type MarkKind } from '@/lib/figure-semantics';
import { useI18n } from '@/i18n/i18n-context';
import type { PlainMessageKey } from '@/i18n/messages';
import { BarSwatch } from '@/components/charts/bar-patterns';

const legendKeys: Readonly<Record<MarkKind, PlainMessageKey>> = {
  exact: 'legend.exact',
  atLeast: 'legend.atLeast',
  atMost: 'legend.atMost',
  approximately: 'legend.approximately',
};

/** Explains the bar styles used in this chart, and only those; a chart of exact figures needs no legend. */
export function QualifierLegend({ figures }: { figures: readonly FigureView[] }) {
  const { t } = useI18n();
  const kinds = new Set(figures.map((figure) => markKindOf(figure.qualifier)));
  if ([...kinds].every((kind) => kind === 'exact')) return null;
  return (
    <ul className="legend" aria-label={t('legend.title')}>
      {(Object.keys(legendKeys) as MarkKind[])
        .filter((kind) => kinds.has(kind))
        .map((kind) => (
          <li key={kind}>
            <BarSwatch kind={kind} /> {t(legendKeys[kind])}
          </li>
        ))}
    </ul>
  );
}
