/**
 * The bounds of a capture, in one place (the README's "Security and bounds"
 * section states them): what one probe may print, what a whole bundle may print,
 * and the range of a probe's time budget.
 */

/** Most stdout one probe section keeps; more marks the facet `error: output over 8 MB`. */
export const PROBE_OUTPUT_BYTES = 8 * 1024 * 1024;
/** Most stderr one probe keeps (only its last lines become the reason). */
export const PROBE_STDERR_BYTES = 64 * 1024;
/** Most output one bundle (every probe of a scope) may print in total. */
export const BUNDLE_OUTPUT_BYTES = 64 * 1024 * 1024;

/** A probe's time budget: at least this... */
export const MIN_PROBE_TIMEOUT_MS = 100;
/** ...and at most an hour (far below Node's 2^31-1 ms timer limit, with the margins added). */
export const MAX_PROBE_TIMEOUT_MS = 3_600_000;

/** `output over 8 MB` — the reason of a facet cut at a byte cap. */
export function overCap(bytes: number): string {
  return `output over ${Math.round(bytes / 1024 / 1024)} MB`;
}

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000 };

/**
 * A probe budget from the command line or a config file: a whole number of
 * milliseconds, or with a unit (`500ms`, `10s`, `2m`). Returns why not when it is
 * not one, or out of range.
 */
export function parseProbeTimeout(text: string | number): { ms: number } | { problem: string } {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(String(text));
  const range = `between ${MIN_PROBE_TIMEOUT_MS} ms and ${MAX_PROBE_TIMEOUT_MS / 60_000} minutes`;
  if (!match) return { problem: `expected a duration such as 10000, 500ms, 10s or 2m (${range})` };
  const ms = Number(match[1]) * UNITS[match[2] ?? 'ms']!;
  if (!Number.isInteger(ms)) return { problem: `expected a whole number of milliseconds (${range})` };
  if (ms < MIN_PROBE_TIMEOUT_MS || ms > MAX_PROBE_TIMEOUT_MS) return { problem: `${text} is out of range: a probe budget is ${range}` };
  return { ms };
}
