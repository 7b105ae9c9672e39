/**
 * fleet: `envdiff fleet` over 1,000 real-size fingerprints (the fleet snapshot's
 * real base capture, varied per runner, faults planted) vs the same value counts
 * from a jq pipeline on the same files (jq extracts every scope/facet/key/value,
 * sort | uniq -c counts them); peak RSS from GNU time. Then 10,000 runs recorded
 * in a local store and read back as a stream (`fleet --job`): peak RSS must stay
 * bounded, not grow with the fleet.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { materialiseFleet, readFleetDescription } from '../scripts/fleet/materialise.js';
import { LayoutBackend } from '../src/store/layout.js';
import { recordRun } from '../src/store/runs.js';
import type { Bench, BenchRow } from './harness.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const MB = 1024 * 1024;

interface Timed {
  ms: number;
  rssMb: number;
  code: number;
}

function timed(cmd: string, args: string[], cwd: string): Promise<Timed> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/time', ['-f', 'maxrss_kb=%M', cmd, ...args], { cwd, maxBuffer: 256 * MB }, (error, _stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      const m = /maxrss_kb=(\d+)/.exec(stderr);
      if (code === -1 || !m) reject(new Error(`${cmd} failed: ${stderr.slice(-300)}`));
      else resolve({ ms: performance.now() - t0, rssMb: Number(m[1]) / 1024, code });
    });
  });
}

function writeFleet(dir: string, runners: number): void {
  const { description, base } = readFleetDescription();
  // Materialised in slices so the bench itself stays small at 10,000.
  for (let start = 0; start < runners; start += 500) {
    const slice = materialiseFleet(description, base, Math.min(runners, start + 500)).slice(start);
    for (const { name, fingerprint } of slice) writeFileSync(join(dir, `${name}.json`), JSON.stringify(fingerprint));
  }
}

/** Runs recorded in process (the CLI's start-up would dominate 10,000 puts), statuses planted as in the snapshot. */
async function recordFleet(store: string, runners: number): Promise<void> {
  const { description, base } = readFleetDescription();
  const backend = new LayoutBackend(store);
  const failing = new Set(description.faults.find((f) => f.name === 'kernel')!.runners);
  for (let start = 0; start < runners; start += 500) {
    const slice = materialiseFleet(description, base, Math.min(runners, start + 500)).slice(start);
    for (const { name, fingerprint } of slice) {
      await recordRun(backend, fingerprint, {
        job: 'fleet',
        run: name,
        status: failing.has(name) ? 'fail' : 'pass',
        created: new Date().toISOString(),
        version: 'bench',
        runner: name,
      });
    }
  }
}

const JQ_COUNTS =
  "jq -c '.scopes | to_entries[] | .key as $s | .value.facets | to_entries[] | .key as $f | .value | to_entries[] | [$s, $f, .key, (.value | tojson)]' runner-*.json | sort | uniq -c > /dev/null";

const bench: Bench = {
  name: 'fleet',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'envdiff-bench-fleet-'));
    try {
      writeFleet(dir, 1000);
      const failing = ['runner-05', 'runner-12', 'runner-40'].flatMap((r) => ['--failing', `${r}.json`]);
      const runs: Timed[] = [];
      for (let i = 0; i < 3; i++) runs.push(await timed(process.execPath, [BIN, 'fleet', '.', ...failing, '--format', 'json'], dir));
      const jq: Timed[] = [];
      for (let i = 0; i < 3; i++) jq.push(await timed('sh', ['-c', JQ_COUNTS], dir));
      const best = (xs: Timed[], f: (t: Timed) => number) => Math.min(...xs.map(f));
      const ms = best(runs, (t) => t.ms);
      const jqMs = best(jq, (t) => t.ms);
      rows.push({
        area: 'fleet',
        metric: '1,000 fingerprints (206 KB each): end to end',
        envdiff: ms / 1000,
        peer: jqMs / 1000,
        peerName: 'jq | sort | uniq -c',
        unit: 's',
        target: '<= 5 s and >= 10x faster than jq',
        met: ms <= 5000 && jqMs / ms >= 10,
        note: `best of 3; jq ${(jqMs / ms).toFixed(1)}x slower`,
      });
      const rss = best(runs, (t) => t.rssMb);
      rows.push({ area: 'fleet', metric: '1,000 fingerprints: peak RSS', envdiff: rss, unit: 'MB', target: '<= 1 GB', met: rss <= 1024 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const big = mkdtempSync(join(tmpdir(), 'envdiff-bench-fleet10k-'));
    try {
      await recordFleet(join(big, 'store'), 10_000);
      const run = await timed(process.execPath, [BIN, 'fleet', '--store', join(big, 'store'), '--job', 'fleet', '--format', 'json'], big);
      rows.push({
        area: 'fleet',
        metric: '10,000 runs streamed from a store: peak RSS',
        envdiff: run.rssMb,
        unit: 'MB',
        target: '<= 1.5 GB',
        met: run.rssMb <= 1536,
      });
      rows.push({
        area: 'fleet',
        metric: '10,000 runs streamed from a store: time',
        envdiff: run.ms / 1000,
        unit: 's',
        note: 'reported, no target',
      });
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
    return rows;
  },
};

export default bench;
