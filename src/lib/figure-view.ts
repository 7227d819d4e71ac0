import type { Change, Contradiction, Figure, LocalizedText, Qualifier, Report, ReviewState, Scope } from '@/data/report-schema';
import { deriveFigures, type DerivedFigure } from '@/lib/derived-figures';
import { formatFigureValue } from '@/lib/format';
import { isPercentUnit, qualifierSentenceKeys, unitAfterNumber } from '@/lib/figure-semantics';
import { translate } from '@/i18n/messages';
import { pickText } from '@/i18n/pick-text';
import type { Locale } from '@/i18n/locale';

// What a tile, a bar or a table row needs to show one figure, reported or derived, with its provenance.
export type FigureView = {
  id: string;
  label: LocalizedText;
  /** Absent for a change whose direction alone the report states. */
  value?: number;
  unit: LocalizedText;
  qualifier: Qualifier;
  /** The report says the figure reached this value (达). */
  reached: boolean;
  reportedAs?: string;
  change?: Change;
  scope?: Scope;
  theme: string;
  sections: readonly string[];
  clauses: readonly string[];
  /** Changes the report states for this level (警情39665起，同比下降4.49%), shown beside it. */
  changes: readonly FigureView[];
  derived?: { formula: DerivedFigure['definition']['formula']; inputs: readonly FigureView[] };
  contradiction?: { id: string; note: LocalizedText; otherIds: readonly string[] };
  review?: ReviewState;
};

function contradictionFor(figureId: string, contradictions: readonly Contradiction[]): FigureView['contradiction'] {
  const found = contradictions.find((contradiction) => contradiction.figureIds.includes(figureId));
  return found ? { id: found.id, note: found.note, otherIds: found.figureIds.filter((id) => id !== figureId) } : undefined;
}

function reportedFigureView(figure: Figure, report: Pick<Report, 'contradictions'>, changes: readonly FigureView[]): FigureView {
  const contradiction = contradictionFor(figure.id, report.contradictions);
  return {
    id: figure.id,
    label: figure.label,
    ...(figure.value !== undefined ? { value: figure.value } : {}),
    unit: figure.unit,
    qualifier: figure.qualifier,
    reached: figure.reached === true,
    reportedAs: figure.reportedAs,
    ...(figure.change ? { change: figure.change } : {}),
    ...(figure.scope ? { scope: figure.scope } : {}),
    theme: figure.theme,
    sections: [figure.source.section],
    clauses: [figure.source.clause],
    changes,
    ...(contradiction ? { contradiction } : {}),
    ...(figure.review ? { review: figure.review } : {}),
  };
}

function derivedFigureView(derived: DerivedFigure, inputs: readonly FigureView[]): FigureView {
  const { definition } = derived;
  return {
    id: definition.id,
    label: definition.label,
    value: derived.value,
    unit: definition.formula === 'percentOf' ? { zh: '%', en: '%' } : definition.unit,
    qualifier: derived.qualifier,
    reached: false,
    theme: definition.theme,
    sections: [...new Set(inputs.flatMap((input) => input.sections))],
    clauses: [...new Set(inputs.flatMap((input) => input.clauses))],
    changes: [],
    derived: { formula: definition.formula, inputs },
  };
}

export type FigureLookup = {
  /** A reported or derived figure by id; undefined when the report lacks it (the "missing" state). */
  get(id: string): FigureView | undefined;
  /** The figures among `ids` that the report has, in that order. */
  list(ids: readonly string[]): FigureView[];
  /** Every figure, reported then derived, in the report's order. */
  all(): FigureView[];
};

