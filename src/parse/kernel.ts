/** kernel: release/version/machine, memory page size, cgroup version, seccomp mode, user namespaces. */
import type { Facet } from '../fingerprint/types.js';
import { parseSections, partsByName } from './sections.js';

/** /proc/<pid>/status `Seccomp:` values. */
export const SECCOMP_MODES: Record<string, string> = { '0': 'disabled', '1': 'strict', '2': 'filter' };

/** `Key:\tvalue` lines of /proc/<pid>/status. */
export function statusFields(text: string | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return fields;
}

export function parseKernel(raw: string): Facet {
  const parts = parseSections(raw);
  const files = partsByName(parts, 'file');
  const cmds = partsByName(parts, 'cmd');
  const vars = partsByName(parts, 'var');
  const facet: Facet = {};
  const release = (files.get('/proc/sys/kernel/osrelease') ?? cmds.get('uname -r'))?.trim();
  if (release) facet.release = release;
  const version = (files.get('/proc/sys/kernel/version') ?? cmds.get('uname -v'))?.trim();
  if (version) facet.version = version;
  const machine = cmds.get('uname -m')?.trim();
  if (machine) facet.machine = machine;
  const pageSize = cmds.get('getconf PAGESIZE')?.trim();
  if (pageSize && /^\d+$/.test(pageSize)) facet.page_size = Number(pageSize);
  const cgroup = vars.get('cgroup')?.trim();
  if (cgroup) facet.cgroup = cgroup;
  const seccomp = statusFields(files.get('/proc/self/status')).get('Seccomp');
  if (seccomp !== undefined) facet.seccomp = SECCOMP_MODES[seccomp] ?? seccomp;
  const max = files.get('/proc/sys/user/max_user_namespaces')?.trim();
  const unprivileged = files.get('/proc/sys/kernel/unprivileged_userns_clone')?.trim();
  if (max !== undefined && /^\d+$/.test(max)) {
    facet.userns_max = Number(max);
    facet.userns = max === '0' ? 'disabled' : unprivileged === '0' ? 'root-only' : 'enabled';
  }
  return facet;
}
