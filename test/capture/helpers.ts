/** Shared helpers of the capture tests: real processes, real files. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

/** True while a process with this pid exists (and is not a zombie). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Wait until `check` is true, polling; false if it never was within `ms`. */
export async function eventually(check: () => boolean, ms = 3_000): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (check()) return true;
    if (Date.now() > end) return false;
    await sleep(25);
  }
}

/** Pids written one per line to a file (by a script under test). */
export function readPids(file: string): number[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => Number.parseInt(l, 10))
      .filter((n) => Number.isInteger(n) && n > 0);
  } catch {
    return [];
  }
}

/** The built CLI (`npm run build` first; `npm test` does). */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Run a command (by default the built envdiff) to completion; killed after
 * `timeoutMs` so a hang fails the test instead of stalling it.
 */
export function run(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; command?: string[] } = {},
): Promise<CliResult> {
  const [cmd, ...pre] = options.command ?? [process.execPath, BIN];
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(cmd!, [...pre, ...argv], {
      cwd: options.cwd,
      // ENVDIFF_CLOCK_TIMEOUT=0: captures in tests do not ask a real mirror for its clock.
      env: { NO_COLOR: '1', ENVDIFF_CLOCK_TIMEOUT: '0', ...(options.env ?? process.env) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
