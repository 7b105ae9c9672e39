/**
 * Write a file atomically: a temp file in the same directory, fsync, then a
 * no-clobber publish. Without `force` an existing file is never replaced (the
 * check and the publish are one step: link(2) fails if the target exists). The
 * temp file is removed on every exit path: errors, SIGINT/SIGTERM/SIGHUP, exit.
 */
import { link, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { removeOnExit } from './temp-cleanup.js';
import { nodeCrypto } from '../lazy-crypto.js';

export async function writeFileAtomic(file: string, content: string, options: { force?: boolean } = {}): Promise<void> {
  // A device, FIFO or socket (`-o /dev/null`, `-o /dev/stderr`, a named pipe) is a
  // destination, not a file to replace: write through it. Renaming over it would
  // turn /dev/null into a regular file.
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
  if (existing && !existing.isFile()) {
    try {
      await writeFile(file, content, { flag: 'w' });
      return;
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
    }
  }
  // A short, fixed-length name: a target name near NAME_MAX (255) must still fit.
  const tmp = join(dirname(file), `.envdiff-${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  const cleanup = removeOnExit(tmp);
  try {
    await writeFile(tmp, content, { flag: 'wx', mode: 0o644 });
    const handle = await open(tmp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await rename(tmp, file);
    } else {
      try {
        await link(tmp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UsageError(`${file} already exists; use --force to overwrite it or -o to choose another name`, 'output-exists');
        }
        throw error;
      }
      await unlink(tmp);
    }
  } catch (error) {
    await unlink(tmp).catch(() => {});
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
  } finally {
    cleanup.release();
  }
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return e.message ?? String(error);
  }
}
