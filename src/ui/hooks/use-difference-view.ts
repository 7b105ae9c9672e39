import { useMemo } from 'react';
import type { RankedDifference } from '../../rank/types.js';
import { applyView, indexDifferences, tallies, type DifferenceView, type Tally, type ViewCriteria } from '../difference-view.js';

export interface DifferenceViewModel extends DifferenceView {
  facets: Tally[];
  scopes: Tally[];
}

/**
 * The filtered list, memoised: the index and tallies are built once per
 * comparison, the filter pass reruns only when a criterion changes (not on
 * cursor moves), so navigating 10,000 rows does no O(n) work.
 */
export function useDifferenceView(differences: readonly RankedDifference[], criteria: ViewCriteria): DifferenceViewModel {
  const index = useMemo(() => indexDifferences(differences), [differences]);
  const counts = useMemo(() => tallies(differences), [differences]);
  const { text, facet, scope, showNoise } = criteria;
  const view = useMemo(() => applyView(index, { text, facet, scope, showNoise }), [index, text, facet, scope, showNoise]);
  return { ...view, ...counts };
}
