import type { QueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { parseSceneId } from '@/app/scenes';
import { loadScene } from '@/app/scene-switch';
import { chooseReport } from '@/app/report-choice';

/**
 * How long the first render waits for the first screen's data and code. Within it, the first render already
 * shows the figures: no loading screen is laid out and painted only to be replaced a moment later (on a slow
 * PC that costs more than the wait). Past it, the page renders and shows that it is loading, or what failed.
 */
export const firstScreenWaitMs = 400;

/**
 * Starts what the first screen needs before React renders, instead of from effects after a first render: the
 * report list, then the chosen report, and the scene's code. index.html has already asked for all of them
 * (build/first-screen-preload-plugin.ts); these requests take those answers. Resolves when all are in; a
 * failure is left to the queries, which go on retrying and show it.
 */
export async function loadFirstScreen(queryClient: QueryClient, search: string = window.location.search): Promise<void> {
  const params = new URLSearchParams(search);
  const sceneCode = params.get('view') ? undefined : loadScene(parseSceneId(params.get('scene')));
  const data = queryClient.fetchQuery(reportQueries.list()).then((list) => {
    const report = chooseReport(list.reports, params.get('report'));
    return report && queryClient.fetchQuery(reportQueries.detail(report.id));
  });
  await Promise.all([sceneCode, data]);
}

/** Resolves once the first screen is ready or `waitMs` has passed, whichever comes first; never rejects. */
export function firstScreenOrTimeout(ready: Promise<unknown>, waitMs: number = firstScreenWaitMs): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    ready.then(done, done);
  });
}
