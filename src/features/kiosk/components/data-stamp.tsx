import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { formatDate, formatTime } from '@/lib/format';

const selectNothing = () => null;

/** "Data as of <the report's date> · updated <time of the last successful fetch>". */
export function DataStamp({ reportId, asOf }: { reportId: string; asOf: string }) {
  const { t, locale } = useI18n();
  // Reads only dataUpdatedAt, so this line (and nothing else) re-renders after a refetch.
  const { dataUpdatedAt } = useQuery({ ...reportQueries.detail(reportId), select: selectNothing });
  return (
    <p className="kiosk-stamp">
      <span>{t('app.asOf', { date: formatDate(asOf, locale) })}</span>
      {dataUpdatedAt > 0 && (
        <span className="kiosk-stamp__updated">{t('kiosk.updatedAt', { time: formatTime(new Date(dataUpdatedAt), locale) })}</span>
      )}
    </p>
  );
}
