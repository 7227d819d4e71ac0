import type { RotationMode } from '@/features/kiosk/model/rotation';
import { useI18n } from '@/i18n/i18n-context';
import { formatNumber } from '@/lib/format';

/** The "paused" badge, with how the rotation continues; a link out appears only while someone is there. */
export function KioskStatus({ mode, resumeMs, onExit, exitHref }: { mode: RotationMode; resumeMs: number; onExit: () => void; exitHref: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="kiosk-status" role="status">
      {mode !== 'running' && (
        <>
          <span className="kiosk-status__badge">{t('kiosk.paused')}</span>
          <span className="kiosk-status__hint">
            {mode === 'manualPaused' ? t('kiosk.pausedByKey') : t('kiosk.pausedByInput', { seconds: formatNumber(resumeMs / 1000, locale, 0) })}
          </span>
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
