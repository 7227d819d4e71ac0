// What jsdom lacks and the app needs. Where test files share a page (the dom project in vitest.config.ts), the
// setup file runs again for each file: installing twice would wrap the prototype patches below once more each
// time, so the page is marked once it has them.
const installed = Symbol.for('test.domStubsInstalled');

/** What matchMedia returns: an answer to `query` that never changes. */
export function staticMediaQueryList(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  } as MediaQueryList;
}

export function installDomStubs(): void {
  const page = window as unknown as Record<symbol, boolean>;
  if (page[installed]) return;
  page[installed] = true;

  // Charts are drawn at their box's measured size; jsdom has no layout, so give chart boxes a size and a
  // ResizeObserver.
  class ResizeObserverStub {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const contentRect = target.getBoundingClientRect();
      this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

  // jsdom has no matchMedia: answer "no match" (a desktop-width screen with motion allowed).
  window.matchMedia = (query: string) => staticMediaQueryList(query, false);

  const chartBox = { width: 800, height: 400 };
  const originalRect = HTMLElement.prototype.getBoundingClientRect;
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
    if (this.classList.contains('figure-bar-chart') || this.closest('.figure-bar-chart')) {
      return { x: 0, y: 0, top: 0, left: 0, right: chartBox.width, bottom: chartBox.height, ...chartBox, toJSON: () => chartBox } as DOMRect;
    }
    return originalRect.call(this);
  };
  for (const property of ['clientWidth', 'offsetWidth'] as const) {
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => chartBox.width });
  }
  for (const property of ['clientHeight', 'offsetHeight'] as const) {
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => chartBox.height });
  }

  // jsdom has no <dialog> behaviour: open/close with the attribute and fire `close`, like a browser does.
  if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
}
