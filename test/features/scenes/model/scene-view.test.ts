// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema } from '@/data/report-schema';
import { withLayout } from '@/lib/layout/generate-layout';
import { buildSceneView, type BarsPanelView } from '@/features/scenes/model/scene-view';

// Zhoushan's report has two charts of one theme (public order: cases and people; its incidents are counted apart from cases and stand alone) and a chart of a theme of
// its own (road traffic), with no layout: every chart title is generated.
const fixture = path.resolve(import.meta.dirname, '../../../fixtures/dev-reports/zhoushan-putuo-psb-2023.json');
const report = withLayout(reportSchema.parse(JSON.parse(readFileSync(fixture, 'utf8'))));
const charts = report.layout.scenes
  .flatMap((scene) => buildSceneView(report, scene.id).panels)
  .filter((panel): panel is BarsPanelView => panel.kind === 'bars');

describe('generated chart titles', () => {
  it('name the theme, and the unit only where two charts of the theme share a scene', () => {
    const titles = charts.map((chart) => chart.title);
    expect(titles).toContainEqual({ zh: '治安与打击犯罪（起）', en: 'Public order and crime: cases' });
    expect(titles).toContainEqual({ zh: '治安与打击犯罪（人）', en: 'Public order and crime: people' });
    expect(titles).toContainEqual({ zh: '道路交通', en: 'Road traffic' });
    // Never the "Theme (unit)" form in English.
    for (const title of titles) expect(title?.en).not.toMatch(/\(\w+\)$/u);
  });
});
