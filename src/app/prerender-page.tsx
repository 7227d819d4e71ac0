import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from '@/app/app';
import { parseAppUrl } from '@/app/app-url';
import { createQueryClient } from '@/app/query-client';
import { prerenderedDataId, prerenderedDataJson, seedPrerenderedData, type PrerenderedData } from '@/app/prerendered-data';
import { loadPageCode } from '@/app/first-screen';
import { renderAsIfAt } from '@/lib/url-state';
import { safeParse } from 'zod/v4/core';
import { buildReportList } from '@/api/api-responses';
import { reportListSchema, reportSchema, type LaidOutReport, type Report } from '@/data/report-schema';
import { withLayout } from '@/lib/layout/generate-layout';

/**
 * Build time only (build/prerender-plugin.ts): the app's HTML for the address `data.search`, rendered by React
 * from the same data and the same components that then hydrate it in the browser (src/main.tsx).
 */
async function prerenderPage(data: PrerenderedData): Promise<string> {
  renderAsIfAt(data.search);
  // The page renders in a language only once its messages are in, and meeting-room mode once its code is, in
  // the browser as here.
  await loadPageCode(parseAppUrl(data.search));
  const queryClient = createQueryClient();
  seedPrerenderedData(queryClient, data, 0);
  // An error inside a Suspense boundary would leave that part for the browser to render: a page that shows a
  // loading state instead of its figures. The build fails instead.
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
    { onError: (error) => void errors.push(error) },
  );
  queryClient.clear();
  if (errors.length > 0) throw new Error(`prerendering ${data.search || '/'} failed`, { cause: errors[0] });
  return new Response(prelude).text();
}

/** A prerendered address: the query string it is for, the root's HTML, and the data element to hydrate it with. */
export type PrerenderedScreen = { search: string; locale: 'zh' | 'en'; rootHtml: string; dataElement: string };

/**
 * The first screens a URL can open on the default report (the newest year's): its overview, each scene and
 * meeting-room mode's first scene, in Chinese and in English. The data is the API's, parsed and laid out as the
 * app's API client does it.
 */
export async function prerenderFirstScreens(reports: readonly Report[], fromBuild: boolean): Promise<PrerenderedScreen[]> {
  const list = safeParse(reportListSchema, buildReportList(reports));
  if (!list.success) throw new Error(`the report list does not validate: ${list.error.message}`);
  const summary = list.data.reports[0];
  const served = reports.find((report) => report.id === summary?.id);
  if (!summary || !served) return [];
  const parsed = safeParse(reportSchema, JSON.parse(JSON.stringify(served)));
  if (!parsed.success) throw new Error(`report ${summary.id} does not validate: ${parsed.error.message}`);
  const report: LaidOutReport = parsed.data.layout ? (parsed.data as LaidOutReport) : withLayout(parsed.data);
  // The overview, each scene, and meeting-room mode with its defaults (`?kiosk`), each in both languages.
  const searches = ['', ...report.layout.scenes.map((scene) => `?scene=${encodeURIComponent(scene.id)}`), '?kiosk'].flatMap((search) => [
    search,
    `${search}${search ? '&' : '?'}lang=en`,
  ]);
  const screens: PrerenderedScreen[] = [];
  // One at a time: the address is module state (renderAsIfAt).
  for (const search of searches) {
    const data: PrerenderedData = { search, fromBuild, list: list.data, report };
    const dataElement = `<script type="application/json" id="${prerenderedDataId}">${prerenderedDataJson(data)}</script>`;
    screens.push({ search, locale: parseAppUrl(search).locale, rootHtml: await prerenderPage(data), dataElement });
  }
  return screens;
}
