/** cpu: architecture, model, flags, logical cores (from /proc/cpuinfo). */
import type { Facet } from '../fingerprint/types.js';
import { parseSections, partsByName } from './sections.js';

export function parseCpu(raw: string): Facet {
  const parts = parseSections(raw);
  const facet: Facet = {};
  const arch = partsByName(parts, 'cmd').get('uname -m')?.trim();
  if (arch) facet.arch = arch;
  const info = partsByName(parts, 'file').get('/proc/cpuinfo') ?? '';
  const fields = new Map<string, string>();
  let cores = 0;
  for (const line of info.split('\n')) {
    const m = /^([^:]+?)\s*:\s?(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!;
    if (key === 'processor' && /^\d+$/.test(m[2]!.trim())) cores++;
    if (!fields.has(key)) fields.set(key, m[2]!.trim());
  }
  // x86: model name; arm64: no model name, implementer/part ids; others: cpu model/cpu.
  const model =
    fields.get('model name') ??
    fields.get('Model') ??
    fields.get('cpu model') ??
    (fields.has('CPU implementer') ? `implementer ${fields.get('CPU implementer')} part ${fields.get('CPU part') ?? '?'}` : undefined) ??
    fields.get('cpu');
  if (model) facet.model = model;
  const vendor = fields.get('vendor_id');
  if (vendor) facet.vendor = vendor;
  const flags = fields.get('flags') ?? fields.get('Features');
  if (flags !== undefined) facet.flags = flags.split(/\s+/).filter(Boolean).sort();
  if (cores > 0) facet.cores = cores;
  return facet;
}
