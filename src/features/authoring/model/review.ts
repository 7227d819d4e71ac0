import { figureSchema, reportSchema, type Change, type Contradiction, type Figure, type Report, type ReviewState } from '@/data/report-schema';
import { markReviewed } from '@/features/authoring/model/report-file';

// A person's decisions on a draft, and the report file they make: accepted and edited figures are kept with their
// review state, rejected ones are dropped (and so are the contradictions that name them), and the file is marked
// reviewed only when nothing is left to decide. Pure: the review page and its tests run it without React.

export type Verdict = 'accepted' | 'rejected';

export type Review = {
  /** The decision on each figure, by id; a figure with none is still proposed. */
  figures: Readonly<Record<string, Verdict>>;
  /** Figures the person changed, by id, as changed. Saving an edit accepts the figure. */
  edits: Readonly<Record<string, Figure>>;
  /** The decision on each proposed contradiction, by id. */
  contradictions: Readonly<Record<string, Verdict>>;
  /** The person asked for a reviewed file; it is one only once nothing is left to decide (see reviewProgress). */
  markReviewed: boolean;
};

export const emptyReview: Review = { figures: {}, edits: {}, contradictions: {}, markReviewed: false };

export type FigureState = ReviewState | 'rejected';

export function figureState(review: Review, id: string): FigureState {
  const verdict = review.figures[id];
  if (verdict === 'rejected') return 'rejected';
  if (verdict === 'accepted') return review.edits[id] ? 'edited' : 'accepted';
  return 'proposed';
}

/** The figure as it stands now: the person's version where they edited it. */
export function currentFigure(draft: Report, review: Review, id: string): Figure | undefined {
  return review.edits[id] ?? draft.figures.find((figure) => figure.id === id);
}

/** `dropped`: a figure it names was rejected, so it cannot stay in the file whatever its own decision. */
export type ContradictionState = 'proposed' | Verdict | 'dropped';

export function contradictionState(review: Review, contradiction: Contradiction): ContradictionState {
  if (contradiction.figureIds.some((id) => review.figures[id] === 'rejected')) return 'dropped';
  return review.contradictions[contradiction.id] ?? 'proposed';
}

export type ReviewProgress = {
  figures: number;
  accepted: number;
  edited: number;
  rejected: number;
  proposed: number;
  /** Contradictions still to accept or reject (dropped ones need no decision). */
  contradictionsOpen: number;
  /** Every figure and contradiction decided, and at least one figure kept (a report needs one). */
  complete: boolean;
};

export function reviewProgress(draft: Report, review: Review): ReviewProgress {
  const counts = { accepted: 0, edited: 0, rejected: 0, proposed: 0 };
  for (const figure of draft.figures) counts[figureState(review, figure.id)] += 1;
  const contradictionsOpen = draft.contradictions.filter((contradiction) => contradictionState(review, contradiction) === 'proposed').length;
  return {
    figures: draft.figures.length,
    ...counts,
    contradictionsOpen,
    complete: counts.proposed === 0 && contradictionsOpen === 0 && counts.accepted + counts.edited > 0,
  };
}

const withoutLevel = ({ of: _of, ...rest }: Change): Change => rest;

/**
 * The report file for a draft and the decisions so far: what the download writes and the preview shows. With no
 * decisions it is the draft itself, so it serialises to exactly what `npm run data:draft` writes.
 */
export function reviewedReport(draft: Report, review: Review): Report {
  const kept = draft.figures.filter((figure) => review.figures[figure.id] !== 'rejected');
  const keptIds = new Set(kept.map((figure) => figure.id));
  const figures = kept.map((original): Figure => {
    const figure = review.edits[original.id] ?? original;
    // A change whose level was rejected stays, as a figure of its own.
    const level = figure.change?.of;
    const change = figure.change && level !== undefined && !keptIds.has(level) ? withoutLevel(figure.change) : figure.change;
    return { ...figure, ...(change ? { change } : {}), review: figureState(review, original.id) as ReviewState };
  });
  const contradictions = draft.contradictions.filter((contradiction) => {
    const state = contradictionState(review, contradiction);
    return state !== 'rejected' && state !== 'dropped';
  });
  const report: Report = { ...draft, figures, contradictions };
  return review.markReviewed && reviewProgress(draft, review).complete ? markReviewed(report) : report;
}

/** The fields the review page lets a person edit. */
export type EditField = 'value' | 'qualifier' | 'unitZh' | 'unitEn' | 'labelZh' | 'labelEn' | 'theme' | 'headline' | 'reportedAs' | 'section' | 'clause';

export type EditIssue = { field: EditField | undefined; message: string };

function fieldAt(path: readonly PropertyKey[]): EditField | undefined {
  const [first, second] = path;
  if (first === 'label') return second === 'en' ? 'labelEn' : 'labelZh';
  // The value rules put a unit that is % in one language only on `unit` itself.
  if (first === 'unit') return second === 'en' ? 'unitEn' : 'unitZh';
  if (first === 'source') return second === 'section' ? 'section' : 'clause';
  if (first === 'value' || first === 'qualifier' || first === 'theme' || first === 'headline' || first === 'reportedAs') return first;
  return undefined;
}

/**
 * What the report schema says about a figure as edited, field by field: the whole file is checked with the edit
 * in it, so the rules across fields (a count must be whole, % in both languages or neither) apply too.
 */
export function editIssues(draft: Report, review: Review, edited: Figure): EditIssue[] {
  const trial = reviewedReport(draft, {
    ...review,
    figures: { ...review.figures, [edited.id]: 'accepted' },
    edits: { ...review.edits, [edited.id]: edited },
    markReviewed: false,
  });
  const index = trial.figures.findIndex((figure) => figure.id === edited.id);
  const parsed = reportSchema.safeParse(trial);
  if (parsed.success) return [];
  return parsed.error.issues
    .filter((issue) => issue.path[0] === 'figures' && issue.path[1] === index)
    .map((issue) => ({ field: fieldAt(issue.path.slice(2)), message: issue.message }));
}

/** The edit to keep: the figure in the schema's key order, or none when it equals the proposal. */
export function settledEdit(original: Figure, edited: Figure): Figure | undefined {
  const figure = figureSchema.parse(edited);
  const comparable = ({ review: _review, ...rest }: Figure) => JSON.stringify(figureSchema.parse(rest));
  return comparable(figure) === comparable(original) ? undefined : figure;
}

/**
 * Decisions carried over to a new draft of the text (another year, say): a figure or contradiction keeps its
 * decision only where the new draft proposes exactly what the old one did under the same id.
 */
export function carryOver(previous: Report, review: Review, next: Report): Review {
  const same = <T>(a: T | undefined, b: T | undefined) => a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
  const oldFigure = new Map(previous.figures.map((figure) => [figure.id, figure]));
  const oldContradiction = new Map(previous.contradictions.map((contradiction) => [contradiction.id, contradiction]));
  const keptFigures = new Set(next.figures.filter((figure) => same(oldFigure.get(figure.id), figure)).map((figure) => figure.id));
  const keptContradictions = new Set(
    next.contradictions.filter((contradiction) => same(oldContradiction.get(contradiction.id), contradiction)).map((contradiction) => contradiction.id),
  );
  const pick = <T>(record: Readonly<Record<string, T>>, kept: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([id]) => kept.has(id)));
  return {
    figures: pick(review.figures, keptFigures),
    edits: pick(review.edits, keptFigures),
    contradictions: pick(review.contradictions, keptContradictions),
    markReviewed: review.markReviewed,
  };
}
