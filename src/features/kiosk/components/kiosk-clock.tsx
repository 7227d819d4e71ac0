import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { formatTime } from '@/lib/format';
import { kioskTiming } from '@/features/kiosk/model/kiosk-config';

/** Shows hours and minutes, so it renders once a minute, on the minute, and nothing else re-renders. */
export function KioskClock() {
  const { t, locale } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const untilNextMinute = kioskTiming.clockEveryMs - (now.getTime() % kioskTiming.clockEveryMs);
    const timer = setTimeout(() => setNow(new Date()), untilNextMinute);
    return () => clearTimeout(timer);
  }, [now]);
  return (
    <time className="kiosk-clock" dateTime={now.toISOString()} aria-label={t('kiosk.clockLabel')}>
      {formatTime(now, locale)}
    </time>
  );
}
