// Which page file holds the prerendered first screen of an address. One rule for the build that writes the
// files (build/prerender-plugin.ts), `vite preview` and the service worker that serve them, and docs/deploy.md's
// nginx map, which repeats it for a real host.

/**
 * The file name for an address the build prerenders: index.html for `/` (the default report's overview in
 * Chinese), index[.kiosk][.scene-<scene>][.en].html beside it for the others.
 */
export function prerenderedFileName(search: string): string {
  const params = new URLSearchParams(search);
  const scene = params.get('scene');
  const parts = [
    ...(params.has('kiosk') ? ['kiosk'] : []),
    ...(scene ? [`scene-${scene}`] : []),
    ...(params.get('lang') === 'en' ? ['en'] : []),
  ];
  return ['index', ...parts, 'html'].join('.');
}

// The addresses that have a page of their own: a scene or meeting-room mode with its defaults (a bare `kiosk`),
// each in Chinese or with `lang=en` on either side. Scene ids are [a-z0-9-] only, so no name leaves the folder.
const prerenderedAddress = /^\?(?:(?:scene=[a-z0-9-]+|kiosk)(?:&lang=en)?|lang=en(?:&(?:scene=[a-z0-9-]+|kiosk))?)$/;

/**
 * The prerendered file for a page address's query string, or undefined when there is none. Only these exact
 * forms have a file; any other address gets index.html and is rendered in the browser.
 */
export function prerenderedFileFor(search: string): string | undefined {
  if (search === '' || search === '?') return 'index.html';
  return prerenderedAddress.test(search) ? prerenderedFileName(search) : undefined;
}
