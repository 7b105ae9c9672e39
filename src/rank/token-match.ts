/**
 * Does a token the log names (a soname, host, address, architecture, package,
 * GLIBC_ version, path, file mode, CPU flag, tool, image) name this difference,
 * and how strongly? One function per token kind's comparison. Pure.
 */
import { compareLooseVersions } from '../diff/package-version.js';
import { COMMAND_PACKAGES } from './command-packages.js';
import { isCLibraryVersion } from './equivalents.js';
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import { BIN_DIRS, cxxSpelled, soStem } from './token-index.js';
import { archSpellings, type Token } from './tokens.js';
import { sameNetwork } from './networks.js';
import { pythonModulesOf } from './python-imports.js';
import type { ValueStrings } from './value-strings.js';
import { escapeRegExp, versionOfValue } from './value-strings.js';

export interface TokenMatch {
  weight: number;
  why: string;
  /** The token shows this difference cannot explain the failure (A lacks what the log asks for, too). */
  refutes?: boolean;
}

/** "docker.io/library/node:18" and "node:18" are one image: registry default and library/ dropped, digest ignored. */
function imageRef(ref: string): { repo: string; tag: string } {
  const r = ref
    .toLowerCase()
    .replace(/@sha256:[a-f0-9]+$/, '')
    .replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '');
  const colon = r.lastIndexOf(':');
  return colon > r.lastIndexOf('/') ? { repo: r.slice(0, colon), tag: r.slice(colon + 1) } : { repo: r, tag: '' };
}

