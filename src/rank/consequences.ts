/**
 * Differences that follow from another one in the same scope: a libc version
 * compared across C libraries ("2.36 -> 1.2.5" when glibc became musl) is not a
 * downgrade, it is the family change seen again; a kernel's build banner
 * changes whenever its release does. The consequence is kept (it is a real
 * difference) but never ranked above its cause. Pure.
 */
import type { Difference } from '../diff/types.js';

interface Consequence {
  facet: string;
  key: string;
  /** The fact it follows from, in the same scope and facet. */
  cause: string;
}

const CONSEQUENCES: readonly Consequence[] = [
  { facet: 'libc', key: 'version', cause: 'family' },
  { facet: 'os', key: 'version_id', cause: 'id' },
  { facet: 'os', key: 'version', cause: 'id' },
  { facet: 'os', key: 'pretty_name', cause: 'id' },
  { facet: 'os', key: 'pretty_name', cause: 'version_id' },
  { facet: 'kernel', key: 'version', cause: 'release' },
];

/** The key of the difference this one follows from, when that one differs too (`present`). */
export function causeOf(d: Difference, present: (scope: string, facet: string, key: string) => boolean): string | undefined {
  for (const c of CONSEQUENCES) {
    if (c.facet === d.facet && c.key === d.key && present(d.scope, d.facet, c.cause)) return c.cause;
  }
  return undefined;
}
