import { compareSections, openingSection, parseSectionRef, type SectionLevels } from '@/data/section-ref';
import type { Locale } from '@/i18n/locale';

/** Sections in the report's reading order, each once: 一(五) before 三(二) before 三(三). */
export function sortSections(sections: Iterable<string>): string[] {
  return [...new Set(sections)].sort(compareSections);
}

/** Every section that the given figures (or a derived figure's inputs) come from, in reading order. */
export function sectionsOf(figures: ReadonlyArray<{ sections: readonly string[] } | undefined>): string[] {
  return sortSections(figures.flatMap((figure) => figure?.sections ?? []));
}

const romanNumerals: ReadonlyArray<[number, string]> = [
  [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(value: number): string {
  let rest = value;
  let text = '';
  for (const [size, letters] of romanNumerals) {
    while (rest >= size) {
      text += letters;
      rest -= size;
    }
  }
  return text;
}

const circledLetters = 'abcdefghijklmnopqrst';

function englishSection(levels: SectionLevels): string {
  const parts: string[] = [];
  if (levels.part) parts.push(`Part ${roman(levels.part)}`);
  if (levels.chapter) parts.push(`(${levels.chapter})`);
  if (levels.item) parts.push(`${levels.item}`);
  const head = parts.join(' ');
  const tail = [levels.point ? `point ${levels.point}` : '', levels.sub ? `(${circledLetters[levels.sub - 1] ?? levels.sub})` : '']
    .filter(Boolean)
    .join(' ');
  return [head, tail].filter(Boolean).join(', ');
}

/**
 * A section as a reader of the language reads it: 三（三） with full-width brackets in Chinese, "Part III (3)" in
 * English, where 导语 is "Introduction" (the report's own numbering stays in the quoted source, where the
 * provenance card shows both).
 */
export function formatSection(section: string, locale: Locale): string {
  if (locale === 'zh') return section.replaceAll('(', '（').replaceAll(')', '）');
  if (section === openingSection) return 'Introduction';
  const levels = parseSectionRef(section);
  return levels ? englishSection(levels) : section;
}

/** Where the report is quoted, its own numbering stays visible beside the reader's: "Part III (3) (三(三))". */
export function formatQuotedSection(section: string, locale: Locale): string {
  return locale === 'zh' ? formatSection(section, locale) : `${formatSection(section, locale)} (${section})`;
}
