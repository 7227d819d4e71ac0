import type { LocalizedText, Report } from '@/data/report-schema';
import { figureLookup, type FigureView } from '@/lib/figure-view';

/** One statement of the report: a figure and the clause that states it. */
export type Statement = {
  figure: FigureView;
  /** The period or scope the report gives the figure; undefined when it is simply the report's year. */
  scope: LocalizedText | undefined;
  section: string;
  clause: string;
};

export type ProvenanceCard = {
  figure: FigureView;
  /** The reported figure's own statement; undefined for a derived figure, whose inputs carry theirs. */
  statement: Statement | undefined;
  /** The periods the figure covers (a derived figure's inputs may differ); undefined is the report's year. */
  scopes: ReadonlyArray<LocalizedText | undefined>;
  /** A derived figure's inputs, each with its own statement. */
  inputs: readonly Statement[];
  /** Every statement of the same quantity when the report contradicts itself, this one first. */
  contradiction: { note: LocalizedText; statements: readonly Statement[] } | undefined;
};

/** Everything the card says about one figure, reported or derived; undefined when the report lacks it. */
export function buildProvenanceCard(report: Report, figureId: string): ProvenanceCard | undefined {
  const lookup = figureLookup(report);
  const sources = new Map(report.figures.map((figure) => [figure.id, figure.source]));
  const statementOf = (id: string): Statement[] => {
    const view = lookup.get(id);
    const source = sources.get(id);
    return view && source ? [{ figure: view, scope: view.scope?.label, section: source.section, clause: source.clause }] : [];
  };
  const figure = lookup.get(figureId);
  if (!figure) return undefined;

  if (figure.derived) {
    const inputs = figure.derived.inputs.flatMap((input) => statementOf(input.id));
    const scopes = [...new Map(inputs.map((input) => [input.scope?.zh, input.scope])).values()];
    return { figure, statement: undefined, scopes, inputs, contradiction: undefined };
  }

  const [statement] = statementOf(figureId);
  if (!statement) return undefined;
  const { contradiction } = figure;
  return {
    figure,
    statement,
    scopes: [statement.scope],
    inputs: [],
    contradiction: contradiction ? { note: contradiction.note, statements: [statement, ...contradiction.otherIds.flatMap(statementOf)] } : undefined,
  };
}
