import { offlineCopyHeader, readOfflineCopy, savedAtHeader } from '@/api/offline-copy';
import { asOfflineCopy, isApiUrl, isGoodShellResponse, isNeverCached, keepableApiCopy, shellEntries } from '@/service-worker/sw-rules';

const scope = new URL('https://dashboard.intranet.example/dashboards/law/');
const json = (body: string, init: ResponseInit = {}) =>
  new Response(body, { status: 200, ...init, headers: { 'Content-Type': 'application/json; charset=utf-8', ...init.headers } });

describe('the service worker’s rules', () => {
  it('knows report data and the version file by their place under its scope, at a sub-path too', () => {
    expect(isApiUrl(new URL('api/v1/reports.json', scope), scope)).toBe(true);
    expect(isApiUrl(new URL('api/v1/reports/yantai-psb-2022.json', scope), scope)).toBe(true);
    expect(isApiUrl(new URL('/api/v1/reports.json', scope), scope)).toBe(false);
    expect(isApiUrl(new URL('https://api.intranet.example/dashboards/law/api/v1/reports.json'), scope)).toBe(false);
    expect(isNeverCached(new URL('version.json', scope), scope)).toBe(true);
    expect(isNeverCached(new URL('index.html', scope), scope)).toBe(false);
  });

  it('precaches the shell, each file once, and never report data or the version file', () => {
    const shell = shellEntries(
      [
        { url: 'index.html', revision: 'a1' },
        { url: 'assets/index-abc.js', revision: null },
        'favicon.svg',
        { url: 'api/v1/reports.json', revision: 'b2' },
        { url: 'version.json', revision: 'c3' },
        { url: 'favicon.svg', revision: null },
      ],
      scope,
    );
    expect(shell).toEqual([
      { url: 'index.html', revision: 'a1' },
      { url: 'assets/index-abc.js', revision: null },
      { url: 'favicon.svg', revision: null },
    ]);
  });

  it('refuses to precache an HTML page that answered for a script, or anything but a 200', () => {
    const html = new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    const script = new Response('export {}', { status: 200, headers: { 'Content-Type': 'text/javascript' } });
    expect(isGoodShellResponse('https://x.example/assets/index-abc.js', html)).toBe(false);
    expect(isGoodShellResponse('https://x.example/assets/index-abc.js', script)).toBe(true);
    expect(isGoodShellResponse('https://x.example/index.html?__WB_REVISION__=a1', html)).toBe(true);
    expect(isGoodShellResponse('https://x.example/assets/index-abc.js', new Response('', { status: 404, headers: { 'Content-Type': 'text/javascript' } }))).toBe(false);
    expect(isGoodShellResponse('https://x.example/assets/index-abc.js', undefined)).toBe(false);
  });

  it('keeps a copy of a good JSON answer, stamped with when it arrived', async () => {
    const copy = await keepableApiCopy(json('{"reports":[]}'), 1_767_600_000_000);
    expect(copy?.headers.get(savedAtHeader)).toBe('1767600000000');
    expect(await copy?.text()).toBe('{"reports":[]}');
  });

  it('never lets a failed, non-JSON, broken or oversized answer replace the last good copy', async () => {
    expect(await keepableApiCopy(json('{"error":{}}', { status: 500 }), 1)).toBeNull();
    expect(await keepableApiCopy(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }), 1)).toBeNull();
    expect(await keepableApiCopy(json('{"reports":'), 1)).toBeNull();
    expect(await keepableApiCopy(json(`{"padding":"${'x'.repeat(100)}"}`), 1, 50)).toBeNull();
    expect(await keepableApiCopy(new Response(new Uint8Array([0x7b, 0xff, 0x7d]), { headers: { 'Content-Type': 'application/json' } }), 1)).toBeNull();
  });

  it('marks the copy it answers with, and the client reads the mark and the stamp', async () => {
    const copy = asOfflineCopy((await keepableApiCopy(json('{"reports":[]}'), 1_767_600_000_000))!);
    expect(copy.headers.get(offlineCopyHeader)).toBe('1');
    expect(readOfflineCopy(copy.headers)).toEqual({ savedAt: 1_767_600_000_000 });
    expect(readOfflineCopy(json('{}').headers)).toBeUndefined();
    expect(readOfflineCopy(new Headers({ [offlineCopyHeader]: '1' }))).toEqual({ savedAt: undefined });
  });
});
