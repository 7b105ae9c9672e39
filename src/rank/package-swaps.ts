/**
 * A package replaced by another version of itself: `libssl1.1` gone and `libssl3`
 * new, `cabal-install-2.4` gone and `cabal-install-3.0` new. Distributions put the
 * version in the name, so one upgrade shows as two differences. When the log names
 * neither, the failure is the new version's behaviour, not the old one's absence.
 * Pure.
 */
import type { Difference } from '../diff/types.js';

/** Index pairs [removed, added] of packages in one scope whose names differ only in their version numbers. */
export function versionSwaps(differences: readonly Difference[]): Array<[number, number]> {
  const groups = new Map<string, { removed: number[]; added: number[] }>();
  differences.forEach((d, i) => {
    if (d.facet !== 'packages' || (d.kind !== 'removed' && d.kind !== 'added')) return;
    const stem = stemOf(d.key);
    if (stem.length < 3) return;
    const id = `${d.scope}\u0000${stem}`;
    const group = groups.get(id) ?? { removed: [], added: [] };
    (d.kind === 'removed' ? group.removed : group.added).push(i);
    groups.set(id, group);
  });
  const pairs: Array<[number, number]> = [];
  // One gone and one new: an ambiguous group (two versions added) says nothing about which replaced which.
  for (const g of groups.values()) if (g.removed.length === 1 && g.added.length === 1) pairs.push([g.removed[0]!, g.added[0]!]);
  return pairs;
}

/** "libssl1.1" -> libssl, "libpython3.10-stdlib" -> libpython-stdlib, "gcc-10:amd64" -> gcc. */
function stemOf(key: string): string {
  return key
    .toLowerCase()
    .replace(/:[a-z0-9]+$/, '')
    .replace(/[-_.]?\d+(?:\.\d+)*/g, '');
}
