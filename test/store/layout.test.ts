/**
 * The local store end to end: the built CLI on real OCI layout directories in
 * temp dirs — record, read back, mark, last-green, ls, history, prune; 20
 * concurrent writers; writers killed -9 mid-write; corrupted and foreign content.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFingerprint } from '../../src/fingerprint/io.js';
import { LayoutBackend } from '../../src/store/layout.js';
import { fileURLToPath } from 'node:url';
import {
  ANNOTATION,
  EMPTY_DESCRIPTOR,
  ENVELOPE_MEDIA_TYPE,
  ENVELOPE_V1_MEDIA_TYPE,
  type ImageIndex,
  type Manifest,
  sha256Digest,
} from '../../src/store/oci.js';
import { findRun, listRuns, readRun } from '../../src/store/runs.js';
import { BIN } from '../helpers/cli.js';
import { envdiff, expectOneLineError, snapshot, snapshotPath } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-store-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function freshStore(name: string): { store: string; env: Record<string, string> } {
  const store = join(dir, name);
  return { store, env: { ENVDIFF_STORE: store } };
}

/** Every run in the index reads back and every blob matches its digest. */
async function expectValid(store: string): Promise<number> {
  const index = JSON.parse(readFileSync(join(store, 'index.json'), 'utf8')) as ImageIndex;
  expect(JSON.parse(readFileSync(join(store, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
  for (const name of readdirSync(join(store, 'blobs', 'sha256')).filter((n) => !n.startsWith('.'))) {
    expect(sha256Digest(readFileSync(join(store, 'blobs', 'sha256', name)))).toBe(`sha256:${name}`);
  }
  const backend = new LayoutBackend(store);
  for (const run of await listRuns(backend)) {
    await readRun(backend, await findRun(backend, { kind: 'digest', digest: run.digest }));
  }
  return index.manifests.length;
}

describe('local store', () => {
  it('records runs, moves last-green on pass, and compare reads JOB@last-green and JOB@latest', async () => {
    const { store, env } = freshStore('flow');
    const put1 = await envdiff(['store', 'put', snapshotPath('kernel/a.json'), '--job', 'ci/build', '--status', 'pass'], { cwd: dir, env });
    expect(put1.code, put1.stderr).toBe(0);
    expect(put1.stdout).toMatch(/^ci\/build@\d{8}T\d{6}Z-[0-9a-f]{6}\n$/);
    const put2 = await envdiff(['store', 'put', snapshotPath('kernel/b.json'), '--job', 'ci/build'], { cwd: dir, env });
    expect(put2.code, put2.stderr).toBe(0);

    const compare = await envdiff(['compare', 'ci/build@last-green', 'ci/build@latest', '--format', 'json'], { cwd: dir, env });
    expect(compare.code, compare.stderr).toBe(1);
    const result = JSON.parse(compare.stdout) as { differences: { facet: string; key: string }[] };
    // The kernel pair (release and its build banner) leads; which of the two is the ranking's business.
    expect(result.differences[0]?.facet).toBe('kernel');
    expect(['release', 'version']).toContain(result.differences[0]?.key);

    // The same run by its own reference and by digest, written back as the same fingerprint.
    const got = await envdiff(['store', 'get', put2.stdout.trim()], { cwd: dir, env });
    expect(got.code, got.stderr).toBe(0);
    expect(JSON.parse(got.stdout)).toEqual(snapshot('kernel/b.json'));
    const digest = (JSON.parse(readFileSync(join(store, 'index.json'), 'utf8')) as ImageIndex).manifests[0]!.digest;
    const byDigest = await envdiff(['store', 'get', digest, '-o', 'back.json'], { cwd: dir, env });
    expect(byDigest.code, byDigest.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'))).toEqual(snapshot('kernel/a.json'));

    // The second run passes after all: last-green moves to it, and the comparison is empty.
    const mark = await envdiff(['store', 'mark', put2.stdout.trim(), '--status', 'pass'], { cwd: dir, env });
    expect(mark.code, mark.stderr).toBe(0);
    const same = await envdiff(['compare', 'ci/build@last-green', 'ci/build@latest', '--format', 'text'], { cwd: dir, env });
    expect(same.code, same.stderr).toBe(0);

    // Marking it failed again sends last-green back to the first run.
    await envdiff(['store', 'mark', 'ci/build@latest', '--status', 'fail'], { cwd: dir, env });
    const back = await envdiff(['store', 'get', 'ci/build@last-green'], { cwd: dir, env });
    expect(JSON.parse(back.stdout)).toEqual(snapshot('kernel/a.json'));

    const ls = await envdiff(['store', 'ls', '--format', 'json'], { cwd: dir, env });
    const rows = JSON.parse(ls.stdout) as { status: string; reference: string }[];
    expect(rows.map((r) => r.status)).toEqual(['fail', 'pass']);
    expect(rows[0]!.reference).toBe(put2.stdout.trim());

    const history = await envdiff(['history', '--job', 'ci/build'], { cwd: dir, env });
    expect(history.code, history.stderr).toBe(0);
    const lines = history.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ fail .*kernel 4\.4\.0-103-generic → 98-generic/);
    expect(lines[1]).toMatch(/ pass .*first run$/);
    expect(await expectValid(store)).toBe(4); // 2 run tags + latest + last-green
  });

  it('stores an unchanged facet once across runs', async () => {
    const { store, env } = freshStore('dedupe');
    for (let i = 0; i < 5; i++) {
      const r = await envdiff(['store', 'put', snapshotPath('base/host.json'), '--job', 'j'], { cwd: dir, env });
      expect(r.code, r.stderr).toBe(0);
    }
    const blobs = readdirSync(join(store, 'blobs', 'sha256'));
    // The run's layers (envelope, facet blobs: identical here) and the empty config once; a manifest per run.
    const run = await findRun(new LayoutBackend(store), { kind: 'job', job: 'j', which: 'latest' });
    expect(new Set(run.manifest.layers.map((l) => l.digest)).size).toBe(run.manifest.layers.length);
    expect(blobs.length).toBe(run.manifest.layers.length + 1 + 5);
  });

  it('keeps every one of 20 concurrent writers and stays valid', async () => {
    const { store, env } = freshStore('concurrent');
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        envdiff(
          [
            'store',
            'put',
            snapshotPath(i % 2 ? 'kernel/a.json' : 'kernel/b.json'),
            '--job',
            'race',
            '--status',
            i % 3 === 0 ? 'pass' : 'fail',
          ],
          { cwd: dir, env },
        ),
      ),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(20);
    expect(await expectValid(store)).toBe(22);
    const ls = await envdiff(['store', 'ls', '--job', 'race', '--format', 'json'], { cwd: dir, env });
    expect((JSON.parse(ls.stdout) as unknown[]).length).toBe(20);
    expect(existsSync(join(store, 'index.json.lock'))).toBe(false);
  });

  it('20 concurrent `capture --store` (real captures) lose nothing; -o writes the file too', async () => {
    const { store, env } = freshStore('capture');
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        envdiff(['capture', '--only', 'os,kernel,locale', '--store', '--job', 'cap', ...(i === 0 ? ['-o', join(dir, 'cap0.json')] : [])], {
          cwd: dir,
          env,
        }),
      ),
    );
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^cap@\S+\n$/);
      expect(r.stderr).toMatch(/captured host \(3 facets ok\)/);
    }
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(20);
    expect(await expectValid(store)).toBe(21); // 20 runs + latest
    const first = JSON.parse(readFileSync(join(dir, 'cap0.json'), 'utf8')) as { scopes: { host: { facets: Record<string, unknown> } } };
    const stored = await envdiff(['store', 'get', runs[0]!.stdout.trim()], { cwd: dir, env });
    expect(JSON.parse(stored.stdout)).toEqual(first);
    expect(Object.keys(first.scopes.host.facets).sort()).toEqual(['kernel', 'locale', 'os']);
  });

  it('shows no partial run after writers are killed -9 mid-write, and takes over their stale lock', async () => {
    const { store, env } = freshStore('killed');
    const ok = await envdiff(['store', 'put', snapshotPath('kernel/a.json'), '--job', 'k'], { cwd: dir, env });
    expect(ok.code).toBe(0);
    // Spread over a writer's whole life (node start-up ~150 ms, then blobs, lock, index).
    for (const delay of [100, 180, 240, 300, 360, 420, 500, 650]) {
      const child = spawn(process.execPath, [BIN, 'store', 'put', snapshotPath('base/host.json'), '--job', 'k'], {
        env: { ...process.env, ...env },
        stdio: 'ignore',
      });
      // Listen before killing: a writer faster than the delay has closed already.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      await expectValid(store);
    }
    // A lock left by a dead writer (pid that does not exist) does not block the next one.
    writeFileSync(join(store, 'index.json.lock'), `999999 ${Date.now()} dead`);
    const after = await envdiff(['store', 'put', snapshotPath('kernel/b.json'), '--job', 'k'], { cwd: dir, env });
    expect(after.code, after.stderr).toBe(0);
    await expectValid(store);
    // A lock file that is empty (its writer died between create and write, with an
    // older O_EXCL scheme) and older than the stale limit is taken over too.
    writeFileSync(join(store, 'index.json.lock'), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(store, 'index.json.lock'), old, old);
    const again = await envdiff(['store', 'put', snapshotPath('kernel/b.json'), '--job', 'k', '--status', 'pass'], { cwd: dir, env });
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(join(store, 'index.json.lock'))).toBe(false);
  });

  it('reads a store the previous version wrote (one layer per facet), and records, marks and prunes beside its runs', async () => {
    const store = join(dir, 'v1');
    cpSync(fileURLToPath(new URL('./fixtures/v1-store/', import.meta.url)), store, { recursive: true });
    const env = { ENVDIFF_STORE: store };
    const backend = new LayoutBackend(store);
    const legacy = await findRun(backend, { kind: 'job', job: 'legacy', which: 'latest' });
    expect(legacy.manifest.layers[0]!.mediaType).toBe(ENVELOPE_V1_MEDIA_TYPE);
    const green = await envdiff(['store', 'get', 'legacy@last-green'], { cwd: dir, env });
    expect(green.code, green.stderr).toBe(0);
    expect(green.stdout).toBe(serializeFingerprint(snapshot('kernel/a.json')));
    const latest = await envdiff(['store', 'get', 'legacy@latest'], { cwd: dir, env });
    expect(JSON.parse(latest.stdout)).toEqual(snapshot('cluster/a.json'));

    // A new run beside them, in today's layout; compare and history read both kinds.
    const put = await envdiff(['store', 'put', snapshotPath('kernel/b.json'), '--job', 'legacy'], { cwd: dir, env });
    expect(put.code, put.stderr).toBe(0);
    expect((await findRun(backend, { kind: 'job', job: 'legacy', which: 'latest' })).manifest.layers[0]!.mediaType).toBe(
      ENVELOPE_MEDIA_TYPE,
    );
    const compare = await envdiff(['compare', 'legacy@last-green', 'legacy@latest', '--format', 'json'], { cwd: dir, env });
    expect(compare.code, compare.stderr).toBe(1);
    expect((JSON.parse(compare.stdout) as { differences: { facet: string }[] }).differences[0]?.facet).toBe('kernel');
    const history = await envdiff(['history', '--job', 'legacy'], { cwd: dir, env });
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout.trim().split('\n')).toHaveLength(3);

    // Marking a legacy run rewrites its manifest only; its v1 layers stay and still read.
    const mark = await envdiff(['store', 'mark', `legacy@${legacy.meta.run}`, '--status', 'pass'], { cwd: dir, env });
    expect(mark.code, mark.stderr).toBe(0);
    const marked = await findRun(backend, { kind: 'job', job: 'legacy', which: { run: legacy.meta.run } });
    expect(marked.meta.status).toBe('pass');
    expect(marked.manifest.layers).toEqual(legacy.manifest.layers);

    // Prune down to the newest run: last-green (a legacy run) and its blobs survive.
    const old = new Date(Date.now() - 3600_000);
    for (const name of readdirSync(join(store, 'blobs', 'sha256'))) utimesSync(join(store, 'blobs', 'sha256', name), old, old);
    const prune = await envdiff(['store', 'prune', '--keep', '1'], { cwd: dir, env });
    expect(prune.code, prune.stderr).toBe(0);
    expect((await envdiff(['store', 'get', 'legacy@last-green'], { cwd: dir, env })).code).toBe(0);
    expect(await expectValid(store)).toBeGreaterThan(0);
  });

  it('prune keeps the newest N, last-green and every referenced blob; removes the rest', async () => {
    const { store, env } = freshStore('prune');
    const refs: string[] = [];
    for (const [file, status] of [
      ['lib64/a.json', 'pass'],
      ['kernel/a.json', 'fail'],
      ['kernel/b.json', 'fail'],
      ['binfmt/a.json', 'fail'],
      ['binfmt/b.json', 'fail'],
    ] as const) {
      const r = await envdiff(['store', 'put', snapshotPath(file), '--job', 'p', '--status', status], { cwd: dir, env });
      refs.push(r.stdout.trim());
    }
    // Age everything past the grace period a concurrent writer is given.
    const blobsDir = join(store, 'blobs', 'sha256');
    const old = new Date(Date.now() - 3600_000);
    for (const name of readdirSync(blobsDir)) utimesSync(join(blobsDir, name), old, old);
    const prune = await envdiff(['store', 'prune', '--keep', '2'], { cwd: dir, env });
    expect(prune.code, prune.stderr).toBe(0);
    expect(prune.stderr).toMatch(/pruned 3 runs and \d+ blobs/);
    const ls = JSON.parse((await envdiff(['store', 'ls', '--format', 'json'], { cwd: dir, env })).stdout) as { reference: string }[];
    expect(ls.map((r) => r.reference)).toEqual([refs[4], refs[3]]);
    // last-green (the first run) survives as a tag; its fingerprint still reads.
    const green = await envdiff(['store', 'get', 'p@last-green'], { cwd: dir, env });
    expect(green.code, green.stderr).toBe(0);
    expect(JSON.parse(green.stdout)).toEqual(snapshot('lib64/a.json'));
    await expectValid(store);
    const kernelOnly = await envdiff(['store', 'get', refs[1]!], { cwd: dir, env });
    expectOneLineError(kernelOnly, /no run .* of job p in /);
  });

  it('refuses a blob whose bytes do not match its digest: one line, exit 2', async () => {
    const { store, env } = freshStore('corrupt');
    const put = await envdiff(['store', 'put', snapshotPath('kernel/a.json'), '--job', 'c'], { cwd: dir, env });
    const backend = new LayoutBackend(store);
    const run = await findRun(backend, { kind: 'job', job: 'c', which: 'latest' });
    const layer = run.manifest.layers[1]!;
    const path = join(store, 'blobs', 'sha256', layer.digest.slice(7));
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(path, bytes);
    expectOneLineError(
      await envdiff(['store', 'get', put.stdout.trim()], { cwd: dir, env }),
      /does not match its digest; refusing to use it/,
    );
    expectOneLineError(
      await envdiff(['compare', 'c@latest', snapshotPath('kernel/a.json')], { cwd: dir, env }),
      /does not match its digest/,
    );
  });

  it('refuses another artifact type, unknown runs and jobs, and bad references: one line, exit 2', async () => {
    const { store, env } = freshStore('foreign');
    await envdiff(['store', 'put', snapshotPath('kernel/a.json'), '--job', 'f'], { cwd: dir, env });
    // An ordinary image manifest tagged like an envdiff run.
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { ...EMPTY_DESCRIPTOR, mediaType: 'application/vnd.oci.image.config.v1+json' },
      layers: [],
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const backend = new LayoutBackend(store);
    await backend.putManifest({ digest: sha256Digest(bytes), bytes, annotations: {} }, ['f--image']);
    expectOneLineError(
      await envdiff(['store', 'get', 'f@image'], { cwd: dir, env }),
      /is not an envdiff fingerprint: artifact type is "application\/vnd\.oci\.image\.config\.v1\+json"/,
    );
    expectOneLineError(await envdiff(['store', 'get', 'f@nope'], { cwd: dir, env }), /no run nope of job f in /);
    expectOneLineError(
      await envdiff(['compare', 'other@last-green', snapshotPath('kernel/a.json')], { cwd: dir, env }),
      /no passing run of job other in /,
    );
    expectOneLineError(
      await envdiff(['compare', 'missing@v1.json', snapshotPath('kernel/a.json')], { cwd: dir, env }),
      /missing@v1\.json: no such file, and no run v1\.json of job missing/,
    );
    expectOneLineError(await envdiff(['store', 'get', 'not-a-ref'], { cwd: dir, env }), /not a run reference/);
    expectOneLineError(await envdiff(['store', 'mark', 'f@latest', '--status', 'maybe'], { cwd: dir, env }), /maybe/);
    expectOneLineError(await envdiff(['store', 'prune'], { cwd: dir, env }), /needs --keep N and\/or --keep-days D/);
    expectOneLineError(
      await envdiff(['capture', '--only', 'os', '--status', 'pass', '-o', '-'], { cwd: dir, env }),
      /--status records the run in a store: add --store/,
    );
    // ls only lists envdiff runs: the foreign tag is skipped.
    const ls = JSON.parse((await envdiff(['store', 'ls', '--format', 'json'], { cwd: dir, env })).stdout) as unknown[];
    expect(ls).toHaveLength(1);
    expect(
      (JSON.parse(readFileSync(join(store, 'index.json'), 'utf8')) as ImageIndex).manifests.some(
        (m) => m.annotations?.[ANNOTATION.refName] === 'f--image',
      ),
    ).toBe(true);
  });

  it('puts from stdin, takes the job and run from the CI environment, and neutralises escapes in what it prints', async () => {
    const { env } = freshStore('ci');
    const fp = snapshot('kernel/a.json');
    fp.label = 'evil\u001b]0;title\u0007';
    const ci = {
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'build',
      GITHUB_RUN_ID: '777',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF_NAME: 'main',
      RUNNER_NAME: 'runner\u001b[31m-1',
    };
    const put = await envdiff(['store', 'put', '-'], { cwd: dir, env: ci, input: serializeFingerprint(fp) });
    expect(put.code, put.stderr).toBe(0);
    expect(put.stdout).toBe('CI/build@777\n');
    const ls = await envdiff(['store', 'ls'], { cwd: dir, env });
    expect(ls.stdout).toMatch(/unknown {2}CI\/build@777 {2}runner␛\[31m-1 {2}aaaaaaaaaaaa/);
    expect(ls.stdout).not.toMatch(/\u001b/);
  });
});
