// Where each panel of a scene goes, for every shape of screen, worked out ahead of time so the page needs no
// measuring script: the scene is a grid whose column count follows its own shape (CSS container queries on
// the scene: tall, medium, wide, ultra-wide), and each panel carries its column span and inner column count
// for each shape as data attributes that the style sheet reads. Rows fill the grid exactly, so no screen has
// holes, and the arrangement that needs the least height wins, so the figures get as much room as possible.

export const sceneShapes = ['tall', 'medium', 'wide', 'ultra'] as const;
export type SceneShape = (typeof sceneShapes)[number];

/** Columns of the scene grid per shape (theme.css must agree; a test checks it). */
export const shapeColumns: Readonly<Record<SceneShape, number>> = { tall: 2, medium: 3, wide: 4, ultra: 6 };

/** A typical scene's width over its height for each shape (the shape queries bound it; see scene-grid-css.ts). */
const shapeAspect: Readonly<Record<SceneShape, number>> = { tall: 0.65, medium: 1.35, wide: 2.2, ultra: 4 };

export type PanelShapeInput =
  | { kind: 'tiles'; count: number; headline: boolean }
  | { kind: 'bars'; count: number }
  | { kind: 'target'; count: number }
  | { kind: 'contradiction'; count: number }
  | { kind: 'structure'; count: number; longestPart: number; lineEm: number };

export type Placement = {
  /** Grid columns the panel spans, per scene shape. */
  span: Readonly<Record<SceneShape, number>>;
  /**
   * Columns inside the panel (tiles side by side, structure parts side by side), per shape, on phones (narrow)
   * and on a portrait meeting-room screen, where every panel takes a row of its own.
   */
  inner: Readonly<Record<SceneShape | 'narrow' | 'portrait', number>>;
};

function desiredSpan(panel: PanelShapeInput, columns: number): number {
  switch (panel.kind) {
    case 'tiles':
    case 'structure':
      return panel.count;
    case 'bars':
      return columns >= 6 ? 3 : 2;
    case 'target':
      // A target card explains itself in prose (what the target is, what the report does not give): on a wide
      // grid even one target wants two columns, or the prose wraps into a column too tall for its row.
      return Math.min(2, Math.max(panel.count, columns >= 4 ? 2 : 1));
    case 'contradiction':
      return 2;
  }
}

function minimumSpan(panel: PanelShapeInput, columns: number): number {
  if (columns <= 2) return 1;
  return panel.kind === 'bars' || panel.kind === 'contradiction' ? 2 : 1;
}

function innerColumns(panel: PanelShapeInput, span: number): number {
  if (panel.kind === 'structure' || panel.kind === 'contradiction' || panel.kind === 'target') return Math.max(1, Math.min(panel.count, span));
  if (panel.kind !== 'tiles') return 1;
  // One tile more than the panel's columns goes on the same row (three in two columns): one row of three beats a
  // second row holding one tile beside a gap.
  if (span >= 2 && panel.count === span + 1) return panel.count;
  // Balanced rows: eight tiles over two rows are four and four, never six and two.
  const rows = Math.ceil(panel.count / Math.max(1, span));
  const balanced = Math.max(1, Math.ceil(panel.count / rows));
  // One more tile per row than the panel has columns, if that leaves fewer empty cells: eight tiles in three
  // columns are two rows of four rather than three, three and a hole.
  const holes = (columns: number) => Math.ceil(panel.count / columns) * columns - panel.count;
  const wider = balanced + 1;
  return span >= 2 && wider <= span + 1 && wider <= panel.count && holes(wider) < holes(balanced) ? wider : balanced;
}

/** The height a panel needs at a span, in rows of about one tile. */
function heightOf(panel: PanelShapeInput, span: number): number {
  switch (panel.kind) {
    case 'tiles':
      return Math.ceil(panel.count / innerColumns(panel, span)) * (panel.headline ? 1.2 : 1);
    case 'bars':
      return 0.7 + 0.28 * panel.count * (span >= 3 ? 0.85 : 1);
    case 'target':
    case 'contradiction':
      return 1;
    case 'structure': {
      const columns = innerColumns(panel, span);
      return 0.5 + 0.22 * panel.longestPart * Math.ceil(panel.count / columns);
    }
  }
}

/** Spans for one row: each panel its minimum, then toward what it wants, then the rest so the row is full. */
function allocateRow(row: readonly PanelShapeInput[], columns: number): number[] | undefined {
  const spans = row.map((panel) => minimumSpan(panel, columns));
  let left = columns - spans.reduce((sum, span) => sum + span, 0);
  if (left < 0) return undefined;
  const wants = row.map((panel) => Math.min(columns, desiredSpan(panel, columns)));
  while (left > 0) {
    // Give a column to the panel furthest below what it wants; once all are satisfied, to the one that gains
    // the most height from it (tiles that can then sit in one row), else the widest.
    let best = -1;
    let bestScore = -Infinity;
    row.forEach((panel, index) => {
      const span = spans[index]!;
      const shortfall = (wants[index]! - span) / wants[index]!;
      const gain = heightOf(panel, span) - heightOf(panel, span + 1);
      const score = shortfall > 0 ? 10 + shortfall : gain > 0 ? gain : -span / columns;
      if (score > bestScore) {
        bestScore = score;
        best = index;
      }
    });
    spans[best] = spans[best]! + 1;
    left -= 1;
  }
  return spans;
}

