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

/** A piece of a page: a panel, a part of one, or one tile of a tiles panel, with the key of the panel it is of. */
type Piece = { panel: PanelView; of: string };

/** A panel as pieces: a tiles panel one tile a piece, so that pages can be filled tile by tile; any other whole. */
function piecesOf(panel: PanelView): Piece[] {
  if (panel.kind !== 'tiles' || panel.figures.length < 2) return [{ panel, of: panel.key }];
  return panel.figures.map((figure) => ({ panel: { ...panel, key: `${panel.key}-${figure.id}`, figures: [figure] }, of: panel.key }));
}

/** A page's pieces as panels: tiles of one panel side by side joined back, under the panel's own key when all are there. */
function joinTiles(page: readonly Piece[], whole: ReadonlyMap<string, PanelView>): PanelView[] {
  const joined: Piece[] = [];
  for (const piece of page) {
    const last = joined.at(-1);
    if (last && last.of === piece.of && last.panel.kind === 'tiles' && piece.panel.kind === 'tiles') {
      joined[joined.length - 1] = { of: last.of, panel: { ...last.panel, figures: [...last.panel.figures, ...piece.panel.figures] } };
    } else joined.push(piece);
  }
  return joined.map(({ panel, of }) => {
    const original = whole.get(of);
    return original?.kind === 'tiles' && panel.kind === 'tiles' && panel.figures.length === original.figures.length ? original : panel;
  });
}

type Split = { heaviest: number; squares: number; starts: number[] };

/** Better of two splits as heavy: pages more even, then the first ones fuller (a page read first holds more). */
function isEvener(a: Split, b: Split): boolean {
  if (Math.abs(a.squares - b.squares) > 1e-9) return a.squares < b.squares;
  const differs = a.starts.findIndex((start, index) => start !== b.starts[index]);
  return differs !== -1 && a.starts[differs]! > b.starts[differs]!;
}

/**
 * Splits a row of weights into `count` consecutive groups (fewer when there are fewer weights), with the
 * heaviest group as light as it can be. A split that falls inside a panel (`continues[i]`: the i-th weight is
 * of the same panel as the one before it) costs a quarter of a fair share of the weight: a panel is cut over
 * pages only where that makes the pages much more even, as one lone tile beside a page of four.
 * Returns where each group starts.
 */
export function balancedCuts(weights: readonly number[], count: number, continues: readonly boolean[] = []): number[] {
  const n = weights.length;
  const groups = Math.max(1, Math.min(count, n));
  if (groups === 1) return [0];
  const sum = (from: number, to: number) => weights.slice(from, to).reduce((total, weight) => total + weight, 0);
  const cutCost = sum(0, n) / groups / 4;
  // splits[cuts][end]: the split of weights 0..end into the groups so far, cutting inside `cuts` panels, whose heaviest group is lightest.
  const better = (a: Split, b: Split | undefined) => !b || a.heaviest < b.heaviest - 1e-9 || (Math.abs(a.heaviest - b.heaviest) <= 1e-9 && isEvener(a, b));
  let splits: (Split | undefined)[][] = [weights.map((_, end) => ({ heaviest: sum(0, end + 1), squares: sum(0, end + 1) ** 2, starts: [0] }))];
  for (let group = 2; group <= groups; group += 1) {
    const next: (Split | undefined)[][] = Array.from({ length: group }, () => new Array<Split | undefined>(n).fill(undefined));
    splits.forEach((row, cuts) =>
      row.forEach((before, last) => {
        if (!before) return;
        const start = last + 1;
        for (let end = start; end < n; end += 1) {
          const weight = sum(start, end + 1);
          const candidate = { heaviest: Math.max(before.heaviest, weight), squares: before.squares + weight ** 2, starts: [...before.starts, start] };
          const slot = cuts + (continues[start] ? 1 : 0);
          if (better(candidate, next[slot]![end])) next[slot]![end] = candidate;
        }
      }),
    );
    splits = next;
  }
  let chosen: { cost: number; split: Split } | undefined;
  splits.forEach((row, cuts) => {
    const split = row[n - 1];
    if (!split) return;
    const cost = split.heaviest + cuts * cutCost;
    if (!chosen || cost < chosen.cost - 1e-9 || (Math.abs(cost - chosen.cost) <= 1e-9 && isEvener(split, chosen.split))) chosen = { cost, split };
  });
  return chosen!.split.starts;
}

/**
 * The scene split into `count` pages, each placed afresh: what meeting-room mode shows, one after another,
 * when a scene does not fit a screen (a portrait totem with text at 2.5% of its height). Tiles are dealt out
 * one by one, so that no page is left with a lone tile while the next holds four; a chart or a list is cut in
 * half only when there are not enough pieces for the pages without it.
 */
export function paginateScene(view: SceneView, count: number): PanelView[][] {
  const whole = new Map(view.panels.map((panel) => [panel.key, panel]));
  let units: Piece[] = view.panels.flatMap(piecesOf);
  // Cut the biggest chart or list in half until there are enough pieces for the pages.
  const size = (panel: PanelView) =>
    panel.kind === 'tiles' || panel.kind === 'bars' ? panel.figures.length : panel.kind === 'structure' ? panel.parts.reduce((sum, part) => sum + part.items.length, 0) : 0;
  while (units.length < count) {
    let biggest = -1;
    units.forEach(({ panel }, index) => {
      if (halves(panel).length > 1 && (biggest === -1 || size(panel) > size(units[biggest]!.panel))) biggest = index;
    });
    if (biggest === -1) break;
    const { panel, of } = units[biggest]!;
    units = [...units.slice(0, biggest), ...halves(panel).map((half) => ({ panel: half, of })), ...units.slice(biggest + 1)];
  }
  // A tile weighs one; any other panel what its width on the grid says (a chart across the screen, four tiles).
  const weights = units.map(({ panel }) => (panel.kind === 'tiles' ? panel.figures.length : placePanels([shapeInput(panel)])[0]!.span.wide));
  const starts = balancedCuts(weights, count, units.map((unit, index) => index > 0 && units[index - 1]!.of === unit.of));
  const grouped = starts.map((start, index) => joinTiles(units.slice(start, starts[index + 1] ?? units.length), whole));
  return grouped.map((page) => {
    const placements = placePanels(page.map(shapeInput));
    return page.map((panel, index) => ({ ...panel, placement: placements[index]! }));
  });
}
