/**
 * Handlers that must run when envdiff is interrupted (SIGINT, SIGTERM, SIGHUP) or
 * exits — killing probe process groups, removing temp files — installed only while
 * their owner has something to clean up, and at most once.
 */

export const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface InterruptHooks {
  install(): void;
  uninstall(): void;
}

export function interruptHooks(onSignal: (signal: NodeJS.Signals) => void, onExit: () => void): InterruptHooks {
  let installed = false;
  return {
    install() {
      if (installed) return;
      installed = true;
      for (const s of INTERRUPTS) process.on(s, onSignal);
      process.on('exit', onExit);
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      for (const s of INTERRUPTS) process.off(s, onSignal);
      process.off('exit', onExit);
    },
  };
}
