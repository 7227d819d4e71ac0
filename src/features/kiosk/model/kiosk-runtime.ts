import { driftPath, kioskTiming } from '@/features/kiosk/model/kiosk-config';
import type { ReloadPlan } from '@/features/kiosk/model/deploy-watcher';
import {
  isAutomaticBoundary,
  rotationReducer,
  startRotation,
  type RotationEvent,
  type RotationMode,
  type RotationState,
} from '@/features/kiosk/model/rotation';

// Runs meeting-room mode for days: the rotation timer, the data refresh, the version check and the burn-in
// drift. Plain TS with injected effects, so a fake clock can drive it through a simulated day. Only one
// timeout per concern is ever pending, and listeners hear only about changes that alter the screen.
// Deadlines are on a monotonic clock (performance.now): an NTP correction or a daylight-saving change moves
// the wall clock, and with it Date.now, but must not stop or rush the rotation.

export type RotationView = {
  position: number;
  mode: RotationMode;
  blanked: boolean;
  /** Changes whenever the countdown to the next scene restarts (keys the progress indicator); monotonic ms. */
  sceneStartedAt: number;
  /** A new build is ready: the screen reloads at the next automatic scene change. */
  updateReady: boolean;
};

export type KioskRuntimeOptions = {
  length: number;
  initialPosition: number;
  intervalMs: number;
  resumeMs: number;
  refreshMs: number;
  /** A monotonic clock in ms; performance.now by default. Never the wall clock. */
  now?: () => number;
  /** Refetch the report data (in place, without resetting the scene). */
  refreshData: () => void;
  /**
   * One look at the deployed build (deploy-watcher.ts), at start and with every refresh: a plan to reload at
   * the next automatic scene change, or undefined to stay. The latest answer counts.
   */
  checkDeploy: () => Promise<ReloadPlan | undefined>;
  /** Reload the page for `plan`, continuing the rotation at `position`. */
  reload: (position: number, plan: ReloadPlan) => void;
  /** Move the layout to a drift offset (in drift steps). */
  drift?: (offset: readonly [number, number]) => void;
};

export class KioskRuntime {
  private state: RotationState;
  private view: RotationView;
  private readonly listeners = new Set<() => void>();
  private readonly resumeListeners = new Set<() => void>();
  private resumeAt: number | null = null;
  private readonly now: () => number;
  private rotationTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private driftTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private pendingReload: ReloadPlan | undefined;
  private checkingDeploy = false;
  private checkDeployAgain = false;
  private driftIndex = 0;

  constructor(private readonly options: KioskRuntimeOptions) {
    this.now = options.now ?? (() => performance.now());
    this.state = startRotation({
      length: options.length,
      position: options.initialPosition,
      intervalMs: options.intervalMs,
      resumeMs: options.resumeMs,
      now: this.now(),
    });
    this.view = toView(this.state, false);
  }

  /** Starts (or restarts) every timer; the countdown for the current scene starts afresh. */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.state.mode === 'running' && !this.state.blanked) {
      const now = this.now();
      this.state = { ...this.state, sceneStartedAt: now, deadline: now + this.state.intervalMs };
      this.publish();
    }
    this.scheduleRotation();
    this.scheduleRefresh();
    this.scheduleDrift();
    void this.checkVersion();
  }

  stop(): void {
    this.running = false;
    this.checkDeployAgain = false;
    clearTimeout(this.rotationTimer);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.driftTimer);
  }

  dispatch(event: RotationEvent): void {
    const now = this.now();
    if (this.pendingReload && isAutomaticBoundary(this.state, event, now)) {
      this.stop();
      this.options.reload((this.state.position + 1) % this.state.length, this.pendingReload);
      return;
    }
    const next = rotationReducer(this.state, event, now);
    if (next === this.state) {
      // A timer that fires before its deadline (timers may fire a little early, and a suspended PC wakes
      // them at odd moments) changes nothing: arm it again for the time that is left, or nothing ever would.
      if (event.type === 'timer') this.scheduleRotation();
      return;
    }
    const deadlineChanged = next.deadline !== this.state.deadline;
    this.state = next;
    if (deadlineChanged) this.scheduleRotation();
    this.publish();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RotationView => this.view;

  /**
   * When an input pause ends (on the monotonic clock), or null when none is counting down. A store of its own,
   * so the countdown badge can follow every mouse move without the page, or the scene, rendering again.
   */
  readonly subscribeResume = (listener: () => void): (() => void) => {
    this.resumeListeners.add(listener);
    return () => this.resumeListeners.delete(listener);
  };

  readonly getResumeAt = (): number | null => this.resumeAt;

  /** The runtime's monotonic clock, for a countdown against getResumeAt. */
  readonly monotonicNow = (): number => this.now();

  /** For tests and diagnostics: whether a new build is ready and the screen will reload at the next scene change. */
  get willReload(): boolean {
    return this.pendingReload !== undefined;
  }

  private publish(): void {
    const resumeAt = this.state.mode === 'inputPaused' ? this.state.deadline : null;
    if (resumeAt !== this.resumeAt) {
      this.resumeAt = resumeAt;
      for (const listener of this.resumeListeners) listener();
    }
    const view = toView(this.state, this.pendingReload !== undefined);
    if (sameView(view, this.view)) return;
    this.view = view;
    for (const listener of this.listeners) listener();
  }

  private scheduleRotation(): void {
    clearTimeout(this.rotationTimer);
    this.rotationTimer = undefined;
    if (!this.running || this.state.deadline === null) return;
    const delay = Math.max(0, this.state.deadline - this.now());
    this.rotationTimer = setTimeout(() => {
      this.rotationTimer = undefined;
      this.dispatch({ type: 'timer' });
    }, delay);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    if (!this.running) return;
    this.refreshTimer = setTimeout(() => {
      this.options.refreshData();
      void this.checkVersion();
      this.scheduleRefresh();
    }, this.options.refreshMs);
  }

  private scheduleDrift(): void {
    clearTimeout(this.driftTimer);
    const { drift } = this.options;
    if (!this.running || !drift) return;
    this.driftTimer = setTimeout(() => {
      this.driftIndex = (this.driftIndex + 1) % driftPath.length;
      drift(driftPath[this.driftIndex] ?? [0, 0]);
      this.scheduleDrift();
    }, kioskTiming.driftEveryMs);
  }

  private async checkVersion(): Promise<void> {
    // A check can take a while (a service worker fetching a whole build): one at a time, and a refresh that
    // comes meanwhile is checked right after it, so no refresh goes unchecked.
    if (this.checkingDeploy) {
      this.checkDeployAgain = true;
      return;
    }
    this.checkingDeploy = true;
    let plan: ReloadPlan | undefined;
    try {
      plan = await this.options.checkDeploy();
    } catch {
      plan = undefined;
    } finally {
      this.checkingDeploy = false;
    }
    if (!this.running) return;
    this.pendingReload = plan;
    this.publish();
    if (this.checkDeployAgain) {
      this.checkDeployAgain = false;
      void this.checkVersion();
    }
  }
}

function toView(state: RotationState, updateReady: boolean): RotationView {
  return { position: state.position, mode: state.mode, blanked: state.blanked, sceneStartedAt: state.sceneStartedAt, updateReady };
}

function sameView(a: RotationView, b: RotationView): boolean {
  return (
    a.position === b.position &&
    a.mode === b.mode &&
    a.blanked === b.blanked &&
    a.sceneStartedAt === b.sceneStartedAt &&
    a.updateReady === b.updateReady
  );
}
