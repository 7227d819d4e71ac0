import { Suspense, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReportList, ReportSummary } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorState, LoadingState } from '@/components/query-state';
import { ErrorBoundary } from '@/components/error-boundary';

type ReportGateProps = {
  reportList: UseQueryResult<ReportList>;
  report: ReportSummary | undefined;
  /** Resets the error boundary, e.g. when the scene changes. */
  resetKey: unknown;
  children: (report: ReportSummary) => ReactNode;
};

/**
 * The report list's states around the scene area, shared by the dashboard and meeting-room pages: what failed,
 * loading, no reports, or the scene, which an error boundary keeps from taking the page down.
 */
export function ReportGate({ reportList, report, resetKey, children }: ReportGateProps) {
  const { t } = useI18n();
  // Retries never stop, so a failing first load shows up as failureReason rather than as an error.
  const failure = reportList.error ?? reportList.failureReason;
  if (failure && !report) return <ErrorState error={failure} onRetry={() => void reportList.refetch()} />;
  if (reportList.isPending) return <LoadingState />;
  if (!report) return <p className="state">{t('state.noReports')}</p>;
  return (
    <ErrorBoundary resetKey={resetKey} fallback={<p className="state">{t('fault.sceneFailed')}</p>}>
      <Suspense fallback={<LoadingState />}>{children(report)}</Suspense>
    </ErrorBoundary>
  );
}
