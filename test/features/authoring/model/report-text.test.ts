import { enclosureAround, readReportText, sectionAt } from '@/features/authoring/model/report-text';

const sample = [
  '2023年，某县公安局全年破案100起。',
  '一、主要举措和成效',
  '（一）深化改革。1.优化服务。一是推行预约办理，办件200件；二是延时服务300次。',
  '(二)强化监督。开展“日清、周巡、月通报”活动。①完善制度12项。',
  '二、存在的不足',
  '1. 执法能力不足。',
].join('\n');

describe('readReportText', () => {
  const report = readReportText(sample);
  const at = (words: string) => sectionAt(report, sample.indexOf(words));

  it('places the words before the first heading in the opening, 导语', () => {
    expect(at('100起')).toBe('导语');
  });

  it('reads parts, chapters, items and points into sections (一(一)1.一是) with half- or full-width brackets', () => {
    expect(at('主要举措')).toBe('一');
    expect(at('深化改革')).toBe('一(一)');
    expect(at('优化服务')).toBe('一(一)1');
    expect(at('200件')).toBe('一(一)1.一是');
    expect(at('300次')).toBe('一(一)1.二是');
    expect(at('强化监督')).toBe('一(二)');
    expect(at('12项')).toBe('一(二)①');
  });

  it('starts a new part with its chapters and items cleared (二 then 二1)', () => {
    expect(at('存在的不足')).toBe('二');
    expect(at('执法能力不足')).toBe('二1');
  });

  it('gives headings their title up to the full stop', () => {
    expect(report.headings.find((heading) => heading.section === '一(一)')?.title).toBe('深化改革');
    expect(report.headings.find((heading) => heading.section === '二')?.title).toBe('存在的不足');
  });

  it('finds the quotation that encloses words, so its 、 does not split a clause', () => {
    const offset = sample.indexOf('周巡');
    expect(enclosureAround(report, offset, offset + 2, ['quote'])).toMatchObject({ kind: 'quote' });
  });

  it('does not take a decimal (2.5万) or a year (2022年) at a line start for an item heading', () => {
    const text = readReportText('2.5万人参加培训。\n2022年，工作推进。');
    expect(text.headings).toEqual([]);
  });

  it('does not take 统一是 for the point 一是', () => {
    const text = readReportText('（一）标准统一是关键。');
    expect(text.headings.map((heading) => heading.level)).toEqual(['chapter']);
  });

  it('finds headings run together on one line (一、主要成效（一）执法监督。1.开展巡查。（1）…)', () => {
    const line = '一、主要成效（一）执法监督。1.开展巡查。（1）组织巡查15次。（2）整改问题48个。';
    const text = readReportText(line);
    expect(sectionAt(text, line.indexOf('15次'))).toBe('一(一)1①');
    expect(sectionAt(text, line.indexOf('48个'))).toBe('一(一)1②');
    expect(text.headings[0]?.title).toBe('主要成效');
  });
});
