/**
 * Differential logs: with the passing build's log at hand, a line both builds
 * printed is not evidence of what broke one of them. Lines are compared after
 * the cleaning log.ts does (ANSI, CI timestamps, BuildKit `#12 0.345` prefixes)
 * and with what differs between any two runs masked: durations, elapsed times,
 * long hex ids, temporary paths. Pure.
 */
import type { BuildLog } from './log.js';

/** Lines of the passing log remembered; beyond, its tail is kept (the failure is at the end). */
const MAX_GOOD_LINES = 200_000;

export function lineKey(body: string): string {
  return body
    .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds?|m|min|minutes?)\b/g, 'T')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b/g, 'T')
    .replace(/\b[0-9a-f]{12,}\b/gi, 'H')
    .replace(/\/tmp\/[\w.-]+/g, '/tmp/X')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The passing log's lines, as keys. */
function goodLineKeys(good: BuildLog): Set<string> {
  const lines = good.lines.length > MAX_GOOD_LINES ? good.lines.slice(-MAX_GOOD_LINES) : good.lines;
  const keys = new Set<string>();
  for (const line of lines) {
    const key = lineKey(line.body);
    if (key !== '') keys.add(key);
  }
  return keys;
}

/** Indexes (into `failing.lines`) of the lines the passing log printed too. */
export function commonLines(failing: BuildLog, good: BuildLog | undefined): Set<number> {
  const common = new Set<number>();
  if (!good) return common;
  const keys = goodLineKeys(good);
  failing.lines.forEach((line, i) => {
    if (keys.has(lineKey(line.body))) common.add(i);
  });
  return common;
}
