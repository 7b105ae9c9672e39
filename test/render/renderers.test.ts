import { describe, expect, it } from 'vitest';
import { COMPARISON_SCHEMA, jsonReport, renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import type { Comparison } from '../../src/compare/types.js';
import type { RankedDifference } from '../../src/rank/types.js';

const hostile = '\x1b]0;pwned\x07\x1b[2J<script>|x|';

function comparison(differences: RankedDifference[]): Comparison {
  return {
    a: { file: 'a.json', label: 'laptop', hostname: 'dev', capturedAt: '2026-01-01T00:00:00Z', scopes: ['host'] },
    b: { file: 'b.json', hostname: `ci${hostile}`, capturedAt: '2026-01-02T00:00:00Z', scopes: ['host', 'image:build'] },
    log: { file: 'build.log', lines: 120 },
    pairs: [{ label: 'host', a: 'host', b: 'host', by: 'name' }],
    unpaired: [],
    notCompared: [],
    differences,
  };
}

const binfmt: RankedDifference = {
  scope: 'host',
  facet: 'binfmt',
  key: 'qemu-aarch64',
  kind: 'removed',
  a: { enabled: true, interpreter: '/usr/bin/qemu-aarch64-static', flags: 'F' },
  rank: 1,
  score: 0.934,
  summary: 'removed (was enabled, /usr/bin/qemu-aarch64-static)',
  reasons: [
    {
      source: 'log',
      signature: 'exec-format-error',
      text: 'the build failed with "exec format error"',
      quote: { number: 42, text: 'exec /bin/sh: exec format error' },
    },
    { source: 'prior', text: 'binfmt registrations decide whether foreign binaries run' },
  ],
};
const hostname: RankedDifference = {
  scope: 'host',
  facet: 'env',
  key: 'HOSTNAME',
  kind: 'changed',
  a: 'laptop',
  b: hostile,
  detail: { volatile: true },
  rank: 2,
  score: 0.01,
  summary: `laptop -> ${hostile}`,
  reasons: [{ source: 'prior', text: `hostnames rarely matter ${hostile}`, quote: { number: 7, text: `echo ${hostile}` } }],
};

describe('renderText', () => {
  const text = renderText(comparison([binfmt, hostname]), { all: true });
  it('lists rank, score, location, summary, reasons and quoted log lines', () => {
    expect(text).toContain('envdiff: 1 difference (+1 volatile shown)');
    expect(text).toContain('1. 0.93  host › binfmt › qemu-aarch64');
    expect(text).toContain('removed (was enabled, /usr/bin/qemu-aarch64-static)');
    expect(text).toContain('- log: the build failed with "exec format error"');
    expect(text).toContain('line 42: exec /bin/sh: exec format error');
    expect(text).toContain('host › env › HOSTNAME  [volatile]');
    expect(text).toContain('log: build.log (120 lines)');
  });
  it('never lets a control character through', () => {
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('␛]0;pwned␇');
  });
  it('says so when there are no differences', () => {
    expect(renderText(comparison([]))).toMatch(/^envdiff: no meaningful differences\n/);
  });
  it('hides volatile differences unless --all, and says how many', () => {
    const hidden = renderText(comparison([hostname]));
    expect(hidden).toMatch(/^envdiff: no meaningful differences \(1 volatile hidden; --all shows them\)\n/);
    expect(hidden).not.toContain('HOSTNAME');
    expect(renderText(comparison([hostname]), { all: true })).toContain('host › env › HOSTNAME  [volatile]');
  });
  it('colours only when asked', () => {
    expect(renderText(comparison([binfmt]))).not.toContain('\u001b[');
    const coloured = renderText(comparison([binfmt]), { colour: true });
    expect(coloured).toContain('\u001b[31m');
    // colour never lets a captured escape through: only our own SGR sequences remain
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\u001b/);
  });
  it('renders 300k differences (a capped fingerprint holds up to 300k keys) without overflowing the stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i): RankedDifference => ({ ...binfmt, key: `lib${i}`, rank: i + 1, reasons: [] }));
    const lines = renderText(comparison(many)).split('\n');
    expect(lines).toContain('300000. 0.93  host › binfmt › lib299999');
    expect(lines).toContain('     1. 0.93  host › binfmt › lib0');
  });

  it('names unpaired scopes in one line and lists facets not compared', () => {
    const c = comparison([binfmt]);
    c.unpaired = [{ side: 'a', scope: 'container:keen_thompson', facts: 420 }];
    c.notCompared = [
      { scope: 'host', facet: 'cpu', a: 'ok', b: 'skipped' },
      { scope: 'host', facet: 'env', a: 'ok', b: 'skipped' },
    ];
    const out = renderText(c);
    expect(out).toContain('warning: scope container:keen_thompson only on A (420 facts)');
    expect(out).toContain('not compared: cpu, env (host: B skipped)');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(comparison([binfmt, hostname]), { all: true });
  it('has a table of the top differences and details', () => {
    expect(md).toContain('| # | score | difference | change | why |');
    expect(md).toContain('| 1 | 0.93 | host › binfmt › qemu-aarch64 |');
    expect(md).toContain('> line 42: exec /bin/sh: exec format error');
    expect(md).toContain('<details><summary>Reasons</summary>');
  });
  it('escapes markup and neutralises escapes inside values', () => {
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;\\|x\\|');
    // every table row still has exactly 6 unescaped pipes
    for (const row of md.split('\n').filter((l) => l.startsWith('| 2 |'))) expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  });
  it('limits the table to the top N and says how many are hidden', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ ...binfmt, key: `k${i}`, rank: i + 1 }));
    const out = renderMarkdown(comparison(many), { top: 10 });
    expect(out.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(10);
    expect(out).toContain('5 more differences not shown');
  });
});

