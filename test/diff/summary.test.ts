import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/diff/summary.js';
import type { Difference } from '../../src/diff/types.js';

const base = { scope: 'host', facet: 'x', key: 'k' };

describe('summarize', () => {
  it.each<[string, Difference, string]>([
    [
      'moved library',
      {
        ...base,
        facet: 'libraries',
        kind: 'moved',
        a: ['/usr/lib/libfuse3.so.4'],
        b: ['/usr/lib64/libfuse3.so.4'],
        detail: { onlyA: ['/usr/lib'], onlyB: ['/usr/lib64'] },
      },
      'moved /usr/lib -> /usr/lib64',
    ],
    [
      'package upgrade',
      {
        ...base,
        facet: 'packages',
        kind: 'changed',
        a: { version: '1.2-1', manager: 'dpkg' },
        b: { version: '1.3-1', manager: 'dpkg' },
        detail: { direction: 'upgrade', fields: ['version'] },
      },
      'upgrade 1.2-1 -> 1.3-1',
    ],
    [
      'kernel downgrade',
      { ...base, facet: 'kernel', kind: 'changed', a: '4.4.0-103-generic', b: '4.4.0-98-generic', detail: { direction: 'downgrade' } },
      'downgrade 4.4.0-103-generic -> 4.4.0-98-generic',
    ],
    [
      'binfmt removed',
      { ...base, facet: 'binfmt', kind: 'removed', a: { enabled: true, interpreter: '/usr/bin/qemu-aarch64-static', flags: 'F' } },
      'removed (was enabled, /usr/bin/qemu-aarch64-static)',
    ],
    ['package added', { ...base, facet: 'packages', kind: 'added', b: { version: '2.8ubuntu1', manager: 'dpkg' } }, 'added (2.8ubuntu1)'],
    [
      'cpu flags',
      {
        ...base,
        facet: 'cpu',
        kind: 'changed',
        a: [],
        b: [],
        detail: {
          onlyA: ['avx512f', 'avx512dq', 'avx512cd', 'avx512bw', 'avx512vl', 'avx512_vnni', 'avx512ifma', 'avx512vbmi'],
          onlyB: [],
        },
      },
      'B lacks avx512f, avx512dq, avx512cd, +5 more',
    ],
    [
      'set both ways',
      { ...base, kind: 'changed', a: ['a', 'b'], b: ['b', 'c'], detail: { onlyA: ['a'], onlyB: ['c'] } },
      'B lacks a; B adds c',
    ],
    [
      'object fields',
      {
        ...base,
        facet: 'mirrors',
        kind: 'changed',
        a: { host: 'h', addresses: ['146.75.30.132'] },
        b: { host: 'h', addresses: ['151.101.2.132', '151.101.66.132'] },
        detail: { fields: ['addresses'] },
      },
      'h resolves to 151.101.2.132, 151.101.66.132 on B (A: 146.75.30.132)',
    ],
    ['scalar', { ...base, kind: 'changed', a: '0022', b: '0077' }, '0022 -> 0077'],
    ['number', { ...base, kind: 'changed', a: 10240, b: 256 }, '10240 -> 256'],
    [
      'memory as sizes',
      { ...base, facet: 'docker', key: 'mem_total', kind: 'changed', a: 4125097984, b: 2083807232 },
      '3.8 GiB -> 1.9 GiB',
    ],
    [
      'disk jitter with its delta',
      { ...base, facet: 'resources', key: 'disk_free:/', kind: 'changed', a: 83852918784, b: 83854815232 },
      '78.1 GiB -> 78.1 GiB (+1.8 MiB)',
    ],
    [
      'ulimit stays a count',
      { ...base, facet: 'resources', key: 'ulimit_nofile', kind: 'changed', a: 1048576, b: 1024 },
      '1048576 -> 1024',
    ],
    ['empty string', { ...base, kind: 'changed', a: '', b: 'systembackup.longhorn.io/sb-1' }, '"" -> systembackup.longhorn.io/sb-1'],
  ])('%s', (_name, d, expected) => expect(summarize(d)).toBe(expected));

  it('truncates long values to one short line', () => {
    const s = summarize({ ...base, kind: 'changed', a: 'x'.repeat(10_000), b: 'y' });
    expect(s.length).toBeLessThan(100);
    expect(s).not.toContain('\n');
  });
});
