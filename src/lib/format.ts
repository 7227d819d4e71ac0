import type { Qualifier } from '@/data/report-schema';
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

// Both locales group digits and mark decimals alike, so the locale is not consulted (yet).
export function formatNumber(value: number, _locale: Locale, maximumFractionDigits = 1): string {
  const [integer = '0', fraction] = roundDecimal(value, maximumFractionDigits).toFixed(maximumFractionDigits).split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${groupThousands(integer)}${trimmed ? `.${trimmed}` : ''}`;
}

/**
 * Compact form for tiles (1万, 2万). Only round Chinese lower bounds use it, where 万 is how people read them;
 * English keeps the full number.
 */
export function formatCompact(value: number, locale: Locale): string {
  if (locale !== 'zh' || Math.abs(value) < 10_000) return formatNumber(value, locale);
  const wan = roundDecimal(value / 10_000, 1);
  if (wan < 10_000) return `${value < 0 ? '-' : ''}${formatNumber(wan, locale).replaceAll(',', '')}万`;
  return `${value < 0 ? '-' : ''}${formatNumber(roundDecimal(value / 100_000_000, 1), locale)}亿`;
}

export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return `${formatNumber(value, locale, maximumFractionDigits)}%`;
}

export const lowerBoundMark = '≥';

/**
 * A figure's value with its qualifier: lower bounds get "≥" (the report's 余 / 上万), targets stay plain
 * (the caller labels them "target"). Exact figures are never abbreviated, so 11,961 does not become 1.2万.
 */
export function formatFigureValue(
  figure: { value: number; qualifier: Qualifier; unit: { en: string } },
  locale: Locale,
  options: { compactLowerBounds?: boolean } = {},
): string {
  if (figure.unit.en === '%') return formatPercent(figure.value, locale);
  if (figure.qualifier === 'atLeast') {
    const number =
      options.compactLowerBounds && locale === 'zh' && figure.value >= 10_000
        ? formatCompact(figure.value, locale)
        : formatNumber(figure.value, locale);
    return `${lowerBoundMark}${number}`;
  }
  return formatNumber(figure.value, locale);
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