export function matchToken(d: Difference, token: Token, strings: ValueStrings): TokenMatch | undefined {
  const v = token.value;
  const key = d.key.toLowerCase();
  switch (token.kind) {
    case 'soname': {
      const stem = soStem(v);
      if (d.facet === 'libraries' && d.key === v) return { weight: 0.95, why: `the log names ${v}, the library this difference is about` };
      if (strings.all.some((s) => s.endsWith(`/${v}`) || s === v)) return { weight: 0.8, why: `the log names ${v}` };
      if (d.facet === 'libraries' && soStem(d.key) === stem)
        return { weight: 0.5, why: `the log names ${v}, another version of this library` };
      if (d.facet === 'packages' && stem.length >= 5 && cxxSpelled(key).includes(stem))
        return { weight: 0.6, why: `the log names ${v}, which this package provides` };
      // libssl.so.1.1 from "openssl-1.1", libffi.so.7 from "libffi7": the library's name and its version.
      const core = stem.replace(/^lib/, '');
      const version = /\.so\.(\d+(?:\.\d+)?)/.exec(v)?.[1];
      // …-compat packages exist to ship the old soname (libxcrypt-compat: libcrypt.so.1).
      const versioned = version !== undefined && new RegExp(`(?<![\\d.])${version.replace('.', '\\.')}(?![\\d])`).test(key);
      if (d.facet === 'packages' && core.length >= 3 && key.includes(core) && (versioned || /-compat(?::\w+)?$/.test(key)))
        return { weight: 0.7, why: `the log names ${v}, which this package (${d.key}) provides` };
      // libicui18n.so.67 and libicuuc.so.67 from "libicu67": one package ships a family of sonames of its version.
      if (d.facet === 'packages' && version !== undefined && shipsFamily(key, stem, version))
        return { weight: 0.7, why: `the log names ${v}, which this package (${d.key}) provides` };
      return undefined;
    }
    case 'url':
      return undefined; // its host is a token of its own
    case 'host': {
      const host = v;
      if (d.facet === 'mirrors' && (key.includes(host) || strings.hosts.includes(host)))
        return { weight: 0.9, why: `the log names ${v}, this package source` };
      if (strings.lower.some((s) => s.includes(host)) || key.includes(host)) return { weight: 0.6, why: `the log names ${v}` };
      return undefined;
    }
    case 'ip': {
      if (!strings.changed.includes(v)) return undefined;
      if (strings.b.includes(v)) {
        // Round-robin DNS hands out another address of the same network on every run: the log naming
        // B's address is then no sign that the address change broke anything. Not so a name server: another
        // one on the same LAN (a Pi-hole beside the router) is another server, and names resolving to it are its answers.
        if (d.facet !== 'dns' && strings.a.some((a) => sameNetwork(a, v))) {
          return { weight: 0.45, why: `B resolves to ${v}, the address the log names, in the same network as A's addresses` };
        }
        return {
          weight: 0.9,
          why: d.facet === 'mirrors' ? `B resolves to ${v}, the address the log names` : `B's ${d.key} has ${v}, the address the log names`,
        };
      }
      return { weight: 0.6, why: `the log names ${v}, an address of A` };
    }
    case 'arch': {
      const spellings = archSpellings(v);
      if (d.facet === 'binfmt' && (key === `qemu-${v}` || key.endsWith(`-${v}`) || spellings.some((s) => key.endsWith(`-${s}`)))) {
        return { weight: 0.85, why: `the build runs ${spellings[0] ?? v} binaries, which need this handler` };
      }
      // An image one side lacks has all its values "changed", its architecture among them: only a rebuilt image
      // under the same tag changed architecture.
      const imageRebuilt = d.facet === 'images' && d.kind === 'changed';
      if ((d.facet === 'cpu' && d.key === 'arch') || (d.facet === 'kernel' && d.key === 'machine') || imageRebuilt) {
        // Only when the architecture is what changed: both sides being amd64 explains nothing.
        if (strings.changed.some((s) => s.toLowerCase() === v || spellings.includes(s.toLowerCase())))
          return { weight: 0.6, why: `the log names the ${spellings[0] ?? v} architecture` };
      }
      return undefined;
    }
    case 'package': {
      const name = key.replace(/:[a-z0-9]+$/, '');
      // Tokens are lower case; RPM keeps a Perl module's capitals (perl-IPC-Cmd).
      if (d.facet === 'packages' && name.toLowerCase() === v) return { weight: 0.8, why: `the log names package ${v}` };
      // A tool that is a Python package (west, meson, ansible): the module it could not import from is the tool's own.
      if (d.facet === 'toolchains' && key === v && v.length >= 3 && PYTHON_IMPORT_FAILED.test(token.line.body))
        return { weight: 0.7, why: `the log names module ${v}, the tool's own` };
      // "No module named 'catkin_pkg'" while B still has the package (another version): the interpreter that ran
      // may not see it at all, so its version is one suspect among others. A module that lacks an attribute
      // ("module 'em' has no attribute 'BUFFERED_OPT'") was imported: its version is the suspect.
      if (d.facet === 'packages' && pythonModulesOf(name).includes(v)) {
        const unimportable = d.kind === 'changed' && new RegExp(`No module named ['"]?${escapeRegExp(v)}\\b`, 'i').test(token.line.body);
        return { weight: unimportable ? 0.65 : 0.8, why: `the log names module ${v}, which ${d.key} provides` };
      }
      return undefined;
    }
    case 'process': {
      // Process names are truncated to 15 characters (Linux comm).
      if (d.facet === 'packages' && v.length >= 4 && key.startsWith(v.toLowerCase()))
        return { weight: 0.75, why: `the log names process ${v}, which this package runs` };
      return undefined;
    }
    case 'glibc':
      return glibcMatch(d, v);
    case 'apiversion': {
      if ((d.facet === 'docker' || d.key.toLowerCase().includes('api')) && (strings.b.includes(v) || strings.a.includes(v))) {
        return { weight: 0.8, why: `the log names API version ${v}` };
      }
      return undefined;
    }
    case 'version': {
      if (d.detail?.volatile) return undefined;
      // A component B lacks that carries the version in its name: the 4.6.1 targeting pack, Windows SDK 10.0.22621.
      if (d.facet === 'packages' && d.kind === 'removed' && versionInName(d.key, v))
        return { weight: 0.8, why: `the log asks for version ${v}, and B lacks ${d.key}` };
      const versions = [versionOfValue(d.b), versionOfValue(d.a)];
      if (versions[0] && sameVersion(versions[0], v)) return { weight: 0.55, why: `the log names version ${v}, B's version` };
      if (versions[1] && sameVersion(versions[1], v)) return { weight: 0.4, why: `the log names version ${v}, A's version` };
      return undefined;
    }
    case 'path':
      return pathMatch(d, v, strings, token.line.body);
    case 'mode':
      return modeMatch(d, token);
    case 'cpuflag': {
      const lost = d.detail?.onlyA ?? [];
      if (d.facet === 'cpu' && d.key === 'flags' && lost.includes(v))
        return { weight: 0.95, why: `the log names ${v}, a CPU feature B lacks` };
      return undefined;
    }
    case 'tool': {
      if (d.facet === 'toolchains' && key === v) return { weight: 0.7, why: `the log names ${v}` };
      // "python" for python3, "gcc" for gcc-12: the same tool by a near name (an unversioned command B may lack).
      if (d.facet === 'toolchains' && nearToolName(key, v)) return { weight: 0.55, why: `the log names ${v}` };
      const name = key.replace(/:[a-z0-9]+$/, '');
      // The package of the very name B lacks is what shipped the missing command.
      if (d.facet === 'packages' && name === v)
        return d.kind === 'removed'
          ? { weight: 0.75, why: `the log cannot run ${v}, and B lacks package ${v}` }
          : { weight: 0.5, why: `the log names ${v}` };
      if (d.facet === 'packages' && (COMMAND_PACKAGES[v]?.includes(name) || crossToolPackages(v).includes(name)))
        return d.kind === 'removed'
          ? { weight: 0.75, why: `the log cannot run ${v}, and B lacks package ${name}, which ships it` }
          : { weight: 0.6, why: `the log cannot run ${v}, which package ${name} ships` };
      // gdal-config, mysql_config, xml2-config: a library's configuration script ships with its development package.
      if (d.facet === 'packages' && d.kind !== 'added' && shipsConfigScript(name, v))
        return d.kind === 'removed'
          ? { weight: 0.75, why: `the log cannot run ${v}, and B lacks ${name}, the development package that ships it` }
          : { weight: 0.6, why: `the log cannot run ${v}, which ${name} shipped: B's release may no longer ship it` };
      // llvm-lto, llvm-config from llvm: a suite B lacks ships its programs under its own name and a dash.
      if (d.facet === 'packages' && d.kind === 'removed' && name.length >= 3 && v.startsWith(`${name}-`))
        return { weight: 0.6, why: `the log cannot run ${v}, and B lacks package ${name}, whose programs carry its name` };
      // mono from mono-complete: the package B lacks shipped the command under its own name.
      if (
        d.facet === 'packages' &&
        d.kind === 'removed' &&
        name.startsWith(`${v}-`) &&
        COMMAND_PACKAGE_SUFFIX.test(name.slice(v.length + 1))
      )
        return { weight: 0.45, why: `the log names ${v}, which ${d.key} ships` };
      return undefined;
    }
    case 'image': {
      if (d.facet !== 'images') return undefined;
      const logged = imageRef(v);
      const ours = imageRef(key);
      if (logged.repo !== ours.repo) return undefined;
      // Same repository: the same tag (or none given) is this image; another tag is a sibling.
      if (logged.tag === ours.tag || logged.tag === '' || ours.tag === '') return { weight: 0.7, why: `the log names image ${v}` };
      return { weight: 0.35, why: `the log names ${v}, another tag of this image` };
    }
    case 'word':
      return undefined;
  }
}

