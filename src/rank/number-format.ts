/**
 * A test's expected and actual output that differ only in the decimal or
 * grouping separator: "0.5556" printed as "0,5556", "18,000 bytes" as
 * "18.000 bytes". Numbers are formatted by the locale (German, French, Russian
 * write a decimal comma), so that is a locale difference, whatever the test is.
 * Line-pair evidence no single-line signature can see (output-pairs.ts). Pure.
 */
import type { LogLine } from './log.js';
import { findExplainedPair, type OutputDifference } from './output-pairs.js';
import type { Signature } from './signature-types.js';

export const NUMBER_FORMAT: Signature = {
  id: 'number-format-differs',
  // Found by findNumberFormat over line pairs, never by a single line.
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

/** The first actual line of a pair whose only differences are number separators. */
export function findNumberFormat(lines: readonly LogLine[]): LogLine | undefined {
  return findExplainedPair(lines, SEPARATORS_SWAPPED);
}
