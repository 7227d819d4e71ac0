import type { LocalizedText, Report } from '@/data/report-schema';
import { figureLookup, type FigureView } from '@/lib/figure-view';

export type QualityStatement = { figure: FigureView; section: string; clause: string };

export type QualityView = {
  contradictions: Array<{ id: string; note: LocalizedText; statements: QualityStatement[] }>;
  derived: FigureView[];
  /** Figures the report gives only as a bound or an approximation ("余", "上万", "不到", "约"). */
  bounds: QualityStatement[];
  /** Targets: what the report asks for, not what was achieved. */
  targets: QualityStatement[];
};

/** Everything a careful reader should know before quoting the report's numbers. */
export function buildQualityView(report: Report): QualityView {
  const lookup = figureLookup(report);
  const statementOf = (id: string): QualityStatement[] => {
    const figure = lookup.get(id);
    const source = report.figures.find((candidate) => candidate.id === id)?.source;
    return figure && source ? [{ figure, section: source.section, clause: source.clause }] : [];
  };
  const reported = report.figures.map((figure) => figure.id);
  const withQualifier = (qualifiers: readonly string[]) =>
    reported.filter((id) => qualifiers.includes(lookup.get(id)?.qualifier ?? '')).flatMap(statementOf);
  return {
    contradictions: report.contradictions.map((contradiction) => ({
      id: contradiction.id,
      note: contradiction.note,
      statements: contradiction.figureIds.flatMap(statementOf),
    })),
    derived: lookup.all().filter((figure) => figure.derived),
    bounds: withQualifier(['atLeast', 'atMost', 'approximately']),
    targets: withQualifier(['target']),
  };
}
