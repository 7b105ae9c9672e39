/**
 * A failing test's expected and actual output, found as line pairs: a unified
 * diff's -/+ lines, two lines under an "Expected"/"Received" heading, or both
 * values on one assertion line ("expected:<5[.]20> but was:<5[,]20>"). When the
 * two differ only in one way — times by whole hours, a decimal comma for a
 * point — that way names the environment setting, whatever the test is. Pure.
 */
import type { LogLine } from './log.js';

/** One way two outputs can differ. */
export interface OutputDifference {
  /** A cheap test every line of a pair must pass before any pairing. */
  candidate: RegExp;
  /** The expected and the actual value differ only in this way. */
  explains(expected: string, actual: string): boolean;
}

/** How far apart a removed (-) and an added (+) line of one diff hunk may be. */
const PAIR_WINDOW = 4;
/** Words that say two nearby lines are an expected and an actual value. */
// Rust's assert_eq! prints "left: `…`" and "right: `…`".
const EXPECTATION = /\b(?:expected|received|actual|got|want(?:ed)?|but was|should be)\b|^\s*(?:left|right)\s*:/i;
/** Lines read: diffs of test output are short; a long log is not paired line by line. */
const MAX_LINES = 50_000;
/** A value's label in front of it: "Expected: ", "but was : ", "Actual   :", "Received:". */
const LABEL = /^\s*(?:(?:expected|received|actual|but:? was|got|wanted|want)\s*:?|(?:left|right)\s*:)\s*/i;

/** A pair of values `kind` explains, and the line that shows the actual one. */
export interface ExplainedPair {
  line: LogLine;
  expected: string;
  actual: string;
}

/** The first pair that `kind` explains. */
export function findExplainedPair(lines: readonly LogLine[], kind: OutputDifference): ExplainedPair | undefined {
  const start = Math.max(0, lines.length - MAX_LINES);
  // Per line, computed once: could it hold such a value at all.
  const candidates = new Map<number, boolean>();
  const isCandidate = (i: number) => {
    let c = candidates.get(i);
    if (c === undefined) candidates.set(i, (c = kind.candidate.test(lines[i]!.body)));
    return c;
  };
  const expectation = (from: number, to: number) => {
    for (let k = Math.max(0, from); k <= to; k++) if (EXPECTATION.test(lines[k]!.body)) return true;
    return false;
  };
  for (let i = start; i < lines.length; i++) {
    if (!isCandidate(i)) continue;
    const values = comparedValues(lines[i]!.body);
    if (values && kind.explains(values[0], values[1])) return { line: lines[i]!, expected: values[0], actual: values[1] };
    const end = Math.min(lines.length, i + 1 + PAIR_WINDOW);
    // XCTest's values over several lines: the first lines of each, after 'failed: ("' and after 'is not equal to ("'.
    const opened = XCTEST_OPENED.exec(lines[i]!.body)?.[1];
    if (opened !== undefined)
      for (let j = i + 1; j < end; j++) {
        const actual = XCTEST_CONTINUED.exec(lines[j]!.body)?.[1];
        if (actual !== undefined && kind.explains(opened, actual)) return { line: lines[j]!, expected: opened, actual };
      }
    // A unified diff's removed and added lines, in either order ("+ actual - expected" puts + first).
    const first = diffBody(lines[i]!, '-') ?? diffBody(lines[i]!, '+');
    if (first !== undefined) {
      const other = lines[i]!.body.replace(PYTEST_PREFIX, '').trimStart().startsWith('-') ? '+' : '-';
      for (let j = i + 1; j < end; j++) {
        const second = diffBody(lines[j]!, other);
        // Vitest labels its diff lines too ("- Expected   \"…\"", "+ Received   \"…\"").
        if (second === undefined || !isCandidate(j)) continue;
        const [expected, actual] = [unlabelled(first), unlabelled(second)];
        if (kind.explains(expected, actual)) return { line: lines[j]!, expected, actual };
      }
      continue;
    }
    // Without diff markers, only under words that make the pair an expectation and its outcome.
    if (!expectation(i - 2, end - 1)) continue;
    const left = unlabelled(lines[i]!.body);
    for (let j = i + 1; j < end; j++) {
      if (!isCandidate(j)) continue;
      const actual = unlabelled(lines[j]!.body);
      if (kind.explains(left, actual) && expectation(i - 2, j)) return { line: lines[j]!, expected: left, actual };
    }
  }
  return undefined;
}

