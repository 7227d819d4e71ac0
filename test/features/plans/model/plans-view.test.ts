import { bundledReports } from '@/data/bundled-reports';
import type { Report } from '@/data/report-schema';
import { buildPlansView } from '@/features/plans/model/plans-view';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;

describe('the plans view model', () => {
  it('plans lists shortcomings and plans with their sections', () => {
    const view = buildPlansView(report);
    expect(view.shortcomings).toHaveLength(3);
    expect(view.plans).toHaveLength(5);
    expect(view.measures[0]?.section).toBe('一(一)');
  });
});
