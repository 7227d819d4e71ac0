// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema } from '@/data/report-schema';
import { withLayout } from '@/lib/layout/generate-layout';
import { buildSceneView, type BarsPanelView } from '@/features/scenes/model/scene-view';
import { maximumPages, paginateScene } from '@/features/scenes/model/scene-pages';

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
});
