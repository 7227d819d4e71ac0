import { lazy } from 'react';
import type { ReportSummary } from '@/data/report-schema';
import type { MessageKey } from '@/i18n/messages';
import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, useSetUrlParams } from '@/lib/url-state';
import { ExportButtons } from '@/features/export/components/export-buttons';

// Pages that take the scene's place (?view=<id>). They are not scenes: meeting-room rotation never shows them,
// and the ids are a public contract like scene ids.
export const viewIds = ['quality', 'print', 'room-check'] as const;
export type ViewId = (typeof viewIds)[number];

export function parseViewId(value: string | null): ViewId | null {
  return viewIds.find((id) => id === value) ?? null;
}

export const viewTitles: Record<ViewId, MessageKey> = {
  quality: 'quality.title',
  print: 'print.title',
  'room-check': 'roomCheck.title',
};

const QualityPage = lazy(() => import('@/features/data-quality/components/quality-page').then((m) => ({ default: m.QualityPage })));
const RoomCheckPage = lazy(() => import('@/features/room-check/components/room-check-page').then((m) => ({ default: m.RoomCheckPage })));
const PrintPack = lazy(() => import('@/app/print-pack').then((m) => ({ default: m.PrintPack })));

export function ToolView({ view, report }: { view: ViewId; report: ReportSummary }) {
  switch (view) {
    case 'quality':
      return <QualityPage reportId={report.id} />;
    case 'room-check':
      return <RoomCheckPage />;
    case 'print':
      return <PrintPack report={report} />;
  }
}

/** The header's "sources & export" disclosure: data quality, downloads, briefing pack, room check. */
export function ToolsMenu({ reportId }: { reportId: string | undefined }) {
  const { t } = useI18n();
  const setUrlParams = useSetUrlParams();
  const viewLink = (view: ViewId, label: MessageKey) => (
    <li>
      <a
        className="button button--quiet"
        href={hrefWith({ view })}
        onClick={(event) => {
          event.preventDefault();
          event.currentTarget.closest('details')?.removeAttribute('open');
          setUrlParams({ view });
        }}
      >
        {t(label)}
      </a>
    </li>
  );
  return (
    <details className="tools-menu">
      <summary className="button button--quiet">{t('provenance.toolsMenu')}</summary>
      <ul className="tools-menu__items">
        {viewLink('quality', 'quality.open')}
        {reportId && <ExportButtons reportId={reportId} />}
        {viewLink('print', 'print.open')}
        {viewLink('room-check', 'roomCheck.open')}
      </ul>
    </details>
  );
}
