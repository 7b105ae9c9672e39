/**
 * Runs the probe bundle on this machine: `sh -s` with the script on stdin.
 *
 * The shell is started in its own process group (detached), so that on the
 * overall budget, on an abort, and when envdiff itself is interrupted
 * (SIGINT/SIGTERM/SIGHUP) or exits, the whole group — the shell, every probe,
 * every watchdog `sleep` and whatever a probe started — is killed at once and
 * nothing is left running behind us. The bundle's temp dir is made here and
 * removed here, on every one of those paths too (a killed shell cannot clean up).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { CaptureError } from '../errors.js';
import { removeOnExit } from '../fs/temp-cleanup.js';
import { shQuote } from './bundle.js';
import { BUNDLE_OUTPUT_BYTES } from './limits.js';
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

export class HostRunner implements Runner {
  readonly scope = 'host';

  constructor(private readonly options: HostRunnerOptions = {}) {}

  async runScript(script: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<ScriptResult> {
    const { signal } = options;
    if (signal?.aborted) return { stdout: '', stderr: '', exitCode: null, timedOut: false };
    const shell = this.options.shell ?? 'sh';
    // Synchronous, so the shell still starts before anything else gets the event loop.
    const temp = mkdtempSync(join(tmpdir(), 'envdiff-'));
    const cleanup = removeOnExit(temp);
    try {
      return await this.runIn(shell, temp, script, options);
    } finally {
      cleanup.remove();
    }
  }

  private async runIn(
    shell: string,
    temp: string,
    script: string,
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<ScriptResult> {
    const { signal } = options;
    // execa is the one way envdiff runs programs (other commands: run-command.ts).
    // Timeouts and aborts are handled here, not by execa, because they must kill the
    // shell's whole process group (every probe and what it started), not one pid.
    const subprocess = execa(shell, ['-s'], {
      // The temp dir as a shell variable, not in the environment: the env probe
      // reads the shell's environ, and a per-run path there would be noise.
      input: `ENVDIFF_TMPDIR=${shQuote(temp)}\n${script}`,
      detached: true,
      env: this.options.env ?? process.env,
      extendEnv: false,
      ...(this.options.cwd ? { cwd: this.options.cwd } : {}),
      reject: false,
      stripFinalNewline: false,
      maxBuffer: BUNDLE_OUTPUT_BYTES,
      cleanup: false,
    });
    const pid = subprocess.pid;
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
      // The bundle waits for its probes: once the shell is gone, anything left in
      // its group is a stray (a daemon a probe started) that would hold our pipes.
      subprocess.once('exit', stop);
    }
    try {
      const result = await subprocess;
      if (result.failed && result.exitCode === undefined && !result.isTerminated && !result.isMaxBuffer) {
        const cause = result.cause as NodeJS.ErrnoException | undefined;
        throw new CaptureError(`cannot start the probe shell (${shell}): ${cause?.code ?? cause?.message ?? result.shortMessage}`);
      }
      return {
        stdout: String(result.stdout ?? ''),
        stderr: String(result.stderr ?? ''),
        exitCode: result.exitCode ?? null,
        timedOut,
        ...(result.isMaxBuffer ? { overflowed: true } : {}),
      };
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
