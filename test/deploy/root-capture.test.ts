/**
 * `capture --root DIR`: the host read through its root filesystem mounted at DIR.
 *
 * Fast part: the chroot runner and the capture against real roots on this machine
 * (the debootstrapped Debian rootfs of test/probes, a busybox root with a loopback
 * fake engine socket). Docker part: the shipped image (deploy/Dockerfile) built on
 * the local engine with no registry pull, run as the README documents, and its
 * capture compared with a direct capture of this host made at the same time: equal
 * except the facts the README lists as differing. Needs root (chroot) and the built
 * dist/ (`npm run build`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureFingerprint, type CaptureRequest } from '../../src/capture/capture.js';
import { HostRunner } from '../../src/capture/host-runner.js';
import { resolveInRoot } from '../../src/capture/root-path.js';
import { compareFingerprints } from '../../src/compare/compare.js';
import type { FacetId, Fingerprint } from '../../src/fingerprint/types.js';
import { DEBIAN, engineOrSkip, ensureTestImages, ROOT } from '../container/engine.js';
import { DEBIAN_ROOTFS, makeBusyboxRootfs } from '../probes/capture-fixtures-lib.js';

const BIN = join(ROOT, 'dist/bin.js');
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}, 120_000);

function request(facets: FacetId[], extra: Partial<CaptureRequest>): CaptureRequest {
  return {
    selection: { facets: new Set(facets), custom: {} },
    timeoutMs: 10_000,
    host: true,
    images: [],
    containers: [],
    pull: false,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    cwd: process.cwd(),
    ...extra,
  };
}

const packageNames = (status: string) => (status.match(/^Package: /gm) ?? []).length;

describe.runIf(existsSync(DEBIAN_ROOTFS) || process.env['CI'] === 'true')('chroot runner on the debootstrapped rootfs', () => {
  const ours = () => readdirSync(join(DEBIAN_ROOTFS, 'tmp')).filter((name) => name.startsWith('envdiff-'));

  it('runs the bundle in the root, its temp dir in ROOT/tmp given by its in-chroot path, removed afterwards', async () => {
    const before = ours();
    const runner = new HostRunner({ root: DEBIAN_ROOTFS, env: { PATH: '/usr/bin:/bin' } });
    const result = await runner.runScript(
      'printf "%s\\n" "$ENVDIFF_TMPDIR"; : > "$ENVDIFF_TMPDIR/scratch" && echo writable; grep -c "^Package: " /var/lib/dpkg/status',
      { timeoutMs: 10_000 },
    );
    const [temp, writable, count] = result.stdout.trim().split('\n');
    expect(temp).toMatch(/^\/tmp\/envdiff-\w+$/);
    expect(writable).toBe('writable');
    // The root's package database, not this machine's.
    expect(Number(count)).toBe(packageNames(readFileSync(join(DEBIAN_ROOTFS, 'var/lib/dpkg/status'), 'utf8')));
    expect(Number(count)).not.toBe(packageNames(readFileSync('/var/lib/dpkg/status', 'utf8')));
    expect(existsSync(join(DEBIAN_ROOTFS, temp!))).toBe(false);
    expect(ours()).toEqual(before);
  });

  it('capture --root: packages and os are the root’s', async () => {
    const fingerprint = await captureFingerprint(request(['packages', 'os'], { root: DEBIAN_ROOTFS }));
    const host = fingerprint.scopes['host']!;
    expect(host.probes.packages?.status).toBe('ok');
    const status = readFileSync(join(DEBIAN_ROOTFS, 'var/lib/dpkg/status'), 'utf8');
    expect(Object.keys(host.facets.packages ?? {}).length).toBe(packageNames(status));
    expect(host.facets.os?.['id']).toBe('debian');
  });
});

describe('capture --root on a busybox root', () => {
  let root: string;
  let engine: Server;
  beforeAll(async () => {
    root = makeBusyboxRootfs();
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    await writeFile(join(root, 'etc/hostname'), 'node-7\n');
    // The host's /var/run is a link to /run, absolute: to be followed inside the root.
    await mkdir(join(root, 'var'), { recursive: true });
    await mkdir(join(root, 'run'));
    await symlink('/run', join(root, 'var/run'));
    // A fake engine on the root's socket: answers only what the docker facet asks.
    engine = createServer((req, res) => {
      const body = req.url?.endsWith('/_ping')
        ? 'OK'
        : req.url?.endsWith('/version')
          ? '{"Version":"99.0.0-root","ApiVersion":"1.99"}'
          : '{}';
      res.setHeader('content-type', req.url?.endsWith('/_ping') ? 'text/plain' : 'application/json');
      res.end(body);
    });
    engine.listen(join(root, 'run/docker.sock'));
    await once(engine, 'listening');
    cleanups.push(() => new Promise((done) => engine.close(done)));
  });

  it('the hostname from ROOT/etc/hostname, the engine at ROOT/var/run/docker.sock (a link inside the root)', async () => {
    expect(await resolveInRoot(root, '/var/run/docker.sock')).toBe(join(root, 'run/docker.sock'));
    const fingerprint = await captureFingerprint(request(['docker'], { root }));
    expect(fingerprint.hostname).toBe('node-7');
    const host = fingerprint.scopes['host']!;
    expect(host.probes.docker?.status).toBe('ok');
    expect(host.facets.docker?.['server_version']).toBe('99.0.0-root');
  });

  it('DOCKER_HOST, when set, wins over the root’s socket', async () => {
    const env = { PATH: '/usr/bin:/bin', DOCKER_HOST: `unix://${join(root, 'no-such.sock')}` };
    const fingerprint = await captureFingerprint(request(['docker'], { root, env }));
    expect(fingerprint.scopes['host']!.probes.docker?.status).toBe('unavailable');
    expect(fingerprint.scopes['host']!.probes.docker?.reason).toContain('no-such.sock');
  });

  it('a root whose shell cannot start, or without a tmp dir: one clear error', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'envdiff-bare-root-'));
    cleanups.push(() => rm(bare, { recursive: true, force: true }));
    await expect(new HostRunner({ root: bare }).runScript('true', { timeoutMs: 5_000 })).rejects.toThrow(
      /cannot make the probes' temp dir in .*\/tmp \(ENOENT\); mount a writable tmpfs there/,
    );
    await mkdir(join(bare, 'tmp'));
    await expect(new HostRunner({ root: bare }).runScript('true', { timeoutMs: 5_000 })).rejects.toThrow(
      /^cannot run the probes chrooted into .*: failed to run command .\/usr\/bin\/sh.: No such file/,
    );
    expect(readdirSync(join(bare, 'tmp'))).toEqual([]);
  });

  it.each([
    ['/no/such/root', 'no such directory'],
    ['/etc/hostname', 'is not a directory'],
    ['/etc', 'has no bin/sh or usr/bin/sh'],
  ])('the CLI refuses --root %s: one line, exit 2', async (dir, message) => {
    const result = await execa(process.execPath, [BIN, 'capture', '--root', dir, '-o', '-'], { reject: false, timeout: 30_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
  });
});

// ---------------------------------------------------------------------------
// The shipped image, on the real engine.

const docker = await engineOrSkip();
const TAG = `${process.pid}-${Date.now().toString(36)}`;
const LABEL = `dev.envdiff.test=root-capture-${TAG}`;
const BASE_IMAGE = `envdiff-test/node-base:${TAG}`;
const AGENT_IMAGE = `envdiff-test/agent:${TAG}`;
const DOCKER_BUDGET = { timeout: 300_000 };

/** The facts the README says differ between the agent's capture and a direct one. */
function documentedDifferences(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /<!-- root-capture-differs -->([\s\S]*?)<!-- \/root-capture-differs -->/.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no root-capture-differs list');
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]!);
}

