import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema, type Figure } from '@/data/report-schema';
import { draftReport } from '@/features/authoring/model/draft-report';
import { reportFileText } from '@/features/authoring/model/report-file';
import {
  carryOver,
  contradictionState,
  editIssues,
  emptyReview,
  figureState,
  reviewedReport,
  reviewProgress,
  settledEdit,
  type Review,
} from '@/features/authoring/model/review';

const text = readFileSync(path.resolve(import.meta.dirname, '../../../../src/data/sources/yantai-psb-2022.txt'), 'utf8');
const { report: draft } = draftReport(text, { id: 'yantai-psb-2022', unit: '烟台市公安局', year: 2022 });
const figure = (reportedAs: string) => draft.figures.find((candidate) => candidate.reportedAs === reportedAs) as Figure;
const acceptAll = (review: Review = emptyReview): Review => ({
  ...review,
  figures: Object.fromEntries(draft.figures.map((candidate) => [candidate.id, review.figures[candidate.id] ?? 'accepted'])),
  contradictions: Object.fromEntries(draft.contradictions.map((contradiction) => [contradiction.id, 'accepted'])),
});

describe('reviewing a draft', () => {
  it('with no decisions, writes exactly the draft', () => {
    expect(reportFileText(reviewedReport(draft, emptyReview))).toBe(reportFileText(draft));
    expect(reviewProgress(draft, emptyReview)).toMatchObject({ figures: 18, proposed: 18, contradictionsOpen: 2, complete: false });
  });

  it('keeps accepted figures as accepted and drops rejected ones with the contradictions that name them', () => {
    const notices = draft.contradictions[0]!;
    const [first, second] = notices.figureIds;
    const review: Review = { ...emptyReview, figures: { [first!]: 'accepted', [second!]: 'rejected' } };
    const file = reviewedReport(draft, review);
    expect(file.figures.find((candidate) => candidate.id === first)?.review).toBe('accepted');
    expect(file.figures.some((candidate) => candidate.id === second)).toBe(false);
    expect(file.contradictions.map((contradiction) => contradiction.id)).not.toContain(notices.id);
    expect(contradictionState(review, notices)).toBe('dropped');
    expect(reportSchema.safeParse(file).success).toBe(true);
  });

  it('keeps a change whose level was rejected, unlinked from it', () => {
    const synthetic = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/authoring/synthetic-report.txt'), 'utf8');
    const { report } = draftReport(synthetic, { id: 'synthetic', unit: '某市公安局', year: 2023 });
    const change = report.figures.find((candidate) => candidate.change?.of !== undefined)!;
    const file = reviewedReport(report, { ...emptyReview, figures: { [change.change!.of!]: 'rejected' } });
    expect(file.figures.find((candidate) => candidate.id === change.id)?.change).toEqual({ direction: change.change!.direction, basis: change.change!.basis });
    expect(reportSchema.safeParse(file).success).toBe(true);
  });

  it('writes an edit in the schema’s key order, with review "edited"', () => {
    const original = figure('700余个');
    const edited = settledEdit(original, { ...original, label: { zh: original.label.zh, en: 'Enforcement qualifications' } });
    expect(edited).toBeDefined();
    const review: Review = { ...emptyReview, figures: { [original.id]: 'accepted' }, edits: { [original.id]: edited! } };
    expect(figureState(review, original.id)).toBe('edited');
    const written = reviewedReport(draft, review).figures.find((candidate) => candidate.id === original.id)!;
    expect(written).toMatchObject({ review: 'edited', label: { en: 'Enforcement qualifications' } });
    expect(Object.keys(written)).toEqual(Object.keys(original));
  });

  it('treats an edit that changes nothing as no edit', () => {
    const original = figure('700余个');
    expect(settledEdit(original, { ...original })).toBeUndefined();
  });

  it('names the field and the schema’s message for an edit the schema refuses', () => {
    const original = figure('700余个');
    expect(editIssues(draft, emptyReview, { ...original, label: { zh: '' } })).toEqual([
      { field: 'labelZh', message: 'must not be empty or only spaces' },
    ]);
    expect(editIssues(draft, emptyReview, { ...original, value: 700.5 })).toEqual([
      { field: 'value', message: expect.stringMatching(/counts whole things/) as unknown as string },
    ]);
    expect(editIssues(draft, emptyReview, { ...original, unit: { zh: '%', en: 'items' } })).toEqual([
      { field: 'unitZh', message: expect.stringMatching(/must both be "%" or neither/) as unknown as string },
    ]);
    expect(editIssues(draft, emptyReview, { ...original, value: 710 })).toEqual([]);
  });

  it('puts the schema’s complaints about the source on the section, the clause and the written form', () => {
    const original = figure('700余个');
    expect(editIssues(draft, emptyReview, { ...original, source: { ...original.source, section: '第三节' } })).toEqual([
      { field: 'section', message: expect.stringMatching(/must be a section/) as unknown as string },
    ]);
    expect(editIssues(draft, emptyReview, { ...original, source: { ...original.source, clause: ' 巡查整改执法问题700余个' } })).toEqual([
      { field: 'clause', message: 'must not start or end with spaces' },
    ]);
    expect(editIssues(draft, emptyReview, { ...original, reportedAs: '800余个' })).toEqual([
      { field: 'reportedAs', message: '"800余个" does not occur in the cited clause' },
    ]);
  });

  it('is marked reviewed only when every figure and contradiction is decided', () => {
    const halfway: Review = { ...acceptAll(), contradictions: {}, markReviewed: true };
    expect(reviewedReport(draft, halfway).status).toBe('draft');
    const done: Review = { ...acceptAll(), markReviewed: true };
    expect(reviewProgress(draft, done).complete).toBe(true);
    const file = reviewedReport(draft, done);
    expect(file).not.toHaveProperty('status');
    expect(file.figures.every((candidate) => !('review' in candidate))).toBe(true);
    expect(reportSchema.safeParse(file).success).toBe(true);
  });

  it('cannot be complete with every figure rejected: a report needs one', () => {
    const review: Review = { ...emptyReview, figures: Object.fromEntries(draft.figures.map((candidate) => [candidate.id, 'rejected'])) };
    expect(reviewProgress(draft, review)).toMatchObject({ rejected: 18, contradictionsOpen: 0, complete: false });
  });
});

describe('drafting the text again', () => {
  it('keeps the decisions on figures proposed exactly as before, and drops the rest', () => {
    const [first, second] = draft.figures;
    const review: Review = { ...emptyReview, figures: { [first!.id]: 'accepted', [second!.id]: 'rejected' } };
    const again = draftReport(text.replace(second!.reportedAs, second!.reportedAs.replace(/\d/u, '9')), { id: 'yantai-psb-2022', unit: '烟台市公安局', year: 2022 }).report;
    const carried = carryOver(draft, review, again);
    expect(carried.figures).toEqual({ [first!.id]: 'accepted' });
  });
});
