import { queryOptions, type QueryFunctionContext, type QueryKey } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import { apiPaths } from '@/api/api-responses';
import { reportListSchema, reportSchema, type LaidOutReport, type Report } from '@/data/report-schema';
import { moduleLoader } from '@/lib/module-loader';
import type { getJson as GetJson } from '@/api/api-client';

// The fetching code loads with the first request: every first screen of the default report comes with the
// page (src/app/prerendered-data.ts), so it is not in the code that the first screen waits for.
const apiClient = moduleLoader(() => import('@/api/api-client'));
const getJson: typeof GetJson = async (...args) => (await apiClient.load()).getJson(...args);

// Most reports bring their own layout; the generator loads only for one that does not.
const layoutGenerator = moduleLoader(() => import('@/lib/layout/generate-layout'));

/** A parsed report with its layout, generated here (once per fetch) when the data file has none. */
async function laidOut(report: Report): Promise<LaidOutReport> {
  return report.layout ? (report as LaidOutReport) : (await layoutGenerator.load()).withLayout(report);
}

/** A report is shown under the header of the one asked for, so one with another id must never stand in for it. */
function checkReportId(report: Report, requestedId: string): Report {
  if (report.id !== requestedId) {
    throw new ApiError('wrongReport', `asked for report "${requestedId}" but received "${report.id}"`);
  }
  return report;
}

/**
 * Runs `load`; when it fails with the service worker's offline copy attached and this query has nothing to
 * show yet, shows the copy (made ready as a fresh answer would be) under the time it was saved. The error
 * still goes to React Query, which keeps retrying, so the screen says "not updated since" until the network
 * is back.
 */
async function withOfflineCopy<Raw, T>(
  { client, queryKey }: QueryFunctionContext<QueryKey>,
  load: () => Promise<Raw>,
  prepare: (raw: Raw) => T | Promise<T>,
): Promise<T> {
  try {
    return await prepare(await load());
  } catch (error) {
    if (error instanceof ApiError && error.offlineCopy && client.getQueryData(queryKey) === undefined) {
      const copy = await Promise.resolve(prepare(error.offlineCopy.data as Raw)).catch(() => undefined);
      if (copy !== undefined) client.setQueryData(queryKey, copy, { updatedAt: error.offlineCopy.savedAt });
    }
    throw error;
  }
}

export const reportQueries = {
  all: () => ['reports'] as const,
  list: () =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'list'] as const,
      queryFn: (context) => withOfflineCopy(context, () => getJson(apiPaths.reportList, reportListSchema, { signal: context.signal }), (list) => list),
    }),
  detail: (reportId: string) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'detail', reportId] as const,
      queryFn: (context) =>
        withOfflineCopy(
          context,
          () => getJson(apiPaths.report(reportId), reportSchema, { signal: context.signal }),
          (report) => laidOut(checkReportId(report, reportId)),
        ),
    }),
};
