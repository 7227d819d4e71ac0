import type { FigureView } from '@/lib/figure-view';
import { formatFormula } from '@/lib/figure-view';
import { formatFigureValue } from '@/lib/format';
import { useI18n } from '@/i18n/i18n-context';
import { QualifierBadges } from '@/components/qualifier-badge';
import { SourceLine } from '@/components/source-line';
import { useOpenProvenance } from '@/components/provenance-context';

type FigureTileProps = {
  figure: FigureView | undefined;
  /** Shown when the report lacks the figure. */
  missingLabel?: string;
  size?: 'headline' | 'regular';
};

export function FigureTile({ figure, missingLabel, size = 'regular' }: FigureTileProps) {
  const { t, pick, locale } = useI18n();
  const openProvenance = useOpenProvenance();
  if (!figure) {
    return (
      <article className={`tile tile--${size} tile--missing`}>
        {missingLabel && <h3 className="tile__label">{missingLabel}</h3>}
        <p className="tile__missing">{t('state.missing')}</p>
      </article>
    );
  }
  const value = formatFigureValue(figure, locale, { compactLowerBounds: true });
  const unit = figure.unit.en === '%' ? '' : pick(figure.unit);
  return (
    <article
      className={`tile tile--${size} tile--${figure.qualifier}${figure.derived ? ' tile--derived' : ''}`}
      data-figure-id={figure.id}
      aria-label={`${pick(figure.label)}: ${value} ${unit}`.trim()}
    >
      <h3 className="tile__label">
        {openProvenance ? (
          // The button's hit area stretches over the whole tile (provenance.css), so a tap anywhere opens the card.
          <button type="button" className="tile__open" aria-haspopup="dialog" onClick={() => openProvenance(figure.id)}>
            {pick(figure.label)}
            <span className="visually-hidden"> ({t('provenance.openHint')})</span>
          </button>
        ) : (
          pick(figure.label)
        )}
      </h3>
      <p className="tile__value">
        {figure.qualifier === 'target' && <span className="tile__prefix">{t('qualifier.target')} </span>}
        <span className="tile__number">{value}</span>
        {unit && <span className="tile__unit"> {unit}</span>}
      </p>
      <QualifierBadges figure={figure} />
      {figure.derived && <p className="tile__formula">{t('derived.formula', { formula: formatFormula(figure, locale) })}</p>}
      <SourceLine sections={figure.sections} />
    </article>
  );
}
