/**
 * Fingerprints built from this machine's real data (dpkg status files, the
 * dynamic linker cache, /proc/cpuinfo, uname), for tests and the compare bench.
 * Scaled-up variants repeat real entries under suffixed names, so values keep
 * their real shapes and lengths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Facet, Fingerprint } from '../../src/fingerprint/types.js';

export const HOST_DPKG_STATUS = '/var/lib/dpkg/status';
export const BOOKWORM_DPKG_STATUS = '/var/cache/envdiff/rootfs-bookworm/var/lib/dpkg/status';

export interface DpkgEntry {
  name: string;
  arch: string;
  version: string;
  status: string;
}

/** Paragraphs of a dpkg status file: Package/Architecture/Version/Status. */
export function readDpkgStatus(file: string): DpkgEntry[] {
  return parseDpkgStatus(readFileSync(file, 'utf8'));
}

export function parseDpkgStatus(text: string): DpkgEntry[] {
  const entries: DpkgEntry[] = [];
  for (const para of text.split(/\n\n+/)) {
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(para)?.[1]?.trim();
    const name = field('Package');
    const version = field('Version');
    if (!name || !version) continue;
    entries.push({ name, arch: field('Architecture') ?? 'all', version, status: field('Status') ?? '' });
  }
  return entries;
}

/** All real dpkg entries available here (host, plus the debootstrap'd rootfs when present). */
export function realDpkgEntries(): DpkgEntry[] {
  return [HOST_DPKG_STATUS, BOOKWORM_DPKG_STATUS].filter((f) => existsSync(f)).flatMap(readDpkgStatus);
}

/** soname -> paths from `ldconfig -p`. */
export function realLibraries(): Facet {
  const out = execFileSync('ldconfig', ['-p'], { encoding: 'utf8' });
  const libs: Record<string, string[]> = {};
  for (const line of out.split('\n')) {
    const m = /^\s+(\S+) \(.*\) => (\S+)$/.exec(line);
    if (!m) continue;
    (libs[m[1]!] ??= []).push(m[2]!);
  }
  return libs;
}

function cpuFlags(): string[] {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  return (/^flags\s*:\s*(.*)$/m.exec(info)?.[1] ?? '').split(/\s+/).filter(Boolean);
}

/**
 * A dpkg status file of `count` real paragraphs (this host's, repeated with
 * suffixed package names past the real count), optionally with one package's
 * version replaced: the pair of files a peer tool (diffoscope) compares.
 */
export function scaledDpkgStatus(count: number, changeVersionOf?: { index: number; version: string }): string {
  const paragraphs = readFileSync(HOST_DPKG_STATUS, 'utf8')
    .split(/\n\n+/)
    .filter((p) => /^Package: /m.test(p));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / paragraphs.length);
    let p = paragraphs[i % paragraphs.length]!;
    if (round > 0) p = p.replace(/^Package: (.*)$/m, `Package: $1-r${round}`);
    if (changeVersionOf?.index === i) p = p.replace(/^Version: .*$/m, `Version: ${changeVersionOf.version}`);
    out.push(p.trimEnd());
  }
  return `${out.join('\n\n')}\n`;
}

export interface RealFingerprintOptions {
  /** Use these packages (e.g. parsed from scaledDpkgStatus) instead of this host's. */
  dpkg?: DpkgEntry[];
  /** Number of dpkg packages (real entries, repeated with suffixes past the real count). */
  packages?: number;
  /** Number of library entries (same). */
  libraries?: number;
  hostname?: string;
}

export function realFingerprint(options: RealFingerprintOptions = {}): Fingerprint {
  const dpkg = options.dpkg ?? readDpkgStatus(HOST_DPKG_STATUS);
  const wantPackages = options.packages ?? dpkg.length;
  const packages: Facet = {};
  for (let i = 0; i < wantPackages; i++) {
    const e = dpkg[i % dpkg.length]!;
    const round = Math.floor(i / dpkg.length);
    const name = round === 0 ? `${e.name}:${e.arch}` : `${e.name}-r${round}:${e.arch}`;
    packages[name] = { version: e.version, status: e.status, manager: 'dpkg' };
  }
  const real = Object.entries(realLibraries());
  const wantLibs = options.libraries ?? real.length;
  const libraries: Facet = { 'ld.so.conf': ['/usr/local/lib', '/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu'] };
  for (let i = 0; i < wantLibs; i++) {
    const [soname, paths] = real[i % real.length]!;
    const round = Math.floor(i / real.length);
    const name = round === 0 ? soname : soname.replace('.so', `-r${round}.so`);
    libraries[name] = round === 0 ? paths : (paths as string[]).map((p) => p.replace('.so', `-r${round}.so`));
  }
  const uname = (flag: string) => execFileSync('uname', [flag], { encoding: 'utf8' }).trim();
  return {
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0.1.0' },
    capturedAt: '2026-11-21T22:00:00.000Z',
    hostname: options.hostname ?? 'dev-host',
    scopes: {
      host: {
        kind: 'host',
        facets: {
          os: { id: 'debian', version_id: '12', 'host.name': options.hostname ?? 'dev-host' },
          kernel: { release: uname('-r'), version: uname('-v'), machine: uname('-m') },
          cpu: { arch: uname('-m'), flags: cpuFlags(), cores: 2 },
          packages,
          libraries,
        },
        probes: {
          os: { status: 'ok', durationMs: 1 },
          kernel: { status: 'ok', durationMs: 1 },
          cpu: { status: 'ok', durationMs: 1 },
          packages: { status: 'ok', durationMs: 30 },
          libraries: { status: 'ok', durationMs: 40 },
        },
      },
    },
  };
}
