import { startTransition, useEffect, useState } from 'react';

// Mounting a Recharts chart is the heaviest step of showing a scene: Recharts renders the chart, then renders
// it again from its own store, and only the first of those renders can be split by React. So a chart mounts in
// stages (its frame, its category labels, its number axis, its bars, their values), and the stages of all
// charts on a screen take turns: each turn is a transition (React renders it in slices), and the next turn
// starts in a task of its own after the previous one has been committed. No task then runs long (the aim is
// under 50 ms, with Recharts' code still cold on a first visit), and a click or key press between two turns
// is handled at once.

const waiting: Array<() => void> = [];
let turnHeld = false;

function startNextTurn(): void {
  const next = waiting.shift();
  turnHeld = next !== undefined;
  next?.();
}

function releaseTurn(): void {
  setTimeout(startNextTurn, 0);
}

/**
 * How many of a component's `stages` have been mounted: 0 until `ready`, then one more per turn, each after the
 * previous one has been committed.
 */
export function useMountStages(ready: boolean, stages: number): number {
  const [mounted, setMounted] = useState(0);
  useEffect(() => {
    if (!ready || mounted >= stages) return;
    let state: 'waiting' | 'holding' = 'waiting';
    const take = () => {
      state = 'holding';
      startTransition(() => setMounted((count) => Math.min(stages, count + 1)));
    };
    waiting.push(take);
    if (!turnHeld) startNextTurn();
    // Runs once the stage has been committed (mounted changed), or when the component goes away first.
    return () => {
      if (state === 'holding') releaseTurn();
      else waiting.splice(waiting.indexOf(take), 1);
    };
  }, [ready, mounted, stages]);
  return mounted;
}
