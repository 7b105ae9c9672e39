/**
 * `envdiff compare` end to end: the built CLI (dist/bin.js; `npm test` builds
 * first) on real files in a temp dir. Bad input -> one line on stderr, exit 2.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, type Run, envdiffCli } from '../helpers/cli.js';
import { serializeFingerprint } from '../../src/fingerprint/io.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import { realFingerprint } from './real-fingerprints.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function envdiff(args: string[], options: { input?: string; cwd?: string } = {}): Promise<Run> {
  return envdiffCli(args, { cwd: options.cwd ?? dir, ...(options.input !== undefined ? { input: options.input } : {}) });
}

let dir: string;
let base: Fingerprint;

function write(name: string, content: string | Fingerprint): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : serializeFingerprint(content));
  return file;
}

function variant(mutate: (f: Fingerprint) => void): Fingerprint {
  const f = structuredClone(base);
  mutate(f);
  return f;
}

function expectOneLineError(r: Run, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^envdiff: /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run `npm run build` (npm test does) first');
  dir = mkdtempSync(join(tmpdir(), 'envdiff-compare-'));
  base = realFingerprint();
  write('a.json', base);
  write('same.json', structuredClone(base));
  write(
    'b.json',
    variant((f) => {
      const host = f.scopes.host!;
      (host.facets.libraries as Record<string, string[]>)['libfuse3.so.4'] = ['/usr/lib64/libfuse3.so.4'];
      (host.facets.os as Record<string, string>)['host.name'] = 'runner-2';
      delete (host.facets.packages as Record<string, unknown>)['bash:amd64'];
    }),
  );
  write(
    'a-lib.json',
    variant((f) => {
      (f.scopes.host!.facets.libraries as Record<string, string[]>)['libfuse3.so.4'] = ['/usr/lib/libfuse3.so.4'];
    }),
  );
  write('build.log', 'Step 5/9 : RUN ldd /usr/bin/longhorn\n\tlibfuse3.so.4 => not found\nerror: missing libraries\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envdiff compare: exit status like diff(1)', () => {
  it('exits 0 with no differences', async () => {
    const r = await envdiff(['compare', 'a.json', 'same.json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/no meaningful differences/);
  });

  it('exits 1 with differences, text by default without a TTY', async () => {
    const r = await envdiff(['compare', 'a-lib.json', 'b.json', '--log', 'build.log']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/host › libraries › libfuse3\.so\.4/);
    expect(r.stdout).toMatch(/moved \/usr\/lib -> \/usr\/lib64/);
    expect(r.stdout).toMatch(/host › packages › bash:amd64/);
    expect(r.stdout).toMatch(/log: build\.log \(3 lines\)/);
  });

  it('reads the log from stdin with --log -', async () => {
    const r = await envdiff(['compare', 'a-lib.json', 'b.json', '--log', '-', '--format', 'json'], {
      input: readFileSync(join(dir, 'build.log'), 'utf8'),
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('envdiff.comparison/v1');
    expect(doc.log).toEqual({ file: '-', lines: 3 });
  });

  it('drops ignored differences (--ignore and --config) and exits 0 when none remain', async () => {
    const r = await envdiff(['compare', 'a.json', 'b.json', '--ignore', 'host/os/host.name', '--format', 'json']);
    expect(
      JSON.parse(r.stdout)
        .differences.map((d: { key: string }) => d.key)
        .sort(),
    ).toEqual(['bash:amd64', 'libfuse3.so.4']);
    write('envdiff.config.json', JSON.stringify({ ignore: ['*/libraries/*', 'host/packages'] }));
    const r2 = await envdiff(['compare', 'a.json', 'b.json', '--ignore', 'host/os/*', '--config', 'envdiff.config.json']);
    expect(r2.code).toBe(0);
  });

  it('writes -o atomically and refuses to overwrite without --force', async () => {
    const r = await envdiff(['compare', 'a.json', 'b.json', '--format', 'markdown', '-o', 'report.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^### envdiff: 2 differences \(1 volatile hidden/);
    expectOneLineError(await envdiff(['compare', 'a.json', 'b.json', '-o', 'report.md']), /report\.md already exists; use --force/);
    const forced = await envdiff(['compare', 'a.json', 'same.json', '-o', 'report.md', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/no meaningful differences/);
  });
});

describe('envdiff compare: bad input is one clear line and exit 2', () => {
  it.each<[string, () => string[], RegExp]>([
    ['a missing file', () => ['compare', 'nope.json', 'a.json'], /cannot read nope\.json: no such file or directory/],
    ['a directory', () => ['compare', 'a.json', '.'], /is a directory/],
    ['not JSON', () => ['compare', write('text.json', 'hello, world\n'), 'a.json'], /text\.json is not valid JSON/],
    ['an empty file', () => ['compare', write('empty.json', ''), 'a.json'], /empty\.json is empty/],
    [
      'truncated JSON',
      () => ['compare', 'a.json', write('cut.json', serializeFingerprint(base).slice(0, 5000))],
      /cut\.json is truncated JSON/,
    ],
    [
      "another tool's JSON",
      () => ['compare', join(ROOT, 'package.json'), 'a.json'],
      /package\.json is not an envdiff fingerprint: missing "schema"/,
    ],
    [
      'a future schema version',
      () => ['compare', 'a.json', write('v2.json', JSON.stringify({ ...base, schema: 'envdiff.fingerprint/v2' }))],
      /v2\.json uses fingerprint schema envdiff\.fingerprint\/v2.*upgrade envdiff/,
    ],
    [
      'a broken scope',
      () => [
        'compare',
        'a.json',
        write('bad-scope.json', JSON.stringify({ ...base, scopes: { host: { kind: 'vm', facets: {}, probes: {} } } })),
      ],
      /scopes\/host\/kind must be one of host, image, container/,
    ],
    [
      'a missing log',
      () => ['compare', 'a.json', 'b.json', '--log', 'nope.log'],
      /cannot read build log nope\.log: no such file or directory/,
    ],
    [
      'a bad config',
      () => ['compare', 'a.json', 'b.json', '--config', write('bad.config.json', '{"ignore": [1]}')],
      /ignore\[0\] must be a non-empty string/,
    ],
  ])('%s', async (_name, args, message) => {
    expectOneLineError(await envdiff(args()), message);
  });

  it('a 200 MB file', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '{"schema": "envdiff.fingerprint/v1", "x": "');
    truncateSync(big, 200 * 1024 * 1024); // sparse: instant, no 200 MB written
    expectOneLineError(await envdiff(['compare', 'a.json', 'big.json']), /big\.json is 200 MB, larger than any fingerprint/);
  });

  it('a build log file over the size limit, or a directory', async () => {
    const big = join(dir, 'huge.log');
    writeFileSync(big, 'start\n');
    truncateSync(big, 100 * 1024 * 1024);
    expectOneLineError(
      await envdiff(['compare', 'a.json', 'b.json', '--log', 'huge.log']),
      /huge\.log is 100 MB, more than the 64 MB envdiff reads as a build log/,
    );
    expectOneLineError(await envdiff(['compare', 'a.json', 'b.json', '--log', '.']), /build log \. is a directory/);
  });

  it('a build log over the size limit on stdin', async () => {
    const r = await envdiff(['compare', 'a.json', 'b.json', '--log', '-'], { input: 'x'.repeat(65 * 1024 * 1024) });
    expectOneLineError(r, /the build log on stdin is over 6\d MB.*tail -c/);
  });

  it('deeply nested values (100k levels)', async () => {
    const depth = 100_000;
    const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const withObjects = serializeFingerprint(base).replace('"facets": {', `"facets": {"custom": {"deep": ${objects}},`);
    expectOneLineError(
      await envdiff(['compare', 'a.json', write('deep.json', withObjects)]),
      /deep\.json is not a valid envdiff fingerprint: value nested deeper than 32 levels at scopes\/host\/facets\/custom\/deep/,
    );
    const arrays = '['.repeat(depth) + ']'.repeat(depth);
    const withArrays = serializeFingerprint(base).replace('"facets": {', `"facets": {"custom": {"deep": ${arrays}},`);
    expectOneLineError(
      await envdiff(['compare', write('deep2.json', withArrays), 'a.json']),
      /deep2\.json is not a valid envdiff fingerprint: scopes\/host\/facets\/custom\/deep/,
    );
  });

  it('rejects a mode-000 file when not root, and reads it when root', async () => {
    mkdirSync(join(dir, 'locked'), { recursive: true });
    const locked = write('locked/a.json', base);
    const { chmodSync } = await import('node:fs');
    chmodSync(locked, 0);
    const r = await envdiff(['compare', locked, 'a.json']);
    if (process.getuid?.() === 0) expect(r.code).toBe(0);
    else expectOneLineError(r, /permission denied/);
  });
});

describe('envdiff compare: captured strings cannot drive the terminal', () => {
  const hostile = '\x1b]0;pwned\x07\x1b[2J\x1b[31m\u009b1m\u202Eevil\r\n<script>|';
  const poisoned = () =>
    variant((f) => {
      f.hostname = `runner${hostile}`;
      f.label = hostile;
      const host = f.scopes.host!;
      host.facets.env = { [`X${hostile}`]: hostile, PS1: hostile };
      (host.facets.packages as Record<string, unknown>)[`evil${hostile}`] = {
        version: `1.0${hostile}`,
        status: 'install ok installed',
        manager: 'dpkg',
      };
      host.facets.custom = { [hostile]: hostile };
    });

  it.each(['text', 'markdown'])('%s output has no ESC, C1 or bidi characters', async (format) => {
    write('poisoned.json', poisoned());
    write('hostile.log', `${hostile}\nerror: ${hostile}\n`);
    const r = await envdiff(['compare', 'a.json', 'poisoned.json', '--format', format, '--log', 'hostile.log']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toMatch(/␛\\?\]0;pwned␇/);
    if (format === 'markdown') expect(r.stdout).not.toContain('<script>');
  });

  it('json keeps the raw values, escaped by JSON', async () => {
    write('poisoned.json', poisoned());
    const r = await envdiff(['compare', 'a.json', 'poisoned.json', '--format', 'json']);
    expect(r.stdout).not.toContain('\x1b');
    const doc = JSON.parse(r.stdout);
    expect(doc.differences.some((d: { b: unknown }) => d.b === hostile)).toBe(true);
  });
});
