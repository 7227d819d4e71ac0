import { useEffect, useSyncExternalStore } from 'react';
import type { AppUrl } from '@/app/app-url';

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(reducedMotionQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia(reducedMotionQuery).matches;

/** False when the system asks for reduced motion or the URL says ?motion=off: the one place motion is decided. */
function useMotionAllowed(url: Pick<AppUrl, 'motionOff'>): boolean {
  const reduced = useSyncExternalStore(subscribeReducedMotion, prefersReducedMotion, () => false);
  return !reduced && !url.motionOff;
}

/**
 * Puts ?theme and the motion preference on <html> (data-theme, data-motion), where theme.css and kiosk.css
 * read them. Dark is the default: most meeting-room screens are TVs and LED walls.
 */
export function useDocumentPreferences(url: Pick<AppUrl, 'theme' | 'motionOff'>): { motionAllowed: boolean } {
  const motionAllowed = useMotionAllowed(url);
  useEffect(() => {
    document.documentElement.dataset.theme = url.theme;
  }, [url.theme]);
  useEffect(() => {
    document.documentElement.dataset.motion = motionAllowed ? 'on' : 'off';
  }, [motionAllowed]);
  return { motionAllowed };
}
