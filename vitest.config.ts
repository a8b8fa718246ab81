import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { localeMessages } from './scripts/vite-locale-messages';

export default defineConfig({
  plugins: [localeMessages(), WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
