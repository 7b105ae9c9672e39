/**
 * The registry transport against a real registry (distribution 2.8 with htpasswd
 * auth and TLS from a test CA) and real skopeo copies both ways between the
 * registry and local OCI layouts. Without the tools the tests are skipped —
 * except under CI=true, where a missing tool is a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryBackend, parseRegistryLocation } from '../../src/store/registry.js';
import { EMPTY_BLOB, EMPTY_DESCRIPTOR, type ImageIndex, sha256Digest } from '../../src/store/oci.js';
import { envdiff, expectOneLineError, snapshot, snapshotPath } from './helpers.js';
import { missingTools, startRegistry, type TestRegistry } from './registry-harness.js';
import { tokenServer } from './token-server.js';

const missing = missingTools();
const inCi = process.env['CI'] === 'true';

describe.skipIf(missing.length > 0 && !inCi)('registry store', () => {
  let registry: TestRegistry;
  let store: string;
  let env: Record<string, string>;
  let work: string;

  beforeAll(async () => {
    if (missing.length > 0)
      throw new Error(`CI=true but ${missing.join(', ')} missing: .ci/run installs docker-registry, skopeo, apache2-utils`);
    registry = await startRegistry();
    store = `oci://${registry.host}/envdiff/fingerprints`;
    work = join(registry.dir, 'work');
    mkdirSync(work);
    env = {
      ENVDIFF_REGISTRY_USER: registry.user,
      ENVDIFF_REGISTRY_PASSWORD: registry.password,
      ENVDIFF_REGISTRY_CA_FILE: registry.caFile,
      ENVDIFF_STORE: join(work, 'local'),
    };
  });
  afterAll(async () => {
    await registry?.stop();
  });

  const ca = () => ['--ca-file', registry.caFile];

  it('records runs, moves last-green, and compares oci://…#JOB@last-green with a file', async () => {
    const put1 = await envdiff(
      ['store', 'put', snapshotPath('kernel/a.json'), '--store', store, ...ca(), '--job', 'ci/build', '--status', 'pass'],
      { cwd: work, env },
    );
    expect(put1.code, put1.stderr).toBe(0);
    expect(put1.stdout).toMatch(new RegExp(`^oci://${registry.host}/envdiff/fingerprints#ci/build@\\S+\\n$`));
    const put2 = await envdiff(
      ['store', 'put', snapshotPath('kernel/b.json'), '--store', store, ...ca(), '--job', 'ci/build', '--status', 'fail'],
      { cwd: work, env },
    );
    expect(put2.code, put2.stderr).toBe(0);

    const compare = await envdiff(['compare', `${store}#ci/build@last-green`, snapshotPath('kernel/b.json'), '--format', 'json'], {
      cwd: work,
      env,
    });
    expect(compare.code, compare.stderr).toBe(1);
    const top = (JSON.parse(compare.stdout) as { differences: { facet: string; key: string }[] }).differences[0]!;
    expect(top.facet).toBe('kernel');
    expect(['release', 'version']).toContain(top.key);
    // ENVDIFF_STORE may name the registry: then JOB@… needs no prefix.
    const viaEnv = await envdiff(['store', 'get', 'ci/build@latest'], { cwd: work, env: { ...env, ENVDIFF_STORE: store } });
    expect(JSON.parse(viaEnv.stdout)).toEqual(snapshot('kernel/b.json'));

    const mark = await envdiff(['store', 'mark', put2.stdout.trim(), '--status', 'pass', ...ca()], { cwd: work, env });
    expect(mark.code, mark.stderr).toBe(0);
    const green = await envdiff(['store', 'get', `${store}#ci/build@last-green`], { cwd: work, env });
    expect(JSON.parse(green.stdout)).toEqual(snapshot('kernel/b.json'));

    const ls = await envdiff(['store', 'ls', '--store', store, '--format', 'json'], { cwd: work, env });
    expect((JSON.parse(ls.stdout) as { status: string }[]).map((r) => r.status)).toEqual(['pass', 'pass']);
    const history = await envdiff(['history', '--store', store, '--job', 'ci/build'], { cwd: work, env });
    expect(history.stdout).toMatch(/kernel 4\.4\.0-103-generic → 98-generic/);
  });

  it('skopeo copies a run from the local layout to the registry and back, and envdiff reads what skopeo wrote', async () => {
    const local = join(work, 'layout');
    const put = await envdiff(['store', 'put', snapshotPath('lib64/b.json'), '--job', 'copy', '--status', 'pass'], {
      cwd: work,
      env: { ...env, ENVDIFF_STORE: local },
    });
    expect(put.code, put.stderr).toBe(0);
    const tag = `copy--${put.stdout.trim().split('@')[1]}`;
    const creds = `${registry.user}:${registry.password}`;
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--dest-creds',
      creds,
      '--dest-cert-dir',
      registry.certDir,
      `oci:${local}:${tag}`,
      `docker://${registry.host}/envdiff/copied:${tag}`,
    ]);
    const fromRegistry = await envdiff(['store', 'get', `oci://${registry.host}/envdiff/copied#${put.stdout.trim()}`], { cwd: work, env });
    expect(fromRegistry.code, fromRegistry.stderr).toBe(0);
    expect(JSON.parse(fromRegistry.stdout)).toEqual(snapshot('lib64/b.json'));

    // And back: envdiff pushes, skopeo pulls into a fresh layout (its index.json has only ref names).
    const pushed = await envdiff(['store', 'put', snapshotPath('mirror/a.json'), '--store', store, '--job', 'back'], { cwd: work, env });
    const backTag = `back--${pushed.stdout.trim().split('@')[1]}`;
    const pulled = join(work, 'pulled');
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--src-creds',
      creds,
      '--src-cert-dir',
      registry.certDir,
      `docker://${registry.host}/envdiff/fingerprints:${backTag}`,
      `oci:${pulled}:${backTag}`,
    ]);
    const penv = { ...env, ENVDIFF_STORE: pulled };
    const ls = await envdiff(['store', 'ls', '--format', 'json'], { cwd: work, env: penv });
    expect((JSON.parse(ls.stdout) as { job: string }[]).map((r) => r.job)).toEqual(['back']);
    const got = await envdiff(['store', 'get', `back@${pushed.stdout.trim().split('@')[1]}`], { cwd: work, env: penv });
    expect(JSON.parse(got.stdout)).toEqual(snapshot('mirror/a.json'));
  });

  it('attaches a run to an image by digest (subject), with the referrers tag schema distribution 2.8 needs', async () => {
    const backend = await RegistryBackend.open(parseRegistryLocation(store), { env, caFile: registry.caFile });
    // A minimal image manifest in the same repository: what a build pushed.
    const layer = Buffer.from('layer');
    await backend.putBlob(sha256Digest(layer), layer);
    await backend.putBlob(EMPTY_DESCRIPTOR.digest, EMPTY_BLOB);
    const image = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { ...EMPTY_DESCRIPTOR, mediaType: 'application/vnd.oci.image.config.v1+json' },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256Digest(layer), size: layer.length }],
      }),
    );
    const imageDigest = sha256Digest(image);
    await backend.putManifest({ digest: imageDigest, bytes: image, annotations: {} }, ['app-1.0']);

    const put = await envdiff(
      [
        'store',
        'put',
        snapshotPath('binfmt/a.json'),
        '--store',
        store,
        '--job',
        'attach',
        '--attach',
        `${registry.host}/envdiff/fingerprints@${imageDigest}`,
      ],
      { cwd: work, env },
    );
    expect(put.code, put.stderr).toBe(0);
    const referrers = await backend.getManifest(imageDigest.replace(':', '-'));
    expect(referrers).toBeDefined();
    const index = JSON.parse(referrers!.bytes.toString('utf8')) as ImageIndex;
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0]!.artifactType).toBe('application/vnd.envdiff.fingerprint.v1+json');
    const run = await backend.getManifest(index.manifests[0]!.digest);
    expect((JSON.parse(run!.bytes.toString('utf8')) as { subject?: { digest: string } }).subject?.digest).toBe(imageDigest);

    expectOneLineError(
      await envdiff(
        ['store', 'put', snapshotPath('binfmt/a.json'), '--store', store, '--job', 'attach', '--attach', `other/repo@${imageDigest}`],
        { cwd: work, env },
      ),
      /must be in the store's repository/,
    );
  });

  it('bad input is one line and exit 2: wrong password, no credentials, untrusted TLS, registry down, unknown tag, other artifact, corrupt blob', async () => {
    await envdiff(['store', 'put', snapshotPath('kernel/a.json'), '--store', store, '--job', 'bad'], { cwd: work, env });
    expectOneLineError(
      await envdiff(['store', 'get', `${store}#bad@latest`], { cwd: work, env: { ...env, ENVDIFF_REGISTRY_PASSWORD: 'wrong' } }),
      /refused the credentials .*\(401\) for user envdiff/,
    );
    const noCreds = { ENVDIFF_REGISTRY_CA_FILE: registry.caFile, DOCKER_CONFIG: join(work, 'no-docker-config'), HOME: work };
    expectOneLineError(await envdiff(['store', 'get', `${store}#bad@latest`], { cwd: work, env: noCreds }), /needs credentials \(401\)/);
    // Credentials from a Docker config file work the same as the variables.
    mkdirSync(join(work, 'docker'), { recursive: true });
    writeFileSync(
      join(work, 'docker', 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${registry.user}:${registry.password}`).toString('base64') } } }),
    );
    const viaConfig = await envdiff(['store', 'get', `${store}#bad@latest`], {
      cwd: work,
      env: { ...noCreds, DOCKER_CONFIG: join(work, 'docker') },
    });
    expect(viaConfig.code, viaConfig.stderr).toBe(0);

    expectOneLineError(
      await envdiff(['store', 'get', `${store}#bad@latest`], { cwd: work, env: { ...env, ENVDIFF_REGISTRY_CA_FILE: '' } }),
      /TLS certificate not trusted .*--ca-file/,
    );
    expectOneLineError(
      await envdiff(['store', 'get', 'oci://127.0.0.1:9/envdiff/x#bad@latest'], { cwd: work, env }),
      /cannot reach 127\.0\.0\.1:9: connection refused/,
    );
    expectOneLineError(await envdiff(['store', 'get', `${store}#bad@nope`], { cwd: work, env }), /no run nope of job bad in oci:\/\//);
    expectOneLineError(
      await envdiff(['compare', `${store}#app-1.0`, snapshotPath('kernel/a.json')], { cwd: work, env }),
      /name a run after the store|not a run|no such file/,
    );

    // An image manifest tagged like a run: not an envdiff fingerprint.
    const backend = await RegistryBackend.open(parseRegistryLocation(store), { env, caFile: registry.caFile });
    const image = await backend.getManifest('app-1.0');
    await backend.putManifest({ digest: image!.digest, bytes: image!.bytes, annotations: {} }, ['bad--image']);
    expectOneLineError(
      await envdiff(['store', 'get', `${store}#bad@image`], { cwd: work, env }),
      /not an envdiff fingerprint: artifact type is "application\/vnd\.oci\.image\.config/,
    );

    // Flip a byte of a facet blob in the registry's own storage: refused, never used.
    const run = await envdiff(['store', 'put', snapshotPath('cluster/a.json'), '--store', store, '--job', 'corrupt'], { cwd: work, env });
    const manifest = JSON.parse((await backend.getManifest('corrupt--latest'))!.bytes.toString('utf8')) as { layers: { digest: string }[] };
    const hex = manifest.layers[1]!.digest.slice(7);
    const file = join(registry.data, 'docker', 'registry', 'v2', 'blobs', 'sha256', hex.slice(0, 2), hex, 'data');
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(0) ^ 0xff, 0);
    writeFileSync(file, bytes);
    expect(statSync(file).size).toBe(bytes.length);
    expectOneLineError(
      await envdiff(['store', 'get', run.stdout.trim()], { cwd: work, env }),
      /does not match its digest; refusing to use it/,
    );
  });

  it('prune refuses a registry (its retention policy does that)', async () => {
    expectOneLineError(await envdiff(['store', 'prune', '--keep', '1', '--store', store], { cwd: work, env }), /works on a local store/);
    expect(readdirSync(registry.data).length).toBeGreaterThan(0);
    rmSync(join(work, 'unused'), { force: true });
  });
});

describe.skipIf(missing.length > 0 && !inCi)('registry store with token auth (Bearer flow)', () => {
  let registry: TestRegistry;
  let tokens: Awaited<ReturnType<typeof tokenServer>>;

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`CI=true but ${missing.join(', ')} missing`);
    tokens = await tokenServer();
    registry = await startRegistry({ tokenRealm: async () => tokens.url });
    await tokens.start(registry.dir, registry.user, registry.password);
  });
  afterAll(async () => {
    await tokens?.close();
    await registry?.stop();
  });

  it('gets a token from the realm with the credentials, pushes and reads back; a wrong password is one line', async () => {
    const store = `oci://${registry.host}/envdiff/tok`;
    const env = {
      ENVDIFF_REGISTRY_USER: registry.user,
      ENVDIFF_REGISTRY_PASSWORD: registry.password,
      ENVDIFF_REGISTRY_CA_FILE: registry.caFile,
    };
    const put = await envdiff(['store', 'put', snapshotPath('kernel/a.json'), '--store', store, '--job', 'tok', '--status', 'pass'], {
      cwd: registry.dir,
      env,
    });
    expect(put.code, put.stderr).toBe(0);
    const got = await envdiff(['store', 'get', `${store}#tok@last-green`], { cwd: registry.dir, env });
    expect(got.code, got.stderr).toBe(0);
    expect(JSON.parse(got.stdout)).toEqual(snapshot('kernel/a.json'));
    expect(tokens.issued()).toBeGreaterThanOrEqual(2);
    expectOneLineError(
      await envdiff(['store', 'get', `${store}#tok@last-green`], {
        cwd: registry.dir,
        env: { ...env, ENVDIFF_REGISTRY_PASSWORD: 'wrong' },
      }),
      /token service of 127\.0\.0\.1:\d+ refused the credentials \(401\) for user envdiff/,
    );
  });
});
