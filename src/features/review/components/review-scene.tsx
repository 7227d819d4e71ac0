import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { SceneQuery } from '@/components/scene-query';
import { FigureTile } from '@/components/figure-tile';
import { ChartCard } from '@/components/chart-card';
import { FigureBarChart } from '@/components/figure-bar-chart';
import { useI18n } from '@/i18n/i18n-context';
import { SourcesFootnote } from '@/components/sources-footnote';
import { sectionsOf } from '@/lib/sections';
import { buildReviewView } from '@/features/review/model/review-view';

export function ReviewScene({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const query = useQuery({ ...reportQueries.detail(reportId), select: buildReviewView });
  return (
    <SceneQuery query={query}>
      {(view) => (
        <>
          <section className="scene scene--review" aria-label={t('scene.review')}>
            <section className="card area-a" aria-label={t('review.target.title')}>
              <h2 className="card__title">{t('review.target.title')}</h2>
              <p className="card__note">{t('review.target.explain')}</p>
              <FigureTile figure={view.target} size="headline" />
            </section>
            <ChartCard className="area-b" title={t('review.staff.title')} unitLabel={t('training.unit.people')} figures={view.staff}>
              <FigureBarChart figures={view.staff} />
            </ChartCard>
            <section className="card area-c card--derived" aria-label={t('review.coverage.title')}>
              <h2 className="card__title">{t('review.coverage.title')}</h2>
              <FigureTile figure={view.coverage} />
            </section>
          </section>
          <SourcesFootnote sections={sectionsOf([view.target, ...view.staff, view.coverage])} />
        </>
      )}
    </SceneQuery>
  );
}
