import { z } from 'zod/mini';
import { isSectionRef } from './section-ref.ts';
import { sameUnit, valueRules } from './value-rules.ts';

// The Content-Security-Policy forbids eval; without this, zod probes `new Function` and the browser reports it.
z.config({ jitless: true });

// The single source of truth for the shape of a report. Types, the API client's parsing,
// `npm run data:check` and docs/report.schema.json all come from here.
// zod/mini, not classic zod: the same validation for about a quarter of the bytes, because this module is in
// the JS that must load before the first figure (docs/performance.md). For the same reason zod's English issue
// messages load only where a person reads them (data:check, tests): see enableEnglishIssueMessages.

// Text that reaches the screen. Control and bidirectional-override characters could hide or reverse what a
// label says (U+202E turns "470" into "074"), so they are refused outright rather than stripped.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const forbiddenCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB\uFFFD]/u;

function screenText(maxLength: number) {
  return z
    .string()
    .check(
      z.refine((text) => text.trim().length > 0, 'must not be empty or only spaces'),
      z.refine((text) => text === text.trim(), 'must not start or end with spaces'),
      z.maxLength(maxLength, `must be at most ${maxLength} characters`),
      z.refine((text) => !forbiddenCharacters.test(text), 'contains a control, invisible or bidi character'),
    );
}

/** Text limits (characters): enough for the longest real label or clause, short enough never to fill a screen. */
export const textLimits = { label: 60, unit: 24, title: 80, description: 120, note: 240, clause: 300, reportedAs: 60 } as const;

/**
 * Text in Chinese (the report's language, required) and English (optional: a figure whose English label is not
 * written yet shows its Chinese label, marked as such).
 */
function localizedText(maxLength: number) {
  return z.object({ zh: screenText(maxLength), en: z.optional(screenText(maxLength)) });
}
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'), z.maxLength(64));

/**
 * A place in the report, as its headings number it: 三, 三(三), 一(一)1, 一(一)1.一是, (一)2, or 导语 for the
 * opening before the first heading … See
 * src/data/section-ref.ts for the grammar and the reading order.
 */
const sectionSchema = z
  .string()
  .check(z.refine(isSectionRef, 'must be a section such as 导语, 三, 三(三), 一(一)1 or 一(一)1.一是'));

/**
 * How the report bounds a number: `exact`; `atLeast` (余, 多, 以上, 上万, 超过, 至少); `atMost` (不到, 以内,
 * 不超过); `approximately` (近, 约, 左右); `target` (a figure the report sets as an aim, not one achieved).
 */
