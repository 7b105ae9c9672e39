/**
 * Expected and actual test output that differ only by whole hours (src/rank/time-shift.ts):
 * lines from a real test-suite diff (fragglet/lhasa#9: the suite's listings were
 * generated in another time zone), and look-alikes that must not count.
 */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { findTimeShift } from '../../src/rank/time-shift.js';

function shift(text: string): string | undefined {
  return findTimeShift(parseBuildLog(text).lines)?.line.body.trim();
}

describe('findTimeShift', () => {
  it("reads clojure.test's (not (= expected actual)): the epoch's date a day early (metosin/jsonista#18)", () => {
    const line = '  actual: (not (= "{\\"date\\":\\"1970-01-01\\"}" "{\\"date\\":\\"1969-12-31\\"}"))';
    expect(shift(line)).toBe(line.trim());
    expect(shift('  actual: (not (= "{\\"date\\":\\"1970-01-01\\"}" "{\\"date\\":\\"1971-03-02\\"}"))')).toBeUndefined();
  });

  it("reads XCTest's values over several lines: the epoch's year, 1969 west of UTC (nicklockwood/SwiftFormat#354)", () => {
    const log = [
      'Assertion Failure: RulesTests.swift:7059: XCTAssertEqual failed: ("// Copyright © 1969',
      '',
      'let foo = bar") is not equal to ("// Copyright © 1970',
      '',
      'let foo = bar") - ',
    ].join('\n');
    expect(shift(log)).toBe('let foo = bar") is not equal to ("// Copyright © 1970');
    // Another year is another copyright, not the epoch on the other side of midnight.
    expect(shift(log.replace('© 1970', '© 1971'))).toBeUndefined();
  });

  it('finds a listing whose times moved by one hour', () => {
    const log = [
      '--- output/lha_unix114i/subdir.lzh-l.txt        2012-05-01 22:07:37.000000000 +0200',
      '+++ /tmp/tmp.txt        2012-05-02 13:29:38.000000000 +0200',
      '@@ -1,7 +1,7 @@',
      '-drwx------  1000/1000        0 ****** Apr 24 20:31 subdir/',
      '+drwx------  1000/1000        0 ****** Apr 24 21:31 subdir/',
    ].join('\n');
    expect(shift(log)).toBe('+drwx------  1000/1000        0 ****** Apr 24 21:31 subdir/');
  });

  it('finds times written with another UTC offset', () => {
    // cylc/cylc-flow#4083: the suite expected UTC and ran in New Zealand (UTC+13).
    const cylc = "E           AssertionError: assert '20210101T0000+13' == '20210101T0000Z'";
    expect(shift(cylc)).toBe(cylc);
    // svarshavchik/courier#83: without tzdata the suite's Eastern time rendered as UTC.
    const courier = ['-On Sun, 22 Nov 2009 10:57:32 -0500,', '+On Sun, 22 Nov 2009 15:57:32 +0000,'].join('\n');
    expect(shift(courier)).toBe('+On Sun, 22 Nov 2009 15:57:32 +0000,');
    // The same time and offset on both lines is no shift; a date's own dashes are no offset.
    expect(shift("AssertionError: assert '2021-01-01T00:00+13' == '2021-01-01T00:00+13 '")).toBeUndefined();
    expect(shift('-released 2021-10-29\n+released 2021-10-29 ')).toBeUndefined();
  });

  it("reads Go's layout, the zone's abbreviation after its offset (fluxcd/flux2#2441: MDT against UTC)", () => {
    const log = ['            -   "15:42:20 +0000 UTC",', '            +   "09:42:20 -0600 MDT",'].join('\n');
    expect(shift(log)).toBe('+   "09:42:20 -0600 MDT",');
    // Another word after the offset is no zone: the lines differ in more than the time.
    expect(shift(['-   "15:42:20 +0000 sent",', '+   "09:42:20 -0600 lost",'].join('\n'))).toBeUndefined();
  });

  it("reads JavaScript's Date with its offset and zone name (shinosakarb/tebukuro#165: JST against UTC)", () => {
    const log = ['    -      Wed Mar 01 2017 19:30:00 GMT+0900 (JST)', '    +      Wed Mar 01 2017 10:30:00 GMT+0000 (UTC)'].join('\n');
    expect(shift(log)).toBe('+      Wed Mar 01 2017 10:30:00 GMT+0000 (UTC)');
  });

  it("reads Vitest's labelled diff lines (radicle-dev/radicle-explorer#317: CET against UTC)", () => {
    const log = [
      ' ❯ src/utils.test.ts:5:14199',
      '  - Expected   "Sat, 01 Jan 2022 12:00:00 GMT"',
      '  + Received   "Sat, 01 Jan 2022 11:00:00 GMT"',
    ].join('\n');
    expect(shift(log)).toBe('+ Received   "Sat, 01 Jan 2022 11:00:00 GMT"');
  });

  it('finds epoch timestamps 3600 s apart', () => {
    expect(shift(' crc: b6d5\n-timestamp: 1273184274\n+timestamp: 1273180674\n --')).toBe('+timestamp: 1273180674');
  });

  it('finds an expected and a received date a day apart', () => {
    // PostHog/posthog#12243: the suite's dates rendered in the runner's US time zone.
    const log = [
      'Expected element to have text content:',
      '      Finished exporting historical events between 2021-10-29 and 2021-11-04 (inclusive).',
      '    Received:',
      '      Finished exporting historical events between 2021-10-28 and 2021-11-03 (inclusive).',
    ].join('\n');
    expect(shift(log)).toBe('Finished exporting historical events between 2021-10-28 and 2021-11-03 (inclusive).');
  });

  it('reads pytest assertion diffs and compact dates', () => {
    // fedora-infra/bodhi#2114: a snapshot name dated in the local time zone.
    const log = [
      "E       - {'completed_repo': u'/tmp/tmpwiE5nYbodhi/Fedora-27-updates-20180116.0',",
      'E       ?                    -                                              ^',
      "E       + {'completed_repo': '/tmp/tmpwiE5nYbodhi/Fedora-27-updates-20180117.0',",
    ].join('\n');
    expect(shift(log)).toBe("E       + {'completed_repo': '/tmp/tmpwiE5nYbodhi/Fedora-27-updates-20180117.0',");
  });

  it('finds a weekday rendered a day off, with + before -', () => {
    // projectfluent/fluent.js#572: a date test run in a US time zone.
    const log = ['+ actual - expected', '', "+ 'Wednesday'", "- 'Thursday'"].join('\n');
    expect(shift(log)).toBe("- 'Thursday'");
    expect(shift("+ 'Monday'\n- 'Thursday'")).toBeUndefined();
  });

  it('finds dates written with month names a day apart (a snapshot rendered in another zone)', () => {
    // alxshelepenok/lumen#893 and storj/storj#4769: snapshots written west or east of the runner.
    expect(shift('    -           Sep 1, 2016\n    +           Aug 31, 2016')).toBe('+           Aug 31, 2016');
    expect(shift('-    <div>January 01, 1970</div>\n+    <div>December 31, 1969</div>')).toBe('+    <div>December 31, 1969</div>');
    expect(shift('-    <div>January 01, 1970</div>\n+    <div>March 01, 1970</div>')).toBeUndefined();
  });

  it('reads ISO 8601 times glued to their dates', () => {
    // reflagcom/javascript#100: a mock date rendered an hour off in a non-UTC zone.
    expect(shift('    "token",\n-   2023-01-01T00:00:00.000Z,\n+   2022-12-31T23:00:00.000Z,')).toBe('+   2022-12-31T23:00:00.000Z,');
  });

  it('reads ISO 8601 basic times and a label inside the key (acfr/comma#63)', () => {
    const log = [
      'Test output does not match expected:',
      'local[0]/output/expected="20160414T114932.123000"',
      'local[0]/output/actual="20160414T094932.123000"',
    ].join('\n');
    expect(shift(log)).toBe('local[0]/output/actual="20160414T094932.123000"');
    // Another value under the same key is no shift.
    expect(
      shift(
        ['expected output:', 'local[0]/output/expected="20160414T114932.123000"', 'local[0]/output/actual="20160414T114932.723000"'].join(
          '\n',
        ),
      ),
    ).toBeUndefined();
  });

  it('finds both values on one assertion line', () => {
    // sanctuary-js/sanctuary#455, vmware-archive/hillview#667, ardatan/graphql-tools#721.
    const node = `AssertionError [ERR_ASSERTION]: '"new Date(\\"2001-02-03T01:05:06.000Z\\")"' === '"new Date(\\"2001-02-03T04:05:06.000Z\\")"'`;
    expect(shift(node)).toBe(node);
    const junit = 'java.lang.AssertionError: expected:<2010-12-27T18:50:44Z> but was:<2010-12-27T16:50:44Z>';
    expect(shift(junit)).toBe(junit);
    const chai = "AssertionError: expected { today: 'March 16, 2018' } to deeply equal { today: 'March 15, 2018' }";
    expect(shift(chai)).toBe(chai);
    expect(shift("AssertionError: expected '1.2.3' to equal '1.2.4'")).toBeUndefined();
    expect(shift('java.lang.AssertionError: expected:<2010-12-27T18:50:44Z> but was:<2011-03-02T16:50:44Z>')).toBeUndefined();
  });

  it('finds US month-first dates a day apart (lingui/js-lingui#227)', () => {
    const log = ['    Expected value to equal:', '      "6/17/2017"', '    Received:', '      "6/18/2017"'].join('\n');
    expect(shift(log)).toBe('"6/18/2017"');
    // A month apart is no zone.
    expect(shift(['    Expected value to equal:', '      "6/17/2017"', '    Received:', '      "7/17/2017"'].join('\n'))).toBeUndefined();
  });

  it("reads specs2's bare inequality with the runner's level tag and the test's location (tobyweston/temperature-machine#55)", () => {
    const specs2 =
      '[error]  LogMessage(2017-10-31T09:40:05.976Z,[main],INFO,Starting temperature-machine (server mode)...) != LogMessage(2017-10-31T10:40:05.976Z,[main],INFO,Starting temperature-machine (server mode)...) (LogParserTest.scala:97)';
    expect(shift(specs2)).toBe(specs2);
    // Two numbers that differ are no shift in time.
    expect(shift('[error]  15 != 13 (EventTest.scala:12)')).toBeUndefined();
  });

  it('gives the shift its clocks show, not the days its dates moved (vyadh/teamcity-deployment-dashboard#29)', () => {
    const jest = ['    Expected: "7:30:00 pm"', '    Received: "6:30:00 pm"'].join('\n');
    expect(findTimeShift(parseBuildLog(jest).lines)?.seconds).toEqual([3600]);
    const days = ['    Expected value to equal:', '      "6/17/2017"', '    Received:', '      "6/18/2017"'].join('\n');
    expect(findTimeShift(parseBuildLog(days).lines)?.seconds).toEqual([]);
  });

  it('needs an expectation around lines without diff markers', () => {
    // Consecutive daily log lines are not an expected and an actual value.
    expect(shift('2021-10-28 run finished\n2021-10-29 run finished')).toBeUndefined();
  });

  it('ignores diffs whose numbers differ otherwise', () => {
    expect(shift('-timestamp: 1273184274\n+timestamp: 1273184275')).toBeUndefined();
    expect(shift('-took 12:31 minutes\n+took 12:32 minutes')).toBeUndefined();
    expect(shift('-version: 1.2.3\n+version: 1.2.4')).toBeUndefined();
    // Other text around the times: not the same line of output.
    expect(shift('-started 20:31 ok\n+finished 21:31 ok')).toBeUndefined();
    // File headers of a unified diff are not output lines.
    expect(shift('--- a 2012-05-01 22:07:37\n+++ b 2012-05-01 23:07:37')).toBeUndefined();
  });
});
