/**
 * --ignore PATTERN: globs over `scope/facet/key`. `*` matches any run of
 * characters (scopes and keys contain `/` themselves: image refs, URLs, paths),
 * `?` one character. A pattern naming only a prefix (`host/env`, `*\/resources`)
 * drops everything under it.
 */
import type { Difference } from './types.js';

export interface IgnorePattern {
  pattern: string;
  regex: RegExp;
}

export function compileIgnorePatterns(patterns: string[]): IgnorePattern[] {
  return patterns.map((pattern) => {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('');
    return { pattern, regex: new RegExp(`^${body}(?:/.*)?$`, 's') };
  });
}

export function differencePath(d: Pick<Difference, 'scope' | 'facet' | 'key'>): string {
  return `${d.scope}/${d.facet}/${d.key}`;
}

export function isIgnored(d: Pick<Difference, 'scope' | 'facet' | 'key'>, patterns: IgnorePattern[]): boolean {
  if (patterns.length === 0) return false;
  const path = differencePath(d);
  return patterns.some((p) => p.regex.test(path));
}

export function applyIgnores<T extends Difference>(differences: T[], patterns: IgnorePattern[]): T[] {
  return patterns.length === 0 ? differences : differences.filter((d) => !isIgnored(d, patterns));
}