const qualifierSchema = z.enum(['exact', 'atLeast', 'atMost', 'approximately', 'target']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * Themes are an open vocabulary (src/data/themes.ts names the known ones in both languages); a figure with a
 * theme nobody has named yet is still shown, under "other".
 */
const themeSchema = kebabId;

const sourceSchema = z.object({
  section: sectionSchema,
  /** Only the clause that states the figure, quoted verbatim. */
  clause: screenText(textLimits.clause),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * A figure that is a change rather than a level (同比下降4.49%, 上升7.6个百分点). Its value, when the report
 * gives one, is the size of the change, never signed; a report that states only the direction has no value.
 */
const changeSchema = z.object({
  direction: z.enum(['increase', 'decrease']),
  /** What it is compared with: the same period a year before (同比), or the one just before (环比). */
  basis: z.enum(['yearOnYear', 'periodOnPeriod', 'unstated']),
  /** The level this change belongs to, when the report states both (警情39665起,同比下降4.49%). */
  of: z.optional(kebabId),
});
export type Change = z.infer<typeof changeSchema>;

/**
 * A figure whose period or scope differs from the report's year: 累计 (cumulative), 今年以来 (year to date),
 * 2021年上半年 (part of the year), 自2020年10月以来 (since a date). Absent means the report's year.
 */
const scopeSchema = z.object({
  kind: z.enum(['cumulative', 'yearToDate', 'partOfYear', 'since', 'other']),
  /** The report's own words for it, and ours in English. */
  label: localizedText(textLimits.label),
});
export type Scope = z.infer<typeof scopeSchema>;

/** How far a person has checked a proposed figure (drafts only; a reviewed report leaves it out). */
const reviewStateSchema = z.enum(['proposed', 'edited', 'accepted']);
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const figureSchema = z.object({
  id: kebabId,
  label: localizedText(textLimits.label),
  /** Absent only for a change whose direction alone the report states (刑事立案同比下降). */
  value: z.optional(z.number()),
  unit: localizedText(textLimits.unit),
  qualifier: qualifierSchema,
  /** The figure exactly as the report writes it, e.g. "700余个"; the clause must contain it. */
  reportedAs: screenText(textLimits.reportedAs),
  /** The report says the figure reached this value (达470人): still exact, and shown with that word. */
  reached: z.optional(z.boolean()),
  change: z.optional(changeSchema),
  scope: z.optional(scopeSchema),
  theme: themeSchema,
  /** Among the report's headline figures (the overview shows these first). */
  headline: z.optional(z.boolean()),
  source: sourceSchema,
  review: z.optional(reviewStateSchema),
});
export type Figure = z.infer<typeof figureSchema>;

/**
 * A figure computed from report figures. Only the recipe is stored, never a value: the code computes it and
 * the screen shows the formula. The formulas are a closed set (src/lib/derived-figures.ts).
 */
const derivedFormulaSchema = z.enum(['percentOf', 'perUnit', 'sum', 'difference']);
export type DerivedFormula = z.infer<typeof derivedFormulaSchema>;

const derivedFigureSchema = z.object({
  id: kebabId,
  label: localizedText(textLimits.label),
  formula: derivedFormulaSchema,
  /** Figure ids, in the formula's order: percentOf and perUnit take [part, whole] / [amount, per]. */
  inputs: z.array(kebabId).check(z.minLength(2), z.maxLength(8)),
  /** The result's unit; percentOf is always %. */
  unit: localizedText(textLimits.unit),
  theme: themeSchema,
});
export type DerivedFigureDefinition = z.infer<typeof derivedFigureSchema>;

/** Two statements of the report about the same quantity that disagree. */
const contradictionSchema = z.object({
  id: kebabId,
  figureIds: z.array(kebabId).check(z.minLength(2)),
  note: localizedText(textLimits.note),
});
export type Contradiction = z.infer<typeof contradictionSchema>;

const structureItemSchema = z.object({
  section: sectionSchema,
  /** A short title in our own words, not a quotation. */
  title: localizedText(textLimits.title),
});

/**
 * One part of the report's structure as the report groups it: 一、主要举措和成效 (measures), 二、不足 (shortcomings),
 * 三、主要负责人履职 (the principal leader's duties), 四、下一年安排 (plans).
 */
const structurePartKindSchema = z.enum(['measures', 'shortcomings', 'leaderDuties', 'plans', 'other']);
export type StructurePartKind = z.infer<typeof structurePartKindSchema>;

const structurePartSchema = z.object({
  section: sectionSchema,
  kind: structurePartKindSchema,
  /** The part's heading in our words; the year it concerns comes from `year` (plans: the year after). */
  title: localizedText(textLimits.title),
  items: z.array(structureItemSchema),
});
export type StructurePart = z.infer<typeof structurePartSchema>;

// The layout, as data: scenes of panels, each naming the figures it shows (see docs/data.md).
const panelTitle = z.optional(localizedText(textLimits.title));
const panelNote = z.optional(localizedText(textLimits.note));
const figureIds = z.array(kebabId).check(z.minLength(1), z.maxLength(24));

const panelSchema = z.discriminatedUnion('kind', [
  /** Big numbers with their label, qualifier and source; `headline` makes them the largest on screen. */
  z.object({ kind: z.literal('tiles'), title: panelTitle, note: panelNote, figures: figureIds, size: z.optional(z.enum(['headline', 'regular'])) }),
  /** Horizontal bars on one axis: two or more levels that share a unit. */
  z.object({ kind: z.literal('bars'), title: panelTitle, note: panelNote, figures: figureIds }),
  /** A target beside what was reached (when the report states it). */
  z.object({ kind: z.literal('target'), title: panelTitle, note: panelNote, figures: figureIds }),
  /** Two statements of the report that disagree, side by side, with the contradiction's note. */
  z.object({ kind: z.literal('contradiction'), title: panelTitle, note: panelNote, contradiction: kebabId }),
  /** Parts of the report's structure (measures, shortcomings, duties, plans), by their sections. */
  z.object({ kind: z.literal('structure'), title: panelTitle, note: panelNote, parts: z.array(sectionSchema).check(z.minLength(1)) }),
]);
export type Panel = z.infer<typeof panelSchema>;

const sceneSchema = z.object({
  /** Public contract: ?scene=<id>, ?scenes=a,b. */
  id: kebabId,
  title: localizedText(textLimits.label),
  description: z.optional(localizedText(textLimits.description)),
  panels: z.array(panelSchema).check(z.minLength(1), z.maxLength(8)),
});
export type Scene = z.infer<typeof sceneSchema>;

const layoutSchema = z.object({
  scenes: z.array(sceneSchema).check(z.minLength(1), z.maxLength(60)),
});
export type Layout = z.infer<typeof layoutSchema>;

/** Where and when the report was published, as far as it is known (the report text itself carries no date). */
const publicationSchema = z.object({
  date: z.optional(z.iso.date()),
  url: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(300))),
});

/** A report produced by `npm run data:draft` and not yet reviewed by a person. */
const reportStatusSchema = z.enum(['draft', 'reviewed']);

/** A number in a draft's source text that is not an indicator, and why (a year, a title in 《》, an ordinal …). */
const notIndicatorSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(textLimits.reportedAs)),
  reason: z.string().check(z.minLength(1), z.maxLength(64)),
  section: z.optional(sectionSchema),
  clause: z.optional(z.string().check(z.maxLength(textLimits.clause))),
});

