/**
 * `envdiff capture -o x.json` on this very machine (the built CLI, no mocks),
 * checked fact by fact against the system's own tools.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFingerprint } from '../../src/fingerprint/io.js';
import type { Facet, Fingerprint, Scope } from '../../src/fingerprint/types.js';
import { run, type CliResult } from './helpers.js';

const sh = (command: string) => execFileSync('sh', ['-c', command], { encoding: 'utf8' });

let dir: string;
let result: CliResult;
let fingerprint: Fingerprint;
let host: Scope;
const facet = (id: keyof Scope['facets']): Facet => host.facets[id] ?? {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-live-'));
  result = await run(['capture', '-o', 'x.json', '--label', 'live test'], { cwd: dir });
  fingerprint = await readFingerprint(join(dir, 'x.json'));
  host = fingerprint.scopes['host']!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envdiff capture -o x.json on this machine', () => {
  it('exits 0 and says what it captured on stderr, nothing on stdout', () => {
    expect(result.stderr).toMatch(/^envdiff: captured host \(\d+ facets ok[^\n]*\) in \d+\.\d s -> x\.json\n$/);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes a valid fingerprint (schema round-trip) with the tool, time, host and label', () => {
    expect(fingerprint.schema).toBe('envdiff.fingerprint/v1');
    expect(fingerprint.tool.version).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    expect(Date.now() - Date.parse(fingerprint.capturedAt)).toBeLessThan(10 * 60_000);
    expect(fingerprint.hostname).toBe(sh('hostname').trim());
    expect(fingerprint.label).toBe('live test');
    expect(Object.keys(fingerprint.scopes)).toEqual(['host']);
    // Every facet this machine has: all captured, each with its record.
    for (const id of [
      'os',
      'kernel',
      'libc',
      'binfmt',
      'mirrors',
      'packages',
      'libraries',
      'toolchains',
      'cpu',
      'resources',
      'time',
      'locale',
      'security',
      'docker',
      'images',
      'env',
    ] as const) {
      expect(host.probes[id], id).toMatchObject({ status: 'ok' });
      expect(host.probes[id]!.durationMs, id).toBeGreaterThanOrEqual(0);
      if (id !== 'images') expect(Object.keys(facet(id)).length, id).toBeGreaterThan(0);
    }
  });

  it('kernel.release is uname -r', () => {
    expect(facet('kernel')['release']).toBe(sh('uname -r').trim());
  });

  it('packages holds exactly the dpkg packages dpkg-query lists, with equal versions', () => {
    const listed = sh(`dpkg-query -W -f='\${Package}\\t\${Architecture}\\t\${Version}\\n'`).trim().split('\n');
    const dpkg = Object.entries(facet('packages')).filter(([, v]) => (v as { manager?: string }).manager === 'dpkg');
    expect(dpkg.length).toBe(listed.length);
    for (const line of listed) {
      const [name, arch, version] = line.split('\t') as [string, string, string];
      const entry = (facet('packages')[name] ?? facet('packages')[`${name}:${arch}`]) as { version?: string } | undefined;
      expect(entry?.version, name).toBe(version);
    }
  });

  it('libraries lists libc.so.6 at the path ldconfig -p gives', () => {
    const path = /libc\.so\.6 \([^)]*\) => (\S+)/.exec(sh('ldconfig -p'))?.[1];
    expect(path).toBeTruthy();
    expect(facet('libraries')['libc.so.6']).toContain(path);
  });

  it('binfmt lists every entry under /proc/sys/fs/binfmt_misc', () => {
    const entries = readdirSync('/proc/sys/fs/binfmt_misc').filter((e) => e !== 'register' && e !== 'status');
    expect(entries.length).toBeGreaterThan(0);
    expect(facet('binfmt')['status']).toBe(readFileSync('/proc/sys/fs/binfmt_misc/status', 'utf8').trim());
    for (const entry of entries) {
      const enabled = readFileSync(`/proc/sys/fs/binfmt_misc/${entry}`, 'utf8').split('\n')[0] === 'enabled';
      expect(facet('binfmt')[entry], entry).toMatchObject({ enabled });
    }
  });

  it('mirrors lists every apt source with its resolved addresses', () => {
    const uris = new Set<string>();
    const files = sh('ls /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null || true')
      .split('\n')
      .filter(Boolean);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*URIs:\s*(.+)$/gm)) for (const uri of m[1]!.trim().split(/\s+/)) uris.add(uri);
      for (const m of text.matchAll(/^\s*deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?(\S+)/gm)) uris.add(m[1]!);
    }
    expect(uris.size).toBeGreaterThan(0);
    const mirrors = facet('mirrors');
    for (const uri of uris) {
      const key = Object.keys(mirrors).find((k) => k.replace(/\/+$/, '') === uri.replace(/\/+$/, ''));
      expect(key, uri).toBeDefined();
      const entry = mirrors[key!] as { host: string; addresses: string[] };
      expect(entry.host).toBe(new URL(uri).hostname);
      const resolved = sh(`getent ahosts ${entry.host} | awk '{print $1}' | sort -u`).trim().split('\n');
      expect(entry.addresses.length, uri).toBeGreaterThan(0);
      for (const address of entry.addresses) expect(resolved).toContain(address);
    }
  });

  it('docker matches the engine', () => {
    expect(facet('docker')['server_version']).toBe(sh("docker version --format '{{.Server.Version}}'").trim());
  });
});
