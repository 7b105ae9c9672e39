/** sysctl: kernel tunables read from /proc/sys, keyed by their sysctl name (`vm.max_map_count`). */
import type { Facet } from '../fingerprint/types.js';
import { parseSections } from './sections.js';

const PROC_SYS = '/proc/sys/';

/** `/proc/sys/fs/inotify/max_user_watches` -> `fs.inotify.max_user_watches`, as sysctl(8) names it. */
export function sysctlName(path: string): string | undefined {
  if (!path.startsWith(PROC_SYS) || path.length === PROC_SYS.length) return undefined;
  return path.slice(PROC_SYS.length).replaceAll('/', '.');
}

/** A number when the file holds one integer, else the text with whitespace runs folded
 *  (multi-value files such as `kernel.printk` read `4 4 1 7`). */
export function sysctlValue(text: string): string | number | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '') return undefined;
  return /^-?\d{1,15}$/.test(value) ? Number(value) : value;
}

export function parseSysctl(raw: string): Facet {
  const facet: Facet = {};
  for (const part of parseSections(raw)) {
    if (part.kind !== 'file') continue;
    const name = sysctlName(part.name);
    const value = sysctlValue(part.text);
    if (name !== undefined && value !== undefined) facet[name] = value;
  }
  return facet;
}
