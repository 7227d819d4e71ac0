import { memo, useEffect, useReducer, useState, type ComponentType, type ReactElement } from 'react';
import { scenes, type SceneId } from '@/app/scenes';
import { LoadingState } from '@/components/query-state';

type SceneComponent = ComponentType<{ reportId: string }>;

// Scene code already downloaded, and downloads in flight. A scene whose code is here renders at once.
const loadedScenes = new Map<SceneId, SceneComponent>();
const sceneLoads = new Map<SceneId, Promise<SceneComponent>>();

// How long the other scenes' prefetch may wait for an idle moment before it starts anyway.
const scenePrefetchTimeoutMs = 2_000;

/** The scene's code, downloaded once; a failed download is tried again on the next call. */
export function loadScene(sceneId: SceneId): Promise<SceneComponent> {
  const inFlight = sceneLoads.get(sceneId);
  if (inFlight) return inFlight;
  const scene = scenes.find((candidate) => candidate.id === sceneId)!;
  const load = scene.load().then((module) => {
    loadedScenes.set(sceneId, module.default);
    return module.default;
  });
  // A download that failed (say, during a network outage) is tried again the next time the scene is needed.
  load.catch(() => sceneLoads.delete(sceneId));
  sceneLoads.set(sceneId, load);
  return load;
}

/** Starts downloading a scene's code; a second call costs nothing. */
export function preloadScene(sceneId: SceneId): void {
  // A failed download is reported when the scene renders; the preload stays silent.
  loadScene(sceneId).catch(() => undefined);
}

/**
 * Whether the scene's code is here, downloading it if not. This is React.lazy without Suspense on purpose:
 * React holds back content that replaces a Suspense fallback for up to 300 ms (to batch reveals), which
 * delayed the first figures by that much even when the code arrived a moment later.
 */
function useSceneLoaded(sceneId: SceneId): boolean {
  const [, sceneArrived] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<{ sceneId: SceneId; error: unknown }>();
  const loadedAtRender = loadedScenes.has(sceneId);
  useEffect(() => {
    if (loadedAtRender) return;
    // The code may have arrived between the render and this effect: then render again at once.
    if (loadedScenes.has(sceneId)) {
      sceneArrived();
      return;
    }
    let current = true;
    loadScene(sceneId).then(
      () => current && sceneArrived(),
      (error: unknown) => current && setFailure({ sceneId, error }),
    );
    return () => {
      current = false;
    };
  }, [sceneId, loadedAtRender]);
  // Thrown to the scene's error boundary, which says the scene could not be shown.
  if (failure?.sceneId === sceneId) throw failure.error;
  return loadedAtRender;
}

/** The scene itself; its component is created once per scene, when its code arrives, never during a render. */
function sceneElement(sceneId: SceneId, reportId: string): ReactElement | null {
  const Scene = loadedScenes.get(sceneId);
  return Scene ? <Scene reportId={reportId} /> : null;
}

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: scenePrefetchTimeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}

/**
 * The scene for an id. Memoised: the pages re-render at once on a click (the nav, the title) and show the new
 * scene from a deferred value, and that first, urgent render must not re-render the old scene as well.
 */
export const SceneSwitch = memo(function SceneSwitch({ sceneId, reportId }: { sceneId: SceneId; reportId: string }) {
  const loaded = useSceneLoaded(sceneId);
  // Once the first scene has rendered, fetch every other scene's code (the next one included) while it shows:
  // a wall screen shows them all anyway, and a chunk first requested during an outage could never be shown.
  useEffect(() => whenIdle(() => scenes.forEach((scene) => preloadScene(scene.id))), []);
  return loaded ? sceneElement(sceneId, reportId) : <LoadingState />;
});
