import { useCallback, useSyncExternalStore } from 'react';

// URL parameters are the app's public contract (?scene, ?lang, ?report …): state lives in the URL so a
// link or a meeting-room bookmark reproduces the screen exactly.

const urlChangeEvent = 'dashboard:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(urlChangeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(urlChangeEvent, onChange);
  };
}

const readSearch = () => window.location.search;

export function readUrlParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** Builds the href for the current URL with some parameters changed (null removes one). */
export function hrefWith(changes: Record<string, string | null>): string {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

export function setUrlParams(changes: Record<string, string | null>, mode: 'push' | 'replace' = 'push'): void {
  const href = hrefWith(changes);
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  window.dispatchEvent(new Event(urlChangeEvent));
}

export function useUrlParam(name: string): string | null {
  const search = useSyncExternalStore(subscribe, readSearch, readSearch);
  return new URLSearchParams(search).get(name);
}

export function useSetUrlParams() {
  return useCallback((changes: Record<string, string | null>, mode?: 'push' | 'replace') => setUrlParams(changes, mode), []);
}
