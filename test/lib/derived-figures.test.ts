import { bundledReports } from '@/data/bundled-reports';
import type { Report } from '@/data/report-schema';
import { deriveFigures } from '@/lib/derived-figures';
import { figureLookup, formatFormula } from '@/lib/figure-view';

const report = bundledReports.find((candidate) => candidate.id === 'yantai-psb-2022') as Report;

describe('derived figures', () => {
  const derived = deriveFigures(report);

  it('computes the key-backlog completion from cleared and assigned cases', () => {
    expect(derived.get('key-backlog-completion-rate')).toMatchObject({ value: 100, qualifier: 'exact', basedOnTarget: false });
  });

  it('computes people per standardised-training session from 960 people in 10 sessions', () => {
    expect(derived.get('standard-training-people-per-session')?.value).toBe(96);
  });

  it('marks what 470 reviewers cover at the 5% target as derived from a target', () => {
    expect(derived.get('reviewer-target-coverage')).toMatchObject({ value: 9400, basedOnTarget: true });
  });

  it('carries its inputs, and shows its formula with their values', () => {
    const view = figureLookup(report).derived('key-backlog-completion-rate');
    expect(view?.derived?.inputs.map((input) => input.id)).toEqual(['key-backlog-cases-cleared', 'key-backlog-cases-assigned']);
    expect(view?.sections).toEqual(['三(三)']);
    expect(formatFormula(view!, 'en')).toBe('4,308 ÷ 4,308 × 100% = 100%');
    expect(formatFormula(figureLookup(report).derived('standard-training-people-per-session')!, 'zh')).toBe('960 ÷ 10 = 96 人/期');
  });

  it('derives nothing from a report that lacks the inputs', () => {
    const partial: Report = { ...report, figures: report.figures.filter((figure) => figure.id !== 'case-reviewers') };
    expect(deriveFigures(partial).has('reviewer-target-coverage')).toBe(false);
  });
});
