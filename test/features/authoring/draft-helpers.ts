import type { Figure, Report } from '@/data/report-schema';
import { draftReport } from '@/features/authoring/model/draft-report';

/** A draft of a short text, as data:draft would write it. */
export function draft(text: string, year = 2023): Report {
  return draftReport(text, { id: 'test-report', unit: '某市公安局', year }).report;
}

/** The one proposed figure written as `reportedAs`; fails the test if there is none or several. */
export function figureWritten(report: Report, reportedAs: string): Figure {
  const found = report.figures.filter((figure) => figure.reportedAs === reportedAs);
  if (found.length !== 1) {
    throw new Error(`expected one figure written “${reportedAs}”, found ${found.length}: ${report.figures.map((figure) => figure.reportedAs).join(' | ')}`);
  }
  return found[0] as Figure;
}

export const notIndicatorTexts = (report: Report) => report.draft?.notIndicators.map((entry) => entry.text) ?? [];
