import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, setUrlParams } from '@/lib/url-state';
import { enterFullscreen } from '@/features/kiosk/hooks/fullscreen';

/** The visible way into meeting-room mode; the click is the gesture browsers need for full screen. */
export function KioskEnterButton() {
  const { t } = useI18n();
  return (
    <a
      className="button button--quiet"
      href={hrefWith({ kiosk: '' })}
      title={t('kiosk.enterLabel')}
      onClick={(event) => {
        event.preventDefault();
        enterFullscreen();
        setUrlParams({ kiosk: '' });
      }}
    >
      {t('kiosk.enter')}
    </a>
  );
}
