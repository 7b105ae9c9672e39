/**
 * Expected and actual test output that differ only in number separators
 * (src/rank/number-format.ts): real failures of suites run under a German
 * locale, and look-alikes that must not count.
 */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { findNumberFormat } from '../../src/rank/number-format.js';
import { rankDifferences } from '../../src/rank/index.js';
import type { Difference } from '../../src/diff/types.js';

function reformatted(text: string): string | undefined {
  return findNumberFormat(parseBuildLog(text).lines)?.body.trim();
}

describe('findNumberFormat', () => {
  it("finds JUnit's one-line comparison with the differing part in brackets", () => {
    // TNG/JGiven#2 (de_DE.UTF-8) and rythmengine/rythmengine#323 (grouping and decimal swapped).
    const jgiven = "org.junit.ComparisonFailure: expected:<'5[.]20'> but was:<'5[,]20'>";
    expect(reformatted(jgiven)).toBe(jgiven);
    const rythm = 'org.junit.ComparisonFailure: expected:<000[,010.]30> but was:<000[.010,]30>';
    expect(reformatted(rythm)).toBe(rythm);
  });

  it('finds labelled expected and actual lines', () => {
    // elastic/apm-agent-java#1727: opentest4j prints the values under their labels.
    const apm = ['org.opentest4j.AssertionFailedError: ', '', 'expected: "0.5556"', 'but was : "0,5556"'].join('\n');
    expect(reformatted(apm)).toBe('but was : "0,5556"');
    // salesforce/Argus#336: a map of numbers, "Expected :" over "Actual   :".
    const argus = [
      'java.lang.AssertionError: ',
      'Expected :{2=0, 3=0.1, 4=0.27997, 5=0.72374, 6=1.57824}',
      'Actual   :{2=0, 3=0,1, 4=0,27997, 5=0,72374, 6=1,57824}',
    ].join('\n');
    expect(reformatted(argus)).toBe('Actual   :{2=0, 3=0,1, 4=0,27997, 5=0,72374, 6=1,57824}');
  });

  it('finds values on the lines after Hamcrest\'s "Expected:" and "but: was"', () => {
    // TheJacksonLaboratory/LIRICAL#655.
    const log = [
      '[ERROR]   GenotypeLikelihoodRatioTest.thrbExample:127 ',
      'Expected: ',
      '"log<sub>10</sub>(LR)=109.235 P(G|D)=0.0000. Observed weighted deleterious variant count: 44.80."',
      'but: was ',
      '"log<sub>10</sub>(LR)=109,235 P(G|D)=0,0000. Observed weighted deleterious variant count: 44,80."',
    ].join('\n');
    expect(reformatted(log)).toBe('"log<sub>10</sub>(LR)=109,235 P(G|D)=0,0000. Observed weighted deleterious variant count: 44,80."');
  });

  it("finds a unified diff's removed and added lines", () => {
    expect(reformatted('-  total: 18,000 bytes\n+  total: 18.000 bytes')).toBe('+  total: 18.000 bytes');
  });

  it('does not count values that differ in their digits, or separators outside numbers', () => {
    expect(reformatted("org.junit.ComparisonFailure: expected:<'5[.2]0'> but was:<'5[.3]0'>")).toBeUndefined();
    expect(reformatted('AssertionError: expected [1, 2] to deeply equal [1. 2]')).toBeUndefined();
    expect(reformatted('expected: "1.5"\nbut was : "1.5 "')).toBeUndefined();
    // Two lines without diff markers or expectation words are no expected/actual pair.
    expect(reformatted('Collecting numpy 1.26.4\nInstalled numpy 1,26.4')).toBeUndefined();
  });

  it('blames LC_CTYPE, where the JDK takes its default locale from, not LC_COLLATE (apache/parquet-java#2013)', () => {
    const log =
      'Failed tests:   testFloatMinMax(org.apache.parquet.column.statistics.TestStatistics): expected:<min: 0[,00010, max: 553,]59998, num_nulls: 0> but was:<min: 0[.00010, max: 553.]59998, num_nulls: 0>';
    const env = (key: string): Difference => ({ scope: 'host', facet: 'env', key, kind: 'changed', a: 'en_US.UTF-8', b: 'hu_HU.UTF-8' });
    expect(rankDifferences([env('LC_COLLATE'), env('LC_CTYPE')], { log: parseBuildLog(log) })[0]!.key).toBe('LC_CTYPE');
  });
});
