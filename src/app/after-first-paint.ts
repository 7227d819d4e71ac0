// The entry (src/boot.ts) starts the app only once the prerendered screen is on the glass. Waiting for the next
// animation frame is not enough: the frame's callbacks run before it is painted, and where the first frame comes
// late (Chromium sometimes holds it back by a second under Lighthouse) a task queued from one still ran before
// the paint, so the app's code was fetched and run ahead of the figures it was meant to follow.

/** How long after the first animation frame to start anyway, where no paint is reported (nothing contentful). */
export const firstPaintFallbackMs = 200;

/**
 * Calls `start` once, as soon as the browser has reported the page's first contentful paint; at once on a hidden
 * page (it paints nothing until shown) and on an empty one; and in any case a little after the first frame.
 */
export function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (document.hidden || !document.getElementById('root')?.firstElementChild) return once();
  try {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the fallback below starts the app.
  }
  requestAnimationFrame(() => setTimeout(once, firstPaintFallbackMs));
}
