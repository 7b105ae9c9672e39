/**
 * Hostile images, built here FROM the local test images (no registry): a /bin/sh
 * that floods (issue 16 point 4), secrets in image ENV and a running container's
 * env (point 2), an image named like a secret (point 2: never hide a name), and
 * the capture container's own /etc/hosts entry (point 9).
 */
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureContainerScope } from '../../src/capture/container.js';
import { BUSYBOX, DEBIAN, engineOrSkip, ensureTestImages, envdiffContainers } from '../container/engine.js';
import { runMeasured } from './helpers.js';

const engine = await engineOrSkip();
const tag = (name: string) => `envdiff-hostile/${name}:${process.pid}`;
const FLOOD = tag('flood');
const JENKINS = tag('jenkins');
const SECRET_NAMED = `envdiff-hostile/secret:latest-${process.pid}`;

async function build(ref: string, dockerfile: string): Promise<void> {
  await execa('docker', ['build', '-q', '-t', ref, '-'], { input: dockerfile, timeout: 120_000 });
}

describe.skipIf(!engine)('hostile images', () => {
  beforeAll(async () => {
    await ensureTestImages();
    // /bin/sh is `yes`: the entrypoint floods the container log, the probe exec floods its stream.
    await build(
      FLOOD,
      `FROM ${DEBIAN}\nRUN ["/bin/dash", "-c", "printf '#!/bin/dash\\\\nexec yes AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\\\\n' > /usr/local/bin/flood && chmod 755 /usr/local/bin/flood && ln -sf /usr/local/bin/flood /bin/sh"]\n`,
    );
    await build(
      JENKINS,
      `FROM ${BUSYBOX}\nENV DEPLOY=jenkins-user:s3cr3t-jenkins DEPLOY_USR=jenkins-user DEPLOY_PSW=s3cr3t-jenkins SSHPASS=sshpass-secret LANG=C.UTF-8\n`,
    );
    await execa('docker', ['tag', BUSYBOX, SECRET_NAMED]);
  }, 900_000);

  afterAll(async () => {
    await execa('docker', ['rmi', '-f', FLOOD, JENKINS, SECRET_NAMED], { reject: false });
  });

  it('a /bin/sh that floods: the image facets are `output over 64 MB`, the host survives, memory bounded, container gone', async () => {
    let pid = 0;
    const run = await runMeasured(['capture', '--only', 'os,kernel,images', '--timeout', '5000', '--image', FLOOD, '-o', '-'], {
      timeoutMs: 60_000,
      onStart: (p) => {
        pid = p;
      },
    });
    console.log(`flooding /bin/sh: ${run.ms} ms, peak RSS ${run.peakRssMb} MB`);
    expect(run.code, run.stderr).toBe(0);
    const fingerprint = JSON.parse(run.stdout);
    expect(fingerprint.scopes.host.probes.os.status).toBe('ok');
    const image = fingerprint.scopes[`image:${FLOOD}`];
    expect(image.probes.os).toMatchObject({ status: 'error' });
    expect(image.probes.os.reason).toMatch(/output over 64 MB/);
    expect(image.probes.images.status).toBe('ok');
    // Before: 4.0 GB and a lost capture after 23 s.
    expect(run.peakRssMb).toBeLessThan(700);
    expect(run.ms).toBeLessThan(20_000);
    expect(await envdiffContainers([pid])).toEqual([]);
  }, 90_000);

  it('the capture container logs at most 64 KB however much its entrypoint prints', async () => {
    const abort = new AbortController();
    const capture = captureContainerScope(
      engine!,
      { kind: 'image', ref: FLOOD },
      { pull: false, timeoutMs: 3_000, selection: { facets: new Set(['os']), custom: {} }, signal: abort.signal },
    );
    // While it runs, the engine's own view of the container's log settings.
    let logConfig: unknown;
    for (let i = 0; i < 100 && !logConfig; i++) {
      const ids = (await envdiffContainers()).map((line) => line.split(' ')[0]!);
      if (ids[0]) logConfig = JSON.parse((await execa('docker', ['inspect', '-f', '{{json .HostConfig.LogConfig}}', ids[0]])).stdout);
      else await new Promise((r) => setTimeout(r, 50));
    }
    await capture;
    expect(logConfig).toEqual({ Type: 'json-file', Config: { 'max-file': '1', 'max-size': '64k' } });
    expect(await envdiffContainers()).toEqual([]);
  }, 60_000);

  it('Jenkins credential bindings and SSHPASS in image ENV are redacted; plain values stay', async () => {
    const { scope } = await captureContainerScope(
      engine!,
      { kind: 'image', ref: JENKINS },
      { pull: false, timeoutMs: 5_000, selection: { facets: new Set(['images', 'env']), custom: {} } },
    );
    const text = JSON.stringify(scope);
    expect(text).not.toContain('s3cr3t-jenkins');
    expect(text).not.toContain('sshpass-secret');
    expect(scope.facets.env?.['DEPLOY']).toMatch(/^redacted:sha256:/);
    expect(scope.facets.env?.['DEPLOY_USR']).toBe('jenkins-user');
    expect(scope.facets.env?.['LANG']).toBe('C.UTF-8');
    expect((scope.facets.images?.[JENKINS] as { env?: string[] } | undefined)?.env).toContain('LANG=C.UTF-8');
  }, 60_000);

  it('--container with `docker run -e CURL_HEADERS=Authorization: Bearer …`: the header value is redacted', async () => {
    const name = `envdiff-hostile-${process.pid}`;
    await execa('docker', [
      'run',
      '-d',
      '--name',
      name,
      '-e',
      'CURL_HEADERS=Authorization: Bearer tok-container-secret',
      BUSYBOX,
      'sleep',
      '60',
    ]);
    try {
      const { scope } = await captureContainerScope(
        engine!,
        { kind: 'container', ref: name },
        { pull: false, timeoutMs: 5_000, selection: { facets: new Set(['env']), custom: {} } },
      );
      expect(JSON.stringify(scope)).not.toContain('tok-container-secret');
      expect(scope.facets.env?.['CURL_HEADERS']).toMatch(/^Authorization: Bearer redacted:sha256:[0-9a-f]{12}$/);
    } finally {
      await execa('docker', ['rm', '-f', name], { reject: false });
    }
  }, 60_000);

  it('an image named …/secret:latest keeps its name in the scope and the images facet', async () => {
    const run = await runMeasured(['capture', '--no-host', '--only', 'os,images', '--image', SECRET_NAMED, '-o', '-'], {
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const fingerprint = JSON.parse(run.stdout);
    expect(Object.keys(fingerprint.scopes)).toEqual([`image:${SECRET_NAMED}`]);
    expect(Object.keys(fingerprint.scopes[`image:${SECRET_NAMED}`].facets.images)).toEqual([SECRET_NAMED]);
  }, 60_000);

  it("two concurrent captures of one image: the mirrors facet is equal (the container's own hosts entry is left out)", async () => {
    const capture = () =>
      captureContainerScope(
        engine!,
        { kind: 'image', ref: DEBIAN },
        { pull: false, timeoutMs: 5_000, selection: { facets: new Set(['mirrors']), custom: {} } },
      );
    const [a, b] = await Promise.all([capture(), capture()]);
    expect(a.scope.probes.mirrors?.status).toBe('ok');
    expect(Object.keys(a.scope.facets.mirrors ?? {}).filter((k) => k.includes('envdiff-capture'))).toEqual([]);
    expect(a.scope.facets.mirrors).toEqual(b.scope.facets.mirrors);
  }, 60_000);
});
