import { textLimits, type LaidOutReport, type Layout, type LocalizedText, type Panel, type Report, type Scene } from '@/data/report-schema';
import { knownThemes, otherTheme, themeOf, themeRank } from '@/data/themes';
import { figureLookup, type FigureView } from '@/lib/figure-view';
import { isLevel, sameUnit, shareAxis } from '@/lib/figure-semantics';
import { layoutLimits, panelCells } from '@/lib/layout/scene-capacity';

// The layout of a report whose data file has none: the headline figures first, then one scene per theme (split
// when a theme has more than a screen holds), then the report's structure. Charts only where units are shared;
// a figure with no partner in its unit is a tile. Every figure lands on exactly one theme scene, so a report
// nobody has laid out still shows everything it states.

type Block = { panel: Panel; cells: number };

const tilesOf = (figures: readonly FigureView[], size?: 'headline'): Panel => ({
  kind: 'tiles',
  figures: figures.map((figure) => figure.id),
  ...(size ? { size } : {}),
});

// An overview with fewer headline tiles than this takes in the scenes after it (mergeSmallScenes).
const fewestHeadlines = 4;

/** Up to `layoutLimits.headlineTiles` headline figures: those the data marks, else the first level of each theme. */
function headlineFigures(report: Report, figures: readonly FigureView[]): FigureView[] {
  const marked = report.figures.filter((figure) => figure.headline).map((figure) => figure.id);
  const reported = figures.filter((figure) => !figure.derived && !(figure.change?.of));
  const chosen = marked.length > 0 ? reported.filter((figure) => marked.includes(figure.id)) : [];
  if (chosen.length === 0) {
    const levels = reported.filter((figure) => isLevel(figure) && figure.qualifier !== 'target');
    const byTheme = [...new Set(levels.map((figure) => figure.theme))].sort((a, b) => themeRank(a) - themeRank(b));
    for (const theme of byTheme) chosen.push(levels.find((figure) => figure.theme === theme)!);
    for (const figure of levels) if (!chosen.includes(figure)) chosen.push(figure);
  }
  return chosen.slice(0, layoutLimits.headlineTiles);
}

/** A theme's figures as panels: shared units become bar charts, contradictions stay together, the rest tiles. */
function themeBlocks(figures: readonly FigureView[]): Block[] {
  const blocks: Block[] = [];
  const placed = new Set<string>();
  const tiles: FigureView[] = [];

  // Two statements that disagree are shown side by side: as bars when they share a unit, else as statements.
  for (const figure of figures) {
    const contradiction = figure.contradiction;
    if (!contradiction || placed.has(figure.id)) continue;
    const group = figures.filter((other) => other.id === figure.id || contradiction.otherIds.includes(other.id));
    group.forEach((member) => placed.add(member.id));
    const bars = group.length >= 2 && group.every((member) => shareAxis(member, group[0]!));
    const panel: Panel = bars ? { kind: 'bars', figures: group.map((member) => member.id) } : { kind: 'contradiction', contradiction: contradiction.id };
    blocks.push({ panel, cells: panelCells(panel, group.length) });
  }

  // A target beside what was reached in the same unit, when the report states both.
  for (const target of figures.filter((figure) => figure.qualifier === 'target' && !placed.has(figure.id))) {
    const reached = figures.filter(
      (figure) => !placed.has(figure.id) && figure.id !== target.id && isLevel(figure) && figure.qualifier !== 'target' && sameUnit(figure.unit, target.unit),
    );
    const members = [target, ...reached];
    members.forEach((member) => placed.add(member.id));
    const panel: Panel = { kind: 'target', figures: members.map((member) => member.id) };
    blocks.push({ panel, cells: panelCells(panel, members.length) });
  }

  // Levels that count the same thing: one bar chart per unit, in chunks a screen can hold.
  const charted = (figure: FigureView) => !placed.has(figure.id) && isLevel(figure) && !figure.derived && figure.qualifier !== 'target';
  for (const seed of figures) {
    if (!charted(seed)) continue;
    // Every member must match every other: 个 with no English matches both 个 (projects) and 个 (arrangements),
    // which do not match each other.
    const group: FigureView[] = [];
    for (const figure of figures) {
      if (charted(figure) && sameUnit(seed.unit, figure.unit) && group.every((member) => sameUnit(member.unit, figure.unit))) group.push(figure);
    }
    if (group.length < 2) continue;
    for (let start = 0; start < group.length; start += layoutLimits.barsPerChart) {
      const chunk = group.slice(start, start + layoutLimits.barsPerChart);
      chunk.forEach((member) => placed.add(member.id));
      if (chunk.length === 1) {
        tiles.push(chunk[0]!);
        continue;
      }
      const panel: Panel = { kind: 'bars', figures: chunk.map((member) => member.id) };
      blocks.push({ panel, cells: panelCells(panel, chunk.length) });
    }
  }

  // Everything else is a tile: lone units, changes stated on their own, derived figures.
  for (const figure of figures) if (!placed.has(figure.id)) tiles.push(figure);
  for (let start = 0; start < tiles.length; start += layoutLimits.tilesPerPanel) {
    const chunk = tiles.slice(start, start + layoutLimits.tilesPerPanel);
    const panel = tilesOf(chunk);
    blocks.push({ panel, cells: panelCells(panel, chunk.length) });
  }
  return blocks;
}

