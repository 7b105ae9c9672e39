/**
 * A fleet read from a store: runs recorded with `store put`, their statuses from
 * `--status` / `store mark`, selected with --job, --last and --since.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, envdiffCli } from '../helpers/cli.js';
import { materialiseFleet, readFleetDescription } from '../../scripts/fleet/materialise.js';

function envdiff(args: string[]): Promise<Run> {
  return envdiffCli(args, { cwd: dir, env: { ENVDIFF_STORE: store } });
}

let dir: string;
let store: string;
const failing = ['runner-05', 'runner-12'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-fleet-store-'));
  store = join(dir, 'store');
  const { description, base } = readFleetDescription();
  for (const { name, fingerprint } of materialiseFleet(description, base, 12)) {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(fingerprint));
    const put = await envdiff(['store', 'put', file, '--job', 'nightly', '--status', failing.includes(name) ? 'fail' : 'pass']);
    expect(put.code, put.stderr).toBe(0);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envdiff fleet --job', () => {
  it("reads a job's runs and their recorded statuses from the store", async () => {
    const run = await envdiff(['fleet', '--job', 'nightly', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.members).toHaveLength(12);
    expect(
      report.members
        .filter((m: { status: string }) => m.status === 'fail')
        .map((m: { label: string }) => m.label)
        .sort(),
    ).toEqual(failing);
    expect(report.members[0].source).toMatch(/^nightly@\d{8}T\d{6}Z-[0-9a-f]{6}$/);
    expect(report.findings[0]).toMatchObject({ facet: 'kernel', failing: 2, passing: 0 });
  });

  it('--last and --since select runs; a bad duration is one line and exit 2', async () => {
    const last = JSON.parse((await envdiff(['fleet', '--job', 'nightly', '--last', '5', '--format', 'json'])).stdout);
    expect(last.members).toHaveLength(5);
    const none = await envdiff(['fleet', '--job', 'nightly', '--since', '0m']);
    expect({ code: none.code, stderr: none.stderr.trim() }).toEqual({
      code: 2,
      stderr: 'envdiff: a fleet needs at least 2 fingerprints, got 0',
    });
    const bad = await envdiff(['fleet', '--job', 'nightly', '--since', 'yesterday']);
    expect({ code: bad.code, stderr: bad.stderr.trim() }).toEqual({
      code: 2,
      stderr: 'envdiff: --since yesterday: give a duration such as 30m, 12h, 7d or 2w',
    });
  });
});
