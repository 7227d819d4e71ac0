import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./test/setup.ts'],
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/browser/**'],
      restoreMocks: true,
      // The first render of a lazy scene transforms Recharts; allow for a busy 2-core machine.
      testTimeout: 20_000,
    },
  }),
);