/** Packs blocks into scenes that each fit one screen, in order. */
function packScenes(blocks: readonly Block[]): Panel[][] {
  const scenes: Panel[][] = [];
  let current: Panel[] = [];
  let used = 0;
  for (const block of blocks) {
    if (current.length > 0 && (used + block.cells > layoutLimits.cellsPerScene || current.length >= layoutLimits.panelsPerScene)) {
      scenes.push(current);
      current = [];
      used = 0;
    }
    current.push(block.panel);
    used += block.cells;
  }
  if (current.length > 0) scenes.push(current);
  return scenes;
}

type PlannedScene = Scene & { cells: number };

const cellsOf = (blocks: readonly Block[]) => blocks.reduce((sum, block) => sum + block.cells, 0);

/**
 * Names of themes shown together: 执法资格、荣誉与评价 / "Qualifications and recognition". Where a name has an
 * "and" of its own, English sets the names apart with a middle dot instead ("Public order and crime · Road
 * traffic"), which no reader can take for one theme.
 */
function joinedNames(names: readonly LocalizedText[]): LocalizedText {
  const english = names.map((name) => name.en ?? name.zh);
  const lowerCased = english.map((text, index) => (index === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1)));
  const en =
    english.length === 1
      ? english[0]!
      : english.some((text) => / and /u.test(text))
        ? english.join(' · ')
        : `${lowerCased.slice(0, -1).join(', ')} and ${lowerCased.at(-1)!}`;
  return { zh: names.map((name) => name.zh).join('、'), en };
}

/**
 * The tiles panel without the figures its scene's headline tiles already show (undefined when nothing is left).
 * Charts keep every bar: a bar beside its headline tile still shows how it compares.
 */
function withoutFigures(panel: Panel, shown: ReadonlySet<string>): Panel | undefined {
  if (panel.kind !== 'tiles') return panel;
  const figures = panel.figures.filter((id) => !shown.has(id));
  return figures.length === 0 ? undefined : { ...panel, figures };
}

/**
 * Themes with only a figure or two would each get a nearly empty screen: a small theme shares the scene before
 * it (under both names) as long as that still holds one screen. An overview with few headline figures takes in
 * the scenes after it the same way, keeping its name and showing no figure twice.
 */
function mergeSmallScenes(scenes: readonly PlannedScene[]): Scene[] {
  const merged: (PlannedScene & { names: LocalizedText[] })[] = [];
  const sparse = layoutLimits.cellsPerScene / 2;
  // A scene of nothing but tiles the overview already shows would repeat it: it goes.
  const overview = scenes[0]?.id === 'overview' ? scenes[0] : undefined;
  const onOverview = new Set(overview?.panels.flatMap((panel) => (panel.kind === 'tiles' ? panel.figures : [])) ?? []);
  const repeatsOverview = (scene: Scene) => scene !== overview && scene.panels.every((panel) => panel.kind === 'tiles' && panel.figures.every((id) => onOverview.has(id)));
  for (const scene of scenes.filter((candidate) => !repeatsOverview(candidate))) {
    const last = merged.at(-1);
    const isOverview = last?.id === 'overview';
    const shown = new Set(isOverview ? last.panels.flatMap((panel) => (panel.kind === 'tiles' ? panel.figures : [])) : []);
    const panels = scene.panels.map((panel) => withoutFigures(panel, shown)).filter((panel): panel is Panel => panel !== undefined);
    // A joined title longer than a scene title may be (a nav link and the screen's heading) keeps the scenes apart.
    const joinedTitle = last && !isOverview ? joinedNames([...last.names, scene.title]) : undefined;
    const titleFits = !joinedTitle || (joinedTitle.zh.length <= textLimits.label && (joinedTitle.en ?? '').length <= textLimits.label);
    const fits =
      last !== undefined &&
      titleFits &&
      (isOverview ? last.cells < fewestHeadlines : last.cells < sparse || scene.cells < sparse) &&
      last.cells + scene.cells <= layoutLimits.cellsPerScene &&
      last.panels.length + panels.length <= layoutLimits.panelsPerScene;
    if (fits) {
      last.panels = [...last.panels, ...panels];
      last.cells += scene.cells;
      if (joinedTitle) {
        last.names.push(scene.title);
        last.title = joinedTitle;
      }
    } else {
      merged.push({ ...scene, names: [scene.title] });
    }
  }
  return merged.map(({ names: _names, cells: _cells, ...scene }) => scene);
}

