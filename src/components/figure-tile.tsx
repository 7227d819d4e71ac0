import type { FigureView } from '@/lib/figure-view';
import { figureValueText, formatFormula } from '@/lib/figure-view';
import { unitAfterNumber } from '@/lib/figure-semantics';
import { useI18n } from '@/i18n/i18n-context';
import { pickText, sentenceStart } from '@/i18n/pick-text';
import { QualifierBadges, changeWordsKey } from '@/components/qualifier-badge';
import { SourceLine } from '@/components/source-line';
import { LocalText } from '@/components/local-text';
import { maxTileValueEm, widthEm } from '@/lib/text-width';

/** The value line's width in em (prefix and unit are set at 0.45em), in steps the style sheet has rules for. */
function valueLineEm(prefix: string, value: string, unit: string): number {
  const em = widthEm(value) + 0.45 * (widthEm(prefix) + widthEm(unit) + (prefix ? 0.3 : 0) + (unit ? 0.3 : 0));
  return Math.min(maxTileValueEm, Math.max(1, Math.ceil(em * 2) / 2));
}
import { useOpenProvenance } from '@/components/provenance-context';

type FigureTileProps = {
  figure: FigureView | undefined;
  size?: 'headline' | 'regular';
};

/**
 * One figure as a stat panel: its label, the number with the report's qualifier, one line of context (what kind
 * of number it is, its period, any change the report states with it), and its source. The label sits at the
 * top and the source at the bottom, so the text spans the tile whatever its height.
 */
export function FigureTile({ figure, size = 'regular' }: FigureTileProps) {
  const { t, locale } = useI18n();
  const openProvenance = useOpenProvenance();
  if (!figure) {
    return (
      <article className={`tile tile--${size} tile--missing`}>
        <p className="tile__missing">{t('state.missing')}</p>
      </article>
    );
  }
  const value = figureValueText(figure, locale);
  const unit = unitAfterNumber(figure.unit);
  const label = pickText(figure.label, locale);
  // The prefix opens the value line: the change's words ("down year on year") start with a capital there.
  const prefix = figure.change
    ? sentenceStart(t(changeWordsKey(figure.change)))
    : figure.qualifier === 'target'
      ? t('qualifier.targetPrefix')
      : figure.reached
        ? t('qualifier.reachedPrefix')
        : '';
  const unitText = unit && figure.value !== undefined ? pickText(unit, locale) : '';
  const spoken = figure.value === undefined ? `${prefix} ${t('change.noValue')}` : `${prefix}${prefix ? ' ' : ''}${value} ${unitText}`;
  const classes = [
    'tile',
    `tile--${size}`,
    `tile--${figure.qualifier}`,
    figure.derived ? 'tile--derived' : '',
    figure.change ? 'tile--change' : '',
    figure.review && figure.review !== 'accepted' ? 'tile--proposed' : '',
  ].filter(Boolean);
  return (
    <article
      className={classes.join(' ')}
      data-figure-id={figure.id}
      data-value-em={valueLineEm(prefix, figure.value === undefined ? t('change.noValue') : value, unitText)}
      aria-label={t('provenance.labelled', { label, value: spoken.trim() })}
    >
      <h3 className="tile__label">
        {openProvenance ? (
          // The button's hit area stretches over the whole tile (provenance.css), so a tap anywhere opens the card.
          <button type="button" className="tile__open" aria-haspopup="dialog" onClick={() => openProvenance(figure.id)}>
            <LocalText text={figure.label} />
            <span className="visually-hidden"> ({t('provenance.openHint')})</span>
          </button>
        ) : (
          <LocalText text={figure.label} />
        )}
      </h3>
      {/* The value takes the height its tile leaves, and its size from that box (theme.css). */}
      <div className="tile__value-box">
        <p className="tile__value">
          {prefix && <span className="tile__prefix">{prefix} </span>}
          {figure.value === undefined ? (
            <span className="tile__no-value">{t('change.noValue')}</span>
          ) : (
            <>
              <span className="tile__number">{value}</span>
              {unitText && <span className="tile__unit"> {unitText}</span>}
            </>
          )}
        </p>
      </div>
      <div className="tile__context">
        <QualifierBadges figure={figure} />
        {figure.changes.map((change) => (
          <TileChange key={change.id} change={change} />
        ))}
      </div>
      {figure.derived && <p className="tile__formula">{t('derived.formula', { formula: formatFormula(figure, locale) })}</p>}
      <SourceLine sections={figure.sections} />
    </article>
  );
}

/** A change the report states with this level (同比下降4.49%), with its own id and provenance. */
function TileChange({ change }: { change: FigureView }) {
  const { t, locale } = useI18n();
  const openProvenance = useOpenProvenance();
  const unit = unitAfterNumber(change.unit);
  const words = change.change ? sentenceStart(t(changeWordsKey(change.change))) : '';
  const amount = change.value === undefined ? '' : `${figureValueText(change, locale)}${unit ? ` ${pickText(unit, locale)}` : ''}`;
  const text = `${change.change?.direction === 'decrease' ? '↓' : '↑'} ${words}${amount ? ` ${amount}` : ''}`;
  return (
    <span className="tile__change" data-figure-id={change.id}>
      {openProvenance ? (
        <button type="button" className="tile__change-open" aria-haspopup="dialog" onClick={() => openProvenance(change.id)}>
          {text}
        </button>
      ) : (
        text
      )}
    </span>
  );
}
