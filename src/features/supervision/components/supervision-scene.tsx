import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { SceneQuery } from '@/components/scene-query';
import { FigureTile } from '@/components/figure-tile';
import { ChartCard } from '@/components/chart-card';
import { FigureBarChart } from '@/components/figure-bar-chart';
import { useI18n } from '@/i18n/i18n-context';
import { SourcesFootnote } from '@/components/sources-footnote';
import { sectionsOf } from '@/lib/sections';
import { buildSupervisionView } from '@/features/supervision/model/supervision-view';

export function SupervisionScene({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const query = useQuery({ ...reportQueries.detail(reportId), select: buildSupervisionView });
  return (
    <SceneQuery query={query}>
      {(view) => (
        <>
          <section className="scene scene--supervision" aria-label={t('scene.supervision')}>
            <div className="area-a tile-stack">
              <FigureTile figure={view.rectified} size="headline" />
            </div>
            <ChartCard
              className="area-b"
              title={t('supervision.notices.title')}
              unitLabel={t('supervision.unit.notices')}
              figures={view.notices}
              note={view.notices.some((figure) => figure.contradiction) ? t('supervision.notices.explain') : undefined}
            >
              {/* Both bars share a label, so each is named by the section that states it. */}
              <FigureBarChart figures={view.notices} labelFor={(figure, locale) => `${figure.sections[0]} ${figure.label[locale]}`} />
            </ChartCard>
            <section className="card area-c" aria-label={t('supervision.backlog.title')}>
              <h2 className="card__title">{t('supervision.backlog.title')}</h2>
              <div className="tile-row">
                <FigureTile figure={view.backlogAssigned} />
                <FigureTile figure={view.backlogCleared} />
                <FigureTile figure={view.backlogCompletion} />
              </div>
            </section>
            <ChartCard
              className="area-d"
              title={t('supervision.efficiency.title')}
              unitLabel={t('supervision.unit.cases')}
              figures={view.efficiency}
            >
              <FigureBarChart figures={view.efficiency} />
            </ChartCard>
          </section>
          <SourcesFootnote sections={sectionsOf([view.rectified, ...view.notices, view.backlogAssigned, view.backlogCleared, view.backlogCompletion, ...view.efficiency])} />
        </>
      )}
    </SceneQuery>
  );
}
