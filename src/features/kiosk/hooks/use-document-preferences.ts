import { useEffect, useSyncExternalStore } from 'react';
import { useUrlParam } from '@/lib/url-state';
import { isMotionOffByUrl, parseTheme, type ThemeName } from '@/features/kiosk/model/kiosk-settings';

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(reducedMotionQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia(reducedMotionQuery).matches;

/** False when the system asks for reduced motion or the URL says ?motion=off. */
export function useMotionAllowed(): boolean {
  const offByUrl = isMotionOffByUrl(useUrlParam('motion'));
  const reduced = useSyncExternalStore(subscribeReducedMotion, prefersReducedMotion, () => false);
  return !reduced && !offByUrl;
}

/**
 * Puts ?theme and the motion preference on <html> (data-theme, data-motion), where theme.css and kiosk.css
 * read them. Dark is the default: most meeting-room screens are TVs and LED walls.
 */
export function useDocumentPreferences(): { theme: ThemeName; motionAllowed: boolean } {
  const theme = parseTheme(useUrlParam('theme'));
  const motionAllowed = useMotionAllowed();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.dataset.motion = motionAllowed ? 'on' : 'off';
  }, [motionAllowed]);
  return { theme, motionAllowed };
}
