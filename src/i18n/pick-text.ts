import type { LocalizedText } from '@/data/report-schema';
import type { Locale } from '@/i18n/locale';

/** The text in `locale`; Chinese where the English is not written yet (a draft's figures, say). */
export function pickText(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? text.en : undefined) ?? text.zh;
}

/** True when `pickText` falls back to Chinese, so the screen can mark the text as untranslated. */
export function isUntranslated(text: LocalizedText, locale: Locale): boolean {
  return locale === 'en' && text.en === undefined;
}

/**
 * A phrase that opens a line, a tag or a table cell, with its first letter in capitals: "down year on year" →
 * "Down year on year", "at least 700" → "At least 700". The catalogue writes such phrases in lower case because
 * they also stand inside sentences; Chinese has no case and comes back unchanged.
 */
export function sentenceStart(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
