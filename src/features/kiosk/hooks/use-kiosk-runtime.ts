import { useEffect, useState, useSyncExternalStore } from 'react';
import { KioskRuntime, type KioskRuntimeOptions, type RotationView } from '@/features/kiosk/model/kiosk-runtime';

/** One runtime per mount; its timers run only while mounted (StrictMode's remount restarts them). */
export function useKioskRuntime<Settings>(
  createOptions: () => KioskRuntimeOptions & { settings: Settings },
): { runtime: KioskRuntime; view: RotationView; settings: Settings } {
  const [{ runtime, settings }] = useState(() => {
    const options = createOptions();
    return { runtime: new KioskRuntime(options), settings: options.settings };
  });
  useEffect(() => {
    runtime.start();
    return () => runtime.stop();
  }, [runtime]);
  const view = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot, runtime.getSnapshot);
  return { runtime, view, settings };
}
