/**
 * Clock offset from an HTTP Date header: the server's clock in whole seconds
 * (RFC 9110 IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`), read between two
 * readings of the local clock. Pure; the request itself is made by the time probe
 * (curl/wget) or, on a host without either, by src/capture/clock.ts.
 */

/** Why `time.skew_s` is absent (the `time.skew_unavailable` value). Stable phrases:
 *  they are compared across machines like any other value. */
export const SKEW_UNAVAILABLE = {
  off: 'not asked (ENVDIFF_CLOCK_TIMEOUT=0)',
  noMirror: 'no http(s) package mirror configured to ask',
  noClient: 'no HTTP client (curl or wget) to ask the mirror',
  noAnswer: 'the mirror sent no Date header in time',
} as const;

/** Milliseconds since the epoch of an HTTP date, or undefined when it is not one. */
export function httpDateMs(value: string): number | undefined {
  const text = value.trim();
  // IMF-fixdate, and the obsolete RFC 850 / asctime forms Date.parse also reads.
  if (!/^[A-Za-z]{3,9},? /.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) return undefined;
  const ms = Date.parse(/GMT|UTC|[+-]\d{4}$/.test(text) ? text : `${text} GMT`);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Seconds the local clock is BEHIND the reference (positive: local time is late,
 * as on a runner whose clock makes `Release file ... is not valid yet`; negative:
 * the local clock is ahead), rounded to whole seconds.
 *
 * The server stamps some instant of its whole second `dateMs`; the best estimate is
 * its middle (+500 ms), taken at the middle of the local interval [startMs, endMs].
 * Local readings with a resolution (`date +%s`: 1000 ms) are floors, so their
 * middle is half a unit later. The result is good to about ±1 s: differences of a
 * second or two between machines are noise.
 */
export function clockSkewSeconds(dateMs: number, startMs: number, endMs: number, localResolutionMs = 0): number {
  const localMid = (startMs + endMs) / 2 + localResolutionMs / 2;
  const skew = Math.round((dateMs + 500 - localMid) / 1000);
  return skew === 0 ? 0 : skew; // no -0 in JSON
}

/** The first Date header among response header lines (`Date: ...`, any case). */
export function dateHeader(lines: string): string | undefined {
  for (const line of lines.split('\n')) {
    const m = /^\s*date:\s*(.+?)\s*$/i.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** `scheme://host[:port]` of a URL, without credentials or path (what skew_ref names). */
export function urlOrigin(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
