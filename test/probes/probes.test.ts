/**
 * Every probe run for real through buildBundle under dash and busybox sh: on this
 * host (in a mount namespace whose resolver is 127.0.0.1, so no lookup leaves the
 * machine), in a busybox-only rootfs (busybox applets only; sources missing ->
 * exit 69 with a reason) and in the debootstrap'd Debian rootfs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawSection } from '../../src/capture/bundle.js';
import { SKEW_UNAVAILABLE } from '../../src/parse/clock.js';
import { PARSERS, PROBE_FACETS } from '../../src/parse/index.js';
import { DEBIAN_ROOTFS, makeBusyboxRootfs, namespaceShell } from './capture-fixtures-lib.js';
import { startDateServer } from './date-server.js';
import { FIXTURE_ENV } from './fixture-env.js';
import { runProbes } from './run-probes.js';

/** A tool's version as it prints it (with the fixture PATH), or undefined when it is not installed. */
function versionOf(command: string, args: string[]): string | undefined {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', env: FIXTURE_ENV, stdio: ['ignore', 'pipe', 'ignore'] });
    return /(\d+(?:\.\d+)+)/.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

const parse = (facet: string, s: RawSection | undefined) => PARSERS[facet as keyof typeof PARSERS]!(s?.stdout ?? '', { scope: 'host' });

describe.each([
  ['dash', ['dash']],
  ['busybox sh', ['busybox', 'sh']],
])('host probes under %s', (_label, shell) => {
  let sections: Map<string, RawSection>;
  beforeAll(() => {
    // A value with a byte that is not UTF-8, set by a real shell (node env is UTF-8 only).
    const wrapped = ['sh', '-c', 'ODD=$(printf "a\\377b"); export ODD; exec "$@"', 'sh', ...shell];
    sections = runProbes(PROBE_FACETS, { shell: namespaceShell(undefined, wrapped), env: FIXTURE_ENV, vars: { ENVDIFF_CWD: '/tmp' } });
  });

  it('every probe exits 0 in time with parts only', () => {
    for (const facet of PROBE_FACETS) {
      const s = sections.get(facet);
      expect(s, facet).toBeDefined();
      expect({ facet, exit: s!.exitCode, timedOut: s!.timedOut, stderr: s!.stderr.trim() }).toEqual({
        facet,
        exit: 0,
        timedOut: false,
        stderr: '',
      });
      for (const line of s!.stdout.split('\n')) if (line !== '') expect(line, facet).toMatch(/^[ @]/);
    }
  });

  it('reports what the machine says', () => {
    expect(parse('os', sections.get('os')).id).toBe('debian');
    expect(parse('kernel', sections.get('kernel')).release).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    const dpkg = execFileSync('dpkg-query', ['-W', '-f=${Package}:${Architecture}\\t${Version}\\n'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const packages = parse('packages', sections.get('packages'));
    expect(Object.keys(packages)).toHaveLength(dpkg.length);
    const cache = execFileSync('ldconfig', ['-p'], { encoding: 'utf8' });
    const libcPath = /^\s+libc\.so\.6 \(.*\) => (.+)$/m.exec(cache)![1];
    expect(parse('libraries', sections.get('libraries'))['libc.so.6']).toContain(libcPath);
    const binfmt = parse('binfmt', sections.get('binfmt'));
    const entries = readdirSync('/proc/sys/fs/binfmt_misc').filter((n) => n !== 'register' && n !== 'status');
    expect(
      Object.keys(binfmt)
        .filter((k) => k !== 'status')
        .sort(),
    ).toEqual(entries.sort());
    expect(parse('security', sections.get('security')).umask).toBe(process.umask().toString(8).padStart(4, '0'));
    expect(parse('libc', sections.get('libc'))).toMatchObject({ family: 'glibc' });
    expect(parse('resources', sections.get('resources'))['disk_free:/tmp']).toBeGreaterThan(0);
    const sysctl = parse('sysctl', sections.get('sysctl'));
    expect(sysctl['vm.max_map_count']).toBe(Number(readFileSync('/proc/sys/vm/max_map_count', 'utf8')));
    expect(sysctl['fs.inotify.max_user_watches']).toBe(Number(readFileSync('/proc/sys/fs/inotify/max_user_watches', 'utf8')));
    const network = parse('network', sections.get('network'));
    for (const iface of readdirSync('/sys/class/net').filter((n) => !n.startsWith('veth'))) {
      expect(network[`mtu:${iface}`], iface).toBe(Number(readFileSync(`/sys/class/net/${iface}/mtu`, 'utf8')));
    }
    expect(network['mtu:lo']).toBe(65536);
    const route = /^(\S+)\t00000000\t/m.exec(readFileSync('/proc/net/route', 'utf8'));
    if (route) expect(network.default_iface).toBe(route[1]);
    const toolchains = parse('toolchains', sections.get('toolchains'));
    expect(toolchains.git).toMatch(/^\d+\.\d+/);
    expect(toolchains.git).toBe(versionOf('git', ['--version']));
    expect(toolchains.python3).toBe(versionOf('python3', ['--version']));
    expect(toolchains.pip).toBe(versionOf('python3', ['-m', 'pip', '--version']));
  });

  it('keeps env values byte-exact and unforgeable', () => {
    const env = parse('env', sections.get('env'));
    expect(env.FORGE).toBe(FIXTURE_ENV.FORGE);
    expect(env.BAR).toBeUndefined();
    expect(env.ODD).toBe('a\\xffb');
    expect(JSON.stringify(env)).not.toContain(FIXTURE_ENV.GITHUB_TOKEN);
  });

  it('resolves registry hosts through /etc/hosts and keeps apt sources', () => {
    const mirrors = parse('mirrors', sections.get('mirrors'));
    expect(mirrors['https://localhost/goproxy']).toEqual({ host: 'localhost', addresses: ['127.0.0.1'], source: 'env:GOPROXY' });
    // The machine's own apt sources, read at run time (no mirror host is written here).
    const aptHosts = aptSourceHosts('/');
    expect(aptHosts.length).toBeGreaterThan(0);
    for (const host of aptHosts) expect(Object.values(mirrors).some((m) => (m as { host?: string }).host === host)).toBe(true);
  });
});

describe('busybox-only rootfs (busybox applets, no distribution files)', () => {
  let root: string;
  let sections: Map<string, RawSection>;
  beforeAll(() => {
    root = makeBusyboxRootfs();
    sections = runProbes(PROBE_FACETS, {
      shell: namespaceShell(root, ['/bin/busybox', 'sh']),
      env: { PATH: '/bin:/sbin:/usr/bin:/usr/sbin', HOME: '/root' },
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['os', /os-release/],
    ['packages', /no package database/],
  ])('%s is unavailable (exit 69) with its reason', (facet, reason) => {
    const s = sections.get(facet)!;
    expect(s.exitCode).toBe(69);
    expect(s.stderr).toMatch(reason);
  });

  it('the other probes run on busybox applets alone', () => {
    for (const facet of PROBE_FACETS.filter((f) => !['os', 'packages'].includes(f))) {
      expect({ facet, exit: sections.get(facet)?.exitCode, stderr: sections.get(facet)?.stderr.trim() }).toEqual({
        facet,
        exit: 0,
        stderr: '',
      });
    }
    expect(parse('binfmt', sections.get('binfmt'))).toEqual({ status: 'absent' });
    // busybox-static: no shared C library on the filesystem, and busybox's own version.
    expect(parse('libc', sections.get('libc'))).toEqual({ family: 'none' });
    expect(parse('toolchains', sections.get('toolchains'))['busybox']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(parse('env', sections.get('env'))).toMatchObject({ HOME: '/root' });
    expect(parse('security', sections.get('security'))).toMatchObject({ uid: 0, gid: 0 });
    expect(parse('cpu', sections.get('cpu')).cores).toBeGreaterThan(0);
  });
});

describe.runIf(existsSync(DEBIAN_ROOTFS) || process.env.CI === 'true')('debootstrap Debian rootfs under dash', () => {
  it('reads the rootfs packages, sources and libc', () => {
    const sections = runProbes(PROBE_FACETS, {
      shell: namespaceShell(DEBIAN_ROOTFS, ['dash']),
      env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root' },
    });
    for (const facet of PROBE_FACETS) expect({ facet, exit: sections.get(facet)?.exitCode }).toEqual({ facet, exit: 0 });
    const dpkg = readFileSync(`${DEBIAN_ROOTFS}/var/lib/dpkg/status`, 'utf8').match(/^Package: /gm)!.length;
    expect(Object.keys(parse('packages', sections.get('packages')))).toHaveLength(dpkg);
    expect(parse('libc', sections.get('libc'))).toMatchObject({ family: 'glibc' });
    const [host] = aptSourceHosts(DEBIAN_ROOTFS);
    expect(host).toBeDefined();
    expect(parse('mirrors', sections.get('mirrors'))[`http://${host}/debian`]).toMatchObject({ host });
  });
});

describe.each([
  ['dash', undefined, ['dash'], 'curl'],
  ['busybox sh', 'busybox', ['/bin/busybox', 'sh'], 'busybox wget'],
])('time probe under %s against a loopback mirror', (_label, rootfs, shell, _client) => {
  let root: string | undefined;
  beforeAll(() => {
    if (rootfs) root = makeBusyboxRootfs();
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  const env = () => (root ? { PATH: '/bin:/sbin:/usr/bin:/usr/sbin', HOME: '/root' } : FIXTURE_ENV);

  it('measures the offset the mirror clock was given', async () => {
    const mirror = await startDateServer(-120);
    try {
      const s = runProbes(['time'], { shell: namespaceShell(root, shell, mirror.aptDir), env: env() }).get('time')!;
      expect({ exit: s.exitCode, stderr: s.stderr }).toEqual({ exit: 0, stderr: '' });
      const facet = parse('time', s);
      expect(facet.skew_s).toBeGreaterThanOrEqual(-121);
      expect(facet.skew_s).toBeLessThanOrEqual(-119);
      expect(facet.skew_ref).toBe(`http://127.0.0.1:${mirror.port}`);
    } finally {
      mirror.stop();
      rmSync(mirror.aptDir, { recursive: true, force: true });
    }
  });

  it('a mirror that never answers costs ENVDIFF_CLOCK_TIMEOUT + 1 s, and gives a reason, not a guess', async () => {
    const mirror = await startDateServer(0, 'hang');
    try {
      const started = Date.now();
      const s = runProbes(['time'], {
        shell: namespaceShell(root, shell, mirror.aptDir),
        env: env(),
        vars: { ENVDIFF_CLOCK_TIMEOUT: '1' },
      }).get('time')!;
      expect(Date.now() - started).toBeLessThan(4_000);
      expect({ exit: s.exitCode, timedOut: s.timedOut, stderr: s.stderr }).toEqual({ exit: 0, timedOut: false, stderr: '' });
      expect(parse('time', s)).toMatchObject({ skew_unavailable: SKEW_UNAVAILABLE.noAnswer, utc_offset: '+0000' });
      expect(parse('time', s).skew_s).toBeUndefined();
    } finally {
      mirror.stop();
      rmSync(mirror.aptDir, { recursive: true, force: true });
    }
  });
});

describe.runIf(existsSync(DEBIAN_ROOTFS) || process.env.CI === 'true')('time probe without an HTTP client (minbase rootfs)', () => {
  it('says so, and names the mirror it would have asked', async () => {
    const mirror = await startDateServer(0);
    try {
      const s = runProbes(['time'], {
        shell: namespaceShell(DEBIAN_ROOTFS, ['dash'], mirror.aptDir),
        env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root' },
      }).get('time')!;
      expect(s.exitCode).toBe(0);
      expect(parse('time', s)).toMatchObject({ skew_unavailable: SKEW_UNAVAILABLE.noClient, skew_ref: `http://127.0.0.1:${mirror.port}` });
    } finally {
      mirror.stop();
      rmSync(mirror.aptDir, { recursive: true, force: true });
    }
  });
});

describe('env keeps the CI variables; token-like ones redacted', () => {
  const CI_ENV: Record<string, string> = {
    PATH: '/usr/bin:/bin',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ImageOS: 'ubuntu22',
    ImageVersion: '20240422.1.0',
    GITLAB_CI: 'true',
    CI_RUNNER_VERSION: '16.11.0',
    CI_RUNNER_EXECUTABLE_ARCH: 'linux/amd64',
    CI_RUNNER_TAGS: '["docker", "linux"]',
    BUILDKITE: 'true',
    BUILDKITE_AGENT_META_DATA_QUEUE: 'default',
    JENKINS_URL: 'https://jenkins.example.net/',
    CIRCLECI: 'true',
    TF_BUILD: 'True',
    // Token-shaped CI variables: captured, never in clear.
    CI_JOB_TOKEN: 'glcbt-64_abcdefghijklmnopqrstuv',
    BUILDKITE_AGENT_ACCESS_TOKEN: 'bkua_0123456789abcdef0123456789abcdef01234567',
    ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJydW5uZXIifQ.c2lnbmF0dXJlLWV4YW1wbGU',
  };

  it.each([['dash'], ['busybox', 'sh']])('under %s', (...shell) => {
    const env = parse('env', runProbes(['env'], { shell, env: CI_ENV }).get('env'));
    for (const [name, value] of Object.entries(CI_ENV)) {
      if (/TOKEN/.test(name)) {
        expect(env[name], name).toMatch(/^redacted:sha256:[0-9a-f]{12}$/);
        expect(JSON.stringify(env)).not.toContain(value);
      } else {
        expect(env[name], name).toBe(value);
      }
    }
  });
});

describe('mirrors lookups are bounded and parallel', () => {
  it.each([['dash'], ['busybox', 'sh']])('a resolver that hangs costs one ENVDIFF_DNS_TIMEOUT, not one per host (%s)', async (...shell) => {
    const { mkdtempSync, mkdirSync, writeFileSync, chmodSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/envdiff-dns-`);
    try {
      // A getent that never answers, first on PATH (like a black-holed resolver).
      mkdirSync(`${dir}/bin`);
      writeFileSync(`${dir}/bin/getent`, '#!/bin/sh\nexec sleep 30\n');
      chmodSync(`${dir}/bin/getent`, 0o755);
      writeFileSync(`${dir}/.npmrc`, 'registry=https://a.example/\n@s1:registry=https://b.example/\n@s2:registry=https://c.example/\n');
      const started = Date.now();
      const sections = runProbes(['mirrors'], {
        shell,
        env: { PATH: `${dir}/bin:/usr/bin:/bin`, HOME: dir },
        vars: { ENVDIFF_DNS_TIMEOUT: '1' },
        budgetMs: 10_000,
      });
      const elapsed = Date.now() - started;
      const s = sections.get('mirrors')!;
      expect(s.exitCode).toBe(0);
      expect(elapsed).toBeLessThan(4000);
      for (const host of ['a.example', 'b.example', 'c.example']) expect(s.stdout).toContain(`@cmd getent ahosts ${host}\n @rc 137\n`);
      expect(parse('mirrors', s)['https://a.example/']).toEqual({ host: 'a.example', addresses: [], source: `${dir}/.npmrc` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Hosts named by the apt sources under `root` (one-line and deb822 formats). */
function aptSourceHosts(root: string): string[] {
  const files = [`${root}/etc/apt/sources.list`, ...listDir(`${root}/etc/apt/sources.list.d`)];
  const text = files.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : '')).join('\n');
  const hosts = [...text.matchAll(/^(?:deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?|URIs:\s*)(https?:\/\/[^\s/]+)/gm)].map(
    (m) => new URL(m[1]!).hostname,
  );
  return [...new Set(hosts)];
}

function listDir(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(list|sources)$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [];
}
