import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { MAX_QUOTE_CHARS, parseBuildLog, rankDifferences } from '../../src/rank/index.js';

const pkg = (version: string) => ({ version, status: 'install ok installed', manager: 'dpkg' });
const qemu = { enabled: true, interpreter: '/usr/bin/qemu-aarch64-static', flags: 'F', offset: 0, magic: '7f454c46', mask: 'ffffffff' };

const DIFFERENCES: Difference[] = [
  { scope: 'host', facet: 'os', key: 'host.name', kind: 'changed', a: 'fv-az1021-344', b: 'fv-az467-112', detail: { volatile: true } },
  { scope: 'host', facet: 'env', key: 'GITHUB_RUN_ID', kind: 'changed', a: '7412298534', b: '7412309981', detail: { volatile: true } },
  {
    scope: 'host',
    facet: 'packages',
    key: 'tzdata',
    kind: 'changed',
    a: pkg('2024a-0+deb12u1'),
    b: pkg('2025b-0+deb12u1'),
    detail: { direction: 'upgrade' },
  },
  { scope: 'host', facet: 'kernel', key: 'release', kind: 'changed', a: '5.15.167', b: '6.1.109', detail: { direction: 'upgrade' } },
  { scope: 'host', facet: 'binfmt', key: 'qemu-aarch64', kind: 'removed', a: qemu },
  { scope: 'host', facet: 'binfmt', key: 'qemu-arm', kind: 'removed', a: { ...qemu, interpreter: '/usr/bin/qemu-arm-static' } },
  {
    scope: 'image:build',
    facet: 'libraries',
    key: 'libfuse3.so.4',
    kind: 'moved',
    a: ['/usr/lib/libfuse3.so.4'],
    b: ['/usr/lib64/libfuse3.so.4'],
  },
  { scope: 'image:build', facet: 'env', key: 'TERM', kind: 'changed', a: 'xterm', b: 'dumb' },
];

const BUILDX_LOG = [
  '#9 [linux/arm64 2/5] RUN mkdir -p /usr/apps/service-config',
  '#9 0.117 exec /bin/sh: exec format error',
  '#9 ERROR: process "/bin/sh -c mkdir -p /usr/apps/service-config" did not complete successfully: exit code: 1',
].join('\n');

describe('rankDifferences', () => {
  it('returns every difference once, ranked 1..n, scores in [0,1] and sorted, each with a reason', () => {
    const ranked = rankDifferences(DIFFERENCES, { log: parseBuildLog(BUILDX_LOG) });
    expect(ranked.map((d) => d.rank)).toEqual(DIFFERENCES.map((_, i) => i + 1));
    expect(new Set(ranked.map((d) => `${d.scope}/${d.facet}/${d.key}`)).size).toBe(DIFFERENCES.length);
    for (let i = 0; i < ranked.length; i++) {
      const d = ranked[i]!;
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(d.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
      expect(d.reasons.length).toBeGreaterThan(0);
      expect(d.summary.length).toBeGreaterThan(0);
    }
  });

  it('puts the binfmt handler the log needs first, quoting the line that says so', () => {
    const [first, second] = rankDifferences(DIFFERENCES, { log: parseBuildLog(BUILDX_LOG) });
    expect(first).toMatchObject({ facet: 'binfmt', key: 'qemu-aarch64', rank: 1 });
    const log = first!.reasons.find((r) => r.source === 'log')!;
    expect(log.signature).toBe('exec-format-error');
    expect(log.quote).toEqual({ number: 2, text: '#9 0.117 exec /bin/sh: exec format error' });
    expect(log.text).toMatch(
      /^binfmt handler qemu-aarch64 is missing on B; the log says `#9 0.117 exec \/bin\/sh: exec format error` \(line 2\): /,
    );
    expect(first!.reasons.some((r) => r.source === 'log' && /aarch64|arm64/.test(r.text) && r.quote?.number === 1)).toBe(true);
    // The other handler is missing too, but the log names arm64: it follows, lower.
    expect(second).toMatchObject({ facet: 'binfmt', key: 'qemu-arm' });
    expect(second!.score).toBeLessThan(first!.score);
  });

  it('ranks volatile facts last and says why', () => {
    const ranked = rankDifferences(DIFFERENCES, { log: parseBuildLog(BUILDX_LOG) });
    expect(
      ranked
        .slice(-2)
        .map((d) => d.key)
        .sort(),
    ).toEqual(['GITHUB_RUN_ID', 'host.name']);
    expect(ranked.at(-1)!.reasons.some((r) => r.source === 'rule' && /volatile/.test(r.text))).toBe(true);
  });

  it('without a log, ranks by prior and gives prior reasons', () => {
    const ranked = rankDifferences(DIFFERENCES);
    expect(ranked[0]!.facet).toMatch(/^(?:binfmt|libraries|kernel)$/);
    expect(ranked.every((d) => d.reasons.every((r) => r.source !== 'log'))).toBe(true);
    expect(ranked.every((d) => d.reasons.some((r) => r.source === 'prior'))).toBe(true);
  });

  it('is deterministic: input order does not change the output', () => {
    const log = parseBuildLog(BUILDX_LOG);
    const once = rankDifferences(DIFFERENCES, { log });
    const reversed = rankDifferences([...DIFFERENCES].reverse(), { log });
    const rotated = rankDifferences([...DIFFERENCES.slice(3), ...DIFFERENCES.slice(0, 3)], { log });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(once));
    expect(JSON.stringify(rotated)).toBe(JSON.stringify(once));
  });

  it('breaks score ties by scope, facet and key', () => {
    const twins: Difference[] = ['b', 'a', 'c'].map((k) => ({ scope: 'host', facet: 'custom', key: k, kind: 'added', b: 'x' }));
    expect(rankDifferences(twins).map((d) => d.key)).toEqual(['a', 'b', 'c']);
  });

  it('caps quoted lines and keeps the quoted token in view', () => {
    const long = `${'x'.repeat(400)} error while loading shared libraries: libfuse3.so.4: cannot open shared object file ${'y'.repeat(400)}`;
    const [first] = rankDifferences(DIFFERENCES, { log: parseBuildLog(long) });
    expect(first!.key).toBe('libfuse3.so.4');
    const reason = first!.reasons.find((r) => r.source === 'log')!;
    expect(reason.quote!.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(reason.text).toContain('libfuse3.so.4');
  });

  it('does not sanitise (renderers do), but strips ANSI colour for matching', () => {
    const [first] = rankDifferences(DIFFERENCES, { log: parseBuildLog('\x1b[31mexec /bin/sh: exec format error\x1b[0m (linux/arm64)') });
    expect(first!.key).toBe('qemu-aarch64');
  });

  it('quotes the most specific line: the one naming this difference', () => {
    const log = parseBuildLog(['\tlibfoo.so.1 => not found', '\tlibfuse3.so.4 => not found'].join('\n'));
    const [first] = rankDifferences(DIFFERENCES, { log });
    expect(first!.key).toBe('libfuse3.so.4');
    expect(first!.reasons[0]!.quote!.number).toBe(2);
  });

  it('handles an empty difference list and an empty log', () => {
    expect(rankDifferences([], { log: parseBuildLog('') })).toEqual([]);
    expect(rankDifferences(DIFFERENCES, { log: parseBuildLog('') })).toHaveLength(DIFFERENCES.length);
  });
});
