import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { apiPaths, buildReportList } from '../src/api/api-responses.ts';
import { readReportFiles } from './static-api-plugin.ts';

/** The scene a visitor without ?scene= sees first; its code is worth fetching while index.html is parsed. */
export const firstSceneModule = 'src/features/overview/components/overview-scene.tsx';

type PreloadInputs = {
  /** The API base as the app resolves it (VITE_API_BASE_URL, or `<base>api/v1`). */
  apiBase: string;
  /** The id of the report the app opens when the URL names none; unknown when a backend is configured. */
  defaultReportId: string | undefined;
  /** JS and CSS files of the first scene that the entry does not already load. */
  sceneScripts: readonly string[];
  sceneStyles: readonly string[];
  assetBase: string;
};

/**
 * Link tags that start, during HTML parsing, every request the first screen waits for: the report list, the
 * default report and the first scene's code. Without them each request waits for the one before it
 * (entry script → list → report → figures), which made the first figures appear about half a second later.
 * The app still fetches through its API client; the browser hands it the preloaded responses.
 */
export function firstScreenPreloadTags({ apiBase, defaultReportId, sceneScripts, sceneStyles, assetBase }: PreloadInputs): HtmlTagDescriptor[] {
  // crossorigin="anonymous" gives the same request mode and credentials as the app's fetch(), so the
  // preloaded response is the one the app receives.
  const fetchTag = (href: string): HtmlTagDescriptor => ({
    tag: 'link',
    attrs: { rel: 'preload', as: 'fetch', href, crossorigin: 'anonymous' },
    injectTo: 'head',
  });
  return [
    fetchTag(`${apiBase}${apiPaths.reportList}`),
    ...(defaultReportId ? [fetchTag(`${apiBase}${apiPaths.report(defaultReportId)}`)] : []),
    ...sceneScripts.map((file): HtmlTagDescriptor => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: `${assetBase}${file}` },
      injectTo: 'head',
    })),
    ...sceneStyles.map((file): HtmlTagDescriptor => ({
      tag: 'link',
      attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${assetBase}${file}` },
      injectTo: 'head',
    })),
  ];
}

type ChunkMeta = { viteMetadata?: { importedCss: Set<string> } };

/** The first scene's chunk and the chunks it imports statically, minus those the entry already loads. */
export function firstSceneFiles(bundle: Rollup.OutputBundle, sceneModule: string): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const staticClosure = (start: readonly string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      byFile.get(file)?.imports.forEach(visit);
    };
    start.forEach(visit);
    return seen;
  };
  const scene = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(sceneModule));
  if (!scene) return { scripts: [], styles: [] };
  const loadedByEntry = staticClosure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const scripts = [...staticClosure([scene.fileName])].filter((file) => !loadedByEntry.has(file));
  const styles = scripts.flatMap((file) => [...((byFile.get(file) as ChunkMeta | undefined)?.viteMetadata?.importedCss ?? [])]);
  return { scripts, styles };
}

export function firstScreenPreloadPlugin(): Plugin {
  let apiBase = './api/v1';
  let assetBase = './';
  let backendConfigured = false;
  return {
    name: 'rule-of-law:first-screen-preload',
    apply: 'build',
    configResolved(config) {
      const configured = (config.env.VITE_API_BASE_URL as string | undefined)?.trim();
      backendConfigured = Boolean(configured);
      // The same rule as src/api/api-config.ts.
      apiBase = (configured || `${config.base}api/v1`).replace(/\/$/, '');
      assetBase = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        // A configured backend serves its own reports: only the list's address is known in advance.
        const defaultReportId = backendConfigured ? undefined : buildReportList(readReportFiles()).reports[0]?.id;
        const { scripts, styles } = firstSceneFiles(context.bundle, firstSceneModule);
        return firstScreenPreloadTags({ apiBase, defaultReportId, sceneScripts: scripts, sceneStyles: styles, assetBase });
      },
    },
  };
}
