import { useCallback, useEffect, useState } from 'react';

export type ScenePages = {
  index: number;
  count: number;
  onOverflow: () => void;
  /** Shows another page of this scene (a clicker press): true when there is one that way. */
  turn: (step: 1 | -1) => boolean;
};

/**
 * The pages of the scene on screen. A scene starts as one page; when it does not fit (the scene asks through
 * onOverflow, before anything is painted) it is split into one more, until it fits. The pages share the
 * scene's time on screen, each shown for an equal part of the interval, and start again at the first page
 * whenever the scene's countdown starts afresh. A new screen size starts the split over.
 */
export function useScenePages(sceneId: string, sceneStartedAt: number, intervalMs: number, running: boolean): ScenePages {
  const [split, setSplit] = useState({ sceneId, count: 1, size: '' });
  const [turn, setTurn] = useState({ sceneStartedAt, index: 0 });
  const size = typeof window === 'undefined' ? '' : `${window.innerWidth}x${window.innerHeight}`;
  if (split.sceneId !== sceneId || split.size !== size) setSplit({ sceneId, count: 1, size });
  if (turn.sceneStartedAt !== sceneStartedAt) setTurn({ sceneStartedAt, index: 0 });

  const [, resized] = useState(0);
  useEffect(() => {
    const onResize = () => resized((count) => count + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const count = split.sceneId === sceneId ? split.count : 1;
  const index = turn.sceneStartedAt === sceneStartedAt ? Math.min(turn.index, count - 1) : 0;
  useEffect(() => {
    if (!running || count < 2) return;
    const timer = setTimeout(() => setTurn((current) => ({ ...current, index: (current.index + 1) % count })), intervalMs / count);
    return () => clearTimeout(timer);
  }, [running, count, index, intervalMs]);

  const onOverflow = useCallback(() => setSplit((current) => ({ ...current, count: current.count + 1 })), []);
  const turnPage = useCallback(
    (step: 1 | -1) => {
      const next = index + step;
      if (next < 0 || next >= count) return false;
      setTurn((current) => ({ ...current, index: next }));
      return true;
    },
    [index, count],
  );
  return { index, count, onOverflow, turn: turnPage };
}
