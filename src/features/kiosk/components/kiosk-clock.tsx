import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { formatTime } from '@/lib/format';
import { kioskTiming } from '@/features/kiosk/model/kiosk-config';
import { useInBrowser } from '@/lib/use-in-browser';

/**
 * Shows hours and minutes, so it renders once a minute, on the minute, and nothing else re-renders. A page
 * prerendered at build time (src/app/prerender-page.tsx) has no time in it: the build's hour would be wrong,
 * and a time that differs from the browser's would fail hydration. The time appears as the page takes over.
 */
export function KioskClock() {
  const { t, locale } = useI18n();
  const inBrowser = useInBrowser();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const untilNextMinute = kioskTiming.clockEveryMs - (now.getTime() % kioskTiming.clockEveryMs);
    const timer = setTimeout(() => setNow(new Date()), untilNextMinute);
    return () => clearTimeout(timer);
  }, [now]);
  return (
    <time className="kiosk-clock" dateTime={inBrowser ? now.toISOString() : undefined} aria-label={t('kiosk.clockLabel')}>
      {inBrowser ? formatTime(now, locale) : ''}
    </time>
  );
}
