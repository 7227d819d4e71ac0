// The contract between the service worker (src/service-worker/) and the API client for report data. The
// worker keeps the last JSON each API address answered with; when the network fails it answers with that copy,
// marked, so the client knows the figures are not fresh and the screen can say "not updated since".

/** On a response the worker saved: when it arrived from the server (ms since the epoch). */
export const savedAtHeader = 'X-Dashboard-Saved-At';
/** On a response the worker answered from its copy because the network failed: present, value "1". */
export const offlineCopyHeader = 'X-Dashboard-Offline-Copy';

/**
 * Undefined for a live answer. For the worker's copy, when it was saved; a copy without a usable stamp has
 * `savedAt` undefined and must not be shown, since nothing could say how old its figures are.
 */
export function readOfflineCopy(headers: Pick<Headers, 'get'>): { savedAt: number | undefined } | undefined {
  if (headers.get(offlineCopyHeader) === null) return undefined;
  const savedAt = Number(headers.get(savedAtHeader) ?? Number.NaN);
  return { savedAt: Number.isFinite(savedAt) && savedAt > 0 ? savedAt : undefined };
}