describe('renderJson', () => {
  const doc = JSON.parse(renderJson(comparison([binfmt, hostname])));
  it('is the documented envdiff.comparison/v1 shape', () => {
    expect(doc.schema).toBe(COMPARISON_SCHEMA);
    expect(Object.keys(doc)).toEqual(['schema', 'tool', 'sides', 'log', 'counts', 'pairs', 'unpaired', 'notCompared', 'differences']);
    expect(doc.sides.b.label).toBeNull();
    expect(doc.counts).toEqual({ differences: 2, volatile: 1, meaningful: 1 });
    expect(doc.pairs).toEqual([{ scope: 'host', a: 'host', b: 'host', by: 'name' }]);
    expect(Object.keys(doc.differences[0])).toEqual([
      'rank',
      'score',
      'scope',
      'facet',
      'key',
      'kind',
      'summary',
      'a',
      'b',
      'detail',
      'reasons',
    ]);
    expect(doc.differences[0]).toMatchObject({ rank: 1, score: 0.934, kind: 'removed', b: null });
    expect(doc.differences[0].reasons[0]).toEqual({
      source: 'log',
      text: 'the build failed with "exec format error"',
      signature: 'exec-format-error',
      quote: { number: 42, text: 'exec /bin/sh: exec format error' },
    });
  });
  it('is written in pieces exactly as JSON.stringify(doc, null, 2) writes the whole', () => {
    const multiline: RankedDifference = { ...binfmt, key: 'a\nb', b: { nested: ['x\n', { y: '\u2028›' }] }, summary: 'line\nbreak' };
    for (const differences of [[], [binfmt], [binfmt, hostname, multiline]]) {
      const text = renderJson(comparison(differences));
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect([...jsonReport(comparison(differences))].length).toBe(differences.length === 0 ? 1 : differences.length + 2);
    }
  });
  it('keeps raw values (JSON escaping makes them safe)', () => {
    expect(doc.differences[1].b).toBe(hostile);
    expect(renderJson(comparison([hostname]))).not.toContain('\x1b');
  });
});
