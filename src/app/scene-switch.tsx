import { lazy, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { scenes, type SceneId } from '@/app/scenes';

// One lazy component per scene, created once at module level so React keeps their state between renders.
const lazyScenes = Object.fromEntries(scenes.map((scene) => [scene.id, lazy(scene.load)])) as Record<
  SceneId,
  ReturnType<typeof lazy<React.ComponentType<{ reportId: string }>>>
>;

// How long the other scenes' prefetch may wait for an idle moment before it starts anyway.
const scenePrefetchTimeoutMs = 2_000;

/** Starts downloading a scene's code. import() caches modules, so a second call costs nothing. */
export function preloadScene(sceneId: SceneId): void {
  const scene = scenes.find((candidate) => candidate.id === sceneId);
  // A failed download is reported by React.lazy when the scene renders; the preload stays silent.
  scene?.load().catch(() => undefined);
}

/**
 * Starts the active scene's code and its report while the report list is still loading, instead of one
 * after the other once the list has arrived.
 */
export function usePreloadScene(sceneId: SceneId, reportId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => preloadScene(sceneId), [sceneId]);
  useEffect(() => {
    if (reportId) void queryClient.prefetchQuery(reportQueries.detail(reportId));
  }, [queryClient, reportId]);
}

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: scenePrefetchTimeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}

export function SceneSwitch({ sceneId, reportId }: { sceneId: SceneId; reportId: string }) {
  const Scene = lazyScenes[sceneId];
  // Once the first scene has rendered, fetch every other scene's code (the next one included) while it shows:
  // a wall screen shows them all anyway, and a chunk first requested during an outage could never be shown.
  useEffect(() => whenIdle(() => scenes.forEach((scene) => preloadScene(scene.id))), []);
  return <Scene reportId={reportId} />;
}
