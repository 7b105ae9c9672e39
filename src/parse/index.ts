/**
 * Parser registry: one pure parser per shell probe (probes/<facet>.sh), raw text
 * in, facet out. The same parsers serve the host, containers with a shell, and
 * shell-less images (where src/capture reassembles the probe's raw text from
 * files read through the archive API, see FILE_SOURCES and sections.ts).
 *
 * Raw text convention: src/parse/sections.ts.
 *
 * Bundle variables the probes read (set through buildBundle's `vars`; all optional):
 * - ENVDIFF_CWD: the working directory whose free disk `resources` reports as
 *   `disk_free:<dir>` (default: the shell's cwd).
 * - ENVDIFF_DNS_TIMEOUT: seconds each host lookup of `mirrors` may take (default 2);
 *   lookups run in parallel, so keep the mirrors budget above this plus ~1 s.
 * - ENVDIFF_ENV_PID: pid whose environment `env` reports (default: the bundle
 *   shell, `$$`, i.e. the environment the runner started `sh` with; the bundle's
 *   own ENVDIFF_* variables are not in it).
 * Probes also read HOME (npm/yarn/pip/go user config) and the *_proxy variables,
 * and `security` reads `envdiff_umask`, the runner's umask that buildBundle saves
 * before it sets its own.
 */
import type { Facet, FacetId } from '../fingerprint/types.js';
import { parseBinfmt } from './binfmt.js';
import { parseCpu } from './cpu.js';
import { parseEnv } from './env.js';
import { parseKernel } from './kernel.js';
import { parseLibc } from './libc.js';
import { parseLibraries } from './libraries.js';
import { parseLocale } from './locale.js';
import { parseMirrors } from './mirrors.js';
import { parseMounts } from './mounts.js';
import { parseNetwork } from './network.js';
import { parseOs } from './os.js';
import { parsePackages } from './packages.js';
import { parseResources } from './resources.js';
import { parseSecurity } from './security.js';
import { parseSysctl } from './sysctl.js';
import { parseTime } from './time.js';
import { parseToolchains } from './toolchains.js';

export interface ParseContext {
  /** Scope being parsed (`host`, `image:...`), for parsers whose meaning depends on it. */
  scope: string;
}

export type Parser = (raw: string, context: ParseContext) => Facet;

/** Facet id -> parser of its probe's raw stdout. */
export const PARSERS: Partial<Record<FacetId, Parser>> = {
  os: parseOs,
  kernel: parseKernel,
  sysctl: parseSysctl,
  libc: parseLibc,
  binfmt: parseBinfmt,
  mirrors: parseMirrors,
  network: parseNetwork,
  mounts: parseMounts,
  packages: parsePackages,
  libraries: parseLibraries,
  toolchains: parseToolchains,
  cpu: parseCpu,
  resources: parseResources,
  time: parseTime,
  locale: parseLocale,
  security: parseSecurity,
  env: parseEnv,
};

/** Facets captured by a shell probe (probes/<facet>.sh), in bundle order: the
 *  slowest first, so they start while the quick ones run. */
export const PROBE_FACETS: FacetId[] = [
  'toolchains',
  'mirrors',
  'packages',
  'libraries',
  'os',
  'kernel',
  'libc',
  'binfmt',
  'cpu',
  'resources',
  'time',
  'locale',
  'security',
  'sysctl',
  'network',
  'mounts',
  'env',
];

/** Library dirs scanned besides the ld.so cache (multiarch dirs via the globs). */
const LIBRARY_DIRS = [
  '/lib/',
  '/usr/lib/',
  '/lib64/',
  '/usr/lib64/',
  '/usr/local/lib/',
  '/usr/local/lib64/',
  '/lib/*-linux-*/',
  '/usr/lib/*-linux-*/',
];

/**
 * For shell-less images: the files each facet's probe reads, so the capture can
 * fetch them through the archive API and build the same raw text with
 * `assembleRawFromFiles` (sections.ts says what text to supply for each entry).
 * - `/path/file`: the file's content.
 * - `/path/dir/` (trailing slash): the directory's listing, one entry name per line;
 *   symlinks as `name -> target`. `/` is the root listing (the libraries parser
 *   needs `lib -> usr/lib` etc. from it to fold merged-/usr paths).
 * - a `*` in a component: every existing path matching the glob (shell glob, `*` does
 *   not cross `/`), each supplied as above under its own path.
 * Facets absent here (kernel, cpu, resources, time's offset, security, env,
 * toolchains, mounts) describe the running system, not the filesystem: no files-only form.
 */
export const FILE_SOURCES: Partial<Record<FacetId, string[]>> = {
  os: ['/etc/os-release', '/usr/lib/os-release', '/etc/hostname', '/etc/alpine-release', '/etc/debian_version'],
  libc: [...LIBRARY_DIRS, '/var/lib/dpkg/status', '/var/lib/dpkg/status.d/*', '/lib/apk/db/installed'],
  mirrors: [
    '/etc/apt/sources.list',
    '/etc/apt/sources.list.d/*.list',
    '/etc/apt/sources.list.d/*.sources',
    '/etc/apk/repositories',
    '/etc/npmrc',
    '/usr/etc/npmrc',
    '/root/.npmrc',
    '/root/.yarnrc',
    '/root/.yarnrc.yml',
    '/etc/pip.conf',
    '/etc/xdg/pip/pip.conf',
    '/root/.pip/pip.conf',
    '/root/.config/pip/pip.conf',
    '/root/.config/go/env',
    '/etc/resolv.conf',
    '/etc/hosts',
  ],
  packages: ['/var/lib/dpkg/status', '/var/lib/dpkg/status.d/*', '/lib/apk/db/installed'],
  libraries: ['/', ...LIBRARY_DIRS, '/etc/ld.so.conf', '/etc/ld.so.conf.d/*.conf'],
  locale: ['/usr/lib/locale/', '/etc/default/locale', '/etc/locale.conf'],
  time: ['/etc/timezone', '/etc/'],
};