/** Looks up figures by id for a view model. Changes are attached to the level they belong to. */
export function figureLookup(report: Pick<Report, 'figures' | 'derived' | 'contradictions'>): FigureLookup {
  const views = new Map<string, FigureView>();
  const changesOf = new Map<string, FigureView[]>();
  // Changes first, so each level can carry its own.
  for (const figure of report.figures) {
    if (!figure.change) continue;
    const view = reportedFigureView(figure, report, []);
    views.set(figure.id, view);
    if (figure.change.of) changesOf.set(figure.change.of, [...(changesOf.get(figure.change.of) ?? []), view]);
  }
  for (const figure of report.figures) {
    if (!figure.change) views.set(figure.id, reportedFigureView(figure, report, changesOf.get(figure.id) ?? []));
  }
  const ordered = report.figures.map((figure) => views.get(figure.id)!);
  for (const derived of deriveFigures(report).figures.values()) {
    const view = derivedFigureView(derived, derived.inputs.map((input) => views.get(input.id)!));
    views.set(view.id, view);
    ordered.push(view);
  }
  return {
    get: (id) => views.get(id),
    list: (ids) => ids.flatMap((id) => views.get(id) ?? []),
    all: () => ordered,
  };
}

/** The value as the screen prints it, with its qualifier mark; derived figures are rounded to one decimal. */
export function figureValueText(view: FigureView, locale: Locale): string {
  if (view.value === undefined) return '';
  return formatFigureValue({ ...view, value: view.value, computed: view.derived !== undefined }, locale);
}

/**
 * The value with the words the report puts before it, as bars and tables print it: "达 470", "目标 5%",
 * "Reached 470" (a tile sets the same words in a smaller size before its number).
 */
export function figureValueWithPrefix(view: FigureView, locale: Locale): string {
  const value = figureValueText(view, locale);
  const prefix = view.change ? '' : qualifierPrefix(view, locale);
  return prefix && value ? `${prefix} ${value}` : value;
}

/** The words a target or a reached level puts before its number (目标, 达), or none. */
export function qualifierPrefix(view: FigureView, locale: Locale): string {
  return view.qualifier === 'target' ? translate(locale, 'qualifier.targetPrefix') : view.reached ? translate(locale, 'qualifier.reachedPrefix') : '';
}

/** The formula with its inputs' values, e.g. "4,308 ÷ 4,308 × 100% = 100%". */
export function formatFormula(view: FigureView, locale: Locale): string {
  if (!view.derived) return '';
  const values = view.derived.inputs.map((input) => figureValueText(input, locale));
  const [first, second] = values;
  const result = `${figureValueText(view, locale)}${isPercentUnit(view.unit) ? '' : ` ${pickText(view.unit, locale)}`}`;
  switch (view.derived.formula) {
    case 'percentOf':
      return `${first} ÷ ${second} × 100% = ${result}`;
    case 'perUnit':
      return `${first} ÷ ${second} = ${result}`;
    case 'sum':
      return `${values.join(' + ')} = ${result}`;
    case 'difference':
      return `${first} − ${second} = ${result}`;
  }
}

const changeKeys = {
  yearOnYear: { increase: 'change.yearOnYear.increase', decrease: 'change.yearOnYear.decrease' },
  periodOnPeriod: { increase: 'change.periodOnPeriod.increase', decrease: 'change.periodOnPeriod.decrease' },
  unstated: { increase: 'change.unstated.increase', decrease: 'change.unstated.decrease' },
} as const;

/** A figure in words with its qualifier and unit: "不少于 700 个", "a target of 5%", "down year on year 4.49%". */
export function figureInWords(view: FigureView, locale: Locale): string {
  const changeWords = view.change ? translate(locale, changeKeys[view.change.basis][view.change.direction]) : '';
  if (view.value === undefined) {
    const noValue = translate(locale, 'change.noValue');
    return locale === 'zh' ? `${changeWords}（${noValue}）` : `${changeWords} (${noValue})`;
  }
  const number = formatFigureValue({ ...view, value: view.value, qualifier: 'exact', computed: view.derived !== undefined }, locale);
  const unit = unitAfterNumber(view.unit);
  const withUnit = unit ? `${number} ${pickText(unit, locale)}` : number;
  const words = view.reached && view.qualifier === 'exact' ? translate(locale, 'qualifier.reachedWords', { value: withUnit }) : translate(locale, qualifierSentenceKeys[view.qualifier], { value: withUnit });
  return changeWords ? `${changeWords} ${words}` : words;
}
