import { memo, useEffect } from 'react';
import { ScenePage } from '@/features/scenes/components/scene-page';
import type { ScenePaging } from '@/features/scenes/components/scene-view';
import { chartModule } from '@/features/scenes/chart-module';

// How long the first scene shows before the chart code is fetched, and how long that fetch may then wait for an
// idle moment. Not at once: evaluating the chart code is one long task (about 40 ms here, four times that on a
// slow phone) that would hold up a first tap or key while the page is taken over. The scene links fetch it
// sooner, as soon as a pointer or the focus comes near them (preloadChartCode).
export const chartPrefetchDelayMs = 5_000;
const chartPrefetchIdleTimeoutMs = 2_000;

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: chartPrefetchIdleTimeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}

/** Fetches the chart code now: a scene with charts is likely to be opened next. */
export const preloadChartCode = (): void => chartModule.preload();

/** Calls `preload` once the first scene has shown a few seconds and the page is idle; gives back a cancel. */
export function scheduleChartPrefetch(preload: () => void = preloadChartCode): () => void {
  let cancelIdle: (() => void) | undefined;
  const timer = window.setTimeout(() => {
    cancelIdle = whenIdle(preload);
  }, chartPrefetchDelayMs);
  return () => {
    window.clearTimeout(timer);
    cancelIdle?.();
  };
}

/**
 * The scene for an id. Memoised: the pages re-render at once on a click (the nav, the title) and show the new
 * scene from a deferred value, and that first, urgent render must not re-render the old scene as well.
 */
export const SceneSwitch = memo(function SceneSwitch({ sceneId, reportId, paging }: { sceneId: string; reportId: string; paging?: ScenePaging }) {
  // While the first scene shows, fetch the chart code: a wall screen shows every scene anyway, and code first
  // requested during an outage could never be shown.
  useEffect(() => scheduleChartPrefetch(), []);
  return <ScenePage reportId={reportId} sceneId={sceneId} paging={paging} />;
});
