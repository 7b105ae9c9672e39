/**
 * A container's filesystem as read from ONE archive of `/` (the Docker archive API
 * streams it as tar): every entry's type and link target, and the bodies of the
 * files a shell-less capture needs. Pure: resolves paths through symlinks (as the
 * kernel would, within the container's root) and answers the FILE_SOURCES
 * convention of src/parse/sections.ts (file content, `dir/` listings, globs).
 */
import { posix } from 'node:path';
import type { TarEntry } from './archive.js';

const MAX_LINK_HOPS = 16;

export interface FileNode {
  type: TarEntry['type'];
  linkTarget?: string;
  body?: Buffer;
}

/** Absolute, normalised path of a root-archive entry (`/`, `/etc/`, `./etc`, `etc` -> `/etc`). */
export function absoluteEntryPath(path: string): string {
  const trimmed = path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
  return trimmed === '' || trimmed === '.' ? '/' : `/${trimmed}`;
}

/** A FILE_SOURCES entry: `/a/b`, `/a/b/` (listing), with `*`/`?` globs in any component. */
export interface SourcePattern {
  source: string;
  components: string[];
  listing: boolean;
}

export function parseSource(source: string): SourcePattern {
  const listing = source.length > 1 && source.endsWith('/');
  return { source, components: source.split('/').filter(Boolean), listing: listing || source === '/' };
}

function isGlob(component: string): boolean {
  return /[*?]/.test(component);
}

export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '[^/]*')
    .replaceAll('?', '[^/]');
  return new RegExp(`^${body}$`);
}

/**
 * Would this archive path (real, unresolved) be a file some source names directly?
 * Used while streaming to decide which bodies to keep; anything missed here (a file
 * reached through a symlinked directory) is fetched afterwards by path.
 */
export function wantsBody(sources: SourcePattern[], path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  return sources.some(
    (s) =>
      !s.listing &&
      s.components.length === parts.length &&
      s.components.every((c, i) => (isGlob(c) ? globToRegExp(c).test(parts[i]!) : c === parts[i])),
  );
}

/**
 * The keepBody callback for streaming the archive of `/`: files the sources name,
 * plus the targets of named symlinks seen earlier in the stream (/etc/os-release ->
 * ../usr/lib/os-release comes before its target in the archive's order).
 */
export function bodyWanter(sources: SourcePattern[]): (entry: TarEntry) => boolean {
  const targets = new Set<string>();
  return (entry) => {
    const path = absoluteEntryPath(entry.path);
    if (entry.type === 'symlink' && entry.linkTarget !== undefined && wantsBody(sources, path)) {
      targets.add(posix.resolve(posix.dirname(path), entry.linkTarget));
      return false;
    }
    return targets.has(path) || wantsBody(sources, path);
  };
}

export class FileTree {
  private readonly nodes = new Map<string, FileNode>();
  private readonly children = new Map<string, string[]>();

  constructor(entries: TarEntry[]) {
    this.nodes.set('/', { type: 'dir' });
    for (const entry of entries) {
      const path = absoluteEntryPath(entry.path);
      const node: FileNode = { type: entry.type };
      if (entry.linkTarget !== undefined) node.linkTarget = entry.linkTarget;
      if (entry.body !== undefined) node.body = entry.body;
      this.nodes.set(path, node);
      if (path !== '/') {
        const parent = posix.dirname(path);
        const list = this.children.get(parent);
        if (list) list.push(posix.basename(path));
        else this.children.set(parent, [posix.basename(path)]);
      }
    }
  }

  /**
   * Resolve every symlink of `path` inside the container's root; the final
   * component too when `followLast`. Returns the real path, or undefined when some
   * component does not exist (or links loop).
   */
  resolve(path: string, followLast = true): string | undefined {
    let pending = path.split('/').filter(Boolean);
    let current = '/';
    let hops = 0;
    while (pending.length > 0) {
      const [name, ...rest] = pending as [string, ...string[]];
      pending = rest;
      if (name === '.') continue;
      if (name === '..') {
        current = posix.dirname(current);
        continue;
      }
      const next = current === '/' ? `/${name}` : `${current}/${name}`;
      const node = this.nodes.get(next);
      if (!node) return undefined;
      if (node.type === 'symlink' && node.linkTarget !== undefined && (followLast || pending.length > 0)) {
        if (++hops > MAX_LINK_HOPS) return undefined;
        const target = node.linkTarget;
        pending = [...target.split('/').filter(Boolean), ...pending];
        if (target.startsWith('/')) current = '/';
        continue;
      }
      current = next;
    }
    return current;
  }

  node(realPath: string): FileNode | undefined {
    return this.nodes.get(realPath);
  }

  /** Listing of a real directory path: names, symlinks as `name -> target`. */
  listing(realDir: string): string {
    const names = [...(this.children.get(realDir) ?? [])].sort();
    const lines = names.map((name) => {
      const node = this.nodes.get(realDir === '/' ? `/${name}` : `${realDir}/${name}`);
      return node?.type === 'symlink' ? `${name} -> ${node.linkTarget ?? ''}` : name;
    });
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }

  /** Existing paths (as written, unresolved) a source names: globs expanded per component. */
  expand(source: SourcePattern): string[] {
    let paths = ['/'];
    for (const component of source.components) {
      const next: string[] = [];
      for (const base of paths) {
        const join = (name: string) => (base === '/' ? `/${name}` : `${base}/${name}`);
        if (!isGlob(component)) {
          if (this.resolve(join(component), false) !== undefined) next.push(join(component));
          continue;
        }
        const real = this.resolve(base);
        if (real === undefined) continue;
        const match = globToRegExp(component);
        // Like sh: a glob does not match names starting with `.` unless it says so.
        for (const name of (this.children.get(real) ?? []).sort()) {
          if (match.test(name) && (!name.startsWith('.') || component.startsWith('.'))) next.push(join(name));
        }
      }
      paths = next;
    }
    return paths;
  }
}

/** What a source yields, per sections.ts; `missingBodies` are real paths to fetch by path. */
export function filesForSources(
  tree: FileTree,
  sources: SourcePattern[],
): { files: Map<string, string>; missingBodies: Map<string, string> } {
  const files = new Map<string, string>();
  const missingBodies = new Map<string, string>();
  for (const source of sources) {
    for (const path of tree.expand(source)) {
      const real = tree.resolve(path);
      const node = real === undefined ? undefined : tree.node(real);
      if (!node || real === undefined) continue;
      if (node.type === 'dir') {
        const globbed = source.components.some(isGlob);
        // A plain file source that is a directory yields nothing (the probe's `cat` fails).
        if (source.listing || globbed) files.set(path === '/' ? '/' : `${path}/`, tree.listing(real));
      } else if ((node.type === 'file' || node.type === 'hardlink') && !source.listing) {
        // A hardlink entry carries no body in the tar: fetched by its path like a missed body.
        if (node.body) files.set(path, node.body.toString('utf8'));
        else missingBodies.set(path, real);
      }
    }
  }
  return { files, missingBodies };
}
