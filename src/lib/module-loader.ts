import { useEffect, useReducer, useState } from 'react';

/**
 * Code that loads on demand (the charts), downloaded once; a failed download is tried again on the next call,
 * so a screen that lost the network while fetching it can still show it later. This is React.lazy without
 * Suspense on purpose: React holds back content that replaces a Suspense fallback for up to 300 ms (to batch
 * reveals), which delayed the figures by that much even when the code arrived a moment later.
 */
export type ModuleLoader<T> = {
  /** The module if it has arrived. */
  current(): T | undefined;
  load(): Promise<T>;
  /** Starts the download; a second call costs nothing and a failure stays silent until the module is needed. */
  preload(): void;
};

export function moduleLoader<T>(importModule: () => Promise<T>): ModuleLoader<T> {
  let loaded: T | undefined;
  let inFlight: Promise<T> | undefined;
  const load = () => {
    if (inFlight) return inFlight;
    const attempt = importModule().then((module) => {
      loaded = module;
      return module;
    });
    attempt.catch(() => {
      inFlight = undefined;
    });
    inFlight = attempt;
    return attempt;
  };
  return {
    current: () => loaded,
    load,
    preload: () => void load().catch(() => undefined),
  };
}

/** The module, once it is here; a failed download is thrown to the nearest error boundary. */
export function useModule<T>(loader: ModuleLoader<T>): T | undefined {
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<unknown>();
  const atRender = loader.current();
  useEffect(() => {
    if (atRender) return;
    // The code may have arrived between the render and this effect: then render again at once.
    if (loader.current()) {
      arrived();
      return;
    }
    let current = true;
    loader.load().then(
      () => current && arrived(),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [loader, atRender]);
  if (failure) throw (failure as { error: unknown }).error;
  return atRender;
}
