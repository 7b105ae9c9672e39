/** Short, sanitised labels for a difference, shared by the list and the detail pane. */
import type { RankedDifference } from '../rank/types.js';
import { shownReasons } from '../render/reasons.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth, fit, pad, truncateStart } from './text-layout.js';

export function pathLabel(difference: RankedDifference, withScope = true): string {
  const tail = `${sanitize(difference.facet)} › ${sanitize(difference.key)}`;
  return withScope ? `${sanitize(difference.scope)} › ${tail}` : tail;
}

/**
 * The path padded to `width` cells, cut once. When it does not fit, the scope is
 * shortened first — the key (the soname, package, binfmt entry) is what the reader
 * needs — and shortened from its start: `image:envdiff-test/debian:bookworm` and
 * `image:envdiff-test/busybox:latest` stay told apart (`…debian:bookworm`), where
 * `imag…` made every image row look the same. With one scope in the whole
 * comparison (the header names it) the column leaves it out.
 */
export function fitPath(difference: RankedDifference, width: number, withScope = true): string {
  const full = pathLabel(difference, withScope);
  if (displayWidth(full) <= width) return pad(full, width);
  if (!withScope) return fit(full, width);
  const tail = ` › ${sanitize(difference.facet)} › ${sanitize(difference.key)}`;
  const scopeRoom = width - displayWidth(tail);
  if (scopeRoom >= 6) return pad(truncateStart(shortScope(sanitize(difference.scope)), scopeRoom) + tail, width);
  return fit(`…${tail.slice(1)}`, width);
}

/** `image:` and `container:` say little once cut: drop them first (the ref itself stays). */
function shortScope(scope: string): string {
  return scope.replace(/^image:/, '').replace(/^container:/, 'ctr:');
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
  const reason = shownReasons(difference)[0];
  if (!reason) return undefined;
  const quote = reason.quote ? ` — line ${reason.quote.number}: ${sanitize(reason.quote.text.trim())}` : '';
  return `${sanitize(reason.text)}${quote}`;
}
