/**
 * Runs the probe bundle on this machine: `sh -s` with the script on stdin.
 *
 * The shell is started in its own process group (detached), so that on the
 * overall budget, on an abort, and when envdiff itself is interrupted
 * (SIGINT/SIGTERM/SIGHUP) or exits, the whole group — the shell, every probe,
 * every watchdog `sleep` and whatever a probe started — is killed at once and
 * nothing is left running behind us. The bundle's temp dir is made here and
 * removed here, on every one of those paths too (a killed shell cannot clean up).
 *
 * With a root (`capture --root /host`: the host's filesystem mounted in the agent's
 * container) the shell runs as `chroot ROOT sh -s`, so every probe sees the host's
 * /etc, /usr, tools and, through the recursive bind, its /proc and /sys. The temp
 * dir is then made inside ROOT (ROOT/tmp, writable: a tmpfs) and handed to the
 * bundle by its path inside the chroot.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { CaptureError } from '../errors.js';
import { removeOnExit } from '../fs/temp-cleanup.js';
import { interruptHooks } from '../interrupt-hooks.js';
import { shQuote } from './bundle.js';
import { BUNDLE_OUTPUT_BYTES } from './limits.js';
import type { Runner, ScriptResult } from './runner.js';

/** The bundle's temp dir: in the system's, or in ROOT/tmp where the chrooted probes can reach it. */
function makeTempDir(root: string | undefined): string {
  if (!root) return mkdtempSync(join(tmpdir(), 'envdiff-'));
  try {
    return mkdtempSync(join(root, 'tmp', 'envdiff-'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CaptureError(
      `cannot make the probes' temp dir in ${join(root, 'tmp')} (${code}); mount a writable tmpfs there (--tmpfs ${join(root, 'tmp')})`,
    );
  }
}

/** chroot's own complaints start with its name (as it was called). */
const CHROOT_SAYS = /^(?:\S*\/)?chroot: /;

/** chroot lives in sbin, which a user's PATH often lacks: looked for there too. */
function findChroot(env: NodeJS.ProcessEnv): string {
  const dirs = [...(env['PATH'] ?? '').split(':').filter((d) => d.startsWith('/')), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];
  return dirs.map((dir) => join(dir, 'chroot')).find((file) => existsSync(file)) ?? 'chroot';
}

/** Process groups of bundles still running, killed if envdiff is interrupted. */
const liveGroups = new Set<number>();

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
  hooks.uninstall();
  // Die of the same signal, as if we had not caught it (exit status 128+n).
  process.kill(process.pid, signal);
}

function onExit(): void {
  for (const pid of liveGroups) killGroup(pid);
}

const hooks = interruptHooks(onSignal, onExit);

export interface HostRunnerOptions {
  /** Environment of the probes (the user's environment: the env facet reads it). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The shell; `sh` from PATH by default (with a root: ROOT's /bin/sh, else /usr/bin/sh). */
  shell?: string;
  /** Run the bundle chrooted into this directory (the host's root mounted in a container). */
  root?: string;
}

/** The root's shell, by its path inside the root (validated by the capture command). */
function rootShell(root: string): string {
  return existsSync(join(root, 'bin/sh')) ? '/bin/sh' : '/usr/bin/sh';
}

export class HostRunner implements Runner {
  readonly scope = 'host';

  constructor(private readonly options: HostRunnerOptions = {}) {}

  async runScript(script: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<ScriptResult> {
    const { signal } = options;
    if (signal?.aborted) return { stdout: '', stderr: '', exitCode: null, timedOut: false };
    const { root } = this.options;
    const shell = this.options.shell ?? (root ? rootShell(root) : 'sh');
    // Synchronous, so the shell still starts before anything else gets the event loop.
    const temp = makeTempDir(root);
    const cleanup = removeOnExit(temp);
    try {
      // Inside the chroot the temp dir has ROOT cut off its path.
      return await this.runIn(shell, root ? `/${relative(root, temp)}` : temp, script, options);
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
    const { root } = this.options;
    // chroot (coreutils, busybox) execs the shell: same pid, same process group.
    const [file, args] = root ? [findChroot(this.options.env ?? process.env), [root, shell, '-s']] : [shell, ['-s']];
    const subprocess = execa(file, args, {
      // The temp dir as a shell variable, not in the environment: the env probe
      // reads the shell's environ, and a per-run path there would be noise.
      input: `ENVDIFF_TMPDIR=${shQuote(temp)}\n${script}`,
      detached: true,
      env: this.options.env ?? process.env,
      extendEnv: false,
      // chroot starts the shell at / of the root; a cwd of ours means nothing there.
      ...(this.options.cwd && !root ? { cwd: this.options.cwd } : {}),
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
      hooks.install();
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
        throw new CaptureError(`cannot start the probe shell (${file}): ${cause?.code ?? cause?.message ?? result.shortMessage}`);
      }
      // chroot's own failures (125: not permitted, no such root; 126/127: no shell there).
      const stderr = String(result.stderr ?? '');
      if (root && result.exitCode !== undefined && result.exitCode >= 125 && CHROOT_SAYS.test(stderr)) {
        throw new CaptureError(`cannot run the probes chrooted into ${root}: ${stderr.split('\n')[0]!.replace(CHROOT_SAYS, '')}`);
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
        if (liveGroups.size === 0) hooks.uninstall();
      }
    }
  }
}
