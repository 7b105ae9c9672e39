/**
 * A probe that hangs is cut at its budget and the capture still finishes.
 * The hang is real: DNS to a black-holed resolver on loopback (a UDP socket that
 * never answers), made the system resolver in a private mount namespace, with an
 * apt mirror whose host needs DNS. Needs root (unshare -m, bind mounts).
 */
import { createSocket, type Socket } from 'node:dgram';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFingerprint } from '../../src/fingerprint/io.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import { BIN, run, type CliResult } from './helpers.js';

const RESOLVER = '127.83.54.1';
const MIRROR = 'http://mirror.blackhole.envdiff.invalid/debian';
const BUDGET_MS = 1_000;
const FACETS = ['os', 'kernel', 'libc', 'binfmt', 'mirrors', 'time', 'locale', 'security', 'env'];

let dir: string;
let resolver: Socket;
let queries = 0;
let result: CliResult;
let fingerprint: Fingerprint;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-hang-'));
  resolver = createSocket('udp4');
  resolver.on('message', () => queries++);
  await new Promise<void>((done, fail) => {
    resolver.once('error', fail);
    resolver.bind(53, RESOLVER, done);
  });
  writeFileSync(join(dir, 'resolv.conf'), `nameserver ${RESOLVER}\noptions timeout:30 attempts:1\n`);
  mkdirSync(join(dir, 'sources.list.d'));
  writeFileSync(join(dir, 'sources.list.d', 'blackhole.list'), `deb ${MIRROR} bookworm main\n`);
  mkdirSync(join(dir, 'home'));
  const mounts = [
    `mount --bind ${join(dir, 'resolv.conf')} /etc/resolv.conf`,
    `mount --bind ${join(dir, 'sources.list.d')} /etc/apt/sources.list.d`,
    // A sources.list of the host would be read too: hide it when there is one.
    `{ [ ! -e /etc/apt/sources.list ] || mount --bind /dev/null /etc/apt/sources.list; }`,
  ].join(' && ');
  result = await run(
    [
      '-m',
      'sh',
      '-c',
      `${mounts} && exec "$@"`,
      'sh',
      process.execPath,
      BIN,
      'capture',
      '-o',
      join(dir, 'out.json'),
      '--timeout',
      String(BUDGET_MS),
      '--only',
      FACETS.join(','),
    ],
    { command: ['unshare'], env: { PATH: process.env['PATH'], HOME: join(dir, 'home'), LANG: 'C.UTF-8' }, timeoutMs: 30_000 },
  );
  fingerprint = await readFingerprint(join(dir, 'out.json'));
});

afterAll(async () => {
  await new Promise<void>((done) => resolver.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

describe('a probe hanging on DNS', () => {
  it('is cut at its budget: the mirrors facet is timeout, with the reason', () => {
    expect(queries).toBeGreaterThan(0);
    expect(fingerprint.scopes.host!.probes.mirrors).toMatchObject({
      status: 'timeout',
      reason: `no result within its ${BUDGET_MS} ms budget; cut`,
    });
  });

  it('does not stop the capture: it finishes in time with every other facet ok', () => {
    expect(result.code).toBe(0);
    expect(result.ms).toBeLessThan(BUDGET_MS + 3_500);
    for (const facet of FACETS.filter((f) => f !== 'mirrors')) {
      expect(fingerprint.scopes.host!.probes[facet as 'os'], facet).toMatchObject({ status: 'ok' });
    }
    expect(result.stderr).toMatch(
      /^envdiff: captured host \(8 facets ok; timeout: mirrors \(no result within its 1000 ms budget\)\) in \d\.\d s -> /,
    );
  });

  it('leaves no lookup running', () => {
    const leftovers = execFileSync('sh', ['-c', 'ps -eo args | grep -c "[m]irror.blackhole" || true'], { encoding: 'utf8' }).trim();
    expect(leftovers).toBe('0');
  });
});
