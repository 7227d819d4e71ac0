import { contentTypeFits, isJavaScriptType } from '@/lib/content-type';

describe('whether a response is the file it answers for', () => {
  it('takes a script only as JavaScript, whatever the status said', () => {
    expect(contentTypeFits('/assets/index-abc.js', 'text/javascript; charset=utf-8')).toBe(true);
    expect(contentTypeFits('/assets/index-abc.js', 'application/javascript')).toBe(true);
    // A static host answering a missing script with index.html.
    expect(contentTypeFits('/assets/index-abc.js', 'text/html; charset=utf-8')).toBe(false);
    expect(contentTypeFits('/assets/index-abc.js', null)).toBe(false);
    expect(contentTypeFits('/assets/index-abc.js', 'application/octet-stream')).toBe(false);
    expect(isJavaScriptType('text/javascriptx')).toBe(false);
  });

  it('takes a style sheet only as CSS and a page only as HTML', () => {
    expect(contentTypeFits('/assets/index.css', 'text/css')).toBe(true);
    expect(contentTypeFits('/assets/index.css', 'text/html')).toBe(false);
    expect(contentTypeFits('/dashboards/law/index.html', 'text/html; charset=utf-8')).toBe(true);
    expect(contentTypeFits('/dashboards/law/', 'text/html')).toBe(true);
    expect(contentTypeFits('/dashboards/law/index.html', 'application/json')).toBe(false);
  });

  it('takes any other file in any type but HTML, since servers disagree on types such as the manifest’s', () => {
    expect(contentTypeFits('/manifest.webmanifest', 'application/manifest+json')).toBe(true);
    expect(contentTypeFits('/manifest.webmanifest', 'application/octet-stream')).toBe(true);
    expect(contentTypeFits('/icon-192.png', 'image/png')).toBe(true);
    expect(contentTypeFits('/icon-192.png', 'text/html')).toBe(false);
  });
});
