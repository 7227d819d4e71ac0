import type { Report, ReportList, ApiErrorBody } from '@/data/report-schema';

// Pure builders for the API's response bodies. The MSW handlers (dev, tests) and the build step that
// writes static files into dist/ both use them, so the three ways of serving the API cannot drift apart.

export const apiPaths = {
  reportList: '/reports.json',
  report: (reportId: string) => `/reports/${encodeURIComponent(reportId)}.json`,
} as const;

export function buildReportList(reports: readonly Report[]): ReportList {
  return {
    reports: [...reports]
      .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id))
      .map(({ id, title, unit, year, asOf }) => ({ id, title, unit, year, asOf })),
  };
}

export function notFoundBody(reportId: string): ApiErrorBody {
  return { error: { code: 'not_found', message: `No report with id "${reportId}"` } };
}
