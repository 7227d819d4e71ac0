import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// A real local server for the browser suite: serves dist/ like a static host and answers the API with
// whichever fault a test switches on. One per test file, on a free loopback port.

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');
const fixtureDir = path.join(root, 'test/fixtures');

export type ApiBehaviour =
  | 'ok'
  | 'http500'
  | 'http503'
  | 'notFound'
  | 'networkError'
  | 'noAnswer'
  | 'html'
  | 'malformedJson'
  | 'missingField'
  | 'negativeValue'
  | 'stringValue'
  | 'unknownQualifier'
  | 'emptyBody'
  | 'tenMegabytes'
  | 'trickle'
  | 'markupInText';

/** Which API paths a behaviour applies to: all of them (server down) or only the report (list still fine). */
export type ApiTarget = 'all' | 'report';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The content type a static host would send for this path. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath)] ?? 'application/octet-stream';
}

const brokenFixtures: Partial<Record<ApiBehaviour, string>> = {
  missingField: 'broken/missing-clause.json',
  negativeValue: 'broken/negative-value.json',
  stringValue: 'broken/string-value.json',
  unknownQualifier: 'broken/unknown-qualifier.json',
};

export type FaultServer = {
  url: string;
  /** Switches what the API does from the next request on. */
  set(behaviour: ApiBehaviour, target?: ApiTarget, options?: { retryAfterSeconds?: number }): void;
  /** With true, every static file request gets its connection reset too (the whole server is unreachable). */
  setStaticDown(down: boolean): void;
  /**
   * Serves these files (paths under the base, like `/index.html`) instead of dist/'s, as a deploy in progress
   * would; a file given as null is missing (and, like any unknown path, answered with index.html). Replaces
   * the previous set; `deploy({})` goes back to dist/ as built.
   */
  deploy(files: Record<string, string | Buffer | null>): void;
  /** Times (ms since epoch) at which API requests arrived, per path. */
  apiRequests: Array<{ path: string; at: number }>;
  /** Every other request, with its query (`/index.html?deploy-check=1`), in order of arrival. */
  staticRequests: Array<{ path: string; at: number }>;
  close(): Promise<void>;
};

