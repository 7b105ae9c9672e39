/**
 * Issue 16 point 2, rule by rule: what must be hidden (the secret text never
 * appears) and what must not be (names and ordinary text stay byte for byte).
 */
import { describe, expect, it } from 'vitest';
import { isSecretName, redactEnv, redactEnvEntries, redactText, redactValue } from '../../src/redact.js';

describe('hidden', () => {
  it.each([
    ['a git extraheader', 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0', 'eC1hY2Nlc3MtdG9rZW46c2VjcmV0'],
    ['a curl header', 'Authorization: Bearer abc.def-SECRETPART', 'SECRETPART'],
    ['a proxy header', 'Proxy-Authorization: Basic cHJveHk6c2VjcmV0', 'cHJveHk6c2VjcmV0'],
    ['a GitLab header', '--header "PRIVATE-TOKEN: glsecretvalue123"', 'glsecretvalue123'],
    ['an @ inside a URL password', 'https://u:p@ss232@h.example/', 'ss232'],
    ['an @ inside a proxy password', 'http://user:a@b@c@proxy.example:3128', 'a@b@c'],
    ['a PEM key with no END line', 'key: -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIK7pSECRETBODY', 'SECRETBODY'],
    ['docker config auth', '{"auths":{"r.example":{"auth":"dXNlcjpzZWNyZXQ="}}}', 'dXNlcjpzZWNyZXQ='],
    ['docker config auth, spaced', '"auth": "dXNlcjpzZWNyZXQ="', 'dXNlcjpzZWNyZXQ='],
    ['netrc', 'machine git.example\n  login me\n  password s3cretnetrc', 's3cretnetrc'],
    ['npmrc', '//registry.example/:_authToken=npmsecret123', 'npmsecret123'],
    ['YAML', 'password: yamlsecret', 'yamlsecret'],
  ])('%s', (_what, text, secret) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toMatch(/redacted:sha256:[0-9a-f]{12}/);
    expect(redactText(out)).toBe(out); // idempotent: the safety net runs again
  });

  it.each([
    'SSHPASS',
    'DB_PASS',
    'MYPASSWORD',
    'DEPLOY_PSW',
    'VAULT_SECRET_ID',
    'CI_JOB_TOKEN',
    'GOOGLE_CREDENTIALS',
    'REGISTRY_AUTH',
    'X_AUTH_HEADER',
  ])('%s is a secret name', (name) => expect(isSecretName(name)).toBe(true));

  it('a Jenkins binding is recognised by its _USR/_PSW companions, in env and in image ENV', () => {
    const env = redactEnv([
      ['NEXUS', 'builder:hunter22'],
      ['NEXUS_USR', 'builder'],
      ['NEXUS_PSW', 'hunter22'],
    ]);
    expect(JSON.stringify(env)).not.toContain('hunter22');
    expect(env[1]).toEqual(['NEXUS_USR', 'builder']);
    expect(JSON.stringify(redactEnvEntries(['NEXUS=builder:hunter22', 'NEXUS_USR=builder', 'NEXUS_PSW=hunter22']))).not.toContain(
      'hunter22',
    );
  });
});

describe('kept', () => {
  it.each([
    'image:registry.example/secret:latest',
    'envdiff-test/secret:latest',
    'registry.example/team/token:v2',
    'https://deb.example.net/debian bookworm main',
    'http://proxy.example:3128',
    'the password is required',
    'GIT_AUTHOR_NAME=someone',
    'Authorization header missing',
    'machine-id 1234',
  ])('%s', (text) => expect(redactText(text)).toBe(text));

  it.each(['PASSTHROUGH_MODE', 'BYPASS_PROXY', 'COMPASS_HOME', 'GIT_AUTHOR_EMAIL', 'SSH_AUTH_SOCK', 'PATH', 'KEYBOARD'])(
    '%s is not a secret name',
    (name) => expect(isSecretName(name)).toBe(false),
  );

  it('a non-secret variable keeps its value', () => {
    expect(redactValue('IMAGE', 'registry.example/secret:latest')).toBe('registry.example/secret:latest');
  });
});
