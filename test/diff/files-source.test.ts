import { describe, expect, it } from 'vitest';
import { diffScopes } from '../../src/diff/diff.js';
import { withoutBlindSpots } from '../../src/diff/files-source.js';
import type { Facet, FacetId, Scope } from '../../src/fingerprint/types.js';

describe('what a files-read capture cannot know', () => {
  it.each<[string, string, Facet, Facet, Facet]>([
    ['/etc/hosts entries', 'mirrors', { 'hosts.envdiff-capture': '172.17.0.2' }, {}, {}],
    ['the resolver', 'mirrors', { 'resolv.nameservers': ['10.0.0.53'] }, { 'resolv.nameservers': [] }, {}],
    [
      'DNS answers, not the source itself',
      'mirrors',
      { 'http://debmirror.example.net/debian': { host: 'debmirror.example.net', addresses: ['192.0.2.1'], source: 'a' } },
      { 'http://debmirror.example.net/debian': { host: 'debmirror.example.net', addresses: [], source: 'a' } },
      { 'http://debmirror.example.net/debian': { host: 'debmirror.example.net', source: 'a' } },
    ],
    ['the run-time charmap', 'locale', { charmap: 'ANSI_X3.4-1968' }, {}, {}],
    ['built-in locales', 'locale', { available: ['C', 'C.utf8', 'POSIX'] }, { available: ['C.utf8'] }, { available: ['C.utf8'] }],
    ['the clock', 'time', { timezone: 'Etc/UTC', utc: true, utc_offset: '+0000' }, { timezone: 'Etc/UTC' }, { timezone: 'Etc/UTC' }],
    ['the container name', 'os', { id: 'debian', 'host.name': 'envdiff-capture' }, { id: 'debian' }, { id: 'debian' }],
    ['ld-cache-only sonames', 'libraries', { 'libbz2.so.1.0': ['/lib/x86_64-linux-gnu/libbz2.so.1.0'] }, {}, {}],
    [
      'merged /usr paths',
      'libraries',
      { 'libbz2.so.1': ['/usr/lib/x86_64-linux-gnu/libbz2.so.1'] },
      { 'libbz2.so.1': ['/lib/x86_64-linux-gnu/libbz2.so.1'] },
      { 'libbz2.so.1': ['/usr/lib/x86_64-linux-gnu/libbz2.so.1'] },
    ],
  ])('%s', (_name, facet, exec, files, expected) => {
    const out = withoutBlindSpots(facet, exec, files);
    expect(out.exec).toEqual(expected);
    expect(out.files).toEqual(expected);
    // merged /usr is one file under two names: nothing is unknown, so nothing is said
    expect(out.why.length > 0).toBe(_name !== 'merged /usr paths');
  });

  it('a real change read from files still shows (a package version, a soname both sides know)', () => {
    const scope = (facets: Partial<Record<FacetId, Facet>>, source: 'exec' | 'files'): Scope => ({
      kind: 'image',
      facets,
      probes: Object.fromEntries(Object.keys(facets).map((f) => [f, { status: 'ok', durationMs: 1, source }])),
    });
    const a = scope({ libraries: { 'libfuse3.so.4': ['/usr/lib/libfuse3.so.4'] }, locale: { charmap: 'UTF-8', LANG: 'C.UTF-8' } }, 'exec');
    const b = scope({ libraries: { 'libfuse3.so.4': ['/usr/lib64/libfuse3.so.4'] }, locale: { LANG: 'C' } }, 'files');
    const out = diffScopes('image:x', a, b);
    expect(out.differences.map((d) => `${d.facet}.${d.key} ${d.kind}`)).toEqual(['libraries.libfuse3.so.4 moved', 'locale.LANG changed']);
    expect(out.notCompared).toEqual([expect.objectContaining({ facet: 'locale', a: 'ok', b: 'partly (read from files)' })]);
  });
});
