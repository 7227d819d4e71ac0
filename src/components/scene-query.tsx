import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '@/components/query-state';
import { StaleBadge } from '@/components/stale-badge';

/**
 * The loading / error / success states every scene shares. Data already shown stays on later errors, marked
 * stale; with none, the failure is shown while retries go on (React Query reports it as failureReason until
 * retries end, and they never end here).
 */
export function SceneQuery<T>({
  query,
  children,
  staleBadge = true,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** False where a SceneQuery inside the children shows the same query's badge. */
  staleBadge?: boolean;
}) {
  if (query.data !== undefined) {
    return (
      <>
        {staleBadge && <StaleBadge query={query} />}
        {children(query.data)}
      </>
    );
  }
  const failure = query.error ?? query.failureReason;
  if (failure) return <ErrorState error={failure} onRetry={() => void query.refetch()} />;
  return <LoadingState />;
}
