import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { LocalizedText } from '@/data/report-schema';
import { localeTags, parseLocale, type Locale } from '@/i18n/locale';
import { translate, type MessageKey } from '@/i18n/messages';
import { useUrlParam } from '@/lib/url-state';

type I18n = {
  locale: Locale;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Picks the current language from a bilingual text in the data. */
  pick: (text: LocalizedText) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = parseLocale(useUrlParam('lang'));
  useEffect(() => {
    document.documentElement.lang = localeTags[locale];
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      pick: (text) => text[locale],
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
