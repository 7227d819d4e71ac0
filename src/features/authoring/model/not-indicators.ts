import type { NumberToken } from '@/features/authoring/model/number-finder';
import type { UnitMatch } from '@/features/authoring/model/units';

// Numbers that are not indicators, and why. Most rules are about the kind of text, not particular words:
// what encloses the number (quotes, 《》), what stands before it (第, 连续, 前), what follows it (级, 等奖, 届, 号,
// 之一, 以上的…) and whether it is a date. A short list of fixed political formulas covers the rest.

export type Span = { start: number; end: number; text: string; reason: string };

export const reasons = {
  title: 'part of a document title (《…》)',
  planSpan: 'a plan period in a document title',
  quoted: 'in quotation marks: a slogan, code or name',
  ordinal: 'an ordinal (第…)',
  article: 'an article number (第…条)',
  year: 'a year',
  date: 'a date',
  period: 'a period of the year (…至…月)',
  yearSpan: 'a span of years',
  streak: 'a run of consecutive years (连续…年)',
  grade: 'a grade or level (…级)',
  award: 'an award rank (…等奖)',
  rank: 'a rank (…之一, 前…, 第…名)',
  session: 'a congress or plenary session (二十大, 十九届)',
  formula: 'a fixed phrase, not a count',
  fiveYearPlan: 'a five-year plan (十四五)',
  serial: 'a document or serial number (…号)',
  hotline: 'a hotline or service number (110, 12345)',
  code: 'part of a code or name (5G)',
  age: 'an age (…岁)',
  timeOfDay: 'a time of day',
  threshold: 'a threshold that names a category (…以上的)',
  vague: 'a vague amount (数百), no number stated',
  noUnit: 'no measure word: part of a name or code',
  plans: 'in the plans part: an intention, not a result',
  roundTheClock: 'round-the-clock service (24小时)',
  range: 'a range (3-5人), not one figure',
} as const;

const years = '(?:19|20)\\d{2}';
const cnDigits = '[〇零一二三四五六七八九]';
const dash = '[-—–－~～至到]';

/** Dates, periods and spans of years, merged into one span each (2024年8月14日, 2024年1至12月, 2021-2025年). */
const datePatterns: ReadonlyArray<{ pattern: RegExp; reason: string; keep?: (written: string) => boolean }> = [
  { pattern: new RegExp(`${years}年?\\s*${dash}\\s*${years}年?`, 'gu'), reason: reasons.yearSpan },
  { pattern: new RegExp(`(?:${years}年)?\\d{1,2}\\s*${dash}\\s*\\d{1,2}月(?:份)?`, 'gu'), reason: reasons.period },
  { pattern: new RegExp(`(?:${years}年)?\\d{1,2}月\\d{1,2}日`, 'gu'), reason: reasons.date },
  { pattern: new RegExp(`${years}年\\d{1,2}月(?:份|底|末|初|中旬|上旬|下旬)?`, 'gu'), reason: reasons.date },
  { pattern: new RegExp(`${years}年(?:度)?`, 'gu'), reason: reasons.year },
  { pattern: new RegExp(`${cnDigits}{4}年(?:度)?`, 'gu'), reason: reasons.year },
  { pattern: new RegExp(`${years}(?=[〕\\]）)])`, 'gu'), reason: reasons.year },
  { pattern: /(?<!个|[0-9])(?:1[0-2]|0?[1-9])月(?:份|底|末|初|中旬|上旬|下旬)?(?![0-9])/gu, reason: reasons.date },
  { pattern: /(?:上午|下午|晚上|凌晨|中午|早上)\d{1,2}(?:时|点)(?:\d{1,2}分)?/gu, reason: reasons.timeOfDay },
  { pattern: /(?<![0-9])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![0-9])/gu, reason: reasons.timeOfDay },
];

const cn = '[一二两三四五六七八九十]';
// A character that is not part of a numeral, so 三十六条 and 一百二十 are not read as formulas.
const nonNumeral = '(?![一二两三四五六七八九十百千万亿零〇])[\\u4e00-\\u9fff]';
/** Fixed phrases built on numerals. Each is a general form, with the documented list of formulas it covers. */
type PhrasePattern = { pattern: RegExp; reason: string; keep?: (written: string) => boolean };
const phrasePatterns: readonly PhrasePattern[] = [
  // 十九届五中全会, 二十届三中全会: the session, and the plenum after it.
  // (Not after 第: 第十四届全运会 is an ordinal, listed as one.)
  { pattern: new RegExp(`(?<![第一二两三四五六七八九十])${cn}+届(?:${cn}中(?:、${cn}中)*全会)?`, 'gu'), reason: reasons.session },
  { pattern: new RegExp(`${cn}中(?:、${cn}中)*全会`, 'gu'), reason: reasons.session },
  // Not 三名一线民警, where the first numeral counts (a measure word after it); 一人一档 is a formula either way.
  {
    pattern: new RegExp(`${cn}${nonNumeral}${cn}${nonNumeral}`, 'gu'),
    reason: reasons.formula,
    keep: (written) => written.startsWith('一') || !/^.[个名人起件次项家所处轮期场批]/u.test(written),
  },
  // 二十大, 十九大; also 三大攻坚战, 十大案例: a numeral straight before 大 names a set.
  { pattern: new RegExp(`(?<![第一二两三四五六七八九十])${cn}{1,3}大(?![于量批幅力约多])`, 'gu'), reason: reasons.session },
  { pattern: /十[一二三四五]五/gu, reason: reasons.fiveYearPlan },
  // 四位一体, 三位一体
  { pattern: new RegExp(`${cn}位一体`, 'gu'), reason: reasons.formula },
  // 十一个坚持, 四个意识, 两个维护, 五个一, 三个规定: N个 + a word of a political formula, never a counted thing.
  {
    pattern: new RegExp(`${cn}{1,3}个(?:坚持|意识|自信|维护|确立|务必|代表|全面|现代化|层次|方面|转变|结合|统筹|优先|必须|规定|作风|一|二|两|三|四|五)`, 'gu'),
    reason: reasons.formula,
  },
  // 三项制度 (行政执法三项制度), 四张清单, 一张网
  { pattern: new RegExp(`${cn}(?:项制度|张清单|张网|张图|张蓝图)`, 'gu'), reason: reasons.formula },
  // 两降两升, 三重一大, 三会一课, 一案一档, 六稳六保: numeral, character, numeral, character.
  { pattern: /(?:7\s*[×x*]\s*)?24小时(?=值守|服务|在线|不间断|全天候|接警|响应|待命|运转|开放|自助|营业|不打烊|有人)/gu, reason: reasons.roundTheClock },
];

