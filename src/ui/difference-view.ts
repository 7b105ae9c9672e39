/**
 * Which differences the list shows: text filter, facet, scope and the noise
 * threshold. Built for 10,000+ differences: the lower-cased search text of each
 * difference is computed once (`indexDifferences`), so a keypress costs one
 * linear pass of `includes` and nothing else.
 */
import type { RankedDifference } from '../rank/types.js';
import { FACET_IDS } from '../fingerprint/types.js';

/** Differences scoring below this are noise (volatile facts, unrelated bumps): hidden until `n`. */
export const NOISE_THRESHOLD = 0.1;

export interface IndexedDifference {
  difference: RankedDifference;
  /** scope, facet, key and summary, lower-cased, for the text filter. */
  search: string;
}

export interface ViewCriteria {
  text: string;
  facet: string | null;
  scope: string | null;
  showNoise: boolean;
}

export interface DifferenceView {
  visible: RankedDifference[];
  /** Rows that matched text/facet/scope but are hidden as noise. */
  noiseHidden: number;
}

export function indexDifferences(differences: readonly RankedDifference[]): IndexedDifference[] {
  return differences.map((difference) => ({
    difference,
    search: `${difference.scope}\u0000${difference.facet}\u0000${difference.key}\u0000${difference.summary}`.toLowerCase(),
  }));
}

export function isNoise(difference: RankedDifference): boolean {
  // Volatile facts never count (they do not set the exit status either), whatever their score.
  return difference.score < NOISE_THRESHOLD || difference.detail?.volatile === true;
}

export function applyView(index: readonly IndexedDifference[], criteria: ViewCriteria): DifferenceView {
  const needle = criteria.text.trim().toLowerCase();
  const visible: RankedDifference[] = [];
  let noiseHidden = 0;
  for (const { difference, search } of index) {
    if (criteria.facet !== null && difference.facet !== criteria.facet) continue;
    if (criteria.scope !== null && difference.scope !== criteria.scope) continue;
    if (needle !== '' && !search.includes(needle)) continue;
    if (!criteria.showNoise && isNoise(difference)) {
      noiseHidden++;
      continue;
    }
    visible.push(difference);
  }
  return { visible, noiseHidden };
}

export interface Tally {
  name: string;
  count: number;
}

/** Counts per facet (in the design's facet order, unknown facets last) and per scope (host first). */
export function tallies(differences: readonly RankedDifference[]): { facets: Tally[]; scopes: Tally[] } {
  const facets = new Map<string, number>();
  const scopes = new Map<string, number>();
  for (const d of differences) {
    facets.set(d.facet, (facets.get(d.facet) ?? 0) + 1);
    scopes.set(d.scope, (scopes.get(d.scope) ?? 0) + 1);
  }
  const facetRank = (name: string) => {
    const i = (FACET_IDS as readonly string[]).indexOf(name);
    return i === -1 ? FACET_IDS.length : i;
  };
  const toList = (m: Map<string, number>) => [...m].map(([name, count]) => ({ name, count }));
  return {
    facets: toList(facets).sort((x, y) => facetRank(x.name) - facetRank(y.name) || x.name.localeCompare(y.name)),
    scopes: toList(scopes).sort((x, y) => Number(y.name === 'host') - Number(x.name === 'host') || x.name.localeCompare(y.name)),
  };
}

/** all -> first -> ... -> last -> all. */
export function cycle(options: readonly string[], current: string | null): string | null {
  if (options.length === 0) return null;
  if (current === null) return options[0] ?? null;
  const i = options.indexOf(current);
  return i === -1 || i === options.length - 1 ? null : (options[i + 1] ?? null);
}
