/**
 * Version-valued keys (kernel releases, toolchains, libc, Docker components, OS
 * release) compare as versions, so a change says upgrade or downgrade.
 */
import type { FacetValue } from '../../fingerprint/types.js';
import { compareLooseVersions, isCommitId } from '../package-version.js';
import type { DifferenceDetail } from '../types.js';
import { genericRule } from './generic.js';
import type { FacetRule, RuleFinding } from './types.js';

/** A version string: starts with an optional v/prefix letters then a digit, e.g. "4.4.0-98-generic", "v0.10.0", "go1.22". */
const VERSION_LIKE = /^[a-z]{0,8}\d[\w.+:~-]*$/i;

export function direction(cmp: number): NonNullable<DifferenceDetail['direction']> {
  return cmp < 0 ? 'upgrade' : cmp > 0 ? 'downgrade' : 'same-version';
}

export function versionChange(a: FacetValue, b: FacetValue): RuleFinding | undefined {
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  if (!VERSION_LIKE.test(a.trim()) || !VERSION_LIKE.test(b.trim()) || isCommitId(a) || isCommitId(b)) return undefined;
  return { kind: 'changed', detail: { direction: direction(compareLooseVersions(a, b)) } };
}

/** A rule comparing the keys matched by `isVersionKey` as versions, the rest generically. */
export function versionKeysRule(isVersionKey: (key: string) => boolean): FacetRule {
  return (key, a, b) => (isVersionKey(key) ? versionChange(a, b) : undefined) ?? genericRule(key, a, b);
}
