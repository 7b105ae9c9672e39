/**
 * Where registry credentials come from: the environment, the Docker config's
 * auths, and credential helpers — real `docker-credential-*` executables put first
 * on PATH, run with the host on stdin.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCredentials } from '../../src/store/credentials.js';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-creds-'));
  // A helper that answers for one host only, like the real ones ("credentials not found" otherwise).
  writeFileSync(
    join(dir, 'docker-credential-fixture'),
    '#!/bin/sh\nread host\n[ "$1" = get ] || exit 3\nif [ "$host" = reg.example.net ]; then printf \'{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}\' "$host"; else echo "credentials not found in native keychain"; exit 1; fi\n',
  );
  writeFileSync(join(dir, 'docker-credential-garbage'), '#!/bin/sh\necho not-json\n');
  writeFileSync(join(dir, 'docker-credential-slow'), '#!/bin/sh\nexec sleep 30\n');
  for (const name of ['fixture', 'garbage', 'slow']) chmodSync(join(dir, `docker-credential-${name}`), 0o755);
  env = { PATH: `${dir}:${process.env['PATH']}`, DOCKER_CONFIG: dir };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(doc: unknown): void {
  writeFileSync(join(dir, 'config.json'), JSON.stringify(doc));
}

describe('findCredentials', () => {
  it('prefers ENVDIFF_REGISTRY_USER/_PASSWORD', async () => {
    config({ auths: { 'reg.example.net': { auth: Buffer.from('a:b').toString('base64') } } });
    expect(await findCredentials('reg.example.net', { ...env, ENVDIFF_REGISTRY_USER: 'u', ENVDIFF_REGISTRY_PASSWORD: 'p' })).toEqual({
      username: 'u',
      password: 'p',
    });
  });

  it('reads auths entries, keyed by host or by URL', async () => {
    config({ auths: { 'https://reg.example.net:5000/v1/': { auth: Buffer.from('user:pa:ss').toString('base64') } } });
    expect(await findCredentials('reg.example.net:5000', env)).toEqual({ username: 'user', password: 'pa:ss' });
    expect(await findCredentials('other.example.net', env)).toBeUndefined();
  });

  it('runs the host credential helper, then the default store', async () => {
    config({ credHelpers: { 'reg.example.net': 'fixture' } });
    expect(await findCredentials('reg.example.net', env)).toEqual({ username: 'helper-user', password: 'helper-secret' });
    config({ credsStore: 'fixture' });
    expect(await findCredentials('reg.example.net', env)).toEqual({ username: 'helper-user', password: 'helper-secret' });
    expect(await findCredentials('other.example.net', env)).toBeUndefined();
  });

  it('words a missing, broken or hanging helper and a broken config as one line', async () => {
    config({ credsStore: 'absent' });
    await expect(findCredentials('reg.example.net', env)).rejects.toThrow(
      /docker-credential-absent \(from the Docker config\) is not installed/,
    );
    config({ credsStore: 'garbage' });
    await expect(findCredentials('reg.example.net', env)).rejects.toThrow(/answered something other than/);
    config({ credsStore: '../../bin/sh' });
    await expect(findCredentials('reg.example.net', env)).rejects.toThrow(/is not valid/);
    writeFileSync(join(dir, 'config.json'), '{not json');
    await expect(findCredentials('reg.example.net', env)).rejects.toThrow(/config.json is not valid JSON/);
  });

  it('gives up on a helper that does not answer', async () => {
    config({ credsStore: 'slow' });
    await expect(findCredentials('reg.example.net', env)).rejects.toThrow(/did not answer within 10 s/);
  }, 20_000);
});
