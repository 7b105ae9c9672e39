import { describe, expect, it } from 'vitest';
import { foldDuplicates } from '../../src/compare/duplicates.js';
import type { RankedDifference } from '../../src/rank/types.js';

const row = (rank: number, scope: string, facet: string, key: string, a: string, b: string): RankedDifference => ({
  scope,
  facet,
  key,
  kind: 'changed',
  a,
  b,
  rank,
  score: 1 - rank / 10,
  summary: `${a} -> ${b}`,
  reasons: [],
});

describe('one fact, one row', () => {
  it('an image under host › images and in its own scope: the higher row stays, the other is its context', () => {
    const out = foldDuplicates([
      row(1, 'image:app:1', 'images', 'app:1', 'sha256:aa', 'sha256:bb'),
      row(2, 'host', 'kernel', 'release', '6.1', '6.2'),
      row(3, 'host', 'images', 'app:1', 'sha256:aa', 'sha256:bb'),
    ]);
    expect(out.map((d) => `${d.rank} ${d.scope} ${d.facet}`)).toEqual(['1 image:app:1 images', '2 host kernel']);
    expect(out[0]!.detail?.also).toEqual(['host › images › app:1']);
  });

  it('the kernel seen from the host and from an image scope is one fact', () => {
    const out = foldDuplicates([
      row(1, 'host', 'kernel', 'release', '4.4.0-103-generic', '4.4.0-98-generic'),
      row(2, 'image:debian:12', 'kernel', 'release', '4.4.0-103-generic', '4.4.0-98-generic'),
    ]);
    expect(out.map((d) => d.scope)).toEqual(['host']);
    expect(out[0]!.detail?.also).toEqual(['image:debian:12 › kernel › release']);
  });

  it('env.LANG and locale.LANG changed alike are one row; different changes stay two', () => {
    const out = foldDuplicates([row(1, 'host', 'locale', 'LANG', 'C.UTF-8', 'C'), row(2, 'host', 'env', 'LANG', 'C.UTF-8', 'C')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.detail?.also).toEqual(['host › env › LANG']);
    const apart = [row(1, 'host', 'locale', 'LANG', 'C.UTF-8', 'C'), row(2, 'host', 'env', 'LANG', 'C.UTF-8', 'POSIX')];
    expect(foldDuplicates(apart)).toBe(apart);
  });
});
