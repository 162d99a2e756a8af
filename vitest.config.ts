import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // npm test runs these beside the browser tests on two cores: a test that reads built pages takes 1 s alone and
    // went past the default 5 s there.
    testTimeout: 20_000,
  },
});
