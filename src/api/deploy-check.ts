import { versionMetaName } from '@/api/app-version';
import { isHtmlType, isJavaScriptType } from '@/lib/content-type';

// Looks at a deployed index.html before a meeting-room screen reloads into it: which build it names, and
// whether the entry scripts it points at are there. A 200 proves nothing (static hosts answer a missing
// file with index.html), so each entry must also come back as JavaScript.

/** What the deploy check needs from fetch (tests pass a fake). */
type Fetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'headers' | 'text'>>;

/** The build an index.html names and its module entry scripts, resolved against the page's address. */
export function readShell(html: string, pageUrl: string): { version: string | undefined; entries: string[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const version = doc.querySelector<HTMLMetaElement>(`meta[name="${versionMetaName}"]`)?.content.trim() || undefined;
  const entries = [...doc.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((script) =>
    new URL(script.getAttribute('src')!, pageUrl).href,
  );
  return { version, entries };
}

/**
 * Fetches index.html at `url` and each module entry it names (never from the HTTP cache). Undefined when the
 * page itself cannot be had; `entriesLoad` is false when it names no entry or any entry is not JavaScript.
 */
export async function inspectShell(
  url: string,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<{ version: string | undefined; entriesLoad: boolean } | undefined> {
  let html: string;
  try {
    const response = await fetchImpl(url, { cache: 'no-store' });
    if (!response.ok || !isHtmlType(response.headers.get('Content-Type'))) return undefined;
    html = await response.text();
  } catch {
    return undefined;
  }
  const { version, entries } = readShell(html, url);
  if (entries.length === 0) return { version, entriesLoad: false };
  const loads = await Promise.all(
    entries.map(async (entry) => {
      try {
        const response = await fetchImpl(entry, { cache: 'no-store' });
        // Read it whole: a body cut short would fail the reload just the same.
        if (!response.ok || !isJavaScriptType(response.headers.get('Content-Type'))) return false;
        await response.text();
        return true;
      } catch {
        return false;
      }
    }),
  );
  return { version, entriesLoad: loads.every(Boolean) };
}

/**
 * The address that reaches the server past a service worker: the worker precaches index.html and would
 * answer for it, but not for the same address with a query it does not know.
 */
export function pastServiceWorker(url: string): string {
  const bypass = new URL(url);
  bypass.searchParams.set('deploy-check', '1');
  return bypass.href;
}
