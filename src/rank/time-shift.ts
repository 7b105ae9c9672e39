/**
 * A test's expected and actual output that differ only in times, by whole hours:
 * the same file listed as "20:31" and "21:31", a timestamp 1273184274 printed as
 * 1273180674, a date range "2021-10-29 and 2021-11-04" rendered a day early. That
 * is a time zone (or DST rule) difference, whatever the test is. Line-pair
 * evidence no single-line signature can see (output-pairs.ts finds the pairs). Pure.
 */
import type { Difference } from '../diff/types.js';
import type { LogLine } from './log.js';
import { findExplainedPair, type OutputDifference } from './output-pairs.js';
import type { Signature } from './signature-types.js';
import { TZ_DATABASE_PACKAGES } from './priors.js';
import { offsetSecondsOf } from './zone-offsets.js';

/** Expected and actual output that differ only by a time shift, and the shifts their clocks show. */
export interface TimeShift {
  line: LogLine;
  /** The clock and epoch shifts in seconds; empty when only dates, weekdays or zone names moved. */
  seconds: number[];
}

/** Why a zone change explains output shifted by whole hours. */
const SHIFTED = 'expected and actual output differ by whole hours: times render in another time zone on B';
/**
 * A zone change whose offsets cannot make the shift the log shows still moves times (a test may compute its dates
 * in the zone): it explains the shift a little less than one whose offsets can.
 */
const UNFIT_ZONE_WEIGHT = 0.8;

/**
 * The signature of one shift: a zone change that moves clocks by the hours the log shows explains it; one that
 * moves them by other hours (A and B in London and Minsk, output an hour off) explains it less.
 */
