// Numbers as these reports write them: Arabic digits (half- or full-width, with 万/亿 after them) and Chinese
// numerals (四千三百零八, 两万, 十一, 二〇二二). Pure string work, so it runs in the browser and in Node alike.
// nzh, the common library, reads 两万 and 上万 as 0 without an error, hence this small parser.

const digitValues: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const smallUnits: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const largeUnits: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The characters a Chinese numeral is written with. */
const chineseNumeralCharacters = '零〇一二两三四五六七八九十百千万亿';

/** Full-width digits, point, percent and comma to their ASCII forms (same length, so offsets still match). */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％，]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a Chinese numeral: 十一 → 11, 四千三百零八 → 4308, 两万 → 20000, 三万五 → 35000, 二〇二二 → 2022.
 * Returns undefined for anything that is not a well-formed numeral (百姓's 百, 千万, 十十, 十四五).
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  const characters = [...text];
  if (characters.some((character) => !chineseNumeralCharacters.includes(character))) return undefined;
  // Digit by digit, as years are written (二〇二二): no unit characters at all.
  if (characters.length > 1 && characters.every((character) => character in digitValues && character !== '两')) {
    return Number(characters.map((character) => digitValues[character]).join(''));
  }
  const first = characters[0] as string;
  // A numeral starts with a digit, or with 十 (十一); 百姓, 千方百计 and 万一 are words.
  if (!(first in digitValues) && first !== '十') return undefined;

  let total = 0; // what 万 and 亿 have already gathered
  let section = 0; // below 万: 千, 百, 十 and the ones
  let digit: number | undefined;
  let lastSmallUnit = Infinity; // inside a section units must fall: 千 > 百 > 十
  let lastLargeUnit = '';
  let previousUnit = 0; // the unit just read, for the colloquial 三万五 (= 35000)
  let zeroSeen = false; // 零 since the last unit: 一百零五 is 105, not 150
  for (const character of characters) {
    const value = digitValues[character];
    if (value !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // 十四五: two digits in a row
      if (value === 0) zeroSeen = true;
      digit = value;
      continue;
    }
    const small = smallUnits[character];
    if (small !== undefined) {
      if (small >= lastSmallUnit) return undefined;
      let times = digit;
      if (times === undefined || times === 0) {
        // Only 十 stands alone: at the start of a section (十一, 三万十) or after 零 (一千零十).
        if (character !== '十' || (times === undefined && section !== 0)) return undefined;
        times = 1;
      }
      section += times * small;
      lastSmallUnit = small;
      previousUnit = small;
      digit = undefined;
      zeroSeen = false;
      continue;
    }
    if (character === lastLargeUnit) return undefined; // 两万三万
    const head = section + (digit ?? 0);
    if (character === '万') {
      if (head === 0) return undefined;
      total += head * 1e4;
    } else {
      if (head === 0 && total === 0) return undefined;
      total = (total + head) * 1e8; // 一万亿 is 10¹²
    }
    section = 0;
    digit = undefined;
    lastSmallUnit = Infinity;
    lastLargeUnit = character;
    previousUnit = largeUnits[character] as number;
    zeroSeen = false;
  }
  if (digit !== undefined && digit !== 0 && !zeroSeen && previousUnit >= 100) {
    // 三万五 is 35000 and 一千二 is 1200: a final bare digit counts in the unit below the last one.
    return total + section + digit * (previousUnit / 10);
  }
  return total + section + (digit ?? 0);
}

/** The powers of ten that 万 and 亿 stand for after an Arabic number (2万 → 20000). */
export const multiplierPowers: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 千: 3, 百: 2 };

/**
 * Reads Arabic digits, with an optional decimal part and power of ten, exactly: 260.44 × 10⁴ is 2604400, not
 * 2604400.0000000005 as floating-point multiplication would give. Accepts full-width digits and 1,326.
 */
export function parseArabicNumber(text: string, power = 0): number | undefined {
  const plain = toHalfWidth(text).replace(/,(?=\d{3}(?!\d))/gu, '');
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(plain);
  if (!match) return undefined;
  const whole = match[1] as string;
  const fraction = match[2] ?? '';
  const shifted = fraction.length > power ? `${whole}${fraction.slice(0, power)}.${fraction.slice(power)}` : `${whole}${fraction.padEnd(power, '0')}`;
  return Number(shifted);
}

const chineseOrdinalDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numerals of section headings. */
export function chineseOrdinal(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return chineseOrdinalDigits[ones] as string;
  return `${tens === 1 ? '' : chineseOrdinalDigits[tens]}十${chineseOrdinalDigits[ones]}`;
}
