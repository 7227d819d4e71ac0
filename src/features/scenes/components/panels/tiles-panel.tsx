import { useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { LocalText } from '@/components/local-text';
import { FigureTile, tileValueEm } from '@/components/figure-tile';
import type { TilesPanelView } from '@/features/scenes/model/scene-view';

/** Figures as tiles; a titled group is a card, a lone untitled group is just its tiles. */
export function TilesPanel({ panel, placement }: { panel: TilesPanelView; placement: Record<string, string> }) {
  const { pick, locale, t } = useI18n();
  const titleId = useId();
  // The widest value line: a portrait meeting-room screen sets tiles side by side only where it fits (kiosk.css).
  const widestValueEm = Math.max(1, ...panel.figures.map((figure) => (figure ? tileValueEm(figure, locale, t) : 1)));
  const tiles = (
    <div className="tile-grid" data-value-em={widestValueEm}>
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
