// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartPrefetchDelayMs, scheduleChartPrefetch } from '@/app/scene-switch';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetching the chart code while the first scene shows', () => {
  it('waits a few seconds after the first scene, then for an idle moment', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const preload = vi.fn();
    scheduleChartPrefetch(preload);
    vi.advanceTimersByTime(chartPrefetchDelayMs - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(idle).toHaveLength(1);
    expect(preload).not.toHaveBeenCalled();
    idle[0]!();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing once the scene has gone before its time', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const preload = vi.fn();
    const cancel = scheduleChartPrefetch(preload);
    vi.advanceTimersByTime(chartPrefetchDelayMs - 1);
    cancel();
    vi.runAllTimers();
    expect(preload).not.toHaveBeenCalled();
  });

  it('falls back to a task where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const preload = vi.fn();
    scheduleChartPrefetch(preload);
    vi.runAllTimers();
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
