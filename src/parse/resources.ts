/** resources: memory, free disk per path, open-files limit, cgroup memory limit. */
import type { Facet } from '../fingerprint/types.js';
import { parseSections, partsByName } from './sections.js';

// cgroup v1 reports "no limit" as a huge page-aligned number.
const UNLIMITED = 2 ** 60;

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
  for (const part of parts) {
    if (part.kind === 'cmd' && part.name.startsWith('df -Pk ')) {
      const path = part.name.slice('df -Pk '.length);
      // Columns from the right of the number run: size used available capacity% mount.
      const m = /\s(\d+)\s+(\d+)\s+(\d+)\s+\d+%\s/.exec(part.text.split('\n')[1] ?? '');
      if (m) facet[`disk_free:${path}`] = Number(m[3]) * 1024;
    }
  }
  const nofile = partsByName(parts, 'var').get('ulimit_nofile')?.trim();
  if (nofile && /^\d+$/.test(nofile)) facet.ulimit_nofile = Number(nofile);
  else if (nofile) facet.ulimit_nofile = nofile;
  return facet;
}
