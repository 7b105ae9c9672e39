/**
 * A test's expected and actual output that differ only in times, by whole hours:
 * the same file listed as "20:31" and "21:31", a timestamp 1273184274 printed as
 * 1273180674, a date range "2021-10-29 and 2021-11-04" rendered a day early. That
 * is a time zone (or DST rule) difference, whatever the test is. Line-pair
 * evidence no single-line signature can see (output-pairs.ts finds the pairs). Pure.
 */
import type { LogLine } from './log.js';
import { findExplainedPair, type OutputDifference } from './output-pairs.js';
import type { Signature } from './signature-types.js';

export const TIME_SHIFT: Signature = {
  id: 'time-shifted-by-hours',
  // Found by findTimeShift over line pairs, never by a single line.
  anchors: [],
  patterns: [],
  implicates: [
    {
      facet: 'time',
      key: /^timezone$/,
      weight: 0.88,
      anyDirection: true,
      why: 'expected and actual output differ by whole hours: times render in another time zone on B',
    },
    { facet: 'env', key: /^TZ$/, weight: 0.85, anyDirection: true },
    { facet: 'packages', key: /^tzdata(?::\w+)?$/, weight: 0.5, anyDirection: true, why: 'time zone rules changed with the tz database' },
    { facet: 'time', key: /^skew_s$/, weight: 0.2, anyDirection: true },
  ],
  tokens: [],
  meaning: 'the output differs only in times shifted by whole hours',
};

// Not \b: ISO 8601 glues the time to its date ("2001-02-03T01:05:06").
const CLOCK = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d])/g;
// ISO 8601's basic format glues a compact date and time: "20160414T114932".
const BASIC_CLOCK = /(?<=\b(?:19|20)\d{6}T)([01]\d|2[0-3])([0-5]\d)([0-5]\d)?(?!\d)/g;
const EPOCH = /\b1\d{9}\b/g;
// 2021-10-29, and the compact 20180116 of build and snapshot names.
const DATE = /\b((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)/g;
/** A clock time, a 10-digit epoch, a date or a weekday: the cheap test a line passes before any pairing. */
const TIMEISH = /\d:[0-5]\d|\b1\d{9}\b|\b(?:19|20)\d\d-?[01]\d-?[0-3]\d(?:\b|T\d)|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:19|20)\d\d\b/;
// The US "6/17/2017" (month first); a first part above 12 is a day ("17/6/2017").
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g;
// "Sep 1, 2016" / "January 01, 1970": a month name, its day and year.
const MONTH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? ((?:19|20)\d\d)\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// "Wednesday" rendered where "Thursday" was expected is the same instant a zone away.
const WEEKDAY = /\b(?:(Mon)(?:day)?|(Tue)(?:s|sday)?|(Wed)(?:nesday)?|(Thu)(?:rs|rsday)?|(Fri)(?:day)?|(Sat)(?:urday)?|(Sun)(?:day)?)\b/g;

// A zone designator right after a time: "T0000Z", "T0000+13", "10:57:32 -0500", "12:00:00 UTC", and
// JavaScript's Date with its offset and zone name ("19:30:00 GMT+0900 (JST)").
// Go's layout writes the zone's abbreviation after its offset ("15:42:20 +0000 UTC", "09:42:20 -0600 MDT").
const ZONE =
  /(?<=(?:T\d{4}(?:\d{2})?|\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?))\s?(?:Z|(?:UTC|GMT)(?:[+-](?:[01]\d|2[0-3]):?[0-5]\d)?(?: \([A-Za-z][A-Za-z .]*\))?|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?(?: [A-Z]{2,5}(?![\w:]))?)(?![\w:])/g;

const SHIFTED_BY_HOURS: OutputDifference = { candidate: TIMEISH, explains: shiftedByHours };

/** The first "+" (or actual) line of a pair whose only differences are times shifted by whole hours. */
export function findTimeShift(lines: readonly LogLine[]): LogLine | undefined {
  return findExplainedPair(lines, SHIFTED_BY_HOURS);
}

function shiftedByHours(rawA: string, rawB: string): boolean {
  // Equal lines, or lines of very different length, are not one output shifted in time.
  if (rawA === rawB) return false;
  // "…T0000Z" against "…T0000+13", "10:57:32 -0500" against "15:57:32 +0000": the zone written after a time.
  const zonesA = rawA.match(ZONE) ?? [];
  const zonesB = rawB.match(ZONE) ?? [];
  const a = rawA.replace(ZONE, ' ~');
  const b = rawB.replace(ZONE, ' ~');
  if (Math.abs(a.length - b.length) > 4 || mask(a) !== mask(b) || zonesA.length !== zonesB.length) return false;
  const seconds = (s: string) => [
    ...[...s.matchAll(CLOCK), ...s.matchAll(BASIC_CLOCK)].map((m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)),
    ...[...s.matchAll(EPOCH)].map((m) => Number(m[0])),
    ...[...s.matchAll(DATE)].map((m) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000),
    ...[...s.matchAll(MONTH_DATE)].map((m) => Date.UTC(Number(m[3]), MONTHS.indexOf(m[1]!), Number(m[2])) / 1000),
    ...[...s.matchAll(SLASH_DATE)].map((m) => {
      const [first, second] = [Number(m[1]), Number(m[2])];
      const [month, day] = first > 12 ? [second, first] : [first, second];
      return Date.UTC(Number(m[3]), month - 1, day) / 1000;
    }),
  ];
  const ta = seconds(a);
  const tb = seconds(b);
  const wa = weekdays(a);
  const wb = weekdays(b);
  if (ta.length + wa.length + zonesA.length === 0 || ta.length !== tb.length || wa.length !== wb.length) return false;
  let shifted = zonesA.some((z, k) => z.trim() !== zonesB[k]!.trim());
  for (let k = 0; k < wa.length; k++) {
    const apart = Math.abs(wa[k]! - wb[k]!) % 7;
    if (Math.min(apart, 7 - apart) > 1) return false;
    if (apart !== 0) shifted = true;
  }
  for (let k = 0; k < ta.length; k++) {
    const delta = Math.abs(ta[k]! - tb[k]!);
    if (delta === 0) continue;
    // Whole hours, or the half/quarter hours of zones like +05:30 and +05:45; at most a day apart
    // (a date rendered a day early or late is the same instant in another zone).
    if (delta % 900 !== 0 || delta > 26 * 3600) return false;
    shifted = true;
  }
  return shifted;
}

/** Weekday numbers (0 = Monday) of the weekday names in a line, in order. */
function weekdays(s: string): number[] {
  return [...s.matchAll(WEEKDAY)].map((m) => m.slice(1).findIndex((g) => g !== undefined));
}

/** The line with its numbers and weekdays hidden (and Python 2's u'' prefixes): two lines of one listing look alike. */
function mask(s: string): string {
  return (
    s
      .replace(/\bu(['"])/g, '$1')
      .replace(MONTH_DATE, 'D')
      .replace(WEEKDAY, 'W')
      .replace(/\d+/g, '#')
      // Quotes and their escapes: one value printed inside a string and once bare.
      .replace(/[\\"'`]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
