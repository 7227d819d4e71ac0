import type { Report } from '@/data/report-schema';
import { figureLookup, type FigureView } from '@/lib/figure-view';

export type OverviewView = {
  headlines: Array<{ id: string; figure: FigureView | undefined }>;
};

// The report's headline figures, in reading order: capacity first, then results.
export const overviewFigureIds = [
  'rotation-training-participants',
  'law-exam-participants',
  'enforcement-qualification-holders',
  'case-reviewers',
  'patrol-problems-rectified',
  'key-backlog-cases-cleared',
  'fast-track-administrative-cases',
  'detention-to-prosecution-cases',
] as const;

export function buildOverviewView(report: Report): OverviewView {
  const lookup = figureLookup(report);
  return { headlines: overviewFigureIds.map((id) => ({ id, figure: lookup.reported(id) })) };
}
