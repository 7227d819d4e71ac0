import { z } from 'zod/mini';
import { en } from 'zod/locales';

// The Content-Security-Policy forbids eval; without this, zod probes `new Function` and the browser reports it.
z.config({ jitless: true });

// The single source of truth for the shape of a report. Types, the API client's parsing,
// `npm run data:check` and docs/report.schema.json all come from here.
// zod/mini, not classic zod: the same validation and messages for about a quarter of the bytes,
// because this module is in the JS that must load before the first figure (docs/performance.md).
z.config(en());

export const localizedTextSchema = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Section references as the report numbers them, e.g. 三(三). */
export const sectionSchema = z
  .string()
  .check(z.regex(/^[一二三四五六七八九十]+(\([一二三四五六七八九十]+\))?$/, 'must look like 三 or 三(三)'));

export const qualifierSchema = z.enum(['exact', 'atLeast', 'target']);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const themeSchema = z.enum([
  'training',
  'qualification',
  'legalReview',
  'supervision',
  'backlog',
  'governance',
]);
export type Theme = z.infer<typeof themeSchema>;

export const sourceSchema = z.object({
  section: sectionSchema,
  /** Only the clause that states the figure, quoted verbatim. */
  clause: z.string().check(z.minLength(1)),
});
export type Source = z.infer<typeof sourceSchema>;

export const figureSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  label: localizedTextSchema,
  value: z.number().check(z.nonnegative()),
  unit: localizedTextSchema,
  qualifier: qualifierSchema,
  /** The figure exactly as the report writes it, e.g. "700余个"; the clause must contain it. */
  reportedAs: z.string().check(z.minLength(1)),
  period: z.string().check(z.minLength(1)),
  theme: themeSchema,
  source: sourceSchema,
});
export type Figure = z.infer<typeof figureSchema>;

/** Two statements of the report about the same quantity that disagree. */
export const contradictionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  figureIds: z.array(z.string()).check(z.minLength(2)),
  note: localizedTextSchema,
});
export type Contradiction = z.infer<typeof contradictionSchema>;

export const structureItemSchema = z.object({
  section: sectionSchema,
  /** A short title in our own words, not a quotation. */
  title: localizedTextSchema,
});
export type StructureItem = z.infer<typeof structureItemSchema>;

export const reportSummarySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  title: localizedTextSchema,
  unit: localizedTextSchema,
  year: z.int().check(z.gte(1949), z.lte(2100)),
  /** ISO date the figures describe; see docs/data.md for how it is chosen. */
  asOf: z.iso.date(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportSchema = z
  .extend(reportSummarySchema, {
    figures: z.array(figureSchema).check(z.minLength(1)),
    contradictions: z.array(contradictionSchema),
    structure: z.object({
      measures: z.array(structureItemSchema),
      shortcomings: z.array(structureItemSchema),
      plans: z.array(structureItemSchema),
    }),
  })
  .check(
    z.superRefine((report, ctx) => {
      const ids = new Set<string>();
      report.figures.forEach((figure, index) => {
        if (ids.has(figure.id)) {
          ctx.addIssue({ code: 'custom', path: ['figures', index, 'id'], message: `duplicate figure id "${figure.id}"` });
        }
        ids.add(figure.id);
        if (!figure.source.clause.includes(figure.reportedAs)) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', index, 'reportedAs'],
            message: `"${figure.reportedAs}" does not occur in the cited clause`,
          });
        }
        if (figure.qualifier === 'target' && figure.unit.en !== '%' && figure.unit.zh !== '%') {
          // Targets are ratios in this report; other targets would need their own chart treatment.
          ctx.addIssue({ code: 'custom', path: ['figures', index, 'unit'], message: 'a target must be a percentage' });
        }
      });
      report.contradictions.forEach((contradiction, index) => {
        contradiction.figureIds.forEach((figureId, idIndex) => {
          if (!ids.has(figureId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['contradictions', index, 'figureIds', idIndex],
              message: `unknown figure id "${figureId}"`,
            });
          }
        });
      });
    }),
  );
export type Report = z.infer<typeof reportSchema>;

export const reportListSchema = z.object({
  reports: z.array(reportSummarySchema),
});
export type ReportList = z.infer<typeof reportListSchema>;

export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** The report schema as JSON Schema, for a backend team implementing docs/api.md. */
export function reportJsonSchema() {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
