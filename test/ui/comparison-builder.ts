/**
 * Builds Comparisons for the TUI tests and bench: a handful of realistic
 * differences modelled on the seed failures (libfuse3 moved, qemu binfmt gone,
 * kernel bump) plus, on request, thousands of package bumps and noise rows.
 */
import type { Comparison } from '../../src/compare/types.js';
import type { RankedDifference } from '../../src/rank/types.js';

export const SEED_DIFFERENCES: RankedDifference[] = [
  {
    rank: 1,
    score: 0.94,
    scope: 'image:longhornio/instance-manager:v1.8.0',
    facet: 'libraries',
    key: 'libfuse3.so.4',
    kind: 'moved',
    a: ['/usr/lib/x86_64-linux-gnu/libfuse3.so.4'],
    b: ['/usr/lib64/libfuse3.so.4'],
    summary: 'moved /usr/lib/x86_64-linux-gnu -> /usr/lib64',
    reasons: [
      {
        source: 'log',
        signature: 'ldd-not-found',
        text: 'ldd could not find libfuse3.so.4, and B has it in a directory A did not use',
        quote: { number: 212, text: '\tlibfuse3.so.4 => not found' },
      },
      { source: 'prior', text: 'a shared library that changed directory often breaks dynamic linking' },
    ],
  },
  {
    rank: 2,
    score: 0.81,
    scope: 'host',
    facet: 'binfmt',
    key: 'qemu-aarch64',
    kind: 'removed',
    a: {
      enabled: true,
      interpreter: '/usr/bin/qemu-aarch64-static',
      flags: 'F',
      offset: 0,
      magic: '7f454c460201010000000000000000000200b700',
      mask: 'ffffffffffffff00fffffffffffffffffeffffff',
    },
    summary: 'removed (was enabled, /usr/bin/qemu-aarch64-static)',
    reasons: [{ source: 'prior', text: 'emulation registrations decide whether foreign-arch binaries run' }],
  },
  {
    rank: 3,
    score: 0.62,
    scope: 'host',
    facet: 'kernel',
    key: 'release',
    kind: 'changed',
    a: '4.4.0-103-generic',
    b: '4.4.0-98-generic',
    detail: { direction: 'downgrade' },
    summary: 'downgrade 4.4.0-103-generic -> 4.4.0-98-generic',
    reasons: [{ source: 'prior', text: 'the kernel decides syscalls, seccomp and overlayfs behaviour' }],
  },
  {
    rank: 4,
    score: 0.35,
    scope: 'host',
    facet: 'packages',
    key: 'libc6:amd64',
    kind: 'changed',
    a: { version: '2.36-9+deb12u7', status: 'install ok installed', manager: 'dpkg' },
    b: { version: '2.36-9+deb12u9', status: 'install ok installed', manager: 'dpkg' },
    detail: { direction: 'upgrade', fields: ['version'] },
    summary: 'upgrade 2.36-9+deb12u7 -> 2.36-9+deb12u9',
    reasons: [{ source: 'prior', text: 'libc upgrades rarely break builds within a Debian release' }],
  },
  {
    rank: 5,
    score: 0.2,
    scope: 'host',
    facet: 'libraries',
    key: 'ld.so.conf',
    kind: 'changed',
    a: ['/usr/local/lib', '/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu'],
    b: ['/usr/local/lib', '/usr/lib64', '/lib64'],
    detail: { onlyA: ['/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu'], onlyB: ['/usr/lib64', '/lib64'] },
    summary: 'B lacks /usr/lib/x86_64-linux-gnu, /lib/x86_64-linux-gnu; B adds /usr/lib64, /lib64',
    reasons: [{ source: 'prior', text: 'library search directories decide what the loader finds' }],
  },
  {
    rank: 6,
    score: 0.03,
    scope: 'host',
    facet: 'resources',
    key: 'mem_total',
    kind: 'changed',
    a: 16_777_216_000,
    b: 8_388_608_000,
    detail: { volatile: true },
    summary: '16777216000 -> 8388608000',
    reasons: [{ source: 'prior', text: 'memory size differs between any two runners' }],
  },
];

export interface ComparisonOptions {
  differences?: RankedDifference[];
  /** Append this many package bumps (ranked after the seed rows). */
  packageBumps?: number;
  log?: boolean;
}

export function packageBump(rank: number): RankedDifference {
  const name = `lib${(rank * 7919).toString(36)}-${rank}`;
  return {
    rank,
    score: Math.max(0.11, 0.3 - rank / 100_000),
    scope: rank % 3 === 0 ? 'image:debian:12' : 'host',
    facet: 'packages',
    key: name,
    kind: 'changed',
    a: { version: `1.${rank}-1`, status: 'install ok installed', manager: 'dpkg' },
    b: { version: `1.${rank}-2`, status: 'install ok installed', manager: 'dpkg' },
    detail: { direction: 'upgrade', fields: ['version'] },
    summary: `upgrade 1.${rank}-1 -> 1.${rank}-2`,
    reasons: [{ source: 'prior', text: 'an unrelated package bump' }],
  };
}

export function makeComparison(options: ComparisonOptions = {}): Comparison {
  const differences = [...(options.differences ?? SEED_DIFFERENCES)];
  for (let i = 0; i < (options.packageBumps ?? 0); i++) differences.push(packageBump(differences.length + 1));
  return {
    a: { file: 'laptop.envdiff.json', label: 'laptop', hostname: 'dev-laptop', capturedAt: '2026-11-20T09:15:00.000Z', scopes: ['host'] },
    b: {
      file: 'runner.envdiff.json',
      label: 'ci-runner-7',
      hostname: 'gha-runner-7',
      capturedAt: '2026-11-21T02:03:00.000Z',
      scopes: ['host'],
    },
    ...(options.log === false ? {} : { log: { file: '/tmp/build.log', lines: 480 } }),
    pairs: [{ label: 'host', a: 'host', b: 'host', by: 'name' }],
    unpaired: [],
    notCompared: [],
    differences,
  };
}
