import type { Report } from '@/data/report-schema';

// The report file as written to disk: one serialiser for `npm run data:draft` and the review page's download,
// so the same text and decisions give the same bytes whichever way the file was made.

/** The file's text: two-space indented JSON and a final line break, as the data files in src/data/reports/ are. */
export function reportFileText(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The name the file takes in src/data/reports/: its report id. */
export function reportFileName(report: Pick<Report, 'id'>): string {
  return `${report.id}.json`;
}

/** The name its text takes in src/data/sources/, where data:check looks for every clause. */
export function sourceTextFileName(report: Pick<Report, 'id'>): string {
  return `${report.id}.txt`;
}

/**
 * The report as a reviewed data file: no `status` (absent means reviewed), no per-figure `review`, and no
 * `draft` block (the extractor's list of non-indicators and warnings belongs to the draft, not the report).
 */
export function markReviewed(report: Report): Report {
  const withoutDraftFields = ({ status: _status, draft: _draft, ...rest }: Report) => rest;
  return { ...withoutDraftFields(report), figures: report.figures.map(({ review: _review, ...figure }) => figure) };
}
