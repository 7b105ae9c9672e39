/** One piece of evidence for one difference: what the ranker weighs and quotes. */
import type { LogLine } from './log.js';

/** One piece of evidence for one difference. */
export interface Finding {
  weight: number;
  line: LogLine;
  /** Signature id for signature findings. */
  signature?: string;
  /** What the finding says about this difference (used in the reason). */
  why: string;
  /** From a line near a signature line, not the signature line itself. */
  context?: boolean;
  /** Signature implication (the failure fits this facet) or token (the log names this thing). */
  via: 'signature' | 'token' | 'word';
  /** A signature implication that names this key (not a whole facet): the failure class touches it. */
  keyed?: boolean;
  /** A signature implication for which a patch step counts as much as a major one. */
  anyStep?: boolean;
  /** The log shows this difference cannot explain the failure (token-match.ts). */
  refutes?: boolean;
  /** This library declares an identifier the compiler could not find or found declared otherwise. */
  declares?: boolean;
}
