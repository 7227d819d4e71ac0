import type { Qualifier } from '@/data/report-schema';
import { localeTags, type Locale } from '@/i18n/locale';

// Every number, percent and date on screen goes through here, so qualifiers and locales are handled once.

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTags[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Compact form for tiles (1万, 2万). Only used for round lower bounds in Chinese, where 万 is how people read them. */
export function formatCompact(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value / 100);
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

export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(localeTags[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

export function formatTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A past moment for "not updated since …": the time alone today, the date and time on another day. */
export function formatSince(moment: Date, now: Date, locale: Locale): string {
  const sameDay = moment.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(localeTags[locale], options).format(moment);
}
