import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';

/** CSV and JSON downloads of the current report's figures; the builders load on the first click. */
export function ExportButtons({ reportId }: { reportId: string }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState(false);

  const download = async (format: 'csv' | 'json') => {
    setFailed(false);
    try {
      const [report, exporter, { downloadText }] = await Promise.all([
        queryClient.fetchQuery(reportQueries.detail(reportId)),
        import('@/features/export/model/report-export'),
        import('@/features/export/model/download'),
      ]);
      if (format === 'csv') {
        downloadText(exporter.buildFiguresCsv(report, locale), exporter.exportFileName(report, 'csv', locale), 'text/csv;charset=utf-8');
      } else {
        downloadText(exporter.buildFiguresJson(report), exporter.exportFileName(report, 'json'), 'application/json');
      }
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <li>
        <button type="button" className="button button--quiet" onClick={() => void download('csv')}>
          {t('export.csv')}
        </button>
      </li>
      <li>
        <button type="button" className="button button--quiet" onClick={() => void download('json')}>
          {t('export.json')}
        </button>
      </li>
      {failed && (
        <li role="alert" className="tools-menu__error">
          {t('export.failed')}
        </li>
      )}
    </>
  );
}
