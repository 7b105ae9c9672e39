import type { FacetValue } from '../fingerprint/types.js';

export type DifferenceKind = 'added' | 'removed' | 'changed' | 'moved';

/**
 * One difference between fingerprint A (working) and B (failing).
 * `a`/`b` are absent (undefined) on the side where the key does not exist.
 */
export interface Difference {
  scope: string;
  facet: string;
  key: string;
  kind: DifferenceKind;
  a?: FacetValue;
  b?: FacetValue;
  /** Facet-rule findings that give the change meaning. */
  detail?: DifferenceDetail;
}

export interface DifferenceDetail {
  /** Versions (packages, kernel, toolchains): direction of A -> B. */
  direction?: 'upgrade' | 'downgrade' | 'same-version';
  /** Set-valued values: members only A has (B lacks) and only B has. */
  onlyA?: string[];
  onlyB?: string[];
  /** Object values: the fields that differ. */
  fields?: string[];
  /** Volatile facts (hostnames, run ids, free memory): listed but ranked low. */
  volatile?: boolean;
  /** The same fact seen elsewhere (`host › images › debian:12`, `env › LANG`), folded into this row. */
  also?: string[];
}
