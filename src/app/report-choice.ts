import type { ReportSummary } from '@/data/report-schema';

/** The report a page shows: the one ?report= names, else the first (newest) in the list. */
export function chooseReport(reports: readonly ReportSummary[] | undefined, requestedId: string | null): ReportSummary | undefined {
  return reports?.find((candidate) => candidate.id === requestedId) ?? reports?.[0];
}
