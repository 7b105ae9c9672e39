/**
 * The terminal as the interactive views own it: the alternate screen (the user's
 * scrollback comes back untouched on exit) and a keyboard — stdin when it is a
 * terminal, else /dev/tty (stdin may carry a build log).
 */
import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import type { CommandIO } from '../command-io.js';
import { UsageError } from '../errors.js';

const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';

export interface Terminal {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

function keyboard(io: CommandIO): { stream: NodeJS.ReadStream; owned: boolean } {
  if (io.stdin.isTTY) return { stream: io.stdin as NodeJS.ReadStream, owned: false };
  try {
    return { stream: new ReadStream(openSync('/dev/tty', 'r')) as unknown as NodeJS.ReadStream, owned: true };
  } catch {
    throw new UsageError(
      'the interactive view needs a keyboard, but stdin is not a terminal and /dev/tty cannot be opened; use --format text',
    );
  }
}

/** Run `view` on the alternate screen; the screen and the keyboard are given back however it ends. */
export async function onAlternateScreen<T>(io: CommandIO, view: (terminal: Terminal) => Promise<T>): Promise<T> {
  const stdin = keyboard(io);
  const stdout = io.stdout as NodeJS.WriteStream;
  stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    return await view({ stdout, stdin: stdin.stream, stderr: io.stderr as NodeJS.WriteStream });
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN);
    if (stdin.owned) stdin.stream.destroy();
  }
}