/** Packages the bundle leaves external (scripts/bundle.mjs) and everything they need. */
function runtimePackages(): string[] {
  const bundler = readFileSync(join(ROOT, 'scripts/bundle.mjs'), 'utf8');
  const external =
    /external:\s*\[([^\]]*)\]/
      .exec(bundler)?.[1]
      ?.match(/'[^']+'/g)
      ?.map((s) => s.slice(1, -1)) ?? [];
  expect(external).toContain('dockerode');
  const found = new Set<string>();
  const visit = (name: string, from: string) => {
    // Node's resolution: the nearest node_modules up from the requiring package.
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) {
        if (found.has(candidate)) return;
        found.add(candidate);
        const pkg = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
        for (const dep of Object.keys({ ...pkg['dependencies'], ...pkg['optionalDependencies'] })) visit(dep, candidate);
        return;
      }
      if (dir === ROOT.replace(/\/$/, '') || dir === dirname(dir)) return; // optional and absent
    }
  };
  for (const name of external) visit(name, ROOT.replace(/\/$/, ''));
  // Top-level packages only: nested node_modules come along with their parent.
  return [...found].map((p) => p.slice(ROOT.length)).filter((p) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(p));
}

async function buildAgentImage(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'envdiff-agent-build-'));
  try {
    // A base with node and no registry: the Debian test image plus this node binary.
    await mkdir(join(work, 'base'));
    await cp(process.execPath, join(work, 'base/node'));
    await writeFile(join(work, 'base/Dockerfile'), `FROM ${DEBIAN}\nCOPY node /usr/local/bin/node\n`);
    await execa('docker', ['build', '-q', '--label', LABEL, '-t', BASE_IMAGE, join(work, 'base')], DOCKER_BUDGET);
    // The image's context: what deploy/Dockerfile copies, runtime deps only.
    const context = join(work, 'context');
    await mkdir(context);
    for (const entry of ['package.json', 'dist', 'probes', 'schema', ...runtimePackages()]) {
      await cp(join(ROOT, entry), join(context, entry), { recursive: true, filter: (src) => !src.startsWith(join(ROOT, 'dist/eval')) });
    }
    await execa(
      'docker',
      [
        'build',
        '-q',
        '--label',
        LABEL,
        '--build-arg',
        `BASE=${BASE_IMAGE}`,
        '-f',
        join(ROOT, 'deploy/Dockerfile'),
        '-t',
        AGENT_IMAGE,
        context,
      ],
      DOCKER_BUDGET,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The documented run (README), with a label so afterAll can find what is left. */
const agentRun = (...args: string[]) => [
  'run',
  '--rm',
  '--label',
  LABEL,
  '--pid',
  'host',
  '--uts',
  'host',
  '--net',
  'host',
  '-v',
  '/:/host:ro',
  '--tmpfs',
  '/host/tmp',
  ...args,
];

describe.skipIf(!docker)('the agent image (deploy/Dockerfile) capturing this host', () => {
  beforeAll(async () => {
    expect(existsSync(BIN), 'dist/bin.js: run `npm run build` first').toBe(true);
    await ensureTestImages();
    cleanups.push(async () => {
      const { stdout } = await execa('docker', ['ps', '-aq', '--filter', `label=${LABEL}`], { timeout: 30_000 });
      if (stdout.trim()) await execa('docker', ['rm', '-f', ...stdout.trim().split('\n')], { timeout: 60_000 });
      await execa('docker', ['rmi', '-f', AGENT_IMAGE, BASE_IMAGE], { timeout: 60_000, reject: false });
    });
    await buildAgentImage();
  }, 600_000);

  it('equals a direct capture made at the same time, except the documented facts', async () => {
    // The agent's environment (its image's), so the direct capture can have the same:
    // env, locale and the toolchains found on PATH follow the environment, not the host.
    const { stdout: envText } = await execa('docker', [...agentRun('--entrypoint', '/usr/bin/env', AGENT_IMAGE)], { timeout: 60_000 });
    const env = Object.fromEntries(
      envText
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env['PATH']).toBeTruthy();
    const [agent, direct] = await Promise.all([
      execa('docker', agentRun(AGENT_IMAGE, 'capture', '--root', '/host', '-o', '-'), { timeout: 120_000 }),
      // At /, as the chrooted probes are: the working directory's free disk is one more key.
      execa(process.execPath, [BIN, 'capture', '-o', '-'], { env, extendEnv: false, cwd: '/', timeout: 120_000 }),
    ]);
    const a = JSON.parse(direct.stdout) as Fingerprint;
    const b = JSON.parse(agent.stdout) as Fingerprint;
    expect(b.hostname).toBe(a.hostname);
    // Every facet captured alike: a facet missing on one side would hide its keys.
    const statuses = (f: Fingerprint) => Object.fromEntries(Object.entries(f.scopes['host']!.probes).map(([k, r]) => [k, r?.status]));
    expect(statuses(b)).toEqual(statuses(a));
    expect(Object.values(statuses(b)).filter((s) => s !== 'ok')).toEqual([]);
    // The host's mounts (its init's), not the container's /host, /etc/hosts, ...
    expect(Object.keys(b.scopes['host']!.facets.resources?.['filesystems'] as object).some((m) => m.startsWith('/host'))).toBe(false);

    const documented = documentedDifferences();
    const differences = compareFingerprints({ a: { file: 'direct', fingerprint: a }, b: { file: 'agent', fingerprint: b } }).differences;
    const keys = differences.filter((d) => !d.detail?.volatile).map((d) => `${d.facet}.${d.key}`);
    expect(keys.filter((key) => !documented.includes(key))).toEqual([]);
    // The ones no agent can avoid: its own capabilities and the scratch tmpfs at ROOT/tmp.
    const all = differences.map((d) => `${d.facet}.${d.key}`);
    expect(all).toEqual(expect.arrayContaining(['security.cap_eff', 'resources.disk_free:/tmp']));
  }, 300_000);

  it('without --pid host: one line saying to run in the host PID namespace, exit 2', async () => {
    const run = agentRun(AGENT_IMAGE, 'capture', '--root', '/host', '-o', '-').filter(
      (arg, i, all) => arg !== '--pid' && all[i - 1] !== '--pid',
    );
    const result = await execa('docker', run, { reject: false, timeout: 120_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(
      /^envdiff: \/host\/proc is another PID namespace's \/proc: run the container in the host's \(docker run --pid host/,
    );
  }, 180_000);

  it('--image from the agent: the container is made by the host engine, through ROOT’s socket', async () => {
    const args = agentRun(AGENT_IMAGE, 'capture', '--root', '/host', '--no-host', '--image', DEBIAN, '--only', 'os', '-o', '-');
    const fingerprint = JSON.parse((await execa('docker', args, { timeout: 120_000 })).stdout) as Fingerprint;
    expect(Object.keys(fingerprint.scopes)).toEqual([`image:${DEBIAN}`]);
    expect(fingerprint.scopes[`image:${DEBIAN}`]!.facets.os?.['id']).toBe('debian');
  }, 180_000);

  it('without the tmpfs at /host/tmp: one line saying to mount it, exit 2', async () => {
    const run = agentRun(AGENT_IMAGE, 'capture', '--root', '/host', '-o', '-').filter(
      (arg, i, all) => arg !== '--tmpfs' && all[i - 1] !== '--tmpfs',
    );
    const result = await execa('docker', run, { reject: false, timeout: 120_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^envdiff: cannot make the probes' temp dir in \/host\/tmp \(EROFS\); mount a writable tmpfs there/,
    );
  }, 180_000);

  afterAll(async () => {
    // No container of ours left behind (--rm; the images go in the file's afterAll).
    const { stdout } = await execa('docker', ['ps', '-aq', '--filter', `label=${LABEL}`], { timeout: 30_000 });
    expect(stdout.trim()).toBe('');
  });
});
