export type Locale = 'zh' | 'en';
const defaultLocale: Locale = 'zh';

export function parseLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : defaultLocale;
}

/** BCP 47 tags for Intl and the html lang attribute. */
export const localeTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };
