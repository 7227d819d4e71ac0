import { configure, render } from '@testing-library/react';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import type { RetryTimings } from '@/api/resilience-config';
import { restoreLastGoodData, persistLastGoodData } from '@/api/last-good-data';
import yantai from '@/data/reports/yantai-psb-2022.json';
import type { Report } from '@/data/report-schema';

// These files render the whole app, lazy scenes and charts included, while other test files run in parallel
// on two cores: the default one-second wait is too tight for that.
configure({ asyncUtilTimeout: 5_000 });

// The app with its real retry policy, only faster: these tests are about what the screen does between retries.
export const fastRetries: RetryTimings = { retryBaseDelayMs: 20, retryMaxDelayMs: 80, retryAfterMaxMs: 150, retryJitterRatio: 0 };

export function renderResilientApp({ url = '/', storage }: { url?: string; storage?: Storage } = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient(fastRetries);
  if (storage) {
    restoreLastGoodData(queryClient, storage);
    persistLastGoodData(queryClient, storage);
  }
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}

/** A deep copy of the real report to break in one place. */
export function reportCopy(): Report {
  return structuredClone(yantai) as Report;
}

export async function brokenFixture(name: string): Promise<unknown> {
  const { readFile } = await import('node:fs/promises');
  // Vitest runs from the project root; import.meta.url is not a file URL under jsdom.
  return JSON.parse(await readFile(`${process.cwd()}/test/fixtures/broken/${name}.json`, 'utf8'));
}
