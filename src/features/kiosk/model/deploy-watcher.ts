import { z } from 'zod/mini';
import {
  decide,
  defaultDeployPolicy,
  initialWatchState,
  judge,
  observeVersion,
  withReload,
  type DeployPolicy,
  type ReloadRecord,
  type ShellCheck,
  type WatchState,
} from '@/features/kiosk/model/deploy-watch';

// Runs the rules of deploy-watch.ts against the real world through injected effects, so tests drive it with
// fakes: read version.json, look at index.html on the server and as the service worker serves it, ask the
// worker to update, and keep the log of reloads across reloads (local storage).

export type ReloadPlan = { version: string; bypassWorker: boolean };

/** Meeting-room mode fires this on window after each check has finished (for diagnostics and the browser suite). */
export const deployCheckedEvent = 'dashboard:deploy-checked';

export type DeployWatcherOptions = {
  /** The build on screen (index.html's <meta>); undefined where none is named, then the first build read counts. */
  running: string | undefined;
  fetchVersion: () => Promise<string | undefined>;
  /** Ask the service worker to fetch the new build; resolves when it has installed or failed (or at a time limit). */
  updateWorker: () => Promise<void>;
  /** index.html fetched past the service worker, and as the worker serves it ('sameAsDeployed' when none is in charge). */
  inspectShells: () => Promise<{ deployed: ShellCheck | undefined; served: ShellCheck | 'sameAsDeployed' | undefined }>;
  log: { read: () => ReloadRecord[]; write: (records: ReloadRecord[]) => void };
  /** The wall clock: the log outlives the page, so it cannot use the monotonic one. */
  wallNow?: () => number;
  /** A monotonic clock (performance.now), for the routine worker check. */
  monotonicNow?: () => number;
  policy?: DeployPolicy;
};

/**
 * How often a screen asks the worker to look for a new sw.js even when version.json has not changed: a screen
 * that never navigates would otherwise learn of a worker-only change (the kill switch) only from the browser's
 * own daily check.
 */
const routineWorkerCheckMs = 60 * 60_000;

export class DeployWatcher {
  private state: WatchState = initialWatchState;
  private running: string | undefined;
  private readonly policy: DeployPolicy;
  private readonly wallNow: () => number;
  private readonly monotonicNow: () => number;
  private lastWorkerCheck: number;

  constructor(private readonly options: DeployWatcherOptions) {
    this.running = options.running;
    this.policy = options.policy ?? defaultDeployPolicy;
    this.wallNow = options.wallNow ?? Date.now;
    this.monotonicNow = options.monotonicNow ?? (() => performance.now());
    // The page load itself was a check.
    this.lastWorkerCheck = this.monotonicNow();
  }

  /** One check; a plan when the screen should reload at its next automatic scene change, else undefined. */
  async check(): Promise<ReloadPlan | undefined> {
    let deployed: string | undefined;
    try {
      deployed = await this.options.fetchVersion();
    } catch {
      deployed = undefined;
    }
    // Without a named build (development), the first build read is taken as this page's, as before.
    if (this.running === undefined && deployed !== undefined) {
      this.running = deployed;
      return undefined;
    }
    this.state = observeVersion(this.state, this.running, deployed);
    const decision = decide(this.state, this.options.log.read(), this.wallNow(), this.policy);
    if (decision.kind !== 'check') {
      if (this.monotonicNow() - this.lastWorkerCheck >= routineWorkerCheckMs) await this.updateWorker();
      return undefined;
    }
    await this.updateWorker();
    let found: Awaited<ReturnType<DeployWatcherOptions['inspectShells']>>;
    try {
      found = await this.options.inspectShells();
    } catch {
      found = { deployed: undefined, served: undefined };
    }
    const { state, verdict } = judge(this.state, decision.version, found, this.policy);
    this.state = state;
    return verdict.kind === 'reload' ? { version: verdict.version, bypassWorker: verdict.bypassWorker } : undefined;
  }

  private async updateWorker(): Promise<void> {
    this.lastWorkerCheck = this.monotonicNow();
    try {
      await this.options.updateWorker();
    } catch {
      // What the worker serves is checked where it matters, before a reload.
    }
  }

  /** Call right before reloading for `plan`: the reload is logged, so a build that flips back is held off. */
  recordReload(plan: ReloadPlan): void {
    const record: ReloadRecord = { from: this.running, to: plan.version, at: this.wallNow() };
    this.options.log.write(withReload(this.options.log.read(), record, this.policy));
  }
}

const reloadLogSchema = z.array(z.object({ from: z.optional(z.string()), to: z.string(), at: z.number() }));

/** The reload log in local storage; anything unreadable counts as an empty log, and a full store is ignored. */
export function storedReloadLog(storage: () => Storage, key = 'rule-of-law-dashboard:reloads'): DeployWatcherOptions['log'] {
  return {
    read: () => {
      try {
        const parsed = reloadLogSchema.safeParse(JSON.parse(storage().getItem(key) ?? '[]'));
        return parsed.success ? parsed.data.map((record) => ({ from: record.from, to: record.to, at: record.at })) : [];
      } catch {
        return [];
      }
    },
    write: (records) => {
      try {
        storage().setItem(key, JSON.stringify(records));
      } catch {
        // Without storage the screen cannot remember a reload, and waits for two checks in a row instead.
      }
    },
  };
}
