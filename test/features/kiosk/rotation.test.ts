import { isAutomaticBoundary, rotationReducer, startRotation, type RotationEvent, type RotationState } from '@/features/kiosk/model/rotation';

const start = (position = 0) => startRotation({ length: 5, position, intervalMs: 20_000, resumeMs: 60_000, now: 0 });

function apply(state: RotationState, ...steps: Array<[RotationEvent, number]>): RotationState {
  return steps.reduce((current, [event, now]) => rotationReducer(current, event, now), state);
}

describe('rotation state machine', () => {
  it('moves to the next scene when the interval has passed, and wraps after the last', () => {
    let state = start(3);
    state = rotationReducer(state, { type: 'timer' }, 20_000);
    expect(state).toMatchObject({ position: 4, sceneStartedAt: 20_000, deadline: 40_000 });
    state = rotationReducer(state, { type: 'timer' }, 40_000);
    expect(state.position).toBe(0);
  });

  it('ignores a timer that fires early', () => {
    const state = start();
    expect(rotationReducer(state, { type: 'timer' }, 19_999)).toBe(state);
  });

  it('pauses on input and resumes with a full interval after the resume time without input', () => {
    let state = apply(start(), [{ type: 'input' }, 5_000]);
    expect(state).toMatchObject({ mode: 'inputPaused', deadline: 65_000, position: 0 });
    state = apply(state, [{ type: 'input' }, 30_000]);
    expect(state.deadline).toBe(90_000);
    state = apply(state, [{ type: 'timer' }, 90_000]);
    expect(state).toMatchObject({ mode: 'running', position: 0, sceneStartedAt: 90_000, deadline: 110_000 });
  });

  it('steps with next, previous, first and number keys, and holds the scene while the presenter talks', () => {
    let state = apply(start(), [{ type: 'next' }, 1_000]);
    expect(state).toMatchObject({ position: 1, mode: 'inputPaused', deadline: 61_000 });
    state = apply(state, [{ type: 'previous' }, 2_000], [{ type: 'previous' }, 3_000]);
    expect(state.position).toBe(4);
    state = apply(state, [{ type: 'jump', position: 2 }, 4_000]);
    expect(state.position).toBe(2);
    state = apply(state, [{ type: 'first' }, 5_000]);
    expect(state.position).toBe(0);
  });

  it('ignores a number key beyond the scenes in rotation', () => {
    const state = apply(start(1), [{ type: 'jump', position: 7 }, 1_000]);
    expect(state).toMatchObject({ position: 1, mode: 'inputPaused' });
  });

  it('P pauses until P is pressed again, whatever else happens', () => {
    let state = apply(start(), [{ type: 'togglePause' }, 1_000]);
    expect(state).toMatchObject({ mode: 'manualPaused', deadline: null });
    state = apply(state, [{ type: 'input' }, 2_000], [{ type: 'next' }, 3_000], [{ type: 'timer' }, 500_000]);
    expect(state).toMatchObject({ mode: 'manualPaused', position: 1, deadline: null });
    state = apply(state, [{ type: 'togglePause' }, 600_000]);
    expect(state).toMatchObject({ mode: 'running', deadline: 620_000 });
  });

  it('P resumes at once from an input pause', () => {
    const state = apply(start(), [{ type: 'input' }, 1_000], [{ type: 'togglePause' }, 2_000], [{ type: 'togglePause' }, 3_000]);
    expect(state).toMatchObject({ mode: 'running', deadline: 23_000 });
  });

  it('blanks and holds the scene until B again, then counts as input', () => {
    let state = apply(start(2), [{ type: 'toggleBlank' }, 1_000]);
    expect(state).toMatchObject({ blanked: true, deadline: null });
    state = apply(state, [{ type: 'timer' }, 100_000], [{ type: 'input' }, 100_001]);
    expect(state).toMatchObject({ blanked: true, position: 2 });
    state = apply(state, [{ type: 'toggleBlank' }, 200_000]);
    expect(state).toMatchObject({ blanked: false, mode: 'inputPaused', deadline: 260_000, position: 2 });
  });

  it('only un-blanks when a navigation key is pressed on a blank screen: the scene stays where it was', () => {
    for (const command of [{ type: 'next' }, { type: 'previous' }, { type: 'first' }, { type: 'jump', position: 4 }] as const) {
      const state = apply(start(2), [{ type: 'toggleBlank' }, 1_000], [command, 2_000]);
      expect(state, command.type).toMatchObject({ blanked: false, position: 2, mode: 'inputPaused', deadline: 62_000 });
    }
    // The next press, on a visible screen, moves.
    const moved = apply(start(2), [{ type: 'toggleBlank' }, 1_000], [{ type: 'next' }, 2_000], [{ type: 'next' }, 3_000]);
    expect(moved).toMatchObject({ blanked: false, position: 3 });
  });

  it('only un-blanks when P is pressed on a blank screen, keeping a manual pause as it was', () => {
    const running = apply(start(2), [{ type: 'toggleBlank' }, 1_000], [{ type: 'togglePause' }, 2_000]);
    expect(running).toMatchObject({ blanked: false, mode: 'inputPaused' });
    const paused = apply(start(2), [{ type: 'togglePause' }, 500], [{ type: 'toggleBlank' }, 1_000], [{ type: 'togglePause' }, 2_000]);
    expect(paused).toMatchObject({ blanked: false, mode: 'manualPaused', deadline: null });
  });

  it('calls only a due timer in running mode an automatic scene boundary', () => {
    const state = start();
    expect(isAutomaticBoundary(state, { type: 'timer' }, 20_000)).toBe(true);
    expect(isAutomaticBoundary(state, { type: 'next' }, 20_000)).toBe(false);
    const paused = apply(state, [{ type: 'input' }, 1_000]);
    expect(isAutomaticBoundary(paused, { type: 'timer' }, 61_000)).toBe(false);
  });
});
