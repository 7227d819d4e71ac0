import type { RotationMode } from '@/features/kiosk/model/rotation';
import type { KioskRuntime } from '@/features/kiosk/model/kiosk-runtime';
import { useI18n } from '@/i18n/i18n-context';
import { ResumeCountdown } from '@/features/kiosk/components/resume-countdown';

type KioskStatusProps = {
  mode: RotationMode;
  resumeMs: number;
  /** Where the countdown of an input pause reads its deadline. */
  clock: Pick<KioskRuntime, 'subscribeResume' | 'getResumeAt' | 'monotonicNow'>;
  onExit: () => void;
  exitHref: string;
};

/** The "paused" badge, with how the rotation continues; a link out appears only while someone is there. */
export function KioskStatus({ mode, resumeMs, clock, onExit, exitHref }: KioskStatusProps) {
  const { t } = useI18n();
  return (
    <div className="kiosk-status" role="status">
      {mode !== 'running' && (
        <>
          <span className="kiosk-status__badge">{t('kiosk.paused')}</span>
          {mode === 'manualPaused' ? <span className="kiosk-status__hint">{t('kiosk.pausedByKey')}</span> : <ResumeCountdown clock={clock} resumeMs={resumeMs} />}
          <a
            className="kiosk-status__exit"
            href={exitHref}
            onClick={(event) => {
              event.preventDefault();
              onExit();
            }}
          >
            {t('kiosk.exit')}
          </a>
        </>
      )}
    </div>
  );
}
