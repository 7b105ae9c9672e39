/**
 * Plain text for CI logs: a heading, then the ranked list — rank, score,
 * scope › facet › key, the one-line summary, and the reasons with quoted log
 * lines and their numbers. Every captured string is sanitised.
 */
import type { Comparison, RankedDifference } from '../rank/types.js';
import { countLine, location, score, sideName } from './common.js';
import { sanitize } from './sanitize.js';

export interface TextOptions {
  /** Show at most this many differences in full (default: all). */
  limit?: number;
}

export function renderText(comparison: Comparison, options: TextOptions = {}): string {
  const out: string[] = [];
  out.push(`envdiff: ${countLine(comparison)}`);
  out.push(`  A (works): ${sanitize(sideName(comparison.a))}`);
  out.push(`  B (fails): ${sanitize(sideName(comparison.b))}`);
  if (comparison.log) out.push(`  log: ${sanitize(comparison.log.file)} (${comparison.log.lines} lines)`);
  const shown = options.limit === undefined ? comparison.differences : comparison.differences.slice(0, options.limit);
  const width = String(shown.length).length;
  for (const d of shown) {
    out.push('');
    out.push(...differenceLines(d, width));
  }
  const hidden = comparison.differences.length - shown.length;
  if (hidden > 0) out.push('', `... and ${hidden} more difference${hidden === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}

function differenceLines(d: RankedDifference, width: number): string[] {
  const indent = ' '.repeat(width + 2);
  const tag = d.detail?.volatile ? '  [volatile]' : '';
  const lines = [`${String(d.rank).padStart(width)}. ${score(d)}  ${sanitize(location(d))}${tag}`, `${indent}${sanitize(d.summary)}`];
  for (const r of d.reasons) {
    lines.push(`${indent}- ${r.source}: ${sanitize(r.text)}`);
    if (r.quote) lines.push(`${indent}    line ${r.quote.number}: ${sanitize(r.quote.text)}`);
  }
  return lines;
}
