/**
 * The host capture under hostile input: secrets in the environment and in custom
 * probe output (issue 16 point 2), a probe that floods (point 6), interrupts
 * (point 7), absurd numeric options (point 8), an -o name near NAME_MAX (point 10).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMeasured } from './helpers.js';

let dir: string;
let temp: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-hostile-'));
  temp = join(dir, 'tmp');
  mkdirSync(temp);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The user's environment without a Docker engine in reach (these tests are about the shell side). */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: dir, TMPDIR: temp, DOCKER_HOST: 'unix:///nonexistent.sock', ...extra };
}

describe('secrets on the host', () => {
  const secrets = {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.https://git.example/.extraheader',
    GIT_CONFIG_VALUE_0: 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2l0LXNlY3JldA==',
    CURL_HEADERS: 'Authorization: Bearer curl-bearer-secret',
    SSHPASS: 'sshpass-host-secret',
    DEPLOY: 'deployer:jenkins-host-secret',
    DEPLOY_USR: 'deployer',
    DEPLOY_PSW: 'jenkins-host-secret',
    https_proxy: 'https://proxyuser:p@ss232@proxy.example:3128/',
    SIGNING_PEM: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUtruncated',
  };
  const leaks = [
    'eC1hY2Nlc3MtdG9rZW46Z2l0LXNlY3JldA',
    'curl-bearer-secret',
    'sshpass-host-secret',
    'jenkins-host-secret',
    'p@ss232',
    'ss232',
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUtruncated',
  ];

  it('never reach the fingerprint: env, proxies, custom probe output (docker config auth, netrc)', async () => {
    writeFileSync(join(dir, 'config.json'), '{"auths":{"registry.example":{"auth":"ZG9ja2VyLWF1dGgtc2VjcmV0"}}}\n');
    writeFileSync(join(dir, 'netrc'), 'machine git.example login me password netrc-secret\n');
    const run = await runMeasured(
      [
        'capture',
        '--only',
        'env,mirrors,custom',
        '--probe',
        `dockercfg=cat ${join(dir, 'config.json')}`,
        '--probe',
        `netrc=cat ${join(dir, 'netrc')}`,
        '-o',
        '-',
      ],
      { env: env(secrets) },
    );
    expect(run.code, run.stderr).toBe(0);
    for (const leak of [...leaks, 'ZG9ja2VyLWF1dGgtc2VjcmV0', 'netrc-secret']) expect(run.stdout).not.toContain(leak);
    const host = JSON.parse(run.stdout).scopes.host;
    expect(host.facets.env['GIT_CONFIG_VALUE_0']).toMatch(/^AUTHORIZATION: basic redacted:sha256:[0-9a-f]{12}$/);
    expect(host.facets.env['DEPLOY_USR']).toBe('deployer');
    expect(host.facets.env['https_proxy']).toMatch(/^https:\/\/redacted:sha256:[0-9a-f]{12}@proxy\.example:3128\/$/);
    expect(host.facets.custom['dockercfg']).toMatch(/"auth":"redacted:sha256:[0-9a-f]{12}"/);
    expect(host.facets.custom['netrc']).toMatch(/login me password redacted:sha256:[0-9a-f]{12}$/);
  }, 30_000);
});

describe("envdiff's own machinery is not captured", () => {
  it('the per-run temp dir never shows in the env facet: two captures, equal env', async () => {
    const capture = async () => {
      const run = await runMeasured(['capture', '--only', 'env', '-o', '-'], { env: env() });
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout).scopes.host.facets.env as Record<string, string>;
    };
    const [a, b] = [await capture(), await capture()];
    expect(Object.keys(a).filter((k) => k.startsWith('ENVDIFF'))).toEqual([]);
    expect(a).toEqual(b);
  });
});

describe('a custom probe that floods (`yes`)', () => {
  it('is cut at 8 MB: its facet says so, every other facet is ok, temp space removed', async () => {
    const run = await runMeasured(
      ['capture', '--only', 'os,kernel,locale,custom', '--probe', `flood=yes ${'A'.repeat(200)}`, '--timeout', '3000', '-o', '-'],
      { env: env() },
    );
    expect(run.code, run.stderr).toBe(0);
    const host = JSON.parse(run.stdout).scopes.host;
    expect(host.probes.custom).toMatchObject({ status: 'error', reason: 'flood: output over 8 MB' });
    expect(host.facets.custom).toEqual({});
    for (const facet of ['os', 'kernel', 'locale']) expect(host.probes[facet].status, facet).toBe('ok');
    // Before: 5 GB left in /tmp/tmp.*, every facet `timeout`.
    expect(run.ms).toBeLessThan(3_000);
    expect(readdirSync(temp)).toEqual([]);
  }, 30_000);
});

describe('interrupts', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s mid-capture: the process dies of it and leaves no temp files',
    async (signal) => {
      const run = await runMeasured(['capture', '--only', 'os,custom', '--probe', 'slow=sleep 20', '-o', join(dir, 'out.json')], {
        env: env(),
        onStart: (pid) => {
          const poll = setInterval(() => {
            // Once the probes' temp dir exists, the capture is under way.
            if (readdirSync(temp).length > 0) {
              clearInterval(poll);
              setTimeout(() => process.kill(pid, signal), 300);
            }
          }, 20);
        },
        timeoutMs: 20_000,
      });
      expect(run.signal).toBe(signal);
      expect(readdirSync(temp)).toEqual([]);
      expect(readdirSync(dir)).toEqual(['tmp']);
    },
    30_000,
  );
});

describe('numeric options', () => {
  it.each(['2147483648', '0', '-5', '1e3', 'soon', '99999999999999999999', '10h'])(
    '--timeout %s: one clear line, exit 2, no capture',
    async (value) => {
      const run = await runMeasured(['capture', '--only', 'os', '--timeout', value, '-o', '-'], { env: env() });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/--timeout.*(expected a duration|out of range|whole number)/);
    },
  );

  it('--timeout with a unit (2s) is accepted', async () => {
    const run = await runMeasured(['capture', '--only', 'os', '--timeout', '2s', '-o', '-'], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).scopes.host.probes.os.status).toBe('ok');
  });

  it('a config file timeout out of range is refused the same way', async () => {
    writeFileSync(join(dir, 'envdiff.json'), '{"timeout": 2147483648}');
    const run = await runMeasured(['capture', '--only', 'os', '--config', join(dir, 'envdiff.json'), '-o', '-'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"timeout": 2147483648 is out of range/);
  });
});

describe('-o a name near NAME_MAX', () => {
  it('a 250-character file name is written (the temp name is short and fixed)', async () => {
    const name = `${'n'.repeat(245)}.json`;
    const run = await runMeasured(['capture', '--only', 'os', '-o', join(dir, name)], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([name, 'tmp'].sort());
  });
});
