import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the cluster examples (Dask, Spark) against the CLI; slow (each starts a
// cluster), so not part of `npm test`. .ci/run runs both.
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    testTimeout: 600_000,
  },
});
