import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/cluster/**', '**/node_modules/**'], // npm run test:cluster
    testTimeout: 30_000,
  },
});
