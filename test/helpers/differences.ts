import type { Difference } from '../../src/diff/types.js';
import type { FacetValue } from '../../src/fingerprint/types.js';

/** A tool version that moved on the host, as the differ reports it. */
export function toolChange(key: string, a: string, b: string): Difference {
  return { scope: 'host', facet: 'toolchains', key, kind: 'changed', a, b, detail: { direction: 'upgrade' } };
}

/** A fact of the host that changed from `a` to `b`, as the differ reports it. */
export function hostChange(facet: string, key: string, a: FacetValue, b: FacetValue): Difference {
  return { scope: 'host', facet, key, kind: 'changed', a, b };
}

/** A fact only B's host has. */
export function hostAdded(facet: string, key: string, b: FacetValue): Difference {
  return { scope: 'host', facet, key, kind: 'added', b };
}

/** A fact only A's host has. */
export function hostRemoved(facet: string, key: string, a: FacetValue): Difference {
  return { scope: 'host', facet, key, kind: 'removed', a };
}

/** A package as a fingerprint records it: dpkg's status reads "install ok installed", the other managers' "installed". */
export function installed(version: string, manager: string): FacetValue {
  return { version, status: manager === 'dpkg' ? 'install ok installed' : 'installed', manager };
}
