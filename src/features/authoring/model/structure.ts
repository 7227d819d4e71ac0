import type { StructurePart, StructurePartKind } from '@/data/report-schema';
import type { Heading, HeadingLevel, ReportText, TextRange } from '@/features/authoring/model/report-text';

// The report's parts (一、二、三、四) and their items ((一)(二)…), with a kind guessed from the heading's words.
// Reports without 一、 headings (some start at (一)) use their top level as parts and the next as items.

const kindWords: ReadonlyArray<[StructurePartKind, RegExp]> = [
  // Checked in this order: 三、…第一责任人职责,加强法治政府建设有关情况 is about the leader's duties.
  ['leaderDuties', /第一责任人|主要负责人|履行推进法治建设|述法|履职/u],
  ['plans', /安排|计划|打算|思路|下一步|下一年|工作谋划|努力方向/u],
  ['shortcomings', /不足|问题|差距|短板|原因/u],
  ['measures', /举措|成效|措施|做法|工作情况|推进情况|主要工作|成绩/u],
];

function partKind(title: string): StructurePartKind {
  return kindWords.find(([, pattern]) => pattern.test(title))?.[0] ?? 'other';
}

/** The heading level the report uses for its parts: 一、 when it has any, else (一), else none. */
function topLevel(report: ReportText): HeadingLevel | undefined {
  if (report.headings.some((heading) => heading.level === 'part')) return 'part';
  if (report.headings.some((heading) => heading.level === 'chapter')) return 'chapter';
  return undefined;
}

const itemLevel: Partial<Record<HeadingLevel, HeadingLevel>> = { part: 'chapter', chapter: 'item' };

/** A short title from a heading: its first phrase, without the year and the report's stock words. */
function shortTitle(title: string, limit = 30): string {
  const firstPhrase = title.split(/[，,。；;：:]/u)[0] ?? title;
  const trimmed = firstPhrase
    .replace(/^(?:关于)?(?:(?:19|20)\d{2}年(?:度)?)/u, '')
    .replace(/^(?:推进法治政府建设的?|法治政府建设的?)/u, '')
    .replace(/(?:有关情况|的情况|情况)$/u, '')
    .trim();
  const text = trimmed === '' ? firstPhrase.trim() : trimmed;
  return text.length > limit ? text.slice(0, limit) : text;
}

/** Parts with their range in the text, in order. */
export function partRanges(report: ReportText): Array<{ heading: Heading; range: TextRange; kind: StructurePartKind }> {
  const level = topLevel(report);
  if (!level) return [];
  const heads = report.headings.filter((heading) => heading.level === level);
  return heads.map((heading, index) => ({
    heading,
    range: { start: heading.start, end: heads[index + 1]?.start ?? report.text.length },
    kind: partKind(heading.title),
  }));
}

export function structureOf(report: ReportText): StructurePart[] {
  const level = topLevel(report);
  if (!level) return [];
  const childLevel = itemLevel[level];
  const seen = new Set<string>();
  const parts: StructurePart[] = [];
  for (const { heading, range, kind } of partRanges(report)) {
    if (seen.has(heading.section)) continue; // a report that restarts its numbering keeps the first
    seen.add(heading.section);
    const itemSections = new Set<string>();
    const items = report.headings
      .filter((child) => child.level === childLevel && child.start > range.start && child.start < range.end)
      .filter((child) => !itemSections.has(child.section) && itemSections.add(child.section))
      .map((child) => ({ section: child.section, title: { zh: shortTitle(child.title) || child.section } }));
    parts.push({ section: heading.section, kind, title: { zh: shortTitle(heading.title) || heading.section }, items });
  }
  return parts.slice(0, 12);
}
