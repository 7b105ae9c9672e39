/**
 * The built `envdiff compare` in a real terminal (tmux): it must open the TUI
 * on a TTY, answer keys, never let captured escape sequences act on the
 * terminal, export a report, and exit 1 (differences) on q.
 */
import { access, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { TmuxSession } from './tmux.js';
import { writeFingerprintPair } from './fingerprint-pair.js';

const BIN = resolve('dist/bin.js');

let dir: string;
let session: TmuxSession | undefined;

beforeAll(async () => {
  await access(BIN).catch(() => {
    throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
  });
});

afterEach(async () => {
  await session?.kill();
  session = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Runs compare in tmux; after it exits, prints its status and waits to be read.
 * With `pipeLog` the build log comes on stdin (`--log -`), so keys must come from /dev/tty.
 */
async function openCompare(env: string, options: { pipeLog?: boolean } = {}): Promise<TmuxSession> {
  dir = await mkdtemp(join(tmpdir(), 'envdiff-e2e-'));
  const files = await writeFingerprintPair(dir);
  const tmux = new TmuxSession();
  session = tmux;
  const compare = `env -u NO_COLOR -u FORCE_COLOR -u NODE_ENV ${env} node ${BIN} compare ${files.a} ${files.b}`;
  const run = options.pipeLog ? `cat ${files.log} | ${compare} --log -` : `${compare} --log ${files.log}`;
  const command = `${run}; echo ENVDIFF_EXIT=$?; sleep 600`;
  await tmux.start(command, { cwd: dir, width: 120, height: 40 });
  await tmux.waitFor((s) => s.includes('A works:') && s.includes('↑↓/jk move'), 'the first frame');
  return tmux;
}

describe('envdiff compare in a real terminal', () => {
  test('list, filter, detail, help, export and quit', async () => {
    const tmux = await openCompare('');
    let screen = await tmux.screen();
    expect(screen).toContain('A works: laptop · dev-laptop · captured 2026-11-20 09:15 UTC');
    expect(screen).toContain('B fails: ci-runner-7 · gha-runner-7 · captured 2026-11-21 02:03 UTC');
    expect(screen).toMatch(/› +1 [█░]{8} \d\.\d\d /);
    expect(screen).toContain('libfuse3.so.4');
    // The frame fits the terminal: no line is wider than 120 columns, at most 40 lines.
    expect(screen.split('\n').length).toBeLessThanOrEqual(41);

    await tmux.keys('/');
    await tmux.text('libfuse');
    await tmux.keys('Enter');
    screen = await tmux.waitFor((s) => s.includes('filter "libfuse"'), 'the filter');
    expect(screen).toMatch(/showing 1 of \d+/);
    expect(screen).toMatch(/› +\d+ [█░]{8} .*libraries › libfuse3\.so\.4 +moved/);

    await tmux.keys('Enter');
    screen = await tmux.waitFor((s) => s.includes('B (fails)'), 'the detail pane');
    expect(screen).toContain('  /usr/lib/x86_64-linux-gnu/libfuse3.so.4');
    expect(screen).toContain('  /usr/lib64/libfuse3.so.4');
    expect(screen).toContain('Why it ranks here');
    await tmux.keys('Enter');
    await tmux.waitFor((s) => !s.includes('B (fails)'), 'the detail to close');

    await tmux.keys('?');
    await tmux.waitFor((s) => s.includes('differences scoring below 0.10'), 'the help overlay');
    await tmux.keys('Escape');
    await tmux.waitFor((s) => s.includes('filter "libfuse"'), 'the help to close');

    await tmux.keys('e');
    screen = await tmux.waitFor((s) => s.includes('exported 1 difference to'), 'the export status');
    expect(screen).toContain(join(dir, 'envdiff-report-1.md'));
    expect(await readFile(join(dir, 'envdiff-report-1.md'), 'utf8')).toContain('libfuse3.so.4');

    await tmux.keys('q');
    screen = await tmux.waitFor((s) => s.includes('ENVDIFF_EXIT='), 'envdiff to exit');
    expect(screen).toContain('ENVDIFF_EXIT=1');
    // The alternate screen was left: the TUI's frame is gone from the terminal.
    expect(screen).not.toContain('A works:');
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('a captured value with escape sequences is shown, not obeyed', async () => {
    const tmux = await openCompare('');
    await tmux.keys('/');
    await tmux.text('BUILD_TAG');
    await tmux.keys('Enter', 'n', 'Enter');
    const screen = await tmux.waitFor((s) => s.includes('B (fails)'), 'the BUILD_TAG detail');
    expect(screen).toContain('x␛]0;pwned␇␛[2Jy');
    // An obeyed OSC 0 would have renamed the pane, an obeyed ESC[2J blanked the header.
    expect(await tmux.title()).not.toContain('pwned');
    expect(screen).toContain('A works:');
  });

  test('follows a real window resize', async () => {
    const tmux = await openCompare('');
    await tmux.resize(70, 20);
    const screen = await tmux.waitFor(
      (s) => s.includes('A works:') && s.split('\n').some((l) => l.startsWith('↑↓/jk move') && l.trimEnd().endsWith('? help · q quit')),
      'the narrow frame',
    );
    const lines = screen.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(70);
    expect(lines.filter((l) => /^[› ] +\d+ [█░]{8}/.test(l)).length).toBeGreaterThan(0);
    await tmux.resize(120, 40);
    await tmux.waitFor((s) => s.split('\n').some((l) => l.includes('? help · q quit')), 'the wide frame again');
  });

  test('with the build log on stdin, keys come from the terminal', async () => {
    const tmux = await openCompare('', { pipeLog: true });
    await tmux.keys('j');
    await tmux.waitFor((s) => /^› +2 /m.test(s), 'the selection to move');
    await tmux.keys('q');
    const screen = await tmux.waitFor((s) => s.includes('ENVDIFF_EXIT='), 'envdiff to exit');
    expect(screen).toContain('ENVDIFF_EXIT=1');
  });

  test('colours by default, none with NO_COLOR (the selection stays visible)', async () => {
    const coloured = await openCompare('');
    const withColour = await coloured.screen({ escapes: true });
    expect(withColour).toMatch(/\u001b\[[0-9;]*(3[1-7]|9[0-7]|38;5;\d+)m/);
    await coloured.kill();

    const plain = await openCompare('NO_COLOR=1');
    const withoutColour = await plain.screen({ escapes: true });
    expect(withoutColour).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7]|4[0-7]|38;5;\d+|38;2;[\d;]+)m/);
    expect(withoutColour).toMatch(/› +1 /);
  });
});

describe('issue 14 point 12 in a real terminal: 80x24, then 200x50', () => {
  test('host + an image scope: distinct scopes, help/quit always shown, the space used', async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-e2e-'));
    const files = await writeFingerprintPair(dir);
    const tmux = new TmuxSession();
    session = tmux;
    const command = `env -u NO_COLOR -u FORCE_COLOR -u NODE_ENV node ${BIN} compare ${files.a} ${files.b} --log ${files.log}; echo ENVDIFF_EXIT=$?; sleep 600`;
    await tmux.start(command, { cwd: dir, width: 80, height: 24 });
    let screen = await tmux.waitFor((s) => s.includes('A works:') && s.includes('? help · q quit'), 'the first frame at 80x24');
    const lines = screen.split('\n');
    // host rows and image rows are told apart: the image's distinctive end, not `imag…`
    expect(lines.some((l) => /^[› ] +\d+ [█░]{8} \d\.\d\d host › /.test(l))).toBe(true);
    expect(lines.some((l) => /^[› ] +\d+ [█░]{8} \d\.\d\d …\S*v1\.8\.0 › /.test(l))).toBe(true);
    expect(lines.find((l) => l.includes('? help'))).toMatch(/\? help · q quit\s*$/);

    await tmux.resize(200, 50);
    await tmux.keys('Enter');
    screen = await tmux.waitFor((s) => s.includes('Why it ranks here'), 'the detail pane at 200x50');
    // the detail is shown whole: nothing is cut while room is left
    expect(screen).not.toMatch(/↓ \d+ more/);
    await tmux.keys('q');
    await tmux.waitFor((s) => s.includes('ENVDIFF_EXIT=1'), 'exit status 1');
  }, 60_000);
});

describe('issue 14 point 11: colour in text output on a terminal', () => {
  test('--format text on a terminal is coloured; NO_COLOR turns it off', async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-e2e-'));
    const seed = resolve('snapshots/binfmt');
    const compare = `node ${BIN} compare ${seed}/a.json ${seed}/b.json --log ${seed}/build.log --format text`;
    for (const [env, coloured] of [
      ['env -u NO_COLOR -u FORCE_COLOR', true],
      ['env NO_COLOR=1', false],
    ] as const) {
      const tmux = new TmuxSession();
      session = tmux;
      await tmux.start(`${env} ${compare}; echo ENVDIFF_EXIT=$?; sleep 600`, { cwd: dir, width: 120, height: 40 });
      await tmux.waitFor((s) => s.includes('ENVDIFF_EXIT=1'), 'the report');
      const screen = await tmux.screen({ escapes: true });
      expect(screen).toContain('host › binfmt › qemu-aarch64');
      // tmux re-renders SGR: any colour attribute on the screen shows as an escape
      expect(/\u001b\[[0-9;]*m/.test(screen.replace(/\u001b\[0?m/g, ''))).toBe(coloured);
      await tmux.kill();
      session = undefined;
    }
  }, 60_000);
});
