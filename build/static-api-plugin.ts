import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { reportSchema, type Report } from '../src/data/report-schema.ts';
import { apiPaths, buildReportList } from '../src/api/api-responses.ts';

const reportsDir = path.resolve(import.meta.dirname, '../src/data/reports');

export function readReportFiles(directory = reportsDir): Report[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = reportSchema.safeParse(JSON.parse(readFileSync(path.join(directory, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name} fails the report schema; run npm run data:check`);
      return parsed.data;
    });
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
