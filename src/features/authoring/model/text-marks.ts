import type { DraftResult } from '@/features/authoring/model/draft-report';

// The report's text cut into plain runs and highlighted numbers, for the review page: each proposed figure and
// each number that is not an indicator becomes a mark that points at its entry in the lists beside the text.

export type MarkTarget = { kind: 'figure'; id: string } | { kind: 'notIndicator'; index: number };

export type TextMark = {
  /** Stable within one draft: the offset where the mark starts. */
  key: string;
  start: number;
  end: number;
  /** What the mark stands for; more than one only where two spans cover exactly the same words. */
  targets: MarkTarget[];
};

type TextRun = { kind: 'text'; text: string } | { kind: 'mark'; text: string; mark: TextMark };

/** One line of the text (a paragraph or a heading), as runs. */
export type TextLine = { key: string; runs: TextRun[] };

export const targetKey = (target: MarkTarget): string => (target.kind === 'figure' ? `figure:${target.id}` : `not:${target.index}`);

type Span = { start: number; end: number; target: MarkTarget };

/**
 * Marks that never overlap. Where spans overlap (a count and its completion, 4308件 inside 4308件…已全部清零),
 * each stretch of text goes to the shortest span covering it, so both stay visible and selectable.
 */
export function textMarks(draft: DraftResult): TextMark[] {
  const spans: Span[] = [];
  for (const figure of draft.report.figures) {
    const proposal = draft.proposalOf.get(figure.id);
    if (proposal && proposal.end > proposal.start) spans.push({ start: proposal.start, end: proposal.end, target: { kind: 'figure', id: figure.id } });
  }
  draft.extraction.notIndicators.forEach((entry, index) => {
    if (entry.end > entry.start) spans.push({ start: entry.start, end: entry.end, target: { kind: 'notIndicator', index } });
  });
  const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const marks: TextMark[] = [];
  const placed = new Set<Span>();
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    if (covering.length === 0) continue;
    const shortest = Math.min(...covering.map((span) => span.end - span.start));
    const owners = covering.filter((span) => span.end - span.start === shortest);
    owners.forEach((span) => placed.add(span));
    const previous = marks.at(-1);
    const sameOwners = previous && previous.end === start && previous.targets.length === owners.length && owners.every((span, at) => targetKey(span.target) === targetKey(previous.targets[at] as MarkTarget));
    if (previous && sameOwners) previous.end = end;
    else marks.push({ key: `m${start}`, start, end, targets: owners.map((span) => span.target) });
  }
  return marks;
}

/** The text as lines of runs; blank lines are left out, and a mark that runs over a line break stays whole. */
export function markedLines(text: string, marks: readonly TextMark[]): TextLine[] {
  const lines: TextLine[] = [];
  let runs: TextRun[] = [];
  let lineStart = 0;
  const endLine = () => {
    if (runs.some((run) => run.kind === 'mark' || run.text.trim() !== '')) lines.push({ key: `l${lineStart}`, runs });
    runs = [];
  };
  const plain = (from: number, to: number) => {
    const parts = text.slice(from, to).split(/\r?\n/u);
    let offset = from;
    parts.forEach((part, index) => {
      if (index > 0) {
        endLine();
        lineStart = offset;
      }
      if (part !== '') runs.push({ kind: 'text', text: part });
      offset += part.length + (text.startsWith('\r\n', offset + part.length) ? 2 : 1);
    });
  };
  let at = 0;
  for (const mark of marks) {
    plain(at, mark.start);
    runs.push({ kind: 'mark', text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  plain(at, text.length);
  endLine();
  return lines;
}
