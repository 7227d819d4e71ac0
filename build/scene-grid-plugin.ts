import type { Plugin } from 'vite';
import { sceneGridCss } from '../src/features/scenes/model/scene-grid-css.ts';

const virtualId = 'virtual:scene-grid.css';
// The leading NUL keeps other plugins off the id, as Rollup's convention for virtual modules asks.
const resolvedId = `\0${virtualId}`;

/** Serves virtual:scene-grid.css, the scene grid's rules generated from the placement model. */
export function sceneGridPlugin(): Plugin {
  return {
    name: 'rule-of-law:scene-grid',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? sceneGridCss() : undefined),
  };
}