/** A theme's second and later scenes: 安全监管（续）、安全监管（续二）, "Safety oversight (cont.)", "(part 3)". */
const chineseCounts = ['', '', '二', '三', '四', '五', '六', '七', '八', '九'];
const numbered = (text: LocalizedText, index: number): LocalizedText => {
  if (index === 0) return text;
  const en = text.en ?? text.zh;
  return index === 1
    ? { zh: `${text.zh}（续）`, en: `${en} (cont.)` }
    : { zh: `${text.zh}（续${chineseCounts[index] ?? index}）`, en: `${en} (part ${index + 1})` };
};

/** The structure scene's title from the kinds of part it shows: 举措、不足与 2024 年安排. */
function structureTitle(report: Report): LocalizedText {
  const kinds = new Set(report.structure.map((part) => part.kind));
  const next = report.year + 1;
  const words = [
    kinds.has('measures') && { zh: '举措', en: 'measures' },
    kinds.has('shortcomings') && { zh: '不足', en: 'shortcomings' },
    kinds.has('plans') && { zh: `${next} 年安排`, en: `${next} plans` },
  ].filter((word): word is { zh: string; en: string } => word !== false);
  if (words.length === 0) return { zh: '报告要点', en: 'Key points of the report' };
  if (words.length === 1 && kinds.has('plans')) return { zh: `${next} 年安排`, en: `Plans for ${next}` };
  const join = (parts: string[], last: string, comma: string) =>
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(comma)}${last}${parts.at(-1)!}`;
  const en = join(words.map((word) => word.en), ' and ', ', ');
  // Chinese sets a space between a character and a digit that follows it (与 2024 年), as the UI does elsewhere.
  const zh = join(words.map((word) => word.zh), '与', '、').replace(/与(?=\d)/, '与 ');
  return { zh, en: `${en.charAt(0).toUpperCase()}${en.slice(1)}` };
}

function structureScenes(report: Report): Scene[] {
  if (report.structure.length === 0) return [];
  const groups: string[][] = [];
  let current: string[] = [];
  let items = 0;
  for (const part of report.structure) {
    const count = Math.max(1, part.items.length);
    if (current.length > 0 && (items + count > layoutLimits.structureItemsPerScene || current.length >= layoutLimits.structurePartsPerScene)) {
      groups.push(current);
      current = [];
      items = 0;
    }
    current.push(part.section);
    items += count;
  }
  if (current.length > 0) groups.push(current);
  const title = structureTitle(report);
  return groups.map((parts, index) => ({
    id: index === 0 ? 'plans' : `plans-${index + 1}`,
    title: numbered(title, index),
    panels: [{ kind: 'structure', parts }],
  }));
}

/** The scene id for a theme: its own id when known, "other" for themes outside the vocabulary. */
function sceneIdFor(themeId: string): string {
  return themeOf(themeId).known ? themeId : otherTheme.id;
}

export function generateLayout(report: Report): Layout {
  const figures = figureLookup(report).all();
  // A change stated with its level is shown on that level's tile.
  const standalone = figures.filter((figure) => !figure.change?.of || !figures.some((other) => other.id === figure.change?.of));
  const scenes: PlannedScene[] = [];

  const headlines = headlineFigures(report, standalone);
  if (headlines.length > 0) {
    scenes.push({
      id: 'overview',
      title: { zh: '总览', en: 'Overview' },
      description: { zh: '报告中的主要指标', en: 'The report’s headline figures' },
      panels: [tilesOf(headlines, 'headline')],
      cells: headlines.length,
    });
  }

  const themeOrder = [...knownThemes.map((theme) => theme.id as string), otherTheme.id];
  for (const sceneTheme of themeOrder) {
    const members = standalone.filter((figure) => sceneIdFor(figure.theme) === sceneTheme);
    if (members.length === 0) continue;
    const name = sceneTheme === otherTheme.id ? otherTheme.name : themeOf(sceneTheme).name;
    const blocks = themeBlocks(members);
    const packed = packScenes(blocks);
    packed.forEach((panels, index) => {
      const cells = cellsOf(blocks.filter((block) => panels.includes(block.panel)));
      scenes.push({ id: index === 0 ? sceneTheme : `${sceneTheme}-${index + 1}`, title: numbered(name, index), panels, cells });
    });
  }
  return { scenes: [...mergeSmallScenes(scenes), ...structureScenes(report)] };
}

/** The report with its own layout, or with one generated from its figures. */
export function withLayout(report: Report): LaidOutReport {
  return report.layout ? (report as LaidOutReport) : { ...report, layout: generateLayout(report) };
}
