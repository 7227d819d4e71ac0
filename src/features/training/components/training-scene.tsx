import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { SceneQuery } from '@/components/scene-query';
import { FigureTile } from '@/components/figure-tile';
import { ChartCard } from '@/components/chart-card';
import { FigureBarChart } from '@/components/figure-bar-chart';
import { useI18n } from '@/i18n/i18n-context';
import { SourcesFootnote } from '@/components/sources-footnote';
import { sectionsOf } from '@/lib/sections';
import { buildTrainingView } from '@/features/training/model/training-view';

export function TrainingScene({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const query = useQuery({ ...reportQueries.detail(reportId), select: buildTrainingView });
  return (
    <SceneQuery query={query}>
      {(view) => (
        <>
          <section className="scene scene--training" aria-label={t('scene.training')}>
            <ChartCard
              className="area-a"
              title={t('training.personTimes.title')}
              unitLabel={t('training.unit.personTimes')}
              figures={view.participation}
            >
              <FigureBarChart figures={view.participation} />
            </ChartCard>
            <section className="card area-b" aria-label={t('training.standard.title')}>
              <h2 className="card__title">{t('training.standard.title')}</h2>
              <div className="tile-row">
                <FigureTile figure={view.standardSessions} />
                <FigureTile figure={view.standardPeople} />
                <FigureTile figure={view.peoplePerSession} />
              </div>
            </section>
            <ChartCard
              className="area-c"
              title={t('training.qualifications.title')}
              unitLabel={t('training.unit.people')}
              figures={view.qualifications}
            >
              <FigureBarChart figures={view.qualifications} />
            </ChartCard>
          </section>
          <SourcesFootnote sections={sectionsOf([...view.participation, view.standardSessions, view.standardPeople, view.peoplePerSession, ...view.qualifications])} />
        </>
      )}
    </SceneQuery>
  );
}
