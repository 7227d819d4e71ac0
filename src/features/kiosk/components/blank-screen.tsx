import { useI18n } from '@/i18n/i18n-context';

/** The clicker's black-screen key: everything hidden behind black until B or "." again. */
export function BlankScreen() {
  const { t } = useI18n();
  return (
    <div className="kiosk-blank" data-testid="kiosk-blank">
      <p className="visually-hidden">{t('kiosk.blanked')}</p>
    </div>
  );
}
