import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anonymizer, PUBLIC_HOSTS, Pseudonyms } from '../../src/anonymize/index.js';
import { compareFiles } from '../../src/compare/compare.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist/bin.js');
const SEEDS = ['binfmt', 'kernel', 'lib64', 'mirror', 'cluster'];

function run(args: string[], env: Record<string, string>, cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

function anonymizer(key = 'k'.repeat(32), keep: string[] = []): Anonymizer {
  return new Anonymizer({ pseudonyms: new Pseudonyms(Buffer.from(key)), keepHosts: [...PUBLIC_HOSTS, ...keep] });
}

function fingerprint(facets: Fingerprint['scopes'][string]['facets'], hostname = 'laptop-of-erin'): Fingerprint {
  return {
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0.0.0' },
    capturedAt: '2026-12-01T00:00:00.000Z',
    hostname,
    scopes: { host: { kind: 'host', facets, probes: {} } },
  };
}

describe('Anonymizer (pure)', () => {
  it('is consistent under one key and differs under another', () => {
    const fp = fingerprint({ env: { http_proxy: 'http://proxy.corp.example.com:3128', HOME: '/home/erin' } });
    const one = anonymizer();
    one.learn(fp);
    const two = anonymizer();
    two.learn(fp);
    const other = anonymizer('o'.repeat(32));
    other.learn(fp);
    expect(one.fingerprint(fp)).toEqual(two.fingerprint(fp));
    expect(other.fingerprint(fp)).not.toEqual(one.fingerprint(fp));
    expect(JSON.stringify(one.fingerprint(fp))).toMatch(/"http:\/\/host-[0-9a-f]{10}\.invalid:3128".*"\/home\/user-[0-9a-f]{8}"/);
  });

  it('keeps public hosts, --keep-host names and suffixes, loopback and documentation addresses, and versions', () => {
    const fp = fingerprint({
      env: {
        A: 'https://ghcr.io/owner/app',
        B: 'http://mirror.example.net/debian',
        C: 'http://127.0.0.1:8080',
        D: 'https://pkgs.example.org/x',
        E: '203.0.113.80 2001:db8::5',
      },
      packages: { libfoo: { version: '1.2.3.4', status: 'install ok installed', manager: 'dpkg' } },
      toolchains: { go: '1.22.5' },
    });
    const a = anonymizer(undefined, ['mirror.example.net', '*.example.org']);
    a.learn(fp);
    const out = a.fingerprint(fp);
    expect(out.scopes['host']!.facets.env).toEqual({
      A: 'https://ghcr.io/owner/app',
      B: 'http://mirror.example.net/debian',
      C: 'http://127.0.0.1:8080',
      D: 'https://pkgs.example.org/x',
      E: '203.0.113.80 2001:db8::5',
    });
    expect(out.scopes['host']!.facets.packages).toEqual(fp.scopes['host']!.facets.packages);
    expect(out.hostname).toMatch(/^host-[0-9a-f]{8}$/);
  });

  it('replaces a learnt host wherever a log names it, but not inside longer names or file names', () => {
    const a = anonymizer();
    a.learn(
      fingerprint({
        mirrors: { 'http://apt.corp.example.com/debian': { host: 'apt.corp.example.com', addresses: ['10.1.1.1'], source: 'x' } },
      }),
    );
    const log = a.text(
      "Could not resolve 'apt.corp.example.com'; tried apt.corp.example.com.au and apt.corp.example.com.tar.gz at 10.1.1.1",
    );
    expect(log).toMatch(/^Could not resolve 'host-[0-9a-f]{10}\.invalid'; tried /);
    expect(log).not.toContain("'apt.corp.example.com'");
    expect(log).not.toContain('10.1.1.1');
    expect(log).toContain('apt.corp.example.com.tar.gz');
  });
});

describe('anonymised seed snapshots rank the same top cause', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-anon-seeds-'));
    await writeFile(join(dir, 'key'), 's'.repeat(32));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(SEEDS)('%s', async (seed) => {
    const out = join(dir, seed);
    await mkdir(out);
    const files = ['a.json', 'b.json', 'build.log'].map((f) => join(ROOT, 'snapshots', seed, f));
    // The cluster seed's probe prints Kubernetes resource names (`systembackup.longhorn.io/sb-1`):
    // their API group is a public domain a user keeps, as with a public registry.
    const keep = seed === 'cluster' ? ['--keep-host', '*.longhorn.io'] : [];
    const r = await run(['anonymize', ...files, '-o', out, '--key-file', join(dir, 'key'), ...keep], {
      PATH: process.env['PATH']!,
      HOME: dir,
    });
    expect(r.stderr).toMatch(/^envdiff: anonymised 3 files: replaced \d+ host names/);
    expect(r.code).toBe(0);
    const original = await compareFiles({ a: files[0]!, b: files[1]!, log: files[2]! });
    const anonymised = await compareFiles({ a: join(out, 'a.json'), b: join(out, 'b.json'), log: join(out, 'build.log') });
    const top = original.differences[0]!;
    const anonTop = anonymised.differences[0]!;
    // Same place and score; a key naming a host is the host's pseudonym.
    const a = anonymizer('s'.repeat(32));
    for (const f of ['a.json', 'b.json']) a.learn(JSON.parse(await readFile(join(ROOT, 'snapshots', seed, f), 'utf8')));
    expect([anonTop.scope, anonTop.facet, anonTop.key]).toEqual([a.text(top.scope), top.facet, a.text(top.key, top.facet !== 'packages')]);
    expect(anonTop.score).toBeCloseTo(top.score, 6);
    expect(anonymised.differences.length).toBe(original.differences.length);
  });
});

