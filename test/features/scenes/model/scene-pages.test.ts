// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema } from '@/data/report-schema';
import { withLayout } from '@/lib/layout/generate-layout';
import { buildSceneView, type BarsPanelView, type PanelView } from '@/features/scenes/model/scene-view';
import { balancedCuts, maximumPages, paginateScene } from '@/features/scenes/model/scene-pages';

// A generated scene with a chart of five bars (zhoushan's cases): on a portrait screen in meeting-room mode
// its labels need more height than a page has, so the chart itself must be able to go over two pages.
const fixture = path.resolve(import.meta.dirname, '../../../fixtures/dev-reports/zhoushan-putuo-psb-2023.json');
const report = withLayout(reportSchema.parse(JSON.parse(readFileSync(fixture, 'utf8'))));
const sceneWithBigChart = report.layout.scenes
  .map((scene) => buildSceneView(report, scene.id))
  .find((view) => view.panels.some((panel) => panel.kind === 'bars' && panel.figures.length >= 5))!;
const bigChart = sceneWithBigChart.panels.find((panel): panel is BarsPanelView => panel.kind === 'bars' && panel.figures.length >= 5)!;
const barValues = (panel: BarsPanelView) => panel.figures.flatMap((figure) => (figure.value !== undefined && !figure.change ? [figure.value] : []));

describe('a scene as meeting-room pages', () => {
  it('can split a chart of many bars, each part on the whole chart\'s scale', () => {
    const pieces = sceneWithBigChart.panels.length + 1;
    expect(maximumPages(sceneWithBigChart)).toBeGreaterThanOrEqual(pieces);
    const pages = paginateScene(sceneWithBigChart, maximumPages(sceneWithBigChart));
    const parts = pages.flat().filter((panel): panel is BarsPanelView => panel.kind === 'bars' && panel.key.startsWith(bigChart.key));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    // Every figure of the chart is on exactly one page, in the chart's order.
    expect(parts.flatMap((part) => part.figures.map((figure) => figure.id))).toEqual(bigChart.figures.map((figure) => figure.id));
    const whole = Math.max(...barValues(bigChart));
    for (const part of parts) {
      expect(part.scaleMax).toBe(whole);
      expect(barValues(part).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('leaves a chart whole where the scene needs no more pages than its panels', () => {
    const pages = paginateScene(sceneWithBigChart, 1);
    expect(pages).toHaveLength(1);
    const chart = pages[0]!.find((panel) => panel.key === bigChart.key) as BarsPanelView;
    expect(chart.figures).toHaveLength(bigChart.figures.length);
    expect(chart.scaleMax).toBeUndefined();
  });

  it('deals tiles out so that no page holds one lone tile while the next holds four', () => {
    // guangzhou's overview: one headline tile, then four year-on-year changes.
    const guangzhou = withLayout(reportSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/dev-reports/guangzhou-zengcheng-psb-2024.json'), 'utf8'))));
    const overview = buildSceneView(guangzhou, guangzhou.layout.scenes[0]!.id);
    const tileCount = (panels: PanelView[]) => panels.reduce((sum, panel) => sum + (panel.kind === 'tiles' ? panel.figures.length : 0), 0);
    expect(overview.panels.map((panel) => (panel.kind === 'tiles' ? panel.figures.length : 0))).toEqual([1, 4]);
    const pages = paginateScene(overview, 2);
    expect(pages.map(tileCount)).toEqual([3, 2]);
    // Every tile on exactly one page, in the scene's order; the headline panel, whole on its page, keeps its key.
    const ids = (panels: PanelView[]) => panels.flatMap((panel) => (panel.kind === 'tiles' ? panel.figures.map((figure) => figure.id) : []));
    expect(pages.flatMap(ids)).toEqual(ids(overview.panels));
    expect(pages[0]![0]!.key).toBe(overview.panels[0]!.key);
    expect(new Set(pages.flat().map((panel) => panel.key)).size).toBe(pages.flat().length);
  });
});

describe('splitting a row of panels into pages', () => {
  it('makes the heaviest page as light as it can be', () => {
    expect(balancedCuts([1, 1, 1, 1, 1, 1, 1, 1], 3)).toEqual([0, 3, 6]);
    expect(balancedCuts([4, 4, 1], 2)).toEqual([0, 1]);
  });

  it('cuts a panel over pages only where that makes the pages much more even', () => {
    // A lone tile, then four of one panel: three and two, though it cuts the panel.
    expect(balancedCuts([1, 1, 1, 1, 1], 2, [false, false, true, true, true])).toEqual([0, 3]);
    // A chart, three tiles of one panel, a chart: seven and four keeps the tiles together; six and five would not.
    expect(balancedCuts([4, 1, 1, 1, 4], 2, [false, false, true, true, false])).toEqual([0, 4]);
  });

  it('gives one group for one page, and no more groups than weights', () => {
    expect(balancedCuts([3, 2, 1], 1)).toEqual([0]);
    expect(balancedCuts([3, 2], 5)).toEqual([0, 1]);
  });
});
