import { lazy, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { scenes, type SceneId } from '@/app/scenes';

// One lazy component per scene, created once at module level so React keeps their state between renders.
const lazyScenes = Object.fromEntries(scenes.map((scene) => [scene.id, lazy(scene.load)])) as Record<
  SceneId,
  ReturnType<typeof lazy<React.ComponentType<{ reportId: string }>>>
>;

// How long the next scene's prefetch may wait for an idle moment before it starts anyway.
const nextScenePrefetchTimeoutMs = 2_000;

/** Starts downloading a scene's code. import() caches modules, so a second call costs nothing. */
export function preloadScene(sceneId: SceneId): void {
  const scene = scenes.find((candidate) => candidate.id === sceneId);
  // A failed download is reported by React.lazy when the scene renders; the preload stays silent.
  scene?.load().catch(() => undefined);
}

/** The scene after `sceneId` in the navigation order, wrapping round. */
export function nextSceneId(sceneId: SceneId): SceneId {
  const index = scenes.findIndex((scene) => scene.id === sceneId);
  return scenes[(index + 1) % scenes.length]!.id;
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
    const handle = window.requestIdleCallback(callback, { timeout: nextScenePrefetchTimeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}

export function SceneSwitch({ sceneId, reportId }: { sceneId: SceneId; reportId: string }) {
  const Scene = lazyScenes[sceneId];
  // Runs once this scene has rendered: fetch the next scene's code (and its charts) while this one shows.
  useEffect(() => whenIdle(() => preloadScene(nextSceneId(sceneId))), [sceneId]);
  return <Scene reportId={reportId} />;
}
