import { placePanels, sceneShapes, shapeColumns, type PanelShapeInput } from '@/features/scenes/model/panel-placement';
import { sceneGridCss, shapeQueries } from '@/features/scenes/model/scene-grid-css';

/** The rows a grid makes of `spans` (each row filled before the next starts). */
function rows(spans: readonly number[], columns: number): number[][] {
  const result: number[][] = [[]];
  for (const span of spans) {
    const row = result.at(-1)!;
    if (row.reduce((sum, value) => sum + value, 0) + span > columns) result.push([span]);
    else row.push(span);
  }
  return result;
}

const kinds: PanelShapeInput[] = [
  { kind: 'tiles', count: 1, headline: true },
  { kind: 'tiles', count: 3, headline: false },
  { kind: 'tiles', count: 8, headline: true },
  { kind: 'bars', count: 2 },
  { kind: 'bars', count: 6 },
  { kind: 'target', count: 1 },
  { kind: 'contradiction', count: 2 },
  { kind: 'structure', count: 4, longestPart: 5, lineEm: 16 },
];

describe('panel placement', () => {
  // A fixed pseudo-random sequence of scenes, so a failure names the same scene every run.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const scenes = Array.from({ length: 200 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => kinds[Math.floor(random() * kinds.length)]!));

  it('fills every row of every screen shape exactly, so no screen has holes', () => {
    for (const scene of scenes) {
      const placements = placePanels(scene);
      for (const shape of sceneShapes) {
        const spans = placements.map((placement) => placement.span[shape]);
        for (const span of spans) expect(span).toBeLessThanOrEqual(shapeColumns[shape]);
        for (const row of rows(spans, shapeColumns[shape])) expect(row.reduce((sum, value) => sum + value, 0), `${shape}: ${JSON.stringify(scene)}`).toBe(shapeColumns[shape]);
      }
    }
  });

  it('lays eight headline tiles out in balanced rows without holes on every shape', () => {
    const [placement] = placePanels([{ kind: 'tiles', count: 8, headline: true }]);
    expect(placement).toEqual({
      span: { tall: 2, medium: 3, wide: 4, ultra: 6 },
      inner: { tall: 2, medium: 4, wide: 4, ultra: 4, narrow: 2, portrait: 2 },
    });
  });

  it('stacks a few tiles on a portrait meeting-room page, where two abreast would stand as narrow, mostly empty columns', () => {
    expect(placePanels([{ kind: 'tiles', count: 2, headline: false }])[0]?.inner.portrait).toBe(1);
    expect(placePanels([{ kind: 'tiles', count: 3, headline: false }])[0]?.inner.portrait).toBe(1);
    // Four rows of tiles do not fit a portrait page with text at 2.5% of its height: two by two.
    expect(placePanels([{ kind: 'tiles', count: 4, headline: false }])[0]?.inner.portrait).toBe(2);
    expect(placePanels([{ kind: 'tiles', count: 1, headline: true }, { kind: 'tiles', count: 2, headline: false }])[1]?.inner.portrait).toBe(1);
    // Eight tiles stacked would each be a thin strip: two abreast.
    expect(placePanels([{ kind: 'tiles', count: 8, headline: false }])[0]?.inner.portrait).toBe(2);
    // On a phone, which scrolls, two abreast as before.
    expect(placePanels([{ kind: 'tiles', count: 2, headline: false }])[0]?.inner.narrow).toBe(2);
  });

  it('keeps a lone empty cell when one more tile per row would not remove it', () => {
    // Five tiles in two columns: 2+2+1, or 3+2 in a row wider than the panel for no gain.
    const [placement] = placePanels([{ kind: 'tiles', count: 5, headline: false }]);
    expect(placement?.inner.tall).toBe(2);
  });

  it('puts three tiles in a two-column panel on one row rather than leaving a gap beside the third', () => {
    const tiles = placePanels([
      { kind: 'bars', count: 2 },
      { kind: 'tiles', count: 3, headline: false },
      { kind: 'bars', count: 2 },
    ])[1]!;
    const twoColumnShapes = (Object.keys(tiles.span) as (keyof typeof tiles.span)[]).filter((shape) => tiles.span[shape] === 2);
    expect(twoColumnShapes.length).toBeGreaterThan(0);
    for (const shape of twoColumnShapes) expect(tiles.inner[shape], shape).toBe(3);
  });

  it('sets a text-only scene’s four parts two by two on a landscape screen, where their items can be largest', () => {
    const [placement] = placePanels([{ kind: 'structure', count: 4, longestPart: 5, lineEm: 16 }]);
    expect(placement?.inner.wide).toBe(2);
    expect(placement?.inner.ultra).toBe(4);
  });

  it('gives a target card two columns on a wide grid, where its prose would otherwise wrap into a tall column', () => {
    const placements = placePanels([{ kind: 'target', count: 1 }, { kind: 'bars', count: 2 }, { kind: 'contradiction', count: 2 }]);
    expect(placements[0]?.span.wide).toBeGreaterThanOrEqual(2);
    expect(placements[0]?.span.ultra).toBeGreaterThanOrEqual(2);
    expect(placements[0]?.span.medium).toBeGreaterThanOrEqual(1);
  });

  it('gives a bar chart at least two columns where the grid has them', () => {
    const placements = placePanels([{ kind: 'tiles', count: 1, headline: true }, { kind: 'bars', count: 2 }]);
    expect(placements[1]?.span.wide).toBeGreaterThanOrEqual(2);
    expect(placements[1]?.span.medium).toBeGreaterThanOrEqual(2);
  });
});

describe('the scene grid’s style sheet', () => {
  it('has a container query per shape that sets its column count and every span a panel can have', () => {
    const css = sceneGridCss();
    for (const shape of sceneShapes) {
      expect(css).toContain(`@container scene ${shapeQueries[shape]} {`);
      expect(css).toContain(`--cols: ${shapeColumns[shape]};`);
      for (let span = 1; span <= shapeColumns[shape]; span += 1) expect(css).toContain(`[data-span~="${shape}:${span}"] { --span: ${span}; }`);
    }
    expect(css).toContain('[data-inner~="narrow:2"] { --inner: 2; }');
    const portraitKiosk = css.slice(css.indexOf('@container scene (aspect-ratio < 0.8) {')).split('\n}')[0]!;
    expect(portraitKiosk).toContain('[data-inner~="portrait:1"] { --inner: 1; }');
    expect(css).toContain(':root[data-mode="kiosk"] .scene__grid > [data-kind="tiles"][data-inner~="portrait:1"] { --portrait-inner: 1; }');
  });
});
