import { sortSections } from '@/lib/sections';
import { figureInWords } from '@/lib/figure-words';

describe('sortSections', () => {
  it('puts sections in the report’s reading order, each once', () => {
    expect(sortSections(['三(三)', '一(五)', '三(二)', '三(三)', '二', '十(二)', '四(一)'])).toEqual([
      '一(五)',
      '二',
      '三(二)',
      '三(三)',
      '四(一)',
      '十(二)',
    ]);
  });
});

describe('figureInWords', () => {
  const problems = { value: 700, qualifier: 'atLeast' as const, unit: { zh: '个', en: 'problems' } };

  it('says a lower bound in words in both languages', () => {
    expect(figureInWords(problems, 'en')).toBe('at least 700 problems');
    expect(figureInWords(problems, 'zh')).toBe('不少于 700 个');
  });

  it('labels a target and leaves an exact figure plain', () => {
    expect(figureInWords({ value: 5, qualifier: 'target', unit: { zh: '%', en: '%' } }, 'en')).toBe('target 5%');
    expect(figureInWords({ value: 11961, qualifier: 'exact', unit: { zh: '起', en: 'cases' } }, 'en')).toBe('11,961 cases');
  });
});
