/**
 * libraries: soname -> paths, from the ld.so cache (`ldconfig -p`) plus shared
 * objects in the standard and multiarch dirs that the cache does not list (the
 * Longhorn case: libfuse3.so.4 in /usr/lib64, which Debian's cache never scans);
 * `ld.so.conf` (dirs, includes followed); `LD_LIBRARY_PATH`.
 */
import type { Facet } from '../fingerprint/types.js';
import { dirEntries, parseSections } from './sections.js';

/** `\tlibz.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libz.so.1` lines. */
export function parseLdconfigCache(text: string): Array<{ soname: string; flags: string; path: string }> {
  const out: Array<{ soname: string; flags: string; path: string }> = [];
  for (const line of text.split('\n')) {
    const m = /^\s+(\S+) \((.*)\) => (.+)$/.exec(line);
    if (m) out.push({ soname: m[1]!, flags: m[2]!, path: m[3]! });
  }
  return out;
}

/** Resolve `target` of a symlink at `linkPath` to an absolute, normalised path. */
function resolveLink(linkPath: string, target: string): string {
  const base = target.startsWith('/') ? [] : linkPath.split('/').slice(0, -1);
  const segments = [...base, ...target.split('/')];
  const out: string[] = [];
  for (const s of segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return '/' + out.join('/');
}

/** Shared object file names: `libz.so`, `libz.so.1`, `libz.so.1.2.13`, `ld-linux-x86-64.so.2`. */
export function isSharedObject(fileName: string): boolean {
  return /^.+\.so(?:\.\d+)*$/.test(fileName);
}

/**
 * Files of one dir that stand for a library of their own: a versioned file with a
 * shorter soname link beside it (libz.so.1.2.13 next to libz.so.1) is that link's
 * library, not another one. Without the ELF header the file name is the best
 * soname there is (libboost_log.so.1.75.0 really is its own soname).
 */
export function librariesInDir(names: Iterable<string>): string[] {
  const all = [...names].filter(isSharedObject);
  const set = new Set(all);
  return all
    .filter((name) => {
      const m = /^(.+\.so)((?:\.\d+)*)$/.exec(name)!;
      const parts = m[2]!.split('.').slice(1);
      for (let n = parts.length - 1; n >= 1; n--) {
        if (set.has(`${m[1]}.${parts.slice(0, n).join('.')}`)) return false;
      }
      return true;
    })
    .sort();
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** ld.so.conf dirs in ld.so order: `include` globs expanded in place, sorted. */
export function ldSoConfDirs(files: Map<string, string>, file = '/etc/ld.so.conf', seen = new Set<string>()): string[] {
  const text = files.get(file);
  if (text === undefined || seen.has(file)) return [];
  seen.add(file);
  const dirs: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*/, '').trim();
    if (line === '') continue;
    const inc = /^include\s+(.+)$/.exec(line);
    if (inc) {
      for (let pattern of inc[1]!.trim().split(/\s+/)) {
        if (!pattern.startsWith('/')) pattern = `${file.slice(0, file.lastIndexOf('/'))}/${pattern}`;
        const re = globToRegExp(pattern);
        for (const path of [...files.keys()].filter((p) => re.test(p)).sort()) dirs.push(...ldSoConfDirs(files, path, seen));
      }
    } else if (!line.startsWith('hwcap ')) {
      for (const dir of line.split(/[\s:,]+/)) if (dir !== '') dirs.push(dir.replace(/=.*$/, ''));
    }
  }
  return dirs;
}

export function parseLibraries(raw: string): Facet {
  const parts = parseSections(raw);
  // Symlinked lib dirs (merged /usr: /lib -> usr/lib), from `name -> target` entries.
  const links = new Map<string, string>();
  for (const part of parts) {
    if (part.kind !== 'dir') continue;
    for (const [name, target] of dirEntries(part.text)) {
      const path = part.name === '/' ? `/${name}` : `${part.name}/${name}`;
      if (target !== undefined) links.set(path, resolveLink(path, target));
    }
  }
  const canonical = (path: string): string => {
    for (const [from, to] of links) {
      if (path === from || path.startsWith(`${from}/`)) return to + path.slice(from.length);
    }
    return path;
  };

  const libraries = new Map<string, string[]>();
  const known = new Set<string>();
  const add = (soname: string, path: string): void => {
    const paths = libraries.get(soname) ?? [];
    if (!paths.includes(path)) paths.push(path);
    libraries.set(soname, paths);
    known.add(canonical(path));
  };
  for (const part of parts) {
    if (part.kind === 'cmd' && part.name === 'ldconfig -p') {
      for (const entry of parseLdconfigCache(part.text)) add(entry.soname, entry.path);
    }
  }
  const listedDirs = new Set<string>();
  for (const part of parts) {
    if (part.kind !== 'dir' || links.has(part.name)) continue;
    const dir = canonical(part.name);
    if (listedDirs.has(dir)) continue;
    listedDirs.add(dir);
    for (const name of librariesInDir(dirEntries(part.text).keys())) {
      const path = `${part.name}/${name}`;
      if (known.has(canonical(path))) continue;
      add(name, path);
    }
  }

  const facet: Facet = {};
  for (const soname of [...libraries.keys()].sort()) facet[soname] = libraries.get(soname)!;
  const confFiles = new Map<string, string>();
  for (const part of parts) if (part.kind === 'file') confFiles.set(part.name, part.text);
  if (confFiles.has('/etc/ld.so.conf')) facet['ld.so.conf'] = ldSoConfDirs(confFiles);
  const ldPath = parts.find((p) => p.kind === 'env' && p.name === 'LD_LIBRARY_PATH');
  if (ldPath) facet.LD_LIBRARY_PATH = ldPath.text.replace(/\n$/, '').split(':');
  return facet;
}
