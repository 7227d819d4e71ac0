import { bundledReports } from '@/data/bundled-reports';
import type { Report } from '@/data/report-schema';
import { buildOverviewView, overviewFigureIds } from '@/features/overview/model/overview-view';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;
const withoutFigures = (...ids: string[]): Report => ({ ...report, figures: report.figures.filter((figure) => !ids.includes(figure.id)) });

describe('the overview view model', () => {
  it('overview lists the headline figures in order, with a gap where the report lacks one', () => {
    expect(buildOverviewView(report).headlines.map((headline) => headline.figure?.value)).toEqual([10_000, 20_000, 4500, 470, 700, 4308, 11_961, 113]);
    const partial = buildOverviewView(withoutFigures('case-reviewers'));
    expect(partial.headlines.map((headline) => headline.id)).toEqual([...overviewFigureIds]);
    expect(partial.headlines.find((headline) => headline.id === 'case-reviewers')?.figure).toBeUndefined();
  });
});
