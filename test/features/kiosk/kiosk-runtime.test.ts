import { KioskRuntime, type KioskRuntimeOptions } from '@/features/kiosk/model/kiosk-runtime';
import { kioskTiming } from '@/features/kiosk/model/kiosk-config';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A deploy check that has a plan as soon as the deployed build is not build-1 (deploy-watcher.test.ts tests the rules). */
const readyFor = (deployed: string) => (deployed === 'build-1' ? undefined : { version: deployed, bypassWorker: false });

function createRuntime(overrides: Partial<KioskRuntimeOptions> = {}) {
  const calls = { refresh: [] as number[], reload: [] as Array<{ at: number; position: number }>, drift: [] as number[] };
  const positions: Array<{ at: number; position: number }> = [];
  const runtime = new KioskRuntime({
    length: 5,
    initialPosition: 0,
    intervalMs: 20_000,
    resumeMs: 60_000,
    refreshMs: 5 * minute,
    refreshData: () => calls.refresh.push(Date.now()),
    checkDeploy: async () => undefined,
    reload: (position) => calls.reload.push({ at: Date.now(), position }),
    drift: () => calls.drift.push(Date.now()),
    ...overrides,
  });
  let lastPosition = runtime.getSnapshot().position;
  runtime.subscribe(() => {
    const { position } = runtime.getSnapshot();
    if (position !== lastPosition) positions.push({ at: Date.now(), position });
    lastPosition = position;
  });
  return { runtime, calls, positions };
}

