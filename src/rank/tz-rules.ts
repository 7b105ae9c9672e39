/**
 * A test's expected and actual output that name the same historic instant
 * differently: "1914-01-01 13:40:28 WET" where "1914-01-01 14:00:00 AMT" was
 * expected. Before 1970 the tz database's rules are research, revised release
 * by release (local mean times, renamed abbreviations): that is the tz
 * database (tzdata), not the zone the machine is set to, which shifts every
 * time by whole hours (time-shift.ts). Line-pair evidence (output-pairs.ts). Pure.
 */
import type { LogLine } from './log.js';
import { findExplainedPair, type OutputDifference } from './output-pairs.js';
import { TZ_DATABASE_PACKAGES } from './priors.js';
import type { Signature } from './signature-types.js';

export const TZ_RULES_CHANGED: Signature = {
  id: 'historic-zone-rules-differ',
  // Found by findTzRulesChange over line pairs, never by a single line.
  anchors: [],
  patterns: [],
  implicates: [
    {
      facet: 'packages',
      key: TZ_DATABASE_PACKAGES,
      weight: 0.88,
      anyDirection: true,
      why: 'a date before 1970 renders with another offset or zone name: the tz database on B has other historic rules',
    },
    // Runtimes that bundle their own copy of the database (the JDK, ICU in Node).
    { facet: 'toolchains', key: /^(?:java|javac|node|nodejs|dotnet)$/, weight: 0.4, anyDirection: true },
    { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.35, why: 'a new OS release ships a new tz database' },
    { facet: 'images', weight: 0.3 },
  ],
  tokens: [],
  meaning: 'a date before 1970 renders with other zone rules',
};

// "1914-01-01 13:40:28 WET": a date before 1970, its time, and the zone abbreviation or offset printed after it.
const HISTORIC =
  /\b(1[89]\d\d|19[0-6]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?\s?([A-Z]{2,5}|[+-]\d{2}:?\d{2})?/g;
const CANDIDATE = /\b(?:1[89]\d\d|19[0-6]\d)\b/;
/** A year before 1970 standing alone ("[0, 40, 1, 16, 5, 1940, 4, 137, true, \"CEST\"]": Ruby's Time#to_a). */
const OLD_YEAR = /\b(?:1[89]\d\d|19[0-6]\d)\b/g;
/** A zone abbreviation: WET, CEST, AMT, NZMT. */
const ABBREVIATION = /\b[A-Z]{3,5}\b/g;

const OTHER_RULES: OutputDifference = { candidate: CANDIDATE, explains: otherRules };

/** The first actual line of a pair whose only differences are historic times and their zone names. */
export function findTzRulesChange(lines: readonly LogLine[]): LogLine | undefined {
  return findExplainedPair(lines, OTHER_RULES)?.line;
}

function otherRules(expected: string, actual: string): boolean {
  if (expected === actual) return false;
  const a = [...expected.matchAll(HISTORIC)];
  const b = [...actual.matchAll(HISTORIC)];
  if (a.length === 0 && b.length === 0) return otherAbbreviation(expected, actual);
  if (a.length !== b.length) return false;
  // The same historic day in both, at another time that is no whole-hour shift, or under another zone name.
  return a.some((m, k) => {
    const n = b[k]!;
    const seconds = (x: RegExpMatchArray) => Number(x[4]) * 3600 + Number(x[5]) * 60 + Number(x[6] ?? 0);
    const delta = Math.abs(seconds(m) - seconds(n));
    return m[1] === n[1] && m[2] === n[2] && m[3] === n[3] && (delta % 900 !== 0 || (m[7] !== n[7] && delta < 3600));
  });
}

/** The same pre-1970 year on both sides, the same shape, and another zone abbreviation (WEST where CEST was expected). */
function otherAbbreviation(expected: string, actual: string): boolean {
  const years = (x: string) => (x.match(OLD_YEAR) ?? []).join(' ');
  const ya = years(expected);
  if (ya === '' || ya !== years(actual)) return false;
  const za = expected.match(ABBREVIATION) ?? [];
  const zb = actual.match(ABBREVIATION) ?? [];
  if (za.length === 0 || za.length !== zb.length || za.every((z, k) => z === zb[k])) return false;
  const shape = (x: string) => x.replace(ABBREVIATION, 'Z').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  return shape(expected) === shape(actual);
}
