// When a meeting-room screen moves to a newly deployed build, as pure rules: (state, what a check saw) → state
// and a decision. A screen reloads only for a build that (1) two checks in a row named, (2) it has not just
// reloaded to or away from (a balancer serving two builds must not make it reload on every refresh), and
// (3) is really there: its index.html names it and its entry scripts load, both on the server and as the
// service worker will serve the reload. src/features/kiosk/model/deploy-watcher.ts runs these rules.

export type DeployPolicy = {
  /** Checks in a row that must name the same new build before the screen acts on it. */
  confirmations: number;
  /** After a reload, how long (wall-clock ms) no reload goes to either build of that reload. */
  holdMs: number;
  /** Checks in a row the service worker may still serve the old shell of a good deploy before it is bypassed. */
  workerLagChecks: number;
};

export const defaultDeployPolicy: DeployPolicy = {
  confirmations: 2,
  holdMs: 30 * 60_000,
  workerLagChecks: 3,
};

/** A reload this screen made for a new build: from which build, to which, and when (Date.now()). */
export type ReloadRecord = { from: string | undefined; to: string; at: number };

export type WatchState = {
  /** The new build the last checks named, and how many checks in a row named it. */
  candidate: string | undefined;
  seen: number;
  /** Checks in a row that found the deploy good but the service worker still serving the old shell. */
  workerLag: number;
};

export const initialWatchState: WatchState = { candidate: undefined, seen: 0, workerLag: 0 };

/** What one look at an index.html found: the build it names, and whether all its entry scripts load. */
export type ShellCheck = { version: string | undefined; entriesLoad: boolean };

export type Decision =
  | { kind: 'stay' }
  | { kind: 'hold'; version: string; until: number }
  | { kind: 'check'; version: string };

export type Verdict = { kind: 'reload'; version: string; bypassWorker: boolean } | { kind: 'wait'; reason: 'incomplete' | 'workerBehind' };

/** Folds one reading of version.json (undefined when it could not be read) into the state. */
export function observeVersion(state: WatchState, running: string | undefined, deployed: string | undefined): WatchState {
  // Unreadable, or this screen's own build: nothing new. A gap also breaks a run of sightings.
  if (deployed === undefined || deployed === running) return initialWatchState;
  if (deployed === state.candidate) return { ...state, seen: state.seen + 1 };
  return { candidate: deployed, seen: 1, workerLag: 0 };
}

/** The reloads that still count at `now`. One stamped further ahead than the hold is a clock set back: ignored. */
export function recentReloads(log: readonly ReloadRecord[], now: number, policy: DeployPolicy = defaultDeployPolicy): ReloadRecord[] {
  return log.filter((record) => record.at > now - policy.holdMs && record.at <= now + policy.holdMs);
}

/** Whether the screen should look at the new build now. */
export function decide(state: WatchState, log: readonly ReloadRecord[], now: number, policy: DeployPolicy = defaultDeployPolicy): Decision {
  const version = state.candidate;
  if (version === undefined || state.seen < policy.confirmations) return { kind: 'stay' };
  const involved = recentReloads(log, now, policy).filter((record) => record.to === version || record.from === version);
  if (involved.length > 0) return { kind: 'hold', version, until: Math.max(...involved.map((record) => Math.min(record.at, now))) + policy.holdMs };
  return { kind: 'check', version };
}

/**
 * After looking: reload when the server's index.html names the build and its entry loads, and the page the
 * reload will get (the service worker's, or the server's where no worker is in charge) does too. A worker
 * that still serves the old shell is given `workerLagChecks` checks to catch up, then bypassed.
 */
export function judge(
  state: WatchState,
  version: string,
  found: { deployed: ShellCheck | undefined; served: ShellCheck | 'sameAsDeployed' | undefined },
  policy: DeployPolicy = defaultDeployPolicy,
): { state: WatchState; verdict: Verdict } {
  const good = (check: ShellCheck | undefined) => check !== undefined && check.version === version && check.entriesLoad;
  if (!good(found.deployed)) return { state: { ...state, workerLag: 0 }, verdict: { kind: 'wait', reason: 'incomplete' } };
  if (found.served === 'sameAsDeployed' || good(found.served)) {
    return { state: { ...state, workerLag: 0 }, verdict: { kind: 'reload', version, bypassWorker: false } };
  }
  const workerLag = state.workerLag + 1;
  if (workerLag >= policy.workerLagChecks) return { state: { ...state, workerLag }, verdict: { kind: 'reload', version, bypassWorker: true } };
  return { state: { ...state, workerLag }, verdict: { kind: 'wait', reason: 'workerBehind' } };
}

/** The log with this reload added and what no longer counts dropped, so storage never grows. */
export function withReload(log: readonly ReloadRecord[], record: ReloadRecord, policy: DeployPolicy = defaultDeployPolicy): ReloadRecord[] {
  return [...recentReloads(log, record.at, policy), record].slice(-20);
}
