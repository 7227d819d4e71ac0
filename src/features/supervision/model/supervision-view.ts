import type { Report } from '@/data/report-schema';
import { figureLookup, type FigureView } from '@/lib/figure-view';

export type SupervisionView = {
  rectified: FigureView | undefined;
  /** Every statement of the notice count; two that disagree carry a contradiction. */
  notices: FigureView[];
  backlogAssigned: FigureView | undefined;
  backlogCleared: FigureView | undefined;
  backlogCompletion: FigureView | undefined;
  efficiency: FigureView[];
};

export function buildSupervisionView(report: Report): SupervisionView {
  const lookup = figureLookup(report);
  return {
    rectified: lookup.reported('patrol-problems-rectified'),
    notices: lookup.reportedList(['problem-notices-issued', 'enforcement-notices-issued']),
    backlogAssigned: lookup.reported('key-backlog-cases-assigned'),
    backlogCleared: lookup.reported('key-backlog-cases-cleared'),
    backlogCompletion: lookup.derived('key-backlog-completion-rate'),
    efficiency: lookup.reportedList(['fast-track-administrative-cases', 'detention-to-prosecution-cases']),
  };
}
