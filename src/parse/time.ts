/** time: time zone, UTC offset, and the clock's offset against a package mirror's Date header. */
import type { Facet } from '../fingerprint/types.js';
import { clockSkewSeconds, dateHeader, httpDateMs, SKEW_UNAVAILABLE, urlOrigin } from './clock.js';
import { dirEntries, parseSections, partsByName } from './sections.js';

function zoneFromLink(target: string | undefined): string | undefined {
  const m = /zoneinfo\/(?:posix\/|right\/)?(.+)$/.exec(target ?? '');
  return m?.[1];
}

export function parseTime(raw: string): Facet {
  const parts = parseSections(raw);
  const facet: Facet = {};
  const tz = partsByName(parts, 'env').get('TZ')?.trim().replace(/^:/, '');
  const etcTimezone = partsByName(parts, 'file').get('/etc/timezone')?.split('\n')[0]?.trim();
  const link =
    partsByName(parts, 'link').get('/etc/localtime')?.trim() ?? dirEntries(partsByName(parts, 'dir').get('/etc') ?? '').get('localtime');
  const timezone = tz || etcTimezone || zoneFromLink(link);
  if (timezone) facet.timezone = timezone;
  const offset = partsByName(parts, 'cmd').get('date +%z')?.trim();
  if (offset && /^[+-]\d{4}$/.test(offset)) {
    facet.utc_offset = offset;
    facet.utc = offset === '+0000' || offset === '-0000';
  }
  Object.assign(facet, clockFacts(parts));
  return facet;
}

/**
 * `skew_s` (seconds the local clock is behind the mirror's) and `skew_ref` (whom it
 * was asked), or `skew_unavailable` saying why not. Never a guess: no Date, no key.
 * Raw text without any clock part (older probes, shell-less images) yields nothing.
 */
function clockFacts(parts: ReturnType<typeof parseSections>): Facet {
  const vars = partsByName(parts, 'var');
  const state = vars.get('clock')?.trim();
  if (state === undefined) return {};
  const ref = urlOrigin(vars.get('clock_url') ?? '');
  const withRef = (facts: Facet): Facet => (ref ? { ...facts, skew_ref: ref } : facts);
  if (state === 'off') return { skew_unavailable: SKEW_UNAVAILABLE.off };
  if (state === 'no-mirror') return { skew_unavailable: SKEW_UNAVAILABLE.noMirror };
  if (state === 'no-client') return withRef({ skew_unavailable: SKEW_UNAVAILABLE.noClient });
  const head = parts.find((p) => p.kind === 'cmd' && p.name.endsWith(' HEAD'));
  const dateMs = httpDateMs(dateHeader(head?.text ?? '') ?? '');
  const start = Number(vars.get('clock_start')?.trim());
  const end = Number(vars.get('clock_end')?.trim());
  if (dateMs === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start <= 0 || end < start) {
    return withRef({ skew_unavailable: SKEW_UNAVAILABLE.noAnswer });
  }
  return withRef({ skew_s: clockSkewSeconds(dateMs, start * 1000, end * 1000, 1000) });
}
