import type { Report } from '@/data/report-schema';
import { figureLookup, type FigureView } from '@/lib/figure-view';

export type ReviewView = {
  target: FigureView | undefined;
  staff: FigureView[];
  /** Derived from the target: what the reviewer count covers, not a reported headcount. */
  coverage: FigureView | undefined;
};

export function buildReviewView(report: Report): ReviewView {
  const lookup = figureLookup(report);
  return {
    target: lookup.reported('review-staff-target-ratio'),
    staff: lookup.reportedList(['case-reviewers', 'part-time-legal-officers']),
    coverage: lookup.derived('reviewer-target-coverage'),
  };
}
