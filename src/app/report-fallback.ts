import type { ReportSummary } from '@/data/report-schema';
import { chooseReport } from '@/app/report-choice';

// Which report a page shows when the one it would open answers 404: a listed report that is not there (a
// list generated ahead of its files, a file removed by hand) must not leave a screen retrying it for good.

/** What a report's own request has come to so far. */
export type ReportStatus = 'ok' | 'missing' | 'pending' | 'failing';

export type ReportPick = {
  /** The report to show (undefined only when the list is empty or not here yet). */
  report: ReportSummary | undefined;
  /** Set when `report` stands in for the one the page would open, which answered 404. */
  insteadOf: ReportSummary | undefined;
};

/**
 * The report that ?report= names (or the first listed), unless it answered 404: then the first other listed
 * report that has loaded. Any other failure (server error, network) keeps the report, whose screen says what
 * failed and retries; so does a 404 while no other report has loaded yet.
 */
export function pickReport(reports: readonly ReportSummary[] | undefined, requestedId: string | null, statusOf: (id: string) => ReportStatus): ReportPick {
  const preferred = chooseReport(reports, requestedId).report;
  if (!preferred || statusOf(preferred.id) !== 'missing') return { report: preferred, insteadOf: undefined };
  const standIn = reports?.find((candidate) => candidate.id !== preferred.id && statusOf(candidate.id) === 'ok');
  return standIn ? { report: standIn, insteadOf: preferred } : { report: preferred, insteadOf: undefined };
}
