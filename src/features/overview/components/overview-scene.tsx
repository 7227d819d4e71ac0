import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { SceneQuery } from '@/components/scene-query';
import { FigureTile } from '@/components/figure-tile';
import { useI18n } from '@/i18n/i18n-context';
import { SourcesFootnote } from '@/components/sources-footnote';
import { sectionsOf } from '@/lib/sections';
import { buildOverviewView } from '@/features/overview/model/overview-view';

export function OverviewScene({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const query = useQuery({ ...reportQueries.detail(reportId), select: buildOverviewView });
  return (
    <SceneQuery query={query}>
      {(view) => (
        <>
          <section className="scene scene--overview" aria-label={t('overview.title')}>
            <div className="tile-grid">
              {view.headlines.map(({ id, figure }) => (
                <FigureTile key={id} figure={figure} size="headline" />
              ))}
            </div>
          </section>
          <SourcesFootnote sections={sectionsOf(view.headlines.map(({ figure }) => figure))} />
        </>
      )}
    </SceneQuery>
  );
}