const hotlines = new Set(['110', '119', '120', '122', '12345', '12389', '12315', '12110', '96110', '12337', '12348', '12368', '12319', '12306', '12388', '12309', '12380', '12321']);

function scanAll(text: string, patterns: readonly PhrasePattern[], keepMatch?: (match: RegExpMatchArray) => boolean): Span[] {
  const spans: Span[] = [];
  for (const { pattern, reason, keep } of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (keepMatch && !keepMatch(match)) continue;
      if (keep && !keep(match[0])) continue;
      const start = match.index;
      const end = start + match[0].length;
      // The first pattern that claims a stretch keeps it (a date beats the year inside it).
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end, text: match[0], reason });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Dates, periods and year spans in the text. */
export function findDates(text: string): Span[] {
  return scanAll(text, datePatterns, (match) => {
    // Not the tail of a longer number (12022年, 3.2020年).
    const before = text[(match.index ?? 0) - 1] ?? '';
    return !/[0-9.．]/u.test(before);
  });
}

/** Fixed phrases built on numerals (二十大, 四位一体, 十一个坚持, 两降两升 …). */
export function findFixedPhrases(text: string): Span[] {
  return scanAll(text, phrasePatterns);
}

export type TokenContext = {
  text: string;
  token: NumberToken;
  unit: UnitMatch | undefined;
  /** Offset just after the number and any 余/多 that follows it, where a unit would start. */
  afterNumber: number;
};

/**
 * Why a number is not an indicator, read from the words right around it; undefined when nothing rules it out.
 * `drop` means it is a word, not a number (一 as "a", 一体化) and is not worth listing.
 */
export function reasonAround({ text, token, unit, afterNumber }: TokenContext): string | 'drop' | undefined {
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  const after = text.slice(afterNumber, afterNumber + 6);
  const afterUnit = unit ? text.slice(unit.end, unit.end + 6) : after;

  if (/第$/u.test(before)) return /^条/u.test(after) ? reasons.article : reasons.ordinal;
  if (/^(?:级|等奖|等功|等次)/u.test(after)) return /^级/u.test(after) ? reasons.grade : reasons.award;
  if (/^届/u.test(after)) return reasons.session;
  if (/^年/u.test(after)) return /连续$/u.test(before) ? reasons.streak : reasons.yearSpan;
  // Past this point a Chinese numeral with no measure word is part of a word (靠前一步, 一体化): not worth a line.
  if (token.script === 'chinese' && !unit) return 'drop';
  if (/(排名|位居|位列|名列|居)$/u.test(before) || (/前$/u.test(before) && (/^[名位强]/u.test(after) || !unit))) return reasons.rank;
  // 数十, 数百: a vague amount (人数5% is not one: there 数 ends a word and the number is Arabic).
  if (token.hedge === '数' || token.hedge === '几' || (token.script === 'chinese' && /[数几]$/u.test(before) && /^[十百千万]/u.test(token.text))) return reasons.vague;
  if (token.script === 'arabic' && (/[A-Za-z]$/u.test(before) || /^[A-Za-z]/u.test(after))) return reasons.code;
  if (/^号/u.test(after)) return reasons.serial;
  if (/^(?:周岁|岁)/u.test(after)) return reasons.age;
  if (unit && /^之一/u.test(afterUnit)) return reasons.rank;
  if (unit && /^(?:以上|以下)(?:的|案|罚|刑|企|单位|项目|人员|资金|金额|车辆|重大|涉)/u.test(afterUnit)) return reasons.threshold;
  if (token.script === 'arabic' && !unit && hotlines.has(token.text)) return reasons.hotline;
  // 3-5人, 5至10个工作日: a span of values sets a rule rather than reporting a figure.
  if (/^\s*[-—–~～至到]\s*[0-9０-９]/u.test(text.slice(token.end, token.end + 3)) || /[0-9０-９]\s*[-—–~～至到]\s*$/u.test(before)) return reasons.range;
  if (token.value === undefined) return reasons.vague;
  return undefined;
}

/** True for a Chinese 一 before a measure word that reads as an article ("a", "one": 一项重大任务, 一次性). */
export function isArticle(token: NumberToken): boolean {
  return token.script === 'chinese' && token.text === '一' && token.hedge === undefined;
}
