import { formatCompact, formatDate, formatFigureValue, formatNumber, formatPercent, formatSince, formatTime, writtenInWan } from '@/lib/format';

const figure = (value: number, qualifier: 'exact' | 'atLeast' | 'atMost' | 'approximately' | 'target', unit = '人', reportedAs?: string) => ({
  value,
  qualifier,
  unit: { zh: unit, en: unit === '%' ? '%' : 'people' },
  reportedAs,
});

describe('formatting figures', () => {
  it('shows the report’s qualifiers as marks: lower and upper bounds, approximations', () => {
    expect(formatFigureValue(figure(700, 'atLeast', '个', '700余个'), 'zh')).toBe('≥700');
    expect(formatFigureValue(figure(5, 'atMost'), 'en')).toBe('≤5');
    expect(formatFigureValue(figure(1000, 'approximately', '人', '近千人'), 'en')).toBe('≈1,000');
  });

  it('writes a number in 万 in Chinese exactly where the report does, and in full in English', () => {
    expect(formatFigureValue(figure(10_000, 'atLeast', '人次', '上万人次'), 'zh')).toBe('≥1万');
    expect(formatFigureValue(figure(20_000, 'atLeast', '人次', '2万余人次'), 'zh')).toBe('≥2万');
    expect(formatFigureValue(figure(2_604_400, 'exact', '件', '260.44万件'), 'zh')).toBe('260.44万');
    expect(formatFigureValue(figure(10_000, 'atLeast', '人次', '上万人次'), 'en')).toBe('≥10,000');
    expect(formatFigureValue(figure(2_604_400, 'exact', '件', '260.44万件'), 'en')).toBe('2,604,400');
    expect(writtenInWan({ value: 11_961, reportedAs: '11961起' })).toBe(false);
  });

  it('never abbreviates an exact figure the report writes in full, and keeps its decimals', () => {
    expect(formatFigureValue(figure(11_961, 'exact', '起', '11961起'), 'zh')).toBe('11,961');
    expect(formatFigureValue(figure(5457.6, 'exact', '公斤', '5457.6公斤'), 'en')).toBe('5,457.6');
  });

  it('formats percentages, including targets, as percent', () => {
    expect(formatFigureValue(figure(5, 'target', '%'), 'zh')).toBe('5%');
    expect(formatFigureValue(figure(4.49, 'exact', '%'), 'zh')).toBe('4.49%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('refuses numbers that would print as Infinity, NaN or an exponent', () => {
    for (const value of [Infinity, -Infinity, NaN, 1e21, 1e308, 123456789012345680000]) {
      expect(() => formatNumber(value, 'zh'), String(value)).toThrow(RangeError);
    }
    expect(formatNumber(1e-300, 'en', 4)).toBe('0');
  });

  it('formats plain numbers, compact numbers and dates per language', () => {
    expect(formatNumber(4500, 'en')).toBe('4,500');
    expect(formatCompact(20_000, 'zh')).toBe('2万');
    expect(formatDate('2022-12-31', 'zh')).toBe('2022年12月31日');
    expect(formatDate('2022-12-31', 'en')).toBe('31 December 2022');
  });
});

// format.ts writes the formats out instead of calling Intl (whose first call is slow); they must match it.
describe('formats match Intl for the same locale and options', () => {
  const tags = { zh: 'zh-CN', en: 'en-GB' } as const;
  const locales = ['zh', 'en'] as const;
  // A fixed pseudo-random sequence, so a failure names the same values every run.
  let seed = 20_221_231;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const samples = [
    0, 1, 5, 9.95, 10, 96, 99.95, 100, 470, 999, 1000, 1234.5, 9999, 10_000, 11_961, 12_345, 99_999, 123_456.78, 1_000_000, 1.005, 2.675,
    -3.25, -1234.5,
    ...Array.from({ length: 300 }, () => Math.round(random() * 10 ** (1 + Math.floor(random() * 9))) / 10 ** Math.floor(random() * 4)),
  ];

  it.each(locales)('numbers, with 0, 1 and 2 fraction digits (%s)', (locale) => {
    for (const value of samples) {
      for (const digits of [0, 1, 2]) {
        expect(formatNumber(value, locale, digits), `${value} to ${digits}`).toBe(
          new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits }).format(value),
        );
      }
    }
  });

  it.each(locales)('percentages (%s)', (locale) => {
    const percent = new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: 1 });
    for (const value of samples) {
      // Intl reads a string as an exact decimal: value / 100 as a number would be off in binary (0.0995 → 9.9%).
      expect(formatPercent(value, locale), String(value)).toBe(percent.format(`${value}e-2` as unknown as number));
    }
  });

  it('Chinese compact numbers from 1万 up to 亿', () => {
    const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 });
    for (const value of [...samples.filter((sample) => sample >= 10_000), 99_950_000, 99_999_999, 100_000_000, 123_456_789]) {
      expect(formatCompact(value, 'zh', 1), String(value)).toBe(compact.format(value));
    }
  });

  it.each(locales)('dates, times and "since" moments (%s)', (locale) => {
    const date = new Intl.DateTimeFormat(tags[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(tags[locale], { hour: '2-digit', minute: '2-digit' });
    const since = new Intl.DateTimeFormat(tags[locale], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    const now = new Date(2026, 10, 26, 12, 0);
    for (let month = 1; month <= 12; month += 1) {
      for (const [day, hour, minute] of [
        [1, 0, 0],
        [9, 9, 5],
        [28, 13, 7],
        [31, 23, 59],
      ] as const) {
        const iso = `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (Number.isNaN(Date.parse(iso)) || new Date(`${iso}T00:00:00Z`).getUTCMonth() !== month - 1) continue;
        expect(formatDate(iso, locale)).toBe(date.format(new Date(`${iso}T00:00:00Z`)));
        const moment = new Date(2022, month - 1, day, hour, minute);
        expect(formatTime(moment, locale)).toBe(time.format(moment));
        expect(formatSince(moment, now, locale)).toBe(since.format(moment));
        const today = new Date(2026, 10, 26, hour, minute);
        expect(formatSince(today, now, locale)).toBe(time.format(today));
      }
    }
  });
});
