import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while React renders at build time (src/app/prerender-page.tsx) and while the browser hydrates that
 * HTML, true from then on (and at once when the app renders without prerendered HTML). For what the build
 * cannot know or must not write: the time of day, or a style attribute, which the page's policy
 * (`style-src 'self'`) would block in HTML, though not when the app sets it.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
