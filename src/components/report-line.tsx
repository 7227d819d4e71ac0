import type { ReportSummary } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { formatDate } from '@/lib/format';

/**
 * Which report this is: the unit, the year it covers and, where known, when and where it was published. The
 * report itself carries no date, so no "as of" date is ever shown.
 */
export function ReportLine({ report, className }: { report: ReportSummary; className?: string }) {
  const { t, pick, locale } = useI18n();
  const { publication } = report;
  const site = publication?.url ? new URL(publication.url).hostname : undefined;
  return (
    <p className={`report-line ${className ?? ''}`}>
      <span>{t('app.reportLine', { unit: pick(report.unit), year: report.year })}</span>
      {publication?.date && <span className="report-line__published">{t('app.published', { date: formatDate(publication.date, locale) })}</span>}
      {publication?.url && site && (
        <span className="report-line__source">
          <a href={publication.url} rel="noreferrer noopener" target="_blank" aria-label={t('app.sourceLinkLabel', { site })}>
            {t('app.sourceLink')}
          </a>
        </span>
      )}
      {report.status === 'draft' && <DraftBadge />}
    </p>
  );
}

/** "草稿，未经审核": on every scene of a report nobody has reviewed yet. */
export function DraftBadge() {
  const { t } = useI18n();
  return (
    <strong className="badge badge--draft" title={t('report.draftDetail')}>
      {t('report.draft')}
    </strong>
  );
}
