import { useI18n } from '@/i18n/i18n-context';
import { formatSection } from '@/lib/sections';
import { pickText } from '@/i18n/pick-text';
import { LocalText } from '@/components/local-text';
import { structureLineEm, type StructurePanelView } from '@/features/scenes/model/scene-view';

/** Parts of the report (measures, shortcomings, the leader's duties, plans) as the report groups them. */
export function StructurePanel({ panel, placement }: { panel: StructurePanelView; placement: Record<string, string> }) {
  const { t, locale } = useI18n();
  const itemCount = Math.max(1, ...panel.parts.map((part) => part.items.length));
  const lineEm = structureLineEm(panel, locale);
  return (
    <div className="panel panel--structure" data-kind="structure" {...placement}>
      {panel.parts.map((part) => (
        <section
          key={part.section}
          className="card structure-list"
          data-structure-kind={part.kind}
          // The panel's longest part and longest item (in em, section tag included), the same for every part so
          // that all of them set their items at one size.
          data-items={itemCount}
          data-line-em={lineEm}
          aria-label={pickText(part.title, locale)}
        >
          <h2 className="card__title">
            <span className="section-tag">{formatSection(part.section, locale)}</span> <LocalText text={part.title} />
          </h2>
          {part.items.length === 0 ? (
            <p className="structure-list__empty">{t('state.missing')}</p>
          ) : (
            <ol>
              {part.items.map((item) => (
                <li key={item.section}>
                  <span className="section-tag">{formatSection(item.section, locale)}</span> <LocalText text={item.title} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
