import type { CSSProperties } from 'react';
import { useInBrowser } from '@/lib/use-in-browser';

type KioskProgressProps = {
  durationMs: number;
  running: boolean;
  /** False with ?motion=off or the system's reduced-motion setting: then nothing on it moves. */
  motion: boolean;
  /** Where the rotation is (0-based) and how many scenes it has, for the still indicator. */
  position: number;
  length: number;
};

/**
 * A thin bar along the bottom. With motion, it fills until the next scene: one CSS transform animation per scene
 * (composited, off the main thread); the caller re-keys it when the countdown restarts. Without motion, it stands
 * still and shows how far through the rotation the screen is, changing only when the scene does.
 */
export function KioskProgress({ durationMs, running, motion, position, length }: KioskProgressProps) {
  // Prerendered HTML has no bar yet: its style attribute would break the page's policy, and its time runs
  // from when the app starts.
  const inBrowser = useInBrowser();
  if (!inBrowser) return <div className="kiosk-progress" aria-hidden="true" data-running={running} />;
  if (!motion) {
    return (
      <div className="kiosk-progress" aria-hidden="true" data-running={running}>
        <div className="kiosk-progress__step" data-testid="kiosk-progress-step" style={{ '--kiosk-step': (position + 1) / Math.max(1, length) } as CSSProperties} />
      </div>
    );
  }
  return (
    <div className="kiosk-progress" aria-hidden="true" data-running={running}>
      {running && <div className="kiosk-progress__bar" style={{ '--kiosk-interval': `${durationMs}ms` } as CSSProperties} />}
    </div>
  );
}
