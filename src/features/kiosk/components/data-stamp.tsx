import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { formatDate, formatTime } from '@/lib/format';
import type { ReportSummary } from '@/data/report-schema';
import { useInBrowser } from '@/lib/use-in-browser';

const selectNothing = () => null;

/**
 * "Report for 2022 · published <date> · updated <time of the last successful fetch>". The report text carries no
 * date: the publication date appears only where the data file records it. The source's address is on the desk
 * header and the printed pack; on a wall screen nobody can follow it, and it would cost the scene a line.
 */
export function DataStamp({ report }: { report: Pick<ReportSummary, 'id' | 'year' | 'publication'> }) {
  const { t, locale } = useI18n();
  const { id: reportId, year, publication } = report;
  // Reads only dataUpdatedAt, so this line (and nothing else) re-renders after a refetch.
  const { dataUpdatedAt } = useQuery({ ...reportQueries.detail(reportId), select: selectNothing });
  // A page prerendered at build time has received nothing yet: the time appears as the app takes over.
  const inBrowser = useInBrowser();
  return (
    <p className="kiosk-stamp">
      <span>{t('kiosk.period', { year })}</span>
      {publication?.date && <span className="kiosk-stamp__published">{t('app.published', { date: formatDate(publication.date, locale) })}</span>}
      {inBrowser && dataUpdatedAt > 0 && (
        <span className="kiosk-stamp__updated">{t('kiosk.updatedAt', { time: formatTime(new Date(dataUpdatedAt), locale) })}</span>
      )}
    </p>
  );
}
