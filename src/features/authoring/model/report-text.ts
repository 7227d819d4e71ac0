import { openingSection } from '@/data/section-ref';
import { chineseOrdinal } from '@/features/authoring/model/chinese-numerals';

// A report's plain text cut into what the extractor needs: paragraphs, headings and the section each offset
// lies in, and the spans enclosed by quotes, 《》 and brackets. Offsets always index the original text, so
// every clause the extractor quotes is a verbatim substring of it.

export type HeadingLevel = 'part' | 'chapter' | 'item' | 'point' | 'sub';

export type Heading = {
  level: HeadingLevel;
  ordinal: number;
  /** Where the marker (一、 (一) 1. 一是 ①) starts. */
  start: number;
  /** Where the heading's own words begin, just after the marker. */
  markerEnd: number;
  /** Where its title ends: the first full stop, or the paragraph's end (points and sub-points have none). */
  titleEnd: number;
  title: string;
  /** The section this heading opens, in the grammar of src/data/section-ref.ts. */
  section: string;
};

export type TextRange = { start: number; end: number };

export type EnclosureKind = 'quote' | 'title' | 'bracket';
/** A span from its opening mark to just after its closing one. */
export type Enclosure = TextRange & { kind: EnclosureKind };

export type ReportText = {
  text: string;
  paragraphs: readonly TextRange[];
  headings: readonly Heading[];
  enclosures: readonly Enclosure[];
};

const chineseOrdinalPattern = '[一二三四五六七八九十]{1,3}';
const circledNumbers = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Where an inline marker may start: after these, a 一是 or ① begins a new point. */
const pointLeads = '。；;：:，,！!？?';
const sentenceEnds = '。！!？?';
const leadingSpace = /^[ \t\u3000\u00a0]*/u;

const markerPatterns: ReadonlyArray<{ level: HeadingLevel; pattern: RegExp; read: (match: RegExpExecArray) => number }> = [
  { level: 'chapter', pattern: new RegExp(`^[(（](${chineseOrdinalPattern})[)）][ \\u3000]*`, 'u'), read: (m) => readOrdinal(m[1]) },
  // 一、 or 一. opens a part; not 一、二级 (a digit or numeral straight after is a list, not a heading).
  { level: 'part', pattern: new RegExp(`^(${chineseOrdinalPattern})[、.．](?![一二三四五六七八九十])[ \\u3000]*`, 'u'), read: (m) => readOrdinal(m[1]) },
  // 第一部分 opens a part too, in reports that number their parts that way.
  { level: 'part', pattern: new RegExp(`^第(${chineseOrdinalPattern})部分[、:：，, \\u3000]*`, 'u'), read: (m) => readOrdinal(m[1]) },
  // 1. 1、 1．, but not 2.5万 (a decimal).
  { level: 'item', pattern: /^([1-9][0-9]?)[.．、](?![0-9０-９])[ \u3000]*/u, read: (m) => Number(m[1]) },
  { level: 'sub', pattern: /^[(（]([1-9][0-9]?)[)）][ \u3000]*/u, read: (m) => Number(m[1]) },
  { level: 'sub', pattern: new RegExp(`^([${circledNumbers}])[ \\u3000]*`, 'u'), read: (m) => circledNumbers.indexOf(m[1] ?? '') + 1 },
  { level: 'point', pattern: new RegExp(`^(${chineseOrdinalPattern})是(?![否的])`, 'u'), read: (m) => readOrdinal(m[1]) },
];

// The marker of the next level down, where it starts a heading inside a heading's line.
const nestedMarker: Partial<Record<HeadingLevel, RegExp>> = {
  part: new RegExp(`^[(（]${chineseOrdinalPattern}[)）]`, 'u'),
  chapter: /^[1-9][0-9]?[.．、](?![0-9０-９])/u,
};

function readOrdinal(text: string | undefined): number {
  if (!text) return 0;
  const digits = '一二三四五六七八九';
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? digits.indexOf(text) + 1 : 0;
  const tens = text.slice(0, ten);
  const ones = text.slice(ten + 1);
  if (tens.length > 1 || ones.length > 1) return 0;
  return (tens ? digits.indexOf(tens) + 1 : 1) * 10 + (ones ? digits.indexOf(ones) + 1 : 0);
}

