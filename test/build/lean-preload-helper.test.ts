// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain JS module served into the build in place of Vite's helper; it has no types.
import { __vitePreload as preload } from '../../build/lean-preload-helper.js';

type Preload = (importChunk: () => Promise<unknown>, dependencies: string[] | undefined, importerUrl: string) => Promise<unknown>;
const vitePreload = preload as Preload;

const importer = 'https://dashboard.example/app/assets/main-abc.js';
const styleLinks = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
const settle = (link: HTMLLinkElement, outcome: 'load' | 'error') => link.dispatchEvent(new Event(outcome));

afterEach(() => {
  document.head.innerHTML = '';
});

describe('the dynamic-import helper the build ships', () => {
  it('links a chunk’s style sheet once, next to its importer, and imports the chunk when it has loaded', async () => {
    const importChunk = vi.fn(async () => 'kiosk chunk');
    const first = vitePreload(importChunk, ['./kiosk-page-1.css'], importer);
    const second = vitePreload(importChunk, ['./kiosk-page-1.css'], importer);
    const [link, ...others] = styleLinks();
    expect(others).toEqual([]);
    expect(link!.href).toBe('https://dashboard.example/app/assets/kiosk-page-1.css');
    await Promise.resolve();
    expect(importChunk).not.toHaveBeenCalled();
    settle(link!, 'load');
    await expect(first).resolves.toBe('kiosk chunk');
    await expect(second).resolves.toBe('kiosk chunk');
  });

  it('imports at once when there is nothing to link, and leaves scripts to the import itself', async () => {
    const importChunk = vi.fn(async () => 'chart chunk');
    await expect(vitePreload(importChunk, undefined, importer)).resolves.toBe('chart chunk');
    await expect(vitePreload(importChunk, ['./shared-2.js'], importer)).resolves.toBe('chart chunk');
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });

  it('fails the import when the style sheet fails, without importing the chunk', async () => {
    const importChunk = vi.fn(async () => 'author chunk');
    const loading = vitePreload(importChunk, ['./author-page-3.css'], importer);
    settle(styleLinks()[0]!, 'error');
    await expect(loading).rejects.toThrow('author-page-3.css');
    expect(importChunk).not.toHaveBeenCalled();
  });
});
