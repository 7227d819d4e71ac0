import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Report } from '../src/data/report-schema.ts';
import { apiPaths, buildReportList } from '../src/api/api-responses.ts';
import { readReportFiles as readCheckedReportFiles } from './report-files.ts';

const reportsDir = path.resolve(import.meta.dirname, '../src/data/reports');
const sourcesDir = path.resolve(import.meta.dirname, '../src/data/sources');

/** Set to 1 to build draft reports too, for a preview; the name is a contract (docs/extractor.md). */
export const allowDraftsVariable = 'ALLOW_DRAFT_REPORTS';

/**
 * The reports to publish. Throws with every problem, in data:check's words, so the build refuses what it
 * refuses; and refuses drafts, whose proposals nobody has checked, unless a preview build allows them.
 */
export function readReportFiles(directory = reportsDir, allowDrafts = process.env[allowDraftsVariable] === '1'): Report[] {
  const reports = readCheckedReportFiles(directory, { sourcesDir });
  const drafts = reports.filter((report) => report.status === 'draft').map((report) => `${report.id}.json`);
  if (drafts.length > 0 && !allowDrafts) {
    throw new Error(
      `Draft report(s) not built: ${drafts.join(', ')}. Review them first (npm run data:check lists what is left), or set ${allowDraftsVariable}=1 for a preview build.`,
    );
  }
  return reports;
}

/**
 * Writes the API's responses into dist/api/v1 as static files, so dist/ works on any static host with no
 * backend, and keeps MSW's worker script out of production builds.
 */
export function staticApiPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rule-of-law:static-api',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle() {
      const reports = readReportFiles();
      const emit = (apiPath: string, body: unknown) =>
        this.emitFile({ type: 'asset', fileName: `api/v1${apiPath}`, source: `${JSON.stringify(body)}\n` });
      emit(apiPaths.reportList, buildReportList(reports));
      for (const report of reports) emit(apiPaths.report(report.id), report);
    },
    closeBundle() {
      rmSync(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
