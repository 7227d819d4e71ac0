import { driftPath, kioskTiming } from '@/features/kiosk/model/kiosk-config';
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

export type RotationView = {
  position: number;
  mode: RotationMode;
  blanked: boolean;
  /** Changes whenever the countdown to the next scene restarts (keys the progress indicator). */
  sceneStartedAt: number;
};

export type KioskRuntimeOptions = {
  length: number;
  initialPosition: number;
  intervalMs: number;
  resumeMs: number;
  refreshMs: number;
  now?: () => number;
  /** Refetch the report data (in place, without resetting the scene). */
  refreshData: () => void;
  /** The deployed build's version, or undefined when it cannot be read (then nothing reloads). */
  fetchVersion: () => Promise<string | undefined>;
  /** Reload the page, continuing the rotation at `position`. */
  reload: (position: number) => void;
  /** Move the layout to a drift offset (in drift steps). */
  drift?: (offset: readonly [number, number]) => void;
};

export class KioskRuntime {
  private state: RotationState;
  private view: RotationView;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private rotationTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private driftTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private knownVersion: string | undefined;
  private reloadPending = false;
  private driftIndex = 0;

  constructor(private readonly options: KioskRuntimeOptions) {
    this.now = options.now ?? Date.now;
    this.state = startRotation({
      length: options.length,
      position: options.initialPosition,
      intervalMs: options.intervalMs,
      resumeMs: options.resumeMs,
      now: this.now(),
    });
    this.view = toView(this.state);
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
    clearTimeout(this.rotationTimer);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.driftTimer);
  }

  dispatch(event: RotationEvent): void {
    const now = this.now();
    if (this.reloadPending && isAutomaticBoundary(this.state, event, now)) {
      this.stop();
      this.options.reload((this.state.position + 1) % this.state.length);
      return;
    }
    const next = rotationReducer(this.state, event, now);
    if (next === this.state) return;
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

  /** For tests and diagnostics: whether a new build has been seen and the screen will reload. */
  get willReload(): boolean {
    return this.reloadPending;
  }

  private publish(): void {
    const view = toView(this.state);
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
    let version: string | undefined;
    try {
      version = await this.options.fetchVersion();
    } catch {
      version = undefined;
    }
    if (version === undefined) return;
    if (this.knownVersion === undefined) this.knownVersion = version;
    else if (version !== this.knownVersion) this.reloadPending = true;
  }
}

function toView(state: RotationState): RotationView {
  return { position: state.position, mode: state.mode, blanked: state.blanked, sceneStartedAt: state.sceneStartedAt };
}

function sameView(a: RotationView, b: RotationView): boolean {
  return a.position === b.position && a.mode === b.mode && a.blanked === b.blanked && a.sceneStartedAt === b.sceneStartedAt;
}
