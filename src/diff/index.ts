/** The diff engine's public surface. */
export { diffFingerprints, diffScopes, hostFirst, type FacetNotCompared, type ScopeDiff } from './diff.js';
export { summarize } from './summary.js';
export { applyIgnores, compileIgnorePatterns, ignorePatternProblem, type IgnorePattern } from './ignore.js';
export { isVolatile, VOLATILE_FACTS } from './volatile.js';
export { compareDebianVersions } from './debian-version.js';
export { compareVersionsFor } from './package-version.js';
export type { Difference, DifferenceDetail, DifferenceKind } from './types.js';
