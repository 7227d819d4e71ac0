import type { LocalizedText, Report } from '@/data/report-schema';
import { deriveFigures } from '@/lib/derived-figures';
import { derivedFigureView, reportedFigureView, type FigureView } from '@/lib/figure-view';

export type QualityStatement = { figure: FigureView; section: string; clause: string };

export type QualityView = {
  contradictions: Array<{ id: string; note: LocalizedText; statements: QualityStatement[] }>;
  derived: FigureView[];
  /** Figures the report gives only as a lower bound ("余", "上万", "至少"). */
  bounds: QualityStatement[];
  /** Targets: what the report asks for, not what was achieved. */
  targets: QualityStatement[];
};

/** Everything a careful reader should know before quoting the report's numbers. */
export function buildQualityView(report: Report): QualityView {
  const statements = new Map(
    report.figures.map((figure) => [
      figure.id,
      { figure: reportedFigureView(figure, report.contradictions), section: figure.source.section, clause: figure.source.clause },
    ]),
  );
  const ofQualifier = (qualifier: 'atLeast' | 'target') =>
    report.figures.filter((figure) => figure.qualifier === qualifier).map((figure) => statements.get(figure.id)!);
  return {
    contradictions: report.contradictions.map((contradiction) => ({
      id: contradiction.id,
      note: contradiction.note,
      statements: contradiction.figureIds.map((id) => statements.get(id)).filter((s): s is QualityStatement => s !== undefined),
    })),
    derived: [...deriveFigures(report).values()].map(derivedFigureView),
    bounds: ofQualifier('atLeast'),
    targets: ofQualifier('target'),
  };
}
