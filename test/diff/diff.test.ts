import { describe, expect, it } from 'vitest';
import { diffFingerprints, diffScopes } from '../../src/diff/diff.js';
import { fingerprint, scope } from './helpers.js';

const pkg = (version: string, manager = 'dpkg') => ({ version, status: 'install ok installed', manager });

describe('diffFingerprints', () => {
  it('reports nothing for identical fingerprints', () => {
    const s = scope({ kernel: { release: '6.1.0-27-amd64' }, packages: { libc6: pkg('2.36-9') } });
    expect(diffFingerprints(fingerprint({ host: s }), fingerprint({ host: structuredClone(s) }))).toEqual([]);
  });

  it('reports added, removed and changed keys', () => {
    const a = fingerprint({ host: scope({ env: { A: '1', B: '2' } }) });
    const b = fingerprint({ host: scope({ env: { B: '3', C: '4' } }) });
    expect(diffFingerprints(a, b).map((d) => [d.key, d.kind, d.a, d.b])).toEqual([
      ['A', 'removed', '1', undefined],
      ['B', 'changed', '2', '3'],
      ['C', 'added', undefined, '4'],
    ]);
  });

  it('compares scopes of the same name, host first; a scope on one side only is left to pairing', () => {
    const a = fingerprint({ 'image:z': scope({ os: { id: 'debian' } }, {}, 'image'), host: scope({ os: { id: 'debian' } }) });
    const b = fingerprint({ host: scope({ os: { id: 'ubuntu' } }), 'image:a': scope({ os: { id: 'alpine' } }, {}, 'image') });
    expect(diffFingerprints(a, b).map((d) => `${d.scope} ${d.kind} ${d.key}`)).toEqual(['host changed id']);
  });

  it.each(['timeout', 'unavailable', 'error', 'skipped'] as const)(
    'a facet %s on one side is not compared: no difference, one entry',
    (status) => {
      const a = scope({ packages: { libc6: pkg('2.36-9'), bash: pkg('5.2.15-2+b2') } });
      const b = scope({}, { packages: { status, durationMs: 10, reason: 'why' } });
      const out = diffScopes('host', a, b);
      expect(out.differences).toEqual([]);
      expect(out.notCompared).toEqual([{ scope: 'host', facet: 'packages', a: 'ok', b: status, reason: 'why' }]);
      // either side
      expect(diffScopes('host', b, a).notCompared).toEqual([{ scope: 'host', facet: 'packages', a: status, b: 'ok', reason: 'why' }]);
    },
  );

  it('a facet absent on one side with no probe record is compared as empty (hand-built pairs, the scenarios)', () => {
    const a = scope({ binfmt: { 'qemu-aarch64': { enabled: true } } });
    const b: ReturnType<typeof scope> = { kind: 'host', facets: {}, probes: {} };
    const out = diffScopes('host', a, b);
    expect(out.notCompared).toEqual([]);
    expect(out.differences).toMatchObject([{ facet: 'binfmt', key: 'qemu-aarch64', kind: 'removed' }]);
  });

  it('reports nothing when the same probe failed the same way on both sides', () => {
    const failed = { binfmt: { status: 'unavailable' as const, durationMs: 1, reason: 'binfmt_misc not mounted' } };
    expect(diffFingerprints(fingerprint({ host: scope({}, failed) }), fingerprint({ host: scope({}, failed) }))).toEqual([]);
  });

  it('still diffs keys of a facet missing on one side without a failed probe', () => {
    const a = fingerprint({ host: scope({}) });
    const b = fingerprint({ host: scope({ custom: { 'kubectl get systembackups -A -o name': 'systembackup.longhorn.io/sb-1' } }) });
    expect(diffFingerprints(a, b)).toMatchObject([{ facet: 'custom', kind: 'added', key: 'kubectl get systembackups -A -o name' }]);
  });

  it('library: a soname under another directory is moved, not removed + added', () => {
    const a = fingerprint({ 'image:build': scope({ libraries: { 'libfuse3.so.4': ['/usr/lib/libfuse3.so.4'] } }) });
    const b = fingerprint({ 'image:build': scope({ libraries: { 'libfuse3.so.4': ['/usr/lib64/libfuse3.so.4'] } }) });
    expect(diffFingerprints(a, b)).toEqual([
      {
        scope: 'image:build',
        facet: 'libraries',
        key: 'libfuse3.so.4',
        kind: 'moved',
        a: ['/usr/lib/libfuse3.so.4'],
        b: ['/usr/lib64/libfuse3.so.4'],
        detail: { onlyA: ['/usr/lib'], onlyB: ['/usr/lib64'] },
      },
    ]);
  });

  it('library: an extra copy elsewhere is a set change, ld.so.conf diffs as a set', () => {
    const a = fingerprint({
      host: scope({ libraries: { 'libz.so.1': ['/lib/libz.so.1'], 'ld.so.conf': ['/usr/local/lib', '/usr/lib'] } }),
    });
    const b = fingerprint({
      host: scope({ libraries: { 'libz.so.1': ['/lib/libz.so.1', '/opt/lib/libz.so.1'], 'ld.so.conf': ['/usr/lib', '/usr/lib64'] } }),
    });
    const diffs = diffFingerprints(a, b);
    expect(diffs.map((d) => [d.key, d.kind, d.detail])).toEqual([
      ['libz.so.1', 'changed', { onlyA: [], onlyB: ['/opt/lib/libz.so.1'] }],
      ['ld.so.conf', 'changed', { onlyA: ['/usr/local/lib'], onlyB: ['/usr/lib64'] }],
    ]);
  });

  it('packages: direction by the manager ordering', () => {
    const a = fingerprint({
      host: scope({
        packages: {
          'ca-certificates': pkg('20210119~18.04.2'),
          tzdata: pkg('2024a-0+deb12u1'),
          libressl: pkg('3.0.2-r10', 'apk'),
          st: pkg('1.0'),
        },
      }),
    });
    const b = fingerprint({
      host: scope({
        packages: {
          'ca-certificates': pkg('20210119~18.04.1'),
          tzdata: pkg('2025b-0+deb12u1'),
          libressl: pkg('3.0.2-r9', 'apk'),
          st: { ...pkg('1.0'), status: 'deinstall ok config-files' },
        },
      }),
    });
    expect(diffFingerprints(a, b).map((d) => [d.key, d.detail])).toEqual([
      ['ca-certificates', { direction: 'downgrade', fields: ['version'] }],
      ['tzdata', { direction: 'upgrade', fields: ['version'] }],
      ['libressl', { direction: 'downgrade', fields: ['version'] }],
      ['st', { fields: ['status'] }],
    ]);
  });

  it('kernel releases and toolchains compare as versions', () => {
    const a = fingerprint({
      host: scope({
        kernel: { release: '4.4.0-103-generic', version: '#126-Ubuntu SMP' },
        toolchains: { buildx: 'v0.9.1', python3: '3.8.10' },
      }),
    });
    const b = fingerprint({
      host: scope({
        kernel: { release: '4.4.0-98-generic', version: '#121-Ubuntu SMP' },
        toolchains: { buildx: 'v0.10.0', python3: '3.10.6' },
      }),
    });
    expect(diffFingerprints(a, b).map((d) => [d.key, d.detail])).toEqual([
      ['release', { direction: 'downgrade' }],
      ['version', undefined],
      ['buildx', { direction: 'upgrade' }],
      ['python3', { direction: 'upgrade' }],
    ]);
  });

  it('commit ids (runc and containerd built from a commit) have no direction', () => {
    const a = fingerprint({ host: scope({ toolchains: { runc: '54296cf40ad8143b62dbcaa1d90e520a2136ddfe', gcc: '9.4.0' } }) });
    const b = fingerprint({ host: scope({ toolchains: { runc: '3f2f8b84a77f73d38244dd690525642a72156c64', gcc: '9.5.0' } }) });
    expect(diffFingerprints(a, b).map((d) => [d.key, d.detail])).toEqual([
      ['runc', undefined],
      ['gcc', { direction: 'upgrade' }],
    ]);
  });

  it('cpu flags as sets: which flags B lacks', () => {
    const a = fingerprint({ host: scope({ cpu: { flags: ['sse4_2', 'avx', 'avx2', 'avx512f'] } }) });
    const b = fingerprint({ host: scope({ cpu: { flags: ['sse4_2', 'avx'] } }) });
    expect(diffFingerprints(a, b)[0]?.detail).toEqual({ onlyA: ['avx2', 'avx512f'], onlyB: [] });
  });

  it('objects field by field (binfmt entries, image digests)', () => {
    const entry = { enabled: true, interpreter: '/usr/bin/qemu-aarch64-static', flags: 'F', offset: 0 };
    const a = fingerprint({
      host: scope({
        binfmt: { 'qemu-aarch64': entry },
        images: { 'debian:12': { id: 'sha256:1', digests: ['debian@sha256:a'], architecture: 'amd64' } },
      }),
    });
    const b = fingerprint({
      host: scope({
        binfmt: { 'qemu-aarch64': { ...entry, flags: 'OC' } },
        images: { 'debian:12': { id: 'sha256:2', digests: ['debian@sha256:b'], architecture: 'amd64' } },
      }),
    });
    expect(diffFingerprints(a, b).map((d) => [d.key, d.detail?.fields])).toEqual([
      ['qemu-aarch64', ['flags']],
      ['debian:12', ['id', 'digests']],
    ]);
  });

  it('marks volatile facts and keeps them listed', () => {
    const a = fingerprint({ host: scope({ os: { 'host.name': 'runner-1' }, env: { GITHUB_RUN_ID: '1', LANG: 'C.UTF-8' } }) });
    const b = fingerprint({ host: scope({ os: { 'host.name': 'runner-2' }, env: { GITHUB_RUN_ID: '2', LANG: 'C' } }) });
    expect(diffFingerprints(a, b).map((d) => [d.key, d.detail?.volatile ?? false])).toEqual([
      ['host.name', true],
      ['GITHUB_RUN_ID', true],
      ['LANG', false],
    ]);
  });

  it('treats keys like __proto__ and constructor as plain keys', () => {
    const a = fingerprint({ host: scope({ env: JSON.parse('{"__proto__": "x", "constructor": "y"}') }) });
    const b = fingerprint({ host: scope({ env: {} }) });
    expect(
      diffFingerprints(a, b)
        .map((d) => d.key)
        .sort(),
    ).toEqual(['__proto__', 'constructor']);
  });
});
