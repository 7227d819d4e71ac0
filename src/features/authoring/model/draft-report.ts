import { figureSchema, reportSchema, textLimits, type Contradiction, type Figure, type Report } from '@/data/report-schema';
import { openingSection } from '@/data/section-ref';
import { findContradictions, isRepetition } from '@/features/authoring/model/contradictions';
import { extractFigures, type Extraction, type Proposal } from '@/features/authoring/model/figure-proposals';
import { structureOf } from '@/features/authoring/model/structure';

// A report's text → a draft report in the report schema: proposed figures (review: 'proposed'), the numbers
// that are not indicators, contradictions, the structure and the warnings a reviewer should read first. The
// same function serves `npm run data:draft` and the browser's review page, so both write the same file.

export type DraftOptions = {
  id: string;
  /** The bureau, as the report names itself (烟台市公安局). */
  unit: string;
  year: number;
  /** The file the text came from, as the user named it (no directories). */
  sourceFile?: string;
};

export type DraftResult = {
  report: Report;
  /** The proposals behind report.figures, with their offsets in the text (for highlighting). */
  extraction: Extraction;
  /** Each figure's proposal, by figure id. */
  proposalOf: ReadonlyMap<string, Proposal>;
};

const warningLimit = 400;

/** The first line, when it is the report's own title (…报告, short, without sentence punctuation). */
function titleLine(text: string): string | undefined {
  const first = text.split(/\r?\n/u).map((line) => line.trim()).find((line) => line !== '');
  if (!first || first.length > textLimits.title || /[，,。；;]/u.test(first) || !/报告$/u.test(first)) return undefined;
  return first;
}

function slice(text: string, start: number, end: number, limit: number): string {
  const written = text.slice(start, end).trim();
  return written.length > limit ? written.slice(0, limit) : written;
}

/** theme-1, theme-2 … in reading order; a change belongs to its level (…-change), a completion too (…-done). */
function assignIds(kept: readonly Proposal[], all: readonly Proposal[]): string[] {
  const counters = new Map<string, number>();
  const ids: string[] = [];
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  kept.forEach((proposal, position) => {
    const level = proposal.of !== undefined ? all[proposal.of] : undefined;
    const levelPosition = level ? kept.indexOf(level) : -1;
    if (levelPosition !== -1 && levelPosition < position) {
      ids.push(unique(`${ids[levelPosition]}-change`));
      return;
    }
    const previous = kept[position - 1];
    if (proposal.kind === 'completion' && previous && previous.numberStart === proposal.numberStart) {
      ids.push(unique(`${ids[position - 1]}-done`));
      return;
    }
    const next = (counters.get(proposal.theme) ?? 0) + 1;
    counters.set(proposal.theme, next);
    ids.push(unique(`${proposal.theme}-${next}`));
  });
  return ids;
}

