/**
 * What the compare service produces: both sides' identities, how their scopes
 * were paired, what could not be compared, and the ranked differences. The
 * renderers (text, markdown, json) and the TUI take this and nothing else.
 */
import type { FacetNotCompared } from '../diff/index.js';
import type { RankedDifference } from '../rank/types.js';

export interface Comparison {
  a: ComparedSide;
  b: ComparedSide;
  log?: { file: string; lines: number };
  /** Scopes compared with each other; `label` is the `scope` of their differences. */
  pairs: ScopePair[];
  /** Scopes present on one side only: one line each, never rows of added/removed. */
  unpaired: UnpairedScope[];
  /** Facets not captured (skipped, unavailable, failed, timed out) on a side: never differences. */
  notCompared: NotCompared[];
  differences: RankedDifference[];
}

export interface ComparedSide {
  file: string;
  label?: string;
  hostname: string;
  capturedAt: string;
  scopes: string[];
}

/** How two scopes came to be compared (docs/json-output.md). */
export type PairReason = 'name' | 'explicit' | 'image' | 'repository' | 'only';

export interface ScopePair {
  label: string;
  a: string;
  b: string;
  by: PairReason;
}

export interface UnpairedScope {
  side: 'a' | 'b';
  scope: string;
  /** Number of facts (keys over all facets) the scope holds. */
  facts: number;
}

/** A facet not captured on a side (skipped, unavailable, error, timeout): never a difference. */
export type NotCompared = FacetNotCompared;
