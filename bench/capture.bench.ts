/**
 * Host capture, end to end, side by side with the peers in the same run:
 * - envdiff: the built CLI, `capture -o <temp file>` (every facet, incl. Docker);
 * - facter --json (Debian package `facter`);
 * - envinfo --system --binaries --json (npm devDependency, run via its bin).
 * Runs are interleaved (envdiff, facter, envinfo, envdiff, ...) so that load from
 * anything else on the machine hits all three alike. Facts = leaf values of each
 * JSON output (envdiff: inside facets only; empty and "Not Found" leaves do not
 * count).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median, type Bench, type BenchRow } from './harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env['ENVDIFF_BENCH_RUNS'] ?? 7);

interface Contender {
  name: string;
  /** Runs once; returns the JSON document it produced. */
  run(i: number): Promise<unknown>;
}

/**
 * Run a command to completion; stdout as text. A non-zero exit fails the bench
 * unless `anyExit` (facter exits 1 here after printing every fact: some of its
 * resolvers cannot read /proc/1/environ in this sandbox).
 */
function exec(command: string, args: string[], cwd: string, anyExit = false): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 || anyExit ? done(out) : fail(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

/** Leaf values, skipping empty ones and envinfo's "Not Found". */
export function countFacts(value: unknown): number {
  if (value === null || value === undefined || value === '' || value === 'Not Found') return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countFacts(v), 0);
  if (typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countFacts(v), 0);
  return 1;
}

function envdiffFacts(fingerprint: unknown): number {
  const scopes = (fingerprint as { scopes: Record<string, { facets: unknown }> }).scopes;
  return Object.values(scopes).reduce((n, s) => n + countFacts(s.facets), 0);
}

const bench: Bench = {
  name: 'capture: envdiff host capture vs facter and envinfo',
  async run(): Promise<BenchRow[]> {
    await promisify(execFile)('facter', ['--version']).catch(() => {
      throw new Error('facter is not installed (apt-get install facter)');
    });
    const dir = mkdtempSync(join(tmpdir(), 'envdiff-bench-'));
    try {
      const contenders: Contender[] = [
        {
          name: 'envdiff',
          async run(i) {
            const file = join(dir, `fp-${i}.json`);
            await exec(process.execPath, [join(ROOT, 'dist', 'bin.js'), 'capture', '-o', file], dir);
            return JSON.parse(readFileSync(file, 'utf8'));
          },
        },
        { name: 'facter', run: async () => JSON.parse(await exec('facter', ['--json'], dir, true)) },
        {
          name: 'envinfo',
          run: async () => JSON.parse(await exec(join(ROOT, 'node_modules', '.bin', 'envinfo'), ['--system', '--binaries', '--json'], dir)),
        },
      ];
      const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
      const facts = new Map<string, number>();
      for (let i = -1; i < RUNS; i++) {
        for (const c of contenders) {
          const t0 = performance.now();
          const doc = await c.run(i);
          const ms = performance.now() - t0;
          if (i < 0) continue; // warm-up: page cache, DNS cache
          samples.get(c.name)!.push(ms);
          facts.set(c.name, c.name === 'envdiff' ? envdiffFacts(doc) : countFacts(doc));
        }
      }
      const ms = (name: string) => median(samples.get(name)!);
      const [envdiff, facter, envinfo] = [ms('envdiff'), ms('facter'), ms('envinfo')];
      const spread = (name: string) =>
        samples
          .get(name)!
          .map((x) => x.toFixed(0))
          .join(', ');
      return [
        {
          area: 'capture',
          metric: `host capture wall time (median of ${RUNS})`,
          envdiff,
          peer: facter,
          peerName: 'facter --json',
          unit: 'ms',
          target: '<= 1.0x facter',
          met: envdiff <= facter,
          note: `samples envdiff [${spread('envdiff')}] facter [${spread('facter')}]`,
        },
        {
          area: 'capture',
          metric: `host capture wall time (median of ${RUNS})`,
          envdiff,
          peer: envinfo,
          peerName: 'envinfo --system --binaries --json',
          unit: 'ms',
          note: `samples envinfo [${spread('envinfo')}]`,
        },
        {
          area: 'capture',
          metric: 'facts captured',
          envdiff: facts.get('envdiff')!,
          peer: facts.get('facter')!,
          peerName: 'facter --json',
          unit: 'facts',
        },
        {
          area: 'capture',
          metric: 'facts captured',
          envdiff: facts.get('envdiff')!,
          peer: facts.get('envinfo')!,
          peerName: 'envinfo',
          unit: 'facts',
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
