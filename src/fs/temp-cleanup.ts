/**
 * Temp files and dirs envdiff made and must not leave behind: removed by their
 * owner when done, and — while any is registered — on SIGINT, SIGTERM and SIGHUP
 * (removed synchronously, then the process dies of the signal as it would have)
 * and on any exit.
 */
import { rmSync } from 'node:fs';
import { interruptHooks } from '../interrupt-hooks.js';

const paths = new Set<string>();

function removeAll(): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  paths.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  hooks.uninstall();
  // Die of the same signal (exit status 128+n), unless another handler (the
  // container cleanup) still has work to do first.
  process.kill(process.pid, signal);
}

const hooks = interruptHooks(onSignal, removeAll);

/** Remove `path` (recursively) if the process is interrupted or exits before `release`. */
export function removeOnExit(path: string): { release(): void; remove(): void } {
  paths.add(path);
  hooks.install();
  const release = () => {
    paths.delete(path);
    if (paths.size === 0) hooks.uninstall();
  };
  return {
    release,
    remove() {
      rmSync(path, { recursive: true, force: true, maxRetries: 2 });
      release();
    },
  };
}
