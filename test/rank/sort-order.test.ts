/**
 * Expected and actual output holding the same lines in another order (src/rank/sort-order.ts): real
 * diffs of suites run under another collation, and look-alikes that must not count.
 */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { findReordered } from '../../src/rank/sort-order.js';
import { rankDifferences } from '../../src/rank/index.js';
import type { Difference } from '../../src/diff/types.js';

function reordered(text: string): string | undefined {
  return findReordered(parseBuildLog(text).lines)?.body.trim();
}

// teemtee/tmt#3936: a plugin list sorted under cs_CZ.UTF-8, where "ch" sorts after "h".
const TMT =
  ":: [ 21:54:41 ] :: [  BEGIN   ] :: Running 'diff -u /tmp/tmp.TajdIs19v5/expected-plugin-list.txt /tmp/tmp.TajdIs19v5/actual-plugin-list.txt'\n--- /tmp/tmp.TajdIs19v5/expected-plugin-list.txt\t2025-07-31 21:54:37.208516510 +0200\n+++ /tmp/tmp.TajdIs19v5/actual-plugin-list.txt\t2025-07-31 21:54:41.311517888 +0200\n@@ -10,5 +10,5 @@\n step.prepare: ansible feature install shell\n step.provision: artemis beaker bootc connect container local virtual.testcloud\n step.report: display html junit polarion reportportal\n-test.check: avc coredump dmesg internal/abort internal/guest internal/interrupt internal/invocation internal/permission internal/timeout watchdog\n test.framework: beakerlib shell\n+test.check: avc coredump dmesg internal/abort internal/guest internal/interrupt internal/invocation internal/permission internal/timeout watchdog\n:: [ 21:54:41 ] :: [   FAIL   ] :: Command 'diff -u /tmp/tmp.TajdIs19v5/expected-plugin-list.txt /tmp/tmp.TajdIs19v5/actual-plugin-list.txt' (Expected 0, got 1)";
// semantic-reasoning/wirelog#886: exported symbols sorted by en_US.UTF-8 rather than C.
const WIRELOG =
  'check-abi-symbols: FAIL; exported symbols differ from /home/joykim/git/semantic-reasoning/wirelog-claude/abi/libwirelog-1.0.symbols\n\n46a47\n> wirelog_optimize_with_config\n52d52\n< wirelog_optimize_with_config';

describe('findReordered', () => {
  it('finds a line a unified diff removes and adds back elsewhere', () => {
    expect(reordered(TMT)).toMatch(/^\+test\.check: avc coredump/);
  });

  it('finds a line a normal diff adds in one hunk and deletes in another', () => {
    expect(reordered(WIRELOG)).toBe('> wirelog_optimize_with_config');
  });

  it('leaves alone lines whose change cannot be seen (line endings): removed and added back to back', () => {
    expect(
      reordered(['--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', '-alpha line', '-beta line', '+alpha line', '+beta line'].join('\n')),
    ).toBeUndefined();
  });

  it('needs a diff: shell trace lines (+ cmd) and list items (- cmd) are not one', () => {
    expect(reordered(['+ make install', 'building', '- make install'].join('\n'))).toBeUndefined();
  });

  it('ranks the collating locale first', () => {
    const lang: Difference = { scope: 'host', facet: 'locale', key: 'LANG', kind: 'changed', a: 'en_US.UTF-8', b: 'cs_CZ.UTF-8' };
    const os: Difference = { scope: 'host', facet: 'os', key: 'version_id', kind: 'changed', a: '41', b: '42' };
    const tz: Difference = { scope: 'host', facet: 'time', key: 'timezone', kind: 'changed', a: 'Etc/UTC', b: 'Europe/Prague' };
    expect(rankDifferences([os, tz, lang], { log: parseBuildLog(TMT) })[0]!.key).toBe('LANG');
  });
});
