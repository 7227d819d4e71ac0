import { reportSchema, type Report } from '@/data/report-schema';

// Every JSON file in ./reports is a report: adding a file adds a report to the API and the picker.
const reportModules = import.meta.glob<unknown>('./reports/*.json', { eager: true, import: 'default' });

export const bundledReports: readonly Report[] = Object.entries(reportModules).map(([path, json]) => {
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path} does not match the report schema: ${parsed.error.message}`);
  return parsed.data;
});
