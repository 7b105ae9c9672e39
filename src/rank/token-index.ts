/**
 * An index of the log's tokens, so that each difference is checked only
 * against the tokens that could name it (by exact value, or by kind for the
 * few facets that match loosely), not against all of them: a compare of two
 * unrelated machines has 100k differences.
 */
import type { FacetValue, JsonValue } from '../fingerprint/types.js';
import type { Difference } from '../diff/types.js';
import { pythonModulesOf } from './python-imports.js';
import type { Token, TokenKind } from './tokens.js';

export interface LogToken {
  token: Token;
  strength: number;
  signature?: string;
  context?: boolean;
}

export interface TokenIndex {
  /** Lower-case token value -> tokens with that value, in log order. */
  byValue: Map<string, LogToken[]>;
  byKind: Map<TokenKind, LogToken[]>;
  /** Shared library stem (libssl for libssl.so.48) -> soname tokens. */
  bySoStem: Map<string, LogToken[]>;
  /** Position of each token in the scan, to keep candidates in log order. */
  order: Map<LogToken, number>;
}

const MAX_PER_STEM = 4;
/** Where packages put the programs named after them. */
export const BIN_DIRS = ['/usr/bin', '/usr/local/bin', '/bin', '/usr/sbin', '/sbin'];
/** Shortest library stem a package name is searched for (libssl in libressl3.0-libssl). */
const MIN_STEM = 5;

export function indexTokens(tokens: LogToken[]): TokenIndex {
  const index: TokenIndex = { byValue: new Map(), byKind: new Map(), bySoStem: new Map(), order: new Map() };
  tokens.forEach((t, i) => {
    index.order.set(t, i);
    push(index.byValue, t.token.value.toLowerCase(), t);
    push(index.byKind, t.token.kind, t);
    if (t.token.kind === 'soname') {
      const stem = soStem(t.token.value);
      // A few per stem are enough to say "another version of this library is named".
      if ((index.bySoStem.get(stem)?.length ?? 0) < MAX_PER_STEM) push(index.bySoStem, stem, t);
    }
  });
  return index;
}

function push<K>(map: Map<K, LogToken[]>, key: K, t: LogToken): void {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

/** Token kinds compared loosely (substring, prefix, arithmetic) with these facets' differences. */
const LOOSE_KINDS: Record<string, readonly TokenKind[]> = {
  binfmt: ['arch'],
  cpu: ['arch', 'cpuflag'],
  kernel: ['arch'],
  images: ['arch', 'image', 'host'],
  packages: ['process', 'glibc', 'tool'],
  libc: ['glibc'],
  docker: ['apiversion', 'host'],
  security: ['mode'],
  toolchains: ['tool'],
  resources: ['path'],
  mirrors: ['host'],
  env: ['host', 'path'],
  custom: ['host'],
};

/** conda spells C++ "cxx" in package names (libstdcxx-ng ships libstdc++.so.6): the name as a soname spells it. */
export function cxxSpelled(key: string): string {
  return key.replace(/cxx/g, 'c++');
}

/** The tokens worth testing against this difference, in log order. */
export function candidateTokens(d: Difference, index: TokenIndex, strings: readonly string[]): LogToken[] {
  const found = new Set<LogToken>();
  const add = (list: LogToken[] | undefined) => {
    if (list) for (const t of list) found.add(t);
  };
  const key = d.key.toLowerCase();
  add(index.byValue.get(key));
  add(index.byValue.get(key.replace(/:[a-z0-9]+$/, '')));
  if (d.facet === 'libraries') add(index.bySoStem.get(soStem(d.key)));
  // "/usr/bin/gcc-13" names the program of package gcc-13 (token-match.ts: only when B lacks the package).
  if (d.facet === 'packages' && d.kind === 'removed') {
    const name = key.replace(/:[a-z0-9]+$/, '');
    for (const dir of BIN_DIRS) add(index.byValue.get(`${dir}/${name}`));
    // "Microsoft.Net.Component.4.6.1.TargetingPack", "windows-sdk-10.0.22621": a version in the name (token-match.ts).
    for (const v of key.match(/\d+(?:\.\d+){2,}/g) ?? []) {
      add(index.byValue.get(v));
      add(index.byValue.get(`${v}.0`));
    }
  }
  if (d.facet === 'packages') {
    // "module 'PIL.Image' has no attribute": Pillow by the module it is imported as (token-match.ts).
    for (const module of pythonModulesOf(key)) add(index.byValue.get(module));
    // "libicu" of libicu67 begins libicui18n and libicuuc: a package shipping a family of libraries.
    const family = /^(lib[a-z][a-z+_-]*?)-?\d/.exec(key)?.[1]?.replace(/-/g, '_');
    const spelled = cxxSpelled(key);
    for (const [stem, list] of index.bySoStem) {
      // "libssl" in libssl3, "ssl" in openssl-1.1 (token-match.ts checks the version too).
      const core = stem.replace(/^lib/, '');
      if ((stem.length >= MIN_STEM && spelled.includes(stem)) || (core.length >= 3 && key.includes(core))) add(list);
      else if (family && family.length >= MIN_STEM && stem.replace(/-/g, '_').startsWith(family)) add(list);
    }
  }
  if (d.key.toLowerCase().includes('api')) add(index.byKind.get('apiversion'));
  for (const s of strings) {
    const lower = s.toLowerCase();
    add(index.byValue.get(lower));
    if (lower.startsWith('/')) {
      add(index.byValue.get(lower.slice(lower.lastIndexOf('/') + 1)));
      add(index.byValue.get(dirOf(lower)));
      add(index.byValue.get(`${dirOf(lower)}/`));
    }
    for (const prefix of versionPrefixes(lower)) add(index.byValue.get(prefix));
  }
  for (const kind of LOOSE_KINDS[d.facet] ?? []) add(index.byKind.get(kind));
  return [...found].sort((x, y) => index.order.get(x)! - index.order.get(y)!);
}

/** "v1.21.5-r0" -> ["1", "1.21", "1.21.5"]: a log naming version 1.21 names this one too. */
function versionPrefixes(value: string): string[] {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(value);
  if (!m) return [];
  const parts = m[1]!.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

export function soStem(soname: string): string {
  return soname
    .replace(/\.(?:so|dylib)(?:\.\d+)*$/, '')
    .replace(/[\d.-]+$/, '')
    .toLowerCase();
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Every string inside a value (arrays and object fields flattened). */
export function flattenStrings(v: FacetValue | JsonValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (Array.isArray(v)) return v.flatMap((x) => flattenStrings(x));
  return Object.values(v).flatMap((x) => flattenStrings(x));
}
