import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The dashboard lives at one address (state is in the query string), and its assets and API are relative to
 * it, so a deep path such as /foo/bar cannot show the dashboard: it gets a real 404 and a page that says where
 * to go, never index.html with broken relative assets (a blank page). `vite preview` does what docs/deploy.md's
 * nginx configuration does.
 */
export function notFoundPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rule-of-law:not-found',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      // Before Vite's own handlers, which would answer any unknown path with index.html.
      server.middlewares.use((request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://preview').pathname);
        const file = path.join(outDir, pathname);
        const served = pathname.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file);
        if (served) return next();
        const wantsPage = (request.headers.accept ?? '').includes('text/html');
        response.statusCode = 404;
        if (wantsPage) {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(readFileSync(path.join(outDir, '404.html')));
        } else {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify({ error: { code: 'not_found', message: `Nothing at ${request.url ?? ''}` } }));
        }
      });
    },
  };
}
