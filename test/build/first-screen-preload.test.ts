import { describe, expect, it } from 'vitest';
import { firstScreenPreloadTags } from '../../build/first-screen-preload-plugin.ts';

describe('what index.html preloads for the first screen', () => {
  it('preloads the report list and the default report as the app fetches them', () => {
    const tags = firstScreenPreloadTags({ apiBase: './api/v1', defaultReportId: 'yantai-psb-2022' });
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'preload', as: 'fetch', href: './api/v1/reports.json', crossorigin: 'anonymous' },
      { rel: 'preload', as: 'fetch', href: './api/v1/reports/yantai-psb-2022.json', crossorigin: 'anonymous' },
    ]);
  });

  it('preloads only the list from a configured backend, whose reports the build cannot know', () => {
    const tags = firstScreenPreloadTags({ apiBase: 'https://api.example/v1', defaultReportId: undefined });
    expect(tags.map((tag) => tag.attrs?.href)).toEqual(['https://api.example/v1/reports.json']);
  });
});
