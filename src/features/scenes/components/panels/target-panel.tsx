import { useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { LocalText } from '@/components/local-text';
import { FigureTile } from '@/components/figure-tile';
import type { TargetPanelView } from '@/features/scenes/model/scene-view';

/** A target beside what was reached; where the report gives no achieved figure, the panel says so. */
export function TargetPanel({ panel, placement }: { panel: TargetPanelView; placement: Record<string, string> }) {
  const { t, pick } = useI18n();
  const titleId = useId();
  return (
    <section className="panel panel--target card" data-kind="target" aria-labelledby={titleId} {...placement}>
      <h2 className="card__title" id={titleId}>
        {panel.title ? <LocalText text={panel.title} /> : t('target.title')}
      </h2>
      {panel.note && <p className="card__note">{pick(panel.note)}</p>}
      <div className="tile-grid">
        {panel.targets.map((figure) => (
          <FigureTile key={figure.id} figure={figure} size="headline" />
        ))}
        {panel.reached.map((figure) => (
          <FigureTile key={figure.id} figure={figure} />
        ))}
      </div>
      {panel.reached.length === 0 && <p className="card__note">{t('target.noneReached')}</p>}
    </section>
  );
}
