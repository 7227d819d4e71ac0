import { describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useChromium, newPage } from './chromium';
import { guardPage } from './page-guards';

// A screen that rotates all day must not grow. Scene changes and refetches at a fast pace, then the JS heap
// after forced garbage collection, the DOM node count and the event-listener count, start against end.
// Short form in `npm test`; `npm run soak` runs the long form (1,000 scene changes, 200 refetches).

const sceneChanges = Number(process.env.SOAK_SCENE_CHANGES ?? 100);
const refetches = Number(process.env.SOAK_REFETCHES ?? 20);
const heapGrowthAllowed = 0.1;
const warmUpChanges = 100;

const scenes = [
  { id: 'overview', link: /Overview/, charts: false },
  { id: 'training', link: /Training/, charts: true },
  { id: 'review', link: /Legal review/, charts: true },
  { id: 'supervision', link: /Supervision/, charts: true },
  { id: 'plans', link: /Shortcomings/, charts: false },
] as const;

type Figures = { heapBytes: number; objectBytes: number; codeBytes: number; nodes: number; listeners: number; documents: number };

/**
 * Splits the V8 heap by a heap snapshot: compiled code (which V8 keeps adding as it optimises hot functions
 * and flushes on its own schedule) apart from the JavaScript objects the app holds, where a leak would show.
 */
async function heapBreakdown(cdp: CDPSession): Promise<{ objectBytes: number; codeBytes: number }> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let objectBytes = 0;
  let codeBytes = 0;
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) {
    const type = typeNames[snapshot.nodes[index + typeAt]!];
    const size = snapshot.nodes[index + sizeAt]!;
    if (type === 'code') codeBytes += size;
    else if (type !== 'native' && type !== 'synthetic') objectBytes += size;
  }
  return { objectBytes, codeBytes };
}

async function measure(cdp: CDPSession): Promise<Figures> {
  // Several passes: one collection can leave objects that only the next one frees.
  for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const breakdown = await heapBreakdown(cdp);
  return { heapBytes: heap.usedSize, ...breakdown, nodes: counters.nodes, listeners: counters.jsEventListeners, documents: counters.documents };
}

/**
 * Drives the screen from inside the page (clicks on the scene links, refetches through the app's QueryClient),
 * so Playwright's own injected helpers, which share the page's heap, are not part of what is measured.
 */
async function run(page: Page, plan: { from: number; changes: number; refetchEvery: number; refetchBudget: number }): Promise<number> {
  return page.evaluate(
    async ({ from, changes, refetchEvery, refetchBudget, sceneList }) => {
      type Client = { refetchQueries: (filters: object) => Promise<void> };
      type Fiber = { child: Fiber | null; sibling: Fiber | null; stateNode?: { current?: Fiber }; memoizedProps?: { client?: Client } };
      const container = document.getElementById('root') as unknown as Record<string, Fiber>;
      // As in page-guards.ts: the committed tree hangs off the root's current fiber.
      const created = container[Object.keys(container).find((name) => name.startsWith('__reactContainer$'))!]!;
      const stack: Array<Fiber | null> = [created.stateNode?.current ?? null];
      let client: Client | undefined;
      while (!client && stack.length > 0) {
        const fiber = stack.pop();
        if (!fiber) continue;
        if (fiber.memoizedProps?.client?.refetchQueries) client = fiber.memoizedProps.client;
        else stack.push(fiber.sibling, fiber.child);
      }
      if (!client) throw new Error('no QueryClient in the React tree');
      const until = async (ready: () => boolean) => {
        for (let waited = 0; !ready(); waited += 10) {
          if (waited > 15_000) throw new Error('scene did not render within 15 s');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      let refetched = 0;
      for (let change = from; change < from + changes; change += 1) {
        const scene = sceneList[change % sceneList.length]!;
        document.querySelector<HTMLAnchorElement>(`nav a[href*="scene=${scene.id}"]`)!.click();
        await until(() => document.querySelector(`main .scene--${scene.id}`) !== null && (!scene.charts || document.querySelector('rect.bar') !== null));
        if (change % refetchEvery === 0 && refetched < refetchBudget) {
          await client.refetchQueries({ type: 'active' });
          refetched += 1;
        }
      }
      return refetched;
    },
    { ...plan, sceneList: scenes.map(({ id, charts }) => ({ id, charts })) },
  );
}

describe('soak', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');

  it(`stays flat over ${sceneChanges} scene changes and ${refetches} refetches`, { timeout: 30 * 60_000 }, async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const guards = await guardPage(page, baseUrl);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${baseUrl}?scene=overview&lang=en`);
    await page.locator('main .scene--overview').waitFor();

    // Warm-up, not counted: every scene's code loaded, every cache filled and the hot code optimised by V8
    // (its compiled code lives in the same heap), ending back on the overview.
    await run(page, { from: 1, changes: warmUpChanges, refetchEvery: 5, refetchBudget: warmUpChanges / 5 });
    const start = await measure(cdp);

    const refetchEvery = Math.max(1, Math.floor(sceneChanges / Math.max(1, refetches)));
    const startedAt = Date.now();
    let refetched = 0;
    // In slices, so a hang shows up as a failure in the slice it happened in.
    for (let from = 1; from <= sceneChanges; from += 100) {
      const changes = Math.min(100, sceneChanges - from + 1);
      refetched += await run(page, { from, changes, refetchEvery, refetchBudget: refetches - refetched });
      if (process.env.SOAK_TRACE) console.log(`after ${from + changes - 1} changes: ${JSON.stringify(await measure(cdp))}`);
    }
    // End where the measurement started, on the overview, so the same DOM is compared.
    const stepsBack = (scenes.length - (sceneChanges % scenes.length)) % scenes.length;
    await run(page, { from: sceneChanges + 1, changes: stepsBack, refetchEvery: Number.MAX_SAFE_INTEGER, refetchBudget: 0 });
    const end = await measure(cdp);
    expect(await page.evaluate(() => document.querySelector('main .scene--overview') !== null)).toBe(true);

    const change = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)}%`;
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    console.log(
      [
        `soak: ${sceneChanges} scene changes, ${refetched} refetches in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (after ${warmUpChanges} warm-up changes)`,
        `  JS heap after GC     ${kib(start.heapBytes)} → ${kib(end.heapBytes)} (${change(start.heapBytes, end.heapBytes)})`,
        `    of which objects   ${kib(start.objectBytes)} → ${kib(end.objectBytes)} (${change(start.objectBytes, end.objectBytes)})`,
        `    of which code      ${kib(start.codeBytes)} → ${kib(end.codeBytes)} (${change(start.codeBytes, end.codeBytes)})`,
        `  DOM nodes            ${start.nodes} → ${end.nodes}`,
        `  event listeners      ${start.listeners} → ${end.listeners}`,
        `  documents            ${start.documents} → ${end.documents}`,
      ].join('\n'),
    );

    // The app's objects must stay within 10%. Compiled code is reported but not held to it: V8 grows it while
    // optimising and flushes it on its own; it is not something the app retains.
    expect((end.objectBytes - start.objectBytes) / start.objectBytes).toBeLessThanOrEqual(heapGrowthAllowed);
    expect(end.nodes).toBeLessThanOrEqual(start.nodes);
    expect(end.listeners).toBeLessThanOrEqual(start.listeners);
    expect(end.documents).toBeLessThanOrEqual(start.documents);
    expect(await guards.cspViolations()).toEqual([]);
    expect(guards.pageErrors).toEqual([]);
    await page.close();
  });
});
