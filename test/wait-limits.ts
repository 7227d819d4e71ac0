// The one limit on waiting in the unit and component tests. A test waits for a state or an event (an element
// on screen, a resolved promise, a fake clock that the test moves), never for a time guessed from how fast this
// machine is. The limit only ends a wait that would otherwise hang, so it is far above what any wait takes when
// nothing is broken: the slowest, the briefing pack drawing every chart of five pages in jsdom, takes 5-15 s on a
// quiet two-core machine, and took 30-60 s, once over 120 s, with stress-ng --cpu 2 and other work at load 12.
export const waitLimitMs = 300_000;

/** A test or hook may wait several times before it is ended as hung. */
export const testLimitMs = 2 * waitLimitMs;
