// URL parameters are the app's public contract (?scene, ?lang, ?report …): state lives in the URL so a
// link or a meeting-room bookmark reproduces the screen exactly. src/app/app-url.ts parses it; this module
// only reads and writes it.

const urlChangeEvent = 'dashboard:urlchange';

/** Calls `onChange` whenever the address changes (the app's own writes, Back and Forward). */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(urlChangeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(urlChangeEvent, onChange);
  };
}

/** Builds the href for the current URL with some parameters changed (null removes one). */
export function hrefWith(changes: Record<string, string | null>): string {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString().replace(/=(?=&|$)/g, '');
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

/**
 * Changes parameters: `push` adds a history entry (a scene or language the reader chose, so Back returns to
 * it), `replace` corrects the current one (a kiosk's rotation, an address that named something unknown).
 */
export function setUrlParams(changes: Record<string, string | null>, mode: 'push' | 'replace' = 'push'): void {
  const href = hrefWith(changes);
  if (href === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new Event(urlChangeEvent));
}
