/**
 * A test's expected and actual output that differ only in the decimal or
 * grouping separator: "0.5556" printed as "0,5556", "18,000 bytes" as
 * "18.000 bytes". Numbers are formatted by the locale (German, French, Russian
 * write a decimal comma), so that is a locale difference, whatever the test is.
 * Line-pair evidence no single-line signature can see (output-pairs.ts), and a
 * decimal comma in scientific notation, which only a locale writes. Pure.
 */
import type { LogLine } from './log.js';
import { findExplainedPair, type OutputDifference } from './output-pairs.js';
import type { Signature } from './signature-types.js';

export const NUMBER_FORMAT: Signature = {
  id: 'number-format-differs',
  // Found by findNumberFormat over line pairs (and one single-line form), never by the signature scan.
  anchors: [],
  patterns: [],
  implicates: [
    {
      facet: 'locale',
      weight: 0.88,
      anyDirection: true,
      why: "expected and actual output differ only in a number's separators: B formats numbers for another locale",
    },
    { facet: 'env', key: /^(?:LANG|LC_ALL|LC_NUMERIC|LANGUAGE)$/, weight: 0.88, anyDirection: true },
    // The JDK on Linux takes its default locale (user.language, user.country) from LC_CTYPE.
    { facet: 'env', key: /^LC_CTYPE$/, weight: 0.7, anyDirection: true },
    // The JVM takes its default locale from -Duser.language/-Duser.country as well as from LANG.
    { facet: 'env', key: /^(?:JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS)$/, weight: 0.4, anyDirection: true },
  ],
  tokens: [],
  meaning: 'the output differs only in how numbers are written',
};

// A separator between digits, also inside JUnit's [ ] marks of the differing part ("5[.]20").
// U+00A0 and U+202F: the (narrow) no-break spaces French and Java 13+ group thousands with.
const SEPARATOR = /(?<=\d\[?)[.,\u00a0\u202f](?=\]?\d)/g;
const CANDIDATE = /\d\[?[.,\u00a0\u202f]\]?\d/;

/** Both say the same thing, with other separators: a swap keeps every character but those. */
function separatorsSwapped(expected: string, actual: string): boolean {
  if (expected === actual || expected.length !== actual.length) return false;
  return expected.replace(SEPARATOR, '#') === actual.replace(SEPARATOR, '#');
}

const SEPARATORS_SWAPPED: OutputDifference = { candidate: CANDIDATE, explains: separatorsSwapped };

/**
 * A decimal comma in scientific notation ("-6,998e+12"): no thousands separator sits there, so the
 * number was printed for a locale that writes a decimal comma, whatever it is compared with.
 */
const SCIENTIFIC_WITH_COMMA = /(?<![\d.,])\d+,\d+[eE][+-]\d+\b/;
/** Lines read for it, from the end. */
const MAX_LINES = 50_000;

/** The first actual line of a pair whose only differences are number separators, or a line with a decimal comma. */
export function findNumberFormat(lines: readonly LogLine[]): LogLine | undefined {
  const pair = findExplainedPair(lines, SEPARATORS_SWAPPED);
  if (pair) return pair.line;
  for (let i = Math.max(0, lines.length - MAX_LINES); i < lines.length; i++) {
    const body = lines[i]!.body;
    if (body.includes(',') && SCIENTIFIC_WITH_COMMA.test(body)) return lines[i];
  }
  return undefined;
}
