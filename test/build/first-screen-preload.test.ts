import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { firstSceneFiles, firstScreenPreloadTags } from '../../build/first-screen-preload-plugin.ts';

const chunk = (fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> & { css?: string[] } = {}) =>
  ({
    type: 'chunk',
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    ...extra,
    viteMetadata: { importedCss: new Set(extra.css ?? []), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk;

/** An entry that shares a helper with the first scene, and a second scene nobody needs at first. */
const bundle = {
  'assets/index.js': chunk('assets/index.js', ['assets/shared.js'], { isEntry: true, facadeModuleId: '/repo/index.html' }),
  'assets/shared.js': chunk('assets/shared.js', []),
  'assets/tile.js': chunk('assets/tile.js', ['assets/shared.js'], { css: ['assets/tile.css'] }),
  'assets/overview.js': chunk('assets/overview.js', ['assets/tile.js', 'assets/shared.js'], {
    facadeModuleId: '/repo/src/features/overview/components/overview-scene.tsx',
  }),
  'assets/training.js': chunk('assets/training.js', ['assets/chart.js'], { facadeModuleId: '/repo/src/features/training/components/training-scene.tsx' }),
  'assets/chart.js': chunk('assets/chart.js', []),
} as unknown as Rollup.OutputBundle;

describe('what index.html preloads for the first screen', () => {
  it('takes the first scene and its static imports, minus what the entry already loads, and their CSS', () => {
    expect(firstSceneFiles(bundle, 'src/features/overview/components/overview-scene.tsx')).toEqual({
      scripts: ['assets/overview.js', 'assets/tile.js'],
      styles: ['assets/tile.css'],
    });
  });

  it('preloads nothing for a scene that is not in the bundle', () => {
    expect(firstSceneFiles(bundle, 'src/features/missing/scene.tsx')).toEqual({ scripts: [], styles: [] });
  });

  it('preloads the report list and the default report as the app fetches them, then the scene code', () => {
    const tags = firstScreenPreloadTags({
      apiBase: './api/v1',
      defaultReportId: 'yantai-psb-2022',
      sceneScripts: ['assets/overview.js'],
      sceneStyles: ['assets/tile.css'],
      assetBase: './',
    });
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'preload', as: 'fetch', href: './api/v1/reports.json', crossorigin: 'anonymous' },
      { rel: 'preload', as: 'fetch', href: './api/v1/reports/yantai-psb-2022.json', crossorigin: 'anonymous' },
      { rel: 'modulepreload', crossorigin: true, href: './assets/overview.js' },
      { rel: 'preload', as: 'style', crossorigin: true, href: './assets/tile.css' },
    ]);
  });

  it('preloads only the list from a configured backend, whose reports the build cannot know', () => {
    const tags = firstScreenPreloadTags({ apiBase: 'https://api.example/v1', defaultReportId: undefined, sceneScripts: [], sceneStyles: [], assetBase: '/' });
    expect(tags.map((tag) => tag.attrs?.href)).toEqual(['https://api.example/v1/reports.json']);
  });
});
