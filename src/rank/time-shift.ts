/**
 * A test's expected and actual output that differ only in times, by whole hours:
 * the same file listed as "20:31" and "21:31", a timestamp 1273184274 printed as
 * 1273180674, a date range "2021-10-29 and 2021-11-04" rendered a day early. That
 * is a time zone (or DST rule) difference, whatever the test is. Line-pair
 * evidence no single-line signature can see: a unified diff's -/+ lines, or two
 * lines under an "Expected"/"Received" heading. Pure.
 */
import type { LogLine } from './log.js';
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

/** How far apart a removed (-) and an added (+) line of one diff hunk may be. */
const PAIR_WINDOW = 4;
// Not \b: ISO 8601 glues the time to its date ("2001-02-03T01:05:06").
const CLOCK = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d])/g;
const EPOCH = /\b1\d{9}\b/g;
// 2021-10-29, and the compact 20180116 of build and snapshot names.
const DATE = /\b((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)/g;
/** Words that say two nearby lines are an expected and an actual value. */
const EXPECTATION = /\b(?:expected|received|actual|got|want(?:ed)?|but was|should be)\b/i;
/** Lines read: diffs of test output are short; a long log is not paired line by line. */
const MAX_LINES = 50_000;

/** A clock time, a 10-digit epoch, a date or a weekday: the cheap test a line passes before any pairing. */
const TIMEISH = /\d:[0-5]\d|\b1\d{9}\b|\b(?:19|20)\d\d-?[01]\d-?[0-3]\d\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:19|20)\d\d\b/;
// "Sep 1, 2016" / "January 01, 1970": a month name, its day and year.
const MONTH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? ((?:19|20)\d\d)\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// "Wednesday" rendered where "Thursday" was expected is the same instant a zone away.
const WEEKDAY = /\b(?:(Mon)(?:day)?|(Tue)(?:s|sday)?|(Wed)(?:nesday)?|(Thu)(?:rs|rsday)?|(Fri)(?:day)?|(Sat)(?:urday)?|(Sun)(?:day)?)\b/g;

/** The first "+" (or actual) line of a pair whose only differences are times shifted by whole hours. */
export function findTimeShift(lines: readonly LogLine[]): LogLine | undefined {
  const start = Math.max(0, lines.length - MAX_LINES);
  // Per line, computed once: does it hold a time at all, and its masked text (for pairing).
  const timeish = new Map<number, boolean>();
  const isTimeish = (i: number) => {
    let t = timeish.get(i);
    if (t === undefined) timeish.set(i, (t = TIMEISH.test(lines[i]!.body)));
    return t;
  };
  const expectation = (from: number, to: number) => {
    for (let k = Math.max(0, from); k <= to; k++) if (EXPECTATION.test(lines[k]!.body)) return true;
    return false;
  };
  for (let i = start; i < lines.length; i++) {
    if (!isTimeish(i)) continue;
    if (comparedOnOneLine(lines[i]!.body)) return lines[i];
    const end = Math.min(lines.length, i + 1 + PAIR_WINDOW);
    // A unified diff's removed and added lines, in either order ("+ actual - expected" puts + first).
    const first = diffBody(lines[i]!, '-') ?? diffBody(lines[i]!, '+');
    if (first !== undefined) {
      const other = lines[i]!.body.replace(PYTEST_PREFIX, '').trimStart().startsWith('-') ? '+' : '-';
      for (let j = i + 1; j < end; j++) {
        const second = diffBody(lines[j]!, other);
        if (second !== undefined && isTimeish(j) && shiftedByHours(first, second)) return lines[j];
      }
      continue;
    }
    // Without diff markers, only under words that make the pair an expectation and its outcome.
    if (!expectation(i - 2, end - 1)) continue;
    for (let j = i + 1; j < end; j++) {
      if (isTimeish(j) && shiftedByHours(lines[i]!.body, lines[j]!.body) && expectation(i - 2, j)) return lines[j];
    }
  }
  return undefined;
}

/**
 * Node's assert, chai and JUnit put both values on the failure line: "'a' === 'b'",
 * "expected { today: 'March 16, 2018' } to deeply equal { … }", "expected:<…> but was:<…>".
 */
const ONE_LINE_FAILURE = /AssertionError|ComparisonFailure|\bexpected\b/i;
const ONE_LINE_SPLIT = /^(.*?)(?:\s+(?:={2,3}|!={1,2}|to (?:deeply |strictly )?equal|to be|but got|got)\s+|\s+but was:?\s*)(.+)$/i;

function comparedOnOneLine(body: string): boolean {
  if (body.length > 2000 || !ONE_LINE_FAILURE.test(body)) return false;
  const m = ONE_LINE_SPLIT.exec(body);
  if (!m) return false;
  // The left side starts with the error's own words: keep the value after them.
  const left = m[1]!.replace(/^.*?(?:AssertionError|ComparisonFailure)[^:]*:\s*/i, '').replace(/^.*?\bexpected:?\s*/i, '');
  return shiftedByHours(left.trim(), m[2]!.trim());
}

/** pytest prints assertion diffs under an "E" column: "E       - {'repo': …}". */
const PYTEST_PREFIX = /^E {3,}/;

/** The text after a diff marker ("-timestamp: 1", "+-rwx  …"), not a "---"/"+++" file header. */
function diffBody(line: LogLine, marker: '-' | '+'): string | undefined {
  // Jest indents its snapshot diffs: the marker may follow spaces.
  const text = line.body.replace(PYTEST_PREFIX, '').trimStart();
  if (!text.startsWith(marker) || text.startsWith(marker.repeat(3))) return undefined;
  return text.slice(1);
}

function shiftedByHours(a: string, b: string): boolean {
  // Equal lines, or lines of very different length, are not one output shifted in time.
  if (a === b || Math.abs(a.length - b.length) > 4 || mask(a) !== mask(b)) return false;
  const seconds = (s: string) => [
    ...[...s.matchAll(CLOCK)].map((m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)),
    ...[...s.matchAll(EPOCH)].map((m) => Number(m[0])),
    ...[...s.matchAll(DATE)].map((m) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000),
    ...[...s.matchAll(MONTH_DATE)].map((m) => Date.UTC(Number(m[3]), MONTHS.indexOf(m[1]!), Number(m[2])) / 1000),
  ];
  const ta = seconds(a);
  const tb = seconds(b);
  const wa = weekdays(a);
  const wb = weekdays(b);
  if (ta.length + wa.length === 0 || ta.length !== tb.length || wa.length !== wb.length) return false;
  let shifted = false;
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
  return s
    .replace(/\bu(['"])/g, '$1')
    .replace(MONTH_DATE, 'D')
    .replace(WEEKDAY, 'W')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}
