import type { FigureView } from '@/lib/figure-view';

const numerals: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20; enough for a report's section numbers. */
function chineseNumber(text: string): number {
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    return (tens ? (numerals[tens] ?? 0) : 1) * 10 + (ones ? (numerals[ones] ?? 0) : 0);
  }
  return numerals[text] ?? 0;
}

function sectionKey(section: string): [number, number] {
  const match = /^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\))?$/.exec(section);
  return match ? [chineseNumber(match[1] ?? ''), match[2] ? chineseNumber(match[2]) : 0] : [0, 0];
}

/** Sections in the report's reading order, each once: 一(五) before 三(二) before 三(三). */
export function sortSections(sections: Iterable<string>): string[] {
  return [...new Set(sections)].sort((a, b) => {
    const [a1, a2] = sectionKey(a);
    const [b1, b2] = sectionKey(b);
    return a1 - b1 || a2 - b2;
  });
}

/** Every section that the given figures (or a derived figure's inputs) come from, in reading order. */
export function sectionsOf(figures: ReadonlyArray<FigureView | undefined>): string[] {
  return sortSections(figures.flatMap((figure) => figure?.sections ?? []));
}
