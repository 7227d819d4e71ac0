import { useEffect } from 'react';

/**
 * Keeps the display awake while `active`. Browsers drop the lock when the page is hidden, so it is taken
 * again when the page becomes visible. Where the API is missing or refuses, nothing happens.
 */
export function useScreenWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinel | undefined;
    let disposed = false;
    const acquire = async () => {
      if (disposed || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const next = await wakeLock.request('screen');
        if (disposed) void next.release().catch(() => undefined);
        else sentinel = next;
      } catch {
        // Refused (battery saver, no permission, not visible): the screen simply may sleep.
      }
    };
    const onVisibilityChange = () => void acquire();
    document.addEventListener('visibilitychange', onVisibilityChange);
    void acquire();
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
