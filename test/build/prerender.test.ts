// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appModuleSource, type Manifest } from '../../build/bundle-budget.ts';
import { inlineScriptPattern } from '../../build/csp-plugin.ts';
import { prerenderedHtml } from '../../build/prerender-plugin.ts';
import { prerenderedFileFor, prerenderedFileName } from '../../src/lib/prerendered-address.ts';
import { prerenderedDataId, readPrerenderedData } from '@/app/prerendered-data';
import { buildProduction, distDir, distIsBuilt } from '../production-build.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The overview's eight headline figures as the screen prints them (test/browser/dashboard.test.ts).
const overviewFigures = ['≥1万', '≥2万', '4,500', '470', '≥700', '4,308', '11,961', '113'];
const overviewFiguresEn = ['≥10,000', '≥20,000', '4,500', '470', '≥700', '4,308', '11,961', '113'];

const documentOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const tileNumbers = (doc: Document) => [...doc.querySelectorAll('#root .scene .tile__number')].map((element) => element.textContent?.trim());

describe('which prerendered file an address gets', () => {
  it('names a file for each address the build prerenders, and for nothing else', () => {
    expect(prerenderedFileFor('')).toBe('index.html');
    expect(prerenderedFileFor('?lang=en')).toBe('index.en.html');
    expect(prerenderedFileFor('?scene=training')).toBe('index.scene-training.html');
    expect(prerenderedFileFor('?scene=training&lang=en')).toBe('index.scene-training.en.html');
    expect(prerenderedFileFor('?lang=en&scene=training')).toBe('index.scene-training.en.html');
    expect(prerenderedFileFor('?kiosk')).toBe('index.kiosk.html');
    expect(prerenderedFileFor('?kiosk&lang=en')).toBe('index.kiosk.en.html');
    expect(prerenderedFileFor('?lang=en&kiosk')).toBe('index.kiosk.en.html');
    expect(prerenderedFileFor('?kiosk&interval=5')).toBeUndefined();
    expect(prerenderedFileFor('?kiosk=1')).toBeUndefined();
    expect(prerenderedFileFor('?kiosk&scene=training')).toBeUndefined();
    expect(prerenderedFileFor('?lang=zh')).toBeUndefined();
    expect(prerenderedFileFor('?scene=training&theme=light')).toBeUndefined();
    expect(prerenderedFileFor('?scene=../../etc/passwd')).toBeUndefined();
  });

  it('writes each address into the file that the address is served', () => {
    for (const search of ['', '?lang=en', '?scene=review', '?scene=review&lang=en', '?kiosk', '?kiosk&lang=en']) {
      expect(prerenderedFileFor(search)).toBe(prerenderedFileName(search));
    }
  });

  it('puts the screen into the empty root and the data after it, in the page’s language', () => {
    const page = '<html lang="zh-CN"><body><div id="root"></div></body></html>';
    const html = prerenderedHtml(page, { locale: 'en', rootHtml: '<p>$& 1</p>', dataElement: '<script type="application/json" id="d">{}</script>' });
    expect(html).toBe('<html lang="en-GB"><body><div id="root"><p>$& 1</p></div>\n    <script type="application/json" id="d">{}</script></body></html>');
    expect(() => prerenderedHtml('<div id="app"></div>', { locale: 'zh', rootHtml: '', dataElement: '' })).toThrow(/no <div id="root">/);
  });
});

describe('the inline-script check', () => {
  it('lets a JSON data block through and catches any script the browser would run', () => {
    expect('<script type="application/json" id="x">{}</script>').not.toMatch(inlineScriptPattern);
    expect('<script>alert(1)</script>').toMatch(inlineScriptPattern);
    expect('<script type="module">import "x"</script>').toMatch(inlineScriptPattern);
    expect('<script type="application/javascript">1</script>').toMatch(inlineScriptPattern);
    expect('<script type="module" src="./assets/index.js"></script>').not.toMatch(inlineScriptPattern);
  });
});

