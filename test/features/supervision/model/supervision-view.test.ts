import { bundledReports } from '@/data/bundled-reports';
import type { Report } from '@/data/report-schema';
import { buildSupervisionView } from '@/features/supervision/model/supervision-view';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;

describe('the supervision view model', () => {
  it('supervision shows both notice counts, each marked as contradicted by the other', () => {
    const view = buildSupervisionView(report);
    expect(view.notices.map((figure) => [figure.value, figure.sections[0], figure.contradiction?.otherIds])).toEqual([
      [11, '一(四)', ['enforcement-notices-issued']],
      [10, '三(三)', ['problem-notices-issued']],
    ]);
    expect(view.backlogCompletion?.value).toBe(100);
    expect(view.rectified).toMatchObject({ value: 700, qualifier: 'atLeast' });
    expect(view.efficiency.map((figure) => figure.value)).toEqual([11_961, 113]);
  });
});