/** "Expected: 0.5556" and "but was : 0,5556" are the values 0.5556 and 0,5556. */
function unlabelled(body: string): string {
  return body.replace(LABEL, '').replace(INNER_LABEL, '$1~=');
}

/** A label inside a key, before its value: "local[0]/output/expected=" and "local[0]/output/actual=". */
const INNER_LABEL = /([/._-])(?:expected|actual|received|got)\s*=/gi;

/**
 * Node's assert, chai and JUnit put both values on the failure line: "'a' === 'b'",
 * "expected { today: 'March 16, 2018' } to deeply equal { … }", "expected:<…> but was:<…>".
 * specs2 and ScalaTest print the bare inequality: "LogMessage(…T09:40…) != LogMessage(…T10:40…)".
 */
const ONE_LINE_FAILURE = /AssertionError|ComparisonFailure|\bexpected\b|\s!==?\s/i;
/** The test's file and line after the values ("… != … (LogParserTest.scala:97)"): not part of either value. */
const TRAILING_LOCATION = /\s+\([\w.-]+\.\w+:\d+\)\s*$/;
const ONE_LINE_SPLIT =
  /^(.*?)(?:\s+(?:={2,3}|!={1,2}|to (?:deeply |strictly )?equal|to eql?|to be|(to (?:include|contain|start with))|but got|got)\s+|\s+but was:?\s*)(.+)$/i;

/**
 * Assertions that print both values in their own syntax: clojure.test's "actual: (not (= \"1970-01-01\" \"1969-12-31\"))"
 * and XCTest's 'XCTAssertEqual failed: ("1969") is not equal to ("1970")'.
 */
const CLOJURE_NOT_EQUAL = /^\s*actual: \(not \(= ("(?:[^"\\]|\\.)*"|[^\s()]+) ("(?:[^"\\]|\\.)*"|[^\s()]+)\)\)\s*$/;
const XCTEST_NOT_EQUAL = /\bXCTAssert\w* failed: \((.*)\) is not equal to \((.*)\)/;
const XCTEST_OPENED = /\bXCTAssert\w* failed: \("([^"]*)$/;
const XCTEST_CONTINUED = /"\) is not equal to \("([^"]*)$/;

/** The two values an assertion line compares ("AssertionError: assert ['4', '4'] == ['1', '1']"), if it is one. */
export function comparedValues(body: string): [string, string] | undefined {
  if (body.length > 2000) return undefined;
  const own = CLOJURE_NOT_EQUAL.exec(body) ?? XCTEST_NOT_EQUAL.exec(body);
  if (own) return [own[1]!, own[2]!];
  if (!ONE_LINE_FAILURE.test(body)) return undefined;
  const m = ONE_LINE_SPLIT.exec(body.replace(TRAILING_LOCATION, ''));
  if (!m) return undefined;
  // The left side starts with the error's own words ("AssertionError: assert …"): keep the value after them.
  const left = m[1]!
    // sbt's level tag ("[error]  LogMessage(…) != …") is the runner's, not the value's.
    .replace(/^\[(?:error|warn|info)\]\s*/i, '')
    .replace(/^.*?(?:AssertionError|ComparisonFailure)[^:]*:\s*(?:assert\s+)?/i, '')
    .replace(/^.*?\bexpected:?\s*/i, '')
    .trim();
  const right = m[3]!.trim();
  // RSpec's "expected <actual> to include <part>": the part is compared with as much of the actual.
  return [m[2] && left.length > right.length ? left.slice(0, right.length) : left, right];
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
