import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { HELP_KEYS } from '../../src/ui/components/HelpOverlay.js';
import { displayWidth } from '../../src/ui/text-layout.js';
import { exportReport } from '../../src/ui/export-report.js';
import { viewReport } from '../../src/ui/run.js';
import type { Comparison } from '../../src/compare/types.js';
import type { RankedDifference } from '../../src/rank/types.js';
import { makeComparison, SEED_DIFFERENCES } from './comparison-builder.js';
import { KEYS, renderTui, waitFor } from './render-helpers.js';

afterEach(() => cleanup());

const noExport = async () => {
  throw new Error('export not expected in this test');
};

function mount(comparison: Comparison = makeComparison(), onExport: (view: Comparison, description: string) => Promise<string> = noExport) {
  return renderTui(<App comparison={comparison} colour={false} onExport={onExport} />);
}

/** The list row of the given rank, if shown. */
function row(frame: string, rank: number): string | undefined {
  return frame.split('\n').find((line) => new RegExp(`^[› ] +${rank} [█░]{8} `).test(line));
}

function selectedRank(frame: string): number | undefined {
  const line = frame.split('\n').find((l) => /^› +\d+ /.test(l));
  return line ? Number(/^› +(\d+)/.exec(line)![1]) : undefined;
}

describe('ranked list', () => {
  test('header names both sides, capture dates and counts per scope and facet', async () => {
    const t = await mount();
    await t.resize(160, 24);
    const frame = t.frame();
    expect(frame).toContain('A works: laptop · dev-laptop · captured 2026-11-20 09:15 UTC · laptop.envdiff.json');
    expect(frame).toContain('B fails: ci-runner-7 · gha-runner-7 · captured 2026-11-21 02:03 UTC');
    expect(frame).toMatch(
      /6 differences · scopes: host 5, image:longhornio\/instance-manager:v1\.8\.0 1 · facets: kernel 1, binfmt 1, packages 1, libraries 2/,
    );
    expect(frame).toContain('1 noise hidden (score < 0.10)');
  });

  test('rows show rank, score bar, path, kind and summary; the selected row its top reason', async () => {
    const t = await mount();
    await t.resize(160, 24);
    const frame = t.frame();
    expect(row(frame, 1)).toMatch(/^› 1 ████████ 0\.94 .*libraries › libfuse3\.so\.4 +moved +moved \/usr\/lib\/x86_64-linux-gnu/);
    expect(row(frame, 3)).toMatch(/^ {2}3 █████░░░ 0\.62 host › kernel › release +changed ↓ downgrade 4\.4\.0-103-generic -> 4\.4\.0-98/);
    expect(row(frame, 4)).toMatch(/changed ↑ upgrade 2\.36-9\+deb12u7/);
    expect(frame).toContain(
      '↳ ldd could not find libfuse3.so.4, and B has it in a directory A did not use — line 212: libfuse3.so.4 => not found',
    );
    // Only the selected row carries a reason line.
    expect(frame.match(/↳/g)).toHaveLength(1);
    // The noise row (score 0.03) is hidden by default.
    expect(frame).not.toContain('mem_total');
  });

  test('j/k, arrows, g/G move the selection and the reason follows it', async () => {
    const t = await mount();
    await t.press('j');
    expect(selectedRank(t.frame())).toBe(2);
    expect(t.frame()).toContain('↳ emulation registrations decide');
    await t.press(KEYS.down, KEYS.down);
    expect(selectedRank(t.frame())).toBe(4);
    await t.press('k', KEYS.up);
    expect(selectedRank(t.frame())).toBe(2);
    await t.press('G');
    expect(selectedRank(t.frame())).toBe(5);
    await t.press('j'); // stays on the last row
    expect(selectedRank(t.frame())).toBe(5);
    expect(t.frame()).toContain('row 5 of 5');
    await t.press('g');
    expect(selectedRank(t.frame())).toBe(1);
  });

  test('10,000 differences: only the visible window is rendered; PgDn/PgUp and G page through', async () => {
    const t = await mount(makeComparison({ packageBumps: 10_000 }));
    const lines = t.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(t.frame()).toContain('showing 10005 of 10006');
    await t.press(KEYS.pageDown);
    const afterPage = selectedRank(t.frame())!;
    expect(afterPage).toBeGreaterThan(10);
    expect(row(t.frame(), 1)).toBeUndefined();
    await t.press(KEYS.pageUp);
    expect(selectedRank(t.frame())).toBe(1);
    await t.press('G');
    expect(selectedRank(t.frame())).toBe(10_006);
    expect(t.frame()).toContain('row 10005 of 10005');
  });
});