describe('meeting-room runtime on a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-05T08:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rotates in order every interval, wrapping, for a whole day without drifting in time', async () => {
    const { runtime, positions } = createRuntime();
    const startedAt = Date.now();
    runtime.start();
    await vi.advanceTimersByTimeAsync(day);
    expect(positions.slice(0, 6).map((entry) => entry.position)).toEqual([1, 2, 3, 4, 0, 1]);
    expect(positions).toHaveLength(day / 20_000);
    positions.forEach((entry, index) => expect(entry.at - startedAt).toBe((index + 1) * 20_000));
    runtime.stop();
  });

  it('pauses on input, shows the pause, and resumes with a full interval after ?resume of quiet', async () => {
    const { runtime, positions } = createRuntime();
    runtime.start();
    await vi.advanceTimersByTimeAsync(10_000);
    runtime.dispatch({ type: 'input' });
    expect(runtime.getSnapshot().mode).toBe('inputPaused');
    await vi.advanceTimersByTimeAsync(59_000);
    runtime.dispatch({ type: 'input' }); // more input extends the pause
    await vi.advanceTimersByTimeAsync(59_999);
    expect(positions).toEqual([]);
    expect(runtime.getSnapshot().mode).toBe('inputPaused');
    await vi.advanceTimersByTimeAsync(1);
    expect(runtime.getSnapshot().mode).toBe('running');
    await vi.advanceTimersByTimeAsync(19_999);
    expect(positions).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(positions.map((entry) => entry.position)).toEqual([1]);
    runtime.stop();
  });

  it('stays paused for a day after P, and moves again only after a second P', async () => {
    const { runtime, positions } = createRuntime();
    runtime.start();
    runtime.dispatch({ type: 'togglePause' });
    await vi.advanceTimersByTimeAsync(day);
    expect(positions).toEqual([]);
    runtime.dispatch({ type: 'togglePause' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(positions.map((entry) => entry.position)).toEqual([1]);
    runtime.stop();
  });

  it('does not notify listeners for mouse moves during a pause (nothing re-renders)', async () => {
    const { runtime } = createRuntime();
    const listener = vi.fn();
    runtime.start();
    runtime.subscribe(listener);
    runtime.dispatch({ type: 'input' });
    for (let i = 0; i < 100; i += 1) {
      await vi.advanceTimersByTimeAsync(100);
      runtime.dispatch({ type: 'input' });
    }
    expect(listener).toHaveBeenCalledTimes(1);
    runtime.stop();
  });

  it('refetches the data every ?refresh minutes: 288 times in 24 hours at the default 5', async () => {
    const { runtime, calls } = createRuntime();
    const startedAt = Date.now();
    runtime.start();
    await vi.advanceTimersByTimeAsync(day);
    expect(calls.refresh).toHaveLength(288);
    calls.refresh.forEach((at, index) => expect(at - startedAt).toBe((index + 1) * 5 * minute));
    runtime.stop();
  });

  it('keeps refetching while paused, blanked or hidden behind a manual pause', async () => {
    const { runtime, calls } = createRuntime({ refreshMs: 15 * minute });
    runtime.start();
    runtime.dispatch({ type: 'togglePause' });
    runtime.dispatch({ type: 'toggleBlank' });
    await vi.advanceTimersByTimeAsync(day);
    expect(calls.refresh).toHaveLength(96);
    runtime.stop();
  });

  it('reloads once, at the first scene boundary after a new build is ready, continuing with the next scene', async () => {
    let deployed = 'build-1';
    const { runtime, calls, positions } = createRuntime({ checkDeploy: async () => readyFor(deployed) });
    runtime.start();
    await vi.advanceTimersByTimeAsync(10 * hour + 7_000);
    expect(calls.reload).toEqual([]);
    deployed = 'build-2';
    const deployedAt = Date.now();
    await vi.advanceTimersByTimeAsync(day - 10 * hour - 7_000);
    expect(calls.reload).toHaveLength(1);
    const [reload] = calls.reload;
    const lastScene = positions.at(-1)!;
    // Seen at the next refresh (within 5 min), then acted on at the following boundary (within 20 s).
    expect(reload!.at - deployedAt).toBeLessThanOrEqual(5 * minute + 20_000);
    expect(reload!.at - lastScene.at).toBe(20_000);
    expect(reload!.position).toBe((lastScene.position + 1) % 5);
    // The page would be gone now: the runtime has stopped every timer.
    const refreshesAtReload = calls.refresh.length;
    await vi.advanceTimersByTimeAsync(hour);
    expect(calls.refresh).toHaveLength(refreshesAtReload);
  });

  it('never reloads while no new build is ready', async () => {
    const { runtime, calls } = createRuntime({ checkDeploy: async () => undefined });
    runtime.start();
    await vi.advanceTimersByTimeAsync(day);
    expect(calls.reload).toEqual([]);
    runtime.stop();
  });

  it('forgets a plan that a later check withdraws before the next automatic scene change', async () => {
    const answers = [undefined, readyFor('build-2'), undefined];
    let call = 0;
    const { runtime, calls } = createRuntime({ checkDeploy: async () => answers[Math.min(call++, answers.length - 1)] });
    runtime.start();
    runtime.dispatch({ type: 'togglePause' });
    await vi.advanceTimersByTimeAsync(5 * minute);
    expect(runtime.willReload).toBe(true);
    await vi.advanceTimersByTimeAsync(5 * minute);
    expect(runtime.willReload).toBe(false);
    runtime.dispatch({ type: 'togglePause' });
    await vi.advanceTimersByTimeAsync(hour);
    expect(calls.reload).toEqual([]);
    runtime.stop();
  });

  it('runs one deploy check at a time, however long a check takes, and checks a refresh that came meanwhile after it', async () => {
    let inFlight = 0;
    let most = 0;
    let checks = 0;
    const { runtime } = createRuntime({
      refreshMs: minute,
      checkDeploy: async () => {
        inFlight += 1;
        checks += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 3 * minute));
        inFlight -= 1;
        return undefined;
      },
    });
    runtime.start();
    await vi.advanceTimersByTimeAsync(hour);
    expect(most).toBe(1);
    // Each check takes 3 minutes and a refresh comes every minute: they start back to back, at 0, 3, … 60 min.
    expect(checks).toBe(21);
    runtime.stop();
  });

  it('does not reload in the middle of a presenter pause: only an automatic boundary reloads', async () => {
    let deployed = 'build-1';
    const { runtime, calls } = createRuntime({ checkDeploy: async () => readyFor(deployed) });
    runtime.start();
    deployed = 'build-2';
    await vi.advanceTimersByTimeAsync(5 * minute - 1_000);
    runtime.dispatch({ type: 'togglePause' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runtime.willReload).toBe(true);
    runtime.dispatch({ type: 'next' });
    await vi.advanceTimersByTimeAsync(hour);
    expect(calls.reload).toEqual([]);
    runtime.dispatch({ type: 'togglePause' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls.reload).toHaveLength(1);
  });

  it('drifts the layout every few minutes', async () => {
    const { runtime, calls } = createRuntime();
    runtime.start();
    await vi.advanceTimersByTimeAsync(hour);
    expect(calls.drift).toHaveLength(hour / kioskTiming.driftEveryMs);
    runtime.stop();
  });

  it('leaves exactly one rotation, one refresh and one drift timer pending at any time', async () => {
    const { runtime } = createRuntime();
    runtime.start();
    await vi.advanceTimersByTimeAsync(3 * hour);
    runtime.dispatch({ type: 'next' });
    runtime.dispatch({ type: 'input' });
    expect(vi.getTimerCount()).toBe(3);
    runtime.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('meeting-room runtime when the wall clock is set (NTP corrections, daylight saving, a wrong BIOS clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-05T08:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // vi.setSystemTime moves Date.now only; timers and performance.now go on as before, as in a browser.
  const steps: Array<[string, number]> = [
    ['3 seconds back', -3_000],
    ['3 seconds forward', 3_000],
    ['an hour back', -hour],
    ['an hour forward', hour],
    ['a day back', -day],
    ['a day forward', day],
  ];

  for (const [name, step] of steps) {
    it(`keeps rotating every interval when the clock steps ${name} in the middle of a scene`, async () => {
      const { runtime } = createRuntime({ intervalMs: 5_000 });
      const seen: Array<{ at: number; position: number }> = [];
      const startedAt = performance.now();
      runtime.subscribe(() => seen.push({ at: performance.now() - startedAt, position: runtime.getSnapshot().position }));
      runtime.start();
      await vi.advanceTimersByTimeAsync(12_000);
      vi.setSystemTime(Date.now() + step);
      await vi.advanceTimersByTimeAsync(28_000);
      expect(seen.map((entry) => entry.position)).toEqual([1, 2, 3, 4, 0, 1, 2, 3]);
      expect(seen.map((entry) => entry.at)).toEqual([5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000]);
      runtime.stop();
    });
  }

  it('resumes after an input pause on time when the clock steps back a day during the pause', async () => {
    const { runtime } = createRuntime({ intervalMs: 5_000, resumeMs: 10_000 });
    runtime.start();
    runtime.dispatch({ type: 'input' });
    vi.setSystemTime(Date.now() - day);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runtime.getSnapshot().mode).toBe('running');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runtime.getSnapshot().position).toBe(1);
    runtime.stop();
  });

  it('re-arms a timer that fires before its deadline, however early, and moves on when the deadline comes', async () => {
    // After the start, the runtime's clock falls 3 s behind the timers: the next timer fires "early" by it.
    let lag = 0;
    const { runtime } = createRuntime({ intervalMs: 5_000, now: () => performance.now() - lag });
    runtime.start();
    lag = 3_000;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runtime.getSnapshot().position).toBe(0);
    // Still one rotation timer (with the refresh and drift timers): armed again for the 3 s that are left.
    expect(vi.getTimerCount()).toBe(3);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(runtime.getSnapshot().position).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runtime.getSnapshot().position).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runtime.getSnapshot().position).toBe(2);
    runtime.stop();
  });

  it('schedules by performance.now, never by Date.now', async () => {
    const dateNow = vi.spyOn(Date, 'now');
    const runtime = new KioskRuntime({
      length: 5,
      initialPosition: 0,
      intervalMs: 5_000,
      resumeMs: 10_000,
      refreshMs: 5 * minute,
      refreshData: () => {},
      checkDeploy: async () => undefined,
      reload: () => {},
    });
    runtime.start();
    await vi.advanceTimersByTimeAsync(12_000);
    runtime.dispatch({ type: 'next' });
    runtime.dispatch({ type: 'input' });
    // 10 s of pause, then 5 s to the next scene.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(runtime.getSnapshot().position).toBe(4);
    expect(dateNow).not.toHaveBeenCalled();
    runtime.stop();
  });
});
