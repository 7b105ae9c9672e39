/** libc: C library family (glibc/musl) and version. */
import type { Facet } from '../fingerprint/types.js';
import { dirEntries, parseSections } from './sections.js';
import { parseApkInstalled, parseDpkgStatus } from './packages.js';

export function parseLibc(raw: string): Facet {
  const parts = parseSections(raw);
  for (const part of parts) {
    if (part.kind !== 'cmd') continue;
    const glibc = /^glibc (\S+)/m.exec(part.text);
    if (part.name === 'getconf GNU_LIBC_VERSION' && glibc) return { family: 'glibc', version: glibc[1]! };
    const musl = /musl libc[\s\S]*?Version (\S+)/.exec(part.text);
    if (musl) return { family: 'musl', version: musl[1]! };
  }
  // Files only (or no getconf): which libc is installed, version from the file name
  // (glibc < 2.34 ships libc-X.Y.so) or from the package database.
  let family: string | undefined;
  let version: string | undefined;
  for (const part of parts) {
    if (part.kind !== 'dir') continue;
    for (const name of dirEntries(part.text).keys()) {
      const old = /^libc-(\d+\.\d+(?:\.\d+)?)\.so$/.exec(name);
      if (old) {
        family = 'glibc';
        version = old[1];
      } else if (name === 'libc.so.6') family ??= 'glibc';
      else if (/^ld-musl-.*\.so\.1$/.test(name)) family ??= 'musl';
    }
  }
  for (const part of parts) {
    if (part.kind !== 'file' || version !== undefined) continue;
    if (part.name === '/var/lib/dpkg/status' || part.name.startsWith('/var/lib/dpkg/status.d/')) {
      const libc6 = parseDpkgStatus(part.text).find((p) => p.name === 'libc6' || p.name === 'libc6-x32');
      if (libc6) {
        family ??= 'glibc';
        version = libc6.version.replace(/^\d+:/, '').split('-')[0];
      }
    } else if (part.name === '/lib/apk/db/installed') {
      const musl = parseApkInstalled(part.text).find((p) => p.name === 'musl');
      if (musl) {
        family ??= 'musl';
        version = musl.version.split('-')[0];
      }
    }
  }
  // The probe found no C library at all: a static-only system.
  if (!family && parts.some((part) => part.kind === 'var' && part.name === 'none')) return { family: 'none' };
  const facet: Facet = {};
  if (family) facet.family = family;
  if (family && version) facet.version = version;
  return facet;
}
