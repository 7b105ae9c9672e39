import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSecretName, redactText, redactValue, redactionOf } from '../../src/redact.js';
import { parseEnv } from '../../src/parse/env.js';
import { FIXTURE_ENV, FIXTURE_SECRETS, FIXTURE_URL_SECRETS } from '../probes/fixture-env.js';
import { raw } from './fixtures.js';

const marker = (s: string): string => `redacted:sha256:${createHash('sha256').update(s).digest('hex').slice(0, 12)}`;

describe('redactionOf', () => {
  it('is sha256-prefixed and stable, so equal secrets compare equal', () => {
    expect(redactionOf('hunter2')).toBe(marker('hunter2'));
    expect(redactionOf('hunter2')).toBe(redactionOf('hunter2'));
    expect(redactionOf('hunter2')).not.toBe(redactionOf('hunter3'));
  });
});

describe('isSecretName', () => {
  it.each([
    'GITHUB_TOKEN',
    'NPM_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'DB_PASSWORD',
    'MYSQL_PWD',
    'REDIS_PASS',
    'API_KEY',
    'STRIPE_APIKEY',
    'PRIVATE_KEY',
    'GOOGLE_APPLICATION_CREDENTIALS_JSON',
    'BASIC_AUTH',
    'SESSION_ID',
    'COOKIE_SECRET',
    'GH_PAT',
    'SENTRY_DSN',
    'LICENSE_KEY',
    'passwd',
  ])('%s is secret', (name) => expect(isSecretName(name)).toBe(true));
  it.each([
    'PATH',
    'PWD',
    'OLDPWD',
    'HOME',
    'GIT_AUTHOR_NAME',
    'SSH_AUTH_SOCK',
    'KEYBOARD_LAYOUT',
    'PASSTHROUGH_MODE',
    'LANG',
    'GOOGLE_APPLICATION_CREDENTIALS_FILE',
  ])('%s is not secret', (name) => expect(isSecretName(name)).toBe(false));
});

