import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the service worker has installed and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/**
 * Waits until the worker's API cache holds the report list and a report. It fills as the app fetches data
 * through the worker, so the page must have loaded (or refetched) once while the worker was in charge.
 */
export async function waitForCachedReports(page: Page): Promise<void> {
  // waitForFunction takes a returned promise for a truthy value without awaiting it: poll the answer instead.
  const cachedReports = () => page.evaluate(async () => (await (await caches.open('rule-of-law-dashboard-api')).keys()).length);
  await expect.poll(cachedReports, { timeout: 30_000, interval: 200 }).toBeGreaterThanOrEqual(2);
}
