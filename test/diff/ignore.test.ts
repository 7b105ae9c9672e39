import { describe, expect, it } from 'vitest';
import { applyIgnores, compileIgnorePatterns, isIgnored } from '../../src/diff/ignore.js';
import { ignorePatternProblem } from '../../src/diff/ignore.js';

const d = (scope: string, facet: string, key: string) => ({ scope, facet, key });

describe('--ignore globs over scope/facet/key', () => {
  it.each([
    ['host/env/*', d('host', 'env', 'HOSTNAME'), true],
    ['host/env/*', d('image:build', 'env', 'HOSTNAME'), false],
    ['*/packages/tzdata', d('host', 'packages', 'tzdata'), true],
    ['*/packages/tzdata', d('image:registry.suse.com/bci/bci-base:15.6', 'packages', 'tzdata'), true],
    ['*/packages/tzdata', d('host', 'packages', 'tzdata-legacy'), false],
    ['host/env', d('host', 'env', 'PATH'), true],
    ['*/resources', d('host', 'resources', 'disk_free:/mnt'), true],
    ['host/resources/disk_free:*', d('host', 'resources', 'disk_free:/var/lib/docker'), true],
    ['host/packages/lib?', d('host', 'packages', 'libc'), true],
    ['host/packages/lib?', d('host', 'packages', 'libcc'), false],
    ['host/mirrors/http://debmirror.example.net/debian', d('host', 'mirrors', 'http://debmirror.example.net/debian'), true],
    ['host/packages/g++', d('host', 'packages', 'g++'), true],
    ['host/packages/g++', d('host', 'packages', 'gxx'), false],
    // FACET and FACET/KEY forms, any scope
    ['resources', d('host', 'resources', 'disk_free:/'), true],
    ['resources', d('image:debian:12', 'resources', 'mem_total'), true],
    ['resources', d('host', 'env', 'resources'), false],
    ['resources/*', d('image:debian:12', 'resources', 'mem_total'), true],
    ['resources/disk_free:*', d('host', 'resources', 'disk_free:/var/lib/docker'), true],
    ['resources/disk_free:*', d('host', 'resources', 'mem_total'), false],
    ['env/HOSTNAME', d('container:x', 'env', 'HOSTNAME'), true],
    ['image:*/packages/tzdata', d('image:registry.example.net/team/app:1', 'packages', 'tzdata'), true],
  ])('%s on %o -> %s', (pattern, diff, expected) => {
    expect(isIgnored(diff, compileIgnorePatterns([pattern]))).toBe(expected);
  });

  it('keeps everything without patterns and drops matches with them', () => {
    const diffs = [d('host', 'env', 'A'), d('host', 'kernel', 'release')].map((x) => ({ ...x, kind: 'changed' as const }));
    expect(applyIgnores(diffs, [])).toBe(diffs);
    expect(applyIgnores(diffs, compileIgnorePatterns(['host/env/*'])).map((x) => x.key)).toEqual(['release']);
  });
});

describe('a pattern that can never match is a problem, not a silent no-op', () => {
  it.each([
    'resources',
    'resources/*',
    'res*',
    'env/HOSTNAME',
    'host',
    'host/env',
    '*/packages/tzdata',
    'image:debian:12/packages/*',
    'container:*',
  ])('%s is accepted', (p) => expect(ignorePatternProblem(p)).toBeUndefined());
  it.each([
    ['resource', /"resource" can never match: it must start with a facet/],
    ['resourcez/*', /can never match/],
    ['host/resourcez', /after the scope comes a facet/],
    ['', /empty/],
  ])('%s is rejected', (p, message) => expect(ignorePatternProblem(p)).toMatch(message));
});