/** `basePath` serves the dashboard under a sub-path (`/dashboards/law/`), as docs/deploy.md describes. */
export async function startFaultServer({ basePath = '/' }: { basePath?: string } = {}): Promise<FaultServer> {
  let behaviour: ApiBehaviour = 'ok';
  let deployed = new Map<string, string | Buffer | null>();
  let target: ApiTarget = 'all';
  let retryAfterSeconds = 2;
  let staticDown = false;
  const apiRequests: FaultServer['apiRequests'] = [];
  const staticRequests: FaultServer['staticRequests'] = [];
  const open = new Set<ServerResponse>();
  const timers = new Set<ReturnType<typeof setInterval>>();

  const send = (res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };

  async function okApi(apiPath: string): Promise<string> {
    if (behaviour !== 'markupInText') return readFile(path.join(distDir, apiPath), 'utf8');
    const report = JSON.parse(await readFile(path.join(fixtureDir, 'reports/script-in-text-2023.json'), 'utf8')) as Record<string, unknown>;
    if (apiPath.endsWith('reports.json')) {
      const { id, title, unit, year, publication } = report;
      return JSON.stringify({ reports: [{ id, title, unit, year, publication }] });
    }
    return JSON.stringify(report);
  }

  async function answerApi(req: IncomingMessage, res: ServerResponse, apiPath: string) {
    apiRequests.push({ path: apiPath, at: Date.now() });
    const isReport = apiPath.startsWith('/api/v1/reports/');
    const active = behaviour === 'markupInText' || target === 'all' || isReport ? behaviour : 'ok';
    const goodBody = async () => okApi(active === 'markupInText' ? apiPath : apiPath);
    switch (active) {
      case 'ok':
      case 'markupInText':
        return send(res, 200, await goodBody(), contentTypes['.json']!);
      case 'http500':
        return send(res, 500, JSON.stringify({ error: { code: 'internal', message: 'Internal error' } }), contentTypes['.json']!);
      case 'http503':
        return send(res, 503, '', 'text/plain', { 'Retry-After': String(retryAfterSeconds) });
      case 'notFound':
        return send(res, 404, JSON.stringify({ error: { code: 'not_found', message: 'No such report' } }), contentTypes['.json']!);
      case 'networkError':
        return req.socket.destroy();
      case 'noAnswer':
        open.add(res);
        res.on('close', () => open.delete(res));
        return;
      case 'html':
        return send(res, 200, await readFile(path.join(distDir, 'index.html')), contentTypes['.html']!);
      case 'malformedJson':
        return send(res, 200, (await goodBody()).slice(0, 200), contentTypes['.json']!);
      case 'emptyBody':
        return send(res, 200, '', contentTypes['.json']!);
      case 'tenMegabytes': {
        // Valid JSON, sent chunked without Content-Length, so only the client's own cap can stop it.
        res.writeHead(200, { 'Content-Type': contentTypes['.json']!, 'Cache-Control': 'no-store' });
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        res.write('{"padding":"');
        const pump = () => {
          while (sent < 10 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('"}');
        };
        res.on('close', () => res.removeAllListeners('drain'));
        return pump();
      }
      case 'trickle': {
        // The real report, 64 bytes every half second: it would take minutes to arrive.
        const body = await goodBody();
        res.writeHead(200, { 'Content-Type': contentTypes['.json']!, 'Cache-Control': 'no-store' });
        let offset = 0;
        const timer = setInterval(() => {
          if (offset >= body.length || res.destroyed) {
            clearInterval(timer);
            timers.delete(timer);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(body.slice(offset, offset + 64));
          offset += 64;
        }, 500);
        timers.add(timer);
        return;
      }
      default: {
        const fixture = brokenFixtures[active];
        if (!fixture) throw new Error(`unknown behaviour ${active}`);
        return send(res, 200, await readFile(path.join(fixtureDir, fixture)), contentTypes['.json']!);
      }
    }
  }

  const indexHtml = async () => (deployed.has('/index.html') ? deployed.get('/index.html') : undefined) ?? readFile(path.join(distDir, 'index.html'));

  async function answerStatic(res: ServerResponse, urlPath: string) {
    if (staticDown) return res.socket?.destroy();
    const filePath = urlPath === '/' ? '/index.html' : urlPath;
    const file = path.join(distDir, path.normalize(filePath));
    if (!file.startsWith(distDir)) return send(res, 403, 'forbidden', 'text/plain');
    try {
      const override = deployed.get(filePath);
      if (deployed.has(filePath) && override === null) throw new Error('missing in this deploy');
      send(res, 200, override ?? (await readFile(file)), contentTypeFor(file));
    } catch {
      // Like most static hosts configured for a single-page app: unknown paths get index.html.
      send(res, 200, await indexHtml(), contentTypes['.html']!);
    }
  }

  const server: Server = createServer((req, res) => {
    const fullPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!fullPath.startsWith(basePath)) return send(res, 404, 'not found', 'text/plain');
    const urlPath = `/${fullPath.slice(basePath.length)}`;
    if (!urlPath.startsWith('/api/v1/')) staticRequests.push({ path: `${urlPath}${new URL(req.url ?? '/', 'http://localhost').search}`, at: Date.now() });
    const handle = urlPath.startsWith('/api/v1/') ? answerApi(req, res, urlPath) : answerStatic(res, urlPath);
    handle.catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, String(error), 'text/plain');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    apiRequests,
    staticRequests,
    set(next, nextTarget = 'all', options = {}) {
      behaviour = next;
      target = nextTarget;
      retryAfterSeconds = options.retryAfterSeconds ?? 2;
    },
    setStaticDown(down) {
      staticDown = down;
    },
    deploy(files) {
      deployed = new Map(Object.entries(files));
    },
    async close() {
      for (const timer of timers) clearInterval(timer);
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
