/**
 * Paths of the host as seen through its root filesystem mounted elsewhere
 * (`capture --root /host`). The host's absolute symlinks (/var/run -> /run) point
 * into the host's tree, so they are followed inside ROOT, never out of it into
 * this container's own files.
 */
import { lstat, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Linux's own limit on symlinks followed in one lookup. */
const MAX_LINKS = 40;

/**
 * `path` (absolute, in the host's terms) resolved under `root`, or undefined when
 * a component is missing or the links loop. The last component's link is
 * followed too; `..` never climbs above root (as in a chroot).
 */
export async function resolveInRoot(root: string, path: string): Promise<string | undefined> {
  const pending = path.split('/').filter((part) => part !== '' && part !== '.');
  const done: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '..') {
      done.pop();
      continue;
    }
    const here = join(root, ...done, part);
    const info = await lstat(here).catch(() => undefined);
    if (!info) return undefined;
    if (!info.isSymbolicLink()) {
      done.push(part);
      continue;
    }
    if (++links > MAX_LINKS) return undefined;
    const target = await readlink(here).catch(() => undefined);
    if (target === undefined) return undefined;
    if (target.startsWith('/')) done.length = 0;
    pending.unshift(...target.split('/').filter((p) => p !== '' && p !== '.'));
  }
  return join(root, ...done);
}
