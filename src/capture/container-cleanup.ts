/**
 * Containers envdiff created and must remove, whatever happens: the capture
 * removes them itself on success, failure and timeout; while any is live, SIGINT,
 * SIGTERM and SIGHUP handlers abort the captures, remove them all (bounded), and
 * then let the signal kill the process as it would have. A capture interrupted by
 * a signal never settles: the process dies of the signal once its containers are
 * gone, so the exit status is always the signal's (130 for SIGINT).
 */
import { constants as osConstants } from 'node:os';
import { forceRemoveContainer, inspectContainer, statusOf } from './container-api.js';
import type { Engine } from './engine.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Longest we delay dying of a signal to remove containers. */
const SIGNAL_CLEANUP_MS = 10_000;
/** Budget of one remove request. */
const REMOVE_CALL_MS = 10_000;

interface Live {
  engine: Engine;
  name: string;
  abort: AbortController;
  /** The create request; a signal waits for it so a container being created is not missed. */
  created: Promise<unknown>;
}

const live = new Map<string, Live>();
let installed = false;
let dying = false;

/** How long a removal already in progress (the signal handler racing the capture) may take to finish. */
const REMOVAL_WAIT_MS = 10_000;

/** Force-remove and return once the container is gone; one already gone is fine. */
export async function removeContainer(engine: Engine, name: string): Promise<void> {
  try {
    await forceRemoveContainer(engine, name, REMOVE_CALL_MS);
    return;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return;
    // 409: the engine is already removing it (a concurrent removal): wait for that.
    if (status !== 409) throw error;
  }
  const deadline = Date.now() + REMOVAL_WAIT_MS;
  for (;;) {
    try {
      await inspectContainer(engine, name, REMOVE_CALL_MS);
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw error;
    }
    if (Date.now() > deadline) throw new Error(`container ${name} is still being removed after ${REMOVAL_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function onSignal(signal: NodeJS.Signals): void {
  if (dying) return;
  dying = true;
  const all = [...live.values()];
  for (const entry of all) entry.abort.abort(new Error(`interrupted by ${signal}`));
  const removals = Promise.allSettled(
    all.map(async (entry) => {
      await entry.created.catch(() => undefined);
      await removeContainer(entry.engine, entry.name);
    }),
  );
  const deadline = new Promise((resolve) => setTimeout(resolve, SIGNAL_CLEANUP_MS).unref());
  void Promise.race([removals, deadline]).then(() => {
    uninstall();
    // Die of the same signal, as if we had not caught it (exit status 128+n); if some
    // other listener keeps the process alive, exit with that status anyway.
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + (osConstants.signals[signal] ?? 1)), 1_000);
  });
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * Register a container envdiff is about to create, by its name (known before the
 * create request, so a signal during the request still finds it). `abort` is
 * aborted on a signal so the capture stops waiting. Returns the function that
 * removes and unregisters it.
 */
export function trackContainer(engine: Engine, name: string, abort: AbortController, created: Promise<unknown>): () => Promise<void> {
  live.set(name, { engine, name, abort, created });
  install();
  return async () => {
    try {
      await created.catch(() => undefined);
      await removeContainer(engine, name);
    } finally {
      live.delete(name);
      if (live.size === 0 && !dying) uninstall();
    }
    if (dying) await new Promise<never>(() => undefined);
  };
}
