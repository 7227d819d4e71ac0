import { offlineCopyHeader, savedAtHeader } from '@/api/offline-copy';
import { resilienceConfig } from '@/api/resilience-config';
import { contentTypeFits } from '@/lib/content-type';

// The service worker's rules as plain functions of URLs and responses, so they are tested without a worker.

/** One entry of the build's precache manifest (workbox-build writes them, URLs relative to the worker). */
export type ManifestEntry = { url: string; revision: string | null; integrity?: string };

/** Cache Storage names are per origin: prefix ours so two dashboards on one host do not clean up each other's. */
export const apiCacheName = 'rule-of-law-dashboard-api';

/** Report data under the worker's scope: `<scope>api/v1/….json`. */
export function isApiUrl(url: URL, scope: URL): boolean {
  return url.origin === scope.origin && url.pathname.startsWith(`${scope.pathname}api/v1/`) && url.pathname.endsWith('.json');
}

/** Addresses the worker must leave to the network every time, for navigations too. */
export function isNeverCached(url: URL, scope: URL): boolean {
  return url.origin === scope.origin && url.pathname === `${scope.pathname}version.json`;
}

/**
 * The build's list as the precache takes it: each file once (vite-plugin-pwa lists the manifest and its icons a
 * second time), and never report data or the version file, which the precache would serve for good.
 */
export function shellEntries(entries: ReadonlyArray<ManifestEntry | string>, scope: URL): ManifestEntry[] {
  const shell: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const normalized = typeof entry === 'string' ? { url: entry, revision: null } : entry;
    const url = new URL(normalized.url, scope);
    if (seen.has(url.href) || isApiUrl(url, scope) || isNeverCached(url, scope)) continue;
    seen.add(url.href);
    shell.push(normalized);
  }
  return shell;
}

/**
 * A precached file must be what its name says: a 200 with a fitting Content-Type. Anything else (an HTML page
 * standing in for a missing script during a half-finished deploy) fails the worker's install, so the worker
 * that works stays in charge.
 */
export function isGoodShellResponse(url: string, response: Response | undefined): boolean {
  return response !== undefined && response.status === 200 && contentTypeFits(new URL(url).pathname, response.headers.get('Content-Type'));
}

const jsonType = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/**
 * The copy of an API answer worth keeping: a 200 with a JSON body that parses and is not larger than the
 * client would accept, stamped with when it arrived. Null for anything else, so a failed or absurd answer
 * never replaces the last good one.
 */
export async function keepableApiCopy(response: Response, now: number, maxBytes: number = resilienceConfig.maxBodyBytes): Promise<Response | null> {
  if (response.status !== 200 || !jsonType.test(response.headers.get('Content-Type') ?? '')) return null;
  if (Number(response.headers.get('Content-Length') ?? 0) > maxBytes) return null;
  let text: string;
  try {
    const body = await response.arrayBuffer();
    if (body.byteLength > maxBytes) return null;
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    JSON.parse(text);
  } catch {
    return null;
  }
  const headers = new Headers(response.headers);
  headers.set(savedAtHeader, String(now));
  // The body is decoded here; its original length and encoding no longer describe it.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(text, { status: 200, statusText: response.statusText, headers });
}

/** The kept copy, marked as such: answered only when the network failed. */
export function asOfflineCopy(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set(offlineCopyHeader, '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
