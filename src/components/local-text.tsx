import type { LocalizedText } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { isUntranslated, pickText } from '@/i18n/pick-text';

/**
 * Data text in the reader's language. Where the English is not written yet, the Chinese is shown, marked as
 * Chinese (for screen readers too) and flagged, so nobody mistakes it for a finished translation.
 */
export function LocalText({ text }: { text: LocalizedText }) {
  const { t, locale } = useI18n();
  if (!isUntranslated(text, locale)) return <>{pickText(text, locale)}</>;
  return (
    <>
      <span lang="zh-CN">{text.zh}</span>{' '}
      <span className="untranslated-mark" title={t('draft.untranslated')}>
        <span aria-hidden="true">{t('draft.untranslatedMark')}</span>
        <span className="visually-hidden">({t('draft.untranslated')})</span>
      </span>
    </>
  );
}
