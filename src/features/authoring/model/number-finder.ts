import { multiplierPowers, parseArabicNumber, parseChineseNumeral } from '@/features/authoring/model/chinese-numerals';

// Every number written in the text, where it stands and what it is worth, before anything decides whether it
// is an indicator: 4308, 5.9万, 2,604,400 (260.44万), 四千三百零八, 两万, 上万, 百分之九十.

export type NumberToken = {
  start: number;
  end: number;
  text: string;
  /** Undefined for a vague amount (数百) or a numeral that does not parse. */
  value: number | undefined;
  script: 'arabic' | 'chinese';
  /** A bare magnitude with its hedge (上万, 近千, 逾万, 万余, 数百): the word before it, if any. */
  hedge?: string;
  /** Written as 百分之…: the value is a percentage and the token already includes its unit. */
  percentWords?: boolean;
};

const digit = '[0-9０-９]';
// 1,326 only as three-digit groups; a decimal point half- or full-width; then 万, 亿, 千万 … as a power of ten.
const arabic = `${digit}{1,3}(?:,${digit}{3})+(?!${digit})|${digit}+(?:[.．]${digit}+)?`;
const multipliers = '万亿|千万|百万|万|亿|千(?![米克瓦伏帕])';
const chineseRun = '[零〇一二两三四五六七八九十百千万亿]+';
const magnitude = '(?<hedge>上|近|逾|超|过|数|几)?(?<size>万|千|百)(?<after>余|多)?';

const tokenPattern = new RegExp(
  [
    `(?<percentWords>百分之(?:${chineseRun}|${arabic}))`,
    // 3000余万元: the hedge may stand between the number and its 万.
    `(?<arabic>(?:${arabic})(?:[余多](?=万|亿))?(?:${multipliers})?)`,
    `(?<magnitude>${magnitude})`,
    `(?<chinese>${chineseRun})`,
  ].join('|'),
  'gu',
);

const sizes: Readonly<Record<string, number>> = { 万: 1e4, 千: 1e3, 百: 1e2 };

function readArabic(text: string): number | undefined {
  const match = new RegExp(`^(${arabic})(?:[余多])?(${multipliers})?$`, 'u').exec(text);
  if (!match) return undefined;
  const power = match[2] ? [...match[2]].reduce((sum, character) => sum + (multiplierPowers[character] ?? 0), 0) : 0;
  return parseArabicNumber(match[1] as string, power);
}

/** All numbers in the text, in order. Chinese runs that are not numerals (百姓, 千方百计) are left out. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const written = match[0];
    if (groups.percentWords) {
      const body = written.slice('百分之'.length);
      // 百分之百 is 100%; otherwise the numeral after 百分之.
      const value = body === '百' ? 100 : /[0-9０-９]/u.test(body) ? readArabic(body) : parseChineseNumeral(body);
      if (value !== undefined) tokens.push({ start, end: start + written.length, text: written, value, script: 'chinese', percentWords: true });
      continue;
    }
    if (groups.arabic) {
      tokens.push({ start, end: start + written.length, text: written, value: readArabic(written), script: 'arabic' });
      continue;
    }
    if (groups.magnitude) {
      const hedge = groups.hedge;
      const previous = text[start - 1] ?? '';
      // A lone 万/千/百 is a number only with a hedge word (上万) or 余/多 after it (万余), and never after a
      // numeral (that would have been one run).
      if (!hedge && !groups.after) {
        pushChinese(tokens, text, start, written);
        continue;
      }
      if (/[零〇一二两三四五六七八九十]/u.test(previous)) continue;
      const size = sizes[groups.size ?? ''] as number;
      const hedgeLength = hedge?.length ?? 0;
      // The token covers the hedge and the magnitude; 余/多 after it is a qualifier, read later.
      const end = start + hedgeLength + 1;
      tokens.push({
        start,
        end,
        text: text.slice(start, end),
        value: hedge === '数' || hedge === '几' ? undefined : size,
        script: 'chinese',
        ...(hedge ? { hedge } : {}),
      });
      continue;
    }
    pushChinese(tokens, text, start, written);
  }
  return tokens;
}

function pushChinese(tokens: NumberToken[], _text: string, start: number, written: string): void {
  // A lone 零 is a word (清零, 零容忍, 零发案), not a count of nothing.
  if (written === '零' || written === '〇') return;
  const value = parseChineseNumeral(written);
  if (value === undefined) return;
  tokens.push({ start, end: start + written.length, text: written, value, script: 'chinese' });
}
