import type { Report } from '@/data/report-schema';
import { deriveFigures } from '@/lib/derived-figures';
import { translate, type MessageKey } from '@/i18n/messages';
import type { Locale } from '@/i18n/locale';

// Downloads of the current report's figures. CSV for spreadsheets, JSON for anyone who wants the provenance too.

/** Excel only reads a CSV as UTF-8 (and so shows Chinese correctly) when the file starts with a BOM. */
export const utf8Bom = '\uFEFF';

const qualifierWords: Record<Report['figures'][number]['qualifier'], MessageKey> = {
  exact: 'qualifier.exact',
  atLeast: 'qualifier.atLeast',
  target: 'qualifier.target',
};

/** RFC 4180: quote a field when it holds a comma, quote, or line break; double any quotes. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per reported figure, headers in the reader's language, values as plain numbers. */
export function buildFiguresCsv(report: Report, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  const header = [
    t('export.col.id'),
    t('export.col.label'),
    t('export.col.value'),
    t('export.col.unit'),
    t('export.col.qualifier'),
    t('export.col.reportedAs'),
    t('export.col.period'),
    t('export.col.section'),
    t('export.col.clause'),
  ];
  const rows = report.figures.map((figure) => [
    figure.id,
    figure.label[locale],
    figure.value,
    figure.unit[locale],
    t(qualifierWords[figure.qualifier]),
    figure.reportedAs,
    figure.period,
    figure.source.section,
    figure.source.clause,
  ]);
  return utf8Bom + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The report's figures with their sources and contradictions, plus each derived figure with formula and inputs. */
export function buildFiguresJson(report: Report): string {
  const derived = [...deriveFigures(report).values()].map((figure) => ({
    id: figure.id,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    formula: figure.formula,
    inputs: figure.inputs.map((input) => input.id),
    basedOnTarget: figure.basedOnTarget,
  }));
  const { id, title, unit, year, asOf, figures, contradictions } = report;
  return `${JSON.stringify({ report: { id, title, unit, year, asOf }, figures, contradictions, derived }, null, 2)}\n`;
}

export function exportFileName(report: Pick<Report, 'id'>, extension: 'csv' | 'json'): string {
  return `${report.id}-figures.${extension}`;
}
