/**
 * The classes added for failure kinds the tables matched thinly, end to end: a
 * real log line (from the thread in test/rank/classes.test.ts or thin-lines),
 * the difference that caused it, and the decoys every pair of runners has
 * (unrelated images rebuilt, patch bumps of tools the build never runs, a kernel
 * patch, a run id). The cause must rank first; the same decoys with a log that
 * does not fit the class must not put the cause first by accident.
 */
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { parseBuildLog, rankDifferences } from '../../src/rank/index.js';

const image = (key: string, n: number): Difference => ({
  scope: 'host',
  facet: 'images',
  key,
  kind: 'changed',
  a: { id: `sha256:a${n}`, digests: [`x@sha256:${n}1`], architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z' },
  b: { id: `sha256:b${n}`, digests: [`x@sha256:${n}2`], architecture: 'amd64', os: 'linux', created: '2024-02-01T00:00:00Z' },
  detail: { fields: ['id', 'digests', 'created'] },
});
const changed = (facet: string, key: string, a: Difference['a'], b: Difference['b'], detail?: Difference['detail']): Difference => ({
  scope: 'host',
  facet,
  key,
  kind: 'changed',
  a,
  b,
  ...(detail ? { detail } : {}),
});

const DECOYS: Difference[] = [
  image('postgres:15', 1),
  image('redis:7-alpine', 2),
  changed('toolchains', 'gh', '2.45.0', '2.46.0', { direction: 'upgrade' }),
  changed('toolchains', 'cmake', '3.27.1', '3.27.2', { direction: 'upgrade' }),
  changed('kernel', 'release', '6.5.0-1014-azure', '6.5.0-1015-azure', { direction: 'upgrade' }),
  changed('env', 'GITHUB_RUN_ID', '7412298534', '7412309981', { volatile: true }),
];

const dpkg = (version: string) => ({ version, status: 'install ok installed', manager: 'dpkg' });

const CASES: Array<[string, Difference, string]> = [
  ['shared memory', changed('resources', 'shm_size', 2147483648, 67108864), 'Bus error (core dumped)'],
  [
    'shared memory (browser)',
    changed('resources', 'shm_size', 2147483648, 67108864),
    "WebDriverError: unknown error: Chrome failed to start: crashed. (unknown error: DevToolsActivePort file doesn't exist)",
  ],
  ['OpenSSL configuration', changed('env', 'OPENSSL_CONF', '/etc/ssl/openssl.cnf', '/opt/ssl/openssl.cnf'), 'Auto configuration failed'],
  [
    'proxy credentials',
    changed('env', 'HTTPS_PROXY', 'http://u:p@proxy.example.net:3128', 'http://proxy.example.net:3128'),
    'npm ERR! 407 Proxy Authentication Required: npm@latest',
  ],
  [
    'no_new_privs',
    changed('security', 'no_new_privs', '0', '1'),
    'sudo: The "no new privileges" flag is set, which prevents sudo from running as root.',
  ],
  ['IPv6 switched off', changed('sysctl', 'net.ipv6.conf.all.disable_ipv6', '0', '1'), 'Error: connect ECONNREFUSED ::1:9081'],
  [
    'Python built without libffi',
    { scope: 'host', facet: 'packages', key: 'libffi-dev', kind: 'removed', a: dpkg('3.4.4-1') },
    "ModuleNotFoundError: No module named '_ctypes'",
  ],
  [
    'locale that tools check up front',
    changed('env', 'LANG', 'C.UTF-8', 'C'),
    'RuntimeError: Click will abort further execution because Python was configured to use ASCII as encoding for the environment.',
  ],
  ['a runtime memory cap', changed('env', 'JAVA_OPTS', '-Xmx512m', '-Xmx2g'), 'Could not reserve enough space for 2097152KB object heap'],
  [
    'a runtime option passed through the environment',
    changed('env', 'NODE_OPTIONS', '--max-old-space-size=4096', '--openssl-legacy-provider'),
    'node: --openssl-legacy-provider is not allowed in NODE_OPTIONS',
  ],
  [
    'a kernel module',
    changed('kernel', 'release', '5.15.0-1034-azure', '5.15.0-1034-custom', { direction: 'upgrade' }),
    'modprobe: FATAL: Module overlay not found in directory /lib/modules/5.15.0-1034-custom',
  ],
  [
    'a library family gone with its versioned package',
    { scope: 'host', facet: 'packages', key: 'libicu67', kind: 'removed', a: dpkg('67.1-7ubuntu1') },
    '  libicui18n.so.67: cannot open shared object file: No such file or directory',
  ],
  [
    'a decimal comma',
    changed('env', 'LANG', 'en_US.UTF-8', 'de_AT.UTF-8'),
    "org.junit.ComparisonFailure: expected:<'5[.]20'> but was:<'5[,]20'>",
  ],
  [
    'ptrace scope',
    changed('sysctl', 'kernel.yama.ptrace_scope', 0, 1),
    'Could not attach to process.  If your uid matches the uid of the target',
  ],
  ['ZIP before 1980', changed('env', 'SOURCE_DATE_EPOCH', '1720000000', '0'), 'ValueError: ZIP does not support timestamps before 1980'],
  [
    "a container's memory cap",
    { scope: 'host', facet: 'resources', key: 'mem_limit', kind: 'added', b: 536870912 },
    'go build crypto/elliptic: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed',
  ],
  [
    "Lua 5.2's removed globals",
    changed('toolchains', 'lua', '5.1.5', '5.3.6', { direction: 'upgrade' }),
    "mockagne.lua:145: attempt to call a nil value (global 'unpack')",
  ],
  [
    'historic zone rules (kennytm/tzfile#8)',
    changed(
      'packages',
      'tzdata',
      { version: '2022a-1.fc36', status: 'installed', manager: 'rpm' },
      { version: '2022b-1.fc36', status: 'installed', manager: 'rpm' },
    ),
    '  left: `"1914-01-01 13:40:28 WET"`,\n right: `"1914-01-01 14:00:00 AMT"`\', src/lib.rs:913:9',
  ],
  [
    'an assertion comparing the core counts (joblib/joblib#1618)',
    changed('cpu', 'cores', 4, 1),
    "FAILED joblib/test/test_parallel.py::test_threadpool_limitation_in_child_override[parallel_config-MKL_NUM_THREADS--1] - AssertionError: assert ['4', '4'] == ['1', '1']",
  ],
  [
    'a locale B lacks, spelled otherwise (sissaschool/elementpath#32)',
    changed('locale', 'available', ['C', 'de_DE.utf8', 'en_US.utf8'], ['C', 'en_US.utf8'], { onlyA: ['de_DE.utf8'] }),
    "elementpath.exceptions.ElementPathLocaleError: [FOCH0002] Unsupported collation 'de_DE.UTF-8'",
  ],
  [
    'colour forced on (mcp-hangar/mcp-hangar#1521)',
    { scope: 'host', facet: 'env', key: 'FORCE_COLOR', kind: 'added', b: '1' },
    "E       assert 'drift math.add' in '\\x1b[31mdrift\\x1b[0m math.add'",
  ],
  [
    'tests of permission errors run as root (con/duct#348)',
    changed('security', 'uid', 1000, 0),
    'FAILED test/test_env_files.py::test_permission_denied_handling - assert False',
  ],
];

function ranked(cause: Difference, log: string) {
  const decoys = DECOYS.filter((d) => !(d.facet === cause.facet && d.key === cause.key));
  return rankDifferences([...decoys, cause], { log: parseBuildLog(log) });
}

describe('thin failure kinds rank their cause first', () => {
  it.each(CASES)('%s', (_, cause, log) => {
    const top = ranked(cause, log)[0]!;
    expect(`${top.facet}/${top.key}`).toBe(`${cause.facet}/${cause.key}`);
    expect(top.reasons[0]!.source).toBe('log');
  });

  it.each(CASES)('%s: a log about something else gives it no log evidence', (_, cause) => {
    const all = ranked(cause, 'AssertionError: expected 3 to equal 4\n    at Context.<anonymous> (test/sum.test.js:12:5)');
    const row = all.find((d) => d.facet === cause.facet && d.key === cause.key)!;
    expect(row.reasons.some((r) => r.source === 'log')).toBe(false);
    expect(row.score).toBeLessThan(ranked(cause, CASES.find(([, c]) => c === cause)![2])[0]!.score);
  });
});
