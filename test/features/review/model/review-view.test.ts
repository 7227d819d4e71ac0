import { bundledReports } from '@/data/bundled-reports';
import type { Report } from '@/data/report-schema';
import { buildReviewView } from '@/features/review/model/review-view';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;

describe('the review view model', () => {
  it('review separates the target from reported headcounts and marks the coverage as target-derived', () => {
    const view = buildReviewView(report);
    expect(view.target).toMatchObject({ value: 5, qualifier: 'target' });
    expect(view.staff.map((figure) => figure.value)).toEqual([470, 460]);
    expect(view.coverage).toMatchObject({ value: 9400, derived: { basedOnTarget: true } });
  });
});
