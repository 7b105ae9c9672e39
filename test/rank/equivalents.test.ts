/**
 * Values spelled differently that mean the same (src/rank/equivalents.ts): they are
 * real fingerprint differences but rank as nothing, with the reason said.
 */
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { factOf, sameMeaning } from '../../src/rank/equivalents.js';
import { parseBuildLog, rankDifferences } from '../../src/rank/index.js';

const changed = (facet: string, key: string, a: string, b: string): Difference => ({ scope: 'host', facet, key, kind: 'changed', a, b });

describe('sameMeaning', () => {
  it.each([
    [changed('time', 'timezone', 'UTC', 'Etc/UTC')],
    [changed('env', 'TZ', ':UTC', 'Etc/UCT')],
    [changed('env', 'LANG', 'en_US.UTF-8', 'en_US.utf8')],
    [changed('locale', 'LC_ALL', 'de_DE.ISO-8859-1@euro', 'de_DE.iso88591@euro')],
  ])('%j means the same on both sides', (d) => expect(sameMeaning(d)).toMatch(/are the same/));

  it.each([
    [changed('time', 'timezone', 'UTC', 'Europe/London')],
    [changed('time', 'timezone', 'UTC', 'GMT')],
    [changed('env', 'LANG', 'en_US.UTF-8', 'C.UTF-8')],
    [changed('env', 'LANG', 'en_US.UTF-8', 'en_US.ISO-8859-1')],
    [changed('env', 'HOME', '/root', '/root/')],
  ])('%j is a real change', (d) => expect(sameMeaning(d)).toBeUndefined());

  it('ranks below a real change the log points at, and says why', () => {
    const ranked = rankDifferences([changed('time', 'timezone', 'UTC', 'Etc/UTC'), changed('toolchains', 'ruby', '3.1.2', '3.1.3')], {
      log: parseBuildLog('ruby 3.1.3: Time.local timezone changes correctly adjusts the timezone change FAILED'),
    });
    const zone = ranked.find((r) => r.key === 'timezone')!;
    expect(zone.rank).toBe(2);
    expect(zone.reasons[0]?.text).toBe('UTC and Etc/UTC are the same time zone');
  });
});

describe('factOf: a custom ulimit probe is the resources limit it reads', () => {
  it.each([
    ['ulimit -s', 'ulimit_stack'],
    ['ulimit -Hs', 'ulimit_stack'],
    ['ulimit -v', 'ulimit_as'],
    ['ulimit -f', 'ulimit_fsize'],
    ['ulimit -n', 'ulimit_nofile'],
    ['ulimit -d', 'ulimit_data'],
  ])('%s -> resources.%s', (key, fact) =>
    expect(factOf(changed('custom', key, 'unlimited', '8192'))).toEqual({ facet: 'resources', key: fact }),
  );

  it('a custom `getconf PAGESIZE` is the kernel page size the kernel probe reads', () => {
    expect(factOf(changed('custom', 'getconf PAGESIZE', '4096', '65536'))).toEqual({ facet: 'kernel', key: 'page_size' });
    expect(factOf(changed('custom', 'getconf PAGE_SIZE', '4096', '16384'))).toEqual({ facet: 'kernel', key: 'page_size' });
  });

  it('captured /proc/self/status lines are the security facts the probe reads from it', () => {
    expect(factOf(changed('custom', 'grep NoNewPrivs /proc/self/status', 'NoNewPrivs:\t0', 'NoNewPrivs:\t1'))).toEqual({
      facet: 'security',
      key: 'no_new_privs',
    });
    expect(factOf(changed('custom', 'grep Seccomp: /proc/self/status', 'Seccomp:\t0', 'Seccomp:\t2'))).toEqual({
      facet: 'security',
      key: 'seccomp',
    });
  });

  it('other commands stay what they are', () => {
    expect(factOf(changed('custom', 'ulimit -a', 'x', 'y'))).toEqual({ facet: 'custom', key: 'ulimit -a' });
    expect(factOf(changed('env', 'ulimit -s', 'x', 'y'))).toEqual({ facet: 'env', key: 'ulimit -s' });
  });

  it("'File size limit exceeded' blames a custom `ulimit -f` cut from unlimited (erlang/otp#11661), not the open-files limit", () => {
    const fsize = changed('custom', 'ulimit -f', 'unlimited', '32768');
    const nofile = changed('custom', 'ulimit -n', '1048576', '65536');
    const ranked = rankDifferences([nofile, fsize], { log: parseBuildLog("$ erl -noshell -eval 'halt().'\nFile size limit exceeded") });
    expect(ranked[0]!.key).toBe('ulimit -f');
  });
});
