import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, MAX_LOG_CHARS, parseBuildLog } from '../../src/rank/log.js';
import { rankDifferences } from '../../src/rank/index.js';
import type { Difference } from '../../src/diff/types.js';

describe('parseBuildLog', () => {
  it('numbers lines from 1 and handles CRLF and a missing final newline', () => {
    const log = parseBuildLog('one\r\ntwo\r\nthree');
    expect(log.lines.map((l) => [l.number, l.text])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
    expect(log.totalLines).toBe(3);
    expect(log.truncated).toBe(false);
  });

  it('strips ANSI colour codes and OSC sequences for matching', () => {
    const log = parseBuildLog('\x1b[31mE: \x1b[0mUnable to locate package \x1b[1mfoo\x1b[0m\n\x1b]8;;http://x\x07link\x1b]8;;\x07');
    expect(log.lines[0]!.body).toBe('E: Unable to locate package foo');
    expect(log.lines[1]!.text).toBe('link');
  });

  it('removes BuildKit, CI timestamp and compose prefixes from the body but keeps the text', () => {
    const log = parseBuildLog(
      '#30 0.288 \tlibfuse3.so.4 => not found\n2024-03-01T10:00:00.1234567Z Error: x\nwebpack_1         | Killed\n#9 [linux/arm64 2/5] RUN true',
    );
    expect(log.lines.map((l) => l.body)).toEqual(['\tlibfuse3.so.4 => not found', 'Error: x', 'Killed', '[linux/arm64 2/5] RUN true']);
    expect(log.lines[0]!.text).toBe('#30 0.288 \tlibfuse3.so.4 => not found');
  });

  it("removes the elapsed seconds of BuildKit's error summary when most lines carry them (mastodon/mastodon#33591)", () => {
    const log = parseBuildLog(
      [
        '40.16 Gem::Ext::BuildError: ERROR: Failed to build gem native extension.',
        '40.16',
        '40.16 checking for yaml.h... no',
        '40.16 yaml.h not found',
      ].join('\n'),
    );
    expect(log.lines[3]!.body).toBe('yaml.h not found');
    expect(log.lines[3]!.text).toBe('40.16 yaml.h not found');
    // A test report's numbers are not elapsed seconds: one such line among others keeps its number.
    const report = parseBuildLog(['collected 12 items', '0.5 passed in 0.12s', 'FAILED tests/test_x.py', 'exit 1'].join('\n'));
    expect(report.lines[1]!.body).toBe('0.5 passed in 0.12s');
  });

  it("removes a wall clock before most lines: Netlify's, Jenkins' timestamper's, Bazel's (emscripten-core/emscripten#12896)", () => {
    const netlify = parseBuildLog(
      [
        '5:41:27 PM: emcc -g4 -o dist/crbug-837572.html ./crbug-837572.c',
        '5:41:27 PM: Traceback (most recent call last):',
        "5:41:27 PM:     args.append(f'--separate-data-segments={memfile}')",
        '5:41:27 PM: SyntaxError: invalid syntax',
      ].join('\n'),
    );
    expect(netlify.lines[3]!.body).toBe('SyntaxError: invalid syntax');
    expect(netlify.lines[2]!.body).toBe("    args.append(f'--separate-data-segments={memfile}')");
    const bazel = parseBuildLog(
      ['(09:04:29) INFO: Analyzed 3 targets', '(09:04:29) ERROR: x failed', '(09:04:30) FAILED: Build did NOT complete'].join('\n'),
    );
    expect(bazel.lines[1]!.body).toBe('ERROR: x failed');
    // A line's own time is not a prefix: one such line among others keeps it.
    const own = parseBuildLog(['Starting the tests', '12:00:00 is when the job ran', 'FAILED tests/test_x.py', 'exit 1'].join('\n'));
    expect(own.lines[1]!.body).toBe('12:00:00 is when the job ran');
  });

  it('keeps what a progress bar redraw left visible', () => {
    expect(parseBuildLog('10%\r50%\r100% done\n').lines[0]!.text).toBe('100% done');
  });

  it('cuts very long lines', () => {
    expect(parseBuildLog('x'.repeat(MAX_LINE_CHARS * 3)).lines[0]!.text.length).toBe(MAX_LINE_CHARS);
  });

  it('keeps only the tail of a huge log, with original line numbers', () => {
    const filler = 'npm info it worked if it ends with ok\n';
    const count = Math.ceil((MAX_LOG_CHARS * 1.5) / filler.length);
    const text = `${filler.repeat(count)}E: Unable to locate package foo\n`;
    const log = parseBuildLog(text);
    expect(log.truncated).toBe(true);
    expect(log.totalLines).toBe(count + 1);
    expect(log.lines.at(-1)).toMatchObject({ number: count + 1, body: 'E: Unable to locate package foo' });
    expect(log.lines[0]!.number).toBeGreaterThan(1);
    expect(log.lines[1]!.number).toBe(log.lines[0]!.number + 1);
  });

  it('parses and ranks against a 50 MB log quickly', () => {
    const chunk = '#12 3.141 npm WARN deprecated left-pad@1.0.0: use String.prototype.padStart; see https://github.com/x for details\n';
    const text = `${chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length))}#12 9.9 exec /bin/sh: exec format error\n`;
    const differences: Difference[] = [
      {
        scope: 'host',
        facet: 'binfmt',
        key: 'qemu-aarch64',
        kind: 'removed',
        a: { enabled: true, interpreter: '/usr/bin/qemu-aarch64-static' },
      },
      {
        scope: 'host',
        facet: 'packages',
        key: 'tzdata',
        kind: 'changed',
        a: { version: '2024a-1', status: 'install ok installed', manager: 'dpkg' },
        b: { version: '2025a-1', status: 'install ok installed', manager: 'dpkg' },
      },
    ];
    const start = performance.now();
    const ranked = rankDifferences(differences, { log: parseBuildLog(text) });
    const ms = performance.now() - start;
    expect(ranked[0]!.key).toBe('qemu-aarch64');
    expect(ranked[0]!.reasons[0]!.quote!.number).toBe(text.split('\n').length - 1);
    expect(ms).toBeLessThan(5000);
  });
});
