/**
 * Crafted files for `compare`: escape sequences in error messages (issue 16
 * point 3), more keys than the renderers can show (point 5), `/dev/zero` as a
 * fingerprint, a 10 MB key, a nested `__proto__` (point 10), and an interrupted
 * `compare -o` (point 7).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_KEYS_PER_FACET, MAX_TOTAL_KEYS } from '../../src/fingerprint/io.js';
import { runMeasured } from './helpers.js';

const BASE = JSON.parse(readFileSync(fileURLToPath(new URL('../../snapshots/binfmt/a.json', import.meta.url)), 'utf8'));
const ESC = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-inputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

function withFacet(facet: string, value: Record<string, unknown>): unknown {
  const doc = structuredClone(BASE);
  doc.scopes.host.facets[facet] = value;
  doc.scopes.host.probes[facet] = { status: 'ok', durationMs: 1 };
  return doc;
}

describe('escape sequences never reach the terminal through errors', () => {
  const OSC52 = '\u001b]52;c;ZWNobyBwd25lZA==\u0007';
  it.each([
    ['a schema value', () => write('a.json', { ...BASE, schema: `envdiff.fingerprint/${OSC52}` })],
    ['a bad schema value', () => write('a.json', { ...BASE, schema: OSC52 })],
    [
      'a facet name in a schema error',
      () => {
        const doc = withFacet(`x${OSC52}`, {}) as { scopes: { host: { facets: Record<string, unknown> } } };
        doc.scopes.host.facets[`x${OSC52}`] = 42;
        return write('a.json', doc);
      },
    ],
    ['the snippet of a JSON parse error', () => write('a.json', `{"schema": "envdiff.fingerprint/v1", ${OSC52}}`)],
    ['a file name', () => write(`name${OSC52}.json`, 'not json')],
  ])('%s', async (_what, make) => {
    const a = make();
    const b = write('b.json', BASE);
    const run = await runMeasured(['compare', a, b, '--format', 'text']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(ESC);
    expect(run.stdout).not.toMatch(ESC);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/␛|\\u001b|position/); // shown (or quoted), never acted on
  });
});

describe('input caps', () => {
  it(`a facet with more than ${MAX_KEYS_PER_FACET} keys: exit 2 in seconds, bounded memory`, async () => {
    const packages: Record<string, unknown> = {};
    for (let i = 0; i <= MAX_KEYS_PER_FACET; i++) packages[`pkg${i}`] = { version: '1', status: 'ii', manager: 'dpkg' };
    const a = write('a.json', withFacet('packages', packages));
    const run = await runMeasured(['compare', a, a, '--format', 'markdown']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`host › packages has ${MAX_KEYS_PER_FACET + 1} keys, more than the ${MAX_KEYS_PER_FACET}`));
    expect(run.ms).toBeLessThan(10_000);
    expect(run.peakRssMb).toBeLessThan(600);
  }, 30_000);

  it(`more than ${MAX_TOTAL_KEYS} keys in all: exit 2`, async () => {
    const doc = structuredClone(BASE);
    const per = Math.ceil((MAX_TOTAL_KEYS + 1) / 2);
    for (const facet of ['packages', 'libraries']) {
      const value: Record<string, string[]> = {};
      for (let i = 0; i < per; i++) value[`k${i}`] = ['/x'];
      doc.scopes.host.facets[facet] = value;
      doc.scopes.host.probes[facet] = { status: 'ok', durationMs: 1 };
    }
    const a = write('a.json', doc);
    const run = await runMeasured(['compare', a, a, '--format', 'text']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`more than ${MAX_TOTAL_KEYS} facet keys`));
  }, 30_000);

  it('5.5 M keys (the SIGABRT case): refused before parsing, in about a second', async () => {
    const doc = withFacet('packages', {}) as { scopes: { host: { facets: { packages: Record<string, number> } } } };
    const text = JSON.stringify(doc).replace(
      '"packages":{}',
      `"packages":{${Array.from({ length: 5_500_000 }, (_, i) => `"p${i}":1`).join(',')}}`,
    );
    const a = write('a.json', text);
    const run = await runMeasured(['compare', a, a, '--format', 'markdown']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`more than ${MAX_TOTAL_KEYS} facet keys`));
    // Before: SIGABRT at 4.75 GB. Parsing it would cost ~10 s and ~1 GB.
    expect(run.ms).toBeLessThan(6_000);
    expect(run.peakRssMb).toBeLessThan(500);
  }, 60_000);

  it('compare /dev/zero B: the cap applies while reading (exit 2, memory bounded)', async () => {
    const b = write('b.json', BASE);
    const run = await runMeasured(['compare', '/dev/zero', b, '--format', 'text'], { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/dev\/zero is over 128 MB, larger than any fingerprint/);
    // Before: ~512 MB read before failing. Now at most the 128 MB cap is held.
    expect(run.peakRssMb).toBeLessThan(400);
  }, 30_000);

  it('a 10 MB key is shortened: no output line over a few hundred characters', async () => {
    const long = `lib${'x'.repeat(10 * 1024 * 1024)}`;
    const a = write('a.json', withFacet('packages', {}));
    const b = write('b.json', withFacet('packages', { [long]: { version: '1', status: 'ii', manager: 'dpkg' } }));
    const run = await runMeasured(['compare', a, b, '--format', 'text']);
    expect(run.code, run.stderr).toBe(1);
    expect(Math.max(...run.stdout.split('\n').map((l) => l.length))).toBeLessThan(1_000);
    expect(run.stdout).toMatch(/libxxx+…\[10485763 chars, sha256:[0-9a-f]{12}\]/);
  }, 30_000);

  it('a nested __proto__ key is absent, not `{}`', async () => {
    const a = write('a.json', withFacet('packages', { zlib: { version: '1' } }));
    const b = write(
      'b.json',
      `${JSON.stringify(withFacet('packages', { zlib: { version: '1' } })).replace('"zlib":', '"__proto__":{"version":"9"},"zlib":')}`,
    );
    const run = await runMeasured(['compare', a, b, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('__proto__');
  });
});

describe('an interrupted compare -o', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s while the report is being written leaves no temp file',
    async (signal) => {
      // A writer of a large report, killed once its temp file appears.
      const script = `
      import { writeFileAtomic } from ${JSON.stringify(fileURLToPath(new URL('../../src/fs/atomic-write.ts', import.meta.url)))};
      await writeFileAtomic(${JSON.stringify(join(dir, 'final.json'))}, 'x'.repeat(400 * 1024 * 1024));
    `;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
      const killed = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, s) => done(s)));
      const poll = setInterval(() => {
        if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
          clearInterval(poll);
          child.kill(signal);
        }
      }, 2);
      const died = await killed;
      clearInterval(poll);
      expect(died).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    },
    30_000,
  );
});
