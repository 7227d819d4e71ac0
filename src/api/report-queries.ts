import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/api/api-client';
import { apiPaths } from '@/api/api-responses';
import { reportListSchema, reportSchema } from '@/data/report-schema';

export const reportQueries = {
  all: () => ['reports'] as const,
  list: () =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getJson(apiPaths.reportList, reportListSchema, { signal }),
    }),
  detail: (reportId: string) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'detail', reportId] as const,
      queryFn: ({ signal }) => getJson(apiPaths.report(reportId), reportSchema, { signal }),
    }),
};
