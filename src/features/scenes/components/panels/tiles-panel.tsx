import { useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { LocalText } from '@/components/local-text';
import { FigureTile } from '@/components/figure-tile';
import type { TilesPanelView } from '@/features/scenes/model/scene-view';

/** Figures as tiles; a titled group is a card, a lone untitled group is just its tiles. */
export function TilesPanel({ panel, placement }: { panel: TilesPanelView; placement: Record<string, string> }) {
  const { pick } = useI18n();
  const titleId = useId();
  const tiles = (
    <div className="tile-grid">
      {panel.figures.map((figure) => (
        <FigureTile key={figure.id} figure={figure} size={panel.size} />
      ))}
    </div>
  );
  if (!panel.title) {
    return (
      <div className="panel panel--tiles panel--bare" data-kind="tiles" {...placement}>
        {panel.note && <p className="card__note">{pick(panel.note)}</p>}
        {tiles}
      </div>
    );
  }
  return (
    <section className="panel panel--tiles card" data-kind="tiles" aria-labelledby={titleId} {...placement}>
      <h2 className="card__title" id={titleId}>
        <LocalText text={panel.title} />
      </h2>
      {panel.note && <p className="card__note">{pick(panel.note)}</p>}
      {tiles}
    </section>
  );
}
