import type { Report, ReportList, ApiErrorBody } from '@/data/report-schema';

// Pure builders for the API's response bodies. The MSW handlers (dev, tests) and the build step that
// writes static files into dist/ both use them, so the three ways of serving the API cannot drift apart.

export const apiPaths = {
  reportList: '/reports.json',
  report: (reportId: string) => `/reports/${encodeURIComponent(reportId)}.json`,
} as const;

/** Code-point order: unlike localeCompare, the same on every machine and in every browser. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildReportList(reports: readonly Report[]): ReportList {
  return {
    reports: [...reports]
      // Newest year first, then by unit and id: the same order whatever order the files were read in.
      .sort((a, b) => b.year - a.year || compareText(a.unit.zh, b.unit.zh) || compareText(a.id, b.id))
      .map(({ id, title, unit, year, publication, status }) => ({
        id,
        title,
        unit,
        year,
        ...(publication ? { publication } : {}),
        ...(status ? { status } : {}),
      })),
  };
}

export function notFoundBody(reportId: string): ApiErrorBody {
  return { error: { code: 'not_found', message: `No report with id "${reportId}"` } };
}
