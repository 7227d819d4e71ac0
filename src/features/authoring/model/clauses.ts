import { enclosureAround, paragraphAt, sentenceEndCharacters, type ReportText, type TextRange } from '@/features/authoring/model/report-text';

// The clause that states a figure: the shortest stretch between punctuation around it. Marks inside quotes,
// 《》 and brackets do not end a clause (“日清、周巡、月通报” is one name), unless the figure itself stands in
// the brackets ((醉驾132起) is its own clause). 、 is handled by the caller, which knows where the figures are.

const clauseEnds = '，,。；;：:！!？?';

/** Offsets a clause may not run past: the paragraph, the brackets around the figure, and heading markers. */
function limitsFor(report: ReportText, start: number, end: number): TextRange {
  const paragraph = paragraphAt(report, start) ?? { start: 0, end: report.text.length };
  let lower = paragraph.start;
  let upper = paragraph.end;
  const bracket = enclosureAround(report, start, end, ['bracket']);
  if (bracket) {
    lower = Math.max(lower, bracket.start + 1);
    upper = Math.min(upper, bracket.end - 1);
  }
  for (const heading of report.headings) {
    if (heading.start >= upper) break;
    // A clause starts after a marker (一是, ①) and never takes a heading's title along with the body.
    if (heading.markerEnd <= start) lower = Math.max(lower, heading.markerEnd);
    if (heading.titleEnd > heading.markerEnd && heading.titleEnd <= start) lower = Math.max(lower, heading.titleEnd);
    if (heading.start >= end) upper = Math.min(upper, heading.start);
  }
  return { start: lower, end: upper };
}

/** True when the offset lies inside a quote, title or bracket that does not also hold [start, end). */
function shielded(report: ReportText, offset: number, start: number, end: number): boolean {
  return report.enclosures.some((span) => offset > span.start && offset < span.end - 1 && !(span.start < start && span.end > end));
}

function scan(report: ReportText, start: number, end: number, stops: string): TextRange {
  const { text } = report;
  const limits = limitsFor(report, start, end);
  let left = start;
  while (left > limits.start && !(stops.includes(text[left - 1] as string) && !shielded(report, left - 1, start, end))) left -= 1;
  let right = end;
  while (right < limits.end && !(stops.includes(text[right] as string) && !shielded(report, right, start, end))) right += 1;
  return trimRange(text, { start: left, end: right });
}

/** The stretch between clause punctuation (，。；： and their half-width forms) around [start, end). */
export function commaClause(report: ReportText, start: number, end: number): TextRange {
  return scan(report, start, end, clauseEnds);
}

/** The sentence around [start, end): up to 。！？；, within the paragraph and after any point marker. */
export function sentenceAround(report: ReportText, start: number, end: number): TextRange {
  return scan(report, start, end, sentenceEndCharacters);
}

/** The 、 in a range that separate list items (not those inside quotes, titles or brackets). */
export function listSeparators(report: ReportText, range: TextRange, start: number, end: number): number[] {
  const separators: number[] = [];
  for (let offset = range.start; offset < range.end; offset += 1) {
    if (report.text[offset] === '、' && !shielded(report, offset, start, end)) separators.push(offset);
  }
  return separators;
}

/** The comma-clause just before a range, if only a comma (not a full stop) separates them. */
export function previousClause(report: ReportText, range: TextRange): TextRange | undefined {
  let comma = range.start - 1;
  while (comma >= 0 && /[ \u3000]/u.test(report.text[comma] as string)) comma -= 1;
  if (comma < 0 || !'，,'.includes(report.text[comma] as string)) return undefined;
  const paragraph = paragraphAt(report, range.start);
  if (!paragraph || comma <= paragraph.start) return undefined;
  const before = commaClause(report, comma - 1, comma);
  return before.end > before.start ? before : undefined;
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] as string)) start += 1;
  while (end > start && /\s/u.test(text[end - 1] as string)) end -= 1;
  return { start, end };
}
