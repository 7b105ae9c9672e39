import type { FacetValue } from '../../fingerprint/types.js';
import type { DifferenceDetail, DifferenceKind } from '../types.js';

/** What a facet rule says about a key present on both sides with different values. */
export interface RuleFinding {
  kind: Extract<DifferenceKind, 'changed' | 'moved'>;
  detail?: DifferenceDetail;
}

/** A facet rule: meaning of a change of `key` from `a` to `b` (both present, not equal). */
export type FacetRule = (key: string, a: FacetValue, b: FacetValue) => RuleFinding;
