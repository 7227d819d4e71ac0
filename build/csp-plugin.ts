import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy for dist/: scripts and styles from our own origin only (no inline script, no
 * eval), and requests only to our origin and the configured API. Delivered as a <meta> so it holds on any
 * static host; docs/deploy.md repeats it as a header, which also allows frame-ancestors.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined): string {
  const apiOrigin = apiBaseUrl && /^https?:\/\//i.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : undefined;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // React and Recharts set styles through the CSSOM, which CSP does not restrict; no inline <style> exists.
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(apiOrigin ? [apiOrigin] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Matches an inline script: a <script> element without a src attribute, unless it is a JSON data block
 * (type="application/json"), which the browser never runs and the policy does not govern.
 */
export const inlineScriptPattern = /<script\b(?![^>]*\bsrc\s*=)(?![^>]*\btype\s*=\s*["']?application\/json["'\s>])[^>]*>/i;

export function cspPlugin(): Plugin {
  let policy = contentSecurityPolicy(undefined);
  return {
    name: 'rule-of-law:csp',
    apply: 'build',
    // After Vite's HTML plugin and the prerender, so that the check sees the finished pages.
    enforce: 'post',
    configResolved(config) {
      policy = contentSecurityPolicy(config.env.VITE_API_BASE_URL as string | undefined);
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
    generateBundle(_options, bundle) {
      // The policy forbids inline scripts; fail the build rather than ship a page that would not start.
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.html') && inlineScriptPattern.test(String(file.source))) {
          this.error(`${file.fileName} contains an inline <script>, which the Content-Security-Policy blocks`);
        }
      }
    },
  };
}
