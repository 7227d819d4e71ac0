/* eslint-disable testing-library/no-unnecessary-act -- an async act lets the turn queue's microtasks run before the first check */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMountStages } from '@/components/charts/chart-mount-turns';

function Chart({ name, ready = true }: { name: string; ready?: boolean }) {
  const mounted = useMountStages(ready, 1) === 1;
  return <p>{mounted ? `${name} drawn` : `${name} waiting`}</p>;
}

const drawn = () => screen.queryAllByText(/drawn$/).map((element) => element.textContent);

describe('charts take turns to mount', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    // The last chart hands the turn on in a timer: let it run, so the next test starts with no turn held.
    await act(async () => vi.runOnlyPendingTimers());
    vi.useRealTimers();
  });

  it('draws one chart per task, in order', async () => {
    await act(async () => {
      render(
        <>
          <Chart name="a" />
          <Chart name="b" />
          <Chart name="c" />
        </>,
      );
    });
    expect(drawn()).toEqual(['a drawn']);
    await act(async () => vi.advanceTimersByTime(0));
    expect(drawn()).toEqual(['a drawn', 'b drawn']);
    await act(async () => vi.advanceTimersByTime(0));
    expect(drawn()).toEqual(['a drawn', 'b drawn', 'c drawn']);
  });

  it('waits until a chart is ready (measured) before giving it a turn', async () => {
    const { rerender } = render(<Chart name="a" ready={false} />);
    await act(async () => vi.advanceTimersByTime(10));
    expect(drawn()).toEqual([]);
    await act(async () => rerender(<Chart name="a" ready />));
    expect(drawn()).toEqual(['a drawn']);
  });

  it('passes the turn on when a chart goes away before it is drawn', async () => {
    function Scene({ showFirst }: { showFirst: boolean }) {
      return (
        <>
          {showFirst && <Chart name="a" />}
          <Chart name="b" />
        </>
      );
    }
    // The scene changes while "a" holds the turn: "b" must not wait forever.
    const { rerender } = render(<Scene showFirst />);
    rerender(<Scene showFirst={false} />);
    await act(async () => vi.advanceTimersByTime(0));
    await act(async () => vi.advanceTimersByTime(0));
    expect(drawn()).toEqual(['b drawn']);
  });

  it("mounts a component's stages one turn at a time, taking turns with the other components", async () => {
    function Staged({ name }: { name: string }) {
      return <p>{`${name} ${useMountStages(true, 3)}`}</p>;
    }
    await act(async () => {
      render(
        <>
          <Staged name="a" />
          <Staged name="b" />
        </>,
      );
    });
    const stages = () => screen.getAllByText(/^[ab] \d$/).map((element) => element.textContent);
    expect(stages()).toEqual(['a 1', 'b 0']);
    const seen = [stages()];
    for (let turn = 0; turn < 6; turn += 1) {
      await act(async () => vi.advanceTimersByTime(0));
      seen.push(stages());
    }
    // One stage per turn, first come first served: a's second stage queues behind b's first.
    expect(seen).toEqual([
      ['a 1', 'b 0'],
      ['a 1', 'b 1'],
      ['a 2', 'b 1'],
      ['a 2', 'b 2'],
      ['a 3', 'b 2'],
      ['a 3', 'b 3'],
      ['a 3', 'b 3'],
    ]);
  });
});
