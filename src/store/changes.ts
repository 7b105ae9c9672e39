/**
 * "What changed since the previous run" in a few words, for `envdiff history`:
 * "kernel 6.8.0-1015-azure → 1017-azure; 3 packages upgraded, 1 added". Pure, on
 * diffFingerprints' differences; volatile facts (free memory, uptime, run ids)
 * are not changes worth a word.
 */
import { diffFingerprints, type Difference } from '../diff/index.js';
import type { Fingerprint } from '../fingerprint/types.js';

/** Facets whose single value changes are named with the value ("kernel a → b"). */
const NAMED: Record<string, string[]> = {
  kernel: ['release'],
  os: ['version_id'],
  libc: ['version'],
  docker: ['server_version'],
};
const MAX_PARTS = 3;

export function describeChanges(previous: Fingerprint, current: Fingerprint): string {
  const differences = diffFingerprints(previous, current).filter((d) => !d.detail?.volatile);
  if (differences.length === 0) return 'no change';
  const parts: string[] = [];
  const used = new Set<Difference>();
  // Host first, then other scopes; a value change the same in several scopes is said once.
  const seen = new Set<string>();
  for (const d of differences) {
    const keys = NAMED[d.facet];
    if (!keys?.includes(d.key) || d.kind !== 'changed') continue;
    used.add(d);
    const text = `${d.facet === 'kernel' ? 'kernel' : `${d.facet} ${d.key}`} ${shortChange(String(d.a), String(d.b))}`;
    if (!seen.has(text)) parts.push(text);
    seen.add(text);
  }
  const packages = differences.filter((d) => d.facet === 'packages');
  for (const d of packages) used.add(d);
  const count = (pred: (d: Difference) => boolean) => new Set(packages.filter(pred).map((d) => d.key)).size;
  const pkg = [
    [count((d) => d.detail?.direction === 'upgrade'), 'upgraded'],
    [count((d) => d.detail?.direction === 'downgrade'), 'downgraded'],
    [count((d) => d.kind === 'added'), 'added'],
    [count((d) => d.kind === 'removed'), 'removed'],
  ].filter(([n]) => (n as number) > 0) as [number, string][];
  const pkgChanged = count((d) => d.kind === 'changed' && d.detail?.direction !== 'upgrade' && d.detail?.direction !== 'downgrade');
  if (pkgChanged > 0) pkg.push([pkgChanged, 'changed']);
  const [head, ...rest] = pkg;
  if (head) {
    const [n, first] = head;
    parts.push([`${n} package${n === 1 ? '' : 's'} ${first}`, ...rest.map(([m, w]) => `${m} ${w}`)].join(', '));
  }
  // Other facets by how many keys changed, a key changed the same way in several scopes counted once.
  const byFacet = new Map<string, Map<string, Difference>>();
  for (const d of differences) if (!used.has(d)) byFacet.set(d.facet, (byFacet.get(d.facet) ?? new Map()).set(d.key, d));
  for (const [facet, keys] of [...byFacet].sort((x, y) => y[1].size - x[1].size)) {
    const [only] = keys.values();
    parts.push(keys.size === 1 && only ? `${facet} ${only.key} ${only.kind}` : `${facet} ${keys.size} changes`);
  }
  const shown = parts.slice(0, MAX_PARTS);
  const more = parts.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; +${more} more` : shown.join('; ');
}

/** "6.8.0-1015-azure → 1017-azure": the second value without the prefix both share (cut at a separator). */
export function shortChange(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  while (n > 0 && !/[.\-_+~:]/.test(a[n - 1]!)) n--;
  return `${a} → ${n > 0 && n < b.length ? b.slice(n) : b}`;
}
