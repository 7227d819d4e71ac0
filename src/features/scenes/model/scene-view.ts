import type { LaidOutReport, LocalizedText, Panel, Report, StructurePart } from '@/data/report-schema';
import { themeOf } from '@/data/themes';
import { figureLookup, type FigureLookup, type FigureView } from '@/lib/figure-view';
import { formatSection, sortSections, sectionsOf } from '@/lib/sections';
import { maxStructureLineEm, widthEm } from '@/lib/text-width';
import type { Locale } from '@/i18n/locale';
import { pickText } from '@/i18n/pick-text';
import { placePanels, type PanelShapeInput, type Placement } from '@/features/scenes/model/panel-placement';

// From a report and a scene id to everything the scene draws: panels with their figures, their placement on
// any screen, and the scene's sources. Pure, so it is tested without React.

type PanelBase = { key: string; title?: LocalizedText; note?: LocalizedText; placement: Placement };

export type TilesPanelView = PanelBase & { kind: 'tiles'; size: 'headline' | 'regular'; figures: FigureView[] };
export type BarsPanelView = PanelBase & {
  kind: 'bars';
  unit: LocalizedText;
  figures: FigureView[];
  /** Bars whose labels are the same (two statements of one thing) are told apart by their section. */
  labelWithSection: boolean;
  /** Where meeting-room mode shows a chart's bars over two pages: the whole chart's largest value, so both keep one scale. */
  scaleMax?: number;
};
export type TargetPanelView = PanelBase & { kind: 'target'; targets: FigureView[]; reached: FigureView[] };
export type ContradictionPanelView = PanelBase & { kind: 'contradiction'; note: LocalizedText; statements: FigureView[] };
export type StructurePanelView = PanelBase & { kind: 'structure'; parts: StructurePart[] };
export type PanelView = TilesPanelView | BarsPanelView | TargetPanelView | ContradictionPanelView | StructurePanelView;

/** A panel before it is placed on the grid. */
type UnplacedPanel = PanelView extends infer Member ? (Member extends PanelView ? Omit<Member, 'placement'> : never) : never;

export type SceneSummary = { id: string; title: LocalizedText; description?: LocalizedText };

export type SceneView = SceneSummary & {
  panels: PanelView[];
  /** Every section the scene's figures and items come from, in reading order (the footnote). */
  sections: string[];
  /** Whether the scene draws charts, whose code loads separately. */
  hasCharts: boolean;
};

export function sceneSummaries(report: LaidOutReport): SceneSummary[] {
  return report.layout.scenes.map(({ id, title, description }) => ({ id, title, ...(description ? { description } : {}) }));
}

/** The scene for `sceneId`, or the first scene when the report has no such scene. */
export function chooseScene(report: LaidOutReport, sceneId: string | null): SceneSummary {
  const summaries = sceneSummaries(report);
  return summaries.find((scene) => scene.id === sceneId) ?? summaries[0]!;
}

/**
 * A generated chart's title: its theme's name, which the unit beside it completes ("Public order and crime",
 * unit: incidents). Where two charts of one theme share a scene, each also names its unit: 治安与打击犯罪（人）,
 * "Public order and crime: people".
 */
function barsTitle(figures: readonly FigureView[], themeHasOtherCharts: boolean): LocalizedText {
  const first = figures[0];
  if (!first) return { zh: '', en: '' };
  const theme = themeOf(first.theme).name;
  const themeEn = theme.en ?? theme.zh;
  if (!themeHasOtherCharts) return { zh: theme.zh, en: themeEn };
  return { zh: `${theme.zh}（${first.unit.zh}）`, en: `${themeEn}: ${first.unit.en ?? first.unit.zh}` };
}

/** A contradiction's note, for a chart or tiles that show both of its statements. */
function contradictionNote(figures: readonly FigureView[]): LocalizedText | undefined {
  return figures.find((figure) => figure.contradiction && figures.some((other) => figure.contradiction?.otherIds.includes(other.id)))?.contradiction?.note;
}

