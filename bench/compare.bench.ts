/**
 * compare: envdiff's end-to-end `compare` (the built CLI, node startup included)
 * vs diffoscope on the equivalent pair of dpkg status files; the scale case
 * (20,000 packages + 100,000 libraries per side: wall time and peak RSS); and how
 * the time grows from 1k to 10k to 100k entries.
 * Inputs are built from this machine's real dpkg status and linker cache.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serializeFingerprint } from '../src/fingerprint/io.js';
import type { Fingerprint } from '../src/fingerprint/types.js';
import { parseDpkgStatus, realFingerprint, scaledDpkgStatus } from '../test/compare/real-fingerprints.js';
import { median, timeMedian, type Bench, type BenchRow } from './harness.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const MB = 1024 * 1024;

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(cmd: string, args: string[]): Promise<Exec> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 512 * MB, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      if (code === -1) reject(error);
      else resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** Runs compareFiles 6 times in a fresh node (first run is warm-up); prints median CPU and wall ms. */
const GROWTH_PROBE = `
const { compareFiles } = await import(${JSON.stringify(new URL('../build/compare/compare.js', import.meta.url).href)});
const [a, b] = process.argv.slice(1);
const cpu = [], wall = [];
for (let i = 0; i < 6; i++) {
  const c = process.cpuUsage(); const t = performance.now();
  await compareFiles({ a, b });
  const u = process.cpuUsage(c);
  if (i > 0) { cpu.push((u.user + u.system) / 1000); wall.push(performance.now() - t); }
}
const med = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ cpu: med(cpu), wall: med(wall) }));
`;

/** Wall time of `envdiff compare`, expecting exit 1 (one difference). */
async function envdiffCompare(a: string, b: string): Promise<number> {
  const r = await run(process.execPath, [BIN, 'compare', a, b, '--format', 'text']);
  if (r.code !== 1) throw new Error(`envdiff compare exited ${r.code}: ${r.stderr.trim()}`);
  return r.ms;
}

/** Peak RSS (MB) and CPU seconds of one `envdiff compare`, from GNU time. */
async function envdiffResources(a: string, b: string): Promise<{ rssMb: number; cpuS: number }> {
  const r = await run('/usr/bin/time', ['-f', 'maxrss_kb=%M cpu=%U+%S', process.execPath, BIN, 'compare', a, b, '--format', 'text']);
  const m = /maxrss_kb=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`no figures from /usr/bin/time: ${r.stderr.trim()}`);
  return { rssMb: Number(m[1]) / 1024, cpuS: Number(m[2]) + Number(m[3]) };
}

/** A fingerprint pair from real data: `packages` dpkg entries and `libraries` entries, one package version changed in B. */
function writePair(
  dir: string,
  name: string,
  packages: number,
  libraries: number,
): { a: string; b: string; statusA: string; statusB: string } {
  const changed = { index: Math.floor(packages / 2), version: '99:1.0-1' };
  const textA = scaledDpkgStatus(packages);
  const textB = scaledDpkgStatus(packages, changed);
  const fa = realFingerprint({ dpkg: parseDpkgStatus(textA), libraries });
  const fb: Fingerprint = realFingerprint({ dpkg: parseDpkgStatus(textB), libraries });
  const files = {
    a: join(dir, `${name}-a.json`),
    b: join(dir, `${name}-b.json`),
    statusA: join(dir, `${name}-a.status`),
    statusB: join(dir, `${name}-b.status`),
  };
  writeFileSync(files.a, serializeFingerprint(fa));
  writeFileSync(files.b, serializeFingerprint(fb));
  writeFileSync(files.statusA, textA);
  writeFileSync(files.statusB, textB);
  return files;
}

const bench: Bench = {
  name: 'compare',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'envdiff-bench-compare-'));
    const rows: BenchRow[] = [];
    try {
      // 1. 1,000 dpkg packages, one version changed: envdiff vs diffoscope on the status files.
      const small = writePair(dir, 'p1k', 1000, 0);
      const ours = await timeMedian(() => envdiffCompare(small.a, small.b), 5, 1);
      const peer = await timeMedian(
        async () => {
          const r = await run('diffoscope', ['--text', '-', small.statusA, small.statusB]);
          if (r.code !== 1) throw new Error(`diffoscope exited ${r.code}: ${r.stderr.trim().slice(0, 200)}`);
        },
        3,
        1,
      );
      rows.push({
        area: 'compare',
        metric: '1k dpkg packages, 1 changed (end to end)',
        envdiff: ours.median,
        peer: peer.median,
        peerName: 'diffoscope',
        unit: 'ms',
        target: '>= 5x faster',
        met: ours.median * 5 <= peer.median,
        note: `envdiff is ${(peer.median / ours.median).toFixed(1)}x faster than diffoscope on the same data`,
      });

      // 2. Scale: 20,000 packages + 100,000 library entries per side.
      const scale = writePair(dir, 'scale', 20_000, 100_000);
      const scaleTime = await timeMedian(() => envdiffCompare(scale.a, scale.b), 3, 1);
      const resources = [
        await envdiffResources(scale.a, scale.b),
        await envdiffResources(scale.a, scale.b),
        await envdiffResources(scale.a, scale.b),
      ];
      const rss = median(resources.map((x) => x.rssMb));
      const cpuS = median(resources.map((x) => x.cpuS));
      const peerScale = await run('diffoscope', ['--text', '-', scale.statusA, scale.statusB]);
      rows.push({
        area: 'compare',
        metric: '20k packages + 100k libraries per side: wall',
        envdiff: scaleTime.median,
        peer: peerScale.ms,
        peerName: 'diffoscope, packages only',
        unit: 'ms',
        target: '<= 1 s',
        met: scaleTime.median <= 1000,
        note: `CPU time ${cpuS.toFixed(2)} s (user+sys, incl. GC threads); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores during the run`,
      });
      rows.push({
        area: 'compare',
        metric: '20k packages + 100k libraries per side: peak RSS',
        envdiff: rss,
        unit: 'MB',
        target: '<= 200 MB',
        met: rss <= 200,
      });

      // 3. Growth 1k -> 10k -> 100k entries: the compare service (no node startup) in a
      // fresh process per size, so one size's heap does not slow the next. CPU time
      // decides linearity: wall time on a shared machine also measures the neighbours.
      const growth: Array<{ entries: number; cpu: number; wall: number }> = [];
      for (const entries of [1_000, 10_000, 100_000]) {
        const pair = writePair(dir, `g${entries}`, Math.round(entries * 0.2), Math.round(entries * 0.8));
        const r = await run(process.execPath, ['--input-type=module', '-e', GROWTH_PROBE, pair.a, pair.b]);
        if (r.code !== 0) throw new Error(`growth probe failed: ${r.stderr.trim()}`);
        growth.push({ entries, ...(JSON.parse(r.stdout) as { cpu: number; wall: number }) });
      }
      const [g1, g10, g100] = growth as [(typeof growth)[0], (typeof growth)[0], (typeof growth)[0]];
      const step = g100.cpu / g10.cpu;
      rows.push({
        area: 'compare',
        metric: 'growth 10k -> 100k entries (CPU time)',
        envdiff: step,
        unit: 'x',
        target: 'linear (~10x per 10x)',
        met: step <= 13,
        note:
          growth.map((g) => `${g.entries / 1000}k: ${g.cpu.toFixed(1)} ms CPU / ${g.wall.toFixed(1)} ms wall`).join('; ') +
          `; 10k/1k ${(g10.cpu / g1.cpu).toFixed(1)}x (fixed costs dominate at 1k), 100k/10k ${step.toFixed(1)}x`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

export default bench;
