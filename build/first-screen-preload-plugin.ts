import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { apiPaths, buildReportList } from '../src/api/api-responses.ts';
import { readReportFiles } from './static-api-plugin.ts';
import { appModuleSource } from './bundle-budget.ts';

type PreloadInputs = {
  /** The API base as the app resolves it (VITE_API_BASE_URL, or `<base>api/v1`). */
  apiBase: string;
  /** The id of the report the app opens when the URL names none; unknown when a backend is configured. */
  defaultReportId: string | undefined;
};

/**
 * Link tags that start, during HTML parsing, the requests the first screen waits for besides its code (which
 * the entry holds): the report list and the default report. Without them each request waits for the one
 * before it (entry script → list → report → figures), which made the first figures appear about half a second
 * later. The app still fetches through its API client; the browser hands it the preloaded responses. The
 * prerendered pages carry the same data, and the app checks it against these answers as soon as it starts.
 */
export function firstScreenPreloadTags({ apiBase, defaultReportId }: PreloadInputs): HtmlTagDescriptor[] {
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
  ];
}

/**
 * Stylesheet links for the CSS of the app module (src/main.tsx) and of the chunks it imports, so the prerendered
 * screen is styled completely before any script runs; files the page already links are left out. The app's
 * scripts get no modulepreload link on purpose: the tiny entry (src/boot.ts) imports them once the prerendered
 * screen has been painted, and fetching 110 KiB of script during the first paint made the paint itself later
 * on a slow network (Lighthouse's mobile LCP) and on a slow CPU.
 */
export function appModuleStyleTags(bundle: Rollup.OutputBundle, base: string, html: string): HtmlTagDescriptor[] {
  const chunks = new Map(
    Object.values(bundle)
      .filter((output): output is Rollup.OutputChunk => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const appChunk = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${appModuleSource}`));
  if (!appChunk) throw new Error(`The build has no chunk for ${appModuleSource}, which src/boot.ts imports`);
  const styles = [appChunk.fileName, ...appChunk.imports].flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]);
  return styles
    .filter((file) => !html.includes(file))
    .map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }));
}

export function firstScreenPreloadPlugin(): Plugin {
  let base = './';
  let apiBase = './api/v1';
  let backendConfigured = false;
  return {
    name: 'rule-of-law:first-screen-preload',
    apply: 'build',
    configResolved(config) {
      const configured = (config.env.VITE_API_BASE_URL as string | undefined)?.trim();
      backendConfigured = Boolean(configured);
      base = config.base;
      // The same rule as src/api/api-config.ts.
      apiBase = (configured || `${config.base}api/v1`).replace(/\/$/, '');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        // A configured backend serves its own reports: only the list's address is known in advance.
        const defaultReportId = backendConfigured ? undefined : buildReportList(readReportFiles()).reports[0]?.id;
        return [...appModuleStyleTags(context.bundle, base, html), ...firstScreenPreloadTags({ apiBase, defaultReportId })];
      },
    },
  };
}
