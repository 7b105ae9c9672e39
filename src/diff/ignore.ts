/**
 * --ignore PATTERN, in three forms (globs: `*` any run of characters, `?` one):
 *   FACET            every difference of that facet, in any scope  (`resources`)
 *   FACET/KEY        keys of that facet, in any scope              (`resources/disk_free:*`)
 *   SCOPE/FACET/KEY  over the whole path; a prefix drops everything under it
 *                    (`host/env`, `image:*\/packages/tzdata`). Scopes and keys contain `/`
 *                    themselves (image refs, URLs, paths), so `*` crosses it.
 * A pattern that can match no difference (a misspelt facet, `resource`) is a
 * problem the command reports, not a silent no-op.
 */
import { FACET_IDS } from '../fingerprint/types.js';
import type { Difference } from './types.js';

type Located = Pick<Difference, 'scope' | 'facet' | 'key'>;

export interface IgnorePattern {
  pattern: string;
  /** FACET[/KEY] form (when the first segment names a facet). */
  facet?: RegExp;
  key?: RegExp;
  /** SCOPE/FACET/KEY form, over `scope/facet/key`. */
  path: RegExp;
}

function globBody(glob: string): string {
  return glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
}

function exact(glob: string): RegExp {
  return new RegExp(`^${globBody(glob)}$`, 's');
}

const namesFacet = (glob: string) => FACET_IDS.some((f) => exact(glob).test(f));

export function compileIgnorePatterns(patterns: string[]): IgnorePattern[] {
  return patterns.map((pattern) => {
    const slash = pattern.indexOf('/');
    const first = slash < 0 ? pattern : pattern.slice(0, slash);
    const path = new RegExp(`^${globBody(pattern)}(?:/.*)?$`, 's');
    if (!namesFacet(first)) return { pattern, path };
    return { pattern, path, facet: exact(first), ...(slash < 0 ? {} : { key: exact(pattern.slice(slash + 1)) }) };
  });
}

/**
 * Why a pattern can never match, or undefined. Its first segment must name a
 * facet (FACET forms) or a scope (`host`, `image:…`, `container:…`, or a glob that
 * could be one) followed by a segment that could be a facet.
 */
export function ignorePatternProblem(pattern: string): string | undefined {
  const facets = FACET_IDS.join(', ');
  if (pattern.trim() === '') return 'an --ignore pattern is empty';
  const segments = pattern.split('/');
  if (namesFacet(segments[0]!)) return undefined;
  const scope = exact(segments[0]!);
  const couldBeScope =
    scope.test('host') ||
    /^(?:image|container):/.test(segments[0]!) ||
    /^[*?]/.test(segments[0]!) ||
    exact(`${segments[0]}*`).test('image:');
  if (!couldBeScope) {
    return `--ignore ${JSON.stringify(pattern)} can never match: it must start with a facet (${facets}) or a scope (host, image:REF, container:NAME)`;
  }
  // After the scope (whose ref may itself contain `/`), some segment must be able to name a facet.
  const rest = segments.slice(1);
  if (rest.length === 0 || rest.some((s) => namesFacet(s) || s.includes('*'))) return undefined;
  return `--ignore ${JSON.stringify(pattern)} can never match: after the scope comes a facet (${facets})`;
}

function differencePath(d: Located): string {
  return `${d.scope}/${d.facet}/${d.key}`;
}

/** `scopes`: the names a difference's scope goes by (a pair's label and both scope names). */
export function isIgnored(d: Located, patterns: IgnorePattern[], scopes: string[] = [d.scope]): boolean {
  if (patterns.length === 0) return false;
  return patterns.some((p) => {
    if (p.facet?.test(d.facet) && (!p.key || p.key.test(d.key))) return true;
    return scopes.some((scope) => p.path.test(differencePath({ ...d, scope })));
  });
}

export function applyIgnores<T extends Difference>(
  differences: T[],
  patterns: IgnorePattern[],
  scopesOf: (label: string) => string[] = (label) => [label],
): T[] {
  return patterns.length === 0 ? differences : differences.filter((d) => !isIgnored(d, patterns, scopesOf(d.scope)));
}
