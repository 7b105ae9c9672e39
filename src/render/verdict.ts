/**
 * The one line a CI user reads first: the most likely cause, where it is, what
 * happened to it and its score — "Most likely: host › binfmt › qemu-aarch64 —
 * missing on B (0.96)". Volatile facts (hostnames, run ids) never make the
 * verdict: they differ on every pair of runners. Pure; the line is sanitised.
 */
import type { Comparison } from '../compare/types.js';
import type { RankedDifference } from '../rank/types.js';
import { location, score } from './common.js';
import { sanitize } from './sanitize.js';

const MAX_CHANGE_CHARS = 80;

/** The highest-ranked difference that is not volatile, if any. */
export function topCause(comparison: Comparison): RankedDifference | undefined {
  return comparison.differences.find((d) => !d.detail?.volatile);
}

/** What happened to the top cause, in a few words: "missing on B", "downgrade 1.2 -> 1.1". */
export function changePhrase(d: RankedDifference): string {
  switch (d.kind) {
    case 'removed':
      return 'missing on B';
    case 'added':
      return 'only on B';
    default:
      return clip(d.summary, MAX_CHANGE_CHARS);
  }
}

export function verdictLine(comparison: Comparison): string {
  const top = topCause(comparison);
  const n = comparison.differences.length;
  if (n === 0) return 'No differences: the two environments agree on every fact captured';
  if (!top) return `Nothing likely: only ${n} volatile difference${n === 1 ? '' : 's'} (hostnames, run ids, clocks)`;
  return sanitize(`Most likely: ${location(top)} — ${changePhrase(top)} (${score(top)})`);
}

/**
 * `--fail-on SCORE`: 1 only when the top non-volatile difference scores at least
 * SCORE, so a pipeline can gate on likely causes and not on every difference.
 */
export function gateStatus(comparison: Comparison, failOn: number): number {
  const top = topCause(comparison);
  return top !== undefined && top.score >= failOn ? 1 : 0;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