describe('filters', () => {
  test('/ filters by text as you type; Backspace widens; Enter keeps it', async () => {
    const t = await mount();
    await t.press('/');
    expect(t.frame()).toContain('type to filter');
    await t.type('qemu');
    expect(t.frame()).toContain('showing 1 of 6');
    expect(row(t.frame(), 2)).toContain('qemu-aarch64');
    expect(row(t.frame(), 1)).toBeUndefined();
    await t.type('x');
    expect(t.frame()).toContain('No difference matches this view.');
    await t.press(KEYS.backspace);
    expect(t.frame()).toContain('showing 1 of 6');
    await t.press(KEYS.enter);
    expect(t.frame()).toContain('filter "qemu"');
    expect(t.frame()).toContain('↑↓/jk move'); // back in list mode: keys navigate again
  });

  test('keys arriving in one chunk (fast typing, paste) are taken one by one', async () => {
    const t = await mount();
    await t.press('/qemu');
    expect(t.frame()).toContain('showing 1 of 6');
    await t.press(KEYS.enter, 'njj');
    expect(t.frame()).toContain('noise shown');
  });

  test('Esc while typing restores the previous filter', async () => {
    const t = await mount();
    await t.press('/');
    await t.type('kernel');
    await t.press(KEYS.enter);
    expect(t.frame()).toContain('showing 1 of 6');
    await t.press('/');
    await t.type('zzz');
    expect(t.frame()).toContain('No difference matches this view.');
    await t.press(KEYS.escape);
    expect(t.frame()).toContain('filter "kernel"');
    expect(t.frame()).toContain('showing 1 of 6');
  });

  test('f cycles facets, s cycles scopes, both back to all', async () => {
    const t = await mount();
    await t.press('f');
    expect(t.frame()).toContain('facet kernel');
    expect(t.frame()).toContain('showing 1 of 6');
    await t.press('f', 'f', 'f'); // binfmt, packages, libraries
    expect(t.frame()).toContain('facet libraries');
    expect(t.frame()).toContain('showing 2 of 6');
    await t.press('f'); // resources: its only row is noise
    expect(t.frame()).toContain('facet resources');
    expect(t.frame()).toContain('noise rows match but are hidden: press n');
    await t.press('f');
    expect(t.frame()).toContain('facet all');
    await t.press('s');
    expect(t.frame()).toContain('scope host');
    expect(t.frame()).toContain('showing 4 of 6');
    await t.press('s');
    expect(t.frame()).toContain('scope image:longhornio/instance-manager:v1.8.0');
    expect(t.frame()).toContain('showing 1 of 6');
    await t.press('s');
    expect(t.frame()).toContain('scope all');
  });

  test('n shows and hides noise rows (score below 0.10)', async () => {
    const t = await mount();
    await t.press('n');
    expect(t.frame()).toContain('noise shown (score < 0.10)');
    expect(row(t.frame(), 6)).toMatch(/host › resources › mem_total/);
    await t.press('n');
    expect(row(t.frame(), 6)).toBeUndefined();
  });
});

describe('detail pane', () => {
  test('Enter opens full A and B values, all reasons and the quoted log line; Enter closes', async () => {
    const t = await mount();
    await t.resize(100, 40);
    await t.press(KEYS.enter);
    const frame = t.frame();
    expect(frame).toContain('#1  image:longhornio/instance-manager:v1.8.0 › libraries › libfuse3.so.4');
    expect(frame).toMatch(/A \(works\) laptop · dev-laptop\n {2}\/usr\/lib\/x86_64-linux-gnu\/libfuse3\.so\.4/);
    expect(frame).toMatch(/B \(fails\) ci-runner-7 · gha-runner-7\n {2}\/usr\/lib64\/libfuse3\.so\.4/);
    expect(frame).toContain('• [log] ldd could not find libfuse3.so.4');
    expect(frame).toContain('build.log:212 │ ␉libfuse3.so.4 => not found');
    expect(frame).toContain('• [prior] a shared library that changed directory');
    await t.press(KEYS.enter);
    expect(t.frame()).not.toContain('B (fails)');
  });

  test('list values get a unified diff; ↓ in detail follows the selection', async () => {
    const t = await mount();
    await t.resize(100, 40);
    await t.press(KEYS.enter, 'G');
    const frame = t.frame();
    expect(frame).toContain('#5  host › libraries › ld.so.conf');
    expect(frame).toContain('Diff A → B');
    expect(frame).toMatch(
      /@@ -1,3 \+1,3 @@\n {3}\/usr\/local\/lib\n {2}-\/usr\/lib\/x86_64-linux-gnu\n {2}-\/lib\/x86_64-linux-gnu\n {2}\+\/usr\/lib64\n {2}\+\/lib64/,
    );
  });

  test('object values list their fields; PgDn scrolls a long detail, Esc closes it', async () => {
    const t = await mount(); // 24 rows: the binfmt detail does not fit
    await t.press('j', KEYS.enter);
    expect(t.frame()).toContain('interpreter: /usr/bin/qemu-aarch64-static');
    expect(t.frame()).toMatch(/↓ \d+ more · PgUp\/PgDn scroll the detail/);
    await t.press(KEYS.pageDown, KEYS.pageDown, KEYS.pageDown, KEYS.pageDown);
    expect(t.frame()).toContain('• [prior] emulation registrations');
    expect(t.frame()).toMatch(/↑ \d+ above · end/);
    expect(t.frame()).toMatch(/↑ \d+ above/);
    await t.press(KEYS.escape);
    expect(t.frame()).not.toContain('B (fails)');
    expect(t.frame()).toContain('↑↓/jk move'); // Esc closed the detail, it did not quit
  });
});

