import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['generator/test/**/*.test.ts', 'contract-tests/**/*.test.ts', 'package/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