const draftInfoSchema = z.object({
  /** The text file the draft was made from. */
  sourceFile: z.optional(z.string().check(z.maxLength(300))),
  notIndicators: z.array(notIndicatorSchema),
  warnings: z.array(z.string().check(z.maxLength(400))),
});
export type DraftInfo = z.infer<typeof draftInfoSchema>;

const reportSummarySchema = z.object({
  id: kebabId,
  title: localizedText(textLimits.title),
  unit: localizedText(textLimits.title),
  /** The year the report covers (2022 年度). */
  year: z.int().check(z.gte(1949), z.lte(2100)),
  publication: z.optional(publicationSchema),
  /** Absent means reviewed. */
  status: z.optional(reportStatusSchema),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** The most figures, derived figures and structure items a report may hold: far past any real report. */
const reportLimits = { figures: 200, derived: 50, structureItems: 120 } as const;

export const reportSchema = z
  .extend(reportSummarySchema, {
    // At least one figure, except in a draft (checkReport): a text with no figures still drafts to a valid file.
    figures: z.array(figureSchema).check(z.maxLength(reportLimits.figures)),
    derived: z.optional(z.array(derivedFigureSchema).check(z.maxLength(reportLimits.derived))),
    contradictions: z.array(contradictionSchema),
    structure: z.array(structurePartSchema).check(z.maxLength(12)),
    layout: z.optional(layoutSchema),
    draft: z.optional(draftInfoSchema),
  })
  .check(z.superRefine((report, ctx) => checkReport(report, (path, message) => ctx.addIssue({ code: 'custom', path, message }))));
export type Report = z.infer<typeof reportSchema>;
/** A report with its layout: its own, or one generated from its figures (src/lib/layout/generate-layout.ts). */
export type LaidOutReport = Report & { layout: Layout };

/** What the app keeps of a report once fetched (its layout is always there by then, see report-queries.ts). */
export const laidOutReportSchema = reportSchema.check(z.refine((report) => report.layout !== undefined, 'the layout is missing'));

type Complain = (path: Array<string | number>, message: string) => void;

/** The rules that span fields: ids, values against units, the clause, derived inputs, and the layout's coverage. */
function checkReport(report: z.infer<typeof reportSummarySchema> & Omit<Report, keyof ReportSummary>, complain: Complain): void {
  if (report.figures.length === 0 && report.status !== 'draft') complain(['figures'], 'a report needs at least one figure (only a draft may have none)');
  const figures = new Map<string, (typeof report.figures)[number]>();
  report.figures.forEach((figure, index) => {
    const at = (...rest: Array<string | number>) => ['figures', index, ...rest];
    if (figures.has(figure.id)) complain(at('id'), `duplicate figure id "${figure.id}"`);
    figures.set(figure.id, figure);
    if (!figure.source.clause.includes(figure.reportedAs)) complain(at('reportedAs'), `"${figure.reportedAs}" does not occur in the cited clause`);
    for (const problem of valueRules.problems(figure)) complain(at(problem.field), problem.message);
  });
  report.figures.forEach((figure, index) => {
    const of = figure.change?.of;
    if (of === undefined) return;
    const level = figures.get(of);
    if (!level) complain(['figures', index, 'change', 'of'], `unknown figure id "${of}"`);
    else if (level.change) complain(['figures', index, 'change', 'of'], `"${of}" is itself a change, not a level`);
  });

  const derivedIds = new Set<string>();
  (report.derived ?? []).forEach((definition, index) => {
    const at = (...rest: Array<string | number>) => ['derived', index, ...rest];
    if (figures.has(definition.id) || derivedIds.has(definition.id)) complain(at('id'), `duplicate figure id "${definition.id}"`);
    derivedIds.add(definition.id);
    if ((definition.formula === 'percentOf' || definition.formula === 'perUnit') && definition.inputs.length !== 2) {
      complain(at('inputs'), `${definition.formula} takes exactly two inputs`);
    }
    if (definition.formula === 'difference' && definition.inputs.length !== 2) complain(at('inputs'), 'difference takes exactly two inputs');
    definition.inputs.forEach((inputId, inputIndex) => {
      const input = figures.get(inputId);
      if (!input) return complain(at('inputs', inputIndex), `unknown figure id "${inputId}"`);
      // A target is not an achieved figure, and a change is not a level: computing with either would present
      // a number the report never gave (such as a headcount inferred from a staffing target).
      if (input.qualifier === 'target') complain(at('inputs', inputIndex), `"${inputId}" is a target; derived figures take only reported levels`);
      if (input.change) complain(at('inputs', inputIndex), `"${inputId}" is a change; derived figures take only reported levels`);
      if (input.value === undefined) complain(at('inputs', inputIndex), `"${inputId}" has no value`);
    });
    if ((definition.formula === 'sum' || definition.formula === 'difference') && new Set(definition.inputs.map((id) => figures.get(id)?.unit.zh)).size > 1) {
      complain(at('inputs'), `${definition.formula} needs inputs that share a unit`);
    }
  });

  const knownIds = new Set([...figures.keys(), ...derivedIds]);
  const contradictions = new Map<string, readonly string[]>();
  report.contradictions.forEach((contradiction, index) => {
    if (contradictions.has(contradiction.id)) complain(['contradictions', index, 'id'], `duplicate contradiction id "${contradiction.id}"`);
    contradictions.set(contradiction.id, contradiction.figureIds);
    contradiction.figureIds.forEach((figureId, idIndex) => {
      if (!figures.has(figureId)) complain(['contradictions', index, 'figureIds', idIndex], `unknown figure id "${figureId}"`);
    });
  });

  const partSections = new Set<string>();
  report.structure.forEach((part, index) => {
    if (partSections.has(part.section)) complain(['structure', index, 'section'], `duplicate structure part "${part.section}"`);
    partSections.add(part.section);
  });
  const itemCount = report.structure.reduce((sum, part) => sum + part.items.length, 0);
  if (itemCount > reportLimits.structureItems) complain(['structure'], `at most ${reportLimits.structureItems} structure items`);

  if (report.layout) checkLayout(report.layout, { figures, knownIds, contradictions, partSections }, complain);
}

function checkLayout(
  layout: Layout,
  known: { figures: Map<string, Figure>; knownIds: Set<string>; contradictions: Map<string, readonly string[]>; partSections: Set<string> },
  complain: Complain,
): void {
  const shown = new Set<string>();
  const sceneIds = new Set<string>();
  layout.scenes.forEach((scene, sceneIndex) => {
    if (sceneIds.has(scene.id)) complain(['layout', 'scenes', sceneIndex, 'id'], `duplicate scene id "${scene.id}"`);
    sceneIds.add(scene.id);
    scene.panels.forEach((panel, panelIndex) => {
      const at = (...rest: Array<string | number>) => ['layout', 'scenes', sceneIndex, 'panels', panelIndex, ...rest];
      if (panel.kind === 'contradiction') {
        const statements = known.contradictions.get(panel.contradiction);
        if (!statements) complain(at('contradiction'), `unknown contradiction id "${panel.contradiction}"`);
        statements?.forEach((id) => shown.add(id));
        return;
      }
      if (panel.kind === 'structure') {
        panel.parts.forEach((section, partIndex) => {
          if (!known.partSections.has(section)) complain(at('parts', partIndex), `unknown structure part "${section}"`);
        });
        return;
      }
      panel.figures.forEach((id, idIndex) => {
        if (!known.knownIds.has(id)) complain(at('figures', idIndex), `unknown figure id "${id}"`);
        shown.add(id);
        const change = known.figures.get(id)?.change;
        // A change shown on its level's tile counts as shown.
        if (change?.of) shown.add(change.of);
      });
      if (panel.kind === 'bars') {
        const bars = panel.figures.map((id) => known.figures.get(id)).filter((figure) => figure !== undefined);
        if (panel.figures.length < 2) complain(at('figures'), 'a bar chart needs two or more figures');
        if (bars.some((figure, index) => bars.slice(index + 1).some((other) => !sameUnit(figure.unit, other.unit)))) {
          const units = [...new Set(bars.map((figure) => (figure.unit.en ? `${figure.unit.zh} (${figure.unit.en})` : figure.unit.zh)))];
          complain(at('figures'), `bars need one unit; these have ${units.join(', ')}`);
        }
        for (const figure of bars) {
          if (figure.change || figure.value === undefined) complain(at('figures'), `"${figure.id}" is a change, not a level, and cannot be a bar`);
          if (figure.qualifier === 'target') complain(at('figures'), `"${figure.id}" is a target; use a target panel`);
        }
      }
    });
  });
  // Every figure is on screen somewhere; data:check names each one a layout leaves out.
  for (const id of known.knownIds) {
    if (!shown.has(id) && !changeShownWithLevel(id, known.figures, shown)) complain(['layout'], `figure "${id}" is not shown on any scene`);
  }
}

function changeShownWithLevel(id: string, figures: Map<string, Figure>, shown: Set<string>): boolean {
  const of = figures.get(id)?.change?.of;
  return of !== undefined && shown.has(of);
}

export const reportListSchema = z.object({
  reports: z.array(reportSummarySchema).check(z.maxLength(500)),
});
export type ReportList = z.infer<typeof reportListSchema>;

export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Makes zod's own issue messages readable English ("expected number, received string"); off in the browser. */
export async function enableEnglishIssueMessages(): Promise<void> {
  const { en } = await import('zod/locales');
  z.config(en());
}

/** The report schema as JSON Schema, for a backend team implementing docs/api.md. */
export function reportJsonSchema() {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
