import { chineseOrdinal, parseArabicNumber, parseChineseNumeral, toHalfWidth } from '@/features/authoring/model/chinese-numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['九十九', 99],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一千零十', 1010],
    ['四千三百零八', 4308],
    ['两万', 20000],
    ['十万', 100000],
    ['两万零五百', 20500],
    ['一亿两千万', 120000000],
    ['一万亿', 1e12],
    ['零', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('reads 两 as 2 wherever 二 would stand (两次, 两千)', () => {
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('两千')).toBe(2000);
  });

  it('reads the colloquial 三万五 as 35,000 and 一千二 as 1,200', () => {
    expect(parseChineseNumeral('三万五')).toBe(35000);
    expect(parseChineseNumeral('一千二')).toBe(1200);
  });

  it('reads a year written digit by digit (二〇二二) as 2022', () => {
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
  });

  it.each(['百', '千万', '万', '十十', '十四五', '百千', '两万三万', '一百十', '上万', ''])('refuses %s, which is not a well-formed numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe('parseArabicNumber', () => {
  it('scales by 万 exactly, with no floating-point residue (260.44万 → 2,604,400)', () => {
    expect(parseArabicNumber('260.44', 4)).toBe(2604400);
    expect(parseArabicNumber('18.57', 4)).toBe(185700);
    expect(parseArabicNumber('5.9', 4)).toBe(59000);
    expect(parseArabicNumber('2841', 4)).toBe(28410000);
    expect(parseArabicNumber('1.23456', 4)).toBe(12345.6);
  });

  it('reads full-width digits and points (１２３．５)', () => {
    expect(parseArabicNumber('１２３．５')).toBe(123.5);
  });

  it('reads thousands separators only in groups of three (1,326)', () => {
    expect(parseArabicNumber('1,326')).toBe(1326);
    expect(parseArabicNumber('1,32')).toBeUndefined();
  });
});

describe('chineseOrdinal and toHalfWidth', () => {
  it('writes section numerals as headings do (一, 十, 十二, 二十)', () => {
    expect([1, 10, 12, 20, 99].map(chineseOrdinal)).toEqual(['一', '十', '十二', '二十', '九十九']);
  });

  it('turns full-width digits, points, percent signs and commas into ASCII without moving offsets', () => {
    expect(toHalfWidth('４．４９％，')).toBe('4.49%,');
  });
});
