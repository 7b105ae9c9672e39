import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_DELAY_MS, startProgress } from '../../src/ui/progress.js';

afterEach(() => vi.useRealTimers());

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, target: { isTTY, write: (s: string) => written.push(s) } };
}

describe('progress line on stderr (issue 14 point 11)', () => {
  it('nothing for work under a second; a line after it, erased at the end (terminal only)', () => {
    vi.useFakeTimers();
    let now = 0;
    const quick = stream(true);
    const stopQuick = startProgress(quick.target, 'capturing', () => now);
    vi.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
    stopQuick();
    expect(quick.written).toEqual([]);

    const slow = stream(true);
    const stop = startProgress(slow.target, 'capturing image debian:12', () => now);
    now = 3000;
    vi.advanceTimersByTime(PROGRESS_DELAY_MS + 2000);
    stop();
    expect(slow.written[0]).toBe('\r\u001b[2Kenvdiff: capturing image debian:12 … 3 s');
    expect(slow.written.at(-1)).toBe('\r\u001b[2K');
  });

  it('never on a pipe or a CI log', () => {
    vi.useFakeTimers();
    const piped = stream(false);
    const stop = startProgress(piped.target, 'capturing');
    vi.advanceTimersByTime(5000);
    stop();
    expect(piped.written).toEqual([]);
  });
});
