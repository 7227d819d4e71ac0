// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, firstPaintFallbackMs } from '@/app/after-first-paint';

type PaintCallback = (entries: { getEntriesByName(name: string): unknown[] }, observer: { disconnect(): void }) => void;

/** A PerformanceObserver that the test feeds paint entries by hand, and what it was asked to observe. */
function fakePaintTiming() {
  const observers: { callback: PaintCallback; options?: unknown; disconnected: boolean }[] = [];
  class FakeObserver {
    private readonly record: (typeof observers)[number];
    constructor(callback: PaintCallback) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  const report = (...names: string[]) => {
    for (const record of observers.filter((observer) => !observer.disconnected)) {
      record.callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) }, { disconnect: () => (record.disconnected = true) });
    }
  };
  return { observers, report };
}

function prerenderedPage() {
  document.body.innerHTML = '<div id="root"><main><p>4,500</p></main></div>';
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('starting the app after the prerendered screen is painted', () => {
  it('starts once the first contentful paint is reported, not at the first paint or the first frame', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    prerenderedPage();
    const paint = fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start);
    expect(paint.observers[0]?.options).toEqual({ type: 'paint', buffered: true });
    vi.advanceTimersToNextFrame();
    expect(start).not.toHaveBeenCalled();
    paint.report('first-paint');
    expect(start).not.toHaveBeenCalled();
    paint.report('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    expect(paint.observers[0]?.disconnected).toBe(true);
    // The fallback that follows the frame does not start it a second time.
    vi.runAllTimers();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts a little after the first frame where no paint is reported', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    prerenderedPage();
    fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(firstPaintFallbackMs - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('falls back on the frame where the browser has no paint timing', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    prerenderedPage();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        observe() {
          throw new TypeError('paint is not a supported entry type');
        }
      },
    );
    const start = vi.fn();
    afterFirstPaint(start);
    vi.runAllTimers();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once on an empty page, which has nothing to paint first', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const paint = fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(paint.observers).toEqual([]);
  });

  it('starts at once on a hidden page, which paints nothing until it is shown', () => {
    prerenderedPage();
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