describe('the built pages', () => {
  let dir: string;
  beforeAll(() => {
    // As test/build/bundle-budget.test.ts: npm test's dist/ when it says so, else a build of our own.
    if (distIsBuilt()) {
      dir = distDir;
      return;
    }
    dir = path.join(root, 'node_modules/.cache/prerender-test/dist');
    buildProduction(dir);
  });
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

  it('index.html shows the overview’s eight figures in Chinese, with no script to run them', () => {
    const html = read('index.html');
    const doc = documentOf(html);
    expect(tileNumbers(doc)).toEqual(overviewFigures);
    expect(doc.querySelector('.app')?.getAttribute('data-scene')).toBe('overview');
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(html).not.toMatch(inlineScriptPattern);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/script-src 'self';/);
  });

  it('index.html carries the data it shows as a JSON block that validates as the API’s answers do', () => {
    const doc = documentOf(read('index.html'));
    const element = doc.getElementById(prerenderedDataId);
    expect(element?.tagName).toBe('SCRIPT');
    expect(element?.getAttribute('type')).toBe('application/json');
    const data = readPrerenderedData(doc);
    expect(data).toMatchObject({ search: '', fromBuild: false });
    expect(data?.report.id).toBe(data?.list.reports[0]?.id);
    // The same report as the static API file the app would otherwise fetch.
    const served = JSON.parse(read(`api/v1/reports/${data!.report.id}.json`)) as { figures: unknown };
    expect(data?.report.figures).toEqual(served.figures);
  });

  it('writes every scene in both languages, each in its own language', () => {
    const data = readPrerenderedData(documentOf(read('index.html')))!;
    for (const scene of data.report.layout!.scenes) {
      for (const lang of ['zh', 'en'] as const) {
        const search = `?scene=${scene.id}${lang === 'en' ? '&lang=en' : ''}`;
        const doc = documentOf(read(prerenderedFileName(search)));
        expect(doc.querySelector('.app')?.getAttribute('data-scene')).toBe(scene.id);
        expect(doc.documentElement.lang).toBe(lang === 'en' ? 'en-GB' : 'zh-CN');
        expect(readPrerenderedData(doc)?.search).toBe(search);
      }
    }
    expect(tileNumbers(documentOf(read('index.en.html')))).toEqual(overviewFiguresEn);
  });

  it('writes meeting-room mode’s first scene in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const search = lang === 'en' ? '?kiosk&lang=en' : '?kiosk';
      const doc = documentOf(read(prerenderedFileName(search)));
      expect(doc.querySelector('#root .kiosk .scene')).not.toBeNull();
      expect(tileNumbers(doc)).toEqual(lang === 'en' ? overviewFiguresEn : overviewFigures);
      expect(readPrerenderedData(doc)?.search).toBe(search);
      // The build's hour would be wrong on the screen: the clock is left for the browser to fill in.
      expect(doc.querySelector('#root .kiosk-clock')?.textContent).toBe('');
    }
  });

  it('writes no style attribute into any page, which the policy (style-src \'self\') would block', () => {
    const pages = readdirSync(dir).filter((name) => /^index(\..+)?\.html$/.test(name));
    expect(pages.length).toBeGreaterThan(2);
    for (const name of pages) expect(documentOf(read(name)).querySelectorAll('#root [style]').length, name).toBe(0);
  });

  it('loads only a tiny entry before the first paint, and links every style sheet of the first screens', () => {
    const manifest = JSON.parse(read('.vite/manifest.json')) as Manifest;
    const entry = manifest['index.html']!;
    const app = manifest[appModuleSource]!;
    // The entry imports the app module lazily (after the paint), so its own files hold none of the app.
    expect(entry.dynamicImports).toContain(appModuleSource);
    const entryScripts = [entry.file, ...(entry.imports ?? []).map((key) => manifest[key]!.file)];
    const entryBytes = entryScripts.reduce((sum, file) => sum + readFileSync(path.join(dir, file)).length, 0);
    expect(entryBytes).toBeLessThan(4_000);
    // Vite's own import helper is swapped for the lean one (build/lean-preload-helper-plugin.ts): it never preloads scripts.
    for (const file of entryScripts) expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('modulepreload');
    const appScripts = [app.file, ...(app.imports ?? []).map((key) => manifest[key]!.file)].filter((file) => !entryScripts.includes(file));
    expect(appScripts).toContain(app.file);
    const styles = [entry, app, ...(app.imports ?? []).map((key) => manifest[key]!)].flatMap((chunk) => chunk.css ?? []);
    expect(styles.length).toBeGreaterThan(0);
    const pages = readdirSync(dir).filter((name) => /^index(\..+)?\.html$/.test(name));
    for (const name of pages) {
      const head = documentOf(read(name)).head;
      const hrefs = (selector: string) => [...head.querySelectorAll(selector)].map((element) => element.getAttribute('href') ?? element.getAttribute('src'));
      expect(hrefs('script[type="module"]'), name).toEqual([`./${entry.file}`]);
      // Fetching the app's 110 KiB while the first screen paints would only delay that paint.
      for (const file of appScripts) expect(hrefs('link[rel="modulepreload"]'), name).not.toContain(`./${file}`);
      expect(hrefs('link[rel="stylesheet"]'), name).toEqual(expect.arrayContaining(styles.map((file) => `./${file}`)));
    }
  });

  it('precaches every prerendered page in the service worker, which answers each address with its own', () => {
    const worker = read('sw.js');
    for (const page of ['index.html', 'index.en.html', 'index.kiosk.html', 'index.kiosk.en.html', 'index.scene-review.html']) {
      expect(worker).toContain(`"${page}"`);
    }
  });
});

describe('a build for a backend (VITE_API_BASE_URL)', () => {
  let html: string;
  beforeAll(() => {
    const dir = path.join(root, 'node_modules/.cache/prerender-test/dist-backend');
    buildProduction(dir, { VITE_API_BASE_URL: 'https://api.intranet.example/v1' });
    html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  });

  it('marks the prerendered figures as the build’s, since the backend’s have not been fetched', () => {
    const doc = documentOf(html);
    expect(tileNumbers(doc)).toEqual(overviewFigures);
    expect(readPrerenderedData(doc)?.fromBuild).toBe(true);
    expect(doc.querySelector('#root .stale-badge')?.textContent).toContain('构建时的数字，尚未从服务器更新');
  });

  it('preloads the backend’s report list, whose reports the build cannot know', () => {
    const preloads = [...documentOf(html).querySelectorAll('link[rel="preload"][as="fetch"]')].map((link) => link.getAttribute('href'));
    expect(preloads).toEqual(['https://api.intranet.example/v1/reports.json']);
  });
});
