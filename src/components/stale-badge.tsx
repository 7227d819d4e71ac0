import type { UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '@/i18n/i18n-context';
import { formatSince } from '@/lib/format';
import { describeFailure } from '@/components/query-state';
import { isFromBuild } from '@/api/build-data';

/**
 * True when the data on screen is not known to be current: the latest fetch failed (and is being retried),
 * or the data was restored from local storage or came with the page from the build, and this screen has not
 * fetched it itself yet.
 */
function isShowingStaleData(query: UseQueryResult<unknown>): boolean {
  return query.data !== undefined && (query.isError || query.failureReason != null || !query.isFetched);
}

/** "Not updated since HH:MM": the figures stay up, and everybody can see they are not current. */
export function StaleBadge({ query }: { query: UseQueryResult<unknown> }) {
  const { t, locale } = useI18n();
  if (!isShowingStaleData(query)) return null;
  const failure = query.error ?? query.failureReason;
  if (isFromBuild(query)) {
    // Prerendered figures that a backend has not confirmed: no time, since none was received.
    return (
      <p className="stale-badge" role="status">
        <strong>{t('stale.fromBuild')}</strong>
        <span className="stale-badge__detail">{failure ? `${describeFailure(failure, t)} ${t('stale.keepsTrying')}` : t('stale.fetching')}</span>
      </p>
    );
  }
  const since = formatSince(new Date(query.dataUpdatedAt), new Date(), locale);
  return (
    <p className="stale-badge" role="status">
      <strong>{t('stale.notUpdatedSince', { time: since })}</strong>
      <span className="stale-badge__detail">
        {failure ? `${describeFailure(failure, t)} ` : ''}
        {t('stale.keepsTrying')}
      </span>
    </p>
  );
}