export function draftReport(sourceText: string, options: DraftOptions): DraftResult {
  // A byte-order mark is not part of the text; offsets stay those of the text without it.
  const text = sourceText.replace(/^\uFEFF/u, '');
  const extraction = extractFigures(text, { year: options.year });
  const { proposals } = extraction;
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (warnings.length < 200) warnings.push(message.length > warningLimit ? `${message.slice(0, warningLimit - 1)}…` : message);
  };

  // A figure stated twice with one value is one figure (宣城: the same clause printed twice).
  const kept: Proposal[] = [];
  const keptFor = new Map<number, Proposal>();
  proposals.forEach((proposal, index) => {
    const earlier = kept.find((candidate) => isRepetition(candidate, proposal));
    if (earlier) {
      keptFor.set(index, earlier);
      const where = earlier.section === proposal.section ? earlier.section : `${earlier.section} and ${proposal.section}`;
      warn(`“${slice(text, proposal.clause.start, proposal.clause.end, 60)}” states “${slice(text, proposal.start, proposal.end, 30)}” a second time (${where}); proposed once.`);
      return;
    }
    keptFor.set(index, proposal);
    kept.push(proposal);
  });
  // A change whose level was a repetition belongs to the level kept.
  const resolved = kept.map((proposal) => {
    if (proposal.of === undefined) return proposal;
    const level = keptFor.get(proposal.of);
    return { ...proposal, of: level ? proposals.indexOf(level) : undefined };
  });

  const ids = assignIds(resolved, proposals);
  const idOfIndex = new Map<number, string>();
  kept.forEach((proposal, position) => idOfIndex.set(proposals.indexOf(proposal), ids[position] as string));

  const figures: Figure[] = [];
  const proposalOf = new Map<string, Proposal>();
  resolved.forEach((proposal, position) => {
    const id = ids[position] as string;
    const ofId = proposal.of !== undefined ? idOfIndex.get(proposal.of) : undefined;
    const figure: Figure = {
      id,
      label: { zh: proposal.label.slice(0, textLimits.label) },
      ...(proposal.value !== undefined ? { value: proposal.value } : {}),
      unit: proposal.unit,
      qualifier: proposal.qualifier,
      reportedAs: slice(text, proposal.start, proposal.end, textLimits.reportedAs),
      ...(proposal.reached ? { reached: true } : {}),
      ...(proposal.change ? { change: { ...proposal.change, ...(ofId ? { of: ofId } : {}) } } : {}),
      ...(proposal.scope ? { scope: proposal.scope } : {}),
      theme: proposal.theme,
      headline: proposal.headline,
      source: { section: proposal.section, clause: slice(text, proposal.clause.start, proposal.clause.end, textLimits.clause) },
      review: 'proposed',
    };
    // A proposal the schema would refuse (a control character in the clause, say) is left out, with the reason.
    const checked = figureSchema.safeParse(figure);
    if (!checked.success || !figure.source.clause.includes(figure.reportedAs)) {
      warn(`“${figure.reportedAs}” in ${figure.source.section} was not proposed: ${checked.success ? 'its words do not fit in one clause' : (checked.error.issues[0]?.message ?? 'invalid')}.`);
      return;
    }
    figures.push(checked.data);
    proposalOf.set(id, proposal);
    if (proposal.unitGuessed) warn(`${id}: the report gives “${figure.reportedAs}” with no measure word; the unit “${figure.unit.zh}” is a guess.`);
    if (!proposal.themeConfident) warn(`${id}: the theme “${figure.theme}” is a guess from few words.`);
  });

  const figureIds = new Set(figures.map((figure) => figure.id));
  const contradictions: Contradiction[] = [];
  for (const [a, b] of findContradictions(resolved)) {
    const first = resolved[a] as Proposal;
    const second = resolved[b] as Proposal;
    const firstId = ids[a] as string;
    const secondId = ids[b] as string;
    if (!figureIds.has(firstId) || !figureIds.has(secondId)) continue;
    const firstAs = slice(text, first.start, first.end, 30);
    const secondAs = slice(text, second.start, second.end, 30);
    contradictions.push({
      id: `contradiction-${contradictions.length + 1}`,
      figureIds: [firstId, secondId],
      note: { zh: `报告两处给出的数字不同：${first.section}为“${firstAs}”，${second.section}为“${secondAs}”，未说明差异原因。`.slice(0, textLimits.note) },
    });
  }

  if (figures.length === 0) warn('No figures were found in the text: is it the report itself, and complete?');
  if (figures.some((figure) => figure.source.section === openingSection)) {
    warn(`Figures before the first heading have the section “${openingSection}” (the report’s introduction) and are proposed as headline figures.`);
  }

  const report: Report = {
    id: options.id,
    title: { zh: titleLine(text) ?? `${options.unit}${options.year}年度法治政府建设情况报告`.slice(0, textLimits.title) },
    unit: { zh: options.unit },
    year: options.year,
    status: 'draft',
    figures: figures.slice(0, 200),
    contradictions,
    structure: structureOf(extraction.report),
    draft: {
      ...(options.sourceFile ? { sourceFile: options.sourceFile.slice(0, 300) } : {}),
      notIndicators: extraction.notIndicators.map((entry) => ({
        text: entry.text.slice(0, textLimits.reportedAs),
        reason: entry.reason.slice(0, 64),
        section: entry.section,
        clause: slice(text, entry.clause.start, entry.clause.end, textLimits.clause),
      })),
      warnings,
    },
  };
  if (figures.length > 200) warn(`Only the first 200 of ${figures.length} figures were kept (the schema’s limit).`);
  return { report, extraction, proposalOf };
}

/**
 * The draft, checked against the report schema: its issues if it fails (a bug here, never the user's text).
 * @public scripts/data-draft.mjs loads it through importTs, which knip cannot follow.
 */
export function checkDraft(report: Report): string[] {
  const parsed = reportSchema.safeParse(report);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
