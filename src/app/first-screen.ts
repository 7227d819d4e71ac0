import type { QueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { parseAppUrl, type AppUrl } from '@/app/app-url';
import { chooseReport } from '@/app/report-choice';
import { firstSceneId } from '@/app/first-scene';
import { buildSceneView } from '@/features/scenes/model/scene-view';
import { chartModule } from '@/features/scenes/chart-module';
import { kioskModule } from '@/app/kiosk-module';
import { loadLocale } from '@/i18n/messages';

/**
 * How long the first render waits for the first screen's data and code. Within it, the first render already
 * shows the figures: no loading screen is laid out and painted only to be replaced a moment later (on a slow
 * PC that costs more than the wait). Past it, the page renders and shows that it is loading, or what failed.
 */
const firstScreenWaitMs = 400;

/**
 * Starts what the first screen needs before React renders, instead of from effects after a first render: the
 * report list, then the chosen report, then the chart code if the first scene (in meeting-room mode, the first
 * of its rotation) has charts, beside the language's messages and meeting-room mode's code. index.html has
 * already asked for the list and the default report (build/first-screen-preload-plugin.ts); these requests
 * take those answers. Resolves when all are in; a failure is left to the queries and to the code's loaders,
 * which go on retrying and show it.
 */
export async function loadFirstScreen(queryClient: QueryClient, search: string = window.location.search): Promise<void> {
  const url = parseAppUrl(search);
  const alongside = loadPageCode(url).then(
    () => undefined,
    () => undefined,
  );
  const list = await queryClient.fetchQuery(reportQueries.list());
  const { report: summary } = chooseReport(list.reports, url.report);
  if (!summary) return alongside;
  const report = await queryClient.fetchQuery(reportQueries.detail(summary.id));
  if (!url.view && buildSceneView(report, firstSceneId(report, url)).hasCharts) await chartModule.load();
  await alongside;
}

/**
 * What a first render of `url` needs beside its data: the language's messages and, for a meeting-room address,
 * the mode's code. The prerender, the hydration and any other first render all wait for it.
 */
export function loadPageCode(url: AppUrl): Promise<unknown> {
  return Promise.all([loadLocale(url.locale), url.kiosk && kioskModule.load()]);
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
