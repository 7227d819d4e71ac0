import type { Report } from '@/data/report-schema';
import { figureLookup, formatFormula, type FigureView } from '@/lib/figure-view';
import { qualifierBadgeKeys } from '@/lib/figure-semantics';
import { pickText } from '@/i18n/pick-text';
import { translate, type PlainMessageKey } from '@/i18n/messages';
import type { Locale } from '@/i18n/locale';

// Downloads of the current report's figures. CSV for spreadsheets, JSON for anyone who wants the provenance too.

/** Excel only reads a CSV as UTF-8 (and so shows Chinese correctly) when the file starts with a BOM. */
export const utf8Bom = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), +1+1, -2+3, @SUM).
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula is neutralised with a leading apostrophe
 * (OWASP's rule for CSV injection); then RFC 4180 quoting for commas, quotes and line breaks.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const columns: readonly PlainMessageKey[] = [
  'export.col.id',
  'export.col.label',
  'export.col.value',
  'export.col.unit',
  'export.col.qualifier',
  'export.col.reportedAs',
  'export.col.period',
  'export.col.section',
  'export.col.clause',
  'export.col.formula',
  'export.col.contradiction',
];

function csvRow(figure: FigureView, report: Report, locale: Locale): Array<string | number> {
  const t = (key: PlainMessageKey) => translate(locale, key);
  const source = report.figures.find((candidate) => candidate.id === figure.id)?.source;
  const kind = [t(qualifierBadgeKeys[figure.qualifier]), figure.derived ? t('derived.badge') : ''].filter(Boolean).join(' · ');
  return [
    figure.id,
    pickText(figure.label, locale),
    // Derived values are computed to one decimal, as the screen shows them; reported values as the report gives them.
    figure.value === undefined ? '' : figure.derived ? Math.round(figure.value * 10) / 10 : figure.value,
    pickText(figure.unit, locale),
    kind,
    figure.reportedAs ?? '',
    figure.scope ? pickText(figure.scope.label, locale) : report.year,
    figure.sections.join('、'),
    source?.clause ?? figure.clauses.join(' / '),
    figure.derived ? formatFormula(figure, locale) : '',
    figure.contradiction ? `${pickText(figure.contradiction.note, locale)} (${figure.contradiction.otherIds.join(', ')})` : '',
  ];
}

/** One row per figure, reported and derived, headers in the reader's language, values as plain numbers. */
export function buildFiguresCsv(report: Report, locale: Locale): string {
  const header = columns.map((key) => translate(locale, key));
  const rows = figureLookup(report).all().map((figure) => csvRow(figure, report, locale));
  return utf8Bom + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The report's figures with their sources and contradictions, plus each derived figure with formula and inputs. */
export function buildFiguresJson(report: Report): string {
  const derived = figureLookup(report)
    .all()
    .filter((figure) => figure.derived)
    .map((figure) => ({
      id: figure.id,
      label: figure.label,
      value: Math.round((figure.value ?? 0) * 10) / 10,
      unit: figure.unit,
      qualifier: figure.qualifier,
      formula: figure.derived?.formula,
      inputs: figure.derived?.inputs.map((input) => input.id),
    }));
  const { id, title, unit, year, publication, status, figures, contradictions } = report;
  return `${JSON.stringify({ report: { id, title, unit, year, publication, status }, figures, contradictions, derived }, null, 2)}\n`;
}

/** yantai-psb-2022-figures-zh.csv: by report, and for CSV (whose headers and labels are in one language) by language. */
export function exportFileName(report: Pick<Report, 'id'>, extension: 'csv' | 'json', locale?: Locale): string {
  return extension === 'csv' && locale ? `${report.id}-figures-${locale}.csv` : `${report.id}-figures.${extension}`;
}
