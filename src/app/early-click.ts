// The prerendered page shows real buttons (a tile's "where is this from", the scene tabs) from its first paint,
// but they do nothing until the app has taken the page over: up to a second on a slow phone. React replays what
// happens once hydration has begun; what comes before it is remembered here and clicked again once the app runs.

let remembered: HTMLButtonElement | null = null;

const remember = (event: Event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button) remembered = button;
};

/** From the entry (src/boot.ts), before any of the app's code has loaded. */
export function rememberEarlyClicks(): void {
  document.addEventListener('click', remember, true);
}

/**
 * Stops remembering (React sees every click from here on) and gives back a replay of the last button clicked
 * before, to call once the app has rendered. The replay clicks at most once, and only a button that is still on
 * the page: one that hydration kept, not one a fresh render replaced.
 */
export function takeEarlyClick(): () => void {
  document.removeEventListener('click', remember, true);
  let button = remembered;
  remembered = null;
  return () => {
    const target = button;
    button = null;
    // In a task of its own: React ignores events dispatched while it is still committing its render.
    if (target) setTimeout(() => target.isConnected && target.click(), 0);
  };
}
