import { describe, expect, it } from 'vitest';
import type { RankedDifference } from '../../src/rank/types.js';
import { shownReasons } from '../../src/render/reasons.js';

const base: RankedDifference = {
  scope: 'image:debian:12',
  facet: 'libc',
  key: 'family',
  kind: 'changed',
  a: 'glibc',
  b: 'none',
  rank: 1,
  score: 0.8,
  summary: 'glibc -> none',
  reasons: [],
};

describe('reasons as shown under a row', () => {
  it('a reason that restates the row starts with its news', () => {
    const d = {
      ...base,
      reasons: [
        {
          source: 'prior' as const,
          text: 'libc.family in image:debian:12: glibc -> none: binaries linked against a newer C library do not run',
        },
      ],
    };
    expect(shownReasons(d).map((r) => r.text)).toEqual(['binaries linked against a newer C library do not run']);
  });

  it('"rarely breaks builds" is not shown where the log implicates the row', () => {
    const d = {
      ...base,
      reasons: [
        { source: 'log' as const, text: 'the log says `GLIBC_2.34 not found` (line 9)' },
        { source: 'prior' as const, text: 'most package bumps are routine and rarely break builds' },
      ],
    };
    expect(shownReasons(d).map((r) => r.source)).toEqual(['log']);
    // without log evidence the prior stays: it is the only reason there is
    expect(shownReasons({ ...d, reasons: [d.reasons[1]!] })).toHaveLength(1);
  });

  it('a reason that leads with a fact is left alone', () => {
    const d = {
      ...base,
      facet: 'binfmt',
      key: 'qemu-aarch64',
      reasons: [{ source: 'log' as const, text: 'binfmt handler qemu-aarch64 is missing on B; the log says …' }],
    };
    expect(shownReasons(d)).toEqual(d.reasons);
  });
});
