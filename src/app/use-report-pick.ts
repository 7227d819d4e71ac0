import { useQuery, useQueryClient, type QueryState } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import { reportQueries } from '@/api/report-queries';
import type { ReportSummary } from '@/data/report-schema';
import { chooseReport } from '@/app/report-choice';
import { pickReport, type ReportPick, type ReportStatus } from '@/app/report-fallback';

const selectNothing = () => true;

function statusOf(state: Pick<QueryState, 'data' | 'error' | 'fetchFailureReason'> | undefined): ReportStatus {
  if (!state) return 'pending';
  if (state.data !== undefined) return 'ok';
  const failure = state.error ?? state.fetchFailureReason;
  if (failure instanceof ApiError && failure.kind === 'notFound') return 'missing';
  return failure ? 'failing' : 'pending';
}

/**
 * The report a page shows, with a stand-in while the one it would open answers 404 (pickReport). Watches that
 * report's request, which keeps retrying, so the page goes back to it once it is there again. While it is
 * missing, the other listed reports are tried one at a time, in list order, skipping those already found
 * missing. The scenes share these queries, so nothing is fetched twice.
 */
export function useReportPick(reports: readonly ReportSummary[] | undefined, requestedId: string | null): ReportPick {
  const client = useQueryClient();
  const stateOf = (id: string) => client.getQueryState(reportQueries.detail(id).queryKey);
  const preferred = chooseReport(reports, requestedId).report;
  const preferredQuery = useQuery({ ...reportQueries.detail(preferred?.id ?? ''), select: selectNothing, enabled: preferred !== undefined });
  const preferredFailure = preferredQuery.error ?? preferredQuery.failureReason;
  const preferredMissing =
    preferred !== undefined && preferredQuery.data === undefined && preferredFailure instanceof ApiError && preferredFailure.kind === 'notFound';
  // Re-rendered when the candidate's request settles; one found missing is skipped for the next.
  const candidate = preferredMissing ? reports?.find((other) => other.id !== preferred.id && statusOf(stateOf(other.id)) !== 'missing') : undefined;
  useQuery({ ...reportQueries.detail(candidate?.id ?? ''), select: selectNothing, enabled: candidate !== undefined });
  return pickReport(reports, requestedId, (id) =>
    id === preferred?.id ? (preferredMissing ? 'missing' : statusOf(stateOf(id))) : statusOf(stateOf(id)),
  );
}
