import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import type { LocalizedText } from '@/data/report-schema';
import { localeTags, type Locale } from '@/i18n/locale';
import { isLocaleLoaded, loadLocale, translate, type MessageKey, type MessageParams } from '@/i18n/messages';
import { pickText } from '@/i18n/pick-text';

type I18n = {
  locale: Locale;
  t: <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
  /** Picks the current language from a bilingual text in the data (Chinese where the English is missing). */
  pick: (text: LocalizedText) => string;
};

const I18nContext = createContext<I18n | null>(null);

/**
 * The language of the page. One whose messages have not arrived yet (English, loaded on demand) is shown once
 * they have; until then the page stays in Chinese rather than mixing the two.
 */
export function I18nProvider({ locale: requested, children }: { locale: Locale; children: ReactNode }) {
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const locale: Locale = isLocaleLoaded(requested) ? requested : 'zh';
  useEffect(() => {
    if (locale === requested) return;
    // The messages may have arrived between this render and its effect (another component asked for them):
    // render again now, or the page would stay in Chinese for good.
    if (isLocaleLoaded(requested)) arrived();
    else loadLocale(requested).then(arrived, () => undefined);
  }, [requested, locale]);
  useEffect(() => {
    document.documentElement.lang = localeTags[locale];
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, ...params) => translate(locale, key, ...params),
      pick: (text) => pickText(text, locale),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside I18nProvider');
  return context;
}
