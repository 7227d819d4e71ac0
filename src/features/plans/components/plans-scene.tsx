import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import type { StructureItem } from '@/data/report-schema';
import { SceneQuery } from '@/components/scene-query';
import { useI18n } from '@/i18n/i18n-context';
import { SourcesFootnote } from '@/components/sources-footnote';
import { sortSections } from '@/lib/sections';
import { buildPlansView } from '@/features/plans/model/plans-view';

export function PlansScene({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const query = useQuery({ ...reportQueries.detail(reportId), select: buildPlansView });
  return (
    <SceneQuery query={query}>
      {(view) => (
        <>
          <section className="scene scene--plans" aria-label={t('scene.plans')}>
            <StructureList className="area-a" title={t('plans.measures.title')} items={view.measures} />
            <StructureList className="area-b" title={t('plans.shortcomings.title')} items={view.shortcomings} />
            <StructureList className="area-c" title={t('plans.plans.title')} items={view.plans} />
          </section>
          <SourcesFootnote
            sections={sortSections([...view.measures, ...view.shortcomings, ...view.plans].map((item) => item.section))}
          />
        </>
      )}
    </SceneQuery>
  );
}

function StructureList({ title, items, className }: { title: string; items: readonly StructureItem[]; className: string }) {
  const { t, pick } = useI18n();
  return (
    <section className={`card structure-list ${className}`} aria-label={title}>
      <h2 className="card__title">{title}</h2>
      {items.length === 0 ? (
        <p className="state">{t('state.missing')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.section}>
              <span className="section-tag">{item.section}</span> {pick(item.title)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
