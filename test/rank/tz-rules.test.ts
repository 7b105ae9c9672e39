/**
 * Expected and actual output that render a historic instant (before 1970) under
 * other zone rules (src/rank/tz-rules.ts): Rust's left/right pair from a real
 * thread (kennytm/tzfile#8: Fedora's tzdata 2022b merged Amsterdam's zones),
 * and look-alikes that are a time zone shift or no difference at all.
 */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { findTimeShift } from '../../src/rank/time-shift.js';
import { findTzRulesChange } from '../../src/rank/tz-rules.js';

const lines = (text: string) => parseBuildLog(text).lines;

describe('findTzRulesChange', () => {
  const tzfile = [
    "thread 'chrono_tz_tests::second_offsets' panicked at 'assertion failed: `(left == right)`",
    '  left: `"1914-01-01 13:40:28 WET"`,',
    ' right: `"1914-01-01 14:00:00 AMT"`\', src/lib.rs:913:9',
  ].join('\n');

  it("finds a pre-1970 time with another local mean time and zone name (Rust's left/right)", () => {
    expect(findTzRulesChange(lines(tzfile))?.body.trim()).toMatch(/^right: `"1914-01-01 14:00:00 AMT"`/);
    // Not a zone shift: 19 min 32 s is no whole quarter hour.
    expect(findTimeShift(lines(tzfile))).toBeUndefined();
  });

  it("finds another zone abbreviation for a pre-1970 year in Ruby's Time#to_a (ruby/spec#936)", () => {
    const ruby = 'Expected [0, 0, 0, 16, 5, 1940, 4, 137, true, "WEST"] == [0, 40, 1, 16, 5, 1940, 4, 137, true, "CEST"]';
    expect(findTzRulesChange(lines(ruby))?.body).toBe(ruby);
    expect(findTzRulesChange(lines(ruby.replace(/1940/g, '2040')))).toBeUndefined();
    expect(findTzRulesChange(lines(ruby.replace('"WEST"', '"CEST"')))).toBeUndefined();
  });

  it('ignores modern dates, equal values and other days', () => {
    expect(findTzRulesChange(lines('  left: `"2014-01-01 13:40:28 WET"`,\n right: `"2014-01-01 14:00:00 AMT"`'))).toBeUndefined();
    expect(findTzRulesChange(lines('  left: `"1914-01-01 13:40:28 WET"`,\n right: `"1914-01-01 13:40:28 WET"`'))).toBeUndefined();
    expect(findTzRulesChange(lines('  left: `"1914-01-01 13:40:28 WET"`,\n right: `"1915-03-01 14:00:00 AMT"`'))).toBeUndefined();
  });
});
