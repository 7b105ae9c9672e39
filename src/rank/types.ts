import type { Difference } from '../diff/types.js';

/** A line of the build log quoted as evidence. `number` is 1-based. */
export interface LogQuote {
  number: number;
  text: string;
}

export interface Reason {
  /** `prior`: how often this kind of difference breaks builds; `log`: evidence
   *  from the failure's log; `rule`: a facet rule finding (e.g. downgrade). */
  source: 'prior' | 'log' | 'rule';
  text: string;
  /** Id of the failure signature that matched, for `log` reasons. */
  signature?: string;
  quote?: LogQuote;
}

export interface RankedDifference extends Difference {
  /** 1-based position after ranking. */
  rank: number;
  /** Likelihood that this difference explains the failure, in [0, 1]. */
  score: number;
  reasons: Reason[];
  /** One line: what changed, e.g. "moved /usr/lib -> /usr/lib64", "upgrade 1.2 -> 1.3". */
  summary: string;
  /** What kind of change it is (family.ts), narrowest first, where the log implicates nothing: how the eval measures how often such a change is the cause. */
  family?: string[];
}
