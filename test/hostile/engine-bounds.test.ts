/**
 * Issue 16 point 1: an engine that answers /_ping and then stalls, or streams an
 * endless body, never holds a capture past its deadline nor grows its memory
 * past the byte cap — for the host's facets (node:http) and for --image
 * (dockerode) alike. The cut is made on the socket, below dockerode.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/capture/engine.js';
import { inspectImage } from '../../src/capture/container-api.js';
import { endless, engineEnv, type FakeEngine, fakeEngine, runMeasured, silent } from './helpers.js';

let engine: FakeEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('an engine that answers /_ping and then never replies', () => {
  it('--image: the capture ends at the call deadline (10 s), exit 2, one line', async () => {
    engine = await fakeEngine(silent);
    const run = await runMeasured(['capture', '--no-host', '--timeout', '1000', '--image', 'any', '-o', '-'], {
      env: engineEnv(engine.host),
      timeoutMs: 30_000,
    });
    expect(run.code).toBe(2);
    expect(run.ms).toBeLessThan(14_000);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/inspect image any: no answer within 10000 ms/);
    expect(engine.seen.some((r) => r.includes('/images/any/json'))).toBe(true);
  }, 30_000);

  it('the host capture keeps its shell facets; docker and images are errors at the request deadline (5 s)', async () => {
    engine = await fakeEngine(silent);
    const run = await runMeasured(['capture', '--only', 'os,docker,images', '--timeout', '1500', '-o', '-'], {
      env: engineEnv(engine.host),
      timeoutMs: 30_000,
    });
    expect(run.code).toBe(0);
    expect(run.ms).toBeLessThan(8_000);
    const host = JSON.parse(run.stdout).scopes.host;
    expect(host.probes.os.status).toBe('ok');
    expect(host.probes.docker).toMatchObject({ status: 'error' });
    expect(host.probes.docker.reason).toMatch(/no answer within|interrupted/);
    expect(host.probes.images).toMatchObject({ status: 'error' });
  }, 30_000);

  it('a dockerode call returns at its deadline even though dockerode never would', async () => {
    engine = await fakeEngine(silent);
    const client = new Engine({ label: engine.host, host: '127.0.0.1', port: engine.host.split(':').pop()!, protocol: 'http' });
    await import('dockerode'); // loading it is not the call's time
    const started = Date.now();
    await expect(inspectImage(client, 'any', 300, new AbortController().signal)).rejects.toMatchObject({ code: 'ENGINE_DEADLINE' });
    expect(Date.now() - started).toBeLessThan(1_000);
    // The connection itself is gone (destroyed by envdiff, not left to dockerode).
    for (let i = 0; i < 50 && engine.open() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(engine.open()).toBe(0);
    expect(engine.seen.filter((r) => r.includes('/images/any/json'))).toHaveLength(1);
  });
});

describe('an engine that streams an endless body', () => {
  it('host capture: docker/images cut at 16 MB, memory stays bounded, os still captured', async () => {
    engine = await fakeEngine(endless);
    const run = await runMeasured(['capture', '--only', 'os,docker,images', '--timeout', '5000', '-o', '-'], {
      env: engineEnv(engine.host),
      timeoutMs: 30_000,
    });
    console.log(`endless body, host: ${run.ms} ms, peak RSS ${run.peakRssMb} MB`);
    expect(run.code).toBe(0);
    const host = JSON.parse(run.stdout).scopes.host;
    expect(host.probes.os.status).toBe('ok');
    expect(host.probes.docker.reason).toMatch(/sent more than 16 MB; cut/);
    expect(host.probes.images.reason).toMatch(/sent more than 16 MB; cut/);
    // Before: 2.6 GB in 5.7 s. Node itself is ~60 MB; the cap adds its 16 MB per call.
    expect(run.peakRssMb).toBeLessThan(300);
    expect(run.ms).toBeLessThan(8_000);
  }, 30_000);

  it('--image: the inspect through dockerode is cut at 16 MB, exit 2, memory bounded', async () => {
    engine = await fakeEngine(endless);
    const run = await runMeasured(['capture', '--no-host', '--timeout', '1000', '--image', 'any', '-o', '-'], {
      env: engineEnv(engine.host),
      timeoutMs: 30_000,
    });
    console.log(`endless body, --image: ${run.ms} ms, peak RSS ${run.peakRssMb} MB`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/inspect image any: the engine sent more than 16 MB; cut/);
    // Before: 17 GB in 120 s.
    expect(run.peakRssMb).toBeLessThan(400);
    expect(run.ms).toBeLessThan(8_000);
  }, 30_000);
});
