/** time: time zone and UTC offset. */
import type { Facet } from '../fingerprint/types.js';
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
  return facet;
}
