import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { familyOf, familyPrior } from '../../src/rank/family.js';
import { parseBuildLog, rankDifferences } from '../../src/rank/index.js';
import { magnitudeOf } from '../../src/rank/magnitude.js';

const pkg = (key: string, a: string | null, b: string | null): Difference => ({
  scope: 'host',
  facet: 'packages',
  key,
  kind: a === null ? 'added' : b === null ? 'removed' : 'changed',
  ...(a === null ? {} : { a: { version: a, status: 'install ok installed', manager: 'dpkg' } }),
  ...(b === null ? {} : { b: { version: b, status: 'install ok installed', manager: 'dpkg' } }),
});

describe('the family of a change', () => {
  it('is its facet, kind, step and use, narrowest first', () => {
    const gcc: Difference = { scope: 'host', facet: 'toolchains', key: 'gcc', kind: 'changed', a: '9.4.0', b: '13.2.0' };
    expect(familyOf(gcc, magnitudeOf(gcc), 'uses')).toEqual([
      'toolchains/changed/abi uses',
      'toolchains/changed/abi',
      'toolchains/changed',
      'toolchains',
    ]);
    // Without a step or a use, each family once: the fit counts every name it gets.
    expect(familyOf(pkg('gawk', '1:4.0.1', null), undefined, '')).toEqual(['packages/removed', 'packages']);
    const kernel: Difference = {
      scope: 'host',
      facet: 'kernel',
      key: 'release',
      kind: 'changed',
      a: '6.5.0-1025-azure',
      b: '6.8.0-1014-azure',
    };
    expect(familyOf(kernel, magnitudeOf(kernel), '')).toEqual(['kernel/release/changed', 'kernel/release', 'kernel']);
    const shm: Difference = { scope: 'host', facet: 'resources', key: 'shm_size:/dev/shm', kind: 'changed', a: 8589934592, b: 67108864 };
    expect(familyOf(shm, undefined, '')[1]).toBe('resources/shm_size');
    // An image's repository names no family: postgres is a build's base in one case, an idle service in the next.
    const image: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'postgres:15',
      kind: 'changed',
      a: { id: 'sha256:aaa', architecture: 'amd64', os: 'linux' },
      b: { id: 'sha256:bbb', architecture: 'amd64', os: 'linux' },
    };
    expect(familyOf(image, undefined, '')).toEqual(['images/changed', 'images']);
  });

  it('tempers the table prior by its measured rate: up for a family that is often the cause, down for one that seldom is', () => {
    expect(familyPrior(0.3, ['packages/removed'])).toBeGreaterThan(0.3);
    expect(familyPrior(0.6, ['kernel/release/changed'])).toBeLessThan(0.6);
    expect(familyPrior(0.3, ['no such family'])).toBe(0.3);
  });

  it('ranks the package B lost above a kernel and a libc bump when the log names none of them (libdfp/libdfp#52)', () => {
    // configure fell back to mawk once gawk was gone; the log shows mawk failing, never gawk.
    const log = parseBuildLog(
      [
        'mawk: scripts/localplt.awk: line 76: regular expression compile failed (bad class -- [], [^] or [)',
        'mawk: scripts/localplt.awk: line 76: syntax error at or near ]',
        'make: *** [check-localplt.out] Error 1',
      ].join('\n'),
    );
    const kernel: Difference = {
      scope: 'host',
      facet: 'kernel',
      key: 'release',
      kind: 'changed',
      a: '3.13.0-91-generic',
      b: '3.13.0-88-generic',
    };
    const ranked = rankDifferences(
      [kernel, pkg('libc6', '2.19-0ubuntu6.9', '2.19-0ubuntu6.7'), pkg('gawk', '1:4.0.1+dfsg-2.1ubuntu2', null)],
      { log },
    );
    expect(ranked[0]!.key).toBe('gawk');
  });
});
