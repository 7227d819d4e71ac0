// @vitest-environment node
import { wrapLabel } from '@/components/charts/wrap-label';
import { widthEm } from '@/lib/text-width';

// A chart's category label on two or three lines: as few lines as it needs, none wider than the column, and the
// breaks where a reader expects them (after punctuation or 等, between words), not inside a word.

describe('category labels over several lines', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('刑事立案', 9)).toEqual(['刑事立案']);
    expect(wrapLabel('  Criminal cases filed  ', 30)).toEqual(['Criminal cases filed']);
  });

  it('breaks after 等 rather than inside a word, when the lines still fit', () => {
    expect(wrapLabel('执法骨干大轮训等实战练兵参训', 8)).toEqual(['执法骨干大轮训等', '实战练兵参训']);
    // Three lines on a portrait screen's label column: 执法骨干 | 大轮训等 | 实战练兵参训, not …大 | 轮训….
    expect(wrapLabel('执法骨干大轮训等实战练兵参训', 6)).toEqual(['执法骨干', '大轮训等', '实战练兵参训']);
  });

  it('breaks between two-character words rather than evenly through one', () => {
    // Seven characters a line would split 法制|审核 evenly; the break goes between the words instead.
    const lines = wrapLabel('开展法制审核业务培训', 7);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^(开展|法制|审核|业务|培训)+$/u);
  });

  it('breaks after a comma or an enumeration mark', () => {
    expect(wrapLabel('警情、案件办理', 5)).toEqual(['警情、', '案件办理']);
  });

  it('breaks English between words only, every line within the width', () => {
    const lines = wrapLabel('Standardised-enforcement training sessions held', 14);
    expect(lines.join(' ').replace(/- /g, '-')).toBe('Standardised-enforcement training sessions held');
    for (const line of lines) expect(line.includes(' ') ? widthEm(line) <= 14 : true).toBe(true);
  });

  it('takes no more lines than filling each line to the width would, and leaves no line of one character', () => {
    for (const label of ['一(四) 下发执法问题通报', '全区重点建设项目与项目警官', '“五类”“两抢”案件发案数量统计']) {
      const lines = wrapLabel(label, 6);
      for (const line of lines) expect(widthEm(line)).toBeLessThanOrEqual(6);
      expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
      expect(lines.every((line) => line.replace(/\s/g, '').length > 1)).toBe(true);
    }
  });
});
