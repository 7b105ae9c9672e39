/**
 * `envdiff history [--job NAME]`: a job's runs, newest first, one line each —
 * time, status, runner, and what changed since the run before it.
 */
import { sanitize } from '../render/sanitize.js';
import { openStore } from '../store/location.js';
import type { CommandIO } from '../command-io.js';

export interface HistoryOptions {
  store?: string;
  caFile?: string;
  job?: string;
  /** How many runs to show (each needs its fingerprint read). */
  limit: number;
}

export async function runHistory(options: HistoryOptions, io: CommandIO): Promise<number> {
  const backend = await openStore(options.store, { env: io.env, cwd: io.cwd, ...(options.caFile ? { caFile: options.caFile } : {}) });
  const { listRuns, manifestOf, readRun } = await import('../store/runs.js');
  const { describeChanges } = await import('../store/changes.js');
  const runs = await listRuns(backend, options.job);
  if (runs.length === 0) {
    io.stderr.write(`envdiff: no runs${options.job ? ` of job ${sanitize(options.job)}` : ''} in ${sanitize(backend.location)}\n`);
    return 0;
  }
  // One more than shown: the oldest shown run is compared with the one before it.
  const shown = runs.slice(0, options.limit + 1);
  const fingerprints = await Promise.all(shown.map(async (r) => readRun(backend, await manifestOf(backend, r))));
  const multipleJobs = new Set(shown.map((r) => r.meta.job)).size > 1;
  for (let i = 0; i < Math.min(options.limit, shown.length); i++) {
    const run = shown[i]!;
    // The previous run of the same job (history of several jobs interleaves them).
    const j = shown.findIndex((r, k) => k > i && r.meta.job === run.meta.job);
    const change =
      j < 0
        ? i === runs.length - 1 || runs.length === shown.length
          ? 'first run'
          : ''
        : describeChanges(fingerprints[j]!, fingerprints[i]!);
    const fields = [
      run.meta.created.slice(0, 16).replace('T', ' '),
      run.meta.status.padEnd(7),
      ...(multipleJobs ? [run.meta.job] : []),
      run.meta.run,
      run.meta.runner ?? '?',
      change,
    ];
    io.stdout.write(`${sanitize(fields.filter((f) => f !== '').join('  '))}\n`);
  }
  return 0;
}
