/** os: distribution identity from os-release (or release files) and the host name. */
import type { Facet } from '../fingerprint/types.js';
import { parseSections, partsByName } from './sections.js';

/** KEY=value lines of os-release(5): values may be quoted with shell-style escapes. */
export function parseOsRelease(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2]!;
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\(["\\`$])/g, '$1');
    }
    fields.set(m[1]!, value);
  }
  return fields;
}

export function parseOs(raw: string): Facet {
  const files = partsByName(parseSections(raw), 'file');
  const facet: Facet = {};
  const release = files.get('/etc/os-release') ?? files.get('/usr/lib/os-release');
  if (release !== undefined) {
    const fields = parseOsRelease(release);
    for (const [key, name] of [
      ['ID', 'id'],
      ['VERSION_ID', 'version_id'],
      ['PRETTY_NAME', 'pretty_name'],
      ['VERSION_CODENAME', 'version_codename'],
      ['ID_LIKE', 'id_like'],
      ['NAME', 'name'],
    ] as const) {
      const value = fields.get(key);
      if (value !== undefined) facet[name] = value;
    }
  }
  const alpine = files.get('/etc/alpine-release')?.trim();
  if (alpine) {
    facet.id ??= 'alpine';
    facet.version_id ??= alpine;
    facet.alpine_release = alpine;
  }
  const debian = files.get('/etc/debian_version')?.trim();
  if (debian) facet.debian_version = debian;
  const hostname = (files.get('/proc/sys/kernel/hostname') ?? files.get('/etc/hostname'))?.trim();
  if (hostname) facet['host.name'] = hostname;
  return facet;
}
