import type { Difference } from '../../src/diff/types.js';

/** A tool version that moved on the host, as the differ reports it. */
export function toolChange(key: string, a: string, b: string): Difference {
  return { scope: 'host', facet: 'toolchains', key, kind: 'changed', a, b, detail: { direction: 'upgrade' } };
}
