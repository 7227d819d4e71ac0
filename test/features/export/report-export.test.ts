import { bundledReports } from '@/data/bundled-reports';
import { buildFiguresCsv, buildFiguresJson, csvField, exportFileName, utf8Bom } from '@/features/export/model/report-export';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022')!;

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads the Chinese correctly', () => {
    const csv = buildFiguresCsv(report, 'zh');
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row per reported figure plus a header, with CRLF line ends', () => {
    const lines = buildFiguresCsv(report, 'zh').slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(report.figures.length + 1);
    expect(lines[0]).toBe('编号,项目,数值,单位,性质,报告写法,时期,报告章节,报告原文');
  });

  it('keeps the qualifier and the quoted clause with each value', () => {
    const csv = buildFiguresCsv(report, 'en');
    const row = csv.split('\r\n').find((line) => line.startsWith('patrol-problems-rectified,'));
    expect(row).toBe('patrol-problems-rectified,Enforcement problems found on patrol and rectified,700,problems,lower bound,700余个,2022,三(三),巡查整改执法问题700余个');
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
      report: { id: string; asOf: string };
      figures: Array<{ id: string; source: { clause: string } }>;
      contradictions: unknown[];
      derived: Array<{ id: string; formula: string; inputs: string[] }>;
    };
    expect(data.report).toMatchObject({ id: 'yantai-psb-2022', asOf: '2022-12-31' });
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

  it('names files after the report', () => {
    expect(exportFileName(report, 'csv')).toBe('yantai-psb-2022-figures.csv');
  });
});
