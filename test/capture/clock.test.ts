/**
 * The host's Node fallback for the clock offset, against real loopback HTTP servers
 * whose Date header we choose.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { measureClockSkew } from '../../src/capture/clock.js';
import { SKEW_UNAVAILABLE } from '../../src/parse/clock.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = undefined;
});

/** A loopback server answering with Date = now + offsetS (or never answering). */
async function mirror(offsetS: number | 'hang' | 'no-date'): Promise<string> {
  server = createServer((req, res) => {
    if (offsetS === 'hang') return;
    res.sendDate = false;
    if (offsetS !== 'no-date') res.setHeader('Date', new Date(Date.now() + offsetS * 1000).toUTCString());
    res.writeHead(req.method === 'HEAD' ? 200 : 405).end();
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('measureClockSkew', () => {
  it.each([0, 300, -3600])('a mirror %d s ahead gives skew_s %d (±1)', async (offset) => {
    const origin = await mirror(offset);
    const facet = await measureClockSkew(origin);
    expect(facet.skew_ref).toBe(origin);
    expect(Math.abs((facet.skew_s as number) - offset)).toBeLessThanOrEqual(1);
  });

  it('a mirror that never answers: the reason after the timeout, no skew_s', async () => {
    const origin = await mirror('hang');
    const started = Date.now();
    const facet = await measureClockSkew(origin, 300);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(facet).toEqual({ skew_unavailable: SKEW_UNAVAILABLE.noAnswer, skew_ref: origin });
  });

  it('an answer without a Date header, or nothing listening: the reason', async () => {
    const origin = await mirror('no-date');
    expect(await measureClockSkew(origin)).toEqual({ skew_unavailable: SKEW_UNAVAILABLE.noAnswer, skew_ref: origin });
    const closed = origin;
    server!.close();
    server = undefined;
    expect((await measureClockSkew(closed)).skew_unavailable).toBe(SKEW_UNAVAILABLE.noAnswer);
  });
});
