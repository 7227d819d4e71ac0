import type { LocalizedText, Report } from '@/data/report-schema';
import { derivedFigureIds, type DerivedFigureId } from '@/lib/derived-figures';
import { figureLookup, type FigureView } from '@/lib/figure-view';

/** One statement of the report: a figure and the clause that states it. */
export type Statement = { figure: FigureView; period: string; section: string; clause: string };

export type ProvenanceCard = {
  figure: FigureView;
  /** The reported figure's own statement; undefined for a derived figure, whose inputs carry theirs. */
  statement: Statement | undefined;
  periods: readonly string[];
  /** A derived figure's inputs, each with its own statement. */
  inputs: readonly Statement[];
  /** Every statement of the same quantity when the report contradicts itself, this one first. */
  contradiction: { note: LocalizedText; statements: readonly Statement[] } | undefined;
};

const isDerivedId = (id: string): id is DerivedFigureId => (derivedFigureIds as readonly string[]).includes(id);

/** Everything the card says about one figure, reported or derived; undefined when the report lacks it. */
export function buildProvenanceCard(report: Report, figureId: string): ProvenanceCard | undefined {
  const lookup = figureLookup(report);
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  const statementOf = (id: string): Statement | undefined => {
    const figure = figures.get(id);
    const view = lookup.reported(id);
    if (!figure || !view) return undefined;
    return { figure: view, period: figure.period, section: figure.source.section, clause: figure.source.clause };
  };

  if (isDerivedId(figureId)) {
    const view = lookup.derived(figureId);
    if (!view?.derived) return undefined;
    const inputs = view.derived.inputs.map((input) => statementOf(input.id)).filter((s): s is Statement => s !== undefined);
    return {
      figure: view,
      statement: undefined,
      periods: [...new Set(inputs.map((input) => input.period))],
      inputs,
      contradiction: undefined,
    };
  }

  const statement = statementOf(figureId);
  if (!statement) return undefined;
  const { contradiction } = statement.figure;
  return {
    figure: statement.figure,
    statement,
    periods: [statement.period],
    inputs: [],
    contradiction: contradiction
      ? {
          note: contradiction.note,
          statements: [statement, ...contradiction.otherIds.map(statementOf).filter((s): s is Statement => s !== undefined)],
        }
      : undefined,
  };
}
