import { bundledReports } from '@/data/bundled-reports';
import type { Report } from '@/data/report-schema';
import { buildTrainingView } from '@/features/training/model/training-view';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;

describe('the training view model', () => {
  it('training keeps participation figures as lower bounds and derives people per session', () => {
    const view = buildTrainingView(report);
    expect(view.participation.map((figure) => [figure.value, figure.qualifier])).toEqual([
      [10_000, 'atLeast'],
      [20_000, 'atLeast'],
    ]);
    expect(view.peoplePerSession).toMatchObject({ value: 96, derived: { formula: 'perUnit' } });
    expect(view.qualifications.map((figure) => figure.value)).toEqual([4500, 425]);
  });
});
