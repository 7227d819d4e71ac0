import { startTransition, useEffect, useState } from 'react';

// Mounting a Recharts chart is the heaviest step of showing a scene: Recharts renders the chart, then measures
// and renders it again from its own store, and only the first render can be split by React. Charts that arrive
// together therefore take turns, each in tasks of its own: the next one starts after the previous one has been
// committed. No task then runs long (the aim is under 50 ms), and a click or key press between two charts is
// handled at once.

const waiting: Array<() => void> = [];
let turnHeld = false;

function startNextTurn(): void {
  const next = waiting.shift();
  turnHeld = next !== undefined;
  next?.();
}

function releaseTurn(): void {
  // The next chart starts in a task of its own, after whatever this one's effects set off.
  setTimeout(startNextTurn, 0);
}

/** False until `ready` and this component's turn has come and been committed; then true for good. */
export function useMountTurn(ready: boolean): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (!ready || mounted) return;
    let state: 'waiting' | 'holding' = 'waiting';
    const take = () => {
      state = 'holding';
      // A transition, so React renders the chart in slices.
      startTransition(() => setMounted(true));
    };
    waiting.push(take);
    if (!turnHeld) startNextTurn();
    // Runs once the chart has been committed (mounted changed), or when the component goes away first.
    return () => {
      if (state === 'holding') releaseTurn();
      else waiting.splice(waiting.indexOf(take), 1);
    };
  }, [ready, mounted]);
  return mounted;
}