describe('capture --anonymize on a real capture with 20 planted identifying values', () => {
  let dir: string;
  // Every value below identifies a person, a machine or a network; none may survive.
  const planted = {
    hostnames: ['build-host-17.corp.example.com', 'bastion-03.ops.example.net', 'db01.internal.example.org'],
    ipv4: ['10.20.30.40', '192.168.77.9', '172.16.5.4', '10.99.1.254'],
    ipv6: ['fd12:3456:789a::17', '2001:470:1f0b:1234::abcd', '2a01:4f8:c17:b8f::2'],
    users: ['alice.smith', 'bob-admin', 'carol', 'dave'],
    internal: [
      'proxy.corp.example.com',
      'pypi.internal.example.com',
      'npm.artifacts.example.io',
      'pip-mirror.lan.example.net',
      'registry.intra.example.com',
      'git.internal.example.com',
    ],
  };
  const all = Object.values(planted).flat();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'envdiff-anon-capture-'));
    const home = join(dir, 'home', 'carol');
    await mkdir(join(home, '.config', 'pip'), { recursive: true });
    await writeFile(join(home, '.npmrc'), 'registry=https://npm.artifacts.example.io/\n');
    await writeFile(join(home, '.config', 'pip', 'pip.conf'), '[global]\nindex-url = https://pip-mirror.lan.example.net/simple\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  function env(): Record<string, string> {
    return {
      PATH: process.env['PATH']!,
      HOME: join(dir, 'home', 'carol'),
      XDG_CONFIG_HOME: join(dir, 'config'),
      HOSTNAME: 'build-host-17.corp.example.com',
      USER: 'alice.smith',
      SUDO_USER: 'bob-admin',
      http_proxy: 'http://proxy.corp.example.com:3128',
      NO_PROXY: '10.20.30.40,fd12:3456:789a::17,.corp.example.com',
      DB_ADDR: '192.168.77.9',
      PIP_INDEX_URL: 'https://pypi.internal.example.com/simple',
      DOCKER_REGISTRY: 'registry.intra.example.com:5000',
      JUMP_HOST: 'bastion-03.ops.example.net',
      BACKUP_IP: '10.99.1.254',
      IPV6_GW: '2a01:4f8:c17:b8f::2',
      MAINTAINER_DIR: '/home/dave/projects',
      PUBLIC_REGISTRY: 'https://ghcr.io/envdiff',
    };
  }
  const probes = [
    '--probe',
    'net=echo "inet 172.16.5.4/24"; echo "inet6 2001:470:1f0b:1234::abcd/64"; echo "db: db01.internal.example.org"',
    '--probe',
    'remote=echo git@git.internal.example.com:team/app.git',
  ];

  it('writes none of them, keeps public hosts, and creates the key 0600', { timeout: 60_000 }, async () => {
    const plain = await run(['capture', '-o', '-', '--only', 'env,mirrors,custom', ...probes], env(), dir);
    expect(plain.code).toBe(0);
    // The control: without --anonymize every planted value is there, so the check below can fail.
    for (const value of all) expect(plain.stdout.toLowerCase(), value).toContain(value.toLowerCase());
    expect(all).toHaveLength(20);

    const anon = await run(['capture', '-o', join(dir, 'anon.json'), '--only', 'env,mirrors,custom', '--anonymize', ...probes], env(), dir);
    expect(anon.code).toBe(0);
    const text = await readFile(join(dir, 'anon.json'), 'utf8');
    const left = all.filter((value) => text.toLowerCase().includes(value.toLowerCase()));
    expect(left).toEqual([]);
    expect(text).toContain('https://ghcr.io/envdiff');
    expect(text).toMatch(/host-[0-9a-f]{10}\.invalid/);
    expect(text).toMatch(/2001:db8:/);
    expect(text).toMatch(/"2[45]\d\.\d+\.\d+\.\d+/);
    const key = await stat(join(dir, 'config', 'envdiff', 'anonymize.key'));
    expect(key.mode & 0o777).toBe(0o600);

    // Same key, second capture: the pseudonyms agree, so the two compare equal on env.
    const again = await run(
      ['capture', '-o', join(dir, 'anon2.json'), '--only', 'env,mirrors,custom', '--anonymize', ...probes],
      env(),
      dir,
    );
    expect(again.code).toBe(0);
    const cmp = await run(['compare', join(dir, 'anon.json'), join(dir, 'anon2.json'), '--format', 'json'], env(), dir);
    const report = JSON.parse(cmp.stdout) as { differences: { facet: string; key: string; detail: { volatile?: boolean } }[] };
    expect(report.differences.filter((d) => !d.detail.volatile)).toEqual([]);

    const counts = /replaced (\d+) host names, (\d+) IPv4 and (\d+) IPv6 addresses, (\d+) user names/.exec(
      (await run(['anonymize', join(dir, 'anon.json'), '-o', join(dir, 'twice.json')], env(), dir)).stderr,
    );
    // Anonymising again finds nothing left to replace.
    expect(counts?.slice(1)).toEqual(['0', '0', '0', '0']);
  });
});
