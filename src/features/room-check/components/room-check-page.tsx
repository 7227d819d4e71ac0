import { useId, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages';
import { formatNumber, formatPercent } from '@/lib/format';
import { characterHeightRatio, checkRoom, isValidScreen, type FontTokens } from '@/features/room-check/model/room-check';

// A typical meeting room: a 65-inch 4K screen at 200 % scaling, the back row 4 m away.
const initialValues = { diagonal: '65', width: '3840', height: '2160', scaling: '200', distance: '4' };
type FieldName = keyof typeof initialValues;

const fields: ReadonlyArray<{ name: FieldName; label: MessageKey; step: string }> = [
  { name: 'diagonal', label: 'roomCheck.diagonal', step: '0.1' },
  { name: 'width', label: 'roomCheck.width', step: '1' },
  { name: 'height', label: 'roomCheck.height', step: '1' },
  { name: 'scaling', label: 'roomCheck.scaling', step: '25' },
  { name: 'distance', label: 'roomCheck.distance', step: '0.1' },
];

/** The theme's font tokens as this document defines them right now (meeting-room mode may override them). */
function readFontTokens(): FontTokens {
  const style = getComputedStyle(document.documentElement);
  return { body: style.getPropertyValue('--fs-body').trim(), small: style.getPropertyValue('--fs-small').trim() };
}

/** ?view=room-check: screen and distance in, smallest legible text and a verdict in words out. */
export function RoomCheckPage() {
  const { t, locale } = useI18n();
  const [values, setValues] = useState(initialValues);
  const formId = useId();
  const [tokens] = useState(readFontTokens);
  const screen = {
    diagonalInches: Number(values.diagonal),
    widthPx: Number(values.width),
    heightPx: Number(values.height),
    scalingPercent: Number(values.scaling),
  };
  const distanceM = Number(values.distance);
  const valid = isValidScreen(screen, distanceM);
  const result = valid ? checkRoom(screen, distanceM, tokens) : undefined;
  const mm = (value: number) => formatNumber(value, locale, 1);

  return (
    <div className="tool-page room-check">
      <p className="tool-page__intro">{t('roomCheck.intro')}</p>
      <form className="card room-check__form" id={formId} onSubmit={(event) => event.preventDefault()}>
        {fields.map((field) => (
          <label key={field.name}>
            {t(field.label)}
            <input
              type="number"
              inputMode="decimal"
              min="0"
              step={field.step}
              value={values[field.name]}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
            />
          </label>
        ))}
      </form>
      <section className="card room-check__result" aria-labelledby={`${formId}-result`} aria-live="polite">
        <h3 className="card__title" id={`${formId}-result`}>
          {t('roomCheck.resultTitle')}
        </h3>
        {!result ? (
          <p>{t('roomCheck.invalid')}</p>
        ) : (
          <>
            <p>
              {t('roomCheck.minimum', {
                distance: formatNumber(distanceM, locale, 1),
                mm: mm(result.minimumMm),
                px: formatNumber(Math.ceil(result.minimumPx), locale, 0),
              })}
            </p>
            {result.smallestFontPx === undefined || result.smallestTextMm === undefined || result.legibleUpToM === undefined ? (
              <p>{t('roomCheck.unknown')}</p>
            ) : (
              <>
                <p>
                  {t('roomCheck.dashboard', {
                    fontPx: formatNumber(result.smallestFontPx, locale, 1),
                    mm: mm(result.smallestTextMm),
                  })}
                </p>
                <p className="room-check__verdict">{result.meets ? t('roomCheck.meets') : t('roomCheck.fails')}</p>
                <p>{t('roomCheck.maxDistance', { distance: formatNumber(result.legibleUpToM, locale, 1) })}</p>
              </>
            )}
            <p className="tool-page__intro">
              {t('roomCheck.assumptions', { ratio: formatPercent(characterHeightRatio * 100, locale, 0) })}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
