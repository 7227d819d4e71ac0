import { reportSchema, type Report } from '@/data/report-schema';
import { yantaiReport } from '../fixtures/yantai';

/** The messages zod gives for a report changed by `change`, as "path: message". */
function problemsAfter(change: (report: Report) => void): string[] {
  const report = yantaiReport();
  change(report);
  const parsed = reportSchema.safeParse(report);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const setValue = (value: number) => (report: Report) => {
  report.figures[0]!.value = value;
};

describe('the report schema refuses values no report states', () => {
  it.each([Infinity, NaN, 1e308, 1e21, 123456789012345680000, 1e-300, -1, 10.5])('refuses %s as a count of attendances', (value) => {
    expect(problemsAfter(setValue(value)).some((problem) => problem.startsWith('figures.0.value'))).toBe(true);
  });

  it('accepts decimals where the unit is not a count (5457.6 公斤)', () => {
    const problems = problemsAfter((report) => {
      Object.assign(report.figures[0]!, { value: 5457.6, unit: { zh: '公斤', en: 'kg' } });
    });
    expect(problems.filter((problem) => problem.startsWith('figures.0'))).toEqual([]);
  });

  it('refuses a unit that is % in one language and not the other, and digits in a unit', () => {
    expect(problemsAfter((report) => void (report.figures[0]!.unit = { zh: '人', en: '%' }))).toContainEqual(expect.stringMatching(/^figures\.0\.unit: .*both be "%"/));
    expect(problemsAfter((report) => void (report.figures[0]!.unit = { zh: '0,000人', en: 'people' }))).toContainEqual(expect.stringMatching(/digits/));
  });

  it('requires a value unless the figure is a change whose direction alone is stated', () => {
    expect(problemsAfter((report) => void delete report.figures[0]!.value)).toContainEqual(expect.stringMatching(/^figures\.0\.value: a value is required/));
    const problems = problemsAfter((report) => {
      delete report.figures[0]!.value;
      report.figures[0]!.change = { direction: 'decrease', basis: 'yearOnYear' };
    });
    expect(problems.filter((problem) => problem.startsWith('figures.0'))).toEqual([]);
    // It is still not a level, so the bar chart that showed it is refused.
    expect(problems).toContainEqual(expect.stringMatching(/"rotation-training-participants" is a change, not a level/));
  });
});

describe('the report schema refuses text that could mislead on screen', () => {
  it.each([
    ['a right-to-left override', '从事案件\u202E074审核人员'],
    ['a zero-width space', '从事\u200B案件'],
    ['a control character', '从事\u0007案件'],
    ['only spaces', '   '],
    ['10,000 characters', '字'.repeat(10_000)],
  ])('refuses a label with %s', (_what, label) => {
    expect(problemsAfter((report) => void (report.figures[0]!.label.zh = label)).some((problem) => problem.startsWith('figures.0.label.zh'))).toBe(true);
  });
});

describe('the report schema checks the layout against the figures', () => {
  it('names a figure that no scene shows', () => {
    expect(
      problemsAfter((report) => {
        report.layout!.scenes[0]!.panels = [{ kind: 'tiles', figures: ['case-reviewers'] }];
        report.layout!.scenes.splice(1);
      }),
    ).toContainEqual('layout: figure "rotation-training-participants" is not shown on any scene');
  });

  it('names an unknown figure id in a panel', () => {
    expect(problemsAfter((report) => void report.layout!.scenes[0]!.panels[0]!.kind)).toEqual([]);
    expect(
      problemsAfter((report) => {
        const panel = report.layout!.scenes[0]!.panels[0]!;
        if (panel.kind === 'tiles') panel.figures.push('no-such-figure');
      }),
    ).toContainEqual('layout.scenes.0.panels.0.figures.8: unknown figure id "no-such-figure"');
  });

  it('allows bars only for two or more levels that share a unit', () => {
    expect(
      problemsAfter((report) => {
        report.layout!.scenes[0]!.panels.push({ kind: 'bars', figures: ['standard-training-sessions', 'standard-training-people'] });
      }),
    ).toContainEqual(expect.stringMatching(/^layout\.scenes\.0\.panels\.1\.figures: bars need one unit; these have 期 \(sessions\), 人 \(people\)/));
  });

  it('refuses a derived figure computed from a target, such as a headcount from a staffing ratio', () => {
    expect(
      problemsAfter((report) => {
        report.derived!.push({
          id: 'reviewer-target-coverage',
          label: { zh: '按目标推算的执法人数' },
          formula: 'perUnit',
          inputs: ['case-reviewers', 'review-staff-target-ratio'],
          unit: { zh: '人' },
          theme: 'legal-review',
        });
        report.layout!.scenes[0]!.panels.push({ kind: 'tiles', figures: ['reviewer-target-coverage'] });
      }),
    ).toContainEqual('derived.2.inputs.1: "review-staff-target-ratio" is a target; derived figures take only reported levels');
  });
});
