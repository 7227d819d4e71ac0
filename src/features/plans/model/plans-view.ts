import type { Report, StructureItem } from '@/data/report-schema';

export type PlansView = {
  measures: readonly StructureItem[];
  shortcomings: readonly StructureItem[];
  plans: readonly StructureItem[];
};

export function buildPlansView(report: Report): PlansView {
  return { ...report.structure };
}
