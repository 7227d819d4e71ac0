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
