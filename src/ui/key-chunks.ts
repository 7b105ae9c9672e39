/**
 * Ink hands over a chunk of several keys as one input when they arrive together
 * (fast typing, paste, tmux send-keys): "/libfuse\r" is one string with no key
 * flags. Split such chunks into the single keys the TUI understands.
 */
import type { Key } from 'ink';

export const PLAIN_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** One key per character; Enter and Backspace keep their meaning, other control characters are dropped. */
export function splitChunk(input: string): Array<{ input: string; key: Key }> {
  const keys: Array<{ input: string; key: Key }> = [];
  for (const ch of input) {
    if (ch === '\r' || ch === '\n') keys.push({ input: '', key: { ...PLAIN_KEY, return: true } });
    else if (ch === '\u007f' || ch === '\b') keys.push({ input: '', key: { ...PLAIN_KEY, backspace: true } });
    else if (/[\u0000-\u001f\u007f-\u009f]/.test(ch)) continue;
    else keys.push({ input: ch, key: { ...PLAIN_KEY, shift: /[A-Z]/.test(ch) } });
  }
  return keys;
}

/** A chunk to split: several characters, not an escape sequence ink has already decoded. */
export function isKeyChunk(input: string, key: Key): boolean {
  return [...input].length > 1 && !key.ctrl && !key.meta && !input.startsWith('\u001b');
}
