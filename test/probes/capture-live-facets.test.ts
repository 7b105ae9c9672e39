/**
 * The built CLI's capture of the new facets agrees with this machine, read by its
 * own tools (no mocks, no fixtures). The clock is not asked (ENVDIFF_CLOCK_TIMEOUT=0:
 * tests stay on loopback), which the time facet must say.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFingerprint } from '../../src/fingerprint/io.js';
import type { Facet, Scope } from '../../src/fingerprint/types.js';
import { SKEW_UNAVAILABLE } from '../../src/parse/clock.js';
import { run } from '../capture/helpers.js';

let dir: string;
let host: Scope;
const facet = (id: keyof Scope['facets']): Facet => host.facets[id] ?? {};
const number = (path: string) => Number(readFileSync(path, 'utf8').trim());
/** The version a tool prints, or undefined when it is not installed here (then the
 *  capture must not report it either). */
function versionOf(command: string, args: string[]): string | undefined {
  try {
    return /(\d+(?:\.\d+)+)/.exec(execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1];
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-live-facets-'));
  const result = await run(['capture', '--only', 'sysctl,network,toolchains,time', '-o', 'x.json'], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  host = (await readFingerprint(join(dir, 'x.json'))).scopes['host']!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envdiff capture: sysctl, network, toolchains, time on this machine', () => {
  it('every facet ok', () => {
    for (const id of ['sysctl', 'network', 'toolchains', 'time'] as const) expect(host.probes[id], id).toMatchObject({ status: 'ok' });
  });

  it('sysctl values are /proc/sys values', () => {
    for (const name of ['vm.max_map_count', 'fs.inotify.max_user_watches', 'fs.file-max', 'user.max_user_namespaces', 'kernel.pid_max']) {
      expect(facet('sysctl')[name], name).toBe(number(`/proc/sys/${name.replaceAll('.', '/')}`));
    }
  });

  it('network: every interface MTU from /sys/class/net, lo 65536', () => {
    const net = facet('network');
    for (const iface of readdirSync('/sys/class/net').filter((n) => !n.startsWith('veth'))) {
      expect(net[`mtu:${iface}`], iface).toBe(number(`/sys/class/net/${iface}/mtu`));
    }
    expect(net['mtu:lo']).toBe(65536);
    expect(net.default_iface).toBe(/^(\S+)\t00000000\t/m.exec(readFileSync('/proc/net/route', 'utf8'))?.[1]);
  });

  it('toolchains: git, g++, python3 and its pip as the machine reports them', () => {
    const tools = facet('toolchains');
    expect(tools.git).toMatch(/^\d+\.\d+/);
    expect(tools.git).toBe(versionOf('git', ['--version']));
    expect(tools['g++']).toBe(versionOf('g++', ['-dumpfullversion']));
    expect(tools.python3).toBe(versionOf('python3', ['--version']));
    // pip's own answer, started once here (the probe reads its METADATA instead).
    expect(tools.pip).toBe(versionOf('python3', ['-m', 'pip', '--version']));
  });

  it('time: the clock was not asked, and says so instead of guessing', () => {
    expect(facet('time').skew_s).toBeUndefined();
    expect(facet('time').skew_unavailable).toBe(SKEW_UNAVAILABLE.off);
  });
});