describe('help, quit, empty states', () => {
  test('? toggles the help overlay with every key and the noise threshold', async () => {
    const t = await mount();
    await t.press('?');
    const frame = t.frame();
    for (const key of ['PgUp PgDn', 'g  G', 'Enter', '/', 'f', 's', 'n', 'e', 'q  Esc']) expect(frame).toContain(`  ${key}`);
    expect(frame).toContain('differences scoring below 0.10');
    await t.press('?');
    expect(t.frame()).toContain('↳ ldd could not find');
    await t.press('?', KEYS.escape);
    expect(t.frame()).not.toContain('this help');
  });

  test('q quits (the app unmounts)', async () => {
    const t = await mount();
    await t.press('q');
    const frames = t.frames.length;
    await t.press('j');
    expect(t.frames.length).toBe(frames);
  });

  test('identical fingerprints say so', async () => {
    const t = await mount(makeComparison({ differences: [] }));
    expect(t.frame()).toContain('The two fingerprints are identical');
    expect(t.frame()).toContain('0 differences');
  });

  test('only noise: says how to show it', async () => {
    const t = await mount(makeComparison({ differences: [SEED_DIFFERENCES[5]!] }));
    expect(t.frame()).toContain('All 1 differences here are noise (score < 0.10).');
    await t.press('n');
    expect(row(t.frame(), 6)).toContain('mem_total');
  });
});

describe('terminal size', () => {
  test('follows resize: rows stay within the width, more rows when taller', async () => {
    const t = await mount(makeComparison({ packageBumps: 100 }));
    await t.resize(60, 40);
    const narrow = t.frame().split('\n');
    for (const line of narrow) expect([...line].length).toBeLessThanOrEqual(60);
    expect(narrow.filter((l) => /^[› ] +\d+ [█░]{8}/.test(l)).length).toBeGreaterThan(25);
    await t.resize(140, 15);
    const wide = t.frame().split('\n');
    expect(wide.length).toBeLessThanOrEqual(15);
    expect(wide.some((l) => [...l].length > 100)).toBe(true);
  });
});

describe('export', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('e writes the current view as Markdown to a new file and says where', async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-tui-'));
    await writeFile(join(dir, 'envdiff-report-7.md'), 'keep me\n');
    const t = await mount(makeComparison(), (view, description) => exportReport(viewReport(view, description), dir));
    await t.press('f', 'f', 'f', 'f'); // facet libraries: 2 rows
    await t.press('e');
    const first = join(dir, 'envdiff-report-8.md');
    await waitFor(() => t.frame().includes(`exported 2 differences to ${first}`), 'the export status line');
    const markdown = await readFile(first, 'utf8');
    expect(markdown).toContain('> envdiff view: 2 of 6 differences · facet libraries · noise hidden (score &lt; 0.10)');
    expect(markdown).toContain('libfuse3.so.4');
    expect(markdown).toContain('ld.so.conf');
    expect(markdown).not.toContain('qemu-aarch64');
    await t.press('e');
    await waitFor(() => t.frame().includes('envdiff-report-9.md'), 'the second export');
    expect(await readFile(join(dir, 'envdiff-report-7.md'), 'utf8')).toBe('keep me\n');
    expect((await readdir(dir)).sort()).toEqual(['envdiff-report-7.md', 'envdiff-report-8.md', 'envdiff-report-9.md']);
  });

  test('a failed export shows the reason and the UI keeps working', async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-tui-'));
    const missing = join(dir, 'gone');
    const t = await mount(makeComparison(), (view, description) => exportReport(viewReport(view, description), missing));
    await t.press('e');
    await waitFor(() => t.frame().includes('export failed: cannot list'), 'the failure status line');
    await t.press('j');
    expect(selectedRank(t.frame())).toBe(2);
  });
});

