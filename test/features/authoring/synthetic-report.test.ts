import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema } from '@/data/report-schema';
import { reasons } from '@/features/authoring/model/not-indicators';
import { draft } from './draft-helpers';

// A report of our own writing in the style of these reports, to guard that the rules hold beyond the files
// they were developed on: every figure it states, and the numbers it must not propose.
const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/authoring/synthetic-report.txt'), 'utf8');
const report = draft(text, 2023);

// reportedAs, value, unit, qualifier, change direction (or '')
const expected: ReadonlyArray<[string, number | undefined, string, string, string]> = [
  ['同比下降21.3%', 21.3, '%', 'exact', 'decrease'],
  ['达到99.2%', 99.2, '%', 'exact', ''],
  ['42期', 42, '期', 'exact', ''],
  ['3600余人次', 3600, '人次', 'atLeast', ''],
  ['12场', 12, '场', 'exact', ''],
  ['4轮', 4, '轮', 'exact', ''],
  ['1865宗', 1865, '宗', 'exact', ''],
  ['327个', 327, '个', 'exact', ''],
  ['9人', 9, '人', 'exact', ''],
  ['20条', 20, '条', 'exact', ''],
  ['98项', 98, '项', 'exact', ''],
  ['超过90%', 90, '%', 'atLeast', ''],
  ['2,356起', 2356, '起', 'exact', ''],
  ['1,879名', 1879, '名', 'exact', ''],
  ['4360起', 4360, '起', 'exact', ''],
  ['1532人', 1532, '人', 'exact', ''],
  ['4.23万起', 42300, '起', 'exact', ''],
  ['同比下降5.6%', 5.6, '%', 'exact', 'decrease'],
  ['5200余万元', 52000000, '元', 'atLeast', ''],
  ['1300万元', 13000000, '元', 'exact', ''],
  ['86场', 86, '场', 'exact', ''],
  ['2万册', 20000, '册', 'exact', ''],
  ['约12万人次', 120000, '人次', 'approximately', ''],
  ['28件', 28, '件', 'exact', ''],
  ['26件', 26, '件', 'exact', ''],
  ['3.6%', 3.6, '%', 'exact', ''],
  ['3名', 3, '名', 'exact', ''],
  ['12名', 12, '名', 'exact', ''],
  ['426个', 426, '个', 'exact', ''],
  ['不足80%', 80, '%', 'atMost', ''],
];

describe('a synthetic report in the style of these reports', () => {
  it('drafts to a valid report', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('proposes every figure it states, with value, unit, qualifier and change, and nothing else', () => {
    const proposed = report.figures.map((figure) => [figure.reportedAs, figure.value, figure.unit.zh, figure.qualifier, figure.change?.direction ?? '']);
    expect(proposed).toEqual(expected);
  });

  it('gives the sections from its headings, points included', () => {
    const sectionOf = (reportedAs: string) => report.figures.find((figure) => figure.reportedAs === reportedAs)?.source.section;
    expect(sectionOf('同比下降21.3%')).toBe('导语');
    expect(sectionOf('42期')).toBe('一(一)一是');
    expect(sectionOf('1865宗')).toBe('一(一)二是');
    expect(sectionOf('2,356起')).toBe('一(二)');
    expect(sectionOf('不足80%')).toBe('二');
  });

  it('links the bracketed change to its level and gives the scope of 截至11月底 and 累计', () => {
    const level = report.figures.find((figure) => figure.reportedAs === '4.23万起');
    expect(report.figures.find((figure) => figure.reportedAs === '同比下降5.6%')?.change?.of).toBe(level?.id);
    expect(report.figures.find((figure) => figure.reportedAs === '426个')?.scope?.kind).toMatch(/cumulative|yearToDate/);
  });

  it.each([
    ['二十大', reasons.session],
    ['二十届二中全会', reasons.session],
    ['“两个维护”', reasons.quoted],
    ['四个意识', reasons.formula],
    ['十四五', reasons.fiveYearPlan],
    ['“1+3+N”', reasons.quoted],
    ['第1名', reasons.ordinal],
    ['连续11年', reasons.streak],
    ['110警情', reasons.hotline],
    ['“12·4”', reasons.quoted],
    ['一等奖', reasons.award],
    ['第一批', reasons.ordinal],
    ['两级', reasons.grade],
    ['第三十六条', reasons.article],
    ['90%', reasons.plans],
    ['每月开展一次', reasons.plans],
  ])('lists %s as not an indicator', (written, reason) => {
    expect(report.draft?.notIndicators.find((entry) => entry.text === written)?.reason).toBe(reason);
  });
});
