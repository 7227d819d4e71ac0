import { http, HttpResponse } from 'msw';
import type { Report } from '@/data/report-schema';
import { bundledReports } from '@/data/bundled-reports';
import { buildReportList, notFoundBody } from '@/api/api-responses';
import { versionFileName, type VersionFile } from '@/api/app-version';

const developmentVersion: VersionFile = { version: 'development', builtAt: '2026-01-01T00:00:00.000Z' };

// The happy path of the API, served from the data module. Tests override single routes with server.use().
export function createHandlers(reports: readonly Report[] = bundledReports) {
  return [
    http.get('*/api/v1/reports.json', () => HttpResponse.json(buildReportList(reports))),
    http.get('*/api/v1/reports/:file', ({ params }) => {
      const reportId = String(params.file).replace(/\.json$/, '');
      const report = reports.find((candidate) => candidate.id === reportId);
      return report ? HttpResponse.json(report) : HttpResponse.json(notFoundBody(reportId), { status: 404 });
    }),
    // The build writes dist/version.json; meeting-room screens poll it to reload after a deploy.
    http.get(`*/${versionFileName}`, () => HttpResponse.json(developmentVersion)),
  ];
}

export const handlers = createHandlers();
