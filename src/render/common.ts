/** Pieces shared by the text and markdown renderers. */
import type { ComparedSide, Comparison, RankedDifference } from '../rank/types.js';

/** "ci-runner-7 (a.json)" or "a.json" — how a side is named in headings. */
export function sideName(side: ComparedSide): string {
  const name = side.label ?? side.hostname;
  return name ? `${name} (${side.file})` : side.file;
}

/** "host › packages › libc6" */
export function location(d: Pick<RankedDifference, 'scope' | 'facet' | 'key'>): string {
  return `${d.scope} › ${d.facet} › ${d.key}`;
}

export function countLine(comparison: Comparison): string {
  const n = comparison.differences.length;
  const volatile = comparison.differences.filter((d) => d.detail?.volatile).length;
  const head = n === 0 ? 'no differences' : `${n} difference${n === 1 ? '' : 's'}`;
  return volatile > 0 ? `${head} (${volatile} volatile)` : head;
}

export function score(d: RankedDifference): string {
  return d.score.toFixed(2);
}
