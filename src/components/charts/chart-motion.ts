import { createContext } from 'react';

/**
 * Whether charts play their entrance animation. Off by default (the dashboard is static); meeting-room mode
 * turns it on unless reduced motion is asked for. A chart animates once when it mounts (its scene appears),
 * never when its data is refetched.
 */
export type ChartMotion = { animateOnAppear: boolean; durationMs: number };

export const ChartMotionContext = createContext<ChartMotion>({ animateOnAppear: false, durationMs: 0 });
