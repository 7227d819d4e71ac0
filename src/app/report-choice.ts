import type { ReportSummary } from '@/data/report-schema';

export type ReportChoice = {
  report: ReportSummary | undefined;
  /** The id the address asked for when no listed report has it (the screen says so). */
  unknownRequest: string | undefined;
};

/**
 * The report a page shows: the one ?report= names, else the first in the list, which the API sorts newest
 * year first (then by unit, in a stable order).
 */
export function chooseReport(reports: readonly ReportSummary[] | undefined, requestedId: string | null): ReportChoice {
  const requested = requestedId === null ? undefined : reports?.find((candidate) => candidate.id === requestedId);
  return {
    report: requested ?? reports?.[0],
    unknownRequest: requestedId !== null && reports !== undefined && !requested ? requestedId : undefined,
  };
}
