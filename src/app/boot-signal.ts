// Tells the boot watchdog (build/boot-watchdog.js) that the app has started, so it will not reload the page.
// The event and attribute names are the watchdog's; keep them in step.

export const appStartedEvent = 'dashboard:started';
export const appStartedAttribute = 'data-app-started';

export function signalAppStarted(): void {
  document.documentElement.setAttribute(appStartedAttribute, '');
  window.dispatchEvent(new Event(appStartedEvent));
}
