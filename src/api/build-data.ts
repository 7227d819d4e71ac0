// Figures that came with the page from the build (src/app/prerendered-data.ts) while a backend serves the
// figures: they are stamped as never received, which no fetched answer ever is.

/** The receive time of build-time figures that the backend has not confirmed yet. */
export const buildDataUpdatedAt = 0;

/** True while a query shows the build's figures rather than an answer it fetched. */
export const isFromBuild = (query: { data: unknown; dataUpdatedAt: number }): boolean =>
  query.data !== undefined && query.dataUpdatedAt === buildDataUpdatedAt;
