import { describe, expect, it } from 'vitest';
import { applyIgnores, compileIgnorePatterns, isIgnored } from '../../src/diff/ignore.js';
import { parseCompareConfig } from '../../src/compare/config.js';
import { UsageError } from '../../src/errors.js';

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
  ])('%s on %o -> %s', (pattern, diff, expected) => {
    expect(isIgnored(diff, compileIgnorePatterns([pattern]))).toBe(expected);
  });

  it('keeps everything without patterns and drops matches with them', () => {
    const diffs = [d('host', 'env', 'A'), d('host', 'kernel', 'release')].map((x) => ({ ...x, kind: 'changed' as const }));
    expect(applyIgnores(diffs, [])).toBe(diffs);
    expect(applyIgnores(diffs, compileIgnorePatterns(['host/env/*'])).map((x) => x.key)).toEqual(['release']);
  });
});

describe('compare config file', () => {
  it("reads the ignore list and leaves other commands' keys alone", () => {
    expect(parseCompareConfig('{"ignore": ["host/env/*"], "probes": {}}', 'c.json')).toEqual({ ignore: ['host/env/*'] });
  });

  it.each([
    ['not json', /c\.json is not valid JSON/],
    ['[]', /must be a JSON object/],
    ['{}', /has no "ignore" list/],
    ['{"ignore": "host/env/*"}', /"ignore" must be a list/],
    ['{"ignore": ["ok", 3]}', /ignore\[1\] must be a non-empty string/],
    ['{"ignore": [""]}', /ignore\[0\] must be a non-empty string/],
  ])('%s -> a clear UsageError', (text, message) => {
    expect(() => parseCompareConfig(text, 'c.json')).toThrow(UsageError);
    expect(() => parseCompareConfig(text, 'c.json')).toThrow(message);
  });
});
