/**
 * packages: installed packages from dpkg (status file and distroless status.d),
 * apk (installed db) and rpm (`rpm -qa` with a tab-separated format). One key per
 * package name; `name:arch` only for a name installed for several architectures,
 * so the key count equals `dpkg-query -W`'s line count.
 */
import type { Facet } from '../fingerprint/types.js';
import { parseSections } from './sections.js';

export interface InstalledPackage {
  name: string;
  version: string;
  status: string;
  arch: string;
  manager: 'dpkg' | 'apk' | 'rpm';
}

/** Paragraphs of `Field: value` lines separated by blank lines (dpkg) or `K:value` (apk). */
function paragraphs(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function parseDpkgStatus(text: string): InstalledPackage[] {
  const packages: InstalledPackage[] = [];
  for (const para of paragraphs(text)) {
    const fields = new Map<string, string>();
    for (const line of para) {
      const m = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
      if (m) fields.set(m[1]!, m[2]!.trim());
    }
    const name = fields.get('Package');
    const status = fields.get('Status') ?? '';
    // Purged packages leave no entry dpkg-query -W would list.
    if (!name || / not-installed$/.test(status)) continue;
    packages.push({
      name,
      version: fields.get('Version') ?? '',
      status,
      arch: fields.get('Architecture') ?? '',
      manager: 'dpkg',
    });
  }
  return packages;
}

export function parseApkInstalled(text: string): InstalledPackage[] {
  const packages: InstalledPackage[] = [];
  for (const para of paragraphs(text)) {
    const fields = new Map<string, string>();
    for (const line of para) if (line[1] === ':') fields.set(line[0]!, line.slice(2));
    const name = fields.get('P');
    if (!name) continue;
    packages.push({ name, version: fields.get('V') ?? '', status: 'installed', arch: fields.get('A') ?? '', manager: 'apk' });
  }
  return packages;
}

/** Lines `name\tepoch:version-release\tarch` (epoch `(none)` when unset). */
export function parseRpmList(text: string): InstalledPackage[] {
  const packages: InstalledPackage[] = [];
  for (const line of text.split('\n')) {
    const [name, evr, arch] = line.split('\t');
    if (!name || evr === undefined) continue;
    packages.push({ name, version: evr.replace(/^\(none\):/, ''), status: 'installed', arch: arch ?? '', manager: 'rpm' });
  }
  return packages;
}

export function parsePackages(raw: string): Facet {
  const all: InstalledPackage[] = [];
  for (const part of parseSections(raw)) {
    if (part.kind === 'file' && (part.name === '/var/lib/dpkg/status' || part.name.startsWith('/var/lib/dpkg/status.d/'))) {
      // status.d (distroless) also holds `<pkg>.md5sums` files: no Package field, skipped.
      all.push(...parseDpkgStatus(part.text));
    } else if (part.kind === 'file' && part.name === '/lib/apk/db/installed') all.push(...parseApkInstalled(part.text));
    else if (part.kind === 'cmd' && part.name === 'rpm -qa') all.push(...parseRpmList(part.text));
  }
  const archesByName = new Map<string, Set<string>>();
  for (const p of all) {
    const key = `${p.manager}\0${p.name}`;
    if (!archesByName.has(key)) archesByName.set(key, new Set());
    archesByName.get(key)!.add(p.arch);
  }
  const facet: Facet = {};
  for (const p of all) {
    const multiArch = (archesByName.get(`${p.manager}\0${p.name}`)?.size ?? 0) > 1;
    const key = multiArch ? `${p.name}:${p.arch}` : p.name;
    if (key in facet) continue;
    facet[key] = { version: p.version, status: p.status, manager: p.manager, arch: p.arch };
  }
  return facet;
}
