import { guessFromTitle, readReportId, readReportYear, readUnitName } from '@/features/authoring/model/draft-options';

describe('the report id, unit and year a draft needs', () => {
  it('accepts a kebab-case id of at most 64 characters and nothing else', () => {
    expect(readReportId('yantai-psb-2023')).toBe('yantai-psb-2023');
    for (const id of ['Yantai', 'yantai--2023', '-yantai', 'yantai_2023', '', 'a'.repeat(65)]) expect(readReportId(id)).toBeUndefined();
  });

  it('trims the unit name and refuses an empty, long or control-character one', () => {
    expect(readUnitName('  烟台市公安局 ')).toBe('烟台市公安局');
    for (const unit of ['', '   ', '烟'.repeat(81), '烟台\u0007']) expect(readUnitName(unit)).toBeUndefined();
  });

  it('accepts four-digit years from 1949 to 2100', () => {
    expect(readReportYear('2023')).toBe(2023);
    for (const year of ['23', '1948', '2101', '２０２３', '2023 ', '']) expect(readReportYear(year)).toBeUndefined();
  });

  it('reads the unit and year from a title line, and nothing from an opening sentence', () => {
    expect(guessFromTitle('金华市公安局 2020年法治政府建设年度报告\n正文')).toEqual({ unit: '金华市公安局', year: 2020 });
    expect(guessFromTitle('\uFEFF广州市公安局增城区分局关于2024年度法治政府建设情况的报告')).toEqual({ unit: '广州市公安局增城区分局', year: 2024 });
    expect(guessFromTitle('2022年,烟台市公安局坚持以习近平法治思想为指导')).toEqual({});
  });
});
