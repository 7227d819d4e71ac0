// URL parameters are the app's public contract (?scene, ?lang, ?report …): state lives in the URL so a
// link or a meeting-room bookmark reproduces the screen exactly. src/app/app-url.ts parses it; this module
// only reads and writes it.

const urlChangeEvent = 'dashboard:urlchange';

type Here = { pathname: string; search: string; hash: string };

// The address a build-time prerender renders for; in the browser it is always the window's.
let prerenderedAddress: Here | undefined;

/** Build time only (src/app/prerender-page.tsx): renders as if the page were open at `search`. */
export function renderAsIfAt(search: string): void {
  prerenderedAddress = { pathname: '', search, hash: '' };
}

const here = (): Here => prerenderedAddress ?? window.location;

/** The address's query string, as `location.search` gives it. */
export const currentSearch = (): string => here().search;

/** Calls `onChange` whenever the address changes (the app's own writes, Back and Forward). */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(urlChangeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(urlChangeEvent, onChange);
  };
}

/**
 * The href for the current URL with some parameters changed (null removes one). Relative to the page, so that
 * HTML prerendered at build time, which cannot know the folder it will be served from, links the same way.
 */
export function hrefWith(changes: Record<string, string | null>): string {
  const { pathname, search: current, hash } = here();
  const params = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString().replace(/=(?=&|$)/g, '');
  // No query string left: the page's own file name, or its folder.
  return `${search ? `?${search}` : pathname.slice(pathname.lastIndexOf('/') + 1) || './'}${hash}`;
}

/**
 * Changes parameters: `push` adds a history entry (a scene or language the reader chose, so Back returns to
 * it), `replace` corrects the current one (a kiosk's rotation, an address that named something unknown).
 */
export function setUrlParams(changes: Record<string, string | null>, mode: 'push' | 'replace' = 'push'): void {
  const href = new URL(hrefWith(changes), window.location.href).href;
  if (href === window.location.href) return;
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new Event(urlChangeEvent));
}
