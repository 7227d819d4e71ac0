import { buildQualityView } from '@/features/data-quality/model/quality-view';
import { yantaiReport } from '../../fixtures/yantai';

const report = yantaiReport();

describe('data-quality view model', () => {
  const view = buildQualityView(report);

  it('lists every contradiction with all of its statements', () => {
    expect(view.contradictions.map((c) => c.id)).toEqual(['notices-issued', 'committee-briefing-frequency']);
    expect(view.contradictions[1]?.statements.map((s) => s.clause)).toEqual([
      expect.stringContaining('每季度听取一次'),
      expect.stringContaining('每月至少听取一次'),
    ]);
  });

  it('lists every derived figure', () => {
    expect(view.derived.map((figure) => figure.id).sort()).toEqual([
      'key-backlog-completion-rate',
      'standard-training-people-per-session',
    ]);
  });

  it('lists every figure given only as a bound or an approximation, and the targets separately', () => {
    expect(view.bounds.map((s) => s.figure.id)).toEqual(
      report.figures.filter((figure) => ['atLeast', 'atMost', 'approximately'].includes(figure.qualifier)).map((figure) => figure.id),
    );
    expect(view.bounds.map((s) => s.figure.id)).toContain('committee-briefings-monthly');
    expect(view.targets.map((s) => s.figure.id)).toEqual(['review-staff-target-ratio']);
  });
});
