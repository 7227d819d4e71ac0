import type { CSSProperties } from 'react';

/**
 * A thin bar that fills until the next scene. One CSS transform animation per scene (composited, off the
 * main thread); the caller re-keys it when the countdown restarts.
 */
export function KioskProgress({ durationMs, running }: { durationMs: number; running: boolean }) {
  return (
    <div className="kiosk-progress" aria-hidden="true" data-running={running}>
      {running && <div className="kiosk-progress__bar" style={{ '--kiosk-interval': `${durationMs}ms` } as CSSProperties} />}
    </div>
  );
}
