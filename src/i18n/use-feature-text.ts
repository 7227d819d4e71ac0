import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { Locale } from '@/i18n/locale';
import { featureText, type FeatureText } from '@/i18n/feature-catalogue';

/**
 * A lazily loaded view's own words (src/i18n/feature-catalogue.ts) in the reader's language. Its own module,
 * so the hook goes only with the views that use it, not with the first screen's JS.
 */
export function useFeatureText<Zh extends Record<string, string>>(catalogues: Record<Locale, Record<keyof Zh, string>>): FeatureText<Zh> {
  const { locale } = useI18n();
  return useMemo(() => featureText<Zh>(catalogues, locale), [catalogues, locale]);
}
