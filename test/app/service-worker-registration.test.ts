import { registerServiceWorker } from '@/app/service-worker-registration';

describe('service worker registration', () => {
  it('registers nothing outside a production build, where MSW’s worker holds the slot', () => {
    const register = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register } });
    try {
      registerServiceWorker();
      window.dispatchEvent(new Event('load'));
      expect(import.meta.env.PROD).toBe(false);
      expect(register).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });

});