export function timeShiftSignature(seconds: readonly number[]): Signature {
  const fits = (d: Difference) => zoneChangeShifts(d, seconds);
  return {
    id: 'time-shifted-by-hours',
    // Found by findTimeShift over line pairs, never by a single line.
    anchors: [],
    patterns: [],
    implicates: [
      { facet: 'time', key: /^timezone$/, weight: 0.88, anyDirection: true, when: fits, why: SHIFTED },
      { facet: 'env', key: /^TZ$/, weight: 0.85, anyDirection: true, when: fits },
      { facet: 'time', key: /^timezone$/, weight: UNFIT_ZONE_WEIGHT, anyDirection: true, why: SHIFTED },
      { facet: 'env', key: /^TZ$/, weight: UNFIT_ZONE_WEIGHT, anyDirection: true },
      {
        facet: 'packages',
        key: TZ_DATABASE_PACKAGES,
        weight: 0.5,
        anyDirection: true,
        why: 'time zone rules changed with the tz database',
      },
      { facet: 'time', key: /^skew_s$/, weight: 0.2, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the output differs only in times shifted by whole hours',
  };
}

const DAY = 86_400;

/**
 * Whether moving from A's zone to B's can shift clocks by one of `seconds` on some day of the year. True when
 * the log shows no clock shift or either value names no zone the tz database knows: nothing tells them apart.
 */
function zoneChangeShifts(d: Difference, seconds: readonly number[]): boolean {
  const onA = offsetSecondsOf(d.a);
  const onB = offsetSecondsOf(d.b);
  if (seconds.length === 0 || onA.length === 0 || onB.length === 0) return true;
  // A clock read modulo a day: 23:30 against 00:30 is an hour's shift.
  const apart = (s: number) => Math.min(s % DAY, DAY - (s % DAY));
  return onA.some((a, k) => seconds.some((s) => apart(s) === apart(Math.abs(a - onB[k]!))));
}

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

const SHIFTED_BY_HOURS: OutputDifference = {
  candidate: TIMEISH,
  explains: (a, b) => hourShifts(a, b) !== undefined || epochYearOnly(a, b),
};

/** The year of the Unix epoch, or of the hours before it: time 0 rendered west of UTC is 1969. */
const EPOCH_YEAR = /\b19(?:69|70)\b/g;

/**
 * Two outputs that differ only in 1969 against 1970 ("Copyright © 1969" where "© 1970" was expected): time 0
 * rendered as a local date, on the other side of midnight in B's zone.
 */
function epochYearOnly(a: string, b: string): boolean {
  return a !== b && a.length === b.length && a.replace(EPOCH_YEAR, 'Y') === b.replace(EPOCH_YEAR, 'Y');
}

/** The first pair whose only differences are times shifted by whole hours: its "+" (or actual) line and shifts. */
export function findTimeShift(lines: readonly LogLine[]): TimeShift | undefined {
  const pair = findExplainedPair(lines, SHIFTED_BY_HOURS);
  return pair && { line: pair.line, seconds: hourShifts(pair.expected, pair.actual) ?? [] };
}

/**
 * The clock and epoch shifts (seconds) between two outputs that differ only in times shifted by whole hours;
 * undefined when they differ otherwise.
 */
function hourShifts(outputA: string, outputB: string): number[] | undefined {
  // Equal lines, or lines of very different length, are not one output shifted in time.
  if (outputA === outputB) return undefined;
  // "10:11:23 am" against "3:11:23 pm": twelve-hour clocks read on the twenty-four-hour dial.
  const rawA = twentyFourHour(outputA);
  const rawB = twentyFourHour(outputB);
  // "…T0000Z" against "…T0000+13", "10:57:32 -0500" against "15:57:32 +0000": the zone written after a time.
  const zonesA = rawA.match(ZONE) ?? [];
  const zonesB = rawB.match(ZONE) ?? [];
  const a = rawA.replace(ZONE, ' ~');
  const b = rawB.replace(ZONE, ' ~');
  if (Math.abs(a.length - b.length) > 4 || mask(a) !== mask(b) || zonesA.length !== zonesB.length) return undefined;
  const ca = clockSeconds(a);
  const cb = clockSeconds(b);
  const ta = [...ca, ...daySeconds(a)];
  const tb = [...cb, ...daySeconds(b)];
  const wa = weekdays(a);
  const wb = weekdays(b);
  if (ta.length + wa.length + zonesA.length === 0 || ca.length !== cb.length || ta.length !== tb.length || wa.length !== wb.length)
    return undefined;
  let shifted = zonesA.some((z, k) => z.trim() !== zonesB[k]!.trim());
  for (let k = 0; k < wa.length; k++) {
    const apart = Math.abs(wa[k]! - wb[k]!) % 7;
    if (Math.min(apart, 7 - apart) > 1) return undefined;
    if (apart !== 0) shifted = true;
  }
  const clockShifts: number[] = [];
  for (let k = 0; k < ta.length; k++) {
    const delta = Math.abs(ta[k]! - tb[k]!);
    if (delta === 0) continue;
    // Whole hours, or the half/quarter hours of zones like +05:30 and +05:45; at most a day apart
    // (a date rendered a day early or late is the same instant in another zone).
    if (delta % 900 !== 0 || delta > 26 * 3600) return undefined;
    shifted = true;
    if (k < ca.length) clockShifts.push(delta);
  }
  return shifted ? clockShifts : undefined;
}

/** A twelve-hour time ("3:11:23 pm", "10:11 AM") -> its twenty-four-hour spelling ("15:11:23", "10:11"). */
const TWELVE_HOUR = /(?<![\d:])(1[0-2]|0?[1-9]):([0-5]\d)(:[0-5]\d)?\s?([ap])\.?m\.?(?![a-z])/gi;

function twentyFourHour(s: string): string {
  return s.replace(TWELVE_HOUR, (_m, h: string, min: string, sec: string | undefined, half: string) => {
    const hour = (Number(h) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}:${min}${sec ?? ''}`;
  });
}

/** The times of day ("20:31", "T114932") and epochs in a line, as seconds. */
function clockSeconds(s: string): number[] {
  return [
    ...[...s.matchAll(CLOCK), ...s.matchAll(BASIC_CLOCK)].map((m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)),
    ...[...s.matchAll(EPOCH)].map((m) => Number(m[0])),
  ];
}

/** The dates in a line ("2021-10-29", "Sep 1, 2016", "6/17/2017"), as seconds at their midnight. */
function daySeconds(s: string): number[] {
  return [
    ...[...s.matchAll(DATE)].map((m) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000),
    ...[...s.matchAll(MONTH_DATE)].map((m) => Date.UTC(Number(m[3]), MONTHS.indexOf(m[1]!), Number(m[2])) / 1000),
    ...[...s.matchAll(SLASH_DATE)].map((m) => {
      const [first, second] = [Number(m[1]), Number(m[2])];
      const [month, day] = first > 12 ? [second, first] : [first, second];
      return Date.UTC(Number(m[3]), month - 1, day) / 1000;
    }),
  ];
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
