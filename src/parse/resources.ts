/**
 * resources: memory, free disk per path, /dev/shm's size, open-files, process, stack, data-size, file-size, address-space,
 * locked-memory and CPU-time limits, cgroup memory and pids limits.
 */
import type { Facet } from '../fingerprint/types.js';
import { parseSections, partsByName } from './sections.js';

// cgroup v1 reports "no limit" as a huge page-aligned number.
const UNLIMITED = 2 ** 60;

/** /proc/self/limits rows and their keys, named after ulimit's resource names (bytes, seconds). */
const LIMIT_KEYS: Record<string, string> = {
  processes: 'ulimit_nproc',
  'stack size': 'ulimit_stack',
  'data size': 'ulimit_data',
  'file size': 'ulimit_fsize',
  'address space': 'ulimit_as',
  'locked memory': 'ulimit_memlock',
  'cpu time': 'ulimit_cpu',
};

export function parseResources(raw: string): Facet {
  const parts = parseSections(raw);
  const files = partsByName(parts, 'file');
  const facet: Facet = {};
  for (const line of (files.get('/proc/meminfo') ?? '').split('\n')) {
    const m = /^(MemTotal|SwapTotal):\s+(\d+) kB/.exec(line);
    if (m) facet[m[1] === 'MemTotal' ? 'mem_total' : 'swap_total'] = Number(m[2]) * 1024;
  }
  const limit = (files.get('/sys/fs/cgroup/memory.max') ?? files.get('/sys/fs/cgroup/memory/memory.limit_in_bytes'))?.trim();
  if (limit && /^\d+$/.test(limit) && Number(limit) < UNLIMITED) facet.mem_limit = Number(limit);
  // cgroup pids.max: "max" is no limit, and no limit is no fact (as mem_limit).
  const pids = (files.get('/sys/fs/cgroup/pids.max') ?? files.get('/sys/fs/cgroup/pids/pids.max'))?.trim();
  if (pids && /^\d+$/.test(pids)) facet.pids_max = Number(pids);
  for (const part of parts) {
    if (part.kind === 'cmd' && part.name.startsWith('df -Pk ')) {
      const path = part.name.slice('df -Pk '.length);
      // Columns from the right of the number run: size used available capacity% mount.
      const m = /\s(\d+)\s+(\d+)\s+(\d+)\s+\d+%\s/.exec(part.text.split('\n')[1] ?? '');
      if (m) facet[`disk_free:${path}`] = Number(m[3]) * 1024;
      // Docker gives a container a 64 MB /dev/shm unless told otherwise: its size, not its free space, is the setting.
      if (m && path === '/dev/shm') facet.shm_size = Number(m[1]) * 1024;
    } else if (part.kind === 'cmd' && part.name.startsWith('df -Pi ')) {
      // Inodes IUsed IFree IUse% Mounted-on; a filesystem without inodes (btrfs, some overlays) reports 0 or "-".
      const m = /\s(\d+)\s+(\d+)\s+(\d+)\s+\d+%\s/.exec(part.text.split('\n')[1] ?? '');
      if (m && Number(m[1]) > 0) facet[`inodes_free:${part.name.slice('df -Pi '.length)}`] = Number(m[3]);
    }
  }
  const nofile = partsByName(parts, 'var').get('ulimit_nofile')?.trim();
  if (nofile && /^\d+$/.test(nofile)) facet.ulimit_nofile = Number(nofile);
  else if (nofile) facet.ulimit_nofile = nofile;
  // "Max processes   512   512   processes": the soft limit, what fork() (or a stack, a write, an mmap) runs into.
  for (const m of (files.get('/proc/self/limits') ?? '').matchAll(/^\s*Max ([a-z ]+?)\s{2,}(\d+|unlimited)\s/gm)) {
    const key = LIMIT_KEYS[m[1]!];
    if (key) facet[key] = /^\d+$/.test(m[2]!) ? Number(m[2]) : m[2]!;
  }
  return facet;
}
