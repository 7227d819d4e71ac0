import type { FigureView } from '@/lib/figure-view';
import { figureValueText, formatFormula, qualifierPrefix } from '@/lib/figure-view';
import { unitAfterNumber } from '@/lib/figure-semantics';
import { useI18n } from '@/i18n/i18n-context';
import { pickText, sentenceStart } from '@/i18n/pick-text';
import { QualifierBadges, changeWordsKey } from '@/components/qualifier-badge';
import { SourceLine } from '@/components/source-line';
import { LocalText } from '@/components/local-text';
import { maxTileValueEm, widthEm } from '@/lib/text-width';

import { useOpenProvenance } from '@/components/provenance-context';
import type { Locale } from '@/i18n/locale';
type Translate = ReturnType<typeof useI18n>['t'];

/** What a tile's value line says: the words before the number, the number with its qualifier mark, the unit. */
function valueLine(figure: FigureView, locale: Locale, t: Translate) {
  const unit = unitAfterNumber(figure.unit);
  // The prefix opens the value line: the change's words ("down year on year") start with a capital there.
  const prefix = figure.change ? sentenceStart(t(changeWordsKey(figure.change))) : qualifierPrefix(figure, locale);
  const value = figureValueText(figure, locale);
  const unitText = unit && figure.value !== undefined ? pickText(unit, locale) : '';
  return { prefix, value, unitText };
}

/**
 * The value line's width in em (prefix and unit are set at 0.45em), in steps the style sheet has rules for: the
 * tile fits its number to its width with it, and a portrait meeting-room screen picks its tile columns with it.
 */
export function tileValueEm(figure: FigureView, locale: Locale, t: Translate): number {
  const { prefix, value, unitText } = valueLine(figure, locale, t);
  const em =
    figure.value === undefined
      ? // The arrow and the direction at a number's size; under them, small, the basis and that no number is given.
        changeOnlyEm(changeOnlyLines(figure, t))
      : widthEm(value) + 0.45 * (widthEm(prefix) + widthEm(unitText) + (prefix ? 0.3 : 0) + (unitText ? 0.3 : 0));
  return Math.min(maxTileValueEm, Math.max(1, Math.ceil(em * 2) / 2));
}

/**
 * A change the report states without a number (同比下降): the direction is the figure, so it is set as large as a
 * number would be. Words short enough to sit at that size stay whole ("↓ 同比下降"); longer ones keep only the
 * direction there ("↓ Down") and give what it is measured against a small line of its own ("year on year"), so
 * the big line stays big. Under them, small, that the report gives no amount.
 */
function changeOnlyLines(figure: FigureView, t: Translate): { arrow: string; direction: string; context: string[] } {
  const change = figure.change;
  if (!change) return { arrow: '', direction: '', context: [t('change.noValue')] };
  const arrow = change.direction === 'decrease' ? '↓' : '↑';
  const whole = t(changeWordsKey(change));
  const direction = t(`change.unstated.${change.direction}`);
  if (widthEm(whole) <= wholeChangeWordsEm) return { arrow, direction: sentenceStart(whole), context: [t('change.noValue')] };
  // The basis is the change's words without its direction: "down year on year" less "down".
  const basis = whole.replace(direction, '').trim();
  return { arrow, direction: sentenceStart(direction), context: basis ? [basis, t('change.noValue')] : [t('change.noValue')] };
}

/** Change words up to this wide (同比下降, 4em) are set whole at a number's size. */
const wholeChangeWordsEm = 4.5;

/** The change-only value's width in em: its big line, or its widest small one (set at 0.45em). */
const changeOnlyEm = ({ arrow, direction, context }: ReturnType<typeof changeOnlyLines>) =>
  Math.max(widthEm(`${arrow} ${direction}`), ...context.map((line) => 0.45 * widthEm(line)));

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
  const { prefix, value, unitText } = valueLine(figure, locale, t);
  const label = pickText(figure.label, locale);
  const changeOnly = changeOnlyLines(figure, t);
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
      data-value-em={tileValueEm(figure, locale, t)}
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
        {figure.value === undefined ? (
          <p className="tile__value" data-lines={1 + changeOnly.context.length}>
            <span className="tile__number">
              <span aria-hidden="true">{changeOnly.arrow} </span>
              {changeOnly.direction}
            </span>
            {changeOnly.context.map((line) => (
              <span key={line} className="tile__no-value">
                {line}
              </span>
            ))}
          </p>
        ) : (
          <p className="tile__value">
            {prefix && <span className="tile__prefix">{prefix} </span>}
            <span className="tile__number">{value}</span>
            {unitText && <span className="tile__unit"> {unitText}</span>}
          </p>
        )}
      </div>
      <div className="tile__context">
        <QualifierBadges figure={figure} />
        {figure.changes.map((change) => (
          <FigureChange key={change.id} change={change} />
        ))}
      </div>
      {figure.derived && <p className="tile__formula">{t('derived.formula', { formula: formatFormula(figure, locale) })}</p>}
      <SourceLine sections={figure.sections} />
    </article>
  );
}

/** A change the report states with a level (同比下降4.49%), with its own id and provenance: in its tile, or under its chart. */
export function FigureChange({ change }: { change: FigureView }) {
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
