import { memo, useEffect } from 'react';
import { ScenePage } from '@/features/scenes/components/scene-page';
import type { ScenePaging } from '@/features/scenes/components/scene-view';
import { chartModule } from '@/features/scenes/chart-module';

// How long the chart code's prefetch may wait for an idle moment before it starts anyway.
const chartPrefetchTimeoutMs = 2_000;

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: chartPrefetchTimeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}

/**
 * The scene for an id. Memoised: the pages re-render at once on a click (the nav, the title) and show the new
 * scene from a deferred value, and that first, urgent render must not re-render the old scene as well.
 */
export const SceneSwitch = memo(function SceneSwitch({ sceneId, reportId, paging }: { sceneId: string; reportId: string; paging?: ScenePaging }) {
  // Once the first scene has rendered, fetch the chart code while it shows: a wall screen shows every scene
  // anyway, and code first requested during an outage could never be shown.
  useEffect(() => whenIdle(() => chartModule.preload()), []);
  return <ScenePage reportId={reportId} sceneId={sceneId} paging={paging} />;
});
