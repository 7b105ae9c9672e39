/** Short, sanitised labels for a difference, shared by the list and the detail pane. */
import type { RankedDifference } from '../rank/types.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth, fit, truncate } from './text-layout.js';

export function pathLabel(difference: RankedDifference): string {
  return `${sanitize(difference.scope)} › ${sanitize(difference.facet)} › ${sanitize(difference.key)}`;
}

/**
 * The path padded to `width` cells. When it does not fit, the scope is shortened
 * first: the key (the soname, package, binfmt entry) is what the reader needs.
 */
export function fitPath(difference: RankedDifference, width: number): string {
  const full = pathLabel(difference);
  if (displayWidth(full) <= width) return fit(full, width);
  const tail = ` › ${sanitize(difference.facet)} › ${sanitize(difference.key)}`;
  const scopeRoom = width - displayWidth(tail);
  if (scopeRoom >= 4) return fit(truncate(sanitize(difference.scope), scopeRoom) + tail, width);
  return fit(`…${tail.slice(1)}`, width);
}

/** "moved", "changed ↑ upgrade", "changed ↓ downgrade". */
export function kindLabel(difference: RankedDifference): string {
  const direction = difference.detail?.direction;
  if (direction === 'upgrade') return `${difference.kind} ↑`;
  if (direction === 'downgrade') return `${difference.kind} ↓`;
  return difference.kind;
}

/** The reason shown under the selected row: the ranking lists the strongest reason first. */
export function topReason(difference: RankedDifference): string | undefined {
  const reason = difference.reasons[0];
  if (!reason) return undefined;
  const quote = reason.quote ? ` — line ${reason.quote.number}: ${sanitize(reason.quote.text.trim())}` : '';
  return `${sanitize(reason.text)}${quote}`;
}
