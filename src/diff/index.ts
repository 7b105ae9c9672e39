/** The diff engine's public surface. */
export { diffFingerprints } from './diff.js';
export { summarize } from './summary.js';
export { applyIgnores, compileIgnorePatterns, type IgnorePattern } from './ignore.js';
export { PROBE_KEY } from './probe.js';
export { isVolatile, VOLATILE_FACTS } from './volatile.js';
export { compareDebianVersions } from './debian-version.js';
export { compareVersionsFor } from './package-version.js';
export type { Difference, DifferenceDetail, DifferenceKind } from './types.js';
