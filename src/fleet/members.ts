/**
 * Which fingerprints make the fleet: paths, directories (every *.json inside) and
 * globs with wildcards in the file name (`runs/*.json`, for shells that do not
 * expand them), in a stable order. I/O: lists directories only.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

const WILDCARD = /[*?[]/;

export async function expandRefs(refs: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const ref of refs) {
    if (ref === '-') {
      out.push(ref);
      continue;
    }
    const path = resolve(cwd, ref);
    if (WILDCARD.test(dirname(ref))) throw new UsageError(`${ref}: wildcards are supported in the file name only (e.g. runs/*.json)`);
    if (WILDCARD.test(basename(ref))) {
      const pattern = fileGlob(basename(ref));
      const names = await listDir(dirname(path), ref);
      const matched = names.filter((n) => pattern.test(n)).sort();
      if (matched.length === 0) throw new UsageError(`${ref} matches no file`);
      out.push(...matched.map((n) => join(dirname(path), n)));
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      out.push(
        ...(await listDir(path, ref))
          .filter((n) => n.endsWith('.json'))
          .sort()
          .map((n) => join(path, n)),
      );
    } else {
      out.push(path);
    }
  }
  return out;
}

async function listDir(dir: string, ref: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    throw new UsageError(`cannot list ${ref}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** `*` and `?` within a name, `[abc]` classes; nothing crosses a `/`. */
function fileGlob(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
