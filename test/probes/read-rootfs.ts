/**
 * Reads a facet's FILE_SOURCES from a rootfs directory the way a shell-less capture
 * reads them from an image (a reference for the contract in src/parse/sections.ts):
 * files by content, `dir/` entries as listings (`name -> target` for symlinks),
 * `*` globs expanded per path component. Symlinks are followed inside the rootfs.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';

function rootPath(root: string, path: string): string {
  return join(root, path);
}

function expand(root: string, pattern: string): string[] {
  const parts = pattern.split('/').filter(Boolean);
  let paths = [''];
  for (const part of parts) {
    const next: string[] = [];
    for (const base of paths) {
      if (!part.includes('*')) {
        next.push(`${base}/${part}`);
        continue;
      }
      const dir = rootPath(root, base || '/');
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      const re = new RegExp(`^${part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      for (const name of readdirSync(dir).sort()) if (re.test(name) && !name.startsWith('.')) next.push(`${base}/${name}`);
    }
    paths = next;
  }
  return paths;
}

export function readRootfsSources(root: string, sources: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const source of sources) {
    const isDir = source.endsWith('/');
    for (const path of expand(root, source)) {
      const real = rootPath(root, path || '/');
      if (!existsSync(real)) continue;
      if (isDir) {
        if (!statSync(real).isDirectory()) continue;
        const lines = readdirSync(real)
          .sort()
          .map((name) => {
            const st = lstatSync(join(real, name));
            return st.isSymbolicLink() ? `${name} -> ${readlinkSync(join(real, name))}` : name;
          });
        files.set(`${path || ''}/`, lines.map((l) => `${l}\n`).join(''));
      } else if (statSync(real).isFile()) {
        files.set(path, readFileSync(real, 'utf8'));
      }
    }
  }
  return files;
}
