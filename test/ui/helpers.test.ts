import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browseReducer, INITIAL_STATE, windowTop } from '../../src/ui/browse-state.js';
import { applyView, cycle, indexDifferences, tallies } from '../../src/ui/difference-view.js';
import { nextReportNumber } from '../../src/ui/export-report.js';
import { isKeyChunk, PLAIN_KEY, splitChunk } from '../../src/ui/key-chunks.js';
import { fitPath, kindLabel } from '../../src/ui/labels.js';
import { displayWidth, fit, scoreBar, truncate, wrap } from '../../src/ui/text-layout.js';
import { colourEnabled } from '../../src/ui/theme.js';
import { unifiedDiff } from '../../src/ui/value-diff.js';
import { isMultiLine, valueLines } from '../../src/ui/value-lines.js';
import { makeComparison, SEED_DIFFERENCES } from './comparison-builder.js';

describe('text layout', () => {
  test.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['longer than ten', 10, 'longer th…'],
    ['漢字漢字漢字', 7, '漢字漢…'],
    ['abc', 0, ''],
  ])('truncate(%j, %i) = %j', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
    expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });

  test('fit pads to the width; wrap cuts into width-sized lines', () => {
    expect(fit('ab', 4)).toBe('ab  ');
    expect(wrap('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(wrap('the log says it', 10)).toEqual(['the log', 'says it']);
    expect(wrap('a /very/long/path', 10)).toEqual(['a /very/lo', 'ng/path']);
    expect(wrap('', 3)).toEqual(['']);
  });

  test.each([
    [0, '░░░░░░░░'],
    [0.5, '████░░░░'],
    [1, '████████'],
    [1.7, '████████'],
    [Number.NaN, '░░░░░░░░'],
  ])('scoreBar(%d)', (score, bar) => {
    expect(scoreBar(score)).toBe(bar);
  });
});

describe('difference view', () => {
  const index = indexDifferences(SEED_DIFFERENCES);
  const ranks = (criteria: Partial<Parameters<typeof applyView>[1]>) =>
    applyView(index, { text: '', facet: null, scope: null, showNoise: false, ...criteria }).visible.map((d) => d.rank);

  test.each([
    [{}, [1, 2, 3, 4, 5]],
    [{ showNoise: true }, [1, 2, 3, 4, 5, 6]],
    [{ text: 'LIBFUSE' }, [1]],
    [{ text: 'upgrade' }, [4]], // matches the summary
    [{ text: 'instance-manager' }, [1]], // matches the scope
    [{ facet: 'libraries' }, [1, 5]],
    [{ scope: 'host', facet: 'libraries' }, [5]],
    [{ facet: 'resources' }, []],
    [{ facet: 'resources', showNoise: true }, [6]],
  ])('%j shows ranks %j', (criteria, expected) => {
    expect(ranks(criteria)).toEqual(expected);
  });

  test('noise rows hidden by the view are counted', () => {
    expect(applyView(index, { text: '', facet: null, scope: null, showNoise: false }).noiseHidden).toBe(1);
  });

  test('tallies: facets in the design order, host scope first', () => {
    const t = tallies(SEED_DIFFERENCES);
    expect(t.facets.map((f) => f.name)).toEqual(['kernel', 'binfmt', 'packages', 'libraries', 'resources']);
    expect(t.scopes).toEqual([
      { name: 'host', count: 5 },
      { name: 'image:longhornio/instance-manager:v1.8.0', count: 1 },
    ]);
  });

  test('cycle goes all -> each -> all', () => {
    expect(cycle(['a', 'b'], null)).toBe('a');
    expect(cycle(['a', 'b'], 'a')).toBe('b');
    expect(cycle(['a', 'b'], 'b')).toBeNull();
    expect(cycle([], null)).toBeNull();
    expect(cycle(['a'], 'gone')).toBeNull();
  });
});

describe('browse state', () => {
  test('moves are clamped to the list', () => {
    let s = browseReducer(INITIAL_STATE, { type: 'move', by: -3, total: 5 });
    expect(s.cursor).toBe(0);
    s = browseReducer(s, { type: 'move', by: 99, total: 5 });
    expect(s.cursor).toBe(4);
    s = browseReducer(s, { type: 'jump', to: 'first', total: 5 });
    expect(s.cursor).toBe(0);
    expect(browseReducer(s, { type: 'jump', to: 'last', total: 0 }).cursor).toBe(0);
  });

  test('changing the view resets the cursor; Esc in the filter restores the old text', () => {
    let s = { ...INITIAL_STATE, cursor: 3, filterText: 'lib' };
    s = browseReducer(s, { type: 'filter-start' });
    s = browseReducer(s, { type: 'filter-type', text: 'x' });
    expect(s).toMatchObject({ cursor: 0, filterText: 'libx', mode: 'filter' });
    s = browseReducer(s, { type: 'filter-backspace' });
    s = browseReducer(s, { type: 'filter-backspace' });
    expect(s.filterText).toBe('li');
    s = browseReducer(s, { type: 'filter-cancel' });
    expect(s).toMatchObject({ filterText: 'lib', mode: 'list' });
  });

  test.each([
    // previousTop, cursor, height, total -> top
    [0, 0, 10, 100, 0],
    [0, 9, 10, 100, 0],
    [0, 10, 10, 100, 1],
    [50, 49, 10, 100, 49],
    [95, 99, 10, 100, 90],
    [90, 3, 10, 5, 0],
    [0, 0, 0, 5, 0],
  ])('windowTop(%i, %i, %i, %i) = %i', (prev, cursor, height, total, expected) => {
    expect(windowTop(prev, cursor, height, total)).toBe(expected);
  });
});

