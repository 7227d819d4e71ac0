import { lazy } from 'react';
import { scenes, type SceneId } from '@/app/scenes';
import { usePreloadScenes } from '@/app/use-preload-scenes';

// One lazy component per scene, created once at module level so React keeps their state between renders.
const lazyScenes = Object.fromEntries(scenes.map((scene) => [scene.id, lazy(scene.load)])) as Record<
  SceneId,
  ReturnType<typeof lazy<React.ComponentType<{ reportId: string }>>>
>;

export function SceneSwitch({ sceneId, reportId }: { sceneId: SceneId; reportId: string }) {
  usePreloadScenes();
  const Scene = lazyScenes[sceneId];
  return <Scene reportId={reportId} />;
}
