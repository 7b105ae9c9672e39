/**
 * The key of the one difference reported for a facet whose probe status differs
 * (e.g. ok on A, timeout on B): "not captured" must never read as "all keys removed".
 * Its a/b values are `{status, reason?}`.
 */
export const PROBE_KEY = '(probe)';
