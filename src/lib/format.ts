import type { Qualifier } from '@/data/report-schema';
import { isPercentUnit } from '@/data/value-rules';
import type { Locale } from '@/i18n/locale';

// Every number, percent and date on screen goes through here, so qualifiers and locales are handled once.
//
// The formats are written out rather than taken from Intl: the first Intl call in a page makes V8 build its
// locale tables, which cost 25–75 ms on this machine (four times that on a slow meeting-room PC) before the first
// figure could show. Chinese (zh-CN) and British English (en-GB) group digits the same way, so little is needed;
// test/lib/format.test.ts checks every function against Intl's output for the same locale and options.

/** Rounds half away from zero in decimal, as Intl does ("1.005" to 2 places is 1.01, not 1.00). */
function roundDecimal(value: number, fractionDigits: number): number {
  const magnitude = Math.abs(value);
  // Shifting the decimal point in the string avoids binary error (1.005 * 100 is 100.49999…).
  const shifted = String(magnitude).includes('e') ? magnitude * 10 ** fractionDigits : Number(`${magnitude}e${fractionDigits}`);
  return Math.round(shifted) / 10 ** fractionDigits;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Numbers past this would print in exponent form (1e+21) or lose digits; no report figure comes close. */
const largestPrintable = 1e15;

/**
 * Refuses what must never reach a screen: NaN, Infinity and numbers so large or small that they print as
 * exponents or with digits that are not in the data. The schema keeps such values out of the data; this
 * catches any that a computation makes, so a bug shows as a failed panel, never as "Infinity 件".
 */
function assertPrintable(value: number): void {
  if (!Number.isFinite(value) || Math.abs(value) >= largestPrintable) throw new RangeError(`refusing to format ${String(value)}`);
}

// Both locales group digits and mark decimals alike, so the locale is not consulted (yet).
export function formatNumber(value: number, _locale: Locale, maximumFractionDigits = 1): string {
  assertPrintable(value);
  const [integer = '0', fraction] = roundDecimal(value, maximumFractionDigits).toFixed(maximumFractionDigits).split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${groupThousands(integer)}${trimmed ? `.${trimmed}` : ''}`;
}

/**
 * Compact Chinese form (1万, 2.5万, 260.44万, 3亿). Used only where the report itself writes the number in
 * 万 or 亿, so the screen reads the way the report does; English always gets the full number.
 */
export function formatCompact(value: number, locale: Locale, maximumFractionDigits = 4): string {
  if (locale !== 'zh' || Math.abs(value) < 10_000) return formatNumber(value, locale, maximumFractionDigits);
  const sign = value < 0 ? '-' : '';
  const wan = roundDecimal(Math.abs(value) / 10_000, maximumFractionDigits);
  // 9999.99万 rounds to 1亿, as Intl's compact notation does.
  if (wan < 10_000) return `${sign}${formatNumber(wan, locale, maximumFractionDigits).replaceAll(',', '')}万`;
  return `${sign}${formatNumber(roundDecimal(Math.abs(value) / 100_000_000, maximumFractionDigits), locale, maximumFractionDigits)}亿`;
}

export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return `${formatNumber(value, locale, maximumFractionDigits)}%`;
}

/** The marks that keep a report's qualifiers visible in a number: "≥700", "≤5", "≈1,000". */
const qualifierMarks: Readonly<Record<Qualifier, string>> = {
  exact: '',
  target: '',
  atLeast: '≥',
  atMost: '≤',
  approximately: '≈',
};

/** Decimal places a report figure may carry (260.44万 has 2 in 万, 6 would be too many for any report). */
const reportedDecimals = 4;

type FormattableFigure = {
  value: number;
  qualifier: Qualifier;
  unit: { zh: string; en?: string | undefined };
  reportedAs?: string | undefined;
  /** Computed figures are rounded to one decimal place; reported ones keep the report's digits. */
  computed?: boolean;
};

/** True when the report writes the number with 万 or 亿 (上万, 2万余, 260.44万件), as Chinese screens then do. */
export function writtenInWan(figure: Pick<FormattableFigure, 'reportedAs' | 'value'>): boolean {
  return figure.value >= 10_000 && /[万亿]/u.test(figure.reportedAs ?? '');
}

/**
 * A figure's value with its qualifier mark, the same in every place it appears (tile, bar label, table,
 * export, provenance card): "≥700", "≥1万" in Chinese where the report writes 上万 and "≥10,000" in English,
 * "5%". Exact figures are never abbreviated unless the report abbreviates them, so 11,961 never becomes 1.2万.
 */
export function formatFigureValue(figure: FormattableFigure, locale: Locale): string {
  const digits = figure.computed ? 1 : reportedDecimals;
  const percent = isPercentUnit(figure.unit);
  const number = percent
    ? formatPercent(figure.value, locale, digits)
    : locale === 'zh' && writtenInWan(figure)
      ? formatCompact(figure.value, locale, digits)
      : formatNumber(figure.value, locale, digits);
  return `${qualifierMarks[figure.qualifier]}${number}`;
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// en-GB's short month names: four letters for September, three for the rest.
const englishShortMonths = englishMonths.map((month) => (month === 'September' ? 'Sept' : month.slice(0, 3)));
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A calendar date given as YYYY-MM-DD: 2022年12月31日, 31 December 2022. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${englishMonths[month - 1] ?? ''} ${year}`;
}

/** The local time of day, 24-hour, as both locales write it: 09:05. */
export function formatTime(date: Date, _locale: Locale): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** A past moment for "not updated since …": the time alone today, the date and time on another day. */
export function formatSince(moment: Date, now: Date, locale: Locale): string {
  const time = formatTime(moment, locale);
  if (moment.toDateString() === now.toDateString()) return time;
  return locale === 'zh'
    ? `${moment.getMonth() + 1}月${moment.getDate()}日 ${time}`
    : `${moment.getDate()} ${englishShortMonths[moment.getMonth()] ?? ''}, ${time}`;
}
