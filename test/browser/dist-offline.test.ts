import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootWatchdogFileName } from '../../build/boot-watchdog-plugin';
import { killSwitchFileName } from '../../build/service-worker-plugin';

// dist/ as the browser suite's global set-up built it: the offline and update machinery is all there, and
// lists what it should.

const dist = path.resolve(import.meta.dirname, '../../dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

describe('the offline-capable build in dist/', () => {
  const sw = read('sw.js');
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);

  it('precaches the shell: index.html, every hashed asset, the watchdog, the favicon, the manifest and its icons', () => {
    expect(precached).toEqual(expect.arrayContaining(['index.html', bootWatchdogFileName, 'favicon.svg', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png']));
    const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+)"/.exec(read('index.html'))![1]!;
    expect(precached).toContain(entry);
  });

  it('never precaches the version file, the report data, MSW or the workers', () => {
    expect(precached.filter((url) => /version\.json|^api\/|mockServiceWorker|sw\.js|sw-kill-switch|\.vite\//.test(url))).toEqual([]);
  });

  it('names its build in index.html, the same as version.json, and loads the watchdog before the entry', () => {
    const index = read('index.html');
    const { version } = JSON.parse(read('version.json')) as { version: string };
    expect(index).toContain(`<meta name="dashboard-version" content="${version}">`);
    expect(index.indexOf(`src="./${bootWatchdogFileName}"`)).toBeGreaterThan(index.indexOf('Content-Security-Policy'));
    expect(index.indexOf(`src="./${bootWatchdogFileName}"`)).toBeLessThan(index.indexOf('type="module"'));
    expect(index).toContain('<link rel="manifest" href="./manifest.webmanifest">');
  });

  it('ships an installable manifest with relative addresses, names in both languages and icons', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone', display_override: ['fullscreen', 'standalone'] });
    expect(manifest.name).toMatch(/法治公安建设指标看板.*Rule-of-Law Policing Indicators/);
    expect((manifest.icons as Array<{ sizes: string }>).map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512', '512x512']);
  });

  it('ships the kill switch beside the worker', () => {
    expect(read(killSwitchFileName)).toContain('unregister()');
  });
});