describe('values and diffs', () => {
  test('valueLines sanitises and splits by shape', () => {
    expect(valueLines(undefined)).toEqual(['(absent)']);
    expect(valueLines('a\nb\u001b[2J')).toEqual(['a', 'b␛[2J']);
    expect(valueLines(['x', 'y'])).toEqual(['x', 'y']);
    expect(valueLines({ enabled: true, digests: ['sha256:1', 'sha256:2'] })).toEqual(['enabled: true', 'digests: sha256:1, sha256:2']);
    expect(valueLines(42)).toEqual(['42']);
  });

  test('isMultiLine: lists and multi-line strings, not scalars', () => {
    expect(isMultiLine('a', 'b')).toBe(false);
    expect(isMultiLine('a', 'b\nc')).toBe(true);
    expect(isMultiLine(['a'], ['b'])).toBe(true);
  });

  test('unifiedDiff marks removed and added lines in hunks', () => {
    expect(unifiedDiff(['keep', 'old'], ['keep', 'new'])).toEqual([
      { kind: 'hunk', text: '@@ -1,2 +1,2 @@' },
      { kind: 'same', text: ' keep' },
      { kind: 'del', text: '-old' },
      { kind: 'add', text: '+new' },
    ]);
    expect(unifiedDiff(['same'], ['same'])).toEqual([]);
  });
});

describe('labels', () => {
  test('kindLabel adds the version direction', () => {
    expect(SEED_DIFFERENCES.map(kindLabel)).toEqual(['moved', 'removed', 'changed ↓', 'changed ↑', 'changed', 'changed']);
  });

  test('widths by grapheme (string-width): a ZWJ emoji is 2 cells, e + combining acute 1', () => {
    expect(displayWidth('👩‍💻')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth(truncate('abc👩‍💻def', 5))).toBeLessThanOrEqual(5);
    expect(truncate('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
    expect(fit('👩‍💻x', 4)).toBe('👩‍💻x ');
  });

  test('two image scopes stay told apart when cut (80 columns)', () => {
    const at = (scope: string) => fitPath({ ...SEED_DIFFERENCES[0]!, scope, facet: 'libc', key: 'version' }, 30);
    const debian = at('image:envdiff-test/debian:bookworm');
    const busybox = at('image:envdiff-test/busybox:latest');
    expect(debian).not.toBe(busybox);
    expect(debian).toContain('bookworm › libc › version');
    expect(busybox).toContain('latest › libc › version');
    expect(displayWidth(debian)).toBe(30);
  });

  test('fitPath keeps the key and shortens the scope first', () => {
    const libfuse = SEED_DIFFERENCES[0]!;
    expect(fitPath(libfuse, 80).trimEnd()).toBe('image:longhornio/instance-manager:v1.8.0 › libraries › libfuse3.so.4');
    // cut from the start: the distinctive end of the ref stays, `image:` goes first
    expect(fitPath(libfuse, 40)).toBe('…ager:v1.8.0 › libraries › libfuse3.so.4');
    expect(displayWidth(fitPath(libfuse, 20))).toBe(20);
  });
});

describe('keys and colour', () => {
  test('splitChunk turns a chunk into single keys', () => {
    const keys = splitChunk('/ab\r\u007f\u0001G');
    expect(keys.map((k) => k.input)).toEqual(['/', 'a', 'b', '', '', 'G']);
    expect(keys[3]!.key.return).toBe(true);
    expect(keys[4]!.key.backspace).toBe(true);
    expect(keys[5]!.key.shift).toBe(true);
    expect(isKeyChunk('jj', PLAIN_KEY)).toBe(true);
    expect(isKeyChunk('j', PLAIN_KEY)).toBe(false);
    expect(isKeyChunk('[A', { ...PLAIN_KEY, meta: true })).toBe(false);
  });

  test.each([
    [{}, true],
    [{ NO_COLOR: '1' }, false],
    [{ NO_COLOR: '' }, true], // no-color.org: only a non-empty value counts
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: 'false' }, false],
    [{ FORCE_COLOR: '1' }, true],
  ])('colourEnabled(%j) = %s', (env, expected) => {
    expect(colourEnabled(env)).toBe(expected);
  });
});

describe('export names', () => {
  test('one past the highest existing envdiff-report-<n>.md', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'envdiff-names-'));
    try {
      expect(await nextReportNumber(dir)).toBe(1);
      for (const name of ['envdiff-report-2.md', 'envdiff-report-10.md', 'envdiff-report-x.md', 'envdiff-report-99.md.tmp']) {
        await writeFile(join(dir, name), '');
      }
      expect(await nextReportNumber(dir)).toBe(11);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test('makeComparison appends ranked package bumps', () => {
  const c = makeComparison({ packageBumps: 3 });
  expect(c.differences.map((d) => d.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
});
