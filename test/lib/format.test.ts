import { formatCompact, formatDate, formatFigureValue, formatNumber, formatPercent } from '@/lib/format';

const figure = (value: number, qualifier: 'exact' | 'atLeast' | 'target', unit = 'people') => ({ value, qualifier, unit: { en: unit } });

describe('formatting figures', () => {
  it('shows the lower bound for figures the report gives as "余" or "上万"', () => {
    expect(formatFigureValue(figure(700, 'atLeast'), 'zh')).toBe('≥700');
    expect(formatFigureValue(figure(10_000, 'atLeast'), 'en')).toBe('≥10,000');
  });

  it('abbreviates round Chinese lower bounds to 万 in tiles only', () => {
    expect(formatFigureValue(figure(10_000, 'atLeast'), 'zh', { compactLowerBounds: true })).toBe('≥1万');
    expect(formatFigureValue(figure(20_000, 'atLeast'), 'zh', { compactLowerBounds: true })).toBe('≥2万');
    expect(formatFigureValue(figure(10_000, 'atLeast'), 'en', { compactLowerBounds: true })).toBe('≥10,000');
  });

  it('never abbreviates an exact figure', () => {
    expect(formatFigureValue(figure(11_961, 'exact'), 'zh', { compactLowerBounds: true })).toBe('11,961');
  });

  it('formats percentages, including targets, as percent', () => {
    expect(formatFigureValue(figure(5, 'target', '%'), 'zh')).toBe('5%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('formats plain numbers, compact numbers and dates per language', () => {
    expect(formatNumber(4500, 'en')).toBe('4,500');
    expect(formatCompact(20_000, 'zh')).toBe('2万');
    expect(formatDate('2022-12-31', 'zh')).toBe('2022年12月31日');
    expect(formatDate('2022-12-31', 'en')).toBe('31 December 2022');
  });
});
