import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/types.js';
import type { RankedDifference } from '../../src/rank/types.js';
import {
  escapeData,
  escapeProperty,
  GITHUB_ANNOTATION_LIMIT,
  GITHUB_SUMMARY_LIMIT,
  renderGithub,
  renderGithubLog,
} from '../../src/render/github.js';
import { gateStatus, verdictLine } from '../../src/render/verdict.js';
import { prng } from '../helpers/prng.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist/bin.js');
const seed = (name: string, file: string) => join(ROOT, 'snapshots', name, file);
// GitHub renders job summaries as GFM with a sanitised subset of HTML (details/summary kept).
const markdown = new MarkdownIt({ html: true });

/** Each table's rows as arrays of cell texts, from markdown-it's token stream. */
function tables(md: string): string[][][] {
  const out: string[][][] = [];
  let row: string[] | undefined;
  let inCell = false;
  for (const t of markdown.parse(md, {})) {
    if (t.type === 'table_open') out.push([]);
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) out.at(-1)!.push(row);
    else if (t.type === 'th_open' || t.type === 'td_open') inCell = true;
    else if (t.type === 'th_close' || t.type === 'td_close') inCell = false;
    else if (t.type === 'inline' && inCell) row!.push(t.content);
  }
  return out;
}

function difference(rank: number, over: Partial<RankedDifference> = {}): RankedDifference {
  return {
    scope: 'host',
    facet: 'packages',
    key: `pkg-${rank}`,
    kind: 'changed',
    a: '1.0-1',
    b: '1.1-1',
    rank,
    score: Math.max(0, 0.9 - rank / 20000),
    summary: 'upgrade 1.0-1 -> 1.1-1',
    reasons: [{ source: 'prior', text: 'a package version changed between the runners' }],
    ...over,
  };
}

function comparison(differences: RankedDifference[]): Comparison {
  return {
    a: { file: 'a.json', hostname: 'laptop', capturedAt: '2026-01-01T00:00:00Z', scopes: ['host'] },
    b: { file: 'b.json', hostname: 'runner', capturedAt: '2026-01-02T00:00:00Z', scopes: ['host'] },
    log: { file: 'build.log', lines: 10 },
    pairs: [],
    unpaired: [],
    notCompared: [],
    differences,
  };
}

describe('workflow command escaping (GitHub toCommandValue / escapeProperty)', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['title: x, y', 'title: x, y', 'title%3A x%2C y'],
    ['%0A', '%250A', '%250A'],
  ])('%j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});

describe('--format github on the binfmt seed', () => {
  it('says the verdict first, one ::error with the top cause, and a summary whose table is a table', async () => {
    const c = await compareFiles({ a: seed('binfmt', 'a.json'), b: seed('binfmt', 'b.json'), log: seed('binfmt', 'build.log') });
    const report = renderGithub(c);
    // The score is the calibrated one (src/rank/calibrate.ts, refitted as the model changes): pin its band, not its digits.
    expect(report.verdict).toMatch(/^Most likely: host › binfmt › qemu-aarch64 — missing on B \(0\.9\d\)$/);
    expect(report.annotations).toHaveLength(1);
    expect(report.annotations[0]).toMatch(
      /^::error title=envdiff%3A most likely cause::Most likely: host › binfmt › qemu-aarch64 — missing on B \(0\.9\d\)\. .*exec format error/,
    );
    expect(report.summary.split('\n').find((l) => l.startsWith('**'))).toBe(`**${report.verdict}**`);
    const [table] = tables(report.summary);
    expect(table?.[0]).toEqual(['#', 'score', 'difference', 'change', 'why']);
    expect(table?.[1]?.slice(0, 3)).toEqual(['1', expect.stringMatching(/^0\.9\d$/), 'host › binfmt › qemu-aarch64']);
    expect(markdown.render(report.summary)).toContain('<blockquote>\n<p>line 3: exec /bin/uname: exec format error</p>');
  });
});

describe('hostile captured values', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '| x | y |',
    '[click](javascript:alert(1))',
    'line\n::error::injected\n| fake | row |',
    '</details><details open>',
    '\x1b]0;title\x07\x1b[2J',
  ];
  const differences = hostile.map((h, i) =>
    difference(i + 1, { key: h, summary: `changed ${h}`, reasons: [{ source: 'log', text: h, quote: { number: i, text: h } }] }),
  );
  const report = renderGithub(comparison(differences), { top: 3 });

  it('never escapes a cell, a table or the summary', () => {
    const html = markdown.render(report.summary);
    expect(html).not.toMatch(/<script|<img|<a |href=|<\/?details open|\x1b|\x07/);
    const [top, rest] = tables(report.summary);
    expect(top).toHaveLength(1 + 3);
    expect(rest).toHaveLength(1 + hostile.length - 3);
    for (const row of top!) expect(row).toHaveLength(5);
    for (const row of rest!) expect(row).toHaveLength(4);
    // Every details block still closes: as many closing tags as opening ones.
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
  });

  it('keeps every annotation on one line, without a command of its own', () => {
    const log = renderGithubLog(report, 'tok123', true);
    const commands = log.split('\n').filter((l) => l.startsWith('::'));
    // the annotations, then the summary fenced by stop-commands
    expect(commands.slice(-2)).toEqual(['::stop-commands::tok123', '::tok123::']);
    for (const a of report.annotations) expect(a).not.toMatch(/[\r\n]/);
    const inside = log.slice(log.indexOf('::stop-commands::tok123'), log.indexOf('::tok123::'));
    expect(inside).toContain('::error::injected'); // inert: the runner ignores commands until the token
  });
});

