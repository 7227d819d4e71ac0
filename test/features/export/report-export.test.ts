import { buildFiguresCsv, buildFiguresJson, csvField, exportFileName, utf8Bom } from '@/features/export/model/report-export';
import { yantaiReport } from '../../fixtures/yantai';

const report = yantaiReport();

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads the Chinese correctly', () => {
    const csv = buildFiguresCsv(report, 'zh');
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row per figure, reported and derived, plus a header, with CRLF line ends', () => {
    const lines = buildFiguresCsv(report, 'zh').slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(report.figures.length + (report.derived?.length ?? 0) + 1);
    expect(lines[0]).toBe('编号,项目,数值,单位,性质,报告写法,时期,报告章节,报告原文,算式,前后不一');
  });

  it('keeps the qualifier and the quoted clause with each value', () => {
    const csv = buildFiguresCsv(report, 'en');
    const row = csv.split('\r\n').find((line) => line.startsWith('patrol-problems-rectified,'));
    expect(row).toBe('patrol-problems-rectified,Enforcement problems found on patrol and rectified,700,problems,Lower bound,700余个,2022,三(三),巡查整改执法问题700余个,,');
  });

  it('includes derived figures with their formula, and flags both statements of a contradiction', () => {
    const rows = buildFiguresCsv(report, 'en').split('\r\n');
    expect(rows.find((line) => line.startsWith('standard-training-people-per-session,'))).toContain('Exact figure · Derived,,2022,三(三),组织全市规范执法培训10期960人,960 ÷ 10 = 96 people per session,');
    const notices = rows.find((line) => line.startsWith('problem-notices-issued,'));
    expect(notices).toMatch(/does not say why\. \(enforcement-notices-issued\)"?$/);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('quotes fields holding commas, quotes or line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(4308)).toBe('4308');
  });
});

describe('JSON export', () => {
  it('holds every figure with its source, the contradictions, and derived figures with formula and inputs', () => {
    const data = JSON.parse(buildFiguresJson(report)) as {
      report: { id: string; year: number; publication: { date: string } };
      figures: Array<{ id: string; source: { clause: string } }>;
      contradictions: unknown[];
      derived: Array<{ id: string; formula: string; inputs: string[] }>;
    };
    expect(data.report).toMatchObject({ id: 'yantai-psb-2022', year: 2022, publication: { date: '2023-01-30' } });
    expect(data.figures).toHaveLength(report.figures.length);
    expect(data.contradictions).toHaveLength(report.contradictions.length);
    expect(data.derived).toContainEqual(
      expect.objectContaining({
        id: 'standard-training-people-per-session',
        formula: 'perUnit',
        inputs: ['standard-training-people', 'standard-training-sessions'],
      }),
    );
  });

  it('names files after the report, and CSV files (in one language) after their language too', () => {
    expect(exportFileName(report, 'csv', 'zh')).toBe('yantai-psb-2022-figures-zh.csv');
    expect(exportFileName(report, 'csv', 'en')).toBe('yantai-psb-2022-figures-en.csv');
    expect(exportFileName(report, 'json')).toBe('yantai-psb-2022-figures.json');
  });
});
