import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appStartedAttribute, appStartedEvent, signalAppStarted } from '@/app/boot-signal';

// build/boot-watchdog.js runs before the app, as a plain script. Run it here against a stand-in window and
// document, on fake timers, through page loads that fail to start and one that starts.

const source = readFileSync(path.resolve(import.meta.dirname, '../../build/boot-watchdog.js'), 'utf8');

class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** One page load: a fresh window and document sharing the tab's session storage. */
function loadPage(storage: FakeStorage | { getItem(): never }) {
  const windowEvents = new EventTarget();
  const documentEvents = new EventTarget();
  const root = document.createElement('html');
  const reload = vi.fn();
  const fakeWindow = Object.assign(windowEvents, {
    sessionStorage: storage,
    location: { reload },
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  });
  const fakeDocument = Object.assign(documentEvents, { readyState: 'loading', documentElement: root });
  new Function('window', 'document', source)(fakeWindow, fakeDocument);
  return {
    reload,
    parsed: () => documentEvents.dispatchEvent(new Event('DOMContentLoaded')),
    appStarts: () => {
      root.setAttribute(appStartedAttribute, '');
      windowEvents.dispatchEvent(new Event(appStartedEvent));
    },
  };
}

describe('the boot watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reloads a page whose app has not started 10 s after parsing, then waits twice as long each time, up to 2 minutes', async () => {
    const storage = new FakeStorage();
    const reloadsAfter: number[] = [];
    for (let load = 0; load < 7; load += 1) {
      const page = loadPage(storage);
      page.parsed();
      const before = Date.now();
      while (page.reload.mock.calls.length === 0) await vi.advanceTimersByTimeAsync(1_000);
      reloadsAfter.push((Date.now() - before) / 1000);
      vi.clearAllTimers();
    }
    expect(reloadsAfter).toEqual([10, 20, 40, 80, 120, 120, 120]);
  });

  it('stands down for good once the app says it has started, and the next failure waits 10 s again', async () => {
    const storage = new FakeStorage();
    const failed = loadPage(storage);
    failed.parsed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(failed.reload).toHaveBeenCalledTimes(1);
    vi.clearAllTimers();

    const started = loadPage(storage);
    started.parsed();
    await vi.advanceTimersByTimeAsync(300);
    started.appStarts();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(started.reload).not.toHaveBeenCalled();
    expect(storage.items.size).toBe(0);

    const next = loadPage(storage);
    next.parsed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(next.reload).toHaveBeenCalledTimes(1);
  });

  it('sets no timer at all when the app started before the page finished parsing', async () => {
    const page = loadPage(new FakeStorage());
    page.appStarts();
    page.parsed();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still recovers, at the first wait every time, where session storage is blocked', async () => {
    const blocked = {
      getItem(): never {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem(): never {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem(): never {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const page = loadPage(blocked);
    page.parsed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('hears the signal the app sends', () => {
    const heard = vi.fn();
    window.addEventListener(appStartedEvent, heard);
    signalAppStarted();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(document.documentElement.hasAttribute(appStartedAttribute)).toBe(true);
    window.removeEventListener(appStartedEvent, heard);
    document.documentElement.removeAttribute(appStartedAttribute);
  });
});
