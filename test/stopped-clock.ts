import { onTestFinished, vi } from 'vitest';
import { setTimeout as realSetTimeout } from 'node:timers';
import { setTimeout as realDelay } from 'node:timers/promises';
import { notifyManager } from '@tanstack/react-query';
import { waitLimitMs } from './wait-limits';

// A fake clock that moves only when the test moves it. Not shouldAdvanceTime, which lets the fake clock follow
// the wall clock, so that on a slow machine it moves further than the test says. Only the clocks (Date and the
// monotonic performance.now that meeting-room mode keeps its deadlines on) and timers are fake: requests, code
// loading and React's own scheduling run as they always do.

export function useStoppedClock(now?: Date): void {
  vi.useFakeTimers({ now, toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  // React Query hands results to the screen in a zero-delay timeout; that is "the next task", not a time, so it
  // keeps a real one. (Its default scheduler, put back below, calls the global setTimeout.)
  notifyManager.setScheduler((callback) => void realSetTimeout(callback, 0));
  onTestFinished(() => {
    notifyManager.setScheduler((callback) => setTimeout(callback, 0));
    vi.useRealTimers();
  });
}

/**
 * Waits until `find` returns without throwing, and returns what it found, without moving the clock: it runs the
 * timers due now and lets everything else go on. Testing Library's findBy would hang on a stopped clock: it
 * waits on timers itself.
 */
export async function untilFound<T>(find: () => T): Promise<T> {
  const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = global.IS_REACT_ACT_ENVIRONMENT;
  // As in findBy: while waiting, the app renders on its own schedule rather than inside act().
  global.IS_REACT_ACT_ENVIRONMENT = false;
  const giveUpAt = process.hrtime.bigint() + BigInt(waitLimitMs) * 1_000_000n;
  try {
    for (;;) {
      await vi.advanceTimersByTimeAsync(0);
      try {
        return find();
      } catch (error) {
        if (process.hrtime.bigint() > giveUpAt) throw error;
      }
      await realDelay(10);
    }
  } finally {
    global.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
}
