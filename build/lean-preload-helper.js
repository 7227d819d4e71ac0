// Vite's dynamic-import helper as this build ships it (build/lean-preload-helper-plugin.ts). With
// `build.modulePreload: false`, all that is left to it is the style sheet of a chunk that has one: link it
// once, wait for it, then import the chunk. A style sheet that fails to load fails the import, as in Vite.

const styleSheets = new Map();

function linkStyleSheet(href) {
  // Already on the page: the prerendered HTML links every first screen's style sheets.
  if ([...document.styleSheets].some((sheet) => sheet.href === href)) return undefined;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`Unable to preload CSS for ${href}`));
  });
  document.head.append(link);
  return loaded;
}

export const __vitePreload = (importChunk, dependencies, importerUrl) =>
  Promise.all(
    (dependencies || [])
      .filter((dependency) => dependency.endsWith('.css'))
      .map((dependency) => {
        const href = new URL(dependency, importerUrl).href;
        if (!styleSheets.has(href)) styleSheets.set(href, linkStyleSheet(href));
        return styleSheets.get(href);
      }),
  ).then(() => importChunk());
