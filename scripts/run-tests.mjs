#!/usr/bin/env node
/**
 * The test command (`npm test` after the build): the main suite with files in
 * parallel, then the seed end-to-end suite serially — the seeds change global host
 * state (binfmt_misc registrations), so nothing may run beside them. Ends with one
 * combined line "tests: N passed, N failed" and a non-zero exit on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extra = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'envdiff-tests-'));
const vitest = join('node_modules', '.bin', 'vitest');
const runs = [{ name: 'main', args: ['run', '--exclude', 'test/seeds/**', ...extra] }];
if (extra.length === 0 && existsSync('test/seeds') && readdirSync('test/seeds').some((f) => f.endsWith('.test.ts'))) {
  runs.push({ name: 'seeds', args: ['run', 'test/seeds', '--no-file-parallelism'] });
}

let passed = 0;
let failed = 0;
let exitCode = 0;
for (const run of runs) {
  const report = join(out, `${run.name}.json`);
  const result = spawnSync(vitest, [...run.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) exitCode = 1;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    // A file that fails before any test runs (an import error) counts as one failure.
    const failedTests = json.numFailedTests ?? 0;
    failed += failedTests > 0 ? failedTests : (json.numFailedTestSuites ?? 0);
  } else {
    failed += 1;
  }
}
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
