/**
 * Docker engine connection and the host's docker/images facets, against the real
 * engine. Without an engine these tests skip locally and FAIL on CI (CI=true).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureDockerFacet } from '../../src/capture/docker-facet.js';
import { connectEngine } from '../../src/capture/engine.js';
import { captureImagesFacet, imageEntryFromInspect, imageRefs } from '../../src/capture/images-facet.js';
import { CaptureError } from '../../src/errors.js';

const SOCKET = '/var/run/docker.sock';
const engineUp = await connectEngine({}).then(
  () => true,
  () => false,
);
const needsEngine = engineUp || process.env['CI'] === 'true' ? describe : describe.skip;

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 60_000 }).trim();
}

async function listen(server: Server, where: string | { port: number; host: string }): Promise<void> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    if (typeof where === 'string') server.listen(where, done);
    else server.listen(where.port, where.host, done);
  });
}

const CLIENTS = [['connectEngine', connectEngine]] as const;

describe.each(CLIENTS)('%s errors', (_name, connect) => {
  it('names a missing socket', async () => {
    const started = Date.now();
    await expect(connect({ DOCKER_HOST: 'unix:///nonexistent/docker.sock' })).rejects.toThrow(
      new CaptureError(
        'no Docker engine answered at unix:///nonexistent/docker.sock (no such socket); start the engine or set DOCKER_HOST',
      ),
    );
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('names a refused tcp port', async () => {
    const server = createServer();
    await listen(server, { port: 0, host: '127.0.0.1' });
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    await expect(connect({ DOCKER_HOST: `tcp://127.0.0.1:${port}` })).rejects.toThrow(`tcp://127.0.0.1:${port} (connection refused)`);
  });

  it('gives up on a socket that accepts but never answers, within its budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'envdiff-dock-'));
    const sockets: Array<import('node:net').Socket> = [];
    const server = createServer((s) => sockets.push(s));
    await listen(server, join(dir, 'mute.sock'));
    try {
      const started = Date.now();
      await expect(connect({ DOCKER_HOST: `unix://${join(dir, 'mute.sock')}` }, 300)).rejects.toThrow(/\(no answer within 300 ms\)/);
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['ssh://me@builder', /DOCKER_HOST=ssh:\/\/\.\.\. is not supported; use unix:\/\/\/path\/to\/docker\.sock or tcp:\/\/HOST:PORT/],
    ['unix://relative.sock', /expected unix:\/\/\/absolute\/path/],
  ])('rejects DOCKER_HOST=%s with a clear CaptureError', async (host, message) => {
    await expect(connect({ DOCKER_HOST: host })).rejects.toThrow(message);
  });
});

needsEngine('the real engine', () => {
  const tag = `envdiff-test/capture-images:${process.pid}`;
  let proxy: Server;
  let proxyPort = 0;
  let dir: string;

  beforeAll(async () => {
    // A loopback TCP endpoint in front of the engine's socket: DOCKER_HOST=tcp://.
    proxy = createServer((client) => {
      const upstream = connect(SOCKET);
      client.pipe(upstream).pipe(client);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end);
      upstream.on('error', end);
    });
    await listen(proxy, { port: 0, host: '127.0.0.1' });
    proxyPort = (proxy.address() as { port: number }).port;
    // A tiny local image (no registry here): one file, imported with a known tag.
    dir = mkdtempSync(join(tmpdir(), 'envdiff-img-'));
    writeFileSync(join(dir, 'hello'), 'hello\n');
    execFileSync('tar', ['-C', dir, '-cf', join(dir, 'rootfs.tar'), 'hello']);
    docker('import', '--change', 'LABEL envdiff.test=1', join(dir, 'rootfs.tar'), tag);
  });

  afterAll(async () => {
    await new Promise((done) => proxy?.close(done));
    try {
      docker('rmi', '-f', tag);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const endpoints = () =>
    [
      ['the default socket', {}],
      ['DOCKER_HOST=unix://', { DOCKER_HOST: `unix://${SOCKET}` }],
      ['DOCKER_HOST=tcp:// (loopback)', { DOCKER_HOST: `tcp://127.0.0.1:${proxyPort}` }],
    ] as const;

  it('dockerode connects through the default socket, unix:// and tcp://', async () => {
    for (const [what, env] of endpoints()) {
      const client = await connectEngine(env);
      const info = await client.call('info', { deadlineMs: 5_000, maxBytes: 1 << 20 }, (d) => d.info() as Promise<{ ID: string }>);
      expect(info.ID, what).toBe(docker('info', '--format', '{{.ID}}'));
    }
  });

  it('the light client connects through the default socket, unix:// and tcp://', async () => {
    for (const [what, env] of endpoints()) {
      const client = await connectEngine(env);
      expect((await client.get<{ ID: string }>('/info')).ID, what).toBe(docker('info', '--format', '{{.ID}}'));
    }
  });

  it("the light client names the engine's error", async () => {
    const client = await connectEngine({});
    await expect(client.get('/images/envdiff-no-such-image:nope/json')).rejects.toMatchObject({
      statusCode: 404,
      message: expect.stringMatching(/no such image/i),
    });
  });

  it('captures the docker facet as the docker CLI sees the engine', async () => {
    const facet = await captureDockerFacet(await connectEngine({}), { HOME: dir });
    expect(facet['server_version']).toBe(docker('version', '--format', '{{.Server.Version}}'));
    expect(facet['api_version']).toBe(docker('version', '--format', '{{.Server.APIVersion}}'));
    expect(facet['min_api_version']).toBe(docker('version', '--format', '{{.Server.MinAPIVersion}}'));
    expect(facet['storage_driver']).toBe(docker('info', '--format', '{{.Driver}}'));
    expect(facet['cgroup_driver']).toBe(docker('info', '--format', '{{.CgroupDriver}}'));
    expect(facet['cgroup_version']).toBe(docker('info', '--format', '{{.CgroupVersion}}'));
    expect(facet['mem_total']).toBe(Number(docker('info', '--format', '{{.MemTotal}}')));
    expect(facet['runtimes']).toEqual(Object.keys(JSON.parse(docker('info', '--format', '{{json .Runtimes}}')) as object).sort());
    expect(facet['security_options']).toEqual((JSON.parse(docker('info', '--format', '{{json .SecurityOptions}}')) as string[]).sort());
    const backing = (JSON.parse(docker('info', '--format', '{{json .DriverStatus}}')) as string[][] | null)?.find(
      (r) => r[0] === 'Backing Filesystem',
    )?.[1];
    expect(facet['backing_fs']).toBe(backing);
    expect(facet['engine']).toBe('docker');
    const dType = (JSON.parse(docker('info', '--format', '{{json .DriverStatus}}')) as string[][] | null)?.find(
      (r) => r[0] === 'Supports d_type',
    )?.[1];
    if (dType) expect(facet['d_type']).toBe(dType === 'true');
    expect(facet['runc_version']).toMatch(/^\d+\.\d+/);
    expect(facet['containerd_version']).toMatch(/\d+\.\d+/);
  });

  it('reads buildx_version from the CLI plugin when one is installed', async () => {
    const plugins = join(dir, '.docker', 'cli-plugins');
    execFileSync('mkdir', ['-p', plugins]);
    // A CLI plugin gets its command name first, as the docker CLI calls it.
    writeFileSync(
      join(plugins, 'docker-buildx'),
      '#!/bin/sh\n[ "$1" = buildx ] || exit 1\ncase "$2" in version) echo "github.com/docker/buildx v0.12.1 30feaa1";; inspect) printf "Name: default\\nBuildKit version: v0.12.5\\n";; esac\n',
      { mode: 0o755 },
    );
    const facet = await captureDockerFacet(await connectEngine({}), { HOME: dir, PATH: process.env['PATH'] });
    expect(facet['buildx_version']).toBe('0.12.1');
    expect(facet['buildkit_version']).toBe('0.12.5');
    rmSync(join(dir, '.docker'), { recursive: true, force: true });
  });

  it('lists every tagged local image with its inspect facts', async () => {
    // Other tests add and remove images concurrently: compare with the lists before and after.
    const tags = () =>
      new Set(
        docker('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}')
          .split('\n')
          .filter((t) => t && !t.includes('<none>')),
      );
    const before = tags();
    const facet = await captureImagesFacet(await connectEngine({}));
    const after = tags();
    for (const t of before) if (after.has(t)) expect(facet).toHaveProperty([t]);
    for (const ref of Object.keys(facet)) expect(before.has(ref) || after.has(ref)).toBe(true);
    expect(facet).toHaveProperty([tag]);
    const inspect = JSON.parse(docker('image', 'inspect', tag))[0];
    expect(facet[tag]).toEqual({ id: inspect.Id, digests: [], architecture: inspect.Architecture, os: 'linux', created: inspect.Created });
    expect(imageEntryFromInspect(inspect)).toEqual(facet[tag]);
  });
});

describe('imageRefs', () => {
  it.each([
    [{ RepoTags: ['debian:12', 'debian:bookworm'], RepoDigests: ['debian@sha256:aa'] }, ['debian:12', 'debian:bookworm']],
    [{ RepoTags: [], RepoDigests: ['debian@sha256:aa'] }, ['debian@sha256:aa']],
    [{ RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] }, []],
    [{ RepoTags: null, RepoDigests: null }, []],
  ])('%j -> %j', (inspect, refs) => {
    expect(imageRefs(inspect)).toEqual(refs);
  });
});
