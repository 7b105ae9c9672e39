/**
 * Remove a binfmt_misc registration for the duration of a callback, and put it back
 * whatever happens: the binfmt seed must leave the machine as it found it.
 *
 * Three layers, because a lost qemu-aarch64 entry breaks every arm64 build on the
 * machine: try/finally around the callback; process exit and signal handlers for a
 * test runner that is torn down; and a detached sh watchdog that re-registers the
 * entry after WATCHDOG_S even if this process is SIGKILLed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseBinfmtEntry } from '../../src/parse/binfmt.js';

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
const WATCHDOG_S = 120;

/** A magic-type entry as /proc/sys/fs/binfmt_misc/<name> shows it (magic and mask in
 *  hex, as the kernel prints them), named. */
export type BinfmtEntry = { name: string } & Omit<ReturnType<typeof parseBinfmtEntry>, 'extension'>;

export function readEntry(name: string, dir = BINFMT_DIR): BinfmtEntry | undefined {
  const file = `${dir}/${name}`;
  if (!existsSync(file)) return undefined;
  // The same reading of an entry file as the binfmt facet's parser.
  const parsed = parseBinfmtEntry(readFileSync(file, 'utf8'));
  if (!parsed.magic) throw new Error(`${file}: not a magic-type entry; only those can be restored`);
  const { enabled, interpreter, flags, offset, magic, mask } = parsed;
  return { name, enabled, interpreter, flags, offset, magic, mask };
}

/** The line that registers `entry` again: `:name:M:offset:magic:mask:interpreter:flags`. */
export function registerLine(entry: BinfmtEntry): string {
  // Every byte as \xHH: magic and mask may contain ':' or NUL, which the kernel only
  // accepts escaped.
  const escaped = (hex: string) => hex.replace(/../g, '\\x$&');
  return `:${entry.name}:M:${entry.offset}:${escaped(entry.magic)}:${escaped(entry.mask)}:${entry.interpreter}:${entry.flags}`;
}

function sameEntry(x: BinfmtEntry | undefined, y: BinfmtEntry): boolean {
  return x !== undefined && JSON.stringify(x) === JSON.stringify(y);
}

/** Register `saved` again unless it is there already. Synchronous: usable in exit handlers. */
export function restoreEntry(saved: BinfmtEntry, dir = BINFMT_DIR): void {
  if (!existsSync(`${dir}/${saved.name}`)) writeFileSync(`${dir}/register`, registerLine(saved));
  if (!saved.enabled) writeFileSync(`${dir}/${saved.name}`, '0');
}

/**
 * Remove entry `name` (`echo -1 > .../name`), run `fn`, restore the entry from the
 * saved fields and verify it reads back identical. Throws when the entry is not
 * registered to begin with, or when the restore could not be verified.
 */
export async function withEntryRemoved<T>(name: string, fn: () => Promise<T>, dir = BINFMT_DIR): Promise<T> {
  const saved = readEntry(name, dir);
  if (!saved) throw new Error(`binfmt entry ${name} is not registered in ${dir}; install qemu-user-static (and mount binfmt_misc)`);

  const watchdog = spawn('sh', ['-c', `sleep ${WATCHDOG_S}; [ -e "$DIR/$NAME" ] || printf '%s' "$LINE" > "$DIR/register"`], {
    detached: true,
    stdio: 'ignore',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', DIR: dir, NAME: name, LINE: registerLine(saved) },
  });
  watchdog.unref();
  const cleanUp = () => {
    try {
      restoreEntry(saved, dir);
    } finally {
      process.removeListener('exit', cleanUp);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      try {
        if (watchdog.pid !== undefined) process.kill(-watchdog.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('exit', cleanUp);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    writeFileSync(`${dir}/${name}`, '-1');
    return await fn();
  } finally {
    cleanUp();
    const now = readEntry(name, dir);
    if (!sameEntry(now, saved)) {
      // biome-ignore lint/correctness/noUnsafeFinally: a host left without its handler outweighs the test's own error
      throw new Error(`binfmt entry ${name} was not restored as saved: ${JSON.stringify(now)} != ${JSON.stringify(saved)}`);
    }
  }
}
