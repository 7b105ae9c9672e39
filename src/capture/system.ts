/**
 * Host facts from systeminformation, for the host's `resources` facet.
 *
 * The shell probes produce the portable keys (cpu arch/model/flags/cores,
 * mem_total, disk_free:*, ulimit_nofile) the same way on hosts and in
 * containers. systeminformation adds what the probes do not read: swap and the
 * filesystem type of each mount (overlay on xfs without d_type, a tmpfs /tmp,
 * ... do break builds). Measured on a 2-core runner, per capture:
 * - the package index import: ~45 ms of CPU; importing only the two modules
 *   used here: ~20 ms (done below);
 * - mem() + fsSize(): ~8 ms of CPU, one `df`;
 * - cpu(): ~20 ms of CPU and four processes (lscpu twice, dmidecode) for physical
 *   cores and cache sizes, which the probe's /proc/cpuinfo mostly has: dropped;
 * - getStaticData()/versions(): ~0.9 s: never.
 * All of it runs while the probe bundle does.
 */
import type { Facet } from '../fingerprint/types.js';

/** The subset of systeminformation's results read here. */
export interface SiMem {
  total: number;
  swaptotal: number;
}
export interface SiFs {
  fs: string;
  type: string;
  mount: string;
}

// Deep imports: systeminformation's index loads all of its ~20 modules.
const MEMORY_MODULE = 'systeminformation/lib/memory.js';
const FILESYSTEM_MODULE = 'systeminformation/lib/filesystem.js';

export async function captureResourceFacts(): Promise<Facet> {
  const [memory, filesystem] = (await Promise.all([import(MEMORY_MODULE), import(FILESYSTEM_MODULE)])) as [
    { default: { mem(): Promise<SiMem> } },
    { default: { fsSize(): Promise<SiFs[]> } },
  ];
  const [mem, fs] = await Promise.all([memory.default.mem(), filesystem.default.fsSize()]);
  return resourcesFacetFromSi(mem, fs);
}

/** Mounts that come and go with containers: noise, not a property of the host. */
const EPHEMERAL_MOUNT = /^\/(?:var\/lib\/(?:docker|containers)|run)\//;

export function resourcesFacetFromSi(mem: SiMem, filesystems: SiFs[]): Facet {
  const facet: Facet = { mem_total: mem.total, swap_total: mem.swaptotal };
  const types: Record<string, string> = {};
  for (const f of filesystems) {
    if (!f.mount || EPHEMERAL_MOUNT.test(f.mount)) continue;
    types[f.mount] = f.type;
  }
  if (Object.keys(types).length > 0) facet['filesystems'] = types;
  return facet;
}

/**
 * The host facet: the probe's keys win (they mean the same on hosts and in
 * containers); the API adds its own keys, and all of them when the probe failed.
 */
export function mergeHostFacet(fromProbe: Facet | undefined, fromApi: Facet): Facet {
  return { ...fromApi, ...(fromProbe ?? {}) };
}
