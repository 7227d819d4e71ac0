import { inspectShell, pastServiceWorker, readShell } from '@/api/deploy-check';
import { runningVersion } from '@/api/app-version';
import { withVersionMeta } from '../../build/version-file-plugin';

const page = 'https://dashboard.intranet.example/dashboards/law/index.html';
const shell = (entry: string, version = 'abc123') =>
  withVersionMeta(`<!doctype html><html><head><script type="module" crossorigin src="${entry}"></script><link rel="modulepreload" href="./assets/shared-1.js"></head><body></body></html>`, version);

type Answer = { status?: number; type: string; body?: string };
function server(files: Record<string, Answer>) {
  const asked: Array<{ url: string; cache: RequestCache | undefined }> = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    asked.push({ url, cache: init.cache });
    // Like a static host for a single-page app: anything unknown is index.html.
    const answer = files[url] ?? files[page] ?? { status: 404, type: 'text/plain' };
    return new Response(answer.body ?? '', { status: answer.status ?? 200, headers: { 'Content-Type': answer.type } });
  };
  return { fetchImpl, asked };
}

describe('looking at a deployed index.html before reloading into it', () => {
  it('reads the build it names and its module entry scripts, resolved against the page', () => {
    expect(readShell(shell('./assets/index-new.js'), page)).toEqual({
      version: 'abc123',
      entries: ['https://dashboard.intranet.example/dashboards/law/assets/index-new.js'],
    });
    expect(readShell('<!doctype html><p>no scripts</p>', page)).toEqual({ version: undefined, entries: [] });
  });

  it('finds the entry loads when it comes back as JavaScript, and asks past every cache', async () => {
    const { fetchImpl, asked } = server({
      [page]: { type: 'text/html; charset=utf-8', body: shell('./assets/index-new.js') },
      'https://dashboard.intranet.example/dashboards/law/assets/index-new.js': { type: 'text/javascript', body: 'export {}' },
    });
    await expect(inspectShell(page, fetchImpl)).resolves.toEqual({ version: 'abc123', entriesLoad: true });
    expect(asked.every((request) => request.cache === 'no-store')).toBe(true);
  });

  it('never trusts a 200: a missing entry answered with index.html does not load', async () => {
    const { fetchImpl } = server({ [page]: { type: 'text/html', body: shell('./assets/index-missing.js') } });
    await expect(inspectShell(page, fetchImpl)).resolves.toEqual({ version: 'abc123', entriesLoad: false });
  });

  it('finds nothing to reload into when index.html itself fails or is not a page', async () => {
    await expect(inspectShell(page, server({ [page]: { status: 503, type: 'text/html' } }).fetchImpl)).resolves.toBeUndefined();
    await expect(inspectShell(page, server({ [page]: { type: 'application/json', body: '{}' } }).fetchImpl)).resolves.toBeUndefined();
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(inspectShell(page, offline)).resolves.toBeUndefined();
  });

  it('reaches the server past the service worker with a query the worker does not know', () => {
    expect(pastServiceWorker(page)).toBe(`${page}?deploy-check=1`);
  });

  it('reads the running page’s own build from the same <meta>', () => {
    const doc = new DOMParser().parseFromString(shell('./assets/index-new.js', 'def456'), 'text/html');
    expect(runningVersion(doc)).toBe('def456');
    expect(runningVersion(new DOMParser().parseFromString('<html></html>', 'text/html'))).toBeUndefined();
  });
});
