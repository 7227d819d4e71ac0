import { lazy } from 'react';
import type { ReportSummary } from '@/data/report-schema';
import type { PlainMessageKey } from '@/i18n/messages';
import { useI18n } from '@/i18n/i18n-context';
import { hrefWith, setUrlParams } from '@/lib/url-state';
import type { ViewId } from '@/app/app-url';
import { ExportButtons } from '@/features/export/components/export-buttons';

// Pages that take the scene's place (?view=<id>). They are not scenes: meeting-room rotation never shows them,
// and the ids are a public contract like scene ids (src/app/app-url.ts lists them).

export const viewTitles: Record<ViewId, PlainMessageKey> = {
  quality: 'quality.title',
  print: 'print.title',
  'room-check': 'roomCheck.title',
  author: 'author.title',
};

const QualityPage = lazy(() => import('@/features/data-quality/components/quality-page').then((m) => ({ default: m.QualityPage })));
const RoomCheckPage = lazy(() => import('@/features/room-check/components/room-check-page').then((m) => ({ default: m.RoomCheckPage })));
const PrintPack = lazy(() => import('@/app/print-pack').then((m) => ({ default: m.PrintPack })));
// The review page, its extractor and its preview load only when it is opened.
const AuthorPage = lazy(() => import('@/app/author-page').then((m) => ({ default: m.AuthorPage })));

export function ToolView({ view, report }: { view: ViewId; report: ReportSummary }) {
  switch (view) {
    case 'quality':
      return <QualityPage reportId={report.id} />;
    case 'room-check':
      return <RoomCheckPage />;
    case 'print':
      return <PrintPack report={report} />;
    case 'author':
      return <AuthorPage />;
  }
}

/** The header's "sources & export" disclosure: data quality, downloads, briefing pack, room check, a data file from a text. */
export function ToolsMenu({ reportId }: { reportId: string | undefined }) {
  const { t } = useI18n();
  const viewLink = (view: ViewId, label: PlainMessageKey) => (
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
        {viewLink('author', 'author.open')}
      </ul>
    </details>
  );
}
