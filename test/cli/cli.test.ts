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
