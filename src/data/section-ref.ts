// A place in a report, written as the report's headings number it, most general level first:
//   一、      part      → 一
//   (一)      chapter   → (一)
//   1.        item      → 1
//   一是      point     → 一是
//   ①         sub-point → ①
// so 三(三), 一(一)1, 一(一)1.一是, (一)2, 二(一)一是①. Reports skip levels (some start at (一)), so each level
// is optional, but they always come in this order. Parentheses may be half- or full-width.
// 导语 names the report's opening, the words before its first heading; it reads before 一.

const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const sectionPattern =
  /^(?<part>[一二三四五六七八九十]{1,3})?(?:[(（](?<chapter>[一二三四五六七八九十]{1,3})[)）])?(?:(?<item>[1-9]\d?)\.?)?(?:(?<point>[一二三四五六七八九十]{1,3})是)?(?<sub>[①-⑳])?$/u;

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; 0 for anything else. */
function chineseNumber(text: string): number {
  if (text === '') return 0;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return text.length === 1 ? (chineseDigits[text] ?? 0) : 0;
  const tens = text.slice(0, tenAt);
  const ones = text.slice(tenAt + 1);
  if (tens.length > 1 || ones.length > 1) return 0;
  return (tens ? (chineseDigits[tens] ?? 0) : 1) * 10 + (ones ? (chineseDigits[ones] ?? 0) : 0);
}

/** The report's opening paragraph(s), before the first heading: often where its headline figures stand. */
export const openingSection = '导语';

export type SectionLevels = {
  part: number;
  chapter: number;
  item: number;
  point: number;
  sub: number;
};

/** The levels of a section reference (0 where a level is absent), or undefined if it is not one. */
export function parseSectionRef(section: string): SectionLevels | undefined {
  if (section === openingSection) return { part: 0, chapter: 0, item: 0, point: 0, sub: 0 };
  const groups = sectionPattern.exec(section)?.groups;
  if (!groups || section === '') return undefined;
  const level = (text: string | undefined) => (text === undefined ? 0 : chineseNumber(text));
  const levels: SectionLevels = {
    part: level(groups.part),
    chapter: level(groups.chapter),
    item: groups.item === undefined ? 0 : Number(groups.item),
    point: level(groups.point),
    sub: groups.sub === undefined ? 0 : circled.indexOf(groups.sub) + 1,
  };
  // A numeral we could not read (一一, 十十) is not a section.
  if ((groups.part && !levels.part) || (groups.chapter && !levels.chapter) || (groups.point && !levels.point)) return undefined;
  return levels;
}

export function isSectionRef(section: string): boolean {
  return parseSectionRef(section) !== undefined;
}

const order: ReadonlyArray<keyof SectionLevels> = ['part', 'chapter', 'item', 'point', 'sub'];

/** Reading order: 一(五) before 三(二) before 三(三); a heading before what it contains; unknown forms last. */
export function compareSections(a: string, b: string): number {
  const left = parseSectionRef(a);
  const right = parseSectionRef(b);
  if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1) || a.localeCompare(b);
  for (const level of order) {
    const difference = left[level] - right[level];
    if (difference !== 0) return difference;
  }
  return 0;
}

/** True when `inner` is `outer` or lies inside it (三(三) lies inside 三). */
export function sectionWithin(inner: string, outer: string): boolean {
  const a = parseSectionRef(inner);
  const b = parseSectionRef(outer);
  // The opening holds only itself: its all-zero levels would otherwise contain every section.
  if (!a || !b || outer === openingSection) return inner === outer;
  return order.every((level) => b[level] === 0 || a[level] === b[level]);
}
