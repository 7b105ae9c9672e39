/**
 * One fact, one row. Some facts are captured twice on purpose: an image's
 * identity under the host's `images` facet and in the image's own scope; the
 * locale variables under `env` and `locale`; the kernel, which every container
 * shares with its host. When both change alike, the
 * higher-ranked row stays and names the other as its context (`detail.also`).
 * Pure; ranks are renumbered only when something was folded.
 */
import type { RankedDifference } from '../rank/types.js';

/** Locale variables the `locale` facet repeats from the environment. */
const LOCALE_VARIABLES = /^(?:LANG|LANGUAGE|LC_[A-Z]+)$/;

function factKey(d: RankedDifference): string | undefined {
  // An image is its id: the host lists id/digests, the image's own scope adds its config.
  if (d.facet === 'images') return `images\u0000${d.key}\u0000${imageId(d.a)}\u0000${imageId(d.b)}`;
  // Containers share the host's kernel: the same change seen from every scope is one fact.
  if (d.facet === 'kernel') return `kernel\u0000${d.key}\u0000${JSON.stringify(d.a ?? null)}\u0000${JSON.stringify(d.b ?? null)}`;
  if ((d.facet === 'env' || d.facet === 'locale') && LOCALE_VARIABLES.test(d.key)) {
    return `locale\u0000${d.scope}\u0000${d.key}\u0000${JSON.stringify(d.a ?? null)}\u0000${JSON.stringify(d.b ?? null)}`;
  }
  return undefined;
}

function imageId(v: RankedDifference['a']): string {
  return v && typeof v === 'object' && !Array.isArray(v) && typeof v['id'] === 'string' ? v['id'] : JSON.stringify(v ?? null);
}

export function foldDuplicates(differences: RankedDifference[]): RankedDifference[] {
  const first = new Map<string, RankedDifference>();
  const folded = new Set<RankedDifference>();
  for (const d of differences) {
    const key = factKey(d);
    if (key === undefined) continue;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, d);
      continue;
    }
    kept.detail = { ...kept.detail, also: [...(kept.detail?.also ?? []), `${d.scope} › ${d.facet} › ${d.key}`] };
    folded.add(d);
  }
  if (folded.size === 0) return differences;
  return differences.filter((d) => !folded.has(d)).map((d, i) => (d.rank === i + 1 ? d : { ...d, rank: i + 1 }));
}
