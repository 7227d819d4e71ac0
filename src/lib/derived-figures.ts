import type { DerivedFigureDefinition, DerivedFormula, Figure, Qualifier, Report } from '@/data/report-schema';
import { maximumValue } from '@/data/value-rules';

// Figures computed from report figures. The data declares each one (its inputs and a formula from this closed
// set); the value is computed here and never stored, and every result carries its inputs so the screen can
// show how it was made.

export type DerivedFigure = {
  definition: DerivedFigureDefinition;
  value: number;
  qualifier: Qualifier;
  inputs: readonly Figure[];
};

/** Why a declared figure could not be computed; data:check reports these, the screen leaves the figure out. */
export type DerivationProblem = { id: string; reason: 'missingInput' | 'zeroDivisor' | 'unboundable' | 'outOfRange' };

type Bound = 'exact' | 'atLeast' | 'atMost' | 'approximately';

/** Which way a bound on an input moves the result: a lower bound on a divisor makes the quotient an upper bound. */
function flip(bound: Bound): Bound {
  return bound === 'atLeast' ? 'atMost' : bound === 'atMost' ? 'atLeast' : bound;
}

/** Combines the bounds of terms that push the result the same way; lower and upper bounds together bound nothing. */
function combine(bounds: readonly Bound[]): Bound | undefined {
  if (bounds.includes('approximately')) return 'approximately';
  const kinds = new Set(bounds.filter((bound) => bound !== 'exact'));
  if (kinds.size === 0) return 'exact';
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

function boundOf(figure: Figure): Bound {
  return figure.qualifier === 'target' ? 'exact' : figure.qualifier;
}

/** The result's qualifier from its inputs', or undefined when no honest bound can be stated. */
export function derivedQualifier(formula: DerivedFormula, inputs: readonly Figure[]): Qualifier | undefined {
  const bounds = inputs.map(boundOf);
  switch (formula) {
    case 'sum':
      return combine(bounds);
    case 'difference':
    case 'percentOf':
    case 'perUnit':
      // The first input raises the result, the second lowers it.
      return combine([bounds[0] ?? 'exact', flip(bounds[1] ?? 'exact')]);
  }
}

function compute(formula: DerivedFormula, values: readonly number[]): number {
  const [first = 0, second = 0] = values;
  switch (formula) {
    case 'percentOf':
      return (first / second) * 100;
    case 'perUnit':
      return first / second;
    case 'sum':
      return values.reduce((sum, value) => sum + value, 0);
    case 'difference':
      return first - second;
  }
}

/** Every declared derived figure that can be computed, and why the others cannot. */
export function deriveFigures(report: Pick<Report, 'figures' | 'derived'>): { figures: Map<string, DerivedFigure>; problems: DerivationProblem[] } {
  const byId = new Map(report.figures.map((figure) => [figure.id, figure]));
  const figures = new Map<string, DerivedFigure>();
  const problems: DerivationProblem[] = [];
  for (const definition of report.derived ?? []) {
    const inputs = definition.inputs.map((id) => byId.get(id));
    if (inputs.some((input) => input === undefined || input.value === undefined)) {
      problems.push({ id: definition.id, reason: 'missingInput' });
      continue;
    }
    const present = inputs as Figure[];
    const values = present.map((input) => input.value ?? 0);
    if ((definition.formula === 'percentOf' || definition.formula === 'perUnit') && values[1] === 0) {
      problems.push({ id: definition.id, reason: 'zeroDivisor' });
      continue;
    }
    const qualifier = derivedQualifier(definition.formula, present);
    if (!qualifier) {
      problems.push({ id: definition.id, reason: 'unboundable' });
      continue;
    }
    const value = compute(definition.formula, values);
    if (!Number.isFinite(value) || Math.abs(value) > maximumValue) {
      problems.push({ id: definition.id, reason: 'outOfRange' });
      continue;
    }
    figures.set(definition.id, { definition, value, qualifier, inputs: present });
  }
  return { figures, problems };
}
