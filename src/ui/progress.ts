/**
 * A progress line on stderr for work that takes longer than a second, on a
 * terminal only (CI logs and pipes get nothing): "envdiff: capturing image x … 3 s".
 * The line is rewritten in place and erased when the work ends.
 */
export const PROGRESS_DELAY_MS = 1000;

export interface ProgressTarget {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Start showing `what`; returns the function that stops and erases the line. */
export function startProgress(stderr: ProgressTarget, what: string, now: () => number = Date.now): () => void {
  if (stderr.isTTY !== true) return () => undefined;
  const started = now();
  let shown = false;
  const tick = () => {
    shown = true;
    stderr.write(`\r\u001b[2Kenvdiff: ${what} … ${Math.round((now() - started) / 1000)} s`);
  };
  let interval: NodeJS.Timeout | undefined;
  const delay = setTimeout(() => {
    tick();
    interval = setInterval(tick, 1000);
    interval.unref();
  }, PROGRESS_DELAY_MS);
  delay.unref();
  return () => {
    clearTimeout(delay);
    if (interval) clearInterval(interval);
    if (shown) stderr.write('\r\u001b[2K');
  };
}
