/**
 * fleet: `envdiff fleet` (the built CLI, reading the files from disk) over 1,000
 * real-size fingerprints (the fleet snapshot's real base capture, varied per
 * runner, faults planted) vs the same value counts from a jq pipeline on the same
 * files (jq extracts every scope/facet/key/value, sort | uniq -c counts them); peak
 * RSS from GNU time. The same again with every runner's package list different, the
 * worst case for envdiff's reuse of facets a member shares with the previous one
 * (reported, no target). Then 10,000 runs recorded in a local store and read back
 * as a stream (`fleet --job`): peak RSS must stay bounded, not grow with the fleet.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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

/** The fleet as files; `ownPackages`: one package's version differs on every runner. */
function writeFleet(dir: string, runners: number, ownPackages = false): void {
  const { description, base } = readFleetDescription();
  // Materialised in slices so the bench itself stays small at 10,000.
  for (let start = 0; start < runners; start += 500) {
    const slice = materialiseFleet(description, base, Math.min(runners, start + 500)).slice(start);
    for (const { name, fingerprint } of slice) {
      const host = fingerprint.scopes['host']!.facets;
      if (ownPackages) host.packages = { ...host.packages, 'runner-tools': { version: `1.0-${name}`, manager: 'dpkg' } };
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(fingerprint));
    }
  }
}

/** envdiff (best of 3) and jq (best of 3) on the fleet in `dir`, run alternately. */
async function sideBySide(dir: string): Promise<{ envdiff: Timed; jq: Timed; load: string }> {
  const failing = ['runner-05', 'runner-12', 'runner-40'].flatMap((r) => ['--failing', `${r}.json`]);
  const runs: Timed[] = [];
  const jq: Timed[] = [];
  const load = [loadavg()[0]!];
  for (let i = 0; i < 3; i++) {
    runs.push(await timed(process.execPath, [BIN, 'fleet', '.', ...failing, '--format', 'json'], dir));
    jq.push(await timed('sh', ['-c', JQ_COUNTS], dir));
  }
  load.push(loadavg()[0]!);
  const best = (xs: Timed[]) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const rss = Math.max(...runs.map((t) => t.rssMb));
  return { envdiff: { ...best(runs), rssMb: rss }, jq: best(jq), load: load.map((l) => l.toFixed(1)).join(' → ') };
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
    const varied = mkdtempSync(join(tmpdir(), 'envdiff-bench-fleet-varied-'));
    try {
      writeFleet(dir, 1000);
      const kb = Math.round(statSync(join(dir, 'runner-01.json')).size / 1024);
      const { envdiff, jq, load } = await sideBySide(dir);
      rows.push({
        area: 'fleet',
        metric: `1,000 fingerprints (${kb} KB each): end to end`,
        envdiff: envdiff.ms / 1000,
        peer: jq.ms / 1000,
        peerName: 'jq | sort | uniq -c',
        unit: 's',
        target: '<= 5 s and >= 10x faster than jq',
        met: envdiff.ms <= 5000 && jq.ms / envdiff.ms >= 10,
        note: `best of 3 each, run alternately; jq ${(jq.ms / envdiff.ms).toFixed(1)}x slower; load average ${load}`,
      });
      rows.push({
        area: 'fleet',
        metric: '1,000 fingerprints: peak RSS',
        envdiff: envdiff.rssMb,
        unit: 'MB',
        target: '<= 1 GB',
        met: envdiff.rssMb <= 1024,
      });
      rmSync(dir, { recursive: true, force: true });
      writeFleet(varied, 1000, true);
      const own = await sideBySide(varied);
      rows.push({
        area: 'fleet',
        metric: "1,000 fingerprints, every runner's package list different: end to end",
        envdiff: own.envdiff.ms / 1000,
        peer: own.jq.ms / 1000,
        peerName: 'jq | sort | uniq -c',
        unit: 's',
        note: `worst case for reusing facets a member shares with the previous one; jq ${(own.jq.ms / own.envdiff.ms).toFixed(1)}x slower; peak RSS ${Math.round(own.envdiff.rssMb)} MB; load average ${own.load}`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(varied, { recursive: true, force: true });
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
