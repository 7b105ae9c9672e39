/**
 * TUI responsiveness with 10,000 differences, measured in-process: ink renders
 * the real App to a fake terminal (120x40) exactly as in production (not debug
 * mode, so ink's frame throttling counts), and we time
 *   - first frame: render() called -> first frame written;
 *   - keypress -> frame: key written to stdin -> the changed frame written.
 * Besides wall time (which other processes on the machine inflate), the CPU
 * time the process spent per keypress is reported.
 * There is no peer TUI to compare with, so those rows carry the target only.
 *
 * End to end, a cold `envdiff compare` (reading, diffing and ranking two
 * fingerprints 10,000 packages apart, then drawing) is timed to its first screen
 * in a real terminal (tmux), next to `less` opening the same report as text.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { Fingerprint } from '../src/fingerprint/types.js';
import { loadUi } from '../src/ui/run.js';
import { makeComparison } from '../test/ui/comparison-builder.js';
import { median, type Bench, type BenchRow } from './harness.js';

const DIFFERENCES = 10_000;
const FIRST_FRAME_TARGET_MS = 500;
const KEYPRESS_TARGET_MS = 50;

class FakeTerminal extends EventEmitter {
  readonly isTTY = true;
  columns = 120;
  rows = 40;
  frames = 0;
  private waiters: Array<() => void> = [];
  write = (_chunk: string) => {
    this.frames++;
    for (const wake of this.waiters.splice(0)) wake();
    return true;
  };
  /** The next frame written; a key that changes nothing would wait forever, so give up after 2 s. */
  nextFrame(what = 'a frame'): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no frame written for ${what} within 2 s`)), 2000);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

class FakeKeyboard extends EventEmitter {
  readonly isTTY = true;
  private queue: string[] = [];
  press(key: string) {
    this.queue.push(key);
    this.emit('readable');
  }
  read = () => this.queue.shift() ?? null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

function p95(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function session() {
  // As `envdiff compare` loads it: React's production build unless NODE_ENV says otherwise.
  const { createElement, render, App } = await loadUi();
  const comparison = makeComparison({ packageBumps: DIFFERENCES });
  const stdout = new FakeTerminal();
  const stdin = new FakeKeyboard();
  const first = stdout.nextFrame();
  const t0 = performance.now();
  const instance = render(createElement(App, { comparison, colour: true, onExport: async () => 'unused' }), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stdout as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await first;
  const firstFrameMs = performance.now() - t0;
  // Let effects (raw mode, input listener) settle before pressing keys.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const press = async (key: string) => {
    const frame = stdout.nextFrame(`key ${JSON.stringify(key)}`);
    const cpu = process.cpuUsage();
    const start = performance.now();
    stdin.press(key);
    await frame;
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    // Space keys out as a person would; ink throttles frames closer than 1/30 s.
    await new Promise((resolve) => setTimeout(resolve, 40));
    return ms;
  };
  const cpuMs: number[] = [];
  return { firstFrameMs, press, cpuMs, close: () => instance.unmount() };
}

const execFileAsync = promisify(execFile);

/** execFile whose error says what the command printed on stderr. */
async function run(file: string, args: string[], options: { cwd?: string; maxBuffer?: number } = {}): Promise<{ stdout: string }> {
  try {
    return await execFileAsync(file, args, { encoding: 'utf8', ...options });
  } catch (error) {
    const e = error as Error & { stderr?: string; stdout?: string };
    throw Object.assign(new Error(`${file} ${args.join(' ')}: ${e.stderr?.trim() || e.message}`), { stdout: e.stdout });
  }
}

/** Two fingerprints whose `packages` facets differ in every one of `count` packages. */
function packagePair(count: number): { a: Fingerprint; b: Fingerprint } {
  const side = (bump: number, host: string): Fingerprint => ({
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0.1.0' },
    capturedAt: '2026-11-21T02:03:00.000Z',
    hostname: host,
    scopes: {
      host: {
        kind: 'host',
        facets: {
          packages: Object.fromEntries(
            Array.from({ length: count }, (_, i) => [
              `pkg-${i}`,
              { version: `1.${i}-${bump}`, status: 'install ok installed', manager: 'dpkg' },
            ]),
          ),
        },
        probes: { packages: { status: 'ok', durationMs: 1 } },
      },
    },
  });
  return { a: side(1, 'laptop'), b: side(2, 'runner') };
}

/** Wall time from starting `command` in a fresh 120x40 tmux terminal until `ready` shows on screen. */
async function timeToScreen(command: string, cwd: string, ready: string): Promise<number> {
  const socket = `envdiff-bench-${process.pid}`;
  const tmux = ['-L', socket, '-f', '/dev/null'];
  await run('tmux', [...tmux, 'new-session', '-d', '-s', 'held', '-x', '120', '-y', '40', 'sleep 600']);
  try {
    const t0 = performance.now();
    await run('tmux', [...tmux, 'new-window', '-t', 'held', '-n', 'probe', '-c', cwd, command]);
    for (;;) {
      const { stdout } = await run('tmux', [...tmux, 'capture-pane', '-p', '-t', 'held:probe']);
      if (stdout.includes(ready)) return performance.now() - t0;
      if (performance.now() - t0 > 20_000) throw new Error(`"${ready}" did not appear within 20 s of: ${command}`);
    }
  } finally {
    await run('tmux', [...tmux, 'kill-server']).catch(() => {});
    await rm(join(process.env['TMUX_TMPDIR'] ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
  }
}

async function coldStart(): Promise<BenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'envdiff-tui-bench-'));
  try {
    const { a, b } = packagePair(DIFFERENCES);
    await writeFile(join(dir, 'a.json'), JSON.stringify(a));
    await writeFile(join(dir, 'b.json'), JSON.stringify(b));
    const bin = resolve('dist/bin.js');
    const report = await run('node', [bin, 'compare', 'a.json', 'b.json', '--format', 'text'], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
    }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    await writeFile(join(dir, 'report.txt'), report.stdout);
    const envdiff: number[] = [];
    const less: number[] = [];
    for (let i = 0; i < 3; i++) {
      envdiff.push(await timeToScreen(`env -u NODE_ENV node ${bin} compare a.json b.json`, dir, 'A works:'));
      less.push(await timeToScreen('less report.txt', dir, `${DIFFERENCES} differences`));
    }
    const m = median(envdiff);
    return {
      area: 'tui',
      metric: `cold start to first screen, ${DIFFERENCES} differences (tmux)`,
      envdiff: m,
      peer: median(less),
      peerName: 'less on the text report',
      unit: 'ms',
      target: `<= ${FIRST_FRAME_TARGET_MS} ms`,
      met: m <= FIRST_FRAME_TARGET_MS,
      note: 'whole process: node start, read + diff + rank two fingerprints, first frame; median of 3; less only opens a ready file',
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const bench: Bench = {
  name: 'tui',
  async run(): Promise<BenchRow[]> {
    const firstFrames: number[] = [];
    for (let i = 0; i < 6; i++) {
      const s = await session();
      if (i > 0) firstFrames.push(s.firstFrameMs); // the first run also pays module JIT warm-up
      s.close();
    }
    const s = await session();
    const navigation: number[] = [];
    const filtering: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const key of ['j', 'j', '\u001b[6~', 'G', 'k', 'g', '\u001b[B', '\r', 'j', '\r']) navigation.push(await s.press(key));
      // Each filter keystroke re-filters all 10,000 rows: the one O(n) key.
      filtering.push(await s.press('/'));
      for (const ch of 'lib1') filtering.push(await s.press(ch));
      for (let i = 0; i < 4; i++) filtering.push(await s.press('\u007f'));
      filtering.push(await s.press('\r'));
      // Scopes: host, image:debian:12, image:longhornio/... then back to all.
      for (const key of ['n', 'n', 's', 's', 's', 's', 'f', 'f', 'f', 'f', 'f', 'f']) filtering.push(await s.press(key));
    }
    s.close();
    const rows: BenchRow[] = [];
    const first = median(firstFrames);
    rows.push({
      area: 'tui',
      metric: `first frame, ${DIFFERENCES} differences`,
      envdiff: first,
      unit: 'ms',
      target: `<= ${FIRST_FRAME_TARGET_MS} ms`,
      met: first <= FIRST_FRAME_TARGET_MS,
      note: `median of ${firstFrames.length}; App render to a 120x40 fake terminal`,
    });
    for (const [metric, samples] of [
      ['keypress -> frame, navigation (median)', navigation],
      ['keypress -> frame, filter/facet/noise (median)', filtering],
    ] as const) {
      const m = median(samples);
      rows.push({ area: 'tui', metric, envdiff: m, unit: 'ms', target: `<= ${KEYPRESS_TARGET_MS} ms`, met: m <= KEYPRESS_TARGET_MS });
    }
    const cpu = median(s.cpuMs);
    rows.push({
      area: 'tui',
      metric: 'keypress -> frame, CPU time (median)',
      envdiff: cpu,
      unit: 'ms',
      target: `<= ${KEYPRESS_TARGET_MS} ms`,
      met: cpu <= KEYPRESS_TARGET_MS,
      note: `p95 ${p95(s.cpuMs).toFixed(1)} ms; wall times include waiting for the CPU on a loaded machine`,
    });
    const worst = p95([...navigation, ...filtering]);
    rows.push(await coldStart());
    rows.push({
      area: 'tui',
      metric: 'keypress -> frame, all keys (p95)',
      envdiff: worst,
      unit: 'ms',
      target: `<= ${KEYPRESS_TARGET_MS} ms`,
      met: worst <= KEYPRESS_TARGET_MS,
      note: `${navigation.length + filtering.length} keypresses`,
    });
    return rows;
  },
};

export default bench;