describe('sanitisation', () => {
  const HOSTILE = 'evil\u001b]0;pwned\u0007\u001b[2Jtail';
  const hostile: RankedDifference = {
    rank: 1,
    score: 0.9,
    scope: 'host',
    facet: 'env',
    key: `BAD${HOSTILE}`,
    kind: 'changed',
    a: `safe\n${HOSTILE}`,
    b: [HOSTILE, 'x\u009b31m'],
    summary: `summary ${HOSTILE}`,
    reasons: [{ source: 'log', text: `reason ${HOSTILE}`, quote: { number: 3, text: `quote ${HOSTILE}` } }],
  };
  const comparison: Comparison = {
    ...makeComparison({ differences: [hostile] }),
    a: { file: `a${HOSTILE}.json`, label: `lab${HOSTILE}`, hostname: `h${HOSTILE}`, capturedAt: `when${HOSTILE}`, scopes: ['host'] },
  };

  test('escape sequences in every captured string are shown, never sent to the terminal', async () => {
    const t = await mount(comparison);
    await t.resize(200, 50);
    await t.press(KEYS.enter);
    await t.press('/');
    await t.type('bad');
    const frame = t.frame();
    expect(frame).toContain('BADevil␛]0;pwned␇␛[2Jtail');
    expect(frame).toContain('summary evil␛]0;pwned␇␛[2Jtail');
    expect(frame).toContain('  evil␛]0;pwned␇␛[2Jtail'); // A's second line and B's first member
    expect(frame).toContain('x\\u009b31m');
    expect(frame).toContain('quote evil␛]0;pwned␇');
    expect(frame).toContain('A works: labevil␛]0;pwned␇␛[2Jtail · hevil␛]0;pwned');
    // No frame ever written contains a raw ESC, BEL or C1 CSI (colour is off here).
    for (const written of t.frames) expect(written).not.toMatch(/[\u001b\u0007\u009b]/);
  });
});

describe('issue 14 point 12: 80x24 and 200x50', () => {
  const images = makeComparison({
    differences: ['image:envdiff-test/debian:bookworm', 'image:envdiff-test/busybox:latest'].map((scope, i) => ({
      ...SEED_DIFFERENCES[0]!,
      rank: i + 1,
      scope,
      facet: 'libc',
      key: 'version',
      summary: 'changed 2.36 -> 2.31',
    })),
  });

  test('80x24: image rows stay distinct, the footer keeps "? help · q quit", no line wider than 80', async () => {
    const t = await mount(images);
    await t.resize(80, 24);
    const frame = t.frame();
    expect(row(frame, 1)).toContain('bookworm › libc › version');
    expect(row(frame, 2)).toContain('latest › libc › version');
    const lines = frame.split('\n');
    expect(lines.at(-1)).toMatch(/\? help · q quit$/);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  test('one scope in the whole comparison: rows leave it out (the header names it)', async () => {
    const one = makeComparison({ differences: SEED_DIFFERENCES.filter((d) => d.scope === 'host') });
    const t = await mount(one);
    await t.resize(80, 24);
    expect(t.frame()).toMatch(/^› +\d+ [█░]{8} \d\.\d\d (kernel|binfmt|packages|libraries) › /m);
    expect(t.frame()).not.toMatch(/^[› ] +\d+ [█░]{8} \d\.\d\d host › /m);
    expect(t.frame()).toContain('scopes: host');
  });

  test('80x24: help lines wrap, never cut; every key listed', async () => {
    const t = await mount();
    await t.resize(80, 24);
    await t.press('?');
    const frame = t.frame();
    expect(frame).toContain('export the current view as Markdown');
    expect(frame).toMatch(/directory\)/);
    for (const [key] of HELP_KEYS) expect(frame).toContain(key);
    const help = frame.slice(frame.indexOf('Keys —'), frame.indexOf('press ? or Esc to close'));
    expect(help).not.toContain('…');
  });

  test('80x24 with two differences: the detail pane gets the rows the list does not need', async () => {
    const t = await mount(makeComparison({ differences: SEED_DIFFERENCES.slice(0, 2) }));
    await t.resize(80, 24);
    await t.press(KEYS.enter);
    const lines = t.frame().split('\n');
    // the pane runs down to the status line: no rows kept empty for a list of two
    const status = lines.findIndex((l) => l.startsWith('row 1 of 2'));
    expect(lines[status - 1]).toMatch(/more · PgUp\/PgDn scroll the detail|end/);
    expect(lines.slice(0, status).filter((l) => l.trim() === '').length).toBeLessThanOrEqual(3);
  });

  test('200x50: an open detail pane leaves no run of blank lines; the list takes the room', async () => {
    const t = await mount(makeComparison({ packageBumps: 40 }));
    await t.resize(200, 50);
    await t.press(KEYS.enter);
    const lines = t.frame().split('\n');
    let run = 0;
    let longest = 0;
    for (const line of lines) {
      run = line.trim() === '' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(2);
    expect(lines.filter((l) => /^[› ] +\d+ [█░]{8} /.test(l)).length).toBeGreaterThan(10);
  });
});
