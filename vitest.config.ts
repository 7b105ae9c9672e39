import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Docker and capture tests talk to real engines and real processes: give them room,
    // but keep a ceiling so a hang fails instead of stalling CI.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Docker tests share one engine; files run in parallel, tests within a file serially.
    fileParallelism: true,
    maxWorkers: 2,
    // On a GitHub Actions runner compare picks --format github by itself; the suite runs
    // as it would anywhere (tests about GitHub Actions set the variable themselves).
    env: { GITHUB_ACTIONS: '' },
  },
});
