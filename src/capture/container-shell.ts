/**
 * Does the container have a shell that runs? Decides between running the probe
 * bundle and reading files (shell-less images, or a shell for another architecture
 * without its binfmt interpreter). Every reason is kept whole: the engine's
 * message ends with the cause ("... operation not permitted: unknown").
 */
import { containerLogTail, inspectContainer, pathExists, startContainer, statusOf } from './container-api.js';
import { dockerFailure, engineMessage, isUnreachable } from './container-errors.js';
import { SHELL } from './container-runner.js';
import type { Engine } from './engine.js';

/** Budget of one engine request of the capture (inspect, create, start, logs). */
export const API_CALL_MS = 10_000;
/** Longest reason kept from the engine: long enough for a runtime's whole error chain. */
const MAX_ENGINE_REASON = 1_000;

/**
 * One HEAD on the archive API (path stat), which works on a created, never-started
 * container: shell-less images are never started at all. A dangling /bin/sh link is
 * caught later, when the shell dies at start.
 */
export async function hasShell(engine: Engine, id: string, signal: AbortSignal): Promise<boolean> {
  try {
    return await pathExists(engine, id, SHELL, API_CALL_MS, signal);
  } catch (error) {
    return dockerFailure(error, `cannot look for ${SHELL}`, engine);
  }
}

/**
 * Start the waiting shell. A shell that cannot run (exec format error, a runtime
 * that refuses it) is not fatal: the capture falls back to files. Returns why, or
 * undefined when it started.
 */
export async function startFailure(engine: Engine, id: string, signal: AbortSignal): Promise<string | undefined> {
  try {
    await startContainer(engine, id, API_CALL_MS, signal);
    return undefined;
  } catch (error) {
    // The runtime refusing the entrypoint is 400/500; anything else (engine gone, abort) is fatal.
    const status = statusOf(error);
    if (signal.aborted || isUnreachable(error) || (status !== 400 && status !== 500))
      return dockerFailure(error, 'cannot start the capture container', engine);
    return `${SHELL} could not start (${keepEnds(engineMessage(error), MAX_ENGINE_REASON)})`;
  }
}

/**
 * The shell started but exited at once (the runtime reports an exec format error
 * that way). Returns why, or undefined when the container is still running.
 */
export async function shellDied(engine: Engine, id: string, signal: AbortSignal): Promise<string | undefined> {
  if (signal.aborted) return undefined;
  const info = await inspectContainer(engine, id, API_CALL_MS, signal).catch(() => undefined);
  if (!info || info.State.Running) return undefined;
  // The runtime writes "exec /bin/sh: exec format error" to the container's output.
  const logs = await containerLogTail(engine, id, 3, API_CALL_MS, signal)
    .then((text) => text.trim().split('\n').pop() ?? '')
    .catch(() => '');
  const why = [info.State.Error, logs].filter(Boolean).join('; ') || `exit status ${info.State.ExitCode}`;
  return `${SHELL} could not start (${keepEnds(why.replace(/[\x00-\x1f\x7f]+/g, ' '), MAX_ENGINE_REASON)})`;
}

/** At most `max` characters, cut in the middle: an error chain's head says where, its tail says why. */
export function keepEnds(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(-half)}`;
}