describe('redactText', () => {
  it.each(
    Object.entries(FIXTURE_SECRETS).filter(
      ([name]) =>
        !['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'DOCKER_AUTH_CONFIG', 'ARTIFACTORY_PASSWORD', 'SLACK_WEBHOOK_URL'].includes(name),
    ),
  )('finds the %s shape inside free text', (_name, secret) => {
    const out = redactText(`export X=1; echo ${secret} done`);
    expect(out).not.toContain(secret);
    expect(out).toContain('redacted:sha256:');
    expect(out).toMatch(/^export X=1; echo /);
  });

  it.each([
    ['https://user:pass@registry.example.com/npm/', 'https://' + marker('user:pass') + '@registry.example.com/npm/'],
    ['http://x-access-token:ghs_abc@github.com/org/repo.git', 'http://' + marker('x-access-token:ghs_abc') + '@github.com/org/repo.git'],
    ['socks5://proxyuser@10.0.0.1:1080', 'socks5://' + marker('proxyuser') + '@10.0.0.1:1080'],
    ['//npm.example.net/:_authToken=abc123def', '//npm.example.net/:_authToken=' + marker('abc123def')],
    ['https://host/p?access_token=QWERTY&x=1', 'https://host/p?access_token=' + marker('QWERTY') + '&x=1'],
    ['password: "s3cret"', 'password: "' + marker('s3cret')],
    ['deb http://debmirror.example.net/debian bookworm main', 'deb http://debmirror.example.net/debian bookworm main'],
    ['git@github.com:org/repo.git', 'git@github.com:org/repo.git'],
  ])('%s', (input, expected) => {
    expect(redactText(input).startsWith(expected)).toBe(true);
  });

  it('is idempotent, so the capture can run it again over the whole fingerprint', () => {
    const once = redactText('https://u:p@h/ ghp_16C7e42F292c6912E7710c838347Ae178B4a token=abc');
    expect(redactText(once)).toBe(once);
  });

  it('removes a PEM private key block', () => {
    const out = redactText(`key:\n${FIXTURE_SECRETS.SSH_PRIVATE_KEY}\nafter`);
    expect(out).not.toContain('b3BlbnNzaC1rZXkt');
    expect(out).toMatch(/^key:\nredacted:sha256:[0-9a-f]{12}\nafter$/);
  });
});

describe('redactValue', () => {
  it('redacts the whole value of a secret name, keeps empty values and plain values', () => {
    expect(redactValue('DB_PASSWORD', 'x')).toBe(marker('x'));
    expect(redactValue('DB_PASSWORD', '')).toBe('');
    expect(redactValue('CI', 'true')).toBe('true');
    expect(redactValue('DATABASE_URL', 'postgres://a:b@db/x')).toBe(`postgres://${marker('a:b')}@db/x`);
  });
});

describe('env facet of a machine with 20+ typical secrets', () => {
  const facet = parseEnv(raw('env', 'debian-host'));
  const text = JSON.stringify(facet);

  it('holds every variable, values intact where not secret', () => {
    expect(Object.keys(facet).sort()).toEqual([...Object.keys(FIXTURE_ENV), 'PWD'].sort());
    expect(facet.FORGE).toBe('x\nBAR=evil\n@env LANG\n fake');
    expect(facet.BAR).toBeUndefined();
    expect(facet.EQUALS).toBe(`a=b 'c' "d"`);
    expect(facet.ODD_BYTES).toBe('caf\u00e9 \u00ff');
    expect(facet.LANG).toBe('C.UTF-8');
    expect(facet.no_proxy).toBe(FIXTURE_URL_SECRETS.no_proxy);
  });

  it.each(Object.entries(FIXTURE_SECRETS))('contains no trace of %s', (name, secret) => {
    expect(Object.keys(FIXTURE_SECRETS).length).toBeGreaterThanOrEqual(20);
    expect(text).not.toContain(secret.length > 24 ? secret.slice(4, 24) : secret);
    expect(facet[name]).toMatch(/redacted:sha256:[0-9a-f]{12}/);
  });

  it('redacts credentials in proxy/registry URLs and keeps the rest', () => {
    for (const leaked of ['pr0xy-pass', 'npm-registry-pass', 'pypi-pass-123', 's3cr3t-db-pass']) expect(text).not.toContain(leaked);
    expect(facet.http_proxy).toBe(`http://${marker('builder:pr0xy-pass')}@proxy.corp.example:3128`);
    expect(facet.HTTPS_PROXY).toBe(facet.http_proxy);
    expect(facet.GOPROXY).toBe(FIXTURE_URL_SECRETS.GOPROXY);
  });
});

describe('env raw formats', () => {
  it('decodes environ bytes, keeping invalid UTF-8 visible as \\x escapes', () => {
    const bytes = Buffer.concat([Buffer.from('A=1\0B=caf'), Buffer.from([0xff]), Buffer.from('\0C\0')]);
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    expect(parseEnv(`@hex /proc/1/environ\n ${hex}\n`)).toEqual({ A: '1', B: 'caf\\xff', C: '' });
  });

  it('reads export -p of dash/busybox with quoted multi-line values, dropping the bundle variables', () => {
    const exported =
      "export A='x'\\''y'\nexport B='line1\nline2'\nexport C\nexport ENVDIFF_CWD='/w'\nexport GITHUB_TOKEN='ghp_16C7e42F292c6912E7710c838347Ae178B4a'\n";
    expect(parseEnv(`@cmd export -p\n${exported.replace(/^/gm, ' ').replace(/ $/, '')}`)).toEqual({
      A: "x'y",
      B: 'line1\nline2',
      C: '',
      GITHUB_TOKEN: marker('ghp_16C7e42F292c6912E7710c838347Ae178B4a'),
    });
  });
});
