import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareDebianVersions, parseDebianVersion } from '../../src/diff/debian-version.js';
import { readDpkgStatus, realDpkgEntries, HOST_DPKG_STATUS, BOOKWORM_DPKG_STATUS } from '../compare/real-fingerprints.js';
import { existsSync } from 'node:fs';
import { prng } from '../helpers/prng.js';

const sign = (n: number) => (n < 0 ? '<' : n > 0 ? '>' : '=');

describe('parseDebianVersion', () => {
  it.each([
    ['1:2.3-4', { epoch: 1, upstream: '2.3', revision: '4' }],
    ['2.3', { epoch: 0, upstream: '2.3', revision: '' }],
    ['1.2-3-4', { epoch: 0, upstream: '1.2-3', revision: '4' }],
    ['2:8.2.3995-1ubuntu2.13', { epoch: 2, upstream: '8.2.3995', revision: '1ubuntu2.13' }],
  ])('%s', (text, expected) => expect(parseDebianVersion(text)).toEqual(expected));
});

describe('compareDebianVersions (hand-picked rules)', () => {
  it.each([
    ['1.0', '1.0', '='],
    ['1.0', '1.0-0', '='], // missing revision equals revision 0
    ['1.0~rc1', '1.0', '<'], // tilde sorts before the end
    ['1.0~~', '1.0~', '<'],
    ['1.0~', '1.0', '<'],
    ['1.0a', '1.0', '>'],
    ['1.0a', '1.0+', '<'], // letters before non-letters
    ['1:0.1', '2.0', '>'], // epoch wins
    ['0:1.0', '1.0', '='],
    ['1.10', '1.9', '>'], // digit runs numerically
    ['1.01', '1.1', '='],
    ['20210119~18.04.2', '20210119~18.04.1', '>'],
    ['2.35-0ubuntu3.1', '2.31-0ubuntu9.9', '>'],
    ['20230209.2326-1~ubuntu22.04.1', '20211207.1025-1', '>'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(sign(compareDebianVersions(a, b))).toBe(expected);
    expect(sign(compareDebianVersions(b, a))).toBe(expected === '<' ? '>' : expected === '>' ? '<' : '=');
  });
});

/** dpkg's own answers, one dpkg per comparison but one shell for the batch. */
function dpkgAnswers(pairs: Array<[string, string]>): string[] {
  const script = `while IFS=' ' read -r a b; do
  if dpkg --compare-versions "$a" lt "$b"; then echo '<'
  elif dpkg --compare-versions "$a" eq "$b"; then echo '='
  else echo '>'; fi
done`;
  const out = execFileSync('sh', ['-c', script], {
    input: pairs.map(([a, b]) => `${a} ${b}\n`).join(''),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return out.trim().split('\n');
}

describe('compareDebianVersions agrees with the real dpkg --compare-versions', () => {
  it('on hundreds of version pairs from real status files', { timeout: 120_000 }, () => {
    const entries = realDpkgEntries();
    const versions = [...new Set(entries.map((e) => e.version))];
    expect(versions.length).toBeGreaterThan(300);
    const pairs: Array<[string, string]> = [];
    // The same package in two real systems (this host vs the bookworm rootfs).
    if (existsSync(BOOKWORM_DPKG_STATUS)) {
      const host = new Map(readDpkgStatus(HOST_DPKG_STATUS).map((e) => [e.name, e.version]));
      for (const e of readDpkgStatus(BOOKWORM_DPKG_STATUS)) {
        const v = host.get(e.name);
        if (v) pairs.push([v, e.version]);
      }
    }
    const random = prng(42);
    const pick = () => versions[Math.floor(random() * versions.length)]!;
    // Different packages, including every epoch and tilde version against neighbours.
    for (let i = 0; i < 300; i++) pairs.push([pick(), pick()]);
    const special = versions.filter((v) => v.includes(':') || v.includes('~'));
    expect(special.length).toBeGreaterThan(20);
    for (const v of special) pairs.push([v, pick()]);
    // Near neighbours of real versions: the same version with and without epoch,
    // tilde suffixes, bumped revisions; these exercise the subtle rules.
    for (const v of versions.slice(0, 120)) {
      const noEpoch = v.replace(/^\d+:/, '');
      pairs.push([v, noEpoch], [v, `${v}~1`], [`${v}~1`, `${v}~a`], [v, `${v}+b1`], [v, `${v}a`], [v, `${v}.0`], [v, `1:${noEpoch}`]);
    }
    expect(pairs.length).toBeGreaterThan(500);
    const expected = dpkgAnswers(pairs);
    expect(expected).toHaveLength(pairs.length);
    const mismatches = pairs
      .map(([a, b], i) => ({ a, b, dpkg: expected[i], ours: sign(compareDebianVersions(a, b)) }))
      .filter((r) => r.dpkg !== r.ours);
    expect(mismatches).toEqual([]);
  });
});
