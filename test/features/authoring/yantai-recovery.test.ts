import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema, type Figure } from '@/data/report-schema';
import { draftReport } from '@/features/authoring/model/draft-report';

// The measure of issue 11, part 4: the Yantai 2022 full text through the extractor recovers every figure of
// the hand-made data file. Clauses are judged equal when identical, or when one contains the other: the
// hand-made file sometimes quotes a clause with the one before it for context (…监督机制,下发执法通报10期),
// where the extractor quotes the shortest stretch that states the figure. Both are verbatim in the source.

const root = path.resolve(import.meta.dirname, '../../..');
const text = readFileSync(path.join(root, 'src/data/sources/yantai-psb-2022.txt'), 'utf8');
const answers = reportSchema.parse(JSON.parse(readFileSync(path.join(root, 'src/data/reports/yantai-psb-2022.json'), 'utf8')));
const { report } = draftReport(text, { id: 'yantai-psb-2022', unit: '烟台市公安局', year: 2022, sourceFile: 'yantai-psb-2022.txt' });

type Match = { answer: Figure; proposal: Figure; clause: 'equal' | 'contains' };

function sameClause(a: string, b: string): Match['clause'] | undefined {
  if (a === b) return 'equal';
  return a.includes(b) || b.includes(a) ? 'contains' : undefined;
}

// One proposal per answer, never the same proposal twice.
const used = new Set<string>();
const matches = new Map<string, Match | undefined>();
for (const answer of answers.figures) {
  const proposal = report.figures.find(
    (candidate) =>
      !used.has(candidate.id) &&
      candidate.value === answer.value &&
      candidate.unit.zh === answer.unit.zh &&
      candidate.qualifier === answer.qualifier &&
      (candidate.reached ?? false) === (answer.reached ?? false) &&
      candidate.source.section === answer.source.section &&
      sameClause(candidate.source.clause, answer.source.clause) !== undefined,
  );
  if (proposal) used.add(proposal.id);
  matches.set(answer.id, proposal && { answer, proposal, clause: sameClause(proposal.source.clause, answer.source.clause) ?? 'contains' });
}

describe('the Yantai 2022 full text through the extractor', () => {
  it('is a valid draft report', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it.each(answers.figures.map((figure) => [figure.id, figure.reportedAs]))(
    'recovers %s (%s) with the same value, unit, qualifier, reached, section and clause',
    (id) => {
      expect(matches.get(id), `no proposal matches ${id}`).toBeDefined();
    },
  );

  it('quotes the clause exactly for all but the two notices, where the data file adds the clause before', () => {
    const contained = [...matches.values()].filter((match) => match?.clause === 'contains').map((match) => match?.answer.id);
    expect(contained).toEqual(['problem-notices-issued', 'enforcement-notices-issued']);
  });

  it('keeps the words of each figure as written (reportedAs) where the data file does', () => {
    const differing = [...matches.values()].filter((match) => match && match.proposal.reportedAs !== match.answer.reportedAs);
    expect(differing.map((match) => match?.answer.id)).toEqual([]);
  });

  it('proposes the notices contradiction (11期 in 一(四), 10期 in 三(三))', () => {
    const notices = [matches.get('problem-notices-issued')?.proposal.id, matches.get('enforcement-notices-issued')?.proposal.id];
    expect(report.contradictions.map((contradiction) => contradiction.figureIds)).toContainEqual(notices);
  });

  it('proposes no figure that is not in the data file', () => {
    expect(report.figures.filter((figure) => !used.has(figure.id)).map((figure) => figure.reportedAs)).toEqual([]);
  });
});
