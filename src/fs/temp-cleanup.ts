/**
 * Temp files and dirs envdiff made and must not leave behind: removed by their
 * owner when done, and — while any is registered — on SIGINT, SIGTERM and SIGHUP
 * (removed synchronously, then the process dies of the signal as it would have)
 * and on any exit.
 */
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const paths = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  paths.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  // Die of the same signal (exit status 128+n), unless another handler (the
  // container cleanup) still has work to do first.
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeAll);
}

/** Remove `path` (recursively) if the process is interrupted or exits before `release`. */
export function removeOnExit(path: string): { release(): void; remove(): void } {
  paths.add(path);
  install();
  const release = () => {
    paths.delete(path);
    if (paths.size === 0) uninstall();
  };
  return {
    release,
    remove() {
      rmSync(path, { recursive: true, force: true, maxRetries: 2 });
      release();
    },
  };
}
