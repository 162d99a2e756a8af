import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Test files share worker threads and their module cache instead of a fresh process and module graph each: a
    // fifth less CPU for the suite here (two runs each, side by side), which npm test spends beside the browser
    // tests. It is safe while no test file mocks a module or changes globals or the environment, which
    // tests/unit/isolation.test.ts checks.
    pool: 'threads',
    isolate: false,
    // npm test runs these beside the browser tests on two cores: a test that reads built pages takes 1 s alone and
    // went past the default 5 s there.
    testTimeout: 20_000,
  },
});
