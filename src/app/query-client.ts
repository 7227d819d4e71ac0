import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Figures change once a year; a meeting-room screen refetches on its own schedule.
        staleTime: 5 * 60_000,
        retry: 3,
        refetchOnWindowFocus: false,
      },
    },
  });
}
