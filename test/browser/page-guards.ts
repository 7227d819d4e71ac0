import type { Page } from 'playwright-core';

// What every browser test of this issue checks besides its own point: the Content-Security-Policy was
// never violated, nothing was requested from another origin, and no script error escaped.

type Guarded = {
  cspViolations: () => Promise<string[]>;
  offOriginRequests: string[];
  pageErrors: string[];
};

export async function guardPage(page: Page, origin: string): Promise<Guarded> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const offOriginRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(origin).origin && url.protocol !== 'data:') offOriginRequests.push(request.url());
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(`console: ${message.text()}`);
  });
  return {
    offOriginRequests,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
  };
}

/**
 * Refetches every active query, as issue 3's refresh interval will on a timer. Reaches the app's QueryClient
 * through React's fiber tree, so the production build needs no test hook. Not awaited: with the API down,
 * the refetch retries for as long as the page lives.
 */
export async function refetchActiveQueries(page: Page, { wait = false } = {}): Promise<void> {
  await page.evaluate(async (waitForIt) => {
    type Fiber = {
      child: Fiber | null;
      sibling: Fiber | null;
      stateNode?: { current?: Fiber };
      memoizedProps?: { client?: { refetchQueries?: (filters: object) => Promise<void> } };
    };
    const container = document.getElementById('root') as unknown as Record<string, Fiber>;
    const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
    // The container keeps the root fiber it was created with; the committed tree hangs off the root's current.
    const stack: Array<Fiber | null> = [key ? (container[key]!.stateNode?.current ?? null) : null];
    while (stack.length > 0) {
      const fiber = stack.pop();
      if (!fiber) continue;
      const client = fiber.memoizedProps?.client;
      if (client?.refetchQueries) {
        const done = client.refetchQueries({ type: 'active' });
        if (waitForIt) await done;
        return;
      }
      stack.push(fiber.sibling, fiber.child);
    }
    throw new Error('no QueryClientProvider found in the React tree');
  }, wait);
}
