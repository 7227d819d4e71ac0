import { DeployWatcher, storedReloadLog, type DeployWatcherOptions } from '@/features/kiosk/model/deploy-watcher';
import type { ReloadRecord, ShellCheck } from '@/features/kiosk/model/deploy-watch';

const minute = 60_000;

/** A server and a service worker made of variables, and a screen's watcher in front of them. */
function setUp(running: string | undefined = 'v1') {
  const world = {
    versionFile: 'v1' as string | undefined,
    onServer: { version: 'v1', entriesLoad: true } as ShellCheck | undefined,
    fromWorker: { version: 'v1', entriesLoad: true } as ShellCheck | 'sameAsDeployed' | undefined,
    /** What the worker serves once it has updated (undefined: it cannot install the new build). */
    workerCatchesUpTo: undefined as ShellCheck | undefined,
    log: [] as ReloadRecord[],
    clock: Date.parse('2026-01-05T08:00:00Z'),
    monotonic: 0,
    updates: 0,
  };
  const options: DeployWatcherOptions = {
    running,
    fetchVersion: async () => world.versionFile,
    updateWorker: async () => {
      world.updates += 1;
      if (world.workerCatchesUpTo) world.fromWorker = world.workerCatchesUpTo;
    },
    inspectShells: async () => ({ deployed: world.onServer, served: world.fromWorker }),
    log: { read: () => world.log, write: (records) => (world.log = records) },
    wallNow: () => world.clock,
    monotonicNow: () => world.monotonic,
  };
  return { world, watcher: new DeployWatcher(options) };
}

describe('the deploy watcher against a fake server and service worker', () => {
  it('reloads for a good deploy on the second check that sees it, once the worker has the new build', async () => {
    const { world, watcher } = setUp();
    world.versionFile = 'v2';
    world.onServer = { version: 'v2', entriesLoad: true };
    world.workerCatchesUpTo = { version: 'v2', entriesLoad: true };
    await expect(watcher.check()).resolves.toBeUndefined();
    expect(world.updates).toBe(0);
    await expect(watcher.check()).resolves.toEqual({ version: 'v2', bypassWorker: false });
    expect(world.updates).toBe(1);
    watcher.recordReload({ version: 'v2', bypassWorker: false });
    expect(world.log).toEqual([{ from: 'v1', to: 'v2', at: world.clock }]);
  });

  it('waits through a half-finished deploy, and reloads once it is finished', async () => {
    const { world, watcher } = setUp();
    world.versionFile = 'v2';
    world.onServer = { version: 'v2', entriesLoad: false };
    // The new worker cannot install either: one of its files is missing.
    for (let check = 0; check < 5; check += 1) await expect(watcher.check()).resolves.toBeUndefined();
    world.onServer = { version: 'v2', entriesLoad: true };
    world.workerCatchesUpTo = { version: 'v2', entriesLoad: true };
    await expect(watcher.check()).resolves.toEqual({ version: 'v2', bypassWorker: false });
  });

  it('reloads at most once in half an hour while a balancer flips between two builds', async () => {
    const { world, watcher } = setUp();
    const pattern = ['v2', 'v2', 'v1', 'v1', 'v2', 'v2', 'v1', 'v1'];
    let reloads = 0;
    // A check every 5 minutes for half an hour; the reload lands on the other server, so the screen stays on v1.
    for (let check = 0; check < 6; check += 1) {
      const version = pattern[check % pattern.length]!;
      world.versionFile = version;
      world.onServer = { version, entriesLoad: true };
      world.fromWorker = 'sameAsDeployed';
      const plan = await watcher.check();
      if (plan) {
        reloads += 1;
        watcher.recordReload(plan);
      }
      world.clock += 5 * minute;
    }
    expect(reloads).toBe(1);
  });

  it('takes the first build it reads as its own where index.html names none (development)', async () => {
    const { world, watcher } = setUp(undefined);
    world.versionFile = 'dev-1';
    await expect(watcher.check()).resolves.toBeUndefined();
    await expect(watcher.check()).resolves.toBeUndefined();
    world.versionFile = 'dev-2';
    world.onServer = { version: undefined, entriesLoad: true };
    await watcher.check();
    // index.html names no build here, so the deploy cannot be confirmed and nothing reloads.
    await expect(watcher.check()).resolves.toBeUndefined();
  });

  it('treats a failing check as no news', async () => {
    const { watcher } = setUp();
    const failing = new DeployWatcher({
      running: 'v1',
      fetchVersion: () => Promise.reject(new Error('offline')),
      updateWorker: () => Promise.reject(new Error('no')),
      inspectShells: () => Promise.reject(new Error('no')),
      log: { read: () => [], write: () => {} },
    });
    await expect(failing.check()).resolves.toBeUndefined();
    await expect(watcher.check()).resolves.toBeUndefined();
  });

  it('keeps its log in storage across reloads, and reads a damaged entry as an empty log', () => {
    const storage = window.localStorage;
    storage.clear();
    const log = storedReloadLog(() => storage, 'test:reloads');
    log.write([{ from: 'v1', to: 'v2', at: 5 }]);
    expect(storedReloadLog(() => storage, 'test:reloads').read()).toEqual([{ from: 'v1', to: 'v2', at: 5 }]);
    storage.setItem('test:reloads', '{"not":"a log"}');
    expect(log.read()).toEqual([]);
    storage.setItem('test:reloads', 'not json');
    expect(log.read()).toEqual([]);
    const blocked = storedReloadLog(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(blocked.read()).toEqual([]);
    expect(() => blocked.write([])).not.toThrow();
    storage.clear();
  });

  it('asks the worker for a new sw.js once an hour even when the version stays, so a kill switch reaches the screen', async () => {
    const { world, watcher } = setUp();
    for (let check = 0; check < 24; check += 1) {
      world.monotonic += 5 * minute;
      await watcher.check();
    }
    // Two hours of checks every 5 minutes: at 60 and at 120 minutes.
    expect(world.updates).toBe(2);
  });
});
