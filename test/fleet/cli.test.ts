/**
 * `envdiff fleet` end to end: the built CLI on the fleet snapshot written to a temp
 * dir, and on bad members (unreadable, another schema version, a fleet of one).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, envdiffCli } from '../helpers/cli.js';
import { materialiseFleet, readFleetDescription } from '../../scripts/fleet/materialise.js';

function envdiff(args: string[]): Promise<Run> {
  return envdiffCli(args, { cwd: dir });
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-fleet-'));
  const { description, base } = readFleetDescription();
  for (const { name, fingerprint } of materialiseFleet(description, base, 12)) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(fingerprint));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envdiff fleet', () => {
  it('names the failing runners’ fact first, exit 1, and quotes the counts', async () => {
    const run = await envdiff(['fleet', 'runner-*.json', '--failing', 'runner-05.json', '--failing', 'runner-12.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const first = run.stdout.split('\n')[0]!;
    expect(first).toMatch(/^Most likely: runners with kernel › (release|version) = .* fail 2\/2, others 0\/10$/);
  });

  it('writes JSON (envdiff.fleet/v1) chosen by the -o extension, and Markdown tables', async () => {
    const out = join(dir, '..', `${dir.split('/').at(-1)}-report.json`);
    expect((await envdiff(['fleet', '.', '--failing', 'runner-05.json', '--failing', 'runner-12.json', '-o', out])).code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.schema).toBe('envdiff.fleet/v1');
    expect(report.members).toHaveLength(12);
    rmSync(out);
    expect(report.findings[0]).toMatchObject({ rank: 1, scope: 'host', facet: 'kernel', failing: 2, passing: 0, count: 2, of: 12 });
    expect(report.findings[0].p).toBeCloseTo(1 / 66, 6);
    const md = await envdiff(['fleet', '.', '--format', 'markdown']);
    expect(md.stdout).toMatch(/^### envdiff fleet: /);
    expect(md.stdout).toContain('|---:|---|---|---|---|---|---|');
  });

  it('skips unreadable members with one line each and goes on; exit 2 only when fewer than two are usable', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"schema": "envdiff.fingerprint/v1", ');
    writeFileSync(join(dir, 'future.json'), JSON.stringify({ schema: 'envdiff.fingerprint/v9', scopes: {} }));
    // Not regular files: the fleet's own reader hands them to readFingerprint, which words them.
    mkdirSync(join(dir, 'folder.json'));
    symlinkSync('/dev/null', join(dir, 'void.json'));
    const run = await envdiff(['fleet', '.']);
    expect(run.code).toBe(1);
    const skipped = run.stderr.trim().split('\n');
    expect(skipped).toHaveLength(4);
    for (const line of skipped) expect(line).toMatch(/^envdiff: skipped .*(broken|future|folder|void)\.json/);
    expect(skipped).toContainEqual(expect.stringMatching(/folder\.json is a directory, not a fingerprint file$/));
    expect(skipped).toContainEqual(expect.stringMatching(/void\.json is empty; was it written by `envdiff capture`\?$/));
    rmSync(join(dir, 'folder.json'), { recursive: true });
    rmSync(join(dir, 'void.json'));
    const alone = await envdiff(['fleet', 'runner-01.json', 'broken.json']);
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim().split('\n').at(-1)).toMatch(
      /^envdiff: a fleet needs at least 2 readable fingerprints; 1 of 2 could be read$/,
    );
    rmSync(join(dir, 'broken.json'));
    rmSync(join(dir, 'future.json'));
  });

  it('rejects a fleet of one and a glob that matches nothing, with one line and exit 2', async () => {
    const one = await envdiff(['fleet', 'runner-01.json']);
    expect({ code: one.code, stderr: one.stderr.trim() }).toEqual({
      code: 2,
      stderr: 'envdiff: a fleet needs at least 2 fingerprints, got 1',
    });
    const none = await envdiff(['fleet', 'nothing-*.json']);
    expect({ code: none.code, stderr: none.stderr.trim() }).toEqual({ code: 2, stderr: 'envdiff: nothing-*.json matches no file' });
  });

  it('neutralises escape sequences in runner names and values', async () => {
    const evil = JSON.parse(readFileSync(join(dir, 'runner-03.json'), 'utf8'));
    evil.label = 'evil\u001b]52;c;cHduZWQ=\u0007';
    evil.scopes.host.facets.kernel.release = '6.0\u001b[2J';
    writeFileSync(join(dir, 'runner-03.json'), JSON.stringify(evil));
    const run = await envdiff(['fleet', '.', '--failing', 'runner-03.json']);
    expect(run.stdout).not.toMatch(/\u001b/);
    expect(run.stdout).toContain('evil␛]52;c;cHduZWQ=␇');
  });
});
