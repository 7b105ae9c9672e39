/**
 * Times a test compared with B's UTC offset and not A's ("Set((2012-01-01T06:00:00.000+05:30, …)) did not
 * equal …" where B runs in Asia/Kolkata and A in UTC): the program rendered its times in B's zone, so the
 * comparison depends on that zone. Only on a line that compares values: a logger's own time stamp
 * ("time=2024-04-17T13:41:08+10:00 level=error") shows where B runs, not what failed. Pure: the zone's offsets
 * come from the runtime's own tz database.
 */
import type { Difference } from '../diff/types.js';
import type { Finding } from './finding.js';
import type { Mentions } from './mentions.js';

/** Keys that name the zone programs render times in. */
const ZONE_KEYS: Record<string, string> = { time: 'timezone', env: 'TZ' };

/** A line that compares an expected value with an actual one. */
const COMPARES = /\bdid not equal\b|\bexpected\b|\bactual\b|\bbut was\b|!=|\bassert|\bmismatch|\bto (?:equal|be)\b|\bgot\b/i;

/** Days whose offsets a zone can have: standard time and summer time, in either hemisphere. */
const SAMPLE_DAYS = [new Date(Date.UTC(2021, 0, 15)), new Date(Date.UTC(2021, 6, 15))];

export function zoneOffsetFindings(d: Difference, mentions: Mentions): Finding[] {
  if (ZONE_KEYS[d.facet] !== d.key || mentions.zoneOffsets.size === 0) return [];
  const onA = offsetsOf(d.a);
  const onB = offsetsOf(d.b);
  for (const offset of onB) {
    // UTC's +00:00 is what logs, servers and CI stamp everywhere: it tells no zone apart.
    if (offset === '+00:00' || onA.has(offset)) continue;
    const at = mentions.zoneOffsets.get(offset);
    if (at && COMPARES.test(at.line.body))
      return [{ weight: at.error ? 0.7 : 0.55, line: at.line, why: `the log prints times at ${offset}, B's zone's offset`, via: 'token' }];
  }
  return [];
}

/** The offsets ("+05:30") a zone name takes over a year; none for a value that names no zone. */
function offsetsOf(zone: Difference['a']): Set<string> {
  return new Set(offsetNamesOf(zone).filter((name): name is string => name !== undefined));
}

/**
 * A zone's UTC offset in seconds on each of the sample days (winter, summer), in their order;
 * empty for a value that names no zone the tz database knows.
 */
export function offsetSecondsOf(zone: Difference['a']): number[] {
  const names = offsetNamesOf(zone);
  if (names.some((name) => name === undefined)) return [];
  return names.map((name) => {
    const [, sign, hours, minutes] = /^([+-])(\d\d):(\d\d)$/.exec(name!)!;
    return (sign === '-' ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60);
  });
}

/** The zone's offset written "+05:30" on each sample day; undefined where the value names no zone. */
function offsetNamesOf(zone: Difference['a']): (string | undefined)[] {
  if (typeof zone !== 'string' || zone === '') return [];
  return SAMPLE_DAYS.map((day) => {
    try {
      const name = new Intl.DateTimeFormat('en-US', { timeZone: zone.replace(/^:/, ''), timeZoneName: 'longOffset' })
        .formatToParts(day)
        .find((p) => p.type === 'timeZoneName')?.value;
      const m = /^GMT([+-]\d\d:\d\d)?$/.exec(name ?? '');
      return m ? (m[1] ?? '+00:00') : undefined;
    } catch {
      // Not a zone the tz database knows ("IST", "America/Nowhere").
      return undefined;
    }
  });
}
