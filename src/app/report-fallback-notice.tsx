import type { ReportSummary } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';

/** Says which report is shown instead of the one that answered 404, and that the page keeps trying it. */
export function ReportFallbackNotice({ shown, insteadOf }: { shown: ReportSummary; insteadOf: ReportSummary }) {
  const { t, pick } = useI18n();
  return (
    <p className="report-fallback" role="status">
      {t('report.fallback', { missing: pick(insteadOf.title), shown: pick(shown.title) })}
    </p>
  );
}