describe('size: a 10k-difference report', () => {
  const random = prng(13);
  const many = Array.from({ length: 10_000 }, (_, i) =>
    difference(i + 1, {
      key: `lib${i}-${Math.floor(random() * 1e9).toString(36)}.so.${i % 7}`,
      summary: `moved /usr/lib/x86_64-linux-gnu/${'deep/'.repeat(5 + (i % 20))} -> /usr/lib64`,
      reasons: [
        { source: 'log', text: `the log names lib${i} ${'and its dependants '.repeat(8)}`, quote: { number: i, text: 'x'.repeat(300) } },
        { source: 'prior', text: 'a shared library that moved breaks programs linked to it' },
      ],
    }),
  );
  const c = comparison(many);

  it(`stays within GitHub's 1 MiB, cut by rank, and says so`, () => {
    const report = renderGithub(c, { top: 10, reportPath: 'envdiff-report.md' });
    const bytes = Buffer.byteLength(report.summary);
    console.log(`10k differences: summary ${bytes} bytes (limit ${GITHUB_SUMMARY_LIMIT}), ${report.omitted} left out`);
    expect(bytes).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT);
    expect(bytes).toBeGreaterThan(GITHUB_SUMMARY_LIMIT * 0.9);
    expect(report.omitted).toBeGreaterThan(0);
    expect(report.summary).toContain(`_${report.omitted} lower-ranked differences left out: GitHub limits a job summary to 1 MiB`);
    const [top, rest] = tables(report.summary);
    expect(top).toHaveLength(11);
    // Cut by rank: the rows kept are ranks 11.. in order, with none skipped.
    const ranks = rest!.slice(1).map((r) => Number(r[0]));
    expect(ranks[0]).toBe(11);
    expect(ranks.at(-1)).toBe(10 + ranks.length);
    expect(10 + ranks.length + report.omitted).toBe(10_000);
    expect(report.annotations.length).toBeLessThanOrEqual(GITHUB_ANNOTATION_LIMIT);
    expect(report.annotations.length).toBe(GITHUB_ANNOTATION_LIMIT);
  });

  it('fits what is left when the summary file already has content', () => {
    const report = renderGithub(c, { maxBytes: 50_000 });
    expect(Buffer.byteLength(report.summary)).toBeLessThanOrEqual(50_000);
    expect(report.omitted).toBeGreaterThan(9_000);
  });
});

describe('verdict and --fail-on gate', () => {
  const volatile = difference(1, { facet: 'env', key: 'HOSTNAME', score: 0.99, detail: { volatile: true } });
  it.each([
    [[], 0.5, 0, /^No differences/],
    [[volatile], 0.5, 0, /^Nothing likely: only 1 volatile difference/],
    [[volatile, difference(2, { score: 0.7 })], 0.5, 1, /^Most likely: host › packages › pkg-2 — upgrade 1\.0-1 -> 1\.1-1 \(0\.70\)$/],
    [[difference(1, { score: 0.3, kind: 'added', summary: 'added' })], 0.5, 0, /— only on B \(0\.30\)$/],
  ])('%#', (diffs, failOn, status, verdict) => {
    const c = comparison(diffs as RankedDifference[]);
    expect(gateStatus(c, failOn)).toBe(status);
    expect(verdictLine(c)).toMatch(verdict);
  });
});

function envdiff(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')));
    execFile(process.execPath, [BIN, ...args], { env: { ...clean, NO_COLOR: '1', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('compare command: CI flags (built CLI)', () => {
  let dir: string;
  const binfmt = [seed('binfmt', 'a.json'), seed('binfmt', 'b.json'), '--log', seed('binfmt', 'build.log')];
  const kernel = [seed('kernel', 'a.json'), seed('kernel', 'b.json'), '--log', seed('kernel', 'build.log')];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-github-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('-q prints the verdict line only', async () => {
    const r = await envdiff(['compare', ...binfmt, '-q']);
    expect(r.stdout).toMatch(/^Most likely: host › binfmt › qemu-aarch64 — missing on B \(0\.9\d\)\n$/);
    expect(r.code).toBe(1);
  });

  it('--fail-on gates on the top score (kernel below 0.9, binfmt above)', async () => {
    expect((await envdiff(['compare', ...kernel, '-q', '--fail-on', '0.9'])).code).toBe(0);
    expect((await envdiff(['compare', ...binfmt, '-q', '--fail-on', '0.9'])).code).toBe(1);
    const bad = await envdiff(['compare', ...binfmt, '--fail-on', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^envdiff: .*score from 0 to 1/);
  });

  it('chooses github on a GitHub Actions runner and appends the summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'step_summary');
    await writeFile(summary, '# Build\n\n');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    const r = await envdiff(['compare', ...binfmt, '--summary'], env);
    expect(r.stdout.split('\n')[0]).toMatch(/^Most likely: host › binfmt › qemu-aarch64 — missing on B \(0\.9\d\)$/);
    expect(r.stdout.split('\n')[1]).toMatch(/^::error title=envdiff%3A most likely cause::/);
    expect(r.stdout).not.toContain('| # |'); // the summary went to the file
    await envdiff(['compare', ...kernel, '--summary'], env);
    const text = await readFile(summary, 'utf8');
    expect(text.startsWith('# Build\n\n### envdiff: 1 difference')).toBe(true);
    expect(text).toContain('**Most likely: host › kernel › release');
    expect(tables(text)).toHaveLength(2);
  });

  it('--summary without a file outside GitHub Actions is one clear line', async () => {
    const r = await envdiff(['compare', ...binfmt, '--summary']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^envdiff: --summary without a file needs \$GITHUB_STEP_SUMMARY/);
  });
});
