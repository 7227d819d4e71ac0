import { buildProvenanceCard } from '@/features/provenance/model/provenance-card';
import { yantaiReport } from '../../fixtures/yantai';

const report = yantaiReport();

describe('provenance card model', () => {
  it('gives a reported figure its period (the report’s year unless it says otherwise), section and clause', () => {
    const card = buildProvenanceCard(report, 'patrol-problems-rectified')!;
    expect(card.figure.qualifier).toBe('atLeast');
    expect(card.scopes).toEqual([undefined]);
    expect(card.statement).toMatchObject({ section: '三(三)', clause: '巡查整改执法问题700余个' });
    expect(card.contradiction).toBeUndefined();
  });

  it('gives a derived figure its inputs, each with its own statement', () => {
    const card = buildProvenanceCard(report, 'standard-training-people-per-session')!;
    expect(card.statement).toBeUndefined();
    expect(card.figure.derived?.formula).toBe('perUnit');
    expect(card.inputs.map((input) => input.figure.id)).toEqual(['standard-training-people', 'standard-training-sessions']);
    expect(card.inputs[0]?.clause).toBe('组织全市规范执法培训10期960人');
  });

  it('shows both statements where the report contradicts itself, this one first', () => {
    const card = buildProvenanceCard(report, 'enforcement-notices-issued')!;
    expect(card.contradiction?.statements.map((statement) => [statement.figure.id, statement.section])).toEqual([
      ['enforcement-notices-issued', '三(三)'],
      ['problem-notices-issued', '一(四)'],
    ]);
    expect(card.contradiction?.note.en).toMatch(/two different numbers .* does not say why/);
  });

  it('has no card for a figure the report lacks', () => {
    expect(buildProvenanceCard(report, 'no-such-figure')).toBeUndefined();
  });
});
