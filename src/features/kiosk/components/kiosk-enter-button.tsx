import { useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, setUrlParams } from '@/lib/url-state';
import { enterFullscreen } from '@/features/kiosk/hooks/fullscreen';

/**
 * Screens where meeting-room mode cannot work: phones and tablets (a touch screen as the main pointer, no
 * presenter clicker) and anything narrower than a small laptop. `?kiosk` still works there by address.
 */
export const noMeetingRoomQuery = '(max-width: 47.99rem), (pointer: coarse)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(noMeetingRoomQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isUnsuitableScreen = () => typeof window.matchMedia === 'function' && window.matchMedia(noMeetingRoomQuery).matches;

/** The visible way into meeting-room mode; the click is the gesture browsers need for full screen. */
export function KioskEnterButton() {
  const { t } = useI18n();
  const unsuitable = useSyncExternalStore(subscribe, isUnsuitableScreen, () => false);
  if (unsuitable) return null;
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