function sameVersion(value: string, token: string): boolean {
  const clean = value.replace(/^v/i, '');
  return clean === token || clean.startsWith(`${token}.`) || clean.startsWith(`${token}-`) || clean.startsWith(`${token}+`);
}

/** GLIBC_2.33 needed: fits when B's C library is older and A's is not. */
function glibcMatch(d: Difference, required: string): TokenMatch | undefined {
  if (!isCLibraryVersion(d)) return undefined;
  const a = upstreamVersion(versionOfValue(d.a));
  const b = upstreamVersion(versionOfValue(d.b));
  if (!b) return { weight: 0.5, why: `the binary needs GLIBC_${required}` };
  const bOlder = compareLooseVersions(b, required) < 0;
  const aEnough = a !== '' && compareLooseVersions(a, required) >= 0;
  if (bOlder && aEnough) return { weight: 0.95, why: `the binary needs GLIBC_${required}; B has ${b}, A has ${a}` };
  // A's C library lacks the version too, yet A passed: the binary changed, not the C library.
  if (bOlder && a !== '') {
    return { weight: 0, why: `the binary needs GLIBC_${required}, which neither A (${a}) nor B (${b}) has`, refutes: true };
  }
  if (bOlder) return { weight: 0.7, why: `the binary needs GLIBC_${required}; B has ${b}` };
  return { weight: 0.2, why: `the log names GLIBC_${required}` };
}

