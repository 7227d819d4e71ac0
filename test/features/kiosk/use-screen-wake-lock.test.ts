import { renderHook, waitFor } from '@testing-library/react';
import { useScreenWakeLock } from '@/features/kiosk/hooks/use-screen-wake-lock';

type FakeSentinel = { released: boolean; release: ReturnType<typeof vi.fn> };

function installWakeLock(request: (type: string) => Promise<FakeSentinel>) {
  const wakeLock = { request: vi.fn(request) };
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: wakeLock });
  return wakeLock;
}

function sentinel(): FakeSentinel {
  const fake: FakeSentinel = { released: false, release: vi.fn(async () => void (fake.released = true)) };
  return fake;
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('screen wake lock in meeting-room mode', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'wakeLock');
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('keeps the screen awake, takes the lock again when the page is shown after being hidden, and lets go on exit', async () => {
    const locks: FakeSentinel[] = [];
    const wakeLock = installWakeLock(async () => {
      const lock = sentinel();
      locks.push(lock);
      return lock;
    });
    const { unmount } = renderHook(() => useScreenWakeLock(true));
    await waitFor(() => expect(wakeLock.request).toHaveBeenCalledWith('screen'));
    // The browser drops the lock when the page is hidden.
    setVisibility('hidden');
    locks[0]!.released = true;
    setVisibility('visible');
    await waitFor(() => expect(wakeLock.request).toHaveBeenCalledTimes(2));
    unmount();
    expect(locks[1]!.release).toHaveBeenCalled();
  });

  it('does nothing, quietly, where the API is missing or refuses', async () => {
    expect(() => renderHook(() => useScreenWakeLock(true)).unmount()).not.toThrow();
    const wakeLock = installWakeLock(async () => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    const { unmount } = renderHook(() => useScreenWakeLock(true));
    await waitFor(() => expect(wakeLock.request).toHaveBeenCalled());
    unmount();
  });
});
