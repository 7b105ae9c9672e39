import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVolatile, VOLATILE_FACTS, volatileFact } from '../../src/diff/volatile.js';
import type { FacetValue } from '../../src/fingerprint/types.js';

interface Decoy {
  scope: string;
  facet: string;
  key: string;
  a: FacetValue | null;
  b: FacetValue | null;
}

const decoys = JSON.parse(readFileSync(new URL('../../eval/cases/decoys.json', import.meta.url), 'utf8')) as Decoy[];
const value = (v: FacetValue | null) => (v === null ? undefined : v);

// The decoys every pair of real runners has. Identity, run ids and jitter are
// volatile; real changes (package bumps, image rebuilds, toolchains, another CPU)
// are not: they can break builds and are ranked by their own priors.
const EXPECTED_VOLATILE = new Set([
  'os/host.name',
  'env/HOSTNAME',
  'env/RUNNER_NAME',
  'env/PWD',
  'env/GITHUB_RUN_ID',
  'env/GITHUB_RUN_NUMBER',
  'env/RUNNER_TRACKING_ID',
  'env/INVOCATION_ID',
  'resources/mem_total',
  'resources/disk_free:/mnt',
]);

describe('volatile facts on the shared decoys', () => {
  it.each(decoys.map((d) => [`${d.scope}/${d.facet}/${d.key}`, d] as const))('%s', (_name, d) => {
    expect(isVolatile(d.facet, d.key, value(d.a), value(d.b))).toBe(EXPECTED_VOLATILE.has(`${d.facet}/${d.key}`));
  });

  it('covers every expected volatile decoy', () => {
    const seen = new Set(decoys.map((d) => `${d.facet}/${d.key}`));
    for (const k of EXPECTED_VOLATILE) expect(seen.has(k)).toBe(true);
  });
});

describe('every volatile table entry', () => {
  // One volatile and (where the entry is conditional) one non-volatile example per entry.
  const examples: Array<{ facet: string; key: string; a?: FacetValue; b?: FacetValue; volatile: boolean }> = [
    { facet: 'os', key: 'hostname', a: 'a', b: 'b', volatile: true },
    { facet: 'os', key: 'id', a: 'debian', b: 'ubuntu', volatile: false },
    { facet: 'kernel', key: 'boot_id', a: 'x', b: 'y', volatile: true },
    { facet: 'env', key: 'OLDPWD', a: '/a', b: '/b', volatile: true },
    { facet: 'env', key: 'LANG', a: 'C', b: 'C.UTF-8', volatile: false },
    { facet: 'env', key: 'CI_PIPELINE_ID', a: '1', b: '2', volatile: true },
    { facet: 'env', key: 'BUILD_NUMBER', a: '1', b: '2', volatile: true },
    { facet: 'env', key: 'HTTP_PROXY', a: 'http://p:3128', volatile: false },
    { facet: 'env', key: 'NODE_VERSION', a: '20', b: '22', volatile: false },
    { facet: 'env', key: 'TMPDIR', a: '/var/folders/0h/r2k1m7x52tq3_8vbxn4mwhx80000gn/T/', b: '/var/folders/c8/wddjl7/T/', volatile: true },
    { facet: 'env', key: 'TMPDIR', a: '/var/folders/0h/r2k1m7x52tq3_8vbxn4mwhx80000gn/T/', b: '/Volumes/ram/tmp', volatile: false },
    { facet: 'resources', key: 'mem_available', a: 1, b: 2, volatile: true },
    { facet: 'mirrors', key: 'hosts.0cb2ac1fa6ec', a: '172.17.0.2', volatile: true },
    { facet: 'mirrors', key: 'hosts.debmirror.example.net', a: '192.0.2.1', volatile: false },
    { facet: 'resources', key: 'mem_total', a: 4125097984, b: 2083807232, volatile: false },
    { facet: 'resources', key: 'disk_free:/', a: 70e9, b: 0.3e9, volatile: false },
    // a small workspace volume: a few MiB of jitter is noise, running out is not
    { facet: 'resources', key: 'disk_free:/work', a: 800 * 2 ** 20, b: 790 * 2 ** 20, volatile: true },
    { facet: 'resources', key: 'disk_free:/work', a: 800 * 2 ** 20, b: 20 * 2 ** 20, volatile: false },
    { facet: 'resources', key: 'inodes_free:/', a: 16_008_879, b: 15_990_000, volatile: true },
    { facet: 'resources', key: 'inodes_free:/', a: 16_008_879, b: 120, volatile: false },
    { facet: 'resources', key: 'ulimit_nofile', a: 10240, b: 256, volatile: false },
    { facet: 'docker', key: 'mem_total', a: 16772366336, b: 16766963712, volatile: true },
    { facet: 'docker', key: 'mem_total', a: 4125097984, b: 2083807232, volatile: false },
    { facet: 'docker', key: 'containers_running', a: 3, b: 0, volatile: true },
    { facet: 'time', key: 'utc', a: '2026-01-01T00:00:00Z', b: '2026-01-02T00:00:00Z', volatile: true },
    { facet: 'time', key: 'skew_s', a: 0, b: 2, volatile: true },
    { facet: 'time', key: 'skew_s', a: 0, b: -86400, volatile: false },
  ];
  it.each(examples)('$facet/$key $a -> $b volatile=$volatile', ({ facet, key, a, b, volatile }) => {
    expect(isVolatile(facet, key, a, b)).toBe(volatile);
  });

  it('each entry is exercised by an example', () => {
    const used = new Set(examples.map((e) => volatileFact(e.facet, e.key, e.a, e.b)).filter(Boolean));
    for (const d of decoys) used.add(volatileFact(d.facet, d.key, value(d.a), value(d.b)));
    expect(VOLATILE_FACTS.filter((f) => !used.has(f)).map((f) => `${f.facet} ${f.key}`)).toEqual([]);
  });
});
