/** `envdiff capture` command behaviours: output file rules, flags, config file (built CLI). */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFingerprint, readFingerprint } from '../../src/fingerprint/io.js';
import { alive, BIN, eventually, readPids, run } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh working directory per test. */
function workdir(name: string): string {
  const d = join(dir, name);
  mkdirSync(d);
  return d;
}

const VALID_FACETS =
  'os, kernel, sysctl, libc, binfmt, mirrors, network, mounts, packages, libraries, toolchains, cpu, resources, time, locale, security, docker, images, env, custom';

describe('envdiff capture: output', () => {
  it('writes <hostname>.envdiff.json in the cwd by default', async () => {
    const cwd = workdir('default-name');
    const r = await run(['capture', '--only', 'os,kernel'], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(cwd)).toEqual([`${hostname()}.envdiff.json`]);
    const fp = await readFingerprint(join(cwd, `${hostname()}.envdiff.json`));
    expect(Object.keys(fp.scopes.host!.facets).sort()).toEqual(['kernel', 'os']);
    expect(r.stderr).toMatch(new RegExp(`-> ${hostname()}\\.envdiff\\.json\\n$`));
  });

  it('never overwrites an existing file without --force, and does with it', async () => {
    const cwd = workdir('no-clobber');
    writeFileSync(join(cwd, 'x.json'), 'precious\n');
    const refused = await run(['capture', '--only', 'os', '-o', 'x.json'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `envdiff: ${join(cwd, 'x.json')} already exists; use --force to overwrite it or -o to choose another name\n`,
    );
    expect(readFileSync(join(cwd, 'x.json'), 'utf8')).toBe('precious\n');
    expect(readdirSync(cwd)).toEqual(['x.json']);
    const forced = await run(['capture', '--only', 'os', '-o', 'x.json', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect((await readFingerprint(join(cwd, 'x.json'))).scopes.host!.facets.os).toBeDefined();
    expect(readdirSync(cwd)).toEqual(['x.json']);
  });

  it('-o - writes the fingerprint to stdout and nothing on stderr', async () => {
    const cwd = workdir('stdout');
    const r = await run(['capture', '--only', 'kernel', '-o', '-'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(parseFingerprint(r.stdout, 'stdout').scopes.host!.facets.kernel!['release']).toBe(
      execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim(),
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('an unwritable directory is one line and exit 2, before capturing anything', async () => {
    // Read-only even for root: a read-only tmpfs in a private mount namespace.
    const ro = workdir('ro');
    const r = await run(
      ['-m', 'sh', '-c', `mount -t tmpfs -o ro none ${ro} && exec "$@"`, 'sh', process.execPath, BIN, 'capture', '-o', join(ro, 'x.json')],
      {
        command: ['unshare'],
      },
    );
    expect(r.stderr).toBe(`envdiff: cannot write ${join(ro, 'x.json')}: read-only file system\n`);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(5_000);
  });

  it('a missing directory is one line and exit 2', async () => {
    const r = await run(['capture', '--only', 'os', '-o', join(dir, 'nope', 'x.json')]);
    expect(r.stderr).toBe(`envdiff: cannot write ${join(dir, 'nope', 'x.json')}: no such file or directory\n`);
    expect(r.code).toBe(2);
  });
});

describe('envdiff capture: flags', () => {
  it.each([
    [['--only', 'kernal'], `envdiff: unknown facet "kernal" in --only; valid facets: ${VALID_FACETS}\n`],
    [['--skip', 'os,pkgs'], `envdiff: unknown facet "pkgs" in --skip; valid facets: ${VALID_FACETS}\n`],
    [
      ['--only', 'os', '--probe', 'x=echo 1'],
      'envdiff: --probe was given but the custom facet is not selected; add custom to --only or drop it from --skip\n',
    ],
    [
      ['--timeout', '0'],
      /^envdiff: option '--timeout <ms>' argument '0' is invalid\. 0 is out of range: a probe budget is between 100 ms and 60 minutes \(see envdiff --help\)\n$/,
    ],
  ])('%j: one line, exit 2', async (args, message) => {
    const cwd = workdir(`bad-${args.join('_').replace(/[^a-z0-9]/gi, '')}`);
    const r = await run(['capture', ...args], { cwd });
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('runs custom probes: NAME=CMD and a bare command named by its own text', async () => {
    const cwd = workdir('custom');
    const r = await run(['capture', '--only', 'custom', '-o', '-', '--probe', 'greeting=echo "  hello  "', '--probe', 'echo $((40 + 2))'], {
      cwd,
    });
    expect(r.code).toBe(0);
    const fp = parseFingerprint(r.stdout, 'stdout');
    expect(fp.scopes.host!.facets.custom).toEqual({ greeting: 'hello', 'echo $((40 + 2))': '42' });
    expect(fp.scopes.host!.probes.custom).toMatchObject({ status: 'ok', source: 'exec' });
  });
});

describe('envdiff capture --config', () => {
  it('takes custom probes, timeout and facet selection from the file; flags win', async () => {
    const cwd = workdir('config');
    writeFileSync(
      join(cwd, 'envdiff.json'),
      JSON.stringify({ probes: { release: 'uname -r', slow: 'echo started; sleep 20' }, timeout: 1000, only: ['kernel', 'custom'] }),
    );
    const r = await run(['capture', '--config', 'envdiff.json', '-o', 'x.json'], { cwd });
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(8_000);
    const host = (await readFingerprint(join(cwd, 'x.json'))).scopes.host!;
    expect(Object.keys(host.facets).sort()).toEqual(['custom', 'kernel']);
    expect(host.facets.custom).toEqual({ release: host.facets.kernel!['release'], slow: 'started' });
    expect(host.probes.custom).toMatchObject({ status: 'timeout', reason: 'slow: no result within its 1000 ms budget; cut' });
    expect(r.stderr).toMatch(/\(1 facet ok; timeout: custom \(slow: no result within its 1000 ms budget\)\) in /);

    const flagsWin = await run(['capture', '--config', 'envdiff.json', '--only', 'os', '-o', '-'], { cwd });
    expect(Object.keys(parseFingerprint(flagsWin.stdout, 'stdout').scopes.host!.facets)).toEqual(['os']);
  });

  it('accepts a list of commands, each named by its own text', async () => {
    const cwd = workdir('config-list');
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ probes: ['echo one'], only: ['custom'] }));
    const r = await run(['capture', '--config', 'c.json', '-o', '-'], { cwd });
    expect(parseFingerprint(r.stdout, 'stdout').scopes.host!.facets.custom).toEqual({ 'echo one': 'one' });
  });

  it.each([
    ['[]', 'expected a JSON object with probes, timeout, only, skip, ignore'],
    ['{"probe": {}}', 'unknown key "probe"; expected probes, timeout, only, skip, ignore'],
    ['{"probes": {"x": 3}}', 'probe "x" must be a non-empty sh command string'],
    ['{"probes": "ls"}', '"probes" must be an object {"name": "command"} or a list of commands'],
    ['{"timeout": "5s"}', '"timeout" must be a positive whole number of milliseconds'],
    ['{"only": "os"}', '"only" must be a list of facet names'],
    ['{"only": ["os",', 'is not valid JSON'],
  ])('%s is one clear line, exit 2', async (content, message) => {
    const cwd = workdir(`badconfig-${Buffer.from(content).toString('hex').slice(0, 24)}`);
    writeFileSync(join(cwd, 'c.json'), content);
    const r = await run(['capture', '--config', 'c.json'], { cwd });
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('envdiff: config c.json');
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(2);
    expect(existsSync(join(cwd, `${hostname()}.envdiff.json`))).toBe(false);
  });

  it('an unknown facet in the config file names the file', async () => {
    const cwd = workdir('config-bad-facet');
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ skip: ['pkgs'] }));
    const r = await run(['capture', '--config', 'c.json'], { cwd });
    expect(r.stderr).toBe(`envdiff: unknown facet "pkgs" in "skip" of config c.json; valid facets: ${VALID_FACETS}\n`);
    expect(r.code).toBe(2);
  });

  it('a missing config file is one line, exit 2', async () => {
    const r = await run(['capture', '--config', join(dir, 'absent.json')]);
    expect(r.stderr).toBe(`envdiff: cannot read config ${join(dir, 'absent.json')}: no such file or directory\n`);
    expect(r.code).toBe(2);
  });
});

describe('envdiff capture: interrupted', () => {
  it('SIGINT during a capture leaves no probe running', async () => {
    const cwd = workdir('sigint');
    const pidFile = join(cwd, 'probe.pid');
    // A duration of this run's own: the check below looks at every process on the machine, and another
    // `sleep 300` (someone else's) is not this probe's.
    const seconds = 3000 + (process.pid % 5000);
    const child = spawn(
      process.execPath,
      [BIN, 'capture', '--only', 'custom', '-o', 'x.json', '--probe', `hang=echo $$ > ${pidFile}; sleep ${seconds}`],
      {
        cwd,
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    try {
      expect(await eventually(() => readPids(pidFile).length === 1, 15_000)).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe('SIGINT');
      const [probe] = readPids(pidFile);
      expect(await eventually(() => !alive(probe!))).toBe(true);
      expect(execFileSync('sh', ['-c', `ps -eo args | grep -c "[s]leep ${seconds}" || true`], { encoding: 'utf8' }).trim()).toBe('0');
      expect(readdirSync(cwd)).toEqual(['probe.pid']);
    } finally {
      child.kill('SIGKILL');
      for (const pid of readPids(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});

describe('envdiff capture --image', () => {
  const tag = `envdiff-test/capture-cli:${process.pid}`;
  const engine = (() => {
    try {
      execFileSync('docker', ['version'], { stdio: 'ignore', timeout: 10_000 });
      return true;
    } catch {
      return false;
    }
  })();
  // Without an engine: skipped locally, a failure on CI.
  const withEngine = engine || process.env['CI'] === 'true' ? it : it.skip;

  withEngine('adds an image scope next to the host, or alone with --no-host', async () => {
    // A busybox rootfs imported locally (no registry here).
    const rootfs = workdir('rootfs');
    mkdirSync(join(rootfs, 'bin'));
    execFileSync('cp', ['/bin/busybox', join(rootfs, 'bin', 'busybox')]);
    for (const applet of [
      'sh',
      'cat',
      'uname',
      'sleep',
      'mktemp',
      'rm',
      'mkdir',
      'awk',
      'kill',
      'ls',
      'readlink',
      'id',
      'sed',
      'grep',
      'env',
      'printf',
    ]) {
      execFileSync('ln', ['-s', 'busybox', join(rootfs, 'bin', applet)]);
    }
    mkdirSync(join(rootfs, 'tmp'));
    execFileSync('sh', ['-c', `tar -C ${rootfs} -c . | docker import - ${tag}`], { timeout: 60_000 });
    try {
      const both = await run(['capture', '--only', 'kernel,images', '--image', tag, '-o', '-'], { timeoutMs: 120_000 });
      expect(both.code).toBe(0);
      const fp = parseFingerprint(both.stdout, 'stdout');
      expect(Object.keys(fp.scopes)).toEqual(['host', `image:${tag}`]);
      // Containers share the host's kernel.
      expect(fp.scopes[`image:${tag}`]!.facets.kernel!['release']).toBe(fp.scopes.host!.facets.kernel!['release']);
      expect(fp.scopes[`image:${tag}`]!.facets.images).toHaveProperty([tag]);

      const alone = await run(['capture', '--no-host', '--only', 'kernel', '--image', tag, '-o', '-'], { timeoutMs: 120_000 });
      expect(Object.keys(parseFingerprint(alone.stdout, 'stdout').scopes)).toEqual([`image:${tag}`]);
    } finally {
      execFileSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
    }
  });

  it('--no-host without --image or --container is one line, exit 2', async () => {
    const r = await run(['capture', '--no-host']);
    expect(r.stderr).toBe('envdiff: --no-host needs at least one --image or --container to fingerprint\n');
    expect(r.code).toBe(2);
  });

  withEngine('a missing image is one line, exit 2, and no file', async () => {
    const cwd = workdir('missing-image');
    const r = await run(['capture', '--image', 'envdiff-test/no-such-image:nope', '-o', 'x.json'], { cwd, timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^envdiff: .*envdiff-test\/no-such-image:nope/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
