/**
 * Writes a realistic pair of fingerprints and a failing build log into a
 * directory, for tests that run the real `envdiff compare`: the Longhorn case
 * (libfuse3.so.4 moved to /usr/lib64 in the image, ldd says "not found"), plus
 * the noise every runner pair has, plus one env value carrying escape sequences.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fingerprint, Scope } from '../../src/fingerprint/types.js';

export const HOSTILE_VALUE = 'x\u001b]0;pwned\u0007\u001b[2Jy';

const IMAGE = 'image:longhornio/instance-manager:v1.8.0';

function packages(bumped: boolean): Record<string, { version: string; status: string; manager: string }> {
  const names = [
    'adduser',
    'apt',
    'base-files',
    'bash',
    'coreutils',
    'curl',
    'dpkg',
    'e2fsprogs',
    'fuse3',
    'gzip',
    'libc6',
    'libssl3',
    'openssl',
    'perl-base',
    'tar',
    'tzdata',
    'util-linux',
    'zlib1g',
  ];
  return Object.fromEntries(
    names.map((name, i) => [
      name,
      {
        version: name === 'tzdata' && bumped ? '2025b-0+deb12u1' : name === 'tzdata' ? '2024a-0+deb12u1' : `${1 + (i % 4)}.${i}.0-1`,
        status: 'install ok installed',
        manager: 'dpkg',
      },
    ]),
  );
}

function host(side: 'a' | 'b'): Scope {
  return {
    kind: 'host',
    facets: {
      os: { id: 'debian', version_id: '12', pretty_name: 'Debian GNU/Linux 12 (bookworm)' },
      kernel: { release: side === 'a' ? '6.1.0-25-amd64' : '6.1.0-26-amd64', machine: 'x86_64', cgroup: 'v2' },
      binfmt: { status: 'enabled' },
      resources: { mem_total: side === 'a' ? 16_624_156_672 : 8_323_002_368, ulimit_nofile: 1_048_576 },
      packages: packages(side === 'b'),
      env: { CI: side === 'a' ? 'false' : 'true', BUILD_TAG: side === 'a' ? 'local' : HOSTILE_VALUE },
    },
    probes: { os: { status: 'ok', durationMs: 2 }, kernel: { status: 'ok', durationMs: 3 } },
  };
}

function image(side: 'a' | 'b'): Scope {
  const lib = side === 'a' ? '/usr/lib/x86_64-linux-gnu' : '/usr/lib64';
  return {
    kind: 'image',
    ref: 'longhornio/instance-manager:v1.8.0',
    facets: {
      os: side === 'a' ? { id: 'sles', version_id: '15.5' } : { id: 'sles', version_id: '15.6' },
      libraries: {
        'libfuse3.so.4': [`${lib}/libfuse3.so.4`],
        'libc.so.6': ['/lib64/libc.so.6'],
        'ld.so.conf': side === 'a' ? ['/usr/local/lib', '/usr/lib/x86_64-linux-gnu'] : ['/usr/local/lib', '/usr/lib64'],
      },
    },
    probes: { libraries: { status: 'ok', durationMs: 40 } },
  };
}

function fingerprint(side: 'a' | 'b'): Fingerprint {
  return {
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0.1.0' },
    capturedAt: side === 'a' ? '2026-11-20T09:15:00.000Z' : '2026-11-21T02:03:00.000Z',
    hostname: side === 'a' ? 'dev-laptop' : 'gha-runner-7',
    label: side === 'a' ? 'laptop' : 'ci-runner-7',
    scopes: { host: host(side), [IMAGE]: image(side) },
  };
}

export const BUILD_LOG = [
  '#12 [stage-2 6/9] RUN ldd /usr/local/bin/longhorn-instance-manager',
  '#12 0.113 \tlinux-vdso.so.1 (0x00007ffd4d5f2000)',
  '#12 0.114 \tlibfuse3.so.4 => not found',
  '#12 0.114 \tlibc.so.6 => /lib64/libc.so.6 (0x00007f1c2e800000)',
  '#12 ERROR: process "/bin/sh -c ldd /usr/local/bin/longhorn-instance-manager | grep -q \'not found\' && exit 1" did not complete successfully: exit code: 1',
  '',
].join('\n');

export async function writeFingerprintPair(dir: string): Promise<{ a: string; b: string; log: string }> {
  const files = { a: join(dir, 'laptop.envdiff.json'), b: join(dir, 'runner.envdiff.json'), log: join(dir, 'build.log') };
  await writeFile(files.a, JSON.stringify(fingerprint('a'), null, 2));
  await writeFile(files.b, JSON.stringify(fingerprint('b'), null, 2));
  await writeFile(files.log, BUILD_LOG);
  return files;
}
