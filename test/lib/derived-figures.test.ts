import type { Figure, Report } from '@/data/report-schema';
import { derivedQualifier, deriveFigures } from '@/lib/derived-figures';
import { figureLookup, formatFormula } from '@/lib/figure-view';
import { yantaiReport } from '../fixtures/yantai';

const level = (id: string, value: number, qualifier: Figure['qualifier'] = 'exact'): Figure => ({
  id,
  label: { zh: id },
  value,
  unit: { zh: '件', en: 'cases' },
  qualifier,
  reportedAs: `${value}件`,
  theme: 'backlog',
  source: { section: '一', clause: `${value}件` },
});

describe('derived figures', () => {
  it('computes what the data declares: the key-backlog completion and people per training session', () => {
    const { figures, problems } = deriveFigures(yantaiReport());
    expect(problems).toEqual([]);
    expect(figures.get('key-backlog-completion-rate')).toMatchObject({ value: 100, qualifier: 'exact' });
    expect(figures.get('standard-training-people-per-session')?.value).toBe(96);
  });

  it('no longer derives an enforcement headcount from the 5% staffing target', () => {
    const report = yantaiReport();
    expect(figureLookup(report).get('reviewer-target-coverage')).toBeUndefined();
    expect(figureLookup(report).all().some((figure) => figure.derived?.inputs.some((input) => input.qualifier === 'target'))).toBe(false);
  });

  it('carries its inputs, and shows its formula with their values', () => {
    const lookup = figureLookup(yantaiReport());
    const completion = lookup.get('key-backlog-completion-rate')!;
    expect(completion.derived?.inputs.map((input) => input.id)).toEqual(['key-backlog-cases-cleared', 'key-backlog-cases-assigned']);
    expect(completion.sections).toEqual(['三(三)']);
    expect(formatFormula(completion, 'en')).toBe('4,308 ÷ 4,308 × 100% = 100%');
    expect(formatFormula(lookup.get('standard-training-people-per-session')!, 'zh')).toBe('960 ÷ 10 = 96 人/期');
  });

  it('keeps bounds honest: a lower-bound numerator gives a lower bound, a lower-bound divisor an upper bound', () => {
    expect(derivedQualifier('percentOf', [level('a', 700, 'atLeast'), level('b', 1000)])).toBe('atLeast');
    expect(derivedQualifier('perUnit', [level('a', 700), level('b', 10, 'atLeast')])).toBe('atMost');
    expect(derivedQualifier('difference', [level('a', 700), level('b', 10, 'atLeast')])).toBe('atMost');
    expect(derivedQualifier('sum', [level('a', 700, 'atLeast'), level('b', 10)])).toBe('atLeast');
    expect(derivedQualifier('sum', [level('a', 700, 'approximately'), level('b', 10)])).toBe('approximately');
  });

  it('refuses to state a bound it cannot know, and to divide by zero', () => {
    const base = yantaiReport();
    const report: Report = {
      ...base,
      figures: [level('a', 700, 'atLeast'), level('b', 10, 'atLeast'), level('z', 0)],
      derived: [
        { id: 'both-bounds', label: { zh: '比' }, formula: 'perUnit', inputs: ['a', 'b'], unit: { zh: '件' }, theme: 'backlog' },
        { id: 'by-zero', label: { zh: '除以零' }, formula: 'perUnit', inputs: ['a', 'z'], unit: { zh: '件' }, theme: 'backlog' },
        { id: 'no-input', label: { zh: '缺' }, formula: 'sum', inputs: ['a', 'missing'], unit: { zh: '件' }, theme: 'backlog' },
      ],
    };
    const { figures, problems } = deriveFigures(report);
    expect(figures.size).toBe(0);
    expect(problems).toEqual([
      { id: 'both-bounds', reason: 'unboundable' },
      { id: 'by-zero', reason: 'zeroDivisor' },
      { id: 'no-input', reason: 'missingInput' },
    ]);
  });
});
