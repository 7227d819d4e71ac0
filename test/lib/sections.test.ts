import { compareSections, isSectionRef, parseSectionRef, sectionWithin } from '@/data/section-ref';
import { formatQuotedSection, formatSection, sortSections } from '@/lib/sections';

describe('section references', () => {
  it('reads every level the reports use: 一、 (一) 1. 一是 ①', () => {
    expect(parseSectionRef('3')).toEqual({ part: 0, chapter: 0, item: 3, point: 0, sub: 0 });
    expect(parseSectionRef('三(三)')).toEqual({ part: 3, chapter: 3, item: 0, point: 0, sub: 0 });
    expect(parseSectionRef('一(一)1.一是')).toEqual({ part: 1, chapter: 1, item: 1, point: 1, sub: 0 });
    expect(parseSectionRef('(一)1')).toEqual({ part: 0, chapter: 1, item: 1, point: 0, sub: 0 });
    expect(parseSectionRef('二(一)二是②')).toEqual({ part: 2, chapter: 1, item: 0, point: 2, sub: 2 });
    expect(parseSectionRef('十二（三）')).toEqual({ part: 12, chapter: 3, item: 0, point: 0, sub: 0 });
  });

  it('refuses what is not a section', () => {
    for (const text of ['', '三(', '0', 'III', '一一', '(三)(三)', '三 (三)', '1.2', '三(三)x']) expect(isSectionRef(text), text).toBe(false);
  });

  it('puts sections in the report’s reading order, each once, a heading before what it holds', () => {
    expect(sortSections(['三(三)', '一(五)', '三(二)', '三(三)', '二', '十(二)', '四(一)', '一(一)1.一是', '一(一)1', '三'])).toEqual([
      '一(一)1',
      '一(一)1.一是',
      '一(五)',
      '二',
      '三',
      '三(二)',
      '三(三)',
      '四(一)',
      '十(二)',
    ]);
    expect(compareSections('一(一)2', '一(一)10')).toBeLessThan(0);
  });

  it('knows what lies inside a part', () => {
    expect(sectionWithin('三(三)', '三')).toBe(true);
    expect(sectionWithin('三', '三(三)')).toBe(false);
    expect(sectionWithin('四(一)', '三')).toBe(false);
  });

  it('writes sections with full-width brackets in Chinese and as parts in English, keeping the original where quoted', () => {
    expect(formatSection('三(三)', 'zh')).toBe('三（三）');
    expect(formatSection('三(三)', 'en')).toBe('Part III (3)');
    expect(formatSection('一(一)1.一是', 'en')).toBe('Part I (1) 1, point 1');
    expect(formatSection('(一)2', 'en')).toBe('(1) 2');
    expect(formatSection('十四', 'en')).toBe('Part XIV');
    expect(formatSection('导语', 'en')).toBe('Introduction');
    expect(formatSection('导语', 'zh')).toBe('导语');
    expect(formatQuotedSection('三(三)', 'en')).toBe('Part III (3) (三(三))');
    expect(formatQuotedSection('三(三)', 'zh')).toBe('三（三）');
  });
});