function panelView(panel: Panel, index: number, report: Report, lookup: FigureLookup, untitledChartThemes: readonly string[]): UnplacedPanel {
  const key = `${index}-${panel.kind}`;
  const base = { key, ...(panel.title ? { title: panel.title } : {}), ...(panel.note ? { note: panel.note } : {}) };
  switch (panel.kind) {
    case 'tiles': {
      const figures = lookup.list(panel.figures);
      const note = panel.note ?? contradictionNote(figures);
      return { ...base, ...(note ? { note } : {}), kind: 'tiles', size: panel.size ?? 'regular', figures };
    }
    case 'bars': {
      const figures = lookup.list(panel.figures);
      const labels = figures.map((figure) => figure.label.zh);
      const note = panel.note ?? contradictionNote(figures);
      return {
        ...base,
        ...(note ? { note } : {}),
        title: panel.title ?? barsTitle(figures, untitledChartThemes.filter((theme) => theme === figures[0]?.theme).length > 1),
        kind: 'bars',
        unit: figures[0]?.unit ?? { zh: '', en: '' },
        figures,
        labelWithSection: new Set(labels).size < labels.length || figures.some((figure) => figure.contradiction),
      };
    }
    case 'target': {
      const figures = lookup.list(panel.figures);
      return { ...base, kind: 'target', targets: figures.filter((figure) => figure.qualifier === 'target'), reached: figures.filter((figure) => figure.qualifier !== 'target') };
    }
    case 'contradiction': {
      const contradiction = report.contradictions.find((candidate) => candidate.id === panel.contradiction);
      return {
        ...base,
        kind: 'contradiction',
        note: panel.note ?? contradiction?.note ?? { zh: '', en: '' },
        statements: lookup.list(contradiction?.figureIds ?? []),
      };
    }
    case 'structure':
      return { ...base, kind: 'structure', parts: panel.parts.flatMap((section) => report.structure.filter((part) => part.section === section)) };
  }
}

export function shapeInput(panel: UnplacedPanel): PanelShapeInput {
  switch (panel.kind) {
    case 'tiles':
      return { kind: 'tiles', count: Math.max(1, panel.figures.length), headline: panel.size === 'headline' };
    case 'bars':
      return { kind: 'bars', count: panel.figures.length };
    case 'target':
      return { kind: 'target', count: panel.targets.length + panel.reached.length };
    case 'contradiction':
      return { kind: 'contradiction', count: panel.statements.length };
    case 'structure':
      return {
        kind: 'structure',
        count: Math.max(1, panel.parts.length),
        longestPart: Math.max(1, ...panel.parts.map((part) => part.items.length)),
        // Placement does not depend on the language shown: it plans for the longer one.
        lineEm: Math.max(structureLineEm(panel, 'zh'), structureLineEm(panel, 'en')),
      };
  }
}

/** The structure panel's longest item line in em (section tag and its gap included), within what the style sheet sizes. */
export function structureLineEm(panel: Pick<StructurePanelView, 'parts'>, locale: Locale): number {
  const lines = panel.parts.flatMap((part) =>
    part.items.map((item) => widthEm(formatSection(item.section, locale)) + widthEm(pickText(item.title, locale)) + 2.5),
  );
  return Math.min(maxStructureLineEm, Math.ceil(Math.max(8, ...lines)));
}

function figuresOf(panel: UnplacedPanel): FigureView[] {
  switch (panel.kind) {
    case 'tiles':
    case 'bars':
      return [...panel.figures, ...panel.figures.flatMap((figure) => figure.changes)];
    case 'target':
      return [...panel.targets, ...panel.reached];
    case 'contradiction':
      return panel.statements;
    case 'structure':
      return [];
  }
}

/** Everything one scene shows. */
export function buildSceneView(report: LaidOutReport, sceneId: string | null): SceneView {
  const scene = report.layout.scenes.find((candidate) => candidate.id === sceneId) ?? report.layout.scenes[0]!;
  const lookup = figureLookup(report);
  // The themes of the charts that get a generated title, one entry per chart.
  const untitledChartThemes = scene.panels.flatMap((panel) => (panel.kind === 'bars' && !panel.title ? [lookup.get(panel.figures[0] ?? '')?.theme ?? ''] : []));
  const panels = scene.panels.map((panel, index) => panelView(panel, index, report, lookup, untitledChartThemes));
  const placements = placePanels(panels.map(shapeInput));
  // A structure scene cites the parts it shows; each item carries its own section on screen.
  const structureSections = panels.flatMap((panel) => (panel.kind === 'structure' ? panel.parts.map((part) => part.section) : []));
  return {
    id: scene.id,
    title: scene.title,
    ...(scene.description ? { description: scene.description } : {}),
    panels: panels.map((panel, index) => ({ ...panel, placement: placements[index]! }) as PanelView),
    sections: sortSections([...sectionsOf(panels.flatMap(figuresOf)), ...structureSections]),
    hasCharts: panels.some((panel) => panel.kind === 'bars'),
  };
}
