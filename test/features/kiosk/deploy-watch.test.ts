import {
  decide,
  defaultDeployPolicy,
  initialWatchState,
  judge,
  observeVersion,
  recentReloads,
  withReload,
  type ReloadRecord,
  type WatchState,
} from '@/features/kiosk/model/deploy-watch';

const minute = 60_000;
const now = Date.parse('2026-01-05T08:00:00Z');
const good = (version: string) => ({ version, entriesLoad: true });

function observeAll(running: string, readings: Array<string | undefined>, state: WatchState = initialWatchState): WatchState {
  return readings.reduce((current, deployed) => observeVersion(current, running, deployed), state);
}

describe('when a meeting-room screen moves to a new build', () => {
  it('acts on a new build only once two checks in a row have named it', () => {
    expect(decide(observeAll('v1', ['v2']), [], now)).toEqual({ kind: 'stay' });
    expect(decide(observeAll('v1', ['v2', 'v2']), [], now)).toEqual({ kind: 'check', version: 'v2' });
  });

  it('never acts while two servers behind a balancer answer with two builds in turn', () => {
    let state = initialWatchState;
    for (const deployed of ['v2', 'v1', 'v2', 'v1', 'v2', 'v1', 'v2']) {
      state = observeVersion(state, 'v1', deployed);
      expect(decide(state, [], now).kind, deployed).toBe('stay');
    }
  });

  it('starts counting again after a check that could not read the version, or named this build', () => {
    expect(decide(observeAll('v1', ['v2', undefined, 'v2']), [], now).kind).toBe('stay');
    expect(decide(observeAll('v1', ['v2', 'v1', 'v2']), [], now).kind).toBe('stay');
    expect(decide(observeAll('v1', ['v2', 'v3', 'v3']), [], now)).toEqual({ kind: 'check', version: 'v3' });
  });

  it('holds off for 30 minutes a build it has just reloaded to or away from, so a flip back costs at most one reload', () => {
    // This screen reloaded v1 → v2 ten minutes ago; the balancer now gives it v1 again and again.
    const log: ReloadRecord[] = [{ from: 'v1', to: 'v2', at: now - 10 * minute }];
    expect(decide(observeAll('v2', ['v1', 'v1']), log, now)).toEqual({ kind: 'hold', version: 'v1', until: now + 20 * minute });
    // Or the reload came back on v1 (the other server answered it): v2 is held off too.
    expect(decide(observeAll('v1', ['v2', 'v2']), log, now).kind).toBe('hold');
    // Half an hour after the reload it may try again.
    expect(decide(observeAll('v2', ['v1', 'v1']), log, now + 20 * minute).kind).toBe('check');
  });

  it('does not hold off a build it has not been on: two real deploys in ten minutes are both followed', () => {
    const log: ReloadRecord[] = [{ from: 'v1', to: 'v2', at: now - 10 * minute }];
    expect(decide(observeAll('v2', ['v3', 'v3']), log, now)).toEqual({ kind: 'check', version: 'v3' });
  });

  it('survives a wall clock that steps: a reload stamped in the near future still holds; one a day ahead does not', () => {
    const soon: ReloadRecord[] = [{ from: 'v1', to: 'v2', at: now + 5 * minute }];
    expect(decide(observeAll('v2', ['v1', 'v1']), soon, now)).toEqual({ kind: 'hold', version: 'v1', until: now + 30 * minute });
    const dayAhead: ReloadRecord[] = [{ from: 'v1', to: 'v2', at: now + 24 * 60 * minute }];
    expect(decide(observeAll('v2', ['v1', 'v1']), dayAhead, now).kind).toBe('check');
    expect(recentReloads(dayAhead, now)).toEqual([]);
  });

  it('reloads only when the server’s index.html names the build and its entry loads, and the reload will get that page', () => {
    const state = observeAll('v1', ['v2', 'v2']);
    expect(judge(state, 'v2', { deployed: good('v2'), served: good('v2') }).verdict).toEqual({ kind: 'reload', version: 'v2', bypassWorker: false });
    expect(judge(state, 'v2', { deployed: good('v2'), served: 'sameAsDeployed' }).verdict).toEqual({ kind: 'reload', version: 'v2', bypassWorker: false });
    // Half-finished deploy: the new index.html points at an entry that is not there yet.
    expect(judge(state, 'v2', { deployed: { version: 'v2', entriesLoad: false }, served: 'sameAsDeployed' }).verdict).toEqual({ kind: 'wait', reason: 'incomplete' });
    // version.json from one server, index.html from the other.
    expect(judge(state, 'v2', { deployed: good('v1'), served: good('v1') }).verdict.kind).toBe('wait');
    // The server could not be reached for index.html.
    expect(judge(state, 'v2', { deployed: undefined, served: undefined }).verdict.kind).toBe('wait');
  });

  it('gives a service worker that still serves the old page three checks to catch up, then bypasses it', () => {
    let state = observeAll('v1', ['v2', 'v2']);
    const verdicts: string[] = [];
    for (let check = 0; check < 3; check += 1) {
      const judged = judge(state, 'v2', { deployed: good('v2'), served: good('v1') }, defaultDeployPolicy);
      state = judged.state;
      verdicts.push(judged.verdict.kind === 'reload' ? `reload${judged.verdict.bypassWorker ? ' past the worker' : ''}` : judged.verdict.reason);
    }
    expect(verdicts).toEqual(['workerBehind', 'workerBehind', 'reload past the worker']);
  });

  it('keeps the reload log short: only what still counts, and never more than 20 entries', () => {
    const old: ReloadRecord = { from: 'v0', to: 'v1', at: now - 31 * minute };
    const log = withReload([old], { from: 'v1', to: 'v2', at: now });
    expect(log).toEqual([{ from: 'v1', to: 'v2', at: now }]);
    const many = Array.from({ length: 30 }, (_, index) => ({ from: `a${index}`, to: `b${index}`, at: now - index }));
    expect(withReload(many, { from: 'x', to: 'y', at: now })).toHaveLength(20);
  });
});
