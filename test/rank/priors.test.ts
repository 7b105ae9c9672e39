import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { fitOf, PRIORS, priorRuleFor } from '../../src/rank/priors.js';
import { rankDifferences } from '../../src/rank/index.js';
import { FACET_IDS } from '../../src/fingerprint/types.js';

const pkg = (version: string) => ({ version, status: 'install ok installed', manager: 'dpkg' });

function scoreOf(d: Difference): number {
  return rankDifferences([d])[0]!.score;
}

describe('priors table', () => {
  it('names known facets and keeps priors in (0, 1)', () => {
    for (const rule of PRIORS) {
      // Fingerprints written by hand or by other tools may carry facets envdiff does not capture (the schema allows them).
      expect([...FACET_IDS, 'dns', 'git', 'modules', 'tls', 'certificates'] as readonly string[]).toContain(rule.facet);
      expect(rule.prior).toBeGreaterThan(0);
      expect(rule.prior).toBeLessThan(1);
      expect(rule.text.length).toBeGreaterThan(10);
    }
  });

  it.each<[string, Difference, Difference]>([
    [
      'kernel over hostname',
      { scope: 'host', facet: 'kernel', key: 'release', kind: 'changed', a: '6.1.0-13-amd64', b: '6.1.0-12-amd64' },
      { scope: 'host', facet: 'os', key: 'host.name', kind: 'changed', a: 'fv-az1', b: 'fv-az2', detail: { volatile: true } },
    ],
    [
      'binfmt handler over a routine package bump',
      { scope: 'host', facet: 'binfmt', key: 'qemu-aarch64', kind: 'removed', a: { enabled: true } },
      {
        scope: 'host',
        facet: 'packages',
        key: 'publicsuffix',
        kind: 'changed',
        a: pkg('20211207.1025-1'),
        b: pkg('20230209.2326-1'),
        detail: { direction: 'upgrade' },
      },
    ],
    [
      'libc downgrade over libc upgrade',
      { scope: 'host', facet: 'libc', key: 'version', kind: 'changed', a: '2.35', b: '2.31', detail: { direction: 'downgrade' } },
      { scope: 'host', facet: 'libc', key: 'version', kind: 'changed', a: '2.31', b: '2.35', detail: { direction: 'upgrade' } },
    ],
    [
      'a lost CPU flag over a gained one',
      { scope: 'host', facet: 'cpu', key: 'flags', kind: 'changed', a: ['sse2', 'avx2'], b: ['sse2'], detail: { onlyA: ['avx2'] } },
      { scope: 'host', facet: 'cpu', key: 'flags', kind: 'changed', a: ['sse2'], b: ['sse2', 'avx2'], detail: { onlyB: ['avx2'] } },
    ],
    [
      'a removed binfmt entry over an added one',
      { scope: 'host', facet: 'binfmt', key: 'qemu-arm', kind: 'removed', a: { enabled: true } },
      { scope: 'host', facet: 'binfmt', key: 'qemu-arm', kind: 'added', b: { enabled: true } },
    ],
    [
      'half the memory over memory jitter',
      { scope: 'host', facet: 'docker', key: 'mem_total', kind: 'changed', a: 4125097984, b: 2083807232 },
      { scope: 'host', facet: 'resources', key: 'mem_total', kind: 'changed', a: 16772366336, b: 16766963712 },
    ],
    [
      'a lower open-file limit over a higher one',
      { scope: 'host', facet: 'resources', key: 'ulimit_nofile', kind: 'changed', a: 10240, b: 256 },
      { scope: 'host', facet: 'resources', key: 'ulimit_nofile', kind: 'changed', a: 256, b: 10240 },
    ],
    [
      'root to non-root over non-root to root',
      { scope: 'host', facet: 'security', key: 'uid', kind: 'changed', a: 0, b: 1001 },
      { scope: 'host', facet: 'security', key: 'uid', kind: 'changed', a: 1001, b: 0 },
    ],
    [
      'a stricter umask over a looser one',
      { scope: 'host', facet: 'security', key: 'umask', kind: 'changed', a: '0022', b: '0077' },
      { scope: 'host', facet: 'security', key: 'umask', kind: 'changed', a: '0077', b: '0022' },
    ],
    [
      'a removed library over an unrelated package bump',
      {
        scope: 'host',
        facet: 'libraries',
        key: 'libfuse3.so.4',
        kind: 'moved',
        a: ['/usr/lib/libfuse3.so.4'],
        b: ['/usr/lib64/libfuse3.so.4'],
      },
      {
        scope: 'host',
        facet: 'packages',
        key: 'vim-common',
        kind: 'changed',
        a: pkg('2:8.2.3995-1ubuntu2.13'),
        b: pkg('2:8.2.3995-1ubuntu2.15'),
      },
    ],
    [
      'a removed proxy over a CI run id',
      { scope: 'host', facet: 'mirrors', key: 'proxy.http', kind: 'removed', a: 'http://proxy:3128' },
      { scope: 'host', facet: 'env', key: 'GITHUB_RUN_ID', kind: 'changed', a: '1', b: '2', detail: { volatile: true } },
    ],
    [
      '/dev/shm cut to a tenth over a minor Docker upgrade',
      { scope: 'host', facet: 'resources', key: 'shm_size:/dev/shm', kind: 'changed', a: 1073741824, b: 67108864 },
      { scope: 'host', facet: 'docker', key: 'server_version', kind: 'changed', a: '24.0.7', b: '24.1.0' },
    ],
    [
      'a drastic cut of a limit over a mild one',
      { scope: 'host', facet: 'resources', key: 'ulimit_nofile', kind: 'changed', a: 524288, b: 1024 },
      { scope: 'host', facet: 'resources', key: 'ulimit_nofile', kind: 'changed', a: 524288, b: 262144 },
    ],
    [
      // A cgroup without a memory limit has no mem_limit key: a limit only B has is the tighter one.
      'a memory cap only B has over one only A has',
      { scope: 'host', facet: 'resources', key: 'mem_limit', kind: 'added', b: 536870912 },
      { scope: 'host', facet: 'resources', key: 'mem_limit', kind: 'removed', a: 536870912 },
    ],
    [
      'a C locale over a UTF-8 one',
      { scope: 'host', facet: 'locale', key: 'LANG', kind: 'changed', a: 'en_US.UTF-8', b: 'C' },
      { scope: 'host', facet: 'locale', key: 'LANG', kind: 'changed', a: 'C', b: 'en_US.UTF-8' },
    ],
    [
      // C.UTF-8 and en_US.UTF-8 read and write English in UTF-8 alike; German writes other dates and numbers.
      'another language over the same language in another territory',
      { scope: 'host', facet: 'locale', key: 'LANG', kind: 'changed', a: 'C.UTF-8', b: 'de_DE.UTF-8' },
      { scope: 'host', facet: 'locale', key: 'LANG', kind: 'changed', a: 'C.UTF-8', b: 'en_US.UTF-8' },
    ],
  ])('%s', (_name, higher, lower) => {
    expect(scoreOf(higher)).toBeGreaterThan(scoreOf(lower));
  });

  it('computes the direction itself when the diff engine gave none', () => {
    const d: Difference = {
      scope: 'host',
      facet: 'packages',
      key: 'libc6',
      kind: 'changed',
      a: pkg('2.35-0ubuntu3.1'),
      b: pkg('2.31-0ubuntu9.9'),
    };
    expect(fitOf(d)).toMatchObject({ factor: 1, note: 'downgrade 2.35-0ubuntu3.1 -> 2.31-0ubuntu9.9' });
  });

  it('falls back for unknown facets and probe differences', () => {
    expect(priorRuleFor({ scope: 'host', facet: 'nonsense', key: 'x', kind: 'added', b: 'y' }).prior).toBeGreaterThan(0);
    expect(
      priorRuleFor({ scope: 'host', facet: 'kernel', key: '(probe)', kind: 'changed', a: { status: 'ok' }, b: { status: 'timeout' } }).text,
    ).toMatch(/not captured/);
  });
});
