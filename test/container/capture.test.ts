/**
 * Container capture against the real Docker engine and the locally built test
 * images (scripts/ci/build-test-images.sh). Every test ends with no container
 * carrying envdiff's label, whatever happened (afterEach). One file, run serially,
 * so that check never sees another test's container.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { execa } from 'execa';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureContainerScope, CONTAINER_PID_LABEL, type ContainerCaptureOptions } from '../../src/capture/container.js';
import { Engine, connectEngine } from '../../src/capture/engine.js';
import { CaptureError } from '../../src/errors.js';
import type { FacetId } from '../../src/fingerprint/types.js';
import { BUSYBOX, DEBIAN, engineOrSkip, ensureTestImages, envdiffContainers, ROOT, SHELLLESS } from './engine.js';

const docker = await engineOrSkip();

function options(facets: FacetId[], extra: Partial<ContainerCaptureOptions> = {}): ContainerCaptureOptions {
  return { pull: false, timeoutMs: 10_000, selection: { facets: new Set(facets), custom: {} }, ...extra };
}

/** dpkg-query -W run by the docker CLI in a fresh container: name[:arch] -> version. */
async function dpkgQuery(image: string): Promise<Map<string, string>> {
  const { stdout } = await execa('docker', ['run', '--rm', image, 'dpkg-query', '-W', '-f', '${Package}\\t${Version}\\n']);
  return new Map(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string]),
  );
}

/** Package facet keys are `name` or `name:arch`: compare by name. */
function byName(facet: Record<string, unknown>): Map<string, string> {
  return new Map(Object.entries(facet).map(([key, value]) => [key.replace(/:[a-z0-9-]+$/, ''), (value as { version: string }).version]));
}

