import type { Report } from '@/data/report-schema';
import { figureLookup, type FigureView } from '@/lib/figure-view';

export type TrainingView = {
  /** Person-times by programme (both are lower bounds in the 2022 report). */
  participation: FigureView[];
  standardSessions: FigureView | undefined;
  standardPeople: FigureView | undefined;
  peoplePerSession: FigureView | undefined;
  qualifications: FigureView[];
};

export function buildTrainingView(report: Report): TrainingView {
  const lookup = figureLookup(report);
  return {
    participation: lookup.reportedList(['rotation-training-participants', 'law-exam-participants']),
    standardSessions: lookup.reported('standard-training-sessions'),
    standardPeople: lookup.reported('standard-training-people'),
    peoplePerSession: lookup.derived('standard-training-people-per-session'),
    qualifications: lookup.reportedList(['enforcement-qualification-holders', 'legal-profession-exam-passed']),
  };
}