const levelOrder: readonly HeadingLevel[] = ['part', 'chapter', 'item', 'point', 'sub'];
type Levels = Record<HeadingLevel, number>;

/** 三(三)1.一是① from the levels in force; the opening when no heading has been seen. */
function formatSection(levels: Levels): string {
  let section = '';
  if (levels.part) section += chineseOrdinal(levels.part);
  if (levels.chapter) section += `(${chineseOrdinal(levels.chapter)})`;
  if (levels.item) section += String(levels.item);
  if (levels.point) section += `${levels.item ? '.' : ''}${chineseOrdinal(levels.point)}是`;
  if (levels.sub && levels.sub <= circledNumbers.length) section += circledNumbers[levels.sub - 1];
  return section === '' ? openingSection : section;
}

function paragraphsOf(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    if (index === text.length || text[index] === '\n' || text[index] === '\r') {
      if (index > start) paragraphs.push({ start, end: index });
      start = index + 1;
    }
  }
  return paragraphs;
}

const openers: Readonly<Record<string, { close: string; kind: EnclosureKind; maxLength: number }>> = {
  '“': { close: '”', kind: 'quote', maxLength: 100 },
  '‘': { close: '’', kind: 'quote', maxLength: 100 },
  '「': { close: '」', kind: 'quote', maxLength: 100 },
  '『': { close: '』', kind: 'quote', maxLength: 100 },
  '《': { close: '》', kind: 'title', maxLength: 150 },
  '〈': { close: '〉', kind: 'title', maxLength: 150 },
  '(': { close: ')', kind: 'bracket', maxLength: 80 },
  '（': { close: '）', kind: 'bracket', maxLength: 80 },
  '〔': { close: '〕', kind: 'bracket', maxLength: 80 },
  '[': { close: ']', kind: 'bracket', maxLength: 80 },
  '【': { close: '】', kind: 'bracket', maxLength: 80 },
};

/** Quotes, titles and brackets that open and close within one paragraph; an unclosed mark encloses nothing. */
function enclosuresOf(text: string, paragraph: TextRange): Enclosure[] {
  const found: Enclosure[] = [];
  const stack: Array<{ at: number; close: string; kind: EnclosureKind; maxLength: number }> = [];
  for (let index = paragraph.start; index < paragraph.end; index += 1) {
    const character = text[index] as string;
    // A straight double quote closes the one open, or opens one.
    if (character === '"') {
      const open = stack.findLastIndex((entry) => entry.close === '"');
      if (open !== -1) {
        const entry = stack[open] as (typeof stack)[number];
        stack.length = open;
        if (index + 1 - entry.at <= entry.maxLength) found.push({ start: entry.at, end: index + 1, kind: 'quote' });
      } else stack.push({ at: index, close: '"', kind: 'quote', maxLength: 100 });
      continue;
    }
    const opener = openers[character];
    if (opener) {
      stack.push({ at: index, ...opener });
      continue;
    }
    const open = stack.findLastIndex((entry) => entry.close === character);
    if (open === -1) continue;
    const entry = stack[open] as (typeof stack)[number];
    stack.length = open;
    if (index + 1 - entry.at <= entry.maxLength) found.push({ start: entry.at, end: index + 1, kind: entry.kind });
  }
  return found;
}

