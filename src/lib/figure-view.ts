import type { Contradiction, Figure, LocalizedText, Qualifier, Report } from '@/data/report-schema';
import { deriveFigures, type DerivedFigure, type DerivedFigureId } from '@/lib/derived-figures';
import { formatFigureValue } from '@/lib/format';
import { translate } from '@/i18n/messages';
import { locales, type Locale } from '@/i18n/locale';

// What a tile, a bar or a table row needs to show one figure, reported or derived, with its provenance.
export type FigureView = {
  id: string;
  label: LocalizedText;
  value: number;
  unit: LocalizedText;
  qualifier: Qualifier;
  reportedAs?: string;
  sections: readonly string[];
  clauses: readonly string[];
  derived?: {
    formula: DerivedFigure['formula'];
    inputs: readonly FigureView[];
    basedOnTarget: boolean;
  };
  contradiction?: { note: LocalizedText; otherIds: readonly string[] };
};

function contradictionFor(figureId: string, contradictions: readonly Contradiction[]): FigureView['contradiction'] {
  const found = contradictions.find((contradiction) => contradiction.figureIds.includes(figureId));
  return found ? { note: found.note, otherIds: found.figureIds.filter((id) => id !== figureId) } : undefined;
}

export function reportedFigureView(figure: Figure, contradictions: readonly Contradiction[] = []): FigureView {
  const contradiction = contradictionFor(figure.id, contradictions);
  return {
    id: figure.id,
    label: figure.label,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    reportedAs: figure.reportedAs,
    sections: [figure.source.section],
    clauses: [figure.source.clause],
    ...(contradiction ? { contradiction } : {}),
  };
}

function derivedLabel(derived: DerivedFigure): LocalizedText {
  const [first, second] = derived.inputs;
  const labelFor = (locale: Locale) =>
    translate(locale, `derived.${derived.id}`, {
      reviewers: first ? formatFigureValue(first, locale) : '',
      target: second ? formatFigureValue(second, locale) : '',
    });
  return Object.fromEntries(locales.map((locale) => [locale, labelFor(locale)])) as LocalizedText;
}

export function derivedFigureView(derived: DerivedFigure): FigureView {
  const inputs = derived.inputs.map((input) => reportedFigureView(input));
  return {
    id: derived.id,
    label: derivedLabel(derived),
    value: derived.value,
    unit: derived.unit,
    qualifier: derived.qualifier,
    sections: [...new Set(inputs.flatMap((input) => input.sections))],
    clauses: [...new Set(inputs.flatMap((input) => input.clauses))],
    derived: { formula: derived.formula, inputs, basedOnTarget: derived.basedOnTarget },
  };
}

/** Looks up figures by id for a feature's view model; missing ids give undefined (the "missing" state). */
export function figureLookup(report: Report) {
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  const derived = deriveFigures(report);
  return {
    reported(id: string): FigureView | undefined {
      const figure = figures.get(id);
      return figure ? reportedFigureView(figure, report.contradictions) : undefined;
    },
    /** The figures the report states among `ids`, in that order; ids it lacks are left out. */
    reportedList(ids: readonly string[]): FigureView[] {
      return ids.flatMap((id) => {
        const figure = figures.get(id);
        return figure ? [reportedFigureView(figure, report.contradictions)] : [];
      });
    },
    derived(id: DerivedFigureId): FigureView | undefined {
      const figure = derived.get(id);
      return figure ? derivedFigureView(figure) : undefined;
    },
  };
}

/** The formula with its inputs' values, e.g. "4,308 ÷ 4,308 × 100% = 100%". */
export function formatFormula(view: FigureView, locale: Locale): string {
  if (!view.derived) return '';
  const [first, second] = view.derived.inputs.map((input) => formatFigureValue(input, locale));
  const result = `${formatFigureValue(view, locale)}${view.unit.en === '%' ? '' : ` ${view.unit[locale]}`}`;
  switch (view.derived.formula) {
    case 'percentOf':
      return `${first} ÷ ${second} × 100% = ${result}`;
    case 'perUnit':
      return `${first} ÷ ${second} = ${result}`;
    case 'coveredAtRatio':
      return `${first} ÷ ${second} = ${result}`;
  }
}
