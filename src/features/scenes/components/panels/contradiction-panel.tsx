import { useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { LocalText } from '@/components/local-text';
import { FigureTile } from '@/components/figure-tile';
import type { ContradictionPanelView } from '@/features/scenes/model/scene-view';

/** Two statements of the report that disagree, side by side, with what the report (does not) say about it. */
export function ContradictionPanel({ panel, placement }: { panel: ContradictionPanelView; placement: Record<string, string> }) {
  const { t, pick } = useI18n();
  const titleId = useId();
  return (
    <section className="panel panel--contradiction card" data-kind="contradiction" aria-labelledby={titleId} {...placement}>
      <h2 className="card__title" id={titleId}>
        {panel.title ? <LocalText text={panel.title} /> : t('contradiction.title')}
      </h2>
      <p className="card__note contradiction-note">
        <span className="badge badge--conflict">{t('contradiction.badge')}</span> {pick(panel.note)}
      </p>
      <div className="tile-grid">
        {panel.statements.map((figure) => (
          <FigureTile key={figure.id} figure={figure} />
        ))}
      </div>
    </section>
  );
}
