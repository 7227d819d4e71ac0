import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMountTurn } from '@/components/chart-mount-turns';

function Chart({ name, ready = true }: { name: string; ready?: boolean }) {
  const mounted = useMountTurn(ready);
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
});
