import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledReports } from '@/data/bundled-reports';
import { reportSchema, type Report } from '@/data/report-schema';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;
const sourceText = readFileSync(path.resolve(import.meta.dirname, '../../src/data/sources/yantai-psb-2022.txt'), 'utf8');
const figure = (id: string) => report.figures.find((candidate) => candidate.id === id);

/** The report's text under a section such as 三(三): from its heading to the next heading. */
function sectionText(section: string): string | undefined {
  const match = /^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\))?$/.exec(section);
  if (!match) return undefined;
  const lines = sourceText.split('\n');
  const chapterStart = lines.findIndex((line) => line.startsWith(`${match[1]}、`));
  if (chapterStart < 0) return undefined;
  const chapterEnd = lines.findIndex((line, index) => index > chapterStart && /^[一二三四五六七八九十]+、/.test(line));
  const chapter = lines.slice(chapterStart, chapterEnd < 0 ? undefined : chapterEnd);
  if (!match[2]) return chapter.join('\n');
  return chapter.find((line) => line.startsWith(`(${match[2]})`));
}

describe('the 2022 report data module', () => {
  it('is valid against the schema', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('has unique figure ids', () => {
    const ids = report.figures.map((candidate) => candidate.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(report.figures.map((candidate) => [candidate.id, candidate] as const))(
    'cites for %s a clause that states the value as the report writes it, in the section it names',
    (_id, candidate) => {
      expect(candidate.source.clause).toContain(candidate.reportedAs);
      const text = sectionText(candidate.source.section);
      expect(text, `section ${candidate.source.section} exists`).toBeDefined();
      expect(text).toContain(candidate.source.clause);
    },
  );

  it('keeps the report qualifiers: 余 and 上万 are lower bounds, 5% is a target', () => {
    expect(figure('patrol-problems-rectified')).toMatchObject({ value: 700, qualifier: 'atLeast', reportedAs: '700余个' });
    expect(figure('rotation-training-participants')).toMatchObject({ value: 10_000, qualifier: 'atLeast' });
    expect(figure('law-exam-participants')).toMatchObject({ value: 20_000, qualifier: 'atLeast' });
    expect(figure('review-staff-target-ratio')).toMatchObject({ value: 5, qualifier: 'target' });
    expect(figure('case-reviewers')).toMatchObject({ value: 470, qualifier: 'exact', reportedAs: '达470人' });
  });

  it('keeps both notice counts the report gives and links them as a contradiction', () => {
    expect(figure('problem-notices-issued')).toMatchObject({ value: 11, source: { section: '一(四)' } });
    expect(figure('enforcement-notices-issued')).toMatchObject({ value: 10, source: { section: '三(三)' } });
    const contradiction = report.contradictions.find((candidate) => candidate.id === 'notices-issued');
    expect(contradiction?.figureIds).toEqual(['problem-notices-issued', 'enforcement-notices-issued']);
  });

  it('stores no derived figure: every figure is stated in the report text', () => {
    for (const candidate of report.figures) expect(sourceText).toContain(candidate.reportedAs);
  });

  it('lists the report structure: three shortcomings, five 2023 plans, sections that exist', () => {
    expect(report.structure.shortcomings.map((item) => item.section)).toEqual(['二(一)', '二(二)', '二(三)']);
    expect(report.structure.plans.map((item) => item.section)).toEqual(['四(一)', '四(二)', '四(三)', '四(四)', '四(五)']);
    for (const item of [...report.structure.measures, ...report.structure.shortcomings, ...report.structure.plans]) {
      expect(sectionText(item.section), item.section).toBeDefined();
    }
  });
});
