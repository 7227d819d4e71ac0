import { sceneShapes, shapeColumns, type SceneShape } from './panel-placement.ts';
import { layoutLimits } from '../../../lib/layout/scene-capacity.ts';
import { maxStructureLineEm, maxTileValueEm } from '../../../lib/text-width.ts';

// The style sheet half of panel-placement.ts: for each scene shape, a container query that sets the scene
// grid's column count and each panel's span and inner columns from its data attributes. Generated (by
// build/scene-grid-plugin.ts, as virtual:scene-grid.css) so the two halves can never disagree.

/** The scene container's shape, from its own size: portrait screens are tall, 32:9 walls ultra-wide. */
export const shapeQueries: Readonly<Record<SceneShape, string>> = {
  tall: '(width >= 640px)',
  medium: '(width >= 640px) and (aspect-ratio >= 1.05)',
  wide: '(width >= 640px) and (aspect-ratio >= 1.7)',
  ultra: '(width >= 640px) and (aspect-ratio >= 3)',
};

const portraitKioskQuery = '(aspect-ratio < 0.8)';

/** The shape of every page of the printed briefing pack (A4 landscape). */
const printShape: SceneShape = 'wide';

const maxInner = Math.max(layoutLimits.tilesPerPanel, layoutLimits.structurePartsPerScene);

function shapeRules(shape: SceneShape | 'narrow' | 'portrait', prefix = ''): string[] {
  const oneColumn = shape === 'narrow' || shape === 'portrait';
  const columns = oneColumn ? 1 : shapeColumns[shape];
  const grid = `${prefix}.scene__grid`;
  const rules = [`${grid} { --cols: ${columns}; }`];
  if (oneColumn) rules.push(`${grid} > * { --span: 1; }`);
  if (oneColumn) rules.push(...[1, 2].map((inner) => `${grid} > [data-inner~="${shape}:${inner}"] { --inner: ${inner}; }`));
  else for (let span = 1; span <= columns; span += 1) rules.push(`${grid} > [data-span~="${shape}:${span}"] { --span: ${span}; }`);
  if (!oneColumn) for (let inner = 1; inner <= maxInner; inner += 1) rules.push(`${grid} > [data-inner~="${shape}:${inner}"] { --inner: ${inner}; }`);
  return rules;
}

/** Counts that sizes depend on (bars in a chart, items in a part), as variables the style sheet computes with. */
function countRules(): string[] {
  const rules: string[] = [];
  for (let bars = 2; bars <= layoutLimits.barsPerChart + 2; bars += 1) rules.push(`.panel[data-bars="${bars}"] { --bars: ${bars}; }`);
  for (let items = 1; items <= layoutLimits.structureItemsPerScene; items += 1) rules.push(`.structure-list[data-items="${items}"] { --items: ${items}; }`);
  // A structure part's longest line, in em, so its items can be set on one line each.
  for (let em = 8; em <= maxStructureLineEm; em += 1) rules.push(`.structure-list[data-line-em="${em}"] { --line-em: ${em}; }`);
  // A tile's value line (or a tile grid's widest), in em, so its number can fill the tile's width (figure-tile.tsx
  // rounds to halves).
  for (let em = 1; em <= maxTileValueEm; em += 0.5) rules.push(`[data-value-em="${em}"] { --value-em: ${em}; }`);
  return rules;
}

export function sceneGridCss(): string {
  const blocks = [
    ...countRules(),
    '/* Generated from src/features/scenes/model/scene-grid-css.ts: the scene grid per scene shape. */',
    '/* Phones (and any scene narrower than 640px): one column. */',
    ...shapeRules('narrow'),
    // Meeting-room mode never scrolls, so even a phone-sized screen gets the two-column tall grid (:where keeps
    // this below the shape queries that follow).
    ...shapeRules('tall', ':where(:root[data-mode="kiosk"]) '),
  ];
  for (const shape of sceneShapes) {
    blocks.push(`@container scene ${shapeQueries[shape]} {`, ...shapeRules(shape).map((rule) => `  ${rule}`), '}');
  }
  // A portrait meeting-room screen sets text at 2.5% of its height, large for its width: one column there (tiles
  // one or two abreast, as their panel's portrait value says), and meeting-room mode splits a scene that does not
  // fit into pages.
  blocks.push(`@container scene ${portraitKioskQuery} {`, ...shapeRules('portrait', ':root[data-mode="kiosk"] ').map((rule) => `  ${rule}`), '}');
  // On any portrait meeting-room screen, also where a tall bar leaves a scene too wide for the query above, a tiles
  // panel's tiles go at most this many abreast (kiosk.css); the tiles inside other panels are left as they were.
  blocks.push(
    ...[1, 2].map((inner) => `:root[data-mode="kiosk"] .scene__grid > [data-kind="tiles"][data-inner~="portrait:${inner}"] { --portrait-inner: ${inner}; }`),
  );
  // A printed page is A4 landscape, whose scene lies right at the wide shape's aspect bound: a header line more or
  // less in the PDF than on screen would flip it. It is always laid out wide (its selectors outrank the queries').
  blocks.push(`/* The briefing pack's pages: always the ${printShape} grid. */`, ...shapeRules(printShape, '.print-page '));
  return `${blocks.join('\n')}\n`;
}
