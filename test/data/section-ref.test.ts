// @vitest-environment node
import { compareSections, isSectionRef, sectionWithin } from '@/data/section-ref';
import { formatSection } from '@/lib/sections';

describe('the opening section (导语)', () => {
  it('is a section, read before every numbered one', () => {
    expect(isSectionRef('导语')).toBe(true);
    expect(['一(一)1.一是', '(一)1', '一', '导语'].sort(compareSections)).toEqual(['导语', '(一)1', '一', '一(一)1.一是']);
  });

  it('contains no numbered section, and lies inside none', () => {
    expect(sectionWithin('一', '导语')).toBe(false);
    expect(sectionWithin('导语', '一')).toBe(false);
    expect(sectionWithin('导语', '导语')).toBe(true);
  });

  it('reads as “Introduction” in English and as itself in Chinese', () => {
    expect(formatSection('导语', 'en')).toBe('Introduction');
    expect(formatSection('导语', 'zh')).toBe('导语');
  });
});
