/** Times a failing comparison printed at B's UTC offset, and a logger's stamps that only show where B runs. */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { scanMentions } from '../../src/rank/mentions.js';
import { zoneOffsetFindings } from '../../src/rank/zone-offsets.js';
import { hostChange } from '../helpers/differences.js';

const findings = (log: string, a: string, b: string) =>
  zoneOffsetFindings(hostChange('time', 'timezone', a, b), scanMentions(parseBuildLog(log)));

describe('times at B’s offset', () => {
  it('a comparison of times rendered at +05:30 names Asia/Kolkata, not UTC (druid-io/tranquility#30)', () => {
    const log = [
      '[info] - Warming *** FAILED ***',
      '[info]   Set((2012-01-01T06:00:00.000+05:30,0,true,List())) did not equal Set((2012-01-01T05:30:00.000+05:30,0,true,List())) (ClusteredBeamTest.scala:369)',
    ].join('\n');
    expect(findings(log, 'UTC', 'Asia/Kolkata').map((f) => f.why)).toEqual(["the log prints times at +05:30, B's zone's offset"]);
    expect(findings(log, 'Asia/Kolkata', 'UTC')).toEqual([]);
  });

  it('summer time counts: Europe/Copenhagen prints +02:00 in July', () => {
    const log = 'AssertionError: expected 2023-07-01T00:00:00+02:00 to equal 2023-06-30T22:00:00Z';
    expect(findings(log, 'Etc/UTC', 'Europe/Copenhagen')).toHaveLength(1);
  });

  it("a logger's own stamps are not a comparison (gruntwork-io/terragrunt#3068)", () => {
    const log = "time=2024-04-17T13:41:08+10:00 level=error msg=Errors encountered running before_hooks. Not running 'terraform'.";
    expect(findings(log, 'UTC', 'Australia/Sydney')).toEqual([]);
  });

  it('a value that names no zone finds nothing', () => {
    expect(findings('expected 10:00:00+05:30 got 04:30:00Z', 'UTC', 'Nowhere/Special')).toEqual([]);
  });
});
