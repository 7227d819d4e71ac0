import { readFileSync } from 'node:fs';
import path from 'node:path';
import { yantaiReport } from '../fixtures/yantai';

const report = yantaiReport();
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
  it.each(report.figures.map((candidate) => [candidate.id, candidate] as const))(
    'cites for %s a clause found in the section it names',
    (_id, candidate) => {
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
    expect(figure('case-reviewers')).toMatchObject({ value: 470, qualifier: 'exact', reached: true, reportedAs: '达470人' });
  });

  it('keeps both notice counts the report gives and links them as a contradiction', () => {
    expect(figure('problem-notices-issued')).toMatchObject({ value: 11, source: { section: '一(四)' } });
    expect(figure('enforcement-notices-issued')).toMatchObject({ value: 10, source: { section: '三(三)' } });
    const contradiction = report.contradictions.find((candidate) => candidate.id === 'notices-issued');
    expect(contradiction?.figureIds).toEqual(['problem-notices-issued', 'enforcement-notices-issued']);
  });

  it('keeps the committee briefing statements apart as the report’s second contradiction', () => {
    expect(figure('committee-briefings-quarterly')).toMatchObject({ source: { section: '一(二)' }, reportedAs: '每季度听取一次' });
    expect(figure('committee-briefings-monthly')).toMatchObject({ source: { section: '三(二)' }, qualifier: 'atLeast' });
    expect(report.contradictions.map((candidate) => candidate.id)).toEqual(['notices-issued', 'committee-briefing-frequency']);
  });

  it('groups the structure as the report does: measures, shortcomings, the principal leader’s duties, plans', () => {
    expect(report.structure.map((part) => [part.section, part.kind])).toEqual([
      ['一', 'measures'],
      ['二', 'shortcomings'],
      ['三', 'leaderDuties'],
      ['四', 'plans'],
    ]);
    expect(report.structure.find((part) => part.kind === 'shortcomings')?.items.map((item) => item.section)).toEqual(['二(一)', '二(二)', '二(三)']);
    expect(report.structure.find((part) => part.kind === 'leaderDuties')?.items.map((item) => item.section)).toEqual(['三(一)', '三(二)', '三(三)']);
    for (const part of report.structure) {
      expect(sectionText(part.section), part.section).toBeDefined();
      for (const item of part.items) expect(sectionText(item.section), item.section).toBeDefined();
    }
  });

  it('gives the report year and where it was published, and no "as of" date the report does not state', () => {
    expect(report.year).toBe(2022);
    expect(report.publication).toEqual({ date: '2023-01-30', url: 'https://www.yantai.gov.cn/art/2023/1/30/art_58374_3092946.html' });
    expect(JSON.stringify(report)).not.toContain('2022-12-31');
  });

  it('keeps the scene ids that links and meeting-room bookmarks use', () => {
    expect(report.layout?.scenes.map((scene) => scene.id)).toEqual(['overview', 'training', 'review', 'supervision', 'plans']);
  });
});
