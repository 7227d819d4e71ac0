import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { pickText } from '@/i18n/pick-text';
import { SourcesFootnote } from '@/components/sources-footnote';
import type { PanelView, SceneView as SceneViewModel } from '@/features/scenes/model/scene-view';
import { placementAttributes } from '@/features/scenes/model/panel-placement';
import { TilesPanel } from '@/features/scenes/components/panels/tiles-panel';
import { BarsPanel } from '@/features/scenes/components/panels/bars-panel';
import { TargetPanel } from '@/features/scenes/components/panels/target-panel';
import { ContradictionPanel } from '@/features/scenes/components/panels/contradiction-panel';
import { StructurePanel } from '@/features/scenes/components/panels/structure-panel';

/**
 * Meeting-room mode shows a scene that does not fit its screen as pages: `count` pages, this one `index`. It
 * hears through `onOverflow` when a page's content does not fit its box, and asks for more pages.
 */
export type ScenePaging = {
  index: number;
  count: number;
  onOverflow: () => void;
  /** The scene in `count` pages, and the most pages it can be split into (model/scene-pages.ts). */
  paginate: (view: SceneViewModel, count: number) => PanelView[][];
  maximumPages: (view: SceneViewModel) => number;
};

/** True when some box in the scene holds more than it shows (its text would be cut off), or a chart is too short for its labels. */
function overflows(scene: HTMLElement): boolean {
  const boxes = [scene.querySelector('.scene__grid'), ...scene.querySelectorAll('.panel, .tile, .structure-list, .structure-list ol')];
  // A pixel or two past the box is a descender or rounding, not text cut off.
  const clipped = boxes.some((box) => box !== null && (box.scrollHeight > box.clientHeight + 2 || box.scrollWidth > box.clientWidth + 2));
  // A tile's value is centred in its box, so a value too big for it overflows upwards too, where scrollHeight
  // does not look: compare the value's own size with its box.
  const valueTooBig = [...scene.querySelectorAll<HTMLElement>('.tile__value')].some((value) => {
    const box = value.parentElement;
    return box !== null && (value.offsetHeight > box.clientHeight + 1 || value.scrollWidth > box.clientWidth + 1);
  });
  if (valueTooBig) return true;
  return clipped || scene.querySelector('.figure-bar-chart[data-cramped]') !== null;
}

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const windowSize = () => `${window.innerWidth}x${window.innerHeight}`;

/**
 * On the desk, a scene that does not fit its one-screen layout at this window size flows instead: its panels
 * take their content's height and the scene scrolls, so nothing is cut off. Measured again for another scene
 * or window size.
 */
function useFlowFallback(sceneId: string): { flow: boolean; fellBack: () => void } {
  const size = useSyncExternalStore(subscribeToResize, windowSize, () => '');
  const key = `${sceneId}@${size}`;
  const [flowKey, setFlowKey] = useState<string>();
  const fellBack = useCallback(() => setFlowKey(key), [key]);
  return { flow: flowKey === key, fellBack };
}

/** One scene: its panels on a grid that takes the screen's shape (theme.css), and the scene's sources. */
export function SceneView({ view, paging }: { view: SceneViewModel; paging?: ScenePaging | undefined }) {
  const { locale } = useI18n();
  const sceneRef = useRef<HTMLElement>(null);
  const pages = paging && paging.count > 1 ? paging.paginate(view, paging.count) : [view.panels];
  const panels = pages[Math.min(paging?.index ?? 0, pages.length - 1)] ?? view.panels;
  const { flow, fellBack } = useFlowFallback(view.id);
  // Meeting-room mode splits a scene that does not fit into pages; the desk lets it flow.
  const onOverflow = paging ? (paging.count < paging.maximumPages(view) ? paging.onOverflow : undefined) : flow ? undefined : fellBack;
  // Measured before the browser paints, so a scene that does not fit is never shown cut off; and again
  // whenever what it holds can have grown since: a chart's code arrives and takes its rows, a chart finds itself
  // too short for its labels, a web font replaces the fallback, a panel changes size. A direct load and a scene
  // reached by keys (its charts' code already loaded) must end up with the same pages.
  useLayoutEffect(() => {
    const scene = sceneRef.current;
    if (!onOverflow || !scene) return;
    if (overflows(scene)) {
      onOverflow();
      return;
    }
    let reported = false;
    let frame = 0;
    const check = () => {
      if (reported || !overflows(scene)) return;
      reported = true;
      onOverflow();
    };
    // Many changes come in one burst (a chart draws hundreds of nodes): measure once, at the next frame.
    const checkSoon = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        check();
      });
    };
    const mutations = new MutationObserver(checkSoon);
    mutations.observe(scene, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-cramped'] });
    const resizes = new ResizeObserver(checkSoon);
    scene.querySelectorAll('.panel, .tile, .tile__value, .structure-list, .chart-card__chart').forEach((box) => resizes.observe(box));
    // (Not every environment has the font loading API: jsdom in tests has none.)
    if ('fonts' in document) void document.fonts.ready.then(checkSoon);
    return () => {
      reported = true;
      cancelAnimationFrame(frame);
      mutations.disconnect();
      resizes.disconnect();
    };
  });
  return (
    <>
      <section className={`scene scene--${view.id}${flow ? ' scene--flow' : ''}`} ref={sceneRef} aria-label={pickText(view.title, locale)} data-scene-view={view.id} data-page={pages.length > 1 ? `${(paging?.index ?? 0) + 1}/${pages.length}` : undefined}>
        <div className="scene__grid">
          {panels.map((panel) => (
            <Panel key={panel.key} panel={panel} />
          ))}
        </div>
      </section>
      <SourcesFootnote sections={view.sections} />
    </>
  );
}

function Panel({ panel }: { panel: PanelView }) {
  const placement = placementAttributes(panel.placement);
  switch (panel.kind) {
    case 'tiles':
      return <TilesPanel panel={panel} placement={placement} />;
    case 'bars':
      return <BarsPanel panel={panel} placement={placement} />;
    case 'target':
      return <TargetPanel panel={panel} placement={placement} />;
    case 'contradiction':
      return <ContradictionPanel panel={panel} placement={placement} />;
    case 'structure':
      return <StructurePanel panel={panel} placement={placement} />;
  }
}
