import type { Panel } from '@/data/report-schema';

// How much a screen holds. A scene is planned in "cells" (a cell is about one figure tile), so that the
// scenes a generated layout makes fit a meeting-room screen, landscape or portrait, with text at least 2.5%
// of its height. The browser suite checks the fit at every screen size; these numbers are what it holds.
export const layoutLimits = {
  cellsPerScene: 8,
  panelsPerScene: 5,
  headlineTiles: 8,
  tilesPerPanel: 8,
  barsPerChart: 6,
  structureItemsPerScene: 18,
  structurePartsPerScene: 4,
} as const;

/** The cells a panel takes: one per tile, more for a chart the more bars it has. */
export function panelCells(panel: Panel, figureCount: number): number {
  switch (panel.kind) {
    case 'tiles':
      return figureCount;
    case 'bars':
      return figureCount <= 3 ? 2 : 3;
    case 'target':
      return 1 + Math.min(1, figureCount - 1);
    case 'contradiction':
      return 2;
    case 'structure':
      return 4;
  }
}
