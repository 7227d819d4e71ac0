import { readFileSync } from 'node:fs';
import path from 'node:path';
import { draftReport } from '@/features/authoring/model/draft-report';
import { markedLines, textMarks } from '@/features/authoring/model/text-marks';

const text = readFileSync(path.resolve(import.meta.dirname, '../../../../src/data/sources/yantai-psb-2022.txt'), 'utf8');
const draft = draftReport(text, { id: 'yantai-psb-2022', unit: '烟台市公安局', year: 2022 });

describe('the highlighted text', () => {
  const marks = textMarks(draft);

  it('marks every proposed figure and every number that is not an indicator, without overlaps', () => {
    const figureIds = new Set(marks.flatMap((mark) => mark.targets.flatMap((target) => (target.kind === 'figure' ? [target.id] : []))));
    expect([...figureIds].sort()).toEqual(draft.report.figures.map((figure) => figure.id).sort());
    const notIndicators = new Set(marks.flatMap((mark) => mark.targets.flatMap((target) => (target.kind === 'notIndicator' ? [target.index] : []))));
    expect(notIndicators.size).toBe(draft.report.draft!.notIndicators.length);
    marks.slice(1).forEach((mark, index) => expect(mark.start).toBeGreaterThanOrEqual(marks[index]!.end));
  });

  it('gives the count inside a completion to the count, and the rest to the completion', () => {
    const count = draft.report.figures.find((figure) => figure.reportedAs === '4308件')!;
    const done = draft.report.figures.find((figure) => figure.id === `${count.id}-done`)!;
    const of = (id: string) => marks.filter((mark) => mark.targets.some((target) => target.kind === 'figure' && target.id === id)).map((mark) => text.slice(mark.start, mark.end));
    expect(of(count.id)).toEqual(['4308件']);
    expect(of(done.id).join('')).toBe(done.reportedAs.slice('4308件'.length));
  });

  it('keeps every character of the text, line by line', () => {
    const lines = markedLines(text, marks);
    const rebuilt = lines.map((line) => line.runs.map((run) => run.text).join('')).join('\n');
    expect(rebuilt).toBe(text.split('\n').filter((line) => line.trim() !== '').join('\n'));
    expect(new Set(lines.map((line) => line.key)).size).toBe(lines.length);
  });

  it('splits Windows line breaks too', () => {
    const windows = draftReport(text.replaceAll('\n', '\r\n'), { id: 'x', unit: '烟台市公安局', year: 2022 });
    const lines = markedLines(windows.extraction.report.text, textMarks(windows));
    expect(lines.every((line) => line.runs.every((run) => !run.text.includes('\r')))).toBe(true);
  });
});
