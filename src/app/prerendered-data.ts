import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { laidOutReportSchema, reportListSchema } from '@/data/report-schema';
import { reportQueries } from '@/api/report-queries';
import { buildDataUpdatedAt } from '@/api/build-data';
import { seedQuery } from '@/api/seed-query';

// The first screen is prerendered at build time (build/prerender-plugin.ts) from this data, which the page
// carries in a non-executable <script type="application/json">: the app puts it in its cache, then hydrates
// the HTML with the very data it was rendered from.

/** The id of the JSON element in a prerendered page. */
export const prerenderedDataId = 'prerendered-data';

const prerenderedDataSchema = z.object({
  /** The query string the HTML shows (`location.search`); the app hydrates it only at that address. */
  search: z.string(),
  /**
   * True when a backend serves the figures (VITE_API_BASE_URL): these are the build's, marked as such on screen
   * until the backend's arrive. Otherwise they are the build's own API files, the ones the app would fetch.
   */
  fromBuild: z.boolean(),
  list: reportListSchema,
  report: laidOutReportSchema,
});
export type PrerenderedData = z.infer<typeof prerenderedDataSchema>;

/** The page's prerendered data, validated as the API client validates a response; undefined without any. */
export function readPrerenderedData(doc: Document = document): PrerenderedData | undefined {
  const text = doc.getElementById(prerenderedDataId)?.textContent;
  if (!text) return undefined;
  try {
    const parsed = safeParse(prerenderedDataSchema, JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const sortedParams = (search: string) => {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
};

/** True when the page's HTML shows the address `search` (the same parameters, in any order). */
export const showsAddress = (data: PrerenderedData, search: string): boolean => sortedParams(data.search) === sortedParams(search);

/** The JSON for the page: `<` escaped, so no text in the data can close the script element. */
export function prerenderedDataJson(data: PrerenderedData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Puts the list and the report into the cache before the first render. The build's own API files count as
 * received with the page; a backend's figures are stamped as never received (src/api/build-data.ts). Either
 * way they are invalidated, so the screens ask the API at once (the default build's index.html has already
 * preloaded its answers) and show what it says: an API behind a proxy may serve other figures than the build.
 * An answer equal to the page's data changes nothing on screen (react-query keeps equal data as it is).
 */
export function seedPrerenderedData(queryClient: QueryClient, data: PrerenderedData, now: number = Date.now()): void {
  const received = data.fromBuild ? { dataUpdatedAt: buildDataUpdatedAt, dataUpdateCount: 0 } : { dataUpdatedAt: now, dataUpdateCount: 1 };
  seedQuery(queryClient, reportQueries.list().queryKey, { data: data.list, ...received });
  seedQuery(queryClient, reportQueries.detail(data.report.id).queryKey, { data: data.report, ...received });
}