/**
 * Columns for a text panel's parts: as many as give its items the largest text that fits, for a box of
 * `width` by `height` (in scene heights). The estimate follows theme.css's rule for list text (the part's width
 * over its longest line, and its height over 1.75 lines per item plus its heading).
 */
function structureColumns(panel: Extract<PanelShapeInput, { kind: 'structure' }>, width: number, height: number): number {
  let best = 1;
  let bestFont = 0;
  for (let columns = 1; columns <= panel.count; columns += 1) {
    const rows = Math.ceil(panel.count / columns);
    const font = Math.min((0.94 * width) / columns / panel.lineEm, height / rows / (panel.longestPart * 1.75 + 3.5));
    if (font > bestFont + 1e-9) {
      bestFont = font;
      best = columns;
    }
  }
  return best;
}

/** Which row each panel lands in, for spans that fill rows exactly. */
function rowsOf(spans: readonly number[], columns: number): number[] {
  let row = 0;
  let used = 0;
  return spans.map((span) => {
    if (used + span > columns) {
      row += 1;
      used = 0;
    }
    used += span;
    return row;
  });
}

function placeForShape(panels: readonly PanelShapeInput[], columns: number): number[] {
  const count = panels.length;
  let best: { spans: number[]; cost: number } | undefined;
  // Every way to cut the panels, in order, into rows (at most 2^(n-1); scenes hold at most eight panels).
  for (let cuts = 0; cuts < 1 << Math.max(0, count - 1); cuts += 1) {
    const spans: number[] = [];
    let cost = 0;
    let rowStart = 0;
    let feasible = true;
    for (let index = 0; index < count && feasible; index += 1) {
      const rowEnds = index === count - 1 || (cuts & (1 << index)) !== 0;
      if (!rowEnds) continue;
      const row = panels.slice(rowStart, index + 1);
      const rowSpans = allocateRow(row, columns);
      if (!rowSpans) {
        feasible = false;
        break;
      }
      spans.push(...rowSpans);
      cost += Math.max(...row.map((panel, at) => heightOf(panel, rowSpans[at]!)));
      // Panels squeezed far below or stretched far past what they want read badly.
      cost += 0.35 * row.reduce((sum, panel, at) => sum + Math.abs(rowSpans[at]! - desiredSpan(panel, columns)) / desiredSpan(panel, columns), 0);
      rowStart = index + 1;
    }
    if (feasible && (!best || cost < best.cost - 1e-9)) best = { spans, cost };
  }
  // One panel per row always fits: every minimum is at most the column count.
  return best?.spans ?? panels.map(() => columns);
}

/** What a tile reads best in, width over height: a number and its label on a line, not a narrow column. */
const tileAspect = 1.6;

/** Rows of tiles (or panels) a portrait meeting-room page holds. */
const maxPortraitRows = 3;

/**
 * Tiles side by side on a portrait meeting-room screen (one panel a row, the scene about as wide as the tall
 * shape's), one or two: whichever makes the tiles' shape nearer a tile's, so that two tiles alone on a page lie
 * one above the other rather than standing as two narrow columns that are mostly empty.
 */
function portraitColumns(panel: PanelShapeInput, panelsOnPage: number): number {
  if (panel.kind !== 'tiles' || panel.count < 2) return 1;
  // A tile's text at 2.5% of the height takes about a fifth of a portrait page: more than three rows never fit.
  if (panel.count + panelsOnPage - 1 > maxPortraitRows) return 2;
  const aspectAt = (columns: number) => shapeAspect.tall / columns / (1 / panelsOnPage / Math.ceil(panel.count / columns));
  const misfit = (columns: number) => Math.abs(Math.log(aspectAt(columns) / tileAspect));
  return misfit(1) < misfit(2) ? 1 : 2;
}

export function placePanels(panels: readonly PanelShapeInput[]): Placement[] {
  const byShape = Object.fromEntries(sceneShapes.map((shape) => [shape, placeForShape(panels, shapeColumns[shape])])) as Record<
    SceneShape,
    number[]
  >;
  const rowCounts = Object.fromEntries(
    sceneShapes.map((shape) => [shape, Math.max(...rowsOf(byShape[shape], shapeColumns[shape])) + 1]),
  ) as Record<SceneShape, number>;
  return panels.map((panel, index) => {
    const span = Object.fromEntries(sceneShapes.map((shape) => [shape, byShape[shape][index]!])) as Record<SceneShape, number>;
    const innerFor = (shape: SceneShape) =>
      panel.kind === 'structure'
        ? structureColumns(panel, (span[shape] / shapeColumns[shape]) * shapeAspect[shape], 1 / rowCounts[shape])
        : innerColumns(panel, span[shape]);
    const inner = Object.fromEntries(sceneShapes.map((shape) => [shape, innerFor(shape)])) as Record<SceneShape, number>;
    const narrow = panel.kind === 'tiles' ? Math.min(2, panel.count) : 1;
    return { span, inner: { ...inner, narrow, portrait: portraitColumns(panel, panels.length) } };
  });
}

/** The placement as the data attribute values theme.css selects on: "tall:2 medium:3 wide:4 ultra:6". */
export function placementAttributes(placement: Placement): { 'data-span': string; 'data-inner': string } {
  return {
    'data-span': sceneShapes.map((shape) => `${shape}:${placement.span[shape]}`).join(' '),
    'data-inner': [...sceneShapes, 'narrow' as const, 'portrait' as const].map((shape) => `${shape}:${placement.inner[shape]}`).join(' '),
  };
}
