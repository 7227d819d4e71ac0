import type { Figure, LocalizedText, Qualifier, Report } from '@/data/report-schema';

// Figures computed from report figures. They are never stored in the data module: the inputs are,
// and every derived figure carries its inputs and formula so the screen can show how it was made.

export type DerivedFormula = 'percentOf' | 'perUnit' | 'coveredAtRatio';

export type DerivedFigure = {
  id: DerivedFigureId;
  value: number;
  unit: LocalizedText;
  qualifier: Qualifier;
  formula: DerivedFormula;
  inputs: readonly Figure[];
  /** True when an input is a target, so the result is not a reported headcount. */
  basedOnTarget: boolean;
};

const percentUnit: LocalizedText = { zh: '%', en: '%' };

const definitions = {
  'key-backlog-completion-rate': {
    inputs: ['key-backlog-cases-cleared', 'key-backlog-cases-assigned'],
    formula: 'percentOf',
    unit: percentUnit,
  },
  'standard-training-people-per-session': {
    inputs: ['standard-training-people', 'standard-training-sessions'],
    formula: 'perUnit',
    unit: { zh: '人/期', en: 'people per session' },
  },
  'reviewer-target-coverage': {
    inputs: ['case-reviewers', 'review-staff-target-ratio'],
    formula: 'coveredAtRatio',
    unit: { zh: '名执法人员', en: 'enforcement staff' },
  },
} as const satisfies Record<string, { inputs: readonly [string, string]; formula: DerivedFormula; unit: LocalizedText }>;

export type DerivedFigureId = keyof typeof definitions;
export const derivedFigureIds = Object.keys(definitions) as DerivedFigureId[];

function compute(formula: DerivedFormula, a: number, b: number): number {
  switch (formula) {
    case 'percentOf':
      return (a / b) * 100;
    case 'perUnit':
      return a / b;
    case 'coveredAtRatio':
      // How many enforcement staff a review team of size a serves when reviewers must be b% of them.
      return a / (b / 100);
  }
}

/** Derives every figure whose inputs the report states; a report lacking an input simply lacks the result. */
export function deriveFigures(report: Report): Map<DerivedFigureId, DerivedFigure> {
  const byId = new Map(report.figures.map((figure) => [figure.id, figure]));
  const derived = new Map<DerivedFigureId, DerivedFigure>();
  for (const id of derivedFigureIds) {
    const definition = definitions[id];
    const [first, second] = definition.inputs.map((inputId) => byId.get(inputId));
    if (!first || !second || second.value === 0) continue;
    // A lower-bound numerator gives a lower-bound result; no definition divides by a lower bound.
    const qualifier: Qualifier = first.qualifier === 'atLeast' ? 'atLeast' : 'exact';
    derived.set(id, {
      id,
      value: compute(definition.formula, first.value, second.value),
      unit: definition.unit,
      qualifier,
      formula: definition.formula,
      inputs: [first, second],
      basedOnTarget: first.qualifier === 'target' || second.qualifier === 'target',
    });
  }
  return derived;
}
