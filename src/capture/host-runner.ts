/**
 * Runs the probe bundle on this machine: `sh -s` with the script on stdin.
 *
 * The shell is started in its own process group (detached), so that on the
 * overall budget, on an abort, and when envdiff itself is interrupted
 * (SIGINT/SIGTERM/SIGHUP) or exits, the whole group — the shell, every probe,
 * every watchdog `sleep` and whatever a probe started — is killed at once and
 * nothing is left running behind us.
 */
import { spawn } from 'node:child_process';
import { CaptureError } from '../errors.js';
import type { Runner, ScriptResult } from './runner.js';

/** Process groups of bundles still running, killed if envdiff is interrupted. */
const liveGroups = new Set<number>();
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of liveGroups) killGroup(pid);
  liveGroups.clear();
  uninstallHandlers();
  // Die of the same signal, as if we had not caught it (exit status 128+n).
  process.kill(process.pid, signal);
}

function onExit(): void {
  for (const pid of liveGroups) killGroup(pid);
}

let handlersInstalled = false;
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const s of FORWARDED_SIGNALS) process.on(s, onSignal);
  process.on('exit', onExit);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  for (const s of FORWARDED_SIGNALS) process.off(s, onSignal);
  process.off('exit', onExit);
}

export interface HostRunnerOptions {
  /** Environment of the probes (the user's environment: the env facet reads it). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The shell; `sh` from PATH by default. */
  shell?: string;
}

/** More output than any real bundle prints (dpkg + library lists are a few MB). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export class HostRunner implements Runner {
  readonly scope = 'host';

  constructor(private readonly options: HostRunnerOptions = {}) {}

  async runScript(script: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<ScriptResult> {
    const { signal } = options;
    if (signal?.aborted) return { stdout: '', stderr: '', exitCode: null, timedOut: false };
    const shell = this.options.shell ?? 'sh';
    // node:child_process rather than execa: execa's import alone costs ~90 ms of CPU,
    // paid before the first probe can start; this is the one place envdiff shells out
    // on the host, and it needs nothing but spawn, stdin and two buffers.
    const child = spawn(shell, ['-s'], {
      detached: true,
      env: this.options.env ?? process.env,
      ...(this.options.cwd ? { cwd: this.options.cwd } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      if (pid !== undefined) killGroup(pid);
    };
    if (pid !== undefined) {
      liveGroups.add(pid);
      installHandlers();
      timer = setTimeout(() => {
        timedOut = true;
        stop();
      }, options.timeoutMs);
      signal?.addEventListener('abort', stop, { once: true });
    }
    const collect = (stream: NodeJS.ReadableStream) => {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_OUTPUT_BYTES) stop();
        else chunks.push(chunk);
      });
      return () => Buffer.concat(chunks).toString('utf8');
    };
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    // The shell may exit (or be killed) before reading the whole script.
    child.stdin.on('error', () => {});
    child.stdin.end(script);
    try {
      const exitCode = await new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        // The bundle waits for its probes: once the shell is gone, anything left in
        // its group is a stray (a daemon a probe started) that would hold our pipes.
        child.once('exit', stop);
        child.once('close', (code) => resolve(code));
      });
      return { stdout: stdout(), stderr: stderr(), exitCode, timedOut };
    } catch (error) {
      throw new CaptureError(`cannot start the probe shell (${shell}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    } finally {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      if (pid !== undefined) {
        // The shell may be gone while a probe it started lingers (e.g. the bundle was
        // cut): the group goes with it either way.
        killGroup(pid);
        liveGroups.delete(pid);
        if (liveGroups.size === 0) uninstallHandlers();
      }
    }
  }
}
