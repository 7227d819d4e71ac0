import { useId, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { useRoomCheckText, type RoomCheckPlainKey } from '@/features/room-check/i18n/room-check-messages';
import { formatNumber, formatPercent } from '@/lib/format';
import {
  characterHeightRatio,
  checkRoom,
  inputLimits,
  parseRoomInput,
  type RoomInput,
} from '@/features/room-check/model/room-check';

// A typical meeting room: a 65-inch 4K screen at 200 % scaling, the back row 3 m away.
const initialValues: Record<RoomInput, string> = { diagonal: '65', width: '3840', height: '2160', scaling: '200', distance: '3' };
type FieldName = RoomInput;

const fields: ReadonlyArray<{ name: FieldName; label: RoomCheckPlainKey }> = [
  { name: 'diagonal', label: 'diagonal' },
  { name: 'width', label: 'width' },
  { name: 'height', label: 'height' },
  { name: 'scaling', label: 'scaling' },
  { name: 'distance', label: 'distance' },
];

/** ?view=room-check: screen and distance in, smallest legible text and a verdict in words out. */
export function RoomCheckPage() {
  const { locale } = useI18n();
  const t = useRoomCheckText();
  const [values, setValues] = useState(initialValues);
  const formId = useId();
  const parsed = Object.fromEntries(fields.map((field) => [field.name, parseRoomInput(values[field.name], field.name)])) as Record<
    FieldName,
    ReturnType<typeof parseRoomInput>
  >;
  const numbers = Object.fromEntries(Object.entries(parsed).map(([name, input]) => [name, 'value' in input ? input.value : Number.NaN])) as Record<FieldName, number>;
  const problems = fields.flatMap((field) => {
    const input = parsed[field.name];
    if ('value' in input) return [];
    if (input.problem === 'empty') return [t('invalid')];
    if (input.problem === 'notANumber') return [t('notANumber', { field: t(field.label) })];
    const { min, max } = inputLimits[field.name];
    return [t('outOfRange', { field: t(field.label), min: formatNumber(min, locale, 1), max: formatNumber(max, locale, 0) })];
  });
  const screen = { diagonalInches: numbers.diagonal, widthPx: numbers.width, heightPx: numbers.height, scalingPercent: numbers.scaling };
  const distanceM = numbers.distance;
  const result = problems.length === 0 ? checkRoom(screen, distanceM) : undefined;
  const mm = (value: number) => formatNumber(value, locale, 1);

  return (
    <div className="tool-page room-check">
      <p className="tool-page__intro">{t('intro')}</p>
      <form className="card room-check__form" id={formId} onSubmit={(event) => event.preventDefault()}>
        {fields.map((field) => (
          <label key={field.name}>
            {t(field.label)}
            <input
              type="text"
              inputMode="decimal"
              aria-invalid={'value' in parsed[field.name] ? undefined : true}
              value={values[field.name]}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
            />
          </label>
        ))}
      </form>
      <section className="card room-check__result" aria-labelledby={`${formId}-result`} aria-live="polite">
        <h3 className="card__title" id={`${formId}-result`}>
          {t('resultTitle')}
        </h3>
        {!result ? (
          [...new Set(problems)].map((problem) => <p key={problem}>{problem}</p>)
        ) : (
          <>
            <p>
              {t('minimum', {
                distance: formatNumber(distanceM, locale, 1),
                mm: mm(result.minimumMm),
                px: formatNumber(Math.ceil(result.minimumPx), locale, 0),
              })}
            </p>
            <p>
              {t('dashboard', {
                fontPx: formatNumber(result.smallestFontPx, locale, 1),
                mm: mm(result.smallestTextMm),
              })}
            </p>
            <p className="room-check__verdict">{result.meets ? t('meets') : t('fails')}</p>
            <p>{t('maxDistance', { distance: formatNumber(result.legibleUpToM, locale, 1) })}</p>
            <p className="tool-page__intro">
              {t('assumptions', { ratio: formatPercent(characterHeightRatio * 100, locale, 0) })}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
