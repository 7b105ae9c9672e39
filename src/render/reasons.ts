/**
 * Which reasons a reader sees under a difference, and how they start. The
 * ranker (src/rank) words each reason so it stands alone; under a row that
 * already names the place and the change, a reason that repeats them
 * ("libc.family in image:x: glibc -> none: …") starts with its news instead.
 * A prior saying such changes "rarely" matter is left out where the log itself
 * implicates the row: the two would contradict each other.
 */
import type { RankedDifference, Reason } from '../rank/types.js';

export function shownReasons(d: RankedDifference): Reason[] {
  const fromLog = d.reasons.some((r) => r.source === 'log');
  const where = d.scope === 'host' ? '' : ` in ${d.scope}`;
  const restated = `${d.facet}.${d.key}${where}: ${d.summary}`;
  return d.reasons
    .filter((r) => !(fromLog && r.source === 'prior' && /\brarely\b/.test(r.text)))
    .map((r) => {
      for (const joint of [': ', '; ']) {
        if (r.text.startsWith(restated + joint)) return { ...r, text: r.text.slice(restated.length + joint.length) };
      }
      return r;
    });
}
