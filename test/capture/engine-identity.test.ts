/**
 * Which engine answered, and where it is: Docker vs Podman as one fact
 * (`docker.engine`), DOCKER_CONTEXT and the CLI's currentContext honoured, and an
 * engine's error kept whole. Engines here are loopback fakes speaking the API.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepEnds } from '../../src/capture/container-shell.js';
import { captureDockerFacet } from '../../src/capture/docker-facet.js';
import { connectEngine } from '../../src/capture/engine.js';
import { CaptureError } from '../../src/errors.js';
import { engineEnv, type FakeEngine, fakeEngine, jsonRoutes, runMeasured } from '../hostile/helpers.js';

const PODMAN_VERSION = {
  Platform: { Name: 'linux/amd64/debian-12' },
  Components: [{ Name: 'Podman Engine', Version: '4.3.1', Details: { APIVersion: '4.3.1' } }],
  Version: '4.3.1',
  ApiVersion: '1.41',
  MinAPIVersion: '1.24',
};
const PODMAN_INFO = {
  Architecture: 'amd64',
  Driver: 'overlay',
  DriverStatus: [
    ['Backing Filesystem', 'xfs'],
    ['Supports d_type', 'false'],
  ],
  CgroupVersion: '2',
  ServerVersion: '4.3.1',
};

let engine: FakeEngine | undefined;
let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'envdiff-ctx-'));
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  rmSync(home, { recursive: true, force: true });
});

describe('engine identity', () => {
  it('a Podman engine is `engine: podman`, with kernel architecture names, backing_fs and d_type', async () => {
    engine = await fakeEngine(jsonRoutes({ '/info': [200, PODMAN_INFO], '/version': [200, PODMAN_VERSION] }));
    const facet = await captureDockerFacet(await connectEngine(engineEnv(engine.host)), { HOME: home });
    expect(facet).toMatchObject({
      engine: 'podman',
      server_version: '4.3.1',
      architecture: 'x86_64',
      backing_fs: 'xfs',
      d_type: false,
      storage_driver: 'overlay',
    });
  });

  it("an engine's error is kept whole: the cause at its end survives", async () => {
    const cause = `${'failed to create shim task: OCI runtime create failed: runc create failed: '.repeat(3)}operation not permitted`;
    engine = await fakeEngine(jsonRoutes({ '/info': [500, { message: cause }], '/version': [200, PODMAN_VERSION] }));
    const run = await runMeasured(['capture', '--only', 'docker', '-o', '-'], { env: engineEnv(engine.host, { HOME: home }) });
    expect(run.code, run.stderr).toBe(0);
    const reason = JSON.parse(run.stdout).scopes.host.probes.docker.reason as string;
    expect(reason).toContain('HTTP 500');
    expect(reason).toMatch(/operation not permitted$/);
    expect(keepEnds(`start ${'x'.repeat(5000)} operation not permitted`, 200)).toMatch(/^start x+…x+ operation not permitted$/);
  });
});

describe('docker CLI contexts', () => {
  function context(name: string, host: string): void {
    const dir = join(home, '.docker', 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'meta.json'),
      JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }),
    );
  }
  const env = (extra: NodeJS.ProcessEnv) => {
    const { DOCKER_HOST: _h, DOCKER_CONTEXT: _c, DOCKER_CONFIG: _d, ...rest } = process.env;
    return { ...rest, HOME: home, ...extra };
  };

  it('DOCKER_CONTEXT names the engine', async () => {
    engine = await fakeEngine(jsonRoutes({}));
    context('ci', engine.host);
    const client = await connectEngine(env({ DOCKER_CONTEXT: 'ci' }));
    expect(client.endpoint.label).toBe(`context ci (${engine.host})`);
    expect(engine.seen).toContain('GET /_ping');
  });

  it("the CLI's currentContext is honoured when DOCKER_CONTEXT is not set", async () => {
    engine = await fakeEngine(jsonRoutes({}));
    context('remote', engine.host);
    writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ currentContext: 'remote' }));
    expect((await connectEngine(env({}))).endpoint.label).toBe(`context remote (${engine.host})`);
  });

  it('DOCKER_HOST wins over the context; an unknown context is one clear error', async () => {
    engine = await fakeEngine(jsonRoutes({}));
    expect((await connectEngine(env({ DOCKER_HOST: engine.host, DOCKER_CONTEXT: 'nope' }))).endpoint.label).toBe(engine.host);
    await expect(connectEngine(env({ DOCKER_CONTEXT: 'nope' }))).rejects.toThrow(CaptureError);
    await expect(connectEngine(env({ DOCKER_CONTEXT: 'nope' }))).rejects.toThrow(/DOCKER_CONTEXT=nope: no such context/);
  });
});
