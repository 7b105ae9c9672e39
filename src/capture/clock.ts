/**
 * The host's clock offset when its time probe had no HTTP client (curl, wget) to ask
 * the mirror: one HEAD request from Node to the same origin, bounded in time. The
 * arithmetic is pure (src/parse/clock.ts); this is only the request.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { clockSkewSeconds, httpDateMs, SKEW_UNAVAILABLE } from '../parse/clock.js';
import type { Facet } from '../fingerprint/types.js';

const CLOCK_TIMEOUT_MS = 2_000;

/** `{skew_s, skew_ref}` from `origin`'s Date header, or `{skew_unavailable, skew_ref}`. */
export async function measureClockSkew(origin: string, timeoutMs = CLOCK_TIMEOUT_MS): Promise<Facet> {
  const started = Date.now();
  const date = await headDate(origin, timeoutMs);
  const ended = Date.now();
  const dateMs = date === undefined ? undefined : httpDateMs(date);
  if (dateMs === undefined) return { skew_unavailable: SKEW_UNAVAILABLE.noAnswer, skew_ref: origin };
  return { skew_s: clockSkewSeconds(dateMs, started, ended), skew_ref: origin };
}

/** The Date header of a HEAD request to `origin`/, or undefined on any failure or timeout. */
function headDate(origin: string, timeoutMs: number): Promise<string | undefined> {
  return new Promise((done) => {
    let url: URL;
    try {
      url = new URL('/', origin);
    } catch {
      return done(undefined);
    }
    const request = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined;
    if (!request) return done(undefined);
    const req = request(url, { method: 'HEAD', timeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs) }, (res) => {
      const date = res.headers.date;
      res.resume();
      done(typeof date === 'string' ? date : undefined);
      req.destroy();
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(undefined));
    req.end();
  });
}
