import { placePanels } from '@/features/scenes/model/panel-placement';
import { shapeInput, type PanelView, type SceneView } from '@/features/scenes/model/scene-view';
import type { FigureView } from '@/lib/figure-view';

// A scene as pages, for meeting-room mode: only it splits scenes (when one does not fit its screen), so this
// loads with meeting-room mode, not with every page.

/** Figures drawn as bars: levels with a value (a change is listed under its figure's bar, not drawn). */
const isBar = (figure: FigureView) => figure.value !== undefined && !figure.change;

/** A panel cut in two, so that a page can hold half of it: tiles, a chart's bars, or a structure panel's parts (or items). */
function halves(panel: PanelView): PanelView[] {
  // A chart of many bars with long labels on a portrait screen: half its bars a page, on the whole chart's scale
  // (down to a single bar, which the shared scale still sets against the others).
  if (panel.kind === 'bars' && panel.figures.filter(isBar).length >= 3) {
    const cut = Math.ceil(panel.figures.filter(isBar).length / 2);
    let barsSeen = 0;
    const firstHalf = panel.figures.filter((figure) => (isBar(figure) ? (barsSeen += 1) <= cut : false));
    const scaleMax = panel.scaleMax ?? Math.max(...panel.figures.filter(isBar).map((figure) => figure.value!));
    return [
      { ...panel, key: `${panel.key}-a`, scaleMax, figures: firstHalf },
      { ...panel, key: `${panel.key}-b`, scaleMax, figures: panel.figures.filter((figure) => !firstHalf.includes(figure)) },
    ];
  }
  if (panel.kind === 'tiles' && panel.figures.length >= 2) {
    const cut = Math.ceil(panel.figures.length / 2);
    return [
      { ...panel, key: `${panel.key}-a`, figures: panel.figures.slice(0, cut) },
      { ...panel, key: `${panel.key}-b`, figures: panel.figures.slice(cut) },
    ];
  }
  if (panel.kind === 'structure' && panel.parts.length >= 2) {
    const cut = Math.ceil(panel.parts.length / 2);
    return [
      { ...panel, key: `${panel.key}-a`, parts: panel.parts.slice(0, cut) },
      { ...panel, key: `${panel.key}-b`, parts: panel.parts.slice(cut) },
    ];
  }
  if (panel.kind === 'structure' && panel.parts.length === 1 && panel.parts[0]!.items.length >= 2) {
    // One long part: its items over two pages, under the same heading.
    const part = panel.parts[0]!;
    const cut = Math.ceil(part.items.length / 2);
    return [
      { ...panel, key: `${panel.key}-a`, parts: [{ ...part, items: part.items.slice(0, cut) }] },
      { ...panel, key: `${panel.key}-b`, parts: [{ ...part, items: part.items.slice(cut) }] },
    ];
  }
  return [panel];
}

/** How many pieces a panel can still be cut into by halves, for the page count's upper bound. */
function pieces(panel: PanelView): PanelView[] {
  const split = halves(panel);
  return split.length === 1 ? split : split.flatMap(pieces);
}

/** How many pages a scene can be split into at most: one per panel piece (tiles, bars and structure panels cut in halves). */
export function maximumPages(view: SceneView): number {
  return Math.min(maxPages, view.panels.flatMap(pieces).length);
}

// More pages than this and a scene would flip faster than anyone reads it.
const maxPages = 8;

/**
 * The scene split into `count` pages of whole panels, each placed afresh: what meeting-room mode shows, one
 * after another, when a scene does not fit a screen (a portrait totem with text at 2.5% of its height).
 */
export function paginateScene(view: SceneView, count: number): PanelView[][] {
  let units: PanelView[] = view.panels;
  // Cut the biggest panels in half until there are enough pieces for the pages.
  const size = (panel: PanelView) =>
    panel.kind === 'tiles' || panel.kind === 'bars' ? panel.figures.length : panel.kind === 'structure' ? panel.parts.reduce((sum, part) => sum + part.items.length, 0) : 0;
  while (units.length < count) {
    let biggest = -1;
    units.forEach((panel, index) => {
      if (halves(panel).length > 1 && (biggest === -1 || size(panel) > size(units[biggest]!))) biggest = index;
    });
    if (biggest === -1) break;
    units = [...units.slice(0, biggest), ...halves(units[biggest]!), ...units.slice(biggest + 1)];
  }
  const pages = Math.max(1, Math.min(count, units.length));
  const weights = units.map((panel) => placePanels([shapeInput(panel)])[0]!.span.wide * (panel.kind === 'tiles' ? Math.max(1, panel.figures.length / 4) : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const grouped: PanelView[][] = [];
  let current: PanelView[] = [];
  let done = 0;
  units.forEach((panel, index) => {
    current.push(panel);
    done += weights[index]!;
    const left = units.length - index - 1;
    const pagesLeft = pages - grouped.length - 1;
    // Close the page once it holds its share, keeping at least one panel for every page still to come.
    if (pagesLeft > 0 && (done >= (total * (grouped.length + 1)) / pages || left === pagesLeft)) {
      grouped.push(current);
      current = [];
    }
  });
  if (current.length > 0) grouped.push(current);
  return grouped.map((page) => {
    const placements = placePanels(page.map(shapeInput));
    return page.map((panel, index) => ({ ...panel, placement: placements[index]! }));
  });
}