describe.skipIf(!docker)('container capture with the real engine', () => {
  const engine = docker!;

  beforeAll(async () => {
    await ensureTestImages();
  }, 900_000);

  /** Child processes of the test (signal tests): their containers are checked too. */
  const children: number[] = [];

  afterEach(async () => {
    expect(await envdiffContainers([process.pid, ...children.splice(0)])).toEqual([]);
  });

  it('--image of the Debian image: packages equal to dpkg-query -W in the image, os from os-release, one exec', async () => {
    const [{ name, scope }, expected] = await Promise.all([
      captureContainerScope(engine, { kind: 'image', ref: DEBIAN }, options(['packages', 'os', 'images', 'kernel'])),
      dpkgQuery(DEBIAN),
    ]);
    expect(name).toBe(`image:${DEBIAN}`);
    expect(scope.kind).toBe('image');
    expect(scope.ref).toBe(DEBIAN);
    const packages = byName(scope.facets.packages ?? {});
    expect(packages.size).toBe(expected.size);
    expect(packages).toEqual(expected);
    expect(Object.values(scope.facets.packages ?? {}).every((p) => (p as { manager: string }).manager === 'dpkg')).toBe(true);
    expect(scope.facets.os?.['id']).toBe('debian');
    expect(scope.facets.os?.['version_id']).toBe('12');
    expect(scope.probes.packages).toMatchObject({ status: 'ok', source: 'exec' });
    // The kernel inside is the host's: same release as uname -r here.
    const { stdout: release } = await execa('uname', ['-r']);
    expect(scope.facets.kernel?.['release']).toBe(release.trim());
  });

  it('--image gives the images facet from image inspect', async () => {
    const { scope } = await captureContainerScope(engine, { kind: 'image', ref: DEBIAN }, options(['images']));
    const inspect = await engine.call('inspect', { deadlineMs: 5_000, maxBytes: 1 << 20 }, (d) => d.getImage(DEBIAN).inspect());
    expect(scope.facets.images?.[DEBIAN]).toMatchObject({
      id: inspect.Id,
      architecture: inspect.Architecture,
      os: 'linux',
      created: inspect.Created,
      layers: inspect.RootFS.Layers?.length ?? 0,
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      user: '',
      workdir: '',
    });
    expect(scope.probes.images).toMatchObject({ status: 'ok', source: 'api' });
  });

  it('secrets in the image config env are redacted in the images facet', async () => {
    const ref = `envdiff-test/secret-env:${process.pid}`;
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    await execa('docker', ['build', '-q', '-t', ref, '-'], {
      input: `FROM ${BUSYBOX}\nENV GITHUB_TOKEN=${token} MIRROR=https://bob:hunter2@mirror.example/debian LANG=C.UTF-8\n`,
    });
    try {
      const { scope } = await captureContainerScope(engine, { kind: 'image', ref }, options(['images']));
      const env = (scope.facets.images?.[ref] as unknown as { env: string[] } | undefined)?.env ?? [];
      expect(JSON.stringify(env)).not.toContain(token);
      expect(JSON.stringify(env)).not.toContain('hunter2');
      expect(env).toContain('LANG=C.UTF-8');
      expect(env.find((e) => e.startsWith('GITHUB_TOKEN='))).toMatch(/^GITHUB_TOKEN=redacted:sha256:[0-9a-f]{12}$/);
    } finally {
      await execa('docker', ['rmi', '-f', ref]);
    }
  });

  it('the busybox image: busybox facts through its ash, libc and os as busybox has them', async () => {
    const { scope } = await captureContainerScope(
      engine,
      { kind: 'image', ref: BUSYBOX },
      options([], {
        selection: {
          facets: new Set(['os', 'libc', 'packages', 'security', 'kernel', 'env', 'toolchains', 'custom']),
          custom: { busybox: 'busybox | head -n 1' },
        },
      }),
    );
    const { stdout: banner } = await execa('busybox');
    expect(String(scope.facets.custom?.['busybox'])).toBe(banner.split('\n')[0]);
    expect(scope.facets.toolchains?.['busybox']).toBe(/BusyBox v(\d+\.\d+\.\d+)/.exec(banner)![1]);
    expect(scope.probes.kernel?.status).toBe('ok');
    expect(scope.facets.security?.['uid']).toBe(0);
    // busybox-static carries its libc inside: no shared C library on the filesystem.
    expect(scope.probes.libc?.status).toBe('ok');
    expect(scope.facets.libc).toEqual({ family: 'none' });
    // No os-release, no package database: captured as absent with reasons, not errors.
    for (const facet of ['os', 'packages'] as const) {
      expect(scope.probes[facet]?.status, `${facet}: ${scope.probes[facet]?.reason}`).toBe('unavailable');
    }
    // The container's hostname is fixed, so two captures of one image do not differ by it.
    expect(scope.facets.env?.['HOSTNAME']).toBe('envdiff-capture');
  });

  it('the shell-less image: packages and os from files read through the archive API (source files), never started', async () => {
    const events: string[] = [];
    const since = (Date.now() / 1000).toFixed(3);
    const { scope } = await captureContainerScope(
      engine,
      { kind: 'image', ref: SHELLLESS },
      options(['os', 'packages', 'kernel', 'libraries', 'images']),
    );
    // What the image holds, listed by the docker CLI from an export of the image's filesystem.
    const { stdout: id } = await execa('docker', ['create', '--label', 'envdiff-test=1', SHELLLESS]);
    try {
      const tar = await execa('sh', ['-c', `docker export ${id.trim()} | tar -xOf - var/lib/dpkg/status.d/`]);
      const expected = new Map<string, string>();
      // status.d files are concatenated by tar -O without blank lines between them.
      for (const stanza of tar.stdout.split(/^(?=Package: )/m)) {
        const pkg = /^Package: (.+)$/m.exec(stanza)?.[1];
        const version = /^Version: (.+)$/m.exec(stanza)?.[1];
        if (pkg && version) expected.set(pkg, version);
      }
      expect(expected.size).toBeGreaterThanOrEqual(2);
      expect(byName(scope.facets.packages ?? {})).toEqual(expected);
    } finally {
      await execa('docker', ['rm', '-f', id.trim()]);
    }
    expect(scope.facets.os).toMatchObject({ id: 'debian', version_id: '12' });
    expect(scope.probes.packages).toMatchObject({ status: 'ok', source: 'files' });
    expect(scope.probes.os).toMatchObject({ status: 'ok', source: 'files' });
    expect(scope.probes.os?.reason).toMatch(/files only.*\bos\b/);
    expect(scope.probes.kernel).toMatchObject({ status: 'unavailable', source: 'files' });
    // The shell-less container was never started: no start event for an envdiff container.
    const log = await execa('docker', [
      'events',
      '--since',
      since,
      '--until',
      (Date.now() / 1000 + 1).toFixed(3),
      '--filter',
      `label=${CONTAINER_PID_LABEL}=${process.pid}`,
      '--format',
      '{{.Action}}',
    ]);
    events.push(...log.stdout.split('\n').filter(Boolean));
    expect(events).toContain('create');
    expect(events).not.toContain('start');
  });

  const brokenShells = [
    // Not an executable format the kernel knows: the shell dies at start, as a foreign-arch image without qemu does.
    {
      why: 'exec format error',
      error: /exec format error/,
      make: (sh: string) => writeFile(sh, Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 2, 3, 4]), { mode: 0o755 }),
    },
    // A dangling /bin/sh link: the runtime refuses to start it.
    { why: 'a dangling /bin/sh link', error: /no such file/, make: (sh: string) => symlink('/nowhere/sh', sh) },
  ];
  for (const broken of brokenShells) {
    it(`an image whose shell cannot start (${broken.why}) falls back to its files`, async () => {
      const ref = `envdiff-test/broken-shell:${process.pid}`;
      const dir = await mkdtemp(join(tmpdir(), 'envdiff-broken-'));
      try {
        await mkdir(join(dir, 'bin'));
        await mkdir(join(dir, 'etc'));
        await broken.make(join(dir, 'bin', 'sh'));
        await writeFile(join(dir, 'etc', 'os-release'), 'ID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n');
        await execa('sh', ['-c', `tar -C ${dir} -cf - . | docker import - ${ref}`]);
        const { scope } = await captureContainerScope(engine, { kind: 'image', ref }, options(['os', 'kernel']));
        expect(scope.facets.os).toMatchObject({ id: 'alpine', version_id: '3.20.3' });
        expect(scope.probes.os).toMatchObject({ status: 'ok', source: 'files' });
        expect(scope.probes.os?.reason).toMatch(/^\/bin\/sh could not start \(/);
        expect(scope.probes.os?.reason).toMatch(broken.error);
        expect(scope.probes.kernel).toMatchObject({ status: 'unavailable', source: 'files' });
      } finally {
        await rm(dir, { recursive: true, force: true });
        await execa('docker', ['rmi', '-f', ref], { reject: false });
      }
    });
  }

  it('a missing image is a CaptureError without --pull, and a failed --pull says why', async () => {
    await expect(captureContainerScope(engine, { kind: 'image', ref: 'envdiff-test/absent:nope' }, options(['os']))).rejects.toThrow(
      new CaptureError('image envdiff-test/absent:nope is not present locally; pull it or pass --pull'),
    );
    // A registry on a closed loopback port: the engine's own error, on one line.
    const pulled = captureContainerScope(
      engine,
      { kind: 'image', ref: '127.0.0.1:9/envdiff/absent:nope' },
      options(['os'], { pull: true }),
    );
    await expect(pulled).rejects.toBeInstanceOf(CaptureError);
    await expect(pulled).rejects.toThrow(/^cannot pull image 127\.0\.0\.1:9\/envdiff\/absent:nope: .*connection refused/);
  });

  it('a probe that hangs is cut at its budget; the container is removed', async () => {
    const started = Date.now();
    const { scope } = await captureContainerScope(
      engine,
      { kind: 'image', ref: BUSYBOX },
      options(['custom', 'os'], { timeoutMs: 2_000, selection: { facets: new Set(['custom', 'os']), custom: { hang: 'sleep 600' } } }),
    );
    expect(scope.probes.custom?.status).toBe('timeout');
    expect(scope.probes.os?.status).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an abort mid-capture rejects with a CaptureError and removes the container', async () => {
    const controller = new AbortController();
    const capture = captureContainerScope(
      engine,
      { kind: 'image', ref: BUSYBOX },
      options(['custom'], { signal: controller.signal, selection: { facets: new Set(['custom']), custom: { wait: 'sleep 30' } } }),
    );
    await waitFor(async () => (await envdiffContainers()).length === 1);
    controller.abort();
    await expect(capture).rejects.toThrow(/interrupted/);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-capture: the process dies of the signal and its container is gone`, async () => {
      const child = execa('node', ['--import', 'tsx', `${ROOT}test/container/fixtures/capture-until-signal.ts`, BUSYBOX], {
        cwd: ROOT,
        reject: false,
      });
      children.push(child.pid!);
      await waitFor(async () => (await envdiffContainers([child.pid!])).some((line) => / Up /.test(line)), 20_000);
      child.kill(signal);
      const result = await child;
      expect(result.stdout).not.toContain('captured');
      expect(result.signal).toBe(signal);
    }, 60_000);
  }

  it('SIGINT to the built CLI mid-capture (envdiff capture --image): exit 130 by the signal, no container left', async () => {
    const bin = `${ROOT}dist/bin.js`;
    expect(existsSync(bin), 'dist/bin.js: run npm run build first (npm test does)').toBe(true);
    const child = execa('node', [bin, 'capture', '--image', BUSYBOX, '--no-host', '--probe', 'wait=sleep 50', '-o', '-'], {
      cwd: ROOT,
      reject: false,
    });
    children.push(child.pid!);
    await waitFor(async () => (await envdiffContainers([child.pid!])).some((line) => / Up /.test(line)), 20_000);
    child.kill('SIGINT');
    const result = await child;
    expect(result.signal ?? result.exitCode).toMatch(/^(SIGINT|130)$/);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('a shell-less capture whose files cannot be read in time records timeouts, not a failed capture', async () => {
    const { scope } = await captureContainerScope(
      engine,
      { kind: 'image', ref: SHELLLESS },
      options(['os', 'packages', 'images'], { timeoutMs: 1 }),
    );
    expect(scope.probes.os).toMatchObject({ status: 'timeout', source: 'files' });
    expect(scope.probes.packages).toMatchObject({ status: 'timeout', source: 'files' });
    expect(scope.facets.images?.[SHELLLESS]).toBeDefined();
  });

  it('--container of a running container: scope container:NAME, probes by exec, the container left running', async () => {
    const name = `envdiff-test-running-${process.pid}`;
    await execa('docker', ['run', '-d', '--name', name, '--label', 'envdiff-test=1', BUSYBOX, 'sleep', '120']);
    try {
      const result = await captureContainerScope(engine, { kind: 'container', ref: name }, options(['os', 'security', 'images']));
      expect(result.name).toBe(`container:${name}`);
      expect(result.scope.kind).toBe('container');
      expect(result.scope.probes.security).toMatchObject({ status: 'ok', source: 'exec' });
      expect(Object.keys(result.scope.facets.images ?? {})).toEqual([BUSYBOX]);
      const { stdout } = await execa('docker', ['inspect', '-f', '{{.State.Running}}', name]);
      expect(stdout.trim()).toBe('true');
    } finally {
      await execa('docker', ['rm', '-f', name]);
    }
    await expect(captureContainerScope(engine, { kind: 'container', ref: 'envdiff-no-such-container' }, options(['os']))).rejects.toThrow(
      /^no container envdiff-no-such-container/,
    );
  });

  describe('engine addresses', () => {
    let proxy: Server | undefined;
    afterAll(() => proxy?.close());

    it('DOCKER_HOST=tcp://127.0.0.1:PORT (a loopback TCP -> unix socket proxy) captures like the socket', async () => {
      // Half-open both ways: the bundle's stdin ends with a half-close (like socat does).
      proxy = createServer({ allowHalfOpen: true }, (client) => {
        const upstream = createConnection({ path: '/var/run/docker.sock', allowHalfOpen: true });
        client.pipe(upstream).pipe(client);
        const close = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', close);
        upstream.on('error', close);
      });
      proxy.listen(0, '127.0.0.1');
      await once(proxy, 'listening');
      const port = (proxy.address() as { port: number }).port;
      const tcp = await connectEngine({ DOCKER_HOST: `tcp://127.0.0.1:${port}` });
      const { scope } = await captureContainerScope(tcp, { kind: 'image', ref: BUSYBOX }, options(['security', 'images']));
      expect(scope.probes.security).toMatchObject({ status: 'ok', source: 'exec' });
      expect(scope.facets.images?.[BUSYBOX]).toBeDefined();
    });

    it('DOCKER_HOST at a dead unix socket: one clear CaptureError', async () => {
      const dead = `unix:///tmp/envdiff-dead-${process.pid}.sock`;
      await expect(connectEngine({ DOCKER_HOST: dead })).rejects.toThrow(CaptureError);
      await expect(connectEngine({ DOCKER_HOST: dead })).rejects.toThrow(
        /no Docker engine answered at unix:\/\/\/tmp\/envdiff-dead-\d+\.sock \(no such socket\)/,
      );
      // A client made without the ping still fails with one line naming the engine.
      const client = new Engine({
        label: `unix:///tmp/envdiff-dead-${process.pid}.sock`,
        socketPath: `/tmp/envdiff-dead-${process.pid}.sock`,
      });
      await expect(captureContainerScope(client, { kind: 'image', ref: BUSYBOX }, options(['os']))).rejects.toThrow(
        /^cannot inspect image envdiff-test\/busybox:latest: no Docker engine answers at unix:\/\/\/tmp\/envdiff-dead-\d+\.sock \(ENOENT\)/,
      );
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
