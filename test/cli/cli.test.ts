import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

function envdiff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('envdiff command line', () => {
  it('prints help and exits 0', async () => {
    const r = await envdiff(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/capture/);
    expect(r.stdout).toMatch(/compare/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['compare', 'only-one.json'], /missing required argument 'b'/],
    [['capture', '--timeout', 'soon'], /expected a duration/],
    [['capture', '--probe', 'empty='], /NAME=COMMAND/],
    [['compare', 'a.json', 'b.json', '--format', 'yaml'], /Allowed choices are text, markdown, json/],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    const r = await envdiff(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^envdiff: /);
  });
});

describe('commands resolve paths against CommandIO.cwd, not the process cwd', () => {
  it('compare, -o and show read and write under io.cwd', async () => {
    const { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { PassThrough } = await import('node:stream');
    const { main } = await import('../../src/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'envdiff-cwd-'));
    try {
      const seed = fileURLToPath(new URL('../../snapshots/kernel/', import.meta.url));
      writeFileSync(join(dir, 'a.json'), readFileSync(join(seed, 'a.json')));
      writeFileSync(join(dir, 'b.json'), readFileSync(join(seed, 'b.json')));
      const out = new PassThrough();
      let stdout = '';
      out.on('data', (c: Buffer) => (stdout += c.toString()));
      const io = { stdout: out, stderr: new PassThrough(), stdin: new PassThrough(), env: { NO_COLOR: '1' }, cwd: dir };
      expect(process.cwd()).not.toBe(dir);
      expect(await main(['compare', 'a.json', 'b.json', '--format', 'json'], io)).toBe(1);
      expect(JSON.parse(stdout).sides.a.file).toBe('a.json');
      expect(await main(['compare', 'a.json', 'b.json', '-o', 'report.md'], io)).toBe(1);
      expect(existsSync(join(dir, 'report.md'))).toBe(true);
      expect(await main(['show', 'a.json', '-o', 'a.md'], io)).toBe(0);
      expect(readFileSync(join(dir, 'a.md'), 'utf8')).toMatch(/^### envdiff: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
