import type { Figure, Qualifier } from '@/data/report-schema';
import { toHalfWidth } from '@/features/authoring/model/chinese-numerals';

// The edit form's fields as text, and the figure they make. Whether that figure is valid is the report schema's
// call (editIssues in review.ts); this only turns what was typed into a figure, or says the value is no number.

export type EditValues = {
  value: string;
  qualifier: Qualifier;
  unitZh: string;
  unitEn: string;
  labelZh: string;
  labelEn: string;
  theme: string;
  headline: boolean;
  reportedAs: string;
  section: string;
  clause: string;
};

export const qualifiers = ['exact', 'atLeast', 'atMost', 'approximately', 'target'] as const satisfies readonly Qualifier[];

export function editValues(figure: Figure): EditValues {
  return {
    value: figure.value === undefined ? '' : String(figure.value),
    qualifier: figure.qualifier,
    unitZh: figure.unit.zh,
    unitEn: figure.unit.en ?? '',
    labelZh: figure.label.zh,
    labelEn: figure.label.en ?? '',
    theme: figure.theme,
    headline: figure.headline === true,
    reportedAs: figure.reportedAs,
    section: figure.source.section,
    clause: figure.source.clause,
  };
}

/** A typed value: empty (none), a number, or not a number. Full-width digits and thousands separators are fine. */
export function readValue(text: string): { value: number | undefined } | 'notANumber' {
  const written = toHalfWidth(text).replace(/[\s,，]/gu, '');
  if (written === '') return { value: undefined };
  return /^-?\d+(?:\.\d+)?$/u.test(written) ? { value: Number(written) } : 'notANumber';
}

/** A clause is quoted verbatim: data:check looks for it in the report's text, and so does the edit form. */
export function clauseInText(text: string, clause: string): boolean {
  return clause.trim() !== '' && text.includes(clause.trim());
}

const withoutValue = ({ value: _value, ...rest }: Figure) => rest;

/** The figure the form describes, based on `base` (the fields the form does not show stay as they are). */
export function figureFromValues(base: Figure, values: EditValues): { figure: Figure } | 'notANumber' {
  const read = readValue(values.value);
  if (read === 'notANumber') return read;
  const rest = withoutValue(base);
  const english = (text: string) => (text.trim() === '' ? {} : { en: text.trim() });
  return {
    figure: {
      ...rest,
      ...(read.value !== undefined ? { value: read.value } : {}),
      label: { zh: values.labelZh.trim(), ...english(values.labelEn) },
      unit: { zh: values.unitZh.trim(), ...english(values.unitEn) },
      qualifier: values.qualifier,
      theme: values.theme,
      headline: values.headline,
      reportedAs: values.reportedAs.trim(),
      source: { section: values.section.trim(), clause: values.clause.trim() },
      review: 'edited',
    },
  };
}
