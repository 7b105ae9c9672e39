/**
 * mounts: for the places builds write to and run programs from, the filesystem
 * type and the mount flags that change what a build may do there: `ro`/`rw`,
 * `noexec` (a compiled test binary or a JIT's stub in /tmp cannot run), `nosuid`,
 * `nodev`. From /proc/<pid>/mountinfo; the mount covering each path is the
 * longest mount point above it, the last one listed where mounts are stacked.
 */
import type { Facet } from '../fingerprint/types.js';
import { parseSections } from './sections.js';

/** Where builds write and run things. A path with no mount of its own reports its parent's. */
export const MOUNT_PATHS = ['/', '/tmp', '/var/tmp', '/dev/shm', '/home', '/var/lib/docker'] as const;

/** The per-mount flags that change what a build may do; the rest (relatime, seclabel) only tune it. */
const FLAGS = new Set(['ro', 'rw', 'noexec', 'nosuid', 'nodev']);

interface Mount {
  point: string;
  type: string;
  flags: string[];
}

export function parseMounts(raw: string): Facet {
  const mounts: Mount[] = [];
  for (const part of parseSections(raw)) {
    if (part.kind !== 'file' || !/^\/proc\/(?:\d+|self)\/mountinfo$/.test(part.name)) continue;
    for (const line of part.text.split('\n')) {
      const mount = mountOf(line);
      if (mount) mounts.push(mount);
    }
  }
  const facet: Facet = {};
  if (mounts.length === 0) return facet;
  for (const path of MOUNT_PATHS) {
    const covering = coveringMount(mounts, path);
    // A path covered only by / says nothing / does not say already.
    if (covering && (covering.point === path || path === '/')) facet[path] = `${covering.type} ${covering.flags.join(',')}`;
  }
  return facet;
}

/** "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue" (proc(5)). */
function mountOf(line: string): Mount | undefined {
  const sep = line.indexOf(' - ');
  if (sep < 0) return undefined;
  const left = line.slice(0, sep).trim().split(' ');
  const right = line
    .slice(sep + 3)
    .trim()
    .split(' ');
  const point = left[4];
  const options = left[5];
  const type = right[0];
  if (!point || !options || !type) return undefined;
  const flags = options.split(',').filter((o) => FLAGS.has(o));
  return { point: unescapeOctal(point), type, flags: flags.sort(flagOrder) };
}

/** The mount whose point is the longest prefix of `path`; of equal ones the last listed (mounted on top). */
function coveringMount(mounts: readonly Mount[], path: string): Mount | undefined {
  let best: Mount | undefined;
  for (const m of mounts) {
    const covers = m.point === '/' || path === m.point || path.startsWith(`${m.point}/`);
    if (covers && (!best || m.point.length >= best.point.length)) best = m;
  }
  return best;
}

/** ro/rw first, then the restrictions in a fixed order, so equal mounts print equal. */
function flagOrder(a: string, b: string): number {
  const order = ['ro', 'rw', 'noexec', 'nosuid', 'nodev'];
  return order.indexOf(a) - order.indexOf(b);
}

/** mountinfo writes space, tab, newline and backslash in paths as \040, \011, \012, \134. */
function unescapeOctal(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));
}
