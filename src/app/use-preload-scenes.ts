import { useEffect } from 'react';
import { scenes } from '@/app/scenes';
import { resilienceConfig } from '@/api/resilience-config';

/**
 * Loads every scene's code shortly after the first scene is up. A wall screen shows them all anyway, and a
 * scene whose chunk is first requested while the network is down could otherwise never be shown.
 */
export function usePreloadScenes(): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const scene of scenes) void scene.load().catch(() => undefined);
    }, resilienceConfig.scenePreloadDelayMs);
    return () => clearTimeout(timer);
  }, []);
}
