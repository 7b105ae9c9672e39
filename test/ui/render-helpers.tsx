/**
 * ink-testing-library with the waits Shopify's cli-kit uses: after each stdin
 * write, let React flush (a macrotask) before reading lastFrame().
 */
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
} as const;

export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls until `check` holds. The deadline only bounds how long a failing test hangs: under a loaded CI run
 * (the whole suite on two cores) an export's file write and re-render took over 2 s, so it is generous.
 */
export async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(10);
  }
}

export async function renderTui(tree: ReactElement) {
  const instance = render(tree);
  await tick();
  const frame = () => instance.lastFrame() ?? '';
  return {
    ...instance,
    frame,
    /** Send keys one at a time, letting React flush after each (useInput sees one key per write). */
    async press(...keys: string[]) {
      for (const key of keys) {
        instance.stdin.write(key);
        await tick(5);
      }
      // Ink parses a lone ESC after a short delay to tell it from an escape sequence.
      await tick(keys.includes(KEYS.escape) ? 60 : 5);
    },
    async type(text: string) {
      for (const ch of text) {
        instance.stdin.write(ch);
        await tick(2);
      }
      await tick(5);
    },
    /** Change the fake terminal's size and tell ink, like a SIGWINCH would. */
    async resize(columns: number, rows: number) {
      Object.defineProperty(instance.stdout, 'columns', { value: columns, configurable: true });
      Object.defineProperty(instance.stdout, 'rows', { value: rows, configurable: true });
      instance.stdout.emit('resize');
      // Under a loaded run the re-render can take longer than a tick: wait until the frame fits the new size.
      await waitFor(() => {
        const lines = frame().split('\n');
        return lines.length <= rows && lines.every((l) => [...l].length <= columns);
      }, `a frame that fits ${columns}x${rows}`);
      await tick(10);
    },
  };
}
