import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { installDomStubs } from './dom-stubs';
import { server } from './msw-server';
import { waitLimitMs } from './wait-limits';

// Runs before each test file that has a page. In the dom project the files in a worker share one jsdom page and
// one module graph (vitest.config.ts), so after each test everything a test can leave behind is put back.

installDomStubs();

// Every findBy and waitFor waits for its element or state up to the one wait limit (test/wait-limits.ts).
configure({ asyncUtilTimeout: waitLimitMs });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  // A chart that goes away hands its turn to the next one in a zero-delay timer (chart-mount-turns.ts). On a
  // fake clock that timer would be dropped with the clock, and every chart in later files would wait for a
  // turn that never comes.
  if (vi.isFakeTimers()) vi.runOnlyPendingTimers();
  vi.useRealTimers();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  window.sessionStorage.clear();
  // The app sets lang, data-theme, data-motion, data-mode and the started mark on <html>; tests set styles there.
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  document.title = '';
});
afterAll(() => server.close());
