/**
 * Container capture: `captureContainerScope` of the Debian test image with every
 * facet (connect + create + one exec of the whole probe bundle + remove), and the
 * same through the built CLI (`envdiff capture --image IMG --no-host -o -`),
 * against `docker run --rm IMAGE true` on the same image in the same run, runs
 * interleaved so drift hits both. The figure that matters is the overhead:
 * capture minus docker run (target <= 1.0 s).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { captureContainerScope } from '../src/capture/container.js';
import { connectEngine } from '../src/capture/engine.js';
import { probeSelection } from '../src/capture/probes.js';
import { median, type Bench, type BenchRow } from './harness.js';

const IMAGE = 'envdiff-test/debian:bookworm';
const RUNS = 5;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_OVERHEAD_MS = 1_000;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const bench: Bench = {
  name: 'container',
  async run(): Promise<BenchRow[]> {
    const present = await execa('docker', ['image', 'inspect', IMAGE], { reject: false });
    if (present.exitCode !== 0) await execa('sh', [`${ROOT}scripts/ci/build-test-images.sh`], { stdio: 'inherit' });

    const selection = probeSelection({});
    const service = async () => {
      const docker = await connectEngine(process.env);
      const { scope } = await captureContainerScope(docker, { kind: 'image', ref: IMAGE }, { pull: false, timeoutMs: 10_000, selection });
      facts = Object.values(scope.facets).reduce((n, facet) => n + Object.keys(facet ?? {}).length, 0);
    };
    const cli = () => execa('node', [`${ROOT}dist/bin.js`, 'capture', '--image', IMAGE, '--no-host', '-o', '-'], { stdout: 'ignore' });
    const dockerRun = () => execa('docker', ['run', '--rm', IMAGE, 'true']);
    let facts = 0;
    const cliWorks = (await cli().catch(() => undefined)) !== undefined;

    // Warm-up (page cache, dockerode import), then interleaved samples.
    await service();
    await dockerRun();
    const samples = { service: [] as number[], cli: [] as number[], docker: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      samples.docker.push(await timed(dockerRun));
      samples.service.push(await timed(service));
      if (cliWorks) samples.cli.push(await timed(cli));
    }
    const peer = median(samples.docker);
    const rows: BenchRow[] = [];
    const row = (metric: string, values: number[], note: string): void => {
      const value = median(values);
      const overhead = value - peer;
      rows.push({
        area: 'container',
        metric,
        envdiff: value,
        peer,
        peerName: 'docker run --rm IMAGE true',
        unit: 'ms',
        target: `overhead <= ${TARGET_OVERHEAD_MS} ms`,
        met: overhead <= TARGET_OVERHEAD_MS,
        note: `${note}; overhead ${overhead.toFixed(0)} ms (median of ${RUNS}; samples ${values.map((v) => v.toFixed(0)).join('/')} vs ${samples.docker.map((v) => v.toFixed(0)).join('/')} ms)`,
      });
    };
    row('capture --image debian (service, all facets)', samples.service, `${facts} facts in the image scope`);
    if (cliWorks) row('capture --image debian --no-host (CLI)', samples.cli, 'node startup included');
    return rows;
  },
};

export default bench;
