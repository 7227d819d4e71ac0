import { useEffect, useState, useSyncExternalStore } from 'react';
import type { KioskRuntime } from '@/features/kiosk/model/kiosk-runtime';
import { useI18n } from '@/i18n/i18n-context';
import { formatNumber } from '@/lib/format';

type ResumeClock = Pick<KioskRuntime, 'subscribeResume' | 'getResumeAt' | 'monotonicNow'>;

/**
 * "Rotation continues in 57 s", counting down each second while an input pause lasts. One timer, set only
 * while this is on screen, to the moment the shown number changes; only this line renders again. Screen
 * readers get the sentence once, without the count, instead of an announcement every second.
 */
export function ResumeCountdown({ clock, resumeMs }: { clock: ResumeClock; resumeMs: number }) {
  const { t, locale } = useI18n();
  const resumeAt = useSyncExternalStore(clock.subscribeResume, clock.getResumeAt, clock.getResumeAt);
  const [now, setNow] = useState(clock.monotonicNow);
  const resumeSeconds = Math.round(resumeMs / 1000);
  useEffect(() => {
    if (resumeAt === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      const left = resumeAt - clock.monotonicNow();
      if (left <= 0) return;
      // Until the whole seconds left drop by one (a moment after, so the rounding has surely moved).
      timer = setTimeout(
        () => {
          setNow(clock.monotonicNow());
          schedule();
        },
        (left % 1000 || 1000) + 1,
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [resumeAt, clock]);
  const secondsLeft = resumeAt === null ? resumeSeconds : Math.min(resumeSeconds, Math.max(0, Math.ceil((resumeAt - now) / 1000)));
  return (
    <span className="kiosk-status__hint">
      <span aria-hidden="true">{t('kiosk.resumesIn', { seconds: formatNumber(secondsLeft, locale, 0) })}</span>
      <span className="visually-hidden">{t('kiosk.pausedByInput', { seconds: formatNumber(resumeSeconds, locale, 0) })}</span>
    </span>
  );
}