/** "2.35-0ubuntu3.1" -> "2.35", "1:2.31-13" -> "2.31". */
function upstreamVersion(version: string): string {
  return version.replace(/^\d+:/, '').replace(/-[^-]*$/, '');
}

function pathMatch(d: Difference, path: string, strings: ValueStrings, line: string): TokenMatch | undefined {
  if (d.facet === 'resources' && d.key.startsWith('disk_')) {
    const dir = d.key.slice(d.key.indexOf(':') + 1);
    if (dir.startsWith('/') && (path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`))) {
      return { weight: 0.55, why: `the log writes under ${dir}` };
    }
    return undefined;
  }
  if (d.facet === 'env') return envPathMatch(d, path, line);
  if (strings.changed.includes(path)) return { weight: 0.6, why: `the log names ${path}` };
  // "/usr/bin/gcc-13" when B lacks package gcc-13: the program the build runs came with it.
  if (d.facet === 'packages' && d.kind === 'removed') {
    const name = d.key.replace(/:[a-z0-9]+$/, '');
    if (BIN_DIRS.some((dir) => path === `${dir}/${name}`))
      return { weight: 0.75, why: `the log runs ${path}, which package ${name} installed and B lacks` };
  }
  if (d.facet === 'libraries' && strings.changed.some((s) => s.startsWith('/') && dirOf(s) === path.replace(/\/$/, ''))) {
    return { weight: 0.45, why: `the log names ${path}, where this library is` };
  }
  return undefined;
}

/**
 * A directory variable only A sets (XDG_RUNTIME_DIR=/run/user/1000), and the log fails on that very directory, or
 * one under it: without the variable the program fell back to a default it could not use ("mkdir
 * /var/run/user/1000: permission denied", buildah under `su`). A stack frame under it is no such failure: the
 * default is often A's very value (~/.julia). /var/run is /run.
 */
function lostDirectoryMatch(d: Difference, path: string, line: string): TokenMatch | undefined {
  if (!/(?:_DIR|_HOME|_ROOT|_PATH)$/.test(d.key) || SEARCH_PATH_VARIABLES.test(d.key)) return undefined;
  const a = typeof d.a === 'string' ? runDirectory(d.a.replace(/\/+$/, '')) : '';
  if (a.length < 5 || !a.startsWith('/') || a.includes(':')) return undefined;
  const named = runDirectory(path.replace(/\/+$/, ''));
  if (named !== a && !named.startsWith(`${a}/`)) return undefined;
  const at = line.indexOf(path);
  if (at < 0 || !FAILED_ON_PATH.test(line.slice(at + path.length))) return undefined;
  return { weight: 0.6, why: `the log fails on A's ${d.key} (${String(d.a)}), which B does not set` };
}

/** What follows a path the system refused: "…: permission denied", "…: No such file or directory", "…: Read-only file system". */
const FAILED_ON_PATH =
  /^['"`]?:\s*(?:permission denied|no such file or directory|read-only file system|not a directory|operation not permitted)/i;

/** /var/run/… is /run/… on every current Linux (a symbolic link): one spelling for both. */
function runDirectory(path: string): string {
  return path.startsWith('/var/run/') ? path.slice(4) : path;
}

/**
 * A variable that points at an install whose path changed (ANDROID_NDK_HOME .../ndk/23… -> …/25…), or that
 * only B sets (DOCKER_HOST at Podman's socket), and the log runs something from under B's path or names it:
 * the build uses what the variable chose. Not PWD, HOME or PATH:
 * every log names paths under them. Nor GOPATH: in GOPATH mode the sources live under it (…/go/src/github.com/…).
 */
function envPathMatch(d: Difference, path: string, line: string): TokenMatch | undefined {
  if (SEARCH_PATH_VARIABLES.test(d.key)) return searchPathMatch(d, path);
  if (d.key === 'PATH') return programPathMatch(d, path);
  if (d.kind === 'removed') return lostDirectoryMatch(d, path, line);
  if (/^(?:PWD|OLDPWD|HOME|PATH|TMPDIR|TMP|TEMP|GOPATH)$/.test(d.key)) return undefined;
  // A socket is named with its scheme (DOCKER_HOST=unix:///run/user/1000/podman/podman.sock), the log shows its path.
  const b = typeof d.b === 'string' ? d.b.replace(/^unix:\/+/, '/').replace(/\/+$/, '') : '';
  if (b.length < 8 || !b.startsWith('/') || b.includes(':')) return undefined;
  // JAVA_HOME, ANDROID_NDK_HOME, GOROOT: a variable whose whole job is choosing the install.
  const chooser = /(?:_HOME|_ROOT|_DIR)$/.test(d.key);
  // npm's "A complete log of this run can be found in: ~/.npm/_logs/…-debug.log" ends every failure it reports.
  if (NPM_DEBUG_LOG.test(path)) return undefined;
  if (path === b || path.startsWith(`${b}/`)) return { weight: chooser ? 0.8 : 0.6, why: `the log runs from under B's ${d.key} (${b})` };
  return undefined;
}

const NPM_DEBUG_LOG = /\/_logs\/[^/]*debug[^/]*\.log$/;

/** Lists of directories a loader or interpreter searches (PATH itself lists every program: too broad). */
const SEARCH_PATH_VARIABLES =
  /^(?:LD_LIBRARY_PATH|LIBRARY_PATH|DYLD_LIBRARY_PATH|PYTHONPATH|PERL5LIB|NODE_PATH|CLASSPATH|PKG_CONFIG_PATH)$/;

/** Python's words for an import that failed, or for the wrapped tail of one ("from 'west.configuration'"). */
const PYTHON_IMPORT_FAILED = /cannot import name|has no attribute|No module named|^\s*from ['"][\w.]+['"]/;

/** The dynamic loader's (and the link editor's) search paths. */
const LOADER_PATH_VARIABLES = /^(?:LD_LIBRARY_PATH|LIBRARY_PATH|DYLD_LIBRARY_PATH)$/;

/** A file the log loads from a directory only B's search path lists (a module system's gcc lib64 on LD_LIBRARY_PATH). */
function searchPathMatch(d: Difference, path: string): TokenMatch | undefined {
  if (d.kind === 'removed') return undefined;
  const onA = new Set(listedDirectories(d.a));
  // The dynamic loader looks in each directory, not below it; interpreters find modules in subdirectories.
  const flat = LOADER_PATH_VARIABLES.test(d.key);
  const dir = listedDirectories(d.b).find((x) => !onA.has(x) && (flat ? dirOf(path) === x : path === x || path.startsWith(`${x}/`)));
  return dir ? { weight: 0.85, why: `the log loads ${path} from ${dir}, which only B's ${d.key} lists` } : undefined;
}

/**
 * The log runs a program straight out of a directory only B's PATH lists (ccache's /usr/lib/ccache, a conda
 * env's bin, Windows' /mnt/c/…): B found that program first, where A found another or none. Files further
 * below such a directory are not programs PATH chose.
 */
function programPathMatch(d: Difference, path: string): TokenMatch | undefined {
  if (d.kind === 'removed') return undefined;
  const onA = new Set(listedDirectories(d.a));
  const dir = listedDirectories(d.b).find((x) => !onA.has(x) && dirOf(path) === x);
  return dir ? { weight: 0.7, why: `the log runs ${path} from ${dir}, which only B's PATH lists` } : undefined;
}

/** The absolute directories a colon-separated search path lists, without trailing slashes. */
function listedDirectories(v: FacetValue | undefined): string[] {
  if (typeof v !== 'string') return [];
  return v
    .split(':')
    .map((x) => x.replace(/\/+$/, ''))
    .filter((x) => x.length >= 4 && x.startsWith('/'));
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** A file got mode X where Y was expected: fits a umask that turns 0666/0777 into X. */
function modeMatch(d: Difference, token: Token): TokenMatch | undefined {
  if (d.facet !== 'security' || d.key !== 'umask') return undefined;
  const umaskB = typeof d.b === 'string' ? Number.parseInt(d.b, 8) : NaN;
  const umaskA = typeof d.a === 'string' ? Number.parseInt(d.a, 8) : NaN;
  const got = modeReadings(token.value);
  const octal = (n: number) => `0${n.toString(8)}`;
  if (!Number.isNaN(umaskB)) {
    for (const mode of got) {
      for (const base of [0o666, 0o777]) {
        if ((base & ~umaskB) === mode) {
          const fromA = Number.isNaN(umaskA) ? '' : `; A's umask ${d.a} would give ${octal(base & ~umaskA)}`;
          return { weight: 0.95, why: `B's umask ${d.b} turns ${octal(base)} into ${octal(mode)}, the mode the log reports${fromA}` };
        }
      }
    }
  }
  return { weight: 0.5, why: 'the log reports unexpected file modes' };
}

/** A mode token read as decimal (Jest prints 420 for 0644) and, if it can be, as octal digits. */
function modeReadings(value: string): number[] {
  const n = Number.parseInt(value, 10);
  const readings = [n];
  if (/^[0-7]{3,4}$/.test(value)) readings.push(Number.parseInt(value, 8));
  return readings;
}

/**
 * A cross compiler's or binutils' program is named for its target ("aarch64-linux-gnu-gcc"); Debian and
 * Fedora name its package the other way round ("gcc-aarch64-linux-gnu", "binutils-aarch64-linux-gnu").
 */
function crossToolPackages(program: string): string[] {
  const m = /^([a-z0-9_]+(?:-[a-z0-9_]+){2,3})-(gcc|g\+\+|cpp|gfortran|ld|as|ar|objcopy|objdump|strip|nm|ranlib)$/.exec(program);
  if (!m) return [];
  const triple = m[1]!;
  const tool = m[2]!;
  return ['gcc', 'g++', 'cpp', 'gfortran'].includes(tool) ? [`${tool}-${triple}`] : [`binutils-${triple}`];
}

/** Libraries whose configuration script goes by another name than their packages: pg_config is libpq's. */
const CONFIG_SCRIPT_LIBRARIES: Record<string, string> = {
  pg: '(?:pq|postgresql\\d*(?:-server)?)',
  mysql: '(?:mysqlclient|mariadb(?:client)?)',
  gdlib: 'gd',
};

/**
 * "gdal-config" -> libgdal-dev, gdal-devel; "python3.10-config" -> python3.10-dev; "pg_config" -> libpq-dev,
 * postgresql-server-dev-14: the development package of the library the script is named after.
 */
function shipsConfigScript(pkg: string, script: string): boolean {
  const base = /^([a-z][\w.+]*?)[-_]config$/.exec(script)?.[1];
  if (!base || base === 'pkg') return false;
  const library = CONFIG_SCRIPT_LIBRARIES[base] ?? escapeRegExp(base);
  return new RegExp(`^(?:default-)?(?:lib)?${library}[\\w.+-]*-(?:dev|devel)(?:-\\d[\\w.]*)?$`).test(pkg);
}

/** What distributions append to a program's name for the package that ships it: mono-complete, git-core, python3-minimal. */
const COMMAND_PACKAGE_SUFFIX = /^(?:complete|runtime|bin|utils|tools|core|client|cli|common|full|minimal)$/;

/** A package named for a library family and a version ("libicu67") ships that version of every soname of the family. */
function shipsFamily(pkg: string, stem: string, version: string): boolean {
  const m = /^(lib[a-z][a-z+_-]*?)-?(\d+(?:\.\d+)*)(?:t64)?(?::\w+)?$/.exec(pkg);
  if (!m || m[1]!.length < 5) return false;
  const family = m[1]!.replace(/-/g, '_');
  return stem.replace(/-/g, '_').startsWith(family) && (m[2] === version || m[2] === version.split('.')[0]);
}

/** A package name holding this version (three parts or more, trailing zeros dropped) as a whole: "…4.6.1.TargetingPack". */
function versionInName(name: string, version: string): boolean {
  const core = version.replace(/(?:\.0)+$/, '');
  if (core.split('.').length < 3) return false;
  // Not inside a longer version: "14.6.1" or "1.4.6.1" hold 4.6.1 but are not it.
  return new RegExp(`(?<!\\d)(?<!\\d\\.)${core.replace(/\./g, '\\.')}(?!\\d|\\.\\d)`).test(name);
}

/**
 * One name is the other with a version on ("python" and "python3", "gcc" and "gcc-12"), or a long name with a tail
 * ("node" and "nodejs"): not "g" for gh nor "go" for gofmt, other tools that merely start alike.
 */
function nearToolName(key: string, v: string): boolean {
  const [short, long] = key.length <= v.length ? [key, v] : [v, key];
  if (!long.startsWith(short)) return false;
  return short.length >= 4 || /^[-_.]?\d[\d.]*$/.test(long.slice(short.length));
}
