// The rotation as a pure state machine: (state, event, now) → state. Timers live elsewhere and only
// ask for `state.deadline`, so the rules can be tested without a clock. Every time here is on one monotonic
// clock (the runtime passes performance.now), never the wall clock.

export type RotationMode = 'running' | 'inputPaused' | 'manualPaused';

export type RotationState = {
  readonly length: number;
  readonly position: number;
  readonly mode: RotationMode;
  readonly blanked: boolean;
  /** When the current scene's countdown (or the scene itself) started, in ms. */
  readonly sceneStartedAt: number;
  /** When the next timer event is due: the next scene when running, the resume when input-paused. */
  readonly deadline: number | null;
  readonly intervalMs: number;
  readonly resumeMs: number;
};

export type RotationCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'jump'; position: number }
  | { type: 'togglePause' }
  | { type: 'toggleBlank' };

export type RotationEvent =
  | RotationCommand
  /** The deadline has passed. */
  | { type: 'timer' }
  /** Any other input: a key, a click, a mouse move, a touch. */
  | { type: 'input' };

export function startRotation(options: {
  length: number;
  position?: number;
  intervalMs: number;
  resumeMs: number;
  now: number;
}): RotationState {
  const length = Math.max(1, options.length);
  const position = Math.min(Math.max(0, options.position ?? 0), length - 1);
  return {
    length,
    position,
    mode: 'running',
    blanked: false,
    sceneStartedAt: options.now,
    deadline: options.now + options.intervalMs,
    intervalMs: options.intervalMs,
    resumeMs: options.resumeMs,
  };
}

function wrap(position: number, length: number): number {
  return ((position % length) + length) % length;
}

/** After a person acts, rotation holds until they have left it alone for resumeMs (a manual pause stays). */
function holdForInput(state: RotationState, now: number): RotationState {
  if (state.mode === 'manualPaused') return state;
  return { ...state, mode: 'inputPaused', deadline: state.blanked ? null : now + state.resumeMs };
}

function run(state: RotationState, now: number): RotationState {
  return { ...state, mode: 'running', sceneStartedAt: now, deadline: now + state.intervalMs };
}

function moveTo(state: RotationState, position: number, now: number): RotationState {
  return holdForInput({ ...state, position: wrap(position, state.length), sceneStartedAt: now }, now);
}

export function rotationReducer(state: RotationState, event: RotationEvent, now: number): RotationState {
  // While the screen is blank, a key only brings the picture back: the presenter who blanked it wants to see
  // where they are before anything moves. Timers and other input do nothing.
  if (state.blanked && event.type !== 'toggleBlank') {
    if (event.type === 'timer' || event.type === 'input') return state;
    return rotationReducer(state, { type: 'toggleBlank' }, now);
  }
  switch (event.type) {
    case 'timer':
      if (state.deadline === null || now < state.deadline) return state;
      if (state.mode === 'running') return run({ ...state, position: wrap(state.position + 1, state.length) }, now);
      if (state.mode === 'inputPaused') return run(state, now);
      return state;
    case 'input':
      return holdForInput(state, now);
    case 'next':
      return moveTo(state, state.position + 1, now);
    case 'previous':
      return moveTo(state, state.position - 1, now);
    case 'first':
      return moveTo(state, 0, now);
    case 'jump':
      if (!Number.isInteger(event.position) || event.position < 0 || event.position >= state.length) return holdForInput(state, now);
      return moveTo(state, event.position, now);
    case 'togglePause':
      return state.mode === 'manualPaused' ? run(state, now) : { ...state, mode: 'manualPaused', deadline: null };
    case 'toggleBlank':
      return state.blanked
        ? holdForInput({ ...state, blanked: false }, now)
        : { ...state, blanked: true, deadline: null };
  }
}

/** True when this timer event is a scene boundary that nobody caused (the rotation moving on by itself). */
export function isAutomaticBoundary(state: RotationState, event: RotationEvent, now: number): boolean {
  return event.type === 'timer' && state.mode === 'running' && !state.blanked && state.deadline !== null && now >= state.deadline;
}
