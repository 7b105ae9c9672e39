/**
 * kube-cross: the Debian mirror was unreachable from the CI fleet and apt could not
 * fetch libelf1, libbpf0, libonig5. Here: two containers of the Debian test image on
 * the host network, with the same resolv.conf naming a DNS server on a loopback
 * address (scripts/seeds/loopback-dns.ts). For the working one it answers the apt
 * mirror host (read from the image's sources.list at run time) with a loopback address
 * where a local copy of the archive is served (scripts/seeds/local-mirror.ts); for the
 * failing one, with a loopback address where nothing listens. No packet leaves the
 * machine.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEBIAN_IMAGE } from '../images.js';
import { startLocalMirror } from '../local-mirror.js';
import { startLoopbackDns } from '../loopback-dns.js';
import type { Seed, SeedRun } from '../seed.js';
import { capture, docker, requireImages } from '../shell.js';

const CONTAINER = 'envdiff-seed-apt';
const DNS = '127.0.86.53';
const SERVED = '127.0.86.1';
const DEAD = '127.0.86.2';
const FACETS = 'mirrors,os,libc,packages';
// The failing step of the kube-cross Dockerfile, on bookworm's names. Translations
// are off because the local copy holds only the indexes this machine's apt fetched.
const BUILD_STEP = 'apt-get -o Acquire::Languages=none update && apt-get install -y --no-install-recommends libelf1 libbpf1 libonig5';

/**
 * The image's apt source (`http://HOST/debian`), as debootstrap wrote it from this
 * machine's mirror: read at run time, so no mirror host is written into the repository.
 */
async function imageSource(): Promise<{ source: string; host: string }> {
  const listed = await docker([
    'run',
    '--rm',
    '--network',
    'none',
    DEBIAN_IMAGE,
    'sh',
    '-c',
    'cat /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null',
  ]);
  const url = /\bhttps?:\/\/[^\s/]+\/debian\/?(?=\s)/.exec(`${listed.stdout} `)?.[0];
  if (!url) throw new Error(`${DEBIAN_IMAGE} names no Debian apt source in /etc/apt: ${listed.stdout.trim() || listed.stderr.trim()}`);
  return { source: url.replace(/\/$/, ''), host: new URL(url).hostname };
}

interface BuildStep {
  exitCode: number;
  log: string;
  dnsQueries: string[];
}

/**
 * Start the container with the DNS answering `mirrorAddress` for the mirror host,
 * capture it as the build begins, then run the build step in it.
 */
async function buildIn(dir: string, mirrorHost: string, mirrorAddress: string, fingerprint: string, label: string): Promise<BuildStep> {
  const resolvConf = join(dir, 'resolv.conf');
  await writeFile(resolvConf, `nameserver ${DNS}\noptions timeout:1 attempts:2\n`);
  const dns = await startLoopbackDns(DNS, { [mirrorHost]: mirrorAddress });
  try {
    await docker(['rm', '-f', CONTAINER]);
    const started = await docker([
      'run',
      '-d',
      '--name',
      CONTAINER,
      '--network',
      'host',
      '-v',
      `${resolvConf}:/etc/resolv.conf:ro`,
      '--env',
      'DEBIAN_FRONTEND=noninteractive',
      DEBIAN_IMAGE,
      'sleep',
      '600',
    ]);
    if (started.exitCode !== 0) throw new Error(`docker run ${DEBIAN_IMAGE}: ${started.stderr.trim()}`);
    await capture(fingerprint, ['--no-host', '--container', CONTAINER, '--only', FACETS, '--label', label]);
    const step = await docker(['exec', CONTAINER, 'sh', '-c', BUILD_STEP], { timeoutMs: 120_000 });
    return { exitCode: step.exitCode, log: `$ ${BUILD_STEP}\n${step.all}`, dnsQueries: dns.queries };
  } finally {
    await docker(['rm', '-f', CONTAINER]);
    await dns.close();
  }
}

export const mirrorSeed: Seed = {
  name: 'mirror',
  async reproduce(dir: string): Promise<SeedRun> {
    await requireImages(DEBIAN_IMAGE);
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const { source, host } = await imageSource();
    const mirror = await startLocalMirror(SERVED);
    let works: BuildStep;
    try {
      works = await buildIn(dir, host, SERVED, a, `DNS: ${host} -> ${SERVED} (local archive copy)`);
    } finally {
      await mirror.close();
    }
    if (works.exitCode !== 0) throw new Error(`the build step failed against the local mirror:\n${works.log}`);
    const fails = await buildIn(dir, host, DEAD, b, `DNS: ${host} -> ${DEAD} (nothing listens)`);
    if (fails.exitCode === 0 || !fails.log.includes('Could not connect')) {
      throw new Error(`the build step did not fail to connect with ${host} -> ${DEAD}:\n${fails.log}`);
    }
    const log = join(dir, 'build.log');
    await writeFile(log, fails.log);
    return {
      a,
      b,
      log,
      expect: [{ scope: `container:${CONTAINER}`, facet: 'mirrors', key: source }],
      notes: [
        `working side: ${mirror.requests.length} requests to the local mirror, ${mirror.requests.filter((r) => r.endsWith(' 200')).length} answered`,
        `DNS questions: ${[...new Set([...works.dnsQueries, ...fails.dnsQueries])].join(', ')}`,
        `working side's last lines: ${works.log.trim().split('\n').slice(-2).join(' / ')}`,
      ],
    };
  },
};