/** Reads the report's structure. Pure: no I/O, so the browser's review page can call it too. */
export function readReportText(text: string): ReportText {
  const paragraphs = paragraphsOf(text);
  const headings: Heading[] = [];
  const enclosures: Enclosure[] = [];
  const levels: Levels = { part: 0, chapter: 0, item: 0, point: 0, sub: 0 };

  const open = (level: HeadingLevel, ordinal: number, start: number, markerEnd: number, titleEnd: number) => {
    if (!ordinal) return;
    levels[level] = ordinal;
    for (const deeper of levelOrder.slice(levelOrder.indexOf(level) + 1)) levels[deeper] = 0;
    headings.push({ level, ordinal, start, markerEnd, titleEnd, title: text.slice(markerEnd, titleEnd).trim(), section: formatSection(levels) });
  };

  for (const paragraph of paragraphs) {
    const paragraphEnclosures = enclosuresOf(text, paragraph);
    enclosures.push(...paragraphEnclosures);
    const insideEnclosure = (offset: number) => paragraphEnclosures.some((span) => offset > span.start && offset < span.end);
    // A new paragraph ends the points (一是 …) of the one before.
    levels.point = 0;
    levels.sub = 0;

    let cursor = paragraph.start + (leadingSpace.exec(text.slice(paragraph.start, paragraph.end))?.[0].length ?? 0);
    let atSentenceStart = true; // line start or just after 。: any marker may open here
    let atPointLead = true; // after a comma-like mark: only 一是 and ① may
    while (cursor < paragraph.end) {
      if (atPointLead && !insideEnclosure(cursor)) {
        const rest = text.slice(cursor, paragraph.end);
        const marker = markerPatterns.find(
          ({ level, pattern }) => (atSentenceStart || level === 'point' || level === 'sub') && pattern.test(rest),
        );
        const match = marker?.pattern.exec(rest);
        if (marker && match) {
          const markerEnd = cursor + match[0].length;
          // Points and sub-points mark a place in running text; higher headings carry a title up to the full stop.
          let titleEnd = markerEnd;
          let nested = false;
          if (marker.level !== 'point' && marker.level !== 'sub') {
            // The title runs to the full stop, or to a heading run into it (一、主要成效（一）执法监督。).
            const inner = nestedMarker[marker.level];
            while (titleEnd < paragraph.end && !sentenceEnds.includes(text[titleEnd] as string)) {
              if (titleEnd > markerEnd && inner?.test(text.slice(titleEnd, titleEnd + 8))) {
                nested = true;
                break;
              }
              titleEnd += 1;
            }
          }
          open(marker.level, marker.read(match), cursor, markerEnd, titleEnd);
          cursor = nested ? titleEnd : markerEnd;
          atSentenceStart = nested;
          atPointLead = nested;
          continue;
        }
      }
      const character = text[cursor] as string;
      atSentenceStart = sentenceEnds.includes(character);
      atPointLead = pointLeads.includes(character) && !insideEnclosure(cursor);
      cursor += 1;
      // Spaces after a mark keep the position a marker may start at.
      while (atPointLead && cursor < paragraph.end && /[ \u3000]/u.test(text[cursor] as string)) cursor += 1;
    }
  }
  enclosures.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, paragraphs, headings, enclosures };
}

/** The section an offset lies in: that of the last heading at or before it in reading order. */
export function sectionAt(report: ReportText, offset: number): string {
  let section = openingSection;
  const paragraph = paragraphAt(report, offset);
  for (const heading of report.headings) {
    if (heading.start > offset) break;
    // Points end with their paragraph; a later paragraph of the same item is back at the item's level.
    if ((heading.level === 'point' || heading.level === 'sub') && paragraph && heading.start < paragraph.start) {
      section = sectionWithoutPoints(heading.section);
      continue;
    }
    section = heading.section;
  }
  return section;
}

function sectionWithoutPoints(section: string): string {
  const trimmed = section.replace(/\.?[一二三四五六七八九十]{1,3}是[①-⑳]?$|[①-⑳]$/u, '');
  return trimmed === '' ? openingSection : trimmed;
}

export function paragraphAt(report: ReportText, offset: number): TextRange | undefined {
  return report.paragraphs.find((paragraph) => offset >= paragraph.start && offset < paragraph.end);
}

/** The innermost enclosure that holds [start, end), or undefined. */
export function enclosureAround(report: ReportText, start: number, end: number, kinds?: readonly EnclosureKind[]): Enclosure | undefined {
  let innermost: Enclosure | undefined;
  for (const span of report.enclosures) {
    if (span.start > start) break;
    if (span.start < start && span.end > end && (!kinds || kinds.includes(span.kind))) {
      if (!innermost || span.start >= innermost.start) innermost = span;
    }
  }
  return innermost;
}

/** True when the offset is inside a heading's marker (一、 (一) 1. 一是 ①), which is structure, not a number. */
export function inHeadingMarker(report: ReportText, offset: number): boolean {
  return report.headings.some((heading) => offset >= heading.start && offset < heading.markerEnd);
}

export const sentenceEndCharacters = `${sentenceEnds}；;`;
