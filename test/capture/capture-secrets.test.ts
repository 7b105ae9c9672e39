/**
 * An environment full of typical CI secrets: the fingerprint file written by the
 * built CLI must contain none of them (grep of the raw file), while equal
 * secrets still show up as the same `redacted:sha256:` marker.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFingerprint } from '../../src/fingerprint/io.js';
import { redactionOf } from '../../src/redact.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import { run, type CliResult } from './helpers.js';

// Only loopback hosts: the mirrors probe resolves every registry/proxy host it sees.
const SECRETS: Record<string, string> = {
  AWS_ACCESS_KEY_ID: 'AKIAZ7QX4PLM2NB8VCXD',
  AWS_SECRET_ACCESS_KEY: 'q9Zr/7XbLm2Tn4Vc8Wd1Ye6Uf3Ig5Jh0KkPpQqRr',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD8xampletokenbody0123456789',
  GITHUB_TOKEN: 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3sXY',
  GH_ENTERPRISE_TOKEN: 'github_pat_11AAAAAAA0abcdefghijkl_mnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abc',
  GITLAB_TOKEN: 'glpat-Zx9Yw8Vu7Ts6Rq5Po4Nm',
  CI_JOB_TOKEN: 'glcbt-64_Zx9Yw8Vu7Ts6Rq5Po4NmLk3J',
  NPM_TOKEN: 'npm_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Y',
  DOCKER_REGISTRY_PASSWORD: 'registry-pw-Ungu3ssable-42',
  CR_PAT: 'dckr_pat_Qw3rTy5UiOp7AsDfGhJkLzXcVb',
  SLACK_BOT_TOKEN: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  SLACK_WEBHOOK: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXsecretXXXXXXXXX',
  GOOGLE_API_KEY: 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q',
  OPENAI_API_KEY: 'sk-proj-Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0KkLlMm',
  DATABASE_URL: 'postgres://appuser:Db-P4ss-w0rd-77@127.0.0.1:5432/app',
  https_proxy: 'https://proxyuser:Pr0xy-S3cret-88@localhost:3128',
  HTTP_PROXY: 'http://corpuser:C0rp-Pr0xy-99@127.0.0.1:8080',
  npm_config_registry: 'https://npmuser:Npm-Mirr0r-Pass-11@localhost:4873/',
  PIP_INDEX_URL: 'https://pipuser:P1p-Ind3x-Pass-22@127.0.0.1:3141/simple',
  GOPROXY: 'https://gouser:G0-Pr0xy-Pass-33@localhost:3000,direct',
};
/** Parts of the secrets above that must not appear alone either (passwords inside URLs). */
const FRAGMENTS = [
  'Db-P4ss-w0rd-77',
  'Pr0xy-S3cret-88',
  'C0rp-Pr0xy-99',
  'Npm-Mirr0r-Pass-11',
  'P1p-Ind3x-Pass-22',
  'G0-Pr0xy-Pass-33',
  'XXXXXXXXsecretXXXXXXXXX',
];
const NPMRC_TOKEN = 'npm_Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9';
const NPMRC_AUTH = 'dXNlcjpOcG1yY0F1dGgtUGFzcy00NA==';
/** A custom probe printing a token: the safety net catches what no parser knows. */
const PROBE_TOKEN = 'ghs_S3rv3rT0k3nFr0mACust0mPr0b3abcdefgh';

let dir: string;
let raw: string;
let fingerprint: Fingerprint;
let result: CliResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-secrets-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  writeFileSync(
    join(home, '.npmrc'),
    [
      `registry=https://localhost:4873/`,
      `//localhost:4873/:_authToken=${NPMRC_TOKEN}`,
      `//127.0.0.1:4873/:_auth=${NPMRC_AUTH}`,
      'always-auth=true',
      '',
    ].join('\n'),
  );
  result = await run(['capture', '-o', 'secrets.json', '--probe', `ci-token=echo ${PROBE_TOKEN}`], {
    cwd: dir,
    env: { PATH: process.env['PATH'], HOME: home, LANG: 'C.UTF-8', ...SECRETS },
  });
  raw = readFileSync(join(dir, 'secrets.json'), 'utf8');
  fingerprint = await readFingerprint(join(dir, 'secrets.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a capture in an environment with 20 secrets', () => {
  it('succeeds', () => {
    expect(result.code).toBe(0);
    expect(fingerprint.scopes.host!.probes.env?.status).toBe('ok');
    expect(fingerprint.scopes.host!.probes.mirrors?.status).toBe('ok');
  });

  it.each(Object.entries(SECRETS))('does not contain %s', (_name, secret) => {
    expect(raw).not.toContain(secret);
  });

  it.each(FRAGMENTS)('does not contain the password %s', (fragment) => {
    expect(raw).not.toContain(fragment);
  });

  it.each([NPMRC_TOKEN, NPMRC_AUTH, PROBE_TOKEN])('does not contain %s (.npmrc, custom probe)', (secret) => {
    expect(raw).not.toContain(secret);
  });

  it('keeps every variable, with secrets as redaction markers', () => {
    const env = fingerprint.scopes.host!.facets.env!;
    for (const name of Object.keys(SECRETS)) {
      expect(env[name], name).toMatch(/redacted:sha256:[0-9a-f]{12}/);
    }
    // Whole-value secrets hash to the same marker everywhere (equal secrets compare equal).
    expect(env['GITHUB_TOKEN']).toBe(redactionOf(SECRETS['GITHUB_TOKEN']!));
    expect(fingerprint.scopes.host!.facets.custom!['ci-token']).toBe(redactionOf(PROBE_TOKEN));
  });
});
