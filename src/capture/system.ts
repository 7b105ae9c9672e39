/**
 * Host facts read from /proc, for the host's `resources` facet.
 *
 * The shell probes produce the portable keys (cpu arch/model/flags/cores,
 * mem_total, disk_free:*, ulimit_nofile) the same way on hosts and in containers.
 * This adds what the probes do not read: swap and the filesystem type of each
 * mount (overlay on xfs without d_type, a tmpfs /tmp, ... do break builds).
 * /proc/meminfo and /proc/self/mounts are two small reads, no process and no
 * library (systeminformation's fsSize ran a synchronous `df`, and only its deep
 * modules were cheap to load); they say the same inside containers.
 */
import type { Facet } from '../fingerprint/types.js';
import { readFileCapped } from '../fs/read-capped.js';

/** Both files are a few KB; a host with thousands of mounts stays far below this. */
const MAX_PROC_BYTES = 4 * 1024 * 1024;

export async function captureResourceFacts(): Promise<Facet> {
  const [meminfo, mounts] = await Promise.all(
    ['/proc/meminfo', '/proc/self/mounts'].map(async (file) => (await readFileCapped(file, MAX_PROC_BYTES)).toString('utf8')),
  );
  return resourcesFacetFromProc(meminfo ?? '', mounts ?? '');
}

/** Mounts that come and go with containers: noise, not a property of the host. */
const EPHEMERAL_MOUNT = /^\/(?:var\/lib\/(?:docker|containers)|run)\//;
/** Kernel interfaces, not storage a build writes to (what `df` leaves out too). */
const PSEUDO_FS = new Set([
  'proc',
  'sysfs',
  'cgroup',
  'cgroup2',
  'devpts',
  'mqueue',
  'securityfs',
  'debugfs',
  'tracefs',
  'pstore',
  'bpf',
  'configfs',
  'fusectl',
  'hugetlbfs',
  'autofs',
  'binfmt_misc',
  'nsfs',
  'rpc_pipefs',
  'efivarfs',
  'selinuxfs',
  'squashfs',
]);

/** Pure: the resources keys from /proc/meminfo and /proc/self/mounts text. */
export function resourcesFacetFromProc(meminfo: string, mounts: string): Facet {
  const kb = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s*kB`, 'm').exec(meminfo);
    return match ? Number(match[1]) * 1024 : undefined;
  };
  const facet: Facet = {};
  const total = kb('MemTotal');
  const swap = kb('SwapTotal');
  if (total !== undefined) facet['mem_total'] = total;
  if (swap !== undefined) facet['swap_total'] = swap;
  const types: Record<string, string> = {};
  for (const line of mounts.split('\n')) {
    const [, mount, type] = line.split(' ');
    if (!mount || !type || PSEUDO_FS.has(type)) continue;
    // Octal escapes (\040 for a space) as the kernel writes them.
    const path = mount.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));
    if (EPHEMERAL_MOUNT.test(path)) continue;
    types[path] = type; // the last mount on a path is the one in effect
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
