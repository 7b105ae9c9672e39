/**
 * issue 14 end to end, on real captures of this host and the local test images,
 * through the built CLI (dist/bin.js). One test per numbered point; the numbers
 * they measure are in the report of the branch that added them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, collect, envdiffCli, type Run } from '../helpers/cli.js';
import { parseFingerprint, serializeFingerprint } from '../../src/fingerprint/io.js';
import { engineOrSkip } from '../container/engine.js';

function run(args: string[], options: { cwd?: string; input?: string; shell?: boolean } = {}): Promise<Run> {
  const input = options.input !== undefined ? { input: options.input } : {};
  if (!options.shell) return envdiffCli(args, { cwd: options.cwd ?? dir, ...input });
  const env = { ...process.env, NO_COLOR: '1', ENVDIFF: `${process.execPath} ${BIN}` };
  return collect('sh', ['-c', args[0]!], { cwd: options.cwd ?? dir, env, ...input });
}

// biome-ignore lint/suspicious/noExplicitAny: the documented JSON (docs/json-output.md) is read loosely; the assertions check its shape
const json = (r: Run) => JSON.parse(r.stdout) as Record<string, any>;

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-trust-'));
  // Without `images`: other tests (and other users of a shared engine) add and remove
  // images meanwhile, which is a real difference, not noise.
  expect((await run(['capture', '--skip', 'images', '-o', 'h1.json'])).code).toBe(0);
  await new Promise((r) => setTimeout(r, 2000));
  expect((await run(['capture', '--skip', 'images', '-o', 'h2.json'])).code).toBe(0);
  expect((await run(['capture', '--only', 'os', '-o', 'os.json'])).code).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('5. noise and the exit status', () => {
  it('two captures of this host 2 s apart: exit 0, "no meaningful differences"; --all shows the volatile ones', async () => {
    const all = json(await run(['compare', 'h1.json', 'h2.json', '--format', 'json']));
    const meaningful = all.differences.filter((d: { detail: { volatile?: boolean } }) => !d.detail.volatile);
    expect(
      meaningful.map((d: { scope: string; facet: string; key: string; summary: string }) => `${d.scope}/${d.facet}/${d.key}: ${d.summary}`),
    ).toEqual([]);
    const r = await run(['compare', 'h1.json', 'h2.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^envdiff: no meaningful differences/);
    // whatever jitters (free disk, clock) is there, flagged volatile, never counted
    for (const d of all.differences) expect(d.detail.volatile).toBe(true);
    const shown = await run(['compare', 'h1.json', 'h2.json', '--all']);
    expect(shown.code).toBe(0);
    if (all.counts.volatile > 0) expect(shown.stdout).toContain('[volatile]');
  });

  it('a real change still exits 1', async () => {
    const f = parseFingerprint(readFileSync(join(dir, 'h1.json'), 'utf8'), 'h1.json');
    f.scopes['host']!.facets.kernel!['release'] = '4.4.0-98-generic';
    writeFileSync(join(dir, 'kernel.json'), serializeFingerprint(f));
    const r = await run(['compare', 'h1.json', 'kernel.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/host › kernel › release/);
  });
});

describe('2. not captured is not removed', () => {
  it('capture --only os against a full capture: no differences, the other facets listed once as not compared', async () => {
    const r = json(await run(['compare', 'os.json', 'h1.json', '--format', 'json']));
    expect(r.counts.differences).toBe(0);
    const facets = r.notCompared.map((n: { facet: string }) => n.facet);
    expect(facets).toEqual(expect.arrayContaining(['cpu', 'kernel', 'packages', 'libraries', 'env']));
    for (const n of r.notCompared) expect(n).toMatchObject({ scope: 'host', a: 'skipped' });
    const text = await run(['compare', 'os.json', 'h1.json']);
    expect(text.code).toBe(0);
    expect(text.stdout.match(/not compared:/g)).toHaveLength(1);
    expect(text.stdout).not.toMatch(/cpu › arch/);
  });
});

describe('7. a reader that goes away', () => {
  it('compare … | head and capture -o - | head exit quietly', async () => {
    // Every package of B bumped: a report far larger than a pipe's buffer.
    const f = parseFingerprint(readFileSync(join(dir, 'h1.json'), 'utf8'), 'h1.json');
    for (const value of Object.values(f.scopes['host']!.facets.packages ?? {})) (value as { version: string }).version += '.1';
    writeFileSync(join(dir, 'bumped.json'), serializeFingerprint(f));
    const compare = await run(['$ENVDIFF compare h1.json bumped.json | head -n 2; echo "status $?"'], { shell: true });
    expect(compare.stderr).toBe('');
    expect(compare.stdout.split('\n')[0]).toMatch(/^envdiff: \d+ differences/);
    const capture = await run(['$ENVDIFF capture -o - | head -c 100 >/dev/null; echo done'], { shell: true });
    expect(capture.stderr).toBe('');
    expect(capture.stdout).toBe('done\n');
  }, 60_000);
});

describe('8. direct modes', () => {
  it('- reads a fingerprint from stdin', async () => {
    const r = await run(['compare', '-', 'h1.json'], { input: readFileSync(join(dir, 'h1.json'), 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A (works): ');
    expect(r.stdout).toContain('(stdin)');
    const two = await run(['compare', '-', '-']);
    expect(two).toMatchObject({ code: 2, stderr: 'envdiff: only one of A, B and --log can be read from stdin (-)\n' });
  });

  it('show FILE in text, markdown and json', async () => {
    const text = await run(['show', 'h1.json']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^envdiff: .* · h1\.json\n\nhost\n {2}os +Debian/);
    expect(text.stdout).toMatch(/ {2}kernel +\S+/);
    expect((await run(['show', 'h1.json', '--format', 'markdown'])).stdout).toMatch(/^### envdiff: [\s\S]*\| fact \| value \|/);
    const doc = json(await run(['show', 'os.json', '--format', 'json']));
    expect(doc.schema).toBe('envdiff.summary/v1');
    expect(doc.scopes[0].facts.os).toMatch(/Debian/);
    expect(doc.scopes[0].notCaptured.map((n: { status: string }) => n.status)).toContain('skipped');
    expect(await run(['show', 'nope.json'])).toMatchObject({
      code: 2,
      stderr: 'envdiff: cannot read nope.json: no such file or directory\n',
    });
  });

  it('compare IMAGE1 IMAGE2 captures both images, no host', async () => {
    if (!(await engineOrSkip())) return;
    const r = await run(['compare', 'envdiff-seed/fuse3:lib', 'envdiff-seed/fuse3:lib64', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc = json(r);
    expect(doc.sides.a.scopes).toEqual(['image:envdiff-seed/fuse3:lib']);
    expect(doc.pairs).toEqual([
      { scope: 'image:envdiff-seed/fuse3', a: 'image:envdiff-seed/fuse3:lib', b: 'image:envdiff-seed/fuse3:lib64', by: 'repository' },
    ]);
    // 1. the real change, not hundreds of removed/added rows
    expect(doc.differences[0]).toMatchObject({ scope: 'image:envdiff-seed/fuse3', facet: 'libraries', kind: 'moved' });
    expect(doc.counts.meaningful).toBeLessThan(10);
  }, 120_000);
});

describe('1. scopes pair by image, repository, or the only one; unpaired ones are one line', () => {
  it('a scope on one side only is one warning line with its number of facts, never rows', async () => {
    if (!(await engineOrSkip())) return;
    const capture = await run(['capture', '--image', 'envdiff-test/busybox:latest', '-o', 'hi.json']);
    expect(capture.code).toBe(0);
    const r = await run(['compare', 'h1.json', 'hi.json']);
    expect(r.stdout).toMatch(
      /warning: scope image:envdiff-test\/busybox:latest only on B \(\d+ facts\); not compared — pair it with --pair/,
    );
    expect(r.stdout).not.toMatch(/image:envdiff-test\/busybox:latest ›/);
    const paired = json(
      await run(['compare', 'h1.json', 'hi.json', '--pair', 'host=image:envdiff-test/busybox:latest', '--format', 'json']),
    );
    expect(paired.pairs).toEqual([
      { scope: 'host=image:envdiff-test/busybox:latest', a: 'host', b: 'image:envdiff-test/busybox:latest', by: 'explicit' },
    ]);
    expect(paired.unpaired).toEqual([{ side: 'b', scope: 'host', facts: expect.any(Number) }]);
  }, 120_000);
});

describe('1. containers with random names pair by their image', () => {
  it('two running containers of one image: one pair, labelled by the image, no rows of removed keys', async () => {
    if (!(await engineOrSkip())) return;
    const started: string[] = [];
    const docker = async (...args: string[]) => (await run([`docker ${args.join(' ')}`], { shell: true })).stdout.trim();
    try {
      for (const file of ['ca.json', 'cb.json']) {
        // no --name: docker picks a random one, as on a real runner
        const id = await docker('run', '-d', '--rm', '--label', 'dev.envdiff.test=trust', 'envdiff-test/busybox:latest', 'sleep', '120');
        started.push(id);
        const name = await docker('inspect', '-f', '{{.Name}}', id);
        expect((await run(['capture', '--no-host', '--container', name.replace(/^\//, ''), '-o', file])).code).toBe(0);
      }
    } finally {
      if (started.length > 0) await docker('rm', '-f', ...started);
    }
    const doc = json(await run(['compare', 'ca.json', 'cb.json', '--format', 'json']));
    expect(doc.sides.a.scopes[0]).not.toBe(doc.sides.b.scopes[0]);
    expect(doc.pairs).toEqual([
      { scope: 'container:envdiff-test/busybox:latest', a: doc.sides.a.scopes[0], b: doc.sides.b.scopes[0], by: 'image' },
    ]);
    expect(doc.unpaired).toEqual([]);
    // each container's own /etc/hosts line and hostname are volatile: nothing meaningful differs
    expect(doc.counts.meaningful).toBe(0);
  }, 120_000);
});

describe('9. one config file, found walking up to the repository root', () => {
  it('envdiff.json at the root serves compare (ignore) and capture (only) from a subdirectory', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(repo, 'envdiff.json'), JSON.stringify({ only: ['os', 'kernel'], ignore: ['kernel/release'] }));
    const cwd = join(repo, 'sub', 'deeper');
    const captured = await run(['capture', '-o', '-'], { cwd });
    expect(captured.code).toBe(0);
    expect(Object.keys(parseFingerprint(captured.stdout, 'stdout').scopes['host']!.facets)).toEqual(['os', 'kernel']);
    const r = await run(['compare', join(dir, 'h1.json'), join(dir, 'kernel.json')], { cwd });
    expect(r.code).toBe(0);
    // outside the repository the file is not found: the difference is back
    expect((await run(['compare', 'h1.json', 'kernel.json'])).code).toBe(1);
    writeFileSync(join(repo, 'envdiff.json'), JSON.stringify({ ignore: ['kernle'] }));
    expect(await run(['compare', join(dir, 'h1.json'), join(dir, 'kernel.json')], { cwd })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^envdiff: --ignore "kernle" can never match: .* \(in config ..\/..\/envdiff.json\)\n$/),
    });
  });
});

describe('10. --ignore forms', () => {
  it('FACET and FACET/KEY drop what they name; a pattern that can never match is exit 2', async () => {
    expect((await run(['compare', 'h1.json', 'kernel.json', '--ignore', 'kernel'])).code).toBe(0);
    expect((await run(['compare', 'h1.json', 'kernel.json', '--ignore', 'kernel/rel*'])).code).toBe(0);
    expect((await run(['compare', 'h1.json', 'kernel.json', '--ignore', 'host/kernel/release'])).code).toBe(0);
    expect((await run(['compare', 'h1.json', 'kernel.json', '--ignore', 'resources/*'])).code).toBe(1);
    const bad = await run(['compare', 'h1.json', 'kernel.json', '--ignore', 'resource']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^envdiff: --ignore "resource" can never match: it must start with a facet \(os, kernel, .*\)\n$/);
  });
});

describe('11. -o picks the format from the extension; no colour in a pipe', () => {
  it.each([
    ['report.md', /^### envdiff: 1 difference/],
    ['report.json', /^\{\n {2}"schema": "envdiff.comparison\/v1"/],
    ['report.txt', /^envdiff: 1 difference/],
  ])('-o %s', async (file, shape) => {
    const r = await run(['compare', 'h1.json', 'kernel.json', '-o', file, '--force']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, file), 'utf8')).toMatch(shape);
  });
  it('piped text has no escape sequences', async () => {
    expect((await run(['compare', 'h1.json', 'kernel.json'])).stdout).not.toContain('\u001b');
  });
});

describe('4. one fact, one row', () => {
  it('a tag moved to another image: host › images and the image scope fold into one row', async () => {
    if (!(await engineOrSkip())) return;
    const tag = `envdiff-trust-dup:${process.pid}`;
    const docker = (...args: string[]) => run([`docker ${args.join(' ')} >/dev/null`], { shell: true });
    try {
      await docker('tag', 'envdiff-test/busybox:latest', tag);
      expect((await run(['capture', '--image', tag, '--only', 'images,os', '-o', 'dup-a.json'])).code).toBe(0);
      await docker('tag', 'envdiff-test/debian:bookworm', tag);
      expect((await run(['capture', '--image', tag, '--only', 'images,os', '-o', 'dup-b.json'])).code).toBe(0);
    } finally {
      await docker('rmi', tag);
    }
    const doc = json(await run(['compare', 'dup-a.json', 'dup-b.json', '--format', 'json']));
    const rows = doc.differences.filter((d: { facet: string; key: string }) => d.facet === 'images' && d.key === tag);
    expect(rows).toHaveLength(1);
    expect(rows[0].detail.also).toHaveLength(1);
    expect(rows[0].detail.also[0]).toMatch(new RegExp(`› images › ${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }, 120_000);

  it('env.LANG and locale.LANG on a real capture: one row, the other named', async () => {
    const f = parseFingerprint(readFileSync(join(dir, 'h1.json'), 'utf8'), 'h1.json');
    const host = f.scopes['host']!;
    const before = String(host.facets.locale?.['LANG'] ?? 'C.UTF-8');
    host.facets.locale = { ...host.facets.locale, LANG: 'C' };
    host.facets.env = { ...host.facets.env, LANG: 'C' };
    const a = parseFingerprint(readFileSync(join(dir, 'h1.json'), 'utf8'), 'h1.json');
    a.scopes['host']!.facets.locale = { ...a.scopes['host']!.facets.locale, LANG: before };
    a.scopes['host']!.facets.env = { ...a.scopes['host']!.facets.env, LANG: before };
    writeFileSync(join(dir, 'lang-a.json'), serializeFingerprint(a));
    writeFileSync(join(dir, 'lang-b.json'), serializeFingerprint(f));
    const r = await run(['compare', 'lang-a.json', 'lang-b.json']);
    expect(r.stdout.match(/^ *\d+\. .*› LANG$/gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/- also: host › (env|locale) › LANG/);
  });
});

describe('13. words', () => {
  it('a package removed with its config kept reads in plain words (real dpkg status of this host)', async () => {
    const f = parseFingerprint(readFileSync(join(dir, 'h1.json'), 'utf8'), 'h1.json');
    const packages = f.scopes['host']!.facets.packages!;
    const [name, value] = Object.entries(packages).find(([, v]) => (v as { status?: string }).status === 'install ok installed')!;
    packages[name] = { ...(value as object), status: 'deinstall ok config-files' } as typeof value;
    writeFileSync(join(dir, 'removed.json'), serializeFingerprint(f));
    const r = await run(['compare', 'h1.json', 'removed.json']);
    expect(r.stdout).toContain(`host › packages › ${name}`);
    expect(r.stdout).toContain('removed, config files kept on B (A: installed)');
  });
});
