// The Fullscreen API, degrading quietly: kiosk browsers and some TVs have none, or refuse without a gesture.

export function enterFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement || typeof doc.documentElement.requestFullscreen !== 'function') return;
  doc.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(doc: Document = document): void {
  if (!doc.fullscreenElement || typeof doc.exitFullscreen !== 'function') return;
  doc.exitFullscreen().catch(() => undefined);
}

export function toggleFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement) exitFullscreen(doc);
  else enterFullscreen(doc);
}
