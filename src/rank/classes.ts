/**
 * Error classes: kinds of failure that point at a facet without naming the key
 * that changed. A C++ diagnostic names a header, not the compiler that got
 * stricter; `class file has wrong version 61.0` names a class file version, not
 * the JDK. Each entry maps the class to the facets/keys it implicates, and says
 * whether any direction of change fits (`anyDirection`) or only the harmful one
 * (priors.ts decides which direction hurts per facet).
 *
 * Data, one entry per class; every entry is tested on real log lines from at
 * least two projects, with lines it must not match (test/rank/classes.test.ts).
 */
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import { magnitudeOf, numericParts } from './magnitude.js';
import { TZ_DATABASE_PACKAGES, versionDirection } from './priors.js';
import { CROSS_TRIPLE, LINT_VERDICTS } from './tool-names.js';
import type { Implication, Signature } from './signature-types.js';
import { versionOfValue } from './value-strings.js';

/** A Dockerfile instruction's flag (COPY --chown, RUN --mount) the builder refused, in its words: "Unknown flag: chown". */
const DOCKERFILE_FLAG_UNKNOWN = /\bUnknown flag: (?:chown|chmod|link|mount|parents?|exclude|network|security|checksum|keep-git-dir)\b/;

/**
 * Functions glibc added after projects had written their own (the release in brackets): getrandom, getentropy and
 * explicit_bzero (2.25), reallocarray (2.26), memfd_create, mlock2, copy_file_range and pkey_* (2.27), statx and
 * renameat2 (2.28), gettid and tgkill (2.30), closefrom and close_range (2.34), pidfd_*, arc4random* and the mount
 * API (2.36), strlcpy/strlcat (2.38), sched_[gs]etattr (2.41).
 */
const GLIBC_ADDED_FUNCTIONS = [
  'getrandom',
  'getentropy',
  'explicit_bzero',
  'reallocarray',
  'memfd_create',
  'mlock2',
  'copy_file_range',
  'pkey_\\w+',
  'statx',
  'renameat2',
  'gettid',
  'tgkill',
  'closefrom',
  'close_range',
  'pidfd_\\w+',
  'arc4random\\w*',
  'fsopen',
  'fsmount',
  'move_mount',
  'open_tree',
  'strlcpy',
  'strlcat',
  'sched_[gs]etattr',
];

/** A runtime hook's failure, as runc reports it, or the GPU toolkit's hook speaking for itself. */
const CONTAINER_HOOK_FAILED =
  /\berror running (?:prestart |createRuntime |createContainer )?hook\b|\bnvidia-container-cli: (?!requirement error)[\w ]+ error: /i;

/** The sysctls that decide whether unprivileged processes may create user namespaces. */
export const USERNS_SYSCTLS: Implication[] = [
  {
    facet: 'sysctl',
    key: /^(?:user\.max_user_namespaces|kernel\.unprivileged_userns_clone)$/,
    weight: 0.92,
    // A lower limit that still allows thousands (63381 -> 31452) refuses nobody: only none at all does.
    when: (d) => !(Number(d.b) > 0),
    why: 'B does not let unprivileged processes create user namespaces (rootless containers, sandboxes)',
  },
  {
    facet: 'sysctl',
    key: /^kernel\.apparmor_restrict_unprivileged_userns$/,
    weight: 0.92,
    anyDirection: true,
    why: 'AppArmor (Ubuntu 23.10+) restricts unprivileged user namespaces on B',
  },
];

/** B runs as root: its uid (or gid) is 0. */
export function rootOnB(d: Difference): boolean {
  return d.b === 0 || d.b === '0';
}

/** A ran as root: its uid (or gid) was 0. */
export function rootOnA(d: Difference): boolean {
  return d.a === 0 || d.a === '0';
}

/** A program that refuses root: B runs it as uid 0 (and the user variables say so too). */
function runsAsRoot(why: string): Implication[] {
  return [
    { facet: 'security', key: /^uid$/, weight: 0.92, anyDirection: true, when: rootOnB, why },
    { facet: 'env', key: /^(?:USER|HOME|LOGNAME)$/, weight: 0.5, anyDirection: true },
  ];
}

/** The Python major a captured value names ("/usr/bin/python2.7", "Python 3.9.16"). */
function pythonMajor(v: FacetValue | undefined): string | undefined {
  return typeof v === 'string' ? /\bpython ?([23])(?:\.\d+)?\b/i.exec(v)?.[1] : undefined;
}

/** A Python library: installed by pip, conda, poetry or uv, or a distribution's python3-* package. */
function pythonPackage(d: Difference): boolean {
  const manager = [d.a, d.b].map((v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as { manager?: unknown }).manager : undefined,
  );
  return manager.some((m) => m === 'pip' || m === 'conda' || m === 'poetry' || m === 'uv') || /^(?:python3?|py3)-/.test(d.key);
}

/** Where a CI system checks out the build: a longer one moves every path under it (sockets, Windows' MAX_PATH). */
const WORKSPACE_ENV = /^(?:\w+_WORKSPACE|WORKSPACE|PWD|CI_PROJECT_DIR|CI_BUILDS_DIR|AGENT_BUILDDIRECTORY|BUILD_SOURCESDIRECTORY)$/;

/** A libseccomp release before 2.5, the first that knows clone3 (a version it cannot read counts as old). */
function predatesClone3(v: FacetValue | undefined): boolean {
  const parts = numericParts(versionOfValue(v));
  return !parts || parts[0]! < 2 || (parts[0] === 2 && (parts[1] ?? 0) < 5);
}

/** NVIDIA_DRIVER_CAPABILITIES: B's list lacks a capability A's had ("all" has every one). */
function lostGpuCapability(d: Difference): boolean {
  const caps = (v: FacetValue | undefined) =>
    new Set(
      String(v ?? '')
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean),
    );
  const [a, b] = [caps(d.a), caps(d.b)];
  if (b.has('all')) return false;
  return a.has('all') ? true : [...a].some((c) => !b.has(c));
}

/** A mount's options, one word each ("lustre rw,flock,lazystatfs" -> lustre, rw, flock, lazystatfs). */
function mountOptions(v: unknown): string[] {
  return typeof v === 'string' ? v.split(/[\s,]+/) : [];
}

/** The mount grants file locks across clients (Lustre's flock, or localflock on one node). */
function grantsFileLocks(v: unknown): boolean {
  const options = mountOptions(v);
  return options.includes('flock') || options.includes('localflock');
}

/** B's mount options take file locks away (noflock, nolock, or flock gone) where A's had them. */
export function lostFileLocks(d: Difference): boolean {
  const [a, b] = [mountOptions(d.a), mountOptions(d.b)];
  const refused = (o: string[]) => o.includes('noflock') || o.includes('nolock');
  return (refused(b) && !refused(a)) || (grantsFileLocks(d.a) && !grantsFileLocks(d.b));
}

/** BLAS and LAPACK implementations, as packages (Debian's, conda's libblas build flavours, MKL's, Homebrew's). */
export const BLAS_PACKAGES = /^(?:intel-)?(?:lib)?(?:(?:open)?blas|blis|lapack|mkl|atlas)[\w.+-]*(?::\w+)?$/;
/** Their shared libraries, as the dynamic loader names them. */
export const BLAS_LIBRARIES = /^lib(?:open)?blas\w*\.so|^liblapack\w*\.so|^libmkl_\w+\.so|^libblis\w*\.so/;
/** The variables that set their threads (and MKL's threading layer). */
const BLAS_THREADS_ENV = /^(?:OMP_NUM_THREADS|OPENBLAS_\w+|MKL_\w+|BLIS_NUM_THREADS|GOTO_NUM_THREADS|VECLIB_MAXIMUM_THREADS)$/;
/** Compiler flags that change floating-point results. */
const FLOAT_FLAGS = /-ffast-math|-Ofast|-mfma\b|-ffp-contract=fast|-fp-model[= ]fast|-march=native/;

/** The variables that choose the Java installation a build runs. */
const JAVA_HOME_ENV = /^(?:JAVA_HOME|JDK_HOME)$/;
/** The packages of a JDK (headers, javac, libjvm), as distributions and vendors name them. */
const JDK_PACKAGES = /(?:^|-)(?:jdk|openjdk)[\w.+-]*(?::\w+)?$|^(?:default-jdk|java-[\w.-]*-openjdk-devel|temurin-[\w.-]*-jdk)(?::\w+)?$/;
/** A Java installation's path that names a runtime (a JRE, the browser plug-in's) rather than a JDK. */
function namesJre(v: FacetValue | undefined): boolean {
  return typeof v === 'string' && /(?:^|[\\/])jre[\w.-]*(?:[\\/]|$)|JavaAppletPlugin/i.test(v);
}
/** JAVA_HOME moved from a JDK to a runtime (JRE), which has no compiler. */
function movedToJre(d: Difference): boolean {
  return namesJre(d.b) && !namesJre(d.a);
}

/** A development package: headers and the unversioned link the linker reads. */
const DEV_PACKAGE = /-(?:dev|devel)(?::\w+)?$/;
/** "Could not find gdal-config", "[Errno 2] No such file or directory: 'gdal-config'", "Error: pg_config executable not found". */
const CONFIG_SCRIPT_MISSING =
  /\[Errno 2\] No such file or directory: '[\w.+]+[-_]config'|\bCould not find [\w.+]+[-_]config\b|(?:^|[\s:])[\w.+]+[-_]config (?:executable )?(?:was )?not found\b/;
/** The packages that ship a kernel's build headers, which out-of-tree modules build against. */
const KERNEL_HEADER_PACKAGES =
  /^(?:kernel-(?:devel|headers)|linux-headers[\w.+~-]*|linux-[\w.]+-headers|raspberrypi-kernel-headers|pve-headers[\w.-]*)(?::\w+)?$/;
/** Processors on which gcc and clang call libatomic for some atomic operations (sub-word on RISC-V, 8-byte on 32-bit). */
const ATOMICS_NEED_LIBRARY = /^(?:riscv|armv[4-7]|arm(?:el|hf)?$|mips(?!64)|i[3-6]86|x86$|ppc$|powerpc$|sparc$|m68k|sh4|hppa)/i;

/** The X libraries Qt's xcb platform plugin loads, as distributions package them. */
const QT_XCB_LIBRARY_PACKAGES =
  /^(?:libxcb[\w-]*|libxkbcommon[\w-]*|libx11-xcb\d*|libxrender\d*|libxi\d*|libsm\d*|libice\d*|libegl\w*|libgl\w*|libopengl\d*|libfontconfig\d*|libdbus-1-\d+)(?::\w+)?$/;

/** CPUs that fault on a misaligned load or store (x86 and 64-bit ARM forgive one). */
const STRICT_ALIGNMENT_ARCH = /^(?:armv[4-7]\w*|arm(?:el|hf)?|sparc\w*|mips(?!64)\w*|sh4|hppa|alpha)$/i;

/** A port number below 1024, as a log prints it after its address. */
const PRIVILEGED_PORT = '(?:[1-9]\\d{0,2}|10[01]\\d|102[0-3])(?!\\d)';

/** A mandatory access control setting that enforces nothing. */
export const MAC_OFF = /^(?:disabled|off|none|unconfined|permissive|0|false|no)\b/i;

/** A numeric limit B has set higher than A: a process cannot have run into it there. */
export function raisedOnB(d: Difference): boolean {
  return typeof d.a === 'number' && typeof d.b === 'number' && d.b > d.a;
}

/** A resource limit B sets lower than A, or sets where A had none ("unlimited", or not captured). */
export function limitTighter(d: Difference): boolean {
  const [a, b] = [limitOf(d.a), limitOf(d.b)];
  return b !== undefined && (a === undefined || b < a);
}

/** A CPU flag list (an array, or the text /proc/cpuinfo prints) that holds `flag`. */
function hasFlag(v: FacetValue | undefined, flag: string): boolean {
  const flags = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/\s+/) : [];
  return flags.includes(flag);
}

/** A's capability list holds the capability (CAP_IPC_LOCK, "IPC_LOCK" or "cap_ipc_lock") and B's does not. */
export function lostCapability(d: Difference, name: string): boolean {
  const has = (v: unknown) => new RegExp(`(?:^|[^a-z_])(?:cap_)?${name}(?![a-z_])`, 'i').test(String(v ?? ''));
  return has(d.a) && !has(d.b);
}

/**
 * File systems of another OS, as a mount's type names them: a host's share (vboxsf, 9p, drvfs, CIFS) or a disk
 * formatted for Windows. They hold no symlinks and no Unix modes, and refuse what Linux file systems take for granted.
 */
const FOREIGN_FILESYSTEM = /\b(?:fuse\.vmhgfs(?:-fuse)?|vmhgfs|vboxsf|9p|drvfs|cifs|smb3?|vfat|exfat|ntfs3?|fuseblk)\b/;
/** Engines storing images through containerd: Docker 24+'s image store reports the "overlayfs" snapshotter. */
const CONTAINERD_STORE = /^overlayfs$|snapshotter|stargz|containerd/i;

/** A resource limit as a number ("8192" as written by hand too); undefined for "unlimited" or none. */
function limitOf(v: unknown): number | undefined {
  // -1 is RLIM_INFINITY as Python's resource module and Go's syscall report it: no limit.
  if (typeof v === 'number') return v < 0 ? undefined : v;
  return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** The value got longer on B, or is set on B only (a path, usually). */
function longerOnB(d: Difference): boolean {
  return typeof d.b === 'string' && (typeof d.a !== 'string' || d.b.length > d.a.length);
}

/** The variables that choose a Maven installation and its options. */
const MAVEN_ENV = /^(?:MAVEN_HOME|M2_HOME|MAVEN_OPTS|MAVEN_CONFIG|MAVEN_VERSION)$/;
/** Linters and formatters whose verdicts change between releases. */
const LINTERS =
  /^(?:black|ruff|isort|flake8|pylint|mypy|pycodestyle|prettier|eslint|stylelint|shellcheck|hadolint|golangci-lint|gofmt|gofumpt|staticcheck|rustfmt|clippy|clang-format|clang-tidy|cppcheck|rubocop|swiftlint|ktlint|markdownlint(?:-cli2?)?|yamllint|pre-commit)(?::\w+)?$/;
const LINTER_IMAGE = /\b(?:hadolint|golangci-lint|shellcheck|black|ruff|prettier|eslint|rubocop|super-linter|megalinter)\b/;

/**
 * The C compilers, cross compilers by their target triple too ("arm-none-eabi-gcc", "mipsr5900el-unknown-linux-gnu-gcc"),
 * and Zig, whose `zig cc` and `zig c++` compile and link C with its own clang, lld and C library headers.
 */
/** Standard-library packages of Go whose API grows release by release (a newer function on an older Go is "undefined"). */
const GO_STD_PACKAGES = [
  'atomic',
  'bufio',
  'bytes',
  'cmp',
  'context',
  'embed',
  'errors',
  'exec',
  'filepath',
  'fmt',
  'fs',
  'http',
  'io',
  'iter',
  'maps',
  'math',
  'net',
  'netip',
  'os',
  'rand',
  'reflect',
  'runtime',
  'signal',
  'slices',
  'slog',
  'sort',
  'strconv',
  'strings',
  'sync',
  'testing',
  'time',
  'tls',
  'unicode',
  'utf8',
  'x509',
].join('|');
/** Compilers as Conan and vcpkg name them (apple-clang, msvc), beside the drivers' own names. */
const BUILD_TOOL_COMPILERS = /^(?:(?:apple-)?clang(?:\+\+)?|gcc|g\+\+|cc|c\+\+|msvc|cl|intel-cc|icx|xcode|mingw[\w.-]*gcc)$/;
const C_COMPILERS = new RegExp(`^(?:${CROSS_TRIPLE}-)?(?:gcc|g\\+\\+|cc|c\\+\\+|clang|clang\\+\\+|cpp|gfortran|xcode|zig)$`);
const C_COMPILER_PACKAGES = /^(?:gcc|g\+\+|cpp|clang|llvm|build-essential|libstdc\+\+|libgcc|binutils)[\w.+-]*(?::\w+)?$/;
const PYTHON = /^(?:python[23]?(?:\.\d+)?|cpython)$/;
const NODE = /^(?:node|nodejs)$/;
const JAVA = /^(?:java|javac|jdk|openjdk)$/;
/** JDK builds that fingerprints list by their distribution's name (JetBrains Runtime, Temurin, Zulu, Corretto, GraalVM…). */
const JDK_DISTRIBUTIONS =
  /^(?:jbr|temurin|zulu|corretto|graalvm|graalvm-ce|semeru|liberica|sapmachine|dragonwell|microsoft-jdk|oracle-jdk)$/;

/** The C++ standard library's headers, by the names an include gives them (no ".h"). */
const CXX_STANDARD_HEADERS = [
  'algorithm',
  'any',
  'array',
  'atomic',
  'bitset',
  'cassert',
  'cctype',
  'cerrno',
  'cfloat',
  'charconv',
  'chrono',
  'cinttypes',
  'climits',
  'clocale',
  'cmath',
  'codecvt',
  'complex',
  'concepts',
  'condition_variable',
  'cstdarg',
  'cstddef',
  'cstdint',
  'cstdio',
  'cstdlib',
  'cstring',
  'ctime',
  'cwchar',
  'deque',
  'exception',
  'filesystem',
  'format',
  'fstream',
  'functional',
  'future',
  'initializer_list',
  'iomanip',
  'ios',
  'iosfwd',
  'iostream',
  'istream',
  'iterator',
  'limits',
  'list',
  'locale',
  'map',
  'memory',
  'mutex',
  'new',
  'numeric',
  'optional',
  'ostream',
  'queue',
  'random',
  'ratio',
  'regex',
  'set',
  'span',
  'sstream',
  'stack',
  'stdexcept',
  'streambuf',
  'string',
  'string_view',
  'system_error',
  'thread',
  'tuple',
  'type_traits',
  'typeinfo',
  'unordered_map',
  'unordered_set',
  'utility',
  'valarray',
  'variant',
  'vector',
  'bits/c\\+\\+config\\.h',
].join('|');

/** A lookup of localhost itself that failed: Node's ENOTFOUND, Haskell's getAddrInfo, Java's UnknownHostException. */
export const LOCALHOST_UNRESOLVED =
  /\b(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME) localhost\b|host name: Just "localhost".*does not exist|UnknownHostException: localhost\b|Could not resolve (?:host:? )?['"]?localhost\b/;

/** An error inside the system's own headers that one of them redefines what another declared. */
const SYSTEM_HEADERS_CLASH =
  /\/usr\/include\/(?:linux|sys|asm|asm-generic|bits|netinet|net)\/[\w./-]+\.h:\d+:\d+: error: (?:redefinition|redeclaration|conflicting types) of\b/;

/** Solaris and its illumos descendants, as an OS id or a C library family. */
const SOLARIS_FAMILY = /\b(?:solaris|illumos|smartos|omnios|openindiana|sunos)\b/i;

/** B runs Solaris or an illumos distribution. */
function solarisOnB(d: Difference): boolean {
  return SOLARIS_FAMILY.test(String(d.b ?? ''));
}

/** Git's, MSYS2's or Cygwin's Unix tools directory, as a PATH entry. */
const GNU_BIN_DIR = /(?:^|[\\/])usr[\\/]bin[\\/]?$|\b(?:msys\d*|cygwin\d*)[\\/]bin[\\/]?$/i;
/** MSVC's tools directory ("…\\VC\\Tools\\MSVC\\14.44.35207\\bin\\HostX64\\x64"), as a PATH entry. */
const MSVC_DIR = /[\\/]MSVC[\\/]/i;

/** A PATH whose Unix tools directory comes before MSVC's (or has no MSVC at all). */
function gnuBinBeforeMsvc(path: unknown): boolean {
  if (typeof path !== 'string') return false;
  const entries = path.split(path.includes(';') ? ';' : ':');
  const gnu = entries.findIndex((e) => GNU_BIN_DIR.test(e.trim()));
  const msvc = entries.findIndex((e) => MSVC_DIR.test(e));
  return gnu >= 0 && (msvc < 0 || gnu < msvc);
}

/**
 * A header's `#error` naming a version of something other than the language or compiler, or asking for another C
 * library ("beamasm requires a libc that can guarantee that sigaltstack works").
 */
const LIBRARY_VERSION_GUARD =
  /error: #error\b(?!.*\b(?:C\+\+|GCC|gcc|[Cc]lang|compiler|MSVC|C\d\d)\b).*\b(?:older than|too old|version|libc|C library)\b/;

/** A compiler that changed: stricter diagnostics, dropped implicit includes, new default standard. */
const COMPILER: Implication[] = [
  {
    facet: 'toolchains',
    key: C_COMPILERS,
    weight: 0.8,
    anyDirection: true,
    boundary: true,
    why: 'another C/C++ compiler version: newer ones are stricter (headers no longer pulled in implicitly, warnings made errors, a newer default standard)',
  },
  { facet: 'packages', key: C_COMPILER_PACKAGES, weight: 0.6, anyDirection: true, boundary: true },
  // The distribution's default flags (dpkg-buildflags, redhat-rpm-config) decide which warnings are errors.
  { facet: 'packages', key: /^(?:dpkg-dev|redhat-rpm-config)$/, weight: 0.55, anyDirection: true },
  // Another compiler altogether (gcc -> clang) changes more than another version of the same one.
  { facet: 'env', key: /^(?:CC|CXX)$/, weight: 0.85, anyDirection: true, why: 'B builds with another C/C++ compiler altogether' },
  { facet: 'env', key: /^(?:CFLAGS|CXXFLAGS|CPPFLAGS)$/, weight: 0.6, anyDirection: true },
  { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.35, why: 'a new OS release ships a new default compiler' },
  { facet: 'images', weight: 0.3, why: 'a rebuilt base image can ship a new compiler' },
  // libc++ where A had libstdc++ (FreeBSD, macOS, a clang toolchain): another C++ standard library altogether.
  {
    facet: 'libraries',
    key: /^lib(?:stdc\+\+|c\+\+)\.(?:so|dylib)\b/,
    weight: 0.7,
    anyDirection: true,
    when: (d) => d.kind !== 'changed',
    why: 'B compiles against another C++ standard library altogether (libc++ or libstdc++), which declares other things',
  },
  // On macOS the selected developer directory (Xcode, or the command line tools alone) brings the compiler and SDK.
  {
    facet: 'custom',
    key: /\bxcode-select\b|\bxcrun\b/,
    weight: 0.8,
    anyDirection: true,
    why: 'B selects another developer directory (Xcode or the command line tools alone), with another compiler and SDK',
  },
  { facet: 'env', key: /^DEVELOPER_DIR$/, weight: 0.8, anyDirection: true },
];

/** What a linker failure blames besides its compiler: --as-needed, the libraries and their -dev packages. */
const LINKER_INPUTS: Implication[] = [
  // Linking with --as-needed (Ubuntu's and Arch's default) drops a -l named before the objects that use it.
  {
    facet: 'custom',
    key: /as-needed/,
    weight: 0.88,
    anyDirection: true,
    why: 'B links with --as-needed, which drops libraries named before the objects that use them',
  },
  {
    facet: 'env',
    key: /^LDFLAGS$/,
    weight: 0.85,
    anyDirection: true,
    when: (d) => gains(d, /--as-needed/),
    why: "B's LDFLAGS add --as-needed, which drops libraries named before the objects that use them",
  },
  // -flto makes objects compiler bitcode: a linker, archive or language (Rust's) without the compiler's plugin
  // finds none of their symbols.
  {
    facet: 'env',
    key: /^(?:CFLAGS|CXXFLAGS|LDFLAGS|RUSTFLAGS)$/,
    weight: 0.85,
    when: (d) => gains(d, /(?:^|\s)-flto\b/),
    why: "B's flags add link-time optimisation (-flto): the objects are bitcode the final link may not resolve",
  },
  { facet: 'libraries', weight: 0.45, why: 'the library the linker needs moved or changed' },
  { facet: 'packages', key: /^(?:lib[\w.+-]*-dev|binutils[\w-]*)(?::\w+)?$/, weight: 0.5, anyDirection: true },
  { facet: 'images', weight: 0.3 },
];

/** B's value holds what `pattern` matches and A's does not (a flag, whitespace, parentheses). */
function gains(d: Difference, pattern: RegExp): boolean {
  return typeof d.b === 'string' && pattern.test(d.b) && !(typeof d.a === 'string' && pattern.test(d.a));
}

/** What a linker failure blames: the compiler that drives it, and what it links. */
const LINKER_ERROR: Implication[] = [...COMPILER.slice(0, 3), ...LINKER_INPUTS];

/** A compiler release rarely drops a function; a library release, or one a configure found, often adds one. */
const UNRESOLVED_COMPILER_FACTOR = 0.75;
/** What an unresolved symbol blames: the same, the compiler less and the libraries' -dev packages more. */
const LINKER_UNRESOLVED: Implication[] = [
  ...COMPILER.slice(0, 3).map((imp) => ({ ...imp, weight: imp.weight * UNRESOLVED_COMPILER_FACTOR })),
  ...LINKER_INPUTS.map((imp) => (imp.facet === 'packages' ? { ...imp, weight: 0.6 } : imp)),
];

/**
 * What may follow a runtime's name in the name of a package of the runtime itself: a version and
 * the parts distributions split it into (python3.13-minimal, golang-1.21-go, openjdk-17-jdk-headless).
 * Not any word: python3-pytest is a library for Python, gobject-introspection is not Go.
 */
const RUNTIME_PACKAGE_SUFFIX =
  '(?:[-.]?\\d[\\w.~+]*)?(?:-(?:\\d[\\w.~+]*|minimal|dev|devel|stdlib|full|venv|distutils|libs?|core|base|runtime|headless|jdk|jre|bin|common|go|src|tools|interpreter|sdk|cli|defaults))*(?::\\w+)?$';

/** A runtime of another version: the build's code or its compiled modules do not fit it. */
function runtime(key: RegExp, why: string, extra: Implication[] = [], boundary = false): Implication[] {
  const within = boundary ? { boundary } : {};
  // Official images declare their runtime in the environment: RUBY_VERSION, NODE_VERSION, PYTHON_VERSION.
  // The names are the alternatives' leading words ("python[23]?(?:\\.\\d+)?" -> python).
  const names = [
    ...new Set(
      key.source
        .replace(/^\^\(\?:/, '')
        .split('|')
        .map((alternative) => /^[a-z][a-z0-9]*/.exec(alternative)?.[0])
        .filter((n): n is string => n !== undefined),
    ),
  ];
  const declared =
    names.length > 0
      ? [{ facet: 'env', key: new RegExp(`^(?:${names.join('|').toUpperCase()})_VERSION$`), weight: 0.85, anyDirection: true }]
      : [];
  return [
    ...declared,
    { facet: 'toolchains', key, weight: 0.88, anyDirection: true, why, ...within },
    {
      facet: 'packages',
      key: new RegExp(key.source.replace(/\$$/, RUNTIME_PACKAGE_SUFFIX)),
      weight: 0.6,
      anyDirection: true,
      ...within,
    },
    ...extra,
    { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.3 },
    { facet: 'images', weight: 0.3, why: 'a rebuilt base image can ship another runtime version' },
  ];
}

/** Processes a small cgroup or ulimit cap allows: what a parallel build or a JVM's threads run into. */
const SMALL_PROCESS_LIMIT = 8192;

/** The archivers package managers unpack their downloads with. */
const ARCHIVER_PACKAGES = /^(?:unzip|zip|tar|bzip2|lbzip2|gzip|pigz|xz-utils|xz|zstd|p7zip(?:-full)?|7zip|libarchive-tools)(?::\w+)?$/;

/** Packages of a TeX distribution and its fonts, as Debian, Fedora, Alpine and conda name them. */
const TEX_PACKAGE = /^(?:texlive[\w.-]*|tex-[\w.-]+|[\w.-]+-tex|tetex[\w-]*|miktex[\w-]*|cm-super|lmodern|fonts-[\w.-]+)(?::\w+)?$/;

/** A library built against another glibc than the one (or the sysroot) it is linked with: `memcpy@GLIBC_2.14`. */
export const GLIBC_VERSIONED_REFERENCE = /undefined reference to [`'‘][\w.]+@GLIBC_(?:[\d.]+|PRIVATE)['’]/;
/**
 * A symbol only glibc defines, unresolved: its version query, its fortified (_chk) and C99/C23 scanf entry points,
 * its internals (__libc_stack_end, __libc_csu_init). The object was built against glibc, and B links it against
 * another C library (musl) or another glibc that dropped or has not yet added the symbol.
 */
const GLIBC_ONLY_REFERENCE =
  /(?:undefined reference to [`'‘]|undefined symbol: |symbol not found: ?)(?:gnu_get_libc_version|__isoc(?:99|23)_\w+|__\w+_chk|__libc_\w+)\b/;

/**
 * The loader's words for a library an ELF rewriter broke (elf-misaligned-load): newer glibc says "not page-aligned",
 * a segment cut short reads "past end of file". The library is present, so no missing-library class applies.
 */
export const ELF_REWRITE_BROKEN = /ELF load command (?:address\/offset not (?:properly |page-)aligned|past end of file)/;

/** Erlang/OTP's or Elixir's release, which Mix and the BEAM's own checks fail on. */
const BEAM_RELEASE = runtime(
  /^(?:erlang|erl|otp|esl-erlang|elixir)$/,
  'a new Erlang/OTP or Elixir release changes built-in types and compiler checks that old dependencies trip over',
  [{ facet: 'toolchains', key: /^(?:rebar3|hex|mix)$/, weight: 0.35, anyDirection: true }],
);

export const ERROR_CLASSES: Signature[] = [
  {
    // The server answered a statement with an error another release of it did not raise: a catalog column
    // PostgreSQL 12 dropped (pg_attrdef.adsrc), a plugin MySQL 8.4 no longer loads, a stricter default mode.
    id: 'database-rejected-statement',
    anchors: ['does not exist', 'sqlstate', 'sql error state', 'error 1', '(hy000)', '(42000)'],
    patterns: [
      /\bERROR:\s+(?:column|relation|function|type|operator|schema) "?[\w.]+"?(?:\([^)]*\))? does not exist/,
      /\bERROR \d{4} \([0-9A-Z]{5}\)(?: at line \d+(?: in file: '[^']*')?)?: /,
      // A client's own wording of the server's error: "Query failed. 1694 (HY000): …", Go's "Error 1064: …".
      /\bERROR\b.*\b1\d{3} \([0-9A-Z]{5}\): |\bError 1\d{3}(?: \([0-9A-Z]{5}\))?: /,
      /\bSQLSTATE\[[0-9A-Z]{5}\]|\bSQL error state '[0-9A-Z]{5}'/,
    ],
    // A server out of disk or shared memory reports it with a state too: the resource is the cause.
    exclude: [/No space left on device|could not resize shared memory|can't rmdir/i],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:postgres(?:ql)?|psql|mysqld?|mariadbd?|sqlite3?|mssql|sqlserver|mongod?)$/,
        weight: 0.7,
        anyDirection: true,
        why: 'another database server release dropped, renamed or tightened what the statement uses',
      },
      // A captured query of the server's version ("psql -Atc 'SHOW server_version_num'", "SELECT @@version").
      {
        facet: 'custom',
        key: /server_version|\bversion\(\)|@@(?:GLOBAL\.)?version\b/i,
        weight: 0.7,
        anyDirection: true,
        why: 'B queries another release of the database server',
      },
      { facet: 'env', key: /^(?:POSTGRES|PG|MYSQL|MARIADB)_(?:VERSION|MAJOR)$/, weight: 0.6, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:postgresql|mysql-server|mysql-community-server|mariadb-server)(?:-[\d.]+)?(?::\w+)?$/,
        weight: 0.5,
        anyDirection: true,
      },
    ],
    tokens: [],
    meaning: 'the database server rejected a statement',
  },
  {
    // Redis answers a command it does not know (GEOADD before 3.2, HSTRLEN before 3.2, a module's command) with
    // "ERR unknown command": the server is another release than the one the client or test was written against.
    // Its wording changed too (6.2 added "with args beginning with:"), which tests that compare the text notice.
    id: 'redis-unknown-command',
    anchors: ['err unknown command'],
    patterns: [/\bERR unknown command [`'‘]/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:redis|redis-server|redis-tools|valkey|valkey-server)(?:\d+)?(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'the Redis server is another release: it lacks the command, or words its answer otherwise',
      },
      { facet: 'toolchains', key: /^(?:redis|redis-server|valkey|valkey-server)$/, weight: 0.85, anyDirection: true },
      // A rebuild under the same tag keeps the release series: rarely another command set.
      { facet: 'images', key: /redis|valkey/i, weight: 0.4, anyDirection: true, why: 'the Redis image runs another server release' },
      { facet: 'env', key: /^REDIS_VERSION$/, weight: 0.75, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the Redis server did not know a command the build sent',
  },
  {
    // The process runs as a uid /etc/passwd does not list (OpenShift's random uids, `docker run -u 1000`, a
    // runner's uid in a container, root mapped to nobody by unshare): every library that asks for the user's name
    // or home fails, in its own words.
    id: 'user-not-in-passwd',
    anchors: [
      'no user exists',
      'uid not found',
      'unknown userid',
      'name for user id',
      'i have no name',
      'effective user id',
      'uv_os_get_passwd',
      'look up current user',
    ],
    patterns: [
      /\bNo user exists for uid \d+/,
      // git's ident lookup: "fatal: unable to look up current user in the passwd file: no such user".
      /\bunable to look up current user in the passwd file\b/,
      /getpwuid\(\): uid not found/,
      /\buser: unknown userid \d+/,
      /cannot find name for user ID \d+|\bI have no name!/,
      /could not look up effective user ID \d+/,
      // Node's os.userInfo() (libuv's getpwuid_r): "uv_os_get_passwd returned ENOENT".
      /\buv_os_get_passwd returned ENOENT\b/,
    ],
    implicates: [
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B runs as a user id its /etc/passwd does not list: programs asking for the user name or home fail',
      },
      { facet: 'custom', key: /getent passwd|\/etc\/passwd|\bid -un\b|\bwhoami\b/, weight: 0.9, anyDirection: true },
      { facet: 'images', weight: 0.4, anyDirection: true, why: 'the rebuilt image runs as another user, or lists other users' },
      { facet: 'env', key: /^(?:USER|LOGNAME|HOME)$/, weight: 0.35, anyDirection: true },
      // OpenShift's images answer for such a uid through nss_wrapper, preloaded with its own passwd file.
      {
        facet: 'env',
        key: /^(?:LD_PRELOAD|NSS_WRAPPER_PASSWD|NSS_WRAPPER_GROUP)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B does not preload nss_wrapper, which lists the random user id in a passwd file of its own',
      },
    ],
    tokens: [],
    meaning: 'the build runs as a user id with no passwd entry',
  },
  {
    // Node's own error codes for what its module loader and built-ins accept, which moves between releases: a
    // loader hook chain (16.17), .ts through ts-node's --loader (20), `this` checks in undici's fetch (20), a
    // builtin a new release added or dropped.
    id: 'node-loader-behaviour',
    anchors: [
      'err_unknown_file_extension',
      'err_loader_chain_incomplete',
      'err_invalid_this',
      'err_require_esm',
      'err_unknown_builtin_module',
      'err_import_',
    ],
    patterns: [
      /\bERR_(?:UNKNOWN_FILE_EXTENSION|LOADER_CHAIN_INCOMPLETE|INVALID_THIS|REQUIRE_ESM|UNKNOWN_BUILTIN_MODULE|IMPORT_ASSERTION_TYPE_\w+|IMPORT_ATTRIBUTE_\w+)\b/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: NODE,
        weight: 0.85,
        anyDirection: true,
        why: "another Node.js release: its module loader or built-ins accept other things (loader hooks, .ts through --loader, fetch's checks)",
      },
      { facet: 'packages', key: /^nodejs(?::\w+)?$/, weight: 0.7, anyDirection: true },
      { facet: 'env', key: /^NODE_VERSION$/, weight: 0.75, anyDirection: true },
      { facet: 'env', key: /^NODE_OPTIONS$/, weight: 0.5, anyDirection: true },
      { facet: 'images', key: /node/i, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: "Node's module loader or a built-in refused what an older or newer release accepted",
  },
  {
    // PostgreSQL 15 took CREATE on the public schema away from ordinary roles: migrations and tests that create their
    // tables as the application's user stop at the first CREATE, on any client, once the server crosses 15.
    id: 'postgres-public-schema-create-revoked',
    anchors: ['permission denied for schema public'],
    patterns: [/\bpermission denied for schema public\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:postgres(?:ql)?|postgresql-server|psql)$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => crosses(d, [15]),
        why: 'PostgreSQL 15 no longer lets ordinary roles create tables in the public schema',
      },
      {
        facet: 'packages',
        key: /^(?:postgresql|postgresql-server)(?:-[\d.]+)?(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => crosses(d, [15]),
        why: 'PostgreSQL 15 no longer lets ordinary roles create tables in the public schema',
      },
      // A captured check of the privilege itself ("SELECT has_schema_privilege('app','public','CREATE')").
      { facet: 'custom', key: /schema_privilege|server_version/i, weight: 0.85, anyDirection: true },
      { facet: 'env', key: /^(?:POSTGRES|PG)_(?:VERSION|MAJOR)$/, weight: 0.8, anyDirection: true },
      { facet: 'images', key: /postgres/i, weight: 0.7, anyDirection: true, why: 'the server image now runs PostgreSQL 15 or later' },
      { facet: 'toolchains', key: /^(?:postgres(?:ql)?|postgresql-server)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "the database server refused to let the build's role create objects in the public schema",
  },
  {
    id: 'cxx-diagnostic',
    anchors: [
      'undeclared function',
      'error:',
      'werror',
      'not declared',
      'not a member',
      'does not name a type',
      'has not been declared',
      'treated as errors',
      'no template named',
      'no member named',
      'consteval function',
      'too many arguments',
      'cannot be defined via',
      'cannot use keyword',
    ],
    patterns: [
      /(?:error: )?[‘'`"]?[\w:<>~]+[’'"]? (?:is not a member of|was not declared in this scope|has not been declared|does not name a type|is not a type|in namespace [‘'`"]?std[’'"]? does not name)/,
      // xcpretty prints clang's message under the caret of its code frame: "^ no template named 'unary_function' …".
      /(?:error: |\^ )no (?:member|template) named [‘'`"][\w]+[’'"] in (?:namespace )?[‘'`"]?std/,
      // libc++ 19 (Xcode 16.3) dropped the generic std::char_traits<T> that basic_string<unsigned char> needed.
      /error: implicit instantiation of undefined template [‘'`"]std::/,
      // A newer compiler checks a format string at compile time (fmt's, std::format's); Xcode's issue list drops "error:".
      /\b[Cc]all to consteval function [‘'`"][^’'"]+[’'"] is not a constant expression/,
      /error: use of undeclared identifier/,
      /error: ISO C\+\+\d* (?:forbids|does not allow)/,
      /error: implicit declaration of function|error: implicit function declaration/,
      // clang 15's -Wint-conversion, an error by default.
      /error: incompatible (?:integer to pointer|pointer to integer) conversion/,
      // C23, GCC 15's default: "f()" declares no parameters, and bool, true and false are keywords.
      /error: too many arguments to function [‘'`"]\w+[’'"]; expected 0, have \d+/,
      /error: [‘'`"](?:bool|true|false)[’'"] cannot be defined via [‘'`"]typedef|cannot use keyword [‘'`"](?:false|true)[’'"] as enumeration constant/,
      // clang 16's wording of the same, and any warning a newer compiler turned into an error.
      /error: call to undeclared (?:library )?function/,
      /error: (?:call of overloaded|no matching function for call to|invalid conversion from|narrowing conversion|redefinition of|conflicting types for|incompatible (?:pointer|integer) types|passing argument \d+ of)/,
      /\[-Werror(?:=[\w+-]+)?\]/,
      /error: [‘'`"][\w:]+[’'"] (?:is deprecated|has incomplete type)/,
      /error: #error /,
      /(?:^|\s)cc1(?:plus)?: (?:all |some )?warnings being treated as errors/,
      /configure(?::\d+)?: error: (?:installation or configuration problem: )?C(?:\+\+)? compiler cannot create executables/,
    ],
    // Two system headers defining the same thing: the headers changed, not the compiler (system-headers-clash).
    // A library's own guard (`#error "SDL version older than 2.24.0"`) is about the library, not the compiler.
    exclude: [SYSTEM_HEADERS_CLASH, LIBRARY_VERSION_GUARD],
    implicates: COMPILER,
    tokens: ['path'],
    meaning: 'the C/C++ compiler rejected code it used to accept',
  },
  {
    // glibc 2.36's <sys/mount.h> and the kernel's <linux/mount.h> both define struct mount_attr: a C library or
    // kernel-headers release that now declares what the other already did, whatever compiler reads them.
    id: 'system-headers-clash',
    anchors: ['/usr/include/'],
    patterns: [SYSTEM_HEADERS_CLASH],
    implicates: [
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.85,
        anyDirection: true,
        why: "another C library release declares what the kernel's headers already do (or the other way round)",
      },
      {
        facet: 'packages',
        key: /^(?:glibc|libc6-dev|glibc-devel|glibc-headers|linux-libc-dev|linux-api-headers|kernel-headers|musl-dev)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "the C library's and the kernel's headers now define the same names",
      },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'two system headers define the same name',
  },
  {
    // MSVC's diagnostics carry their number (C2062, C2382, LNK2019): the compiler, or the Windows SDK headers it
    // reads, changed under the code. Which of the two, the paths and versions the log prints tell.
    id: 'msvc-diagnostic',
    anchors: ['error c', 'error lnk'],
    patterns: [/\b(?:fatal )?error C\d{4}:/, /\berror LNK\d{4}:/],
    // C1060/C1076/C3859: the compiler ran out of memory, not out of patience with the code (out-of-memory).
    // C1083: a file it could not open (a header missing, a path mangled), whatever the release.
    // LNK1112/LNK4272: objects built for another machine than the link's target (library-wrong-architecture).
    exclude: [/\bC4819\b/, /\bC2001: newline in constant\b/, /\b(?:C1060|C1076|C3859|C1083|LNK1112|LNK4272)\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:msvc|cl|visualstudio|visual[-_ ]?studio|vs\d*|vc\w*|msbuild|buildtools)$/i,
        weight: 0.75,
        anyDirection: true,
        why: 'another MSVC release: stricter, or with other defaults, for the same code',
      },
      {
        facet: 'toolchains',
        key: /^(?:windows[-_ ]?sdk|winsdk|windows[-_ ]?kits?)$/i,
        weight: 0.75,
        anyDirection: true,
        why: 'another Windows SDK: its headers declare (or drop) what the code declares itself',
      },
      { facet: 'packages', key: /^Microsoft\.VisualStudio\.[\w.]+$|^Windows (?:SDK|Driver Kit)/i, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.25 },
    ],
    tokens: ['path'],
    meaning: 'the MSVC compiler or linker rejected the code',
  },
  {
    // MSVC reads a source without a BOM in the system code page (936, 932): non-ASCII bytes become C4819, an
    // error under /WX, where a machine with a UTF-8 or Western code page reads them fine.
    id: 'msvc-code-page',
    anchors: ['c4819', 'c2001'],
    // The line may wrap inside "code page". A double-byte code page (936) reads a UTF-8 character before a closing quote
    // as one character with the quote: "C2001: newline in constant".
    patterns: [/C4819: The file contains a character that cannot be represented in the current code\b/, /\bC2001: newline in constant\b/],
    implicates: [
      {
        facet: 'locale',
        key: /^(?:charmap|codepage|code_page|acp)$/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's system code page cannot represent the source's characters",
      },
      { facet: 'custom', key: /locale|code ?page|chcp|\bacp\b/i, weight: 0.88, anyDirection: true },
      { facet: 'locale', weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "a source file's characters do not exist in the system code page",
  },
  {
    // Python decoding with a Windows code page or a legacy national encoding ('gbk', 'cp1252', 'charmap',
    // 'shift_jis'): the locale's charmap is that code page. Not an unset LANG falling back to ASCII, which
    // names 'ascii'.
    id: 'code-page-codec',
    anchors: ["' codec can't"],
    patterns: [
      /'(?:gbk|gb2312|gb18030|cp9\d\d|cp125\d|mbcs|charmap|shift_jis|euc[-_](?:jp|kr)|big5|latin-?1|iso-8859-\d+)' codec can't (?:decode|encode)/i,
    ],
    implicates: [
      {
        facet: 'locale',
        key: /^(?:charmap|codepage|code_page|acp)$/i,
        weight: 0.92,
        anyDirection: true,
        why: "B's locale encodes text in a legacy code page, which the file's characters are not written in",
      },
      { facet: 'custom', key: /locale|code ?page|chcp|\bacp\b|encoding/i, weight: 0.9, anyDirection: true },
      { facet: 'env', key: /^(?:PYTHONUTF8|PYTHONIOENCODING)$/, weight: 0.85, anyDirection: true },
    ],
    tokens: [],
    meaning: 'text was decoded or encoded in a legacy code page',
  },
  {
    // crt1.o, crti.o and crtn.o ship with the C library's development package (libc6-dev, musl-dev, glibc-devel;
    // its .i686 flavour for -m32): without it nothing links, whatever the program.
    id: 'c-runtime-objects-missing',
    anchors: ['crt1.o', 'crti.o', 'crtn.o', 'scrt1.o'],
    patterns: [/cannot find (?:S?crt1|crti|crtn)\.o\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:musl-dev|libc6?-dev(?:-[\w]+-cross)?|libc6-dev-\w+|glibc-devel|glibc-headers|libc-dev|lib32-glibc|glibc-devel\.\w+)(?::\w+)?$/,
        weight: 0.9,
        why: "B lacks the C library's development files (crt1.o, crti.o)",
      },
      { facet: 'libc', key: /^family$/, weight: 0.5, anyDirection: true },
      { facet: 'packages', key: /^(?:gcc|build-essential|gcc-multilib)[\w.+-]*(?::\w+)?$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: "the linker cannot find the C library's start-up objects",
  },
  {
    // The linker passing over the 64-bit libgcc while it links with -m32: only the native half of the compiler's
    // runtime is installed. The 32-bit half comes with gcc-multilib (Debian) or libgcc.i686 (Fedora).
    id: 'multilib-runtime-missing',
    anchors: ['skipping incompatible'],
    patterns: [
      /\bskipping incompatible \S*\/lib(?:gcc|gcc_s|stdc\+\+|atomic)\.(?:a|so)\S* when searching for -l(?:gcc|gcc_s|stdc\+\+|atomic)\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:g(?:cc|\+\+)(?:-\d+)?-multilib|lib32(?:gcc|stdc\+\+)[\w.+-]*|libc6-dev-(?:i386|x32)|(?:glibc-devel|libgcc|libstdc\+\+(?:-devel)?)\.i[3-6]86)(?::\w+)?$/,
        weight: 0.9,
        why: "B lacks the 32-bit half of the compiler's runtime, which a -m32 build links",
      },
      { facet: 'toolchains', key: /^(?:gcc|g\+\+|cc)$/, weight: 0.4, anyDirection: true },
      { facet: 'os', key: /^version_id$/, weight: 0.35 },
    ],
    tokens: [],
    meaning: "the linker found only the 64-bit half of the compiler's runtime",
  },
  {
    // A language standard the compiler does not know yet (-std=c++17 on gcc 4.8, R's CXX17 on CentOS 7): the
    // compiler is older than the code, however the build asks for the standard.
    id: 'compiler-lacks-standard',
    anchors: ['-std=', 'standard requested', 'language dialect'],
    patterns: [
      /unrecogni[sz]ed (?:command[- ]line )?option [‘'"`]?-?-std=(?:c|gnu)(?:\+\+)?\w+/,
      /error: invalid value [‘'"`](?:c|gnu)(?:\+\+)?\w+[’'"`] in [‘'"`]-std=/,
      /C\+\+\d\d standard requested but CXX\d\d is not defined/,
      /requires the language dialect "(?:CXX|C)\d+"(?: \(with compiler extensions\))?, but CMake does not know the compile flags/,
    ],
    implicates: [
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.9, why: "B's compiler is older than the language standard the build asks for" },
      { facet: 'packages', key: C_COMPILER_PACKAGES, weight: 0.7 },
      { facet: 'env', key: /^(?:CC|CXX)$/, weight: 0.85, anyDirection: true, why: 'B builds with another, older compiler' },
      { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.35, why: 'an older OS release ships an older default compiler' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the compiler does not know the language standard the build asks for',
  },
  {
    // The linker the build asks for (-fuse-ld=gold, lld, mold) is not installed on B: gcc's collect2 names it "ld"
    // whichever it looked for.
    id: 'linker-not-found',
    anchors: ["cannot find 'ld'", 'cannot find ‘ld’', 'invalid linker name'],
    patterns: [/collect2(?:\.exe)?: fatal error: cannot find [‘'`]ld[’'`]/, /invalid linker name in argument [‘'`]-fuse-ld=[\w.-]+/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:binutils(?:-[\w.+-]+)?|lld(?:-\d+)?|mold|llvm(?:-\d+)?(?:-linker-tools)?)(?::\w+)?$/,
        weight: 0.9,
        why: 'B lacks the linker the build asks for (gold, lld, mold)',
      },
      {
        facet: 'toolchains',
        key: /^(?:ld|ld\.gold|gold|ld\.lld|lld|mold|binutils)$/,
        weight: 0.9,
        why: 'B lacks the linker the build asks for',
      },
      { facet: 'env', key: /^(?:LDFLAGS|RUSTFLAGS|CFLAGS|CXXFLAGS)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the compiler driver cannot find the linker the build asks for',
  },
  {
    // `git describe` finds no tag: the checkout is shallow (CI's fetch depth), so the version a build derives from
    // its tags is missing and autogen.sh, setuptools-scm or a Makefile fails further on.
    id: 'shallow-clone-no-tags',
    anchors: ['cannot describe', 'no tags can describe'],
    patterns: [/fatal: No names found, cannot describe anything/, /fatal: No tags can describe [‘'`]?[0-9a-f]{7,40}/],
    implicates: [
      {
        facet: 'custom',
        key: /shallow|describe|depth/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's checkout is shallow: git describe finds no tag",
      },
      {
        facet: 'env',
        key: /^(?:GIT_DEPTH|GIT_STRATEGY|GIT_FETCH_DEPTH|FETCH_DEPTH)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B clones with another depth',
      },
      { facet: 'git', key: /shallow|depth|tags/i, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'git describe finds no tag in the checkout',
  },
  {
    // A range or merge base between two commits the checkout does not have: CI's shallow fetch (GIT_DEPTH) or a
    // branch it never fetched, where a full clone on the laptop has them all.
    id: 'git-history-missing',
    anchors: ['symmetric difference', 'unknown revision', 'no merge base'],
    patterns: [
      /fatal: Invalid symmetric difference expression \S+\.\.\.\S+/,
      /fatal: ambiguous argument '[^']*\.\.[^']*': unknown revision or path not in the working tree/,
      /fatal: [0-9a-f]{7,40}\.\.\.[0-9a-f]{7,40}: no merge base|\bfatal: no merge base found\b/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /shallow|depth|rev-parse|refs\/|branch/i,
        weight: 0.88,
        anyDirection: true,
        why: "B's checkout lacks the commits or refs the range names (a shallow or single-branch fetch)",
      },
      {
        facet: 'env',
        key: /^(?:GIT_DEPTH|GIT_STRATEGY|GIT_FETCH_DEPTH|FETCH_DEPTH|GIT_CLONE_PATH)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B clones with another depth',
      },
      { facet: 'git', key: /shallow|depth|fetch|refspec/i, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a git range names commits the checkout does not have',
  },
  {
    // JDK 16 closed the JDK's internals to code outside its modules (JEP 396, 403): Lombok, reflection on
    // java.util and tests that poke at the environment stop working on the newer JDK, not on another library.
    id: 'jdk-strong-encapsulation',
    anchors: ['inaccessibleobjectexception', 'illegalaccesserror', 'to unnamed module'],
    patterns: [
      /InaccessibleObjectException: Unable to make .{1,300} accessible: module [\w.]+ does not "opens [\w.]+"/,
      /does not "?opens [\w.]+"? to unnamed module/,
      /IllegalAccessError: class [\w.$]+(?: \(in unnamed module| cannot access class|\s*$)/,
      /module [\w.]+\) because module [\w.]+ does not export [\w.]+ to unnamed module/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: JAVA,
        weight: 0.88,
        boundary: true,
        why: "B's newer JDK closes its internals to code outside its modules (JDK 16+)",
      },
      { facet: 'env', key: /^(?:JAVA_HOME|JAVA_VERSION)$/, weight: 0.8, anyDirection: true },
      { facet: 'packages', key: /^(?:openjdk|java|temurin|zulu|jdk|jre)[\w.+-]*(?::\w+)?$/, weight: 0.7, boundary: true },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: "code reaches into the JDK's internals, which a newer JDK closes",
  },
  {
    // debhelper supports a window of compat levels: a package that asks for a newer level than B's debhelper knows
    // (bionic's stops at 12), or an older one than it still keeps, stops in dh's first step.
    id: 'debhelper-compat-unsupported',
    anchors: ['compatibility level'],
    patterns: [
      /\bis the highest compatibility level supported by this debhelper\b/,
      /\bCompatibility levels before \d+ are no longer supported\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^debhelper(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's debhelper does not support the compat level the package asks for",
      },
      { facet: 'toolchains', key: /^(?:debhelper|dh)$/, weight: 0.9, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.4, why: 'another release ships another debhelper' },
      { facet: 'images', weight: 0.4 },
    ],
    tokens: [],
    meaning: "debhelper does not support the package's compat level",
  },
  {
    // LLVM is built with a chosen set of backends: Apple's clang and some bundled ones (Swift's, mingw's) have no
    // wasm32, so the same `--target=` that another clang accepts cannot even start on B.
    id: 'llvm-target-unsupported',
    anchors: ['no available targets are compatible'],
    patterns: [/\bunable to create target: 'No available targets are compatible with (?:triple "[^"]*"|this triple\.)'/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:clang|clang\+\+|llvm|llc|apple-clang|xcode)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's clang was built without the backend for this target",
      },
      { facet: 'env', key: /^(?:CC|CXX|TARGET_CC|CC_\w+|LLVM_CONFIG|PATH)$/, weight: 0.7, anyDirection: true },
      { facet: 'packages', key: /^(?:clang|llvm|lld)(?:-[\d.]+)?(?::\w+)?$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the C compiler has no backend for the target the build asks for',
  },
  {
    // ExecJS (Rails' asset pipeline, Jekyll's autoprefixer) runs JavaScript through whatever runtime it finds,
    // usually node on PATH: none found is a node B lacks, or one B's container cannot start (an old seccomp profile).
    id: 'execjs-runtime-unavailable',
    anchors: ['could not find a javascript runtime'],
    patterns: [/\bCould not find a JavaScript runtime\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:node|nodejs)$/,
        weight: 0.85,
        when: (d) => d.b === undefined || d.b === null,
        why: 'B has no Node.js for ExecJS to run JavaScript with',
      },
      { facet: 'packages', key: /^(?:nodejs|node)(?::\w+)?$/, weight: 0.85, when: (d) => d.b === undefined || d.b === null },
      { facet: 'env', key: /^(?:EXECJS_RUNTIME|PATH)$/, weight: 0.6, anyDirection: true },
      // Present but refused: node 16+ in an image on Docker before 20.10 cannot start under its seccomp profile.
      { facet: 'docker', key: /^(?:server_version|libseccomp_version|runc_version)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'ExecJS found no JavaScript runtime to run',
  },
  {
    // Gradle's Java toolchains pick a JDK among those it detects (JAVA_HOME, JAVA_HOME_<n>_X64, /usr/lib/jvm, SDKMAN):
    // when none matches the requested version or vendor, the JDK that vanished or moved is the cause, not Gradle.
    id: 'gradle-java-toolchain-not-found',
    anchors: ['toolchains found for request', 'locally installed toolchains', 'cannot find a java installation'],
    patterns: [
      /\bNo (?:compatible|matching) toolchains found for request/,
      /\bNo locally installed toolchains match\b/,
      /\bCannot find a Java installation on your machine matching this tasks requirements\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:JAVA_HOME(?:_\d+_(?:X64|ARM64|X86))?|JDK_?\d*_HOME|JAVA_\d+_HOME|ORG_GRADLE_JAVA_INSTALLATIONS_PATHS)$/,
        weight: 0.85,
        anyDirection: true,
        // A variable only B sets is one more JDK for Gradle to find: it cannot take a match away.
        when: (d) => d.a !== undefined && d.a !== null,
        why: 'Gradle finds JDKs through these variables, and B points them elsewhere or not at all',
      },
      {
        facet: 'toolchains',
        key: JDK_DISTRIBUTIONS,
        weight: 0.8,
        when: (d) => d.b === undefined || d.b === null,
        why: "B lacks this vendor's JDK, which a toolchain request can name (vendor=JETBRAINS, ADOPTIUM, AZUL…)",
      },
      {
        facet: 'packages',
        key: /^(?:openjdk|java|temurin|zulu|jdk|jre|msopenjdk|adoptopenjdk|corretto)[\w.+-]*(?::\w+)?$/,
        weight: 0.8,
        why: 'B lacks the JDK that Gradle would have picked for the requested version',
      },
      { facet: 'toolchains', key: JAVA, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "Gradle found no installed JDK that matches the build's toolchain request",
  },
  {
    // Go 1.18 stopped accepting SHA-1 signatures on certificates (GODEBUG=x509sha1=1 brought them back until 1.24):
    // test certificates and old chains fail on the newer Go, not on other certificates.
    id: 'go-insecure-signature-algorithm',
    anchors: ['insecure algorithm'],
    patterns: [/x509: cannot verify signature: insecure algorithm/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:go|golang)$/,
        weight: 0.9,
        boundary: true,
        why: "B's Go rejects certificates signed with SHA-1 (Go 1.18+)",
      },
      { facet: 'packages', key: /^(?:golang|go)(?:-[\d.]+)?(?:-go)?(?::\w+)?$/, weight: 0.75, boundary: true },
      {
        facet: 'env',
        key: /^GODEBUG$/,
        weight: 0.85,
        anyDirection: true,
        why: 'GODEBUG=x509sha1=1 decides whether Go accepts SHA-1 signatures',
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'Go refuses a certificate signed with an algorithm it deems insecure',
  },
  {
    // Writing a kernel setting under /proc/sys needs root and CAP_SYS_ADMIN, and newer kernels make some of them
    // read-only inside a container's network namespace (nf_conntrack_max since 5.12.2): who writes, and which kernel.
    id: 'proc-sys-write-denied',
    anchors: ['/proc/sys/'],
    patterns: [/\/proc\/sys\/[\w/.-]+:? (?:permission denied|Read-only file system|Operation not permitted)/i],
    implicates: [
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.8,
        anyDirection: true,
        why: 'B runs without the privilege to change kernel settings',
      },
      { facet: 'security', key: /^uid$/, weight: 0.75, anyDirection: true, when: (d) => d.b !== 0 && d.b !== '0' },
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.65,
        anyDirection: true,
        why: "B's kernel makes the setting read-only where A's let the container write it",
      },
      { facet: 'docker', key: /^(?:security_options|privileged)$/, weight: 0.6, anyDirection: true },
      { facet: 'sysctl', weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a kernel setting under /proc/sys could not be written',
  },
  {
    // A file owned by an id the user namespace cannot hold (userns-remap, rootless podman's subuid range): the
    // daemon's remapping or the user's range decides, not the storage driver that reports it.
    id: 'uid-not-mappable',
    anchors: ['cannot be mapped to a host id', 'insufficient uids or gids'],
    patterns: [/Container ID \d+ cannot be mapped to a host ID/, /potentially insufficient UIDs or GIDs available in user namespace/],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:security_options|userns\w*|rootless)$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => /userns|rootless/i.test(JSON.stringify([d.a ?? null, d.b ?? null])),
        why: "B's daemon maps container users into a namespace too small for the image's file owners",
      },
      {
        facet: 'custom',
        key: /subuid|subgid|newuidmap|uid_?map/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's user has a smaller subordinate id range",
      },
      { facet: 'packages', key: /^(?:uidmap|shadow-utils|shadow)(?::\w+)?$/, weight: 0.7 },
      { facet: 'security', key: /^uid$/, weight: 0.6, anyDirection: true },
      { facet: 'toolchains', key: /^(?:podman|buildah)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "a file's owner cannot be mapped into the user namespace",
  },
  {
    // The JDK's security policy (jdk.tls.disabledAlgorithms) drops old TLS versions in patch releases too
    // (TLS 1.0 and 1.1 in 11.0.11 and 8u291): a client on B no longer speaks what the server offers.
    id: 'jdk-tls-protocol-disabled',
    anchors: ['no appropriate protocol', 'not accepted by client preferences'],
    patterns: [
      /SSLHandshakeException: No appropriate protocol(?: \(protocol is disabled or cipher suites are inappropriate\))?\s*$/,
      // The message whole, wherever a test quotes it ('but: was "No appropriate protocol (protocol is disabled …)"').
      /No appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)/,
      /SSLHandshakeException: The server selected protocol version TLS\d+ is not accepted by client preferences/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: JAVA,
        weight: 0.88,
        anyDirection: true,
        anyStep: true,
        why: "B's JDK disables TLS versions the other side still uses (its security policy changes in patch releases)",
      },
      {
        facet: 'env',
        key: /^(?:\w+_)?JAVA_HOME$|^(?:JAVA_VERSION|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS)$/,
        weight: 0.8,
        anyDirection: true,
      },
      {
        facet: 'packages',
        key: /^(?:openjdk|java|temurin|zulu|jdk|jre)[\w.+-]*(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        anyStep: true,
      },
      // Another vendor's build of the same release ships another java.security (Azul's Zulu, AdoptOpenJDK's).
      {
        facet: 'custom',
        key: /java\.security|disabledAlgorithms|java\.vendor/i,
        weight: 0.88,
        anyDirection: true,
        anyStep: true,
        why: "B's JDK (another vendor's build, or its security policy) disables TLS versions the other side still uses",
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: "the JDK's security policy refuses the TLS version the other side offers",
  },
  {
    // A relocation type the linker does not know (0x2a, R_X86_64_REX_GOTPCRELX, since binutils 2.26): the objects
    // came from a newer assembler or a prebuilt archive, and B's linker is older than the one that made them.
    id: 'linker-too-old-for-objects',
    anchors: ['relocation (0x', 'unsupported reloc'],
    patterns: [/unrecogni[sz]ed relocation \(0x[0-9a-f]+\) in section/i, /unsupported reloc \d+ against (?:global|local) symbol/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:ld|ld\.bfd|ld\.gold|binutils|as|gas)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's linker is older than the assembler that made the objects: it does not know their relocations",
      },
      { facet: 'packages', key: /^binutils(?:-[\w.+-]+)?(?::\w+)?$/, weight: 0.88, anyDirection: true },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.35, why: 'another OS release ships another binutils' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the linker does not know a relocation the objects use',
  },
  {
    id: 'linker-error',
    anchors: ['cannot find -l', 'ld returned', 'recompile with -fpic', 'multiple definition'],
    // A glibc-versioned symbol a library wants is the C library's mismatch, not the compiler's (glibc-version-not-found).
    exclude: [GLIBC_VERSIONED_REFERENCE],
    patterns: [/relocation R_\w+ against .* recompile with -fPIC/, /multiple definition of [`'‘]/],
    implicates: [
      ...LINKER_ERROR,
      // -fno-common (GCC 10's and Clang 11's default) makes every tentative definition a strong one: globals
      // declared without extern in a header are defined once per object that includes it.
      {
        facet: 'env',
        key: /^(?:CFLAGS|CPPFLAGS|CXXFLAGS)$/,
        weight: 0.88,
        when: (d) => gains(d, /(?:^|\s)-fno-common\b/),
        why: "B's flags add -fno-common: a global defined in a header is defined again in every object",
      },
    ],
    tokens: ['soname', 'path'],
    meaning: 'the linker could not resolve symbols or libraries',
  },
  {
    id: 'glibc-only-symbol-unresolved',
    anchors: ['undefined reference', 'undefined symbol', 'symbol not found'],
    // A versioned reference ("…@GLIBC_2.34") asks for a glibc release: glibc-version-not-found.
    exclude: [GLIBC_VERSIONED_REFERENCE],
    patterns: [GLIBC_ONLY_REFERENCE],
    implicates: [
      {
        facet: 'libc',
        key: /^family$/,
        weight: 0.9,
        anyDirection: true,
        why: "the object was built against glibc, whose own symbols B's C library does not define",
      },
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.85,
        anyDirection: true,
        why: 'glibc adds and retires these symbols between releases (__isoc23_* in 2.38, __libc_csu_init gone in 2.34)',
      },
      { facet: 'packages', key: /^(?:libc6(?:-dev)?|glibc(?:-devel)?|musl(?:-dev)?)(?::\w+)?$/, weight: 0.8, anyDirection: true },
      // zig cc links against the glibc headers it ships, of the version its target names.
      {
        facet: 'toolchains',
        key: /^zig$/,
        weight: 0.9,
        anyDirection: true,
        why: 'zig cc links against its own stubs of the glibc its target names',
      },
      // A prebuilt static archive (a bundled libgc.a) carries the references of the C library it was built on.
      { facet: 'libraries', key: /\.a$/, weight: 0.75, anyDirection: true, why: 'a prebuilt archive was built against another C library' },
      { facet: 'os', key: /^(?:id|version_id)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['soname', 'path'],
    meaning: 'a symbol only glibc defines was not found',
  },
  {
    id: 'linker-unresolved-symbol',
    anchors: ['undefined reference', 'undefined symbol'],
    // A symbol only glibc defines is the C library's mismatch, not the compiler's (glibc-only-symbol-unresolved).
    exclude: [GLIBC_VERSIONED_REFERENCE, GLIBC_ONLY_REFERENCE],
    patterns: [/undefined reference to [`'‘]/, /ld(?:\.lld)?: error: undefined symbol/],
    implicates: LINKER_UNRESOLVED,
    tokens: ['soname', 'path'],
    meaning: 'the linker could not resolve symbols',
  },
  {
    // gcc's word that the linker failed, printed after the linker's own error: with that error in the log, a summary.
    id: 'linker-failed',
    anchors: ['ld returned'],
    patterns: [/collect2(?:\.exe)?: error: ld returned \d+ exit status/],
    // Most often what it sums up is an unresolved symbol; a multiple definition blames the compiler on its own line.
    implicates: LINKER_UNRESOLVED,
    tokens: ['soname', 'path'],
    meaning: 'the linker failed',
    summary: true,
  },
  {
    // The linker itself refuses what it is given: an option or an object format newer than this binutils
    // (--push-state, zstd- or zlib-compressed debug sections, a new section type).
    id: 'linker-rejects-input',
    anchors: ['unrecognized option', 'decompress status', 'unknown type [', 'format not recognized', 'unsupported linker arg'],
    patterns: [
      /\bld(?:\.\w+)?: unrecognized option '--?[\w-]+'/,
      // zig's linker driver (zig cc as the linker of cgo or Rust).
      /\berror: unsupported linker arg: --?[\w-]+/,
      /unable to initialize decompress status for section/,
      /\bld(?:\.\w+)?: .*: unknown type \[0x[0-9a-f]+\] section/,
      /error adding symbols: File format not recognized/,
    ],
    implicates: [
      // An option or a format the linker does not know is one newer than it: an older binutils on B, above all.
      {
        facet: 'packages',
        key: /^(?:[\w.+-]+-)?binutils[\w.+-]*(?::\w+)?$/,
        weight: 0.9,
        why: "B's linker (binutils) does not know an option or an object format the build uses",
      },
      { facet: 'toolchains', key: /^(?:ld|ld\.bfd|ld\.gold|binutils)$/, weight: 0.9 },
      { facet: 'toolchains', key: /^zig$/, weight: 0.85, anyDirection: true, why: "another zig's linker driver knows other options" },
      // rustc writes the linker's command line: a newer one passes options (--no-undefined-version) it did not before.
      {
        facet: 'toolchains',
        key: /^(?:rustc|rust|cargo)$/,
        weight: 0.75,
        why: 'a newer Rust compiler passes the linker options it did not pass before',
      },
      ...COMPILER.slice(0, 2).map((imp) => ({ ...imp, weight: 0.45 })),
      { facet: 'env', key: /^(?:LDFLAGS|CFLAGS|CXXFLAGS)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the linker does not understand an option or object it was given',
  },
  {
    id: 'libstdcxx-version-not-found',
    anchors: ['glibcxx', 'cxxabi'],
    patterns: [
      /\b(?:GLIBCXX|CXXABI)_[\d.]+['’]? not found/,
      /symbol lookup error:.*(?:GLIBCXX|CXXABI)/,
      // The loader's other wording for a runtime older than the binary: "version GLIBCXX_3.4.21 not defined in file libstdc++.so.6".
      /relocation error: .*version (?:GLIBCXX|CXXABI)_[\d.]+ not defined in file/,
    ],
    implicates: [
      // A runtime B upgraded has every symbol version the older one had: the binary outgrew another copy
      // (one an application bundles, or the one on A), not this one.
      {
        facet: 'packages',
        key: /^(?:libstdc\+\+6|libstdc\+\+|libstdcxx-ng|libstdcxx|libgcc-s1|libgcc1|libgcc-ng)(?::\w+)?$/,
        weight: 0.9,
        when: (d) => versionDirection(d) !== 'upgrade',
        why: 'the binary was built with a newer GCC than the C++ runtime (libstdc++) on B',
      },
      {
        facet: 'libraries',
        key: /^libstdc\+\+\.so/,
        weight: 0.85,
        when: (d) => versionDirection(d) !== 'upgrade',
        why: 'B loads an older libstdc++ than the binary needs',
      },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.6, anyDirection: true, why: 'the binary was built by another GCC' },
      { facet: 'env', key: /^(?:LD_LIBRARY_PATH|LD_PRELOAD|CONDA_PREFIX)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.4 },
      { facet: 'libc', key: /^version$/, weight: 0.3 },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: ['soname'],
    meaning: 'a binary needs a newer C++ runtime (GLIBCXX/CXXABI symbol version)',
  },
  {
    // A header of the C library itself (sys/cdefs.h, execinfo.h, sys/sysctl.h): no -dev package of a project library
    // ships it. musl lacks glibc's extensions, glibc 2.32 dropped sys/sysctl.h, macOS has no malloc.h.
    id: 'libc-header-missing',
    anchors: ['file not found', 'no such file', 'no rule to make target'],
    patterns: [
      /fatal error: [<'‘"]?(?:sys\/(?!capability|acl|xattr|sdt|soundcard)\w+|execinfo|gnu\/[\w-]+|features|error|fstab|obstack|argp|printf|malloc|xlocale|bits\/\w+)\.h[>'’"]?(?: file not found|: No such file or directory)/,
      // make's dependency files from an earlier build still list the header a new C library dropped (xlocale.h, 2.26).
      /No rule to make target '\/usr\/include\/(?:sys\/\w+|execinfo|features|xlocale|bits\/\w+)\.h'/,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^family$/,
        weight: 0.9,
        anyDirection: true,
        why: "the C library B builds against lacks this header of another's",
      },
      { facet: 'libc', key: /^version$/, weight: 0.75, anyDirection: true, why: 'another C library release added or removed this header' },
      { facet: 'os', key: /^id$/, weight: 0.75, anyDirection: true, why: 'another distribution builds against another C library' },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.45, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:libc6?-dev|glibc-devel|glibc-headers|musl-dev|linux-libc-dev|kernel-headers|libc-dev)(?::\w+)?$/,
        weight: 0.8,
        why: "B lacks the C library's own headers",
      },
      { facet: 'custom', key: /headers|\bsdk\b|sdkroot|\/usr\/include/i, weight: 0.7, anyDirection: true },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: "the compiler could not find a header of the C library's own",
  },
  {
    // Headers that ship with the compiler, not with the C library or any project (stddef.h, stdarg.h, the *intrin.h
    // intrinsics): clang-based tools (clang-tidy, bindgen's libclang, a pip clang-tidy wheel) find them in clang's
    // resource directory, which libclang-common-N-dev installs.
    id: 'clang-builtin-header-missing',
    anchors: ['file not found'],
    patterns: [/['‘](?:stddef|stdarg|stdbool|float|stdalign|stdnoreturn|iso646|varargs|\w*intrin|arm_neon)\.h['’] file not found/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libclang-common-\d+-dev|libclang(?:-\d+)?-dev|libclang-cpp[\d.]*|clang(?:-\d+)?|clang-tidy(?:-\d+)?|llvm(?:-\d+)?(?:-dev)?)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's clang-based tool lacks clang's own headers (its resource directory)",
      },
      { facet: 'libraries', key: /^libclang/, weight: 0.8, anyDirection: true },
      { facet: 'toolchains', key: /^(?:clang|clang-tidy|clangd|libclang|bindgen)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "a clang-based tool could not find the compiler's own headers",
  },
  {
    // A Fortran module file (.mod) is a compiler's private format, versioned per release: one written by another
    // gfortran or a newer ifort cannot be read. The prebuilt .mod files of NetCDF or an MPI came from the compiler
    // that built them; B's compiler (or the one its PATH finds first) is another.
    id: 'fortran-module-other-compiler',
    anchors: ['different version of gnu fortran', 'more recent f90 compiler'],
    patterns: [
      /\bCannot read module file ['‘]?[^'’]+['’]? opened at \(\d+\), because it was created by a different version of GNU Fortran/,
      /\berror #7012: The module file cannot be read\.\s+Its format requires a more recent F90 compiler/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:gfortran(?:-\d+)?|gcc(?:-\d+)?|ifort|ifx|flang(?:-new)?|nvfortran|mpif90|mpifort)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's Fortran compiler is another release than the one that wrote the module files",
      },
      {
        facet: 'packages',
        key: /^(?:gfortran[\w.-]*|gcc-(?:gfortran|fortran)[\w.-]*|libgfortran[\w.-]*|intel-oneapi-compiler-fortran[\w.-]*)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
      },
      {
        facet: 'packages',
        key: /^(?:(?:lib)?netcdf-?f(?:ortran)?[\w.-]*|(?:lib)?openmpi[\w.-]*|(?:lib)?mpich[\w.-]*|(?:lib)?hdf5[\w.-]*fortran[\w.-]*|intel-mpi[\w.-]*)(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
        why: "B's library ships module files another compiler wrote",
      },
      {
        facet: 'env',
        key: /^(?:PATH|FC|F77|F90|MODULEPATH|LOADEDMODULES)$/,
        weight: 0.55,
        why: "B's PATH or modules pick another Fortran compiler",
      },
      { facet: 'os', key: /^version_id$/, weight: 0.4 },
    ],
    tokens: [],
    meaning: 'a Fortran module file was written by another compiler release',
  },
  {
    // Open MPI's wrappers (mpifort, mpicc) read the compiler to run from a data file written when Open MPI was built:
    // built without a Fortran compiler, mpifort has none to run. The compiler B lacks, or an Open MPI built without it.
    id: 'mpi-wrapper-no-compiler',
    anchors: ['no underlying compiler'],
    patterns: [/\bNo underlying compiler was specified in the wrapper compiler data file\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:gfortran[\w.-]*|gcc-(?:gfortran|fortran)[\w.-]*|gcc|g\+\+|gcc-c\+\+)(?::\w+)?$/,
        weight: 0.9,
        why: "B lacks the compiler Open MPI's wrapper hands the build to",
      },
      { facet: 'toolchains', key: /^(?:gfortran(?:-\d+)?|gcc|g\+\+)$/, weight: 0.9 },
      {
        facet: 'packages',
        key: /^(?:lib)?openmpi[\w.-]*(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        anyStep: true,
        why: "B's Open MPI was built without that language's compiler",
      },
      { facet: 'env', key: /^OMPI_(?:FC|F77|CC|CXX)$/, weight: 0.8, anyDirection: true },
      { facet: 'toolchains', key: /^(?:mpifort|mpif90|mpicc|mpicxx|openmpi)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "Open MPI's compiler wrapper has no compiler to run",
  },
  {
    // Tesseract reads each language's model from tessdata: a release that split the data into packages of its own
    // (Alpine's tesseract-ocr-data-eng), a broken download, or TESSDATA_PREFIX pointing elsewhere leaves it without.
    id: 'tesseract-language-data-missing',
    anchors: ['traineddata', 'failed loading language'],
    patterns: [/\bError opening data file \S*\.traineddata\b/, /\bFailed loading language '[\w-]+'/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:tesseract[\w.-]*|libtesseract[\w.-]*)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's Tesseract packages ship no model for this language (another release split them off)",
      },
      { facet: 'env', key: /^TESSDATA_PREFIX$/, weight: 0.85, anyDirection: true, why: 'B looks for the language models elsewhere' },
      { facet: 'custom', key: /tessdata|traineddata/i, weight: 0.85, anyDirection: true },
      { facet: 'toolchains', key: /^tesseract$/, weight: 0.6, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: "Tesseract could not load a language's model",
  },
  {
    // gperf 3.1 types the generated lookup function's length as size_t, where 3.0 had unsigned int: code that declares
    // the function itself (systemd, kconfig, ohcount) now conflicts with what gperf generated.
    id: 'gperf-lookup-length-type',
    anchors: ['.gperf:', 'register const char *str, register'],
    patterns: [/\.gperf:\d+:\d+: error: conflicting types for\b/, /\(register const char \*str, register (?:size_t|unsigned int) len\)/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^gperf$/,
        weight: 0.92,
        anyDirection: true,
        when: (d) => crosses(d, [3, 1]),
        why: "gperf 3.1 declares the lookup function's length as size_t, which the code's own declaration (unsigned int) conflicts with",
      },
      { facet: 'packages', key: /^gperf(?::\w+)?$/, weight: 0.92, anyDirection: true, when: (d) => crosses(d, [3, 1]) },
      { facet: 'toolchains', key: /^gperf$/, weight: 0.6, anyDirection: true },
      { facet: 'packages', key: /^gperf(?::\w+)?$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "code declares gperf's lookup function with another length type than gperf generated",
  },
  {
    // Since Ansible 2.10 modules outside ansible.builtin live in collections: the "ansible" package bundles them,
    // "ansible-core" does not. A fully qualified name (community.general.ufw) B cannot resolve is a collection B lacks.
    id: 'ansible-collection-missing',
    anchors: ["couldn't resolve module/action"],
    patterns: [/\bcouldn't resolve module\/action '[a-z]\w*\.[a-z]\w*\.\w+'/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:ansible|ansible-collections?[\w.-]*)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B has ansible-core without the collections the full ansible package bundles',
      },
      { facet: 'packages', key: /^(?:ansible-core|ansible-base)(?::\w+)?$/, weight: 0.5, anyDirection: true },
      {
        facet: 'env',
        key: /^ANSIBLE_COLLECTIONS_PATHS?$/,
        weight: 0.8,
        anyDirection: true,
        why: 'B looks for collections elsewhere',
      },
      { facet: 'toolchains', key: /^ansible(?:-playbook)?$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: "Ansible could not find a collection's module",
  },
  {
    // "Killed: 9" is the macOS shell's word for SIGKILL. There the kernel kills a program whose code signature is
    // missing or broken before it runs one instruction, and Apple Silicon runs no unsigned arm64 code at all.
    id: 'macos-binary-killed',
    anchors: ['killed: 9'],
    patterns: [/\bKilled: 9\b/],
    implicates: [
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.85,
        when: appleSiliconOnB,
        why: 'Apple Silicon kills an arm64 program whose code signature is missing or invalid',
      },
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.85,
        when: appleSiliconOnB,
      },
      {
        facet: 'os',
        key: /^version_id$/,
        weight: 0.6,
        anyDirection: true,
        why: 'another macOS release checks code signatures otherwise',
      },
      { facet: 'toolchains', key: /^(?:xcode|swift|clang|ld|codesign)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'macOS killed a program before it ran (a code signature it does not accept)',
  },
  {
    // The C++ standard library's own headers (<iostream>, <any>, <new>) not found: no program's dependency is missing,
    // the compiler's view of its standard library is. Clang takes the newest GCC installation it finds (gcc-12 added
    // without libstdc++-12-dev), an Xcode that dropped libstdc++, a -dev package removed.
    id: 'cxx-standard-header-missing',
    anchors: ['file not found', 'no such file'],
    patterns: [new RegExp(`fatal error: ['‘]?(?:${CXX_STANDARD_HEADERS})['’]?(?: file not found|: No such file or directory)`)],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libstdc\+\+-\d+-dev|libstdc\+\+-devel|libc\+\+(?:-\d+)?-dev|libc\+\+abi(?:-\d+)?-dev|g\+\+(?:-\d+)?|gcc-c\+\+|build-essential)(?::\w+)?$/,
        weight: 0.9,
        why: "B lacks the C++ standard library's headers the compiler looks for",
      },
      {
        facet: 'packages',
        key: /^(?:gcc|cpp|libgcc)-\d+(?:-dev|-base)?(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'clang takes the newest GCC installation it finds for its C++ headers: one B added without its libstdc++ headers',
      },
      {
        facet: 'toolchains',
        key: /^(?:clang|clang\+\+|g\+\+|gcc|c\+\+|xcode)$/,
        weight: 0.7,
        anyDirection: true,
        why: 'another compiler looks for its C++ standard library elsewhere',
      },
      { facet: 'env', key: /^(?:CXX|CXXFLAGS|CPLUS_INCLUDE_PATH|CPATH|SDKROOT)$/, weight: 0.6, anyDirection: true },
      { facet: 'custom', key: /headers|\bsdk\b|sdkroot|\/usr\/include|xcode-select/i, weight: 0.8, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.35 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: "the compiler could not find the C++ standard library's own headers",
  },
  {
    id: 'java-class-version',
    anchors: [
      'class file',
      'unsupportedclassversion',
      'more recent version of the java',
      'release version',
      'target release',
      'source release',
      'major version',
      'determine java version',
      'unsupported java',
    ],
    patterns: [
      /class file has wrong version \d+\.\d+, should be \d+\.\d+/,
      /\bUnsupportedClassVersionError\b/,
      /compiled by a more recent version of the Java Runtime/,
      /Unsupported class file major version \d+/,
      /(?:invalid (?:target|source) release|release version \d+ not supported|error: invalid flag: --release)/,
      /class file version \d+\.\d+/,
      // A Gradle older than the JDK running it cannot parse the JDK's version, or refuses it.
      /Could not determine java version from '[\w.+-]+'/,
      /Unsupported Java\. Your build is currently configured to use Java [\d.]+ and Gradle [\d.]+/,
    ],
    implicates: runtime(
      JAVA,
      'class files and the JDK running them are of different Java releases',
      [
        { facet: 'env', key: /^(?:JAVA_HOME|JDK_HOME|JAVA_VERSION)$/, weight: 0.7, anyDirection: true },
        { facet: 'toolchains', key: /^(?:mvn|maven|gradle|sbt)$/, weight: 0.45, anyDirection: true },
      ],
      true,
    ),
    tokens: ['version'],
    meaning: 'Java class files were built for another Java release',
  },
  {
    id: 'node-abi-mismatch',
    anchors: [
      'node_module_version',
      'different node.js version',
      'node sass',
      'unsupported runtime',
      'engine "node"',
      'unsupported engine',
      'is not defined',
      'is not a function',
      "unexpected token '?",
      "unexpected token '||=",
      "unexpected token '&&=",
      "module 'node:",
      'module: node:',
      "/promises'",
      'ebadengine',
      'v8::',
    ],
    patterns: [
      /\bNODE_MODULE_VERSION \d+/,
      // A native addon compiled against another V8 API (nan.h, node.h): V8 changes with each Node major.
      /:\d+:\d+: error: .*['‘]v8::[\w:]+/,
      /was compiled against a different Node\.js version/,
      /Node Sass does not yet support your current environment/,
      /Unsupported runtime \(\d+\)/,
      /The engine "node" is incompatible/,
      /Unsupported engine/,
      /ReferenceError: (?:structuredClone|fetch|AbortController|ReadableStream|File|crypto) is not defined/,
      /TypeError: [\w.[\]]*\.(?:replaceAll|at|findLast|hasOwn|toSorted) is not a function/,
      // Node < 14 reports `a ?? b` as "Unexpected token '?'" (the first character), not '??'.
      /SyntaxError: Unexpected token '(?:\?|\?\?|\?\.|\?\?=|\|\|=|&&=)'/,
      // The `node:` scheme for built-ins arrived in Node 14.18/16, `fs/promises` as a module in 14.
      /Cannot find (?:module|package) '(?:node:\w+|(?:fs|stream|timers|dns)\/promises)'|No such built-in module: node:/,
      /\bEBADENGINE\b/,
    ],
    implicates: runtime(NODE, 'native modules and modern syntax are tied to the Node.js major version', [
      { facet: 'toolchains', key: /^(?:npm|yarn|pnpm)$/, weight: 0.4, anyDirection: true },
      { facet: 'env', key: /^(?:NODE_VERSION|NODE_OPTIONS|NVM_\w+)$/, weight: 0.5, anyDirection: true },
    ]),
    tokens: ['version'],
    meaning: 'code or a compiled module does not fit this Node.js version',
  },
  {
    id: 'python-version-mismatch',
    anchors: [
      'no module named',
      'has no attribute',
      'requires a different python',
      'requires-python',
      'python_requires',
      'cannot import name',
      'not supported',
      'syntaxerror',
      'python',
      'not subscriptable',
      'unsupported operand',
      'invalid mode',
      'distutils module',
    ],
    patterns: [
      // The standard library's removed modules (3.12: distutils, imp, asyn*; 3.13: PEP 594's dead batteries), with or
      // without the exception's name: PETSc's configure prints only "No module named 'xdrlib'", Sphinx "(exception: No
      // module named 'imghdr')" for an extension it could not import. numpy.distutils went
      // with distutils: NumPy has none on Python 3.12 (f2py's old backend imports it).
      /(?:ModuleNotFoundError: |^|\(exception: )No module named '(?:numpy\.)?(?:distutils|imp|asynchat|asyncore|smtpd|pipes|cgi|cgitb|crypt|telnetlib|nntplib|audioop|msilib|lib2to3|xdrlib|aifc|chunk|imghdr|mailcap|nis|ossaudiodev|sndhdr|spwd|sunau|uu)(?:\.[\w.]+)?'/,
      // With or without the exception's name: "gcloud failed to load: module 'collections' has no attribute 'Mapping'".
      /(?:AttributeError:? |failed to load: )module '(?:collections|inspect|asyncio|configparser|pkgutil|typing|unittest|ssl|time|sys)' has no attribute/,
      /ImportError: cannot import name '\w+' from '(?:collections|inspect|typing|asyncio|distutils[\w.]*|importlib[\w.]*)'/,
      /requires a different Python: [\d.]+ not in/i,
      /\b(?:Requires-Python|python_requires)\b/,
      /Python (?:version )?\d\.\d+ is not supported|unsupported Python version|requires Python (?:>=|\d)/i,
      /SyntaxError: (?:Missing parentheses in call to 'print'|invalid syntax\. Perhaps you forgot a comma)/,
      // A bare "invalid syntax" under a file of a tool that ran elsewhere: syntax newer than the interpreter (f-strings
      // on 3.5, walrus on 3.7) or Python 2 code run by Python 3.
      /^\s*SyntaxError: invalid syntax\s*$/,
      // Built-in generics (list[str], 3.9+) and X | None unions (3.10+) on an older interpreter.
      /TypeError: 'type' object is not subscriptable|TypeError: unsupported operand type\(s\) for \|: 'type' and/,
      // open(path, 'rU'): the 'U' mode went in 3.11 (old gyp, old setup.py files).
      /ValueError: invalid mode: '[rwab+]*U[rwab+]*'/,
      // A prerequisite check for distutils, which Python 3.12 removed (OpenWrt's prereq-build).
      /Please install the Python ?3? distutils module/i,
    ],
    implicates: runtime(
      PYTHON,
      'the code or its dependencies need another Python minor version',
      [
        { facet: 'toolchains', key: /^(?:setuptools|pip3?|wheel)$/, weight: 0.45, anyDirection: true },
        // setuptools ships its own distutils (and dropped parts of it: msvccompiler in 74): a major step of it
        // removes modules as a Python minor does.
        {
          facet: 'packages',
          key: /^(?:python3?-)?setuptools(?::\w+)?$/,
          weight: 0.6,
          anyDirection: true,
          when: (d) => magnitudeOf(d)?.step === 'major',
          why: 'setuptools ships its own distutils, and a major release of it removed parts of it',
        },
        { facet: 'env', key: /^(?:PYTHONPATH|PYTHON_VERSION|VIRTUAL_ENV)$/, weight: 0.4, anyDirection: true },
        {
          // A check the user captured of what "python" is (readlink -f /usr/bin/python): 2.7 on A, 3.9 on B.
          facet: 'custom',
          key: /python/i,
          weight: 0.9,
          anyDirection: true,
          when: (d) => pythonMajor(d.a) !== undefined && pythonMajor(d.b) !== undefined && pythonMajor(d.a) !== pythonMajor(d.b),
          why: 'the python the build runs is another major release on B',
        },
      ],
      true,
    ),
    tokens: ['version'],
    meaning: 'the code or a dependency does not support this Python version',
  },
  {
    id: 'python-packaging-tools',
    anchors: [
      'use_2to3',
      'setup command',
      'pkg_resources',
      'setuptools',
      'bdist_wheel',
      'invalid version',
      'legacyversion',
      'egg_info',
      'metadata-generation-failed',
      'build dependencies',
      'requirements to build wheel',
      'invalid command',
    ],
    patterns: [
      /\buse_2to3 is invalid\b/,
      /error in [\w.-]+ setup command:/,
      // A part of them gone ('setuptools.extern', 'pkg_resources.extern'); neither at all is python312-setuptools-gone.
      /No module named '(?:pkg_resources|setuptools)\.[\w.]+'/,
      /AttributeError: module 'setuptools[\w.]*' has no attribute/,
      /\b(?:InvalidVersion: Invalid version|LegacyVersion)\b/,
      /No module named 'setuptools\.(?:extern|_distutils|command\.\w+)'/,
      // setuptools 72 removed `setup.py test` (and long before, upload and register).
      /error: invalid command '(?:test|upload|register)'/,
      // setuptools 67 deprecates pkg_resources: a test run with warnings as errors stops at the import.
      /DeprecationWarning: pkg_resources is deprecated as an API/,
    ],
    exclude: [/bdist_wheel/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^setuptools$/,
        weight: 0.88,
        anyDirection: true,
        why: 'setuptools releases drop old features (use_2to3, legacy versions, distutils) that old packages rely on',
      },
      { facet: 'toolchains', key: /^(?:pip3?|wheel)$/, weight: 0.55, anyDirection: true },
      // Distribution packages (python3-setuptools) and pip's own records (setuptools) alike.
      { facet: 'packages', key: /^(?:python3?-)?(?:setuptools|pip|wheel)(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'toolchains', key: PYTHON, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "a Python package's build failed in its packaging tools",
  },
  {
    // Python 3.12's virtual environments no longer come with setuptools (which brings pkg_resources): code that
    // imported it unasked finds neither on the newer Python, nor where B lacks setuptools.
    id: 'python312-setuptools-gone',
    anchors: ['pkg_resources', 'setuptools'],
    // (distutils has a class of its own: Python's removal, whatever setuptools B has.)
    patterns: [/No module named '?(?:pkg_resources|setuptools)'?(?![\w.])/],
    implicates: [
      {
        facet: 'toolchains',
        key: PYTHON,
        weight: 0.88,
        when: (d) => upgradedAcross(d, [3, 12]),
        why: "B's Python is 3.12 or later, whose virtual environments come without setuptools",
      },
      {
        facet: 'toolchains',
        key: /^setuptools$/,
        weight: 0.9,
        when: (d) => d.b === undefined || d.b === null,
        why: 'B has no setuptools, which brings pkg_resources',
      },
      {
        facet: 'packages',
        key: /^(?:python3?-)?(?:setuptools|pkg-resources)(?::\w+)?$/,
        weight: 0.88,
        when: (d) => d.b === undefined || d.b === null,
        why: 'B has no setuptools, which brings pkg_resources',
      },
    ],
    tokens: [],
    meaning: 'Python found no setuptools or pkg_resources',
  },
  {
    // pip's own wrapper around a failed build hook: the backend (setuptools, mostly) failed, for a reason printed above.
    id: 'build-backend-failed',
    anchors: ['metadata-generation-failed', 'requirements to build wheel'],
    patterns: [/error: metadata-generation-failed|Getting requirements to build wheel did not run successfully/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^setuptools$/,
        weight: 0.6,
        anyDirection: true,
        why: "the package's build backend (setuptools, mostly) failed while preparing the build",
      },
      { facet: 'toolchains', key: /^(?:pip3?|wheel)$/, weight: 0.45, anyDirection: true },
      { facet: 'packages', key: /^(?:python3?-)?(?:setuptools|pip|wheel)(?::\w+)?$/, weight: 0.45, anyDirection: true },
      // pip builds from source only where no wheel fits: a newer Python the package has no wheels for yet.
      {
        facet: 'toolchains',
        key: PYTHON,
        weight: 0.62,
        when: (d: Difference) => d.kind === 'changed',
        why: "pip found no wheel for B's Python and built the package from source",
      },
      // pip installs the build's own requirements afresh in an isolated environment: their newest release builds it.
      ...['toolchains', 'packages'].map((facet) => ({
        facet,
        key: /^(?:python3?-)?(?:cython|numpy|scikit-build(?:-core)?|meson-python|pybind11|setuptools[-_]scm|hatchling|flit[-_]core|poetry-core)(?::\w+)?$/i,
        weight: 0.5,
        anyDirection: true,
        when: (d: Difference) => d.kind === 'changed',
        why: 'pip fetched a newer release of a build requirement for the isolated build',
      })),
    ],
    tokens: [],
    meaning: "a Python package's build backend failed",
    summary: true,
  },
  {
    // protobuf's Python runtime refuses code generated by a newer protoc (grpcio-tools bundles one): the generator
    // and the runtime moved apart, whichever of them changed.
    id: 'protobuf-gencode-runtime-mismatch',
    anchors: ['gencode'],
    patterns: [
      /Detected incompatible Protobuf Gencode\/Runtime|\bGencode\/Runtime versions when loading\b|\bgencode \d+\.\d+\.\d+ runtime \d+\.\d+\.\d+/,
    ],
    implicates: [
      ...['packages', 'toolchains'].map((facet) => ({
        facet,
        key: /^(?:python3?-)?grpcio[-_]tools(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'grpcio-tools bundles the protoc that generated the code, and another release generates for another runtime',
      })),
      ...['packages', 'toolchains'].map((facet) => ({
        facet,
        key: /^(?:protoc|protobuf-compiler|libprotoc[\w.-]*|protobuf)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        why: 'another protoc generates code for another protobuf runtime',
      })),
      {
        facet: 'packages',
        key: /^(?:python3?-)?protobuf(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        why: "the protobuf runtime must be at least as new as the code's generator",
      },
    ],
    tokens: [],
    meaning: "protobuf's runtime refused code a newer generator made",
  },
  {
    // A library's configuration script, which a source build (setup.py, extconf.rb, configure) runs for its flags:
    // it ships in the library's development package (token-match names which), and a build from source is what
    // needs it: pip builds one where no wheel fits B's Python.
    id: 'config-script-missing',
    anchors: ['-config', '_config'],
    patterns: [CONFIG_SCRIPT_MISSING],
    implicates: [
      {
        facet: 'packages',
        key: DEV_PACKAGE,
        weight: 0.5,
        when: (d: Difference) => d.kind === 'removed',
        why: "B lacks a development package, where a library's configuration script ships",
      },
      {
        facet: 'toolchains',
        key: PYTHON,
        weight: 0.55,
        boundary: true,
        when: (d: Difference) => d.kind === 'changed',
        why: "pip found no wheel for B's Python and built the package from source, which runs the library's configuration script",
      },
      {
        facet: 'toolchains',
        key: /^pip3?$/,
        weight: 0.55,
        // pip 20.3 took PEP 600's manylinux_x_y tags, which most Linux wheels now carry.
        when: (d: Difference) => d.detail?.direction === 'downgrade' && crosses(d, [20, 3]),
        why: "an older pip does not take the wheels' newer platform tags (manylinux_2_17) and built the package from source",
      },
    ],
    tokens: ['tool'],
    meaning: "a library's configuration script (gdal-config, pg_config) was not found",
  },
  {
    id: 'wheel-missing',
    anchors: ['bdist_wheel', "no module named 'wheel'", 'failed building wheel', 'building wheel'],
    patterns: [
      /invalid command 'bdist_wheel'/,
      /No module named 'wheel'/,
      /Failed building wheel for|Running setup\.py install for [\w.-]+ \.\.\. error/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^wheel$/,
        weight: 0.9,
        why: "without the wheel package setuptools has no bdist_wheel command, so pip cannot build the package's wheel",
      },
      // Debian's python3-wheel, or the wheel pip installed (packages/wheel, manager pip).
      { facet: 'packages', key: /^(?:python3?-)?wheel(?::\w+)?$/, weight: 0.8 },
      { facet: 'toolchains', key: /^(?:setuptools|pip3?)$/, weight: 0.5, anyDirection: true },
      { facet: 'toolchains', key: PYTHON, weight: 0.35, anyDirection: true },
      // A Python release newer than the package's wheels: pip builds it from source, which needs what binary wheels did not.
      {
        facet: 'toolchains',
        key: PYTHON,
        weight: 0.65,
        when: (d) => d.kind === 'changed' && upgraded(d) && !sameMinor(d),
        why: "pip found no wheel for B's newer Python and built the package from source",
      },
    ],
    tokens: [],
    meaning: 'pip could not build a wheel',
  },
  {
    id: 'package-resolver-conflict',
    anchors: [
      'resolutionimpossible',
      'conflicting dependencies',
      'eresolve',
      'could not resolve dependency',
      'peer dep',
      'err_pnpm',
      'lockfile',
      'corepack',
      'packagemanager',
      'requirements could not be resolved',
      'lock file is not compatible',
    ],
    patterns: [
      /\bResolutionImpossible\b|conflicting dependencies/,
      /\bERESOLVE\b|Could not resolve dependency|conflicting peer dependency/,
      // Not a script that failed under pnpm (ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL): that is the script's failure; nor a
      // system call's errno pnpm passes on (ERR_PNPM_EAGAIN, ERR_PNPM_EACCES): that is the file system's.
      /\bERR_PNPM_(?!RECURSIVE_(?:RUN|EXEC)_|E[A-Z]{3,}\b)\w+/,
      /lockfileVersion|Lockfile (?:is )?(?:not )?(?:compatible|supported)|The lockfile would have been modified|old lockfile/i,
      // Poetry: "The lock file is not compatible with the current version of Poetry."
      /The lock file is not compatible with the current version of/,
      /\bCorepack\b|"packageManager"|This project is configured to use \w+/,
      /Your requirements could not be resolved to an installable set of packages/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:npm|pnpm|yarn|corepack|pip3?|composer|bundler|poetry)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'package managers change their resolver and lockfile rules between versions',
      },
      { facet: 'packages', key: /^(?:python3?-)?(?:poetry|pipenv|pnpm|yarn|composer|bundler)(?::\w+)?$/, weight: 0.7, anyDirection: true },
      { facet: 'toolchains', key: /^(?:node|nodejs|python3?|php|ruby)$/, weight: 0.45, anyDirection: true },
      { facet: 'mirrors', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the package manager could not resolve a consistent set of dependencies',
  },
  {
    id: 'go-version-requirement',
    anchors: [
      'go.mod',
      'requires go',
      'goroot',
      'go version',
      'toolchain',
      'go tool',
      'is not in std',
      'downloading go',
      'undefined: ',
      'has no field or method',
      'has no method',
      'different version of package',
    ],
    patterns: [
      /go\.mod requires go >= ?[\d.]+/,
      /note: module requires Go [\d.]+/,
      /go: (?:errors parsing go\.mod|go\.mod file indicates go [\d.]+|unknown directive: toolchain)/,
      // A standard package this Go lacks ("package slices is not in GOROOT"); not a file the build context left out
      // ("package cmd/main.go is not in std").
      /package (?![\w./-]+\.go\b)[\w./-]+ is not in (?:GOROOT|std)/,
      /invalid go version '[\d.]+': must match format/,
      /compile: version "go[\d.]+" does not match go tool version/,
      /go: downloading go[\d.]+ \(|GOTOOLCHAIN/,
      // The standard library's newer API on an older Go: "undefined: os.ReadFile" (1.16), "type strings.Builder has
      // no field or method Cap" (1.12). A package of the module's own named like a standard one is the price.
      new RegExp(`\\bundefined: (?:${GO_STD_PACKAGES})\\.[A-Z]\\w*`),
      new RegExp(`\\(type \\*?(?:${GO_STD_PACKAGES})\\.[A-Z]\\w* has no (?:field or method|method) \\w+`),
      // A Go plugin (.so) built by another Go release than the program loading it.
      /plugin was built with a different version of package\b/,
    ],
    implicates: runtime(/^(?:go|golang)$/, 'the module needs another Go release than B has', [
      { facet: 'env', key: /^(?:GOTOOLCHAIN|GOROOT|GOFLAGS|GOPATH)$/, weight: 0.5, anyDirection: true },
    ]),
    tokens: ['version'],
    meaning: 'the Go module needs another Go version',
  },
  {
    id: 'rust-version-requirement',
    anchors: ['rustc', 'cargo', 'unstable', 'edition', 'lock file version', 'e0658', 'toolchain'],
    patterns: [
      /requires rustc [\d.]+ or newer|cannot be built because it requires rustc [\d.]+/,
      // Not prose that calls a format unstable ("the bindgen format is unstable enough that these two schema versions").
      /error\[E0658\]|is unstable(?! enough)|use of unstable library feature/,
      /feature `[\w-]+` is required|this version of Cargo is older than the `20\d\d` edition/,
      /lock file version \d+ (?:requires|was found)|failed to parse lock file/,
      /package `[^`]+` cannot be built/,
    ],
    implicates: runtime(/^(?:rustc|cargo|rustup|rust)$/, 'the crate needs another Rust release than B has'),
    tokens: ['version'],
    meaning: 'the crate needs another Rust toolchain',
  },
  {
    // rustup, not the compiler, answers for the toolchain a rust-toolchain file pins: rustup 1.28 stopped
    // installing it on first use, so B's rustup reports it missing whatever rustc B has.
    id: 'rustup-toolchain-not-installed',
    anchors: ['is not installed'],
    patterns: [/toolchain '[\w.-]+' is not installed/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^rustup$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's rustup does not install the toolchain the project pins (rustup 1.28 stopped doing it on first use)",
      },
      { facet: 'env', key: /^(?:RUSTUP_TOOLCHAIN|RUSTUP_HOME|CARGO_HOME)$/, weight: 0.85, anyDirection: true },
      { facet: 'custom', key: /rust-toolchain|rustup/i, weight: 0.85, anyDirection: true },
      { facet: 'toolchains', key: /^(?:rustc|cargo)$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['version'],
    meaning: 'rustup does not have the toolchain the project pins',
  },
  {
    // runc gives each container a session keyring: the kernel counts keys per user (kernel.keys.maxkeys, maxbytes),
    // so past the limit "create session key" fails with EDQUOT, however much disk is free.
    id: 'session-keyring-quota',
    anchors: ['session key'],
    patterns: [/(?:join|create) session key(?:ring)?: (?:unable to create session key: )?disk quota exceeded/i],
    implicates: [
      {
        facet: 'sysctl',
        key: /^kernel\.keys\.(?:maxkeys|maxbytes|root_maxkeys|root_maxbytes)$/,
        weight: 0.93,
        anyDirection: true,
        why: "B's kernel allows each user fewer keys than the containers' session keyrings take",
      },
      { facet: 'custom', key: /\/proc\/key-users|keyctl/i, weight: 0.85, anyDirection: true },
    ],
    tokens: [],
    meaning: "the kernel's key quota refused a container's session keyring",
  },
  {
    // A table iptables cannot open is missing from the kernel, or from the backend this iptables speaks (legacy
    // against nf_tables), or newly asked for: Docker 27 programs ip6tables' nat by default, Docker 28 the raw table.
    id: 'iptables-table-missing',
    anchors: ["can't initialize ip"],
    patterns: [/can't initialize ip6?tables table `\w+'/],
    implicates: [
      {
        facet: 'docker',
        key: /^server_version$/,
        weight: 0.88,
        anyDirection: true,
        when: (d) => crosses(d, [27]) || crosses(d, [28]),
        why: 'Docker 27 programs ip6tables by default and Docker 28 the raw table, which this kernel or iptables lacks',
      },
      {
        facet: 'packages',
        key: /^(?:iptables|iptables-nft|iptables-legacy|ip6tables)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        why: 'another iptables (legacy or nf_tables backend) sees other tables than the kernel rules were made with',
      },
      // The engine's own package: the same Docker release that programs the new tables.
      { facet: 'packages', key: /^docker-ce(?::\w+)?$/, weight: 0.8, anyDirection: true },
      { facet: 'modules', weight: 0.9, when: (d) => d.b === null || d.b === undefined, why: 'the kernel module is not loaded on B' },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'iptables could not open a table',
  },
  {
    // Surefire starts its forked JVM from a manifest-only jar; Debian's and Ubuntu's OpenJDK 8u181 builds enforced
    // the class-path check that rejects it, so the fork finds no ForkedBooter: the JDK package moved, not Maven.
    id: 'surefire-forked-booter-missing',
    anchors: ['forkedbooter'],
    patterns: [/Could not find or load main class org\.apache\.maven\.surefire\.booter\.ForkedBooter/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:openjdk-\d+-(?:jre|jdk)(?:-headless)?|java-1\.8\.0-openjdk[\w-]*)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        anyStep: true,
        why: "another build of B's JDK package checks the manifest class path Surefire's forked JVM starts from",
      },
      { facet: 'toolchains', key: JAVA, weight: 0.85, anyDirection: true, anyStep: true },
      { facet: 'env', key: /^(?:JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|MAVEN_OPTS|JAVA_HOME)$/, weight: 0.7, anyDirection: true },
      { facet: 'images', weight: 0.5, anyDirection: true },
      { facet: 'toolchains', key: /^(?:maven|mvn)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: "Surefire's forked JVM could not find its booter class",
  },
  {
    // git commits (tests that make a repository, release tools, merges) need a name and an email: a runner or
    // image without a ~/.gitconfig, or another HOME, has neither.
    id: 'git-identity-unknown',
    anchors: ['tell me who you are', 'auto-detect email', 'identity unknown', 'empty ident name'],
    patterns: [
      /Please tell me who you are|unable to auto-detect email address|\b(?:Author|Committer) identity unknown/,
      /empty ident name \(for <[^>]*>\) not allowed/,
    ],
    implicates: [
      { facet: 'git', key: /^user\.(?:email|name)$/, weight: 0.92, anyDirection: true, why: 'B has no git identity to commit with' },
      { facet: 'env', key: /^(?:GIT_(?:AUTHOR|COMMITTER)_(?:NAME|EMAIL)|EMAIL)$/, weight: 0.88, anyDirection: true },
      { facet: 'env', key: /^(?:HOME|XDG_CONFIG_HOME)$/, weight: 0.6, anyDirection: true, why: 'another HOME has no .gitconfig' },
      { facet: 'security', key: /^uid$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'git has no identity to commit with',
  },
  {
    // transfer.fsckObjects (or fetch.fsckObjects) makes git check every object it receives: a history with an old
    // quirk (zero-padded file modes, a bad time zone) that clones elsewhere is refused.
    id: 'git-fsck-rejected',
    anchors: ['fsck error', 'index-pack', ': object '],
    patterns: [/fsck error in packed object|fetch-pack: invalid index-pack output/, /error: object [0-9a-f]{40}: [a-z][A-Za-z]+: /],
    implicates: [
      {
        facet: 'git',
        key: /fsckobjects/i,
        weight: 0.93,
        anyDirection: true,
        why: "B's git checks every object it fetches (fsckObjects) and refuses the repository's old quirks",
      },
      { facet: 'toolchains', key: /^git$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: "git's object check refused what it fetched",
  },
  {
    // 32-bit images built on time64 libcs (musl 1.2 in Alpine 3.13, glibc 2.34 with _TIME_BITS=64) call
    // clock_gettime64 and friends; a seccomp filter from a libseccomp or Docker that predates them refuses with EPERM.
    id: 'time-syscalls-refused',
    anchors: ['clock_gettime', 'error getting time'],
    patterns: [/\bclock_gettime(?:64)?\(.*\) failed: Operation not permitted/, /ASN1_TIME_adj:error getting time/],
    implicates: [
      {
        facet: 'packages',
        key: /^libseccomp\d*(?::\w+)?$/,
        weight: 0.88,
        why: "B's libseccomp predates the 64-bit time syscalls: the container's seccomp filter refuses them",
      },
      { facet: 'docker', key: /^libseccomp_version$/, weight: 0.88 },
      { facet: 'docker', key: /^(?:server_version|runc_version)$/, weight: 0.7 },
      {
        facet: 'libc',
        key: /^(?:version|family)$/,
        weight: 0.65,
        anyDirection: true,
        why: "the image's libc asks for the time with 64-bit calls",
      },
      { facet: 'images', weight: 0.6, anyDirection: true },
      { facet: 'kernel', key: /^release$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a seccomp filter refused the 64-bit time system calls',
  },
  {
    // Java reads authorities from its own truststore (lib/security/cacerts), not the system bundle: an empty or
    // dangling one (a JDK package whose cacerts points at a file ca-certificates-java never wrote) trusts nothing.
    id: 'java-truststore-empty',
    anchors: ['trustanchors'],
    patterns: [/the trustAnchors parameter must be non-empty/i],
    implicates: [
      { facet: 'tls', key: /cacerts|java/i, weight: 0.92, anyDirection: true },
      { facet: 'custom', key: /keytool|cacerts/i, weight: 0.92, anyDirection: true },
      { facet: 'packages', key: /^ca-certificates-java(?::\w+)?$/, weight: 0.9, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:(?:ms)?openjdk|java|temurin|zulu|corretto|jdk|jre)[\w.+-]*(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        anyStep: true,
        why: 'another JDK build ships another truststore (or a cacerts link to a file B lacks)',
      },
      { facet: 'toolchains', key: JAVA, weight: 0.7, anyDirection: true, anyStep: true },
      { facet: 'env', key: /^(?:JAVA_HOME|JAVA_TOOL_OPTIONS)$/, weight: 0.6, anyDirection: true },
      { facet: 'packages', key: /^ca-certificates(?::\w+)?$/, weight: 0.5, anyDirection: true },
      // A volume mounted over the certificate directory hides the cacerts the JDK links to (/etc/ssl/certs/java/cacerts).
      {
        facet: 'mounts',
        key: /^\/etc\/(?:ssl|pki|ca-certificates)\b|cacerts/,
        weight: 0.85,
        anyDirection: true,
        why: "a mount over the certificate directory hides the truststore the JDK's cacerts links to",
      },
    ],
    tokens: ['path'],
    meaning: "Java's truststore holds no certificate authority",
  },
  {
    // conda 25.5's Miniconda ships the conda-anaconda-tos plugin: a non-interactive run that has not accepted the
    // default channels' terms stops, where the older installer (or a CONDA_PLUGINS_AUTO_ACCEPT_TOS job) went on.
    id: 'conda-terms-not-accepted',
    anchors: ['terms of service', 'condatos'],
    patterns: [/CondaToSNonInteractiveError|Terms of Service have not been accepted for the following channels/],
    implicates: [
      {
        facet: 'packages',
        key: /^conda-anaconda-tos$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's conda has the terms-of-service plugin, which stops non-interactive runs until the channels' terms are accepted",
      },
      { facet: 'env', key: /^CONDA_PLUGINS_AUTO_ACCEPT_TOS$/, weight: 0.92, anyDirection: true },
      { facet: 'toolchains', key: /^(?:conda|miniconda\w*|anaconda\w*)$/, weight: 0.85, anyDirection: true },
      { facet: 'packages', key: /^conda$/, weight: 0.8, anyDirection: true },
      { facet: 'custom', key: /\bconda\b/, weight: 0.7, anyDirection: true },
      { facet: 'mirrors', weight: 0.45, anyDirection: true, why: 'B asks channels whose terms are not accepted' },
    ],
    tokens: [],
    meaning: 'conda refused channels whose terms of service are not accepted',
  },
  {
    // Go checks every module it downloads against go.sum and the checksum database: a mismatch means B fetched other
    // bits (GOPROXY=direct from a retagged origin, another proxy that cached other ones) or checks them otherwise.
    id: 'go-checksum-mismatch',
    anchors: ['checksum mismatch', 'does not match'],
    patterns: [
      /verifying [\w./~-]+@v[\w.+-]+(?:\/go\.mod)?: checksum mismatch|verifying module: checksum mismatch/,
      /This download does NOT match (?:an earlier download recorded in go\.sum|the one reported by the checksum server)/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^GOPROXY$/,
        weight: 0.88,
        anyDirection: true,
        why: 'B downloads modules from another proxy or straight from their origin, which may serve other bits',
      },
      { facet: 'env', key: /^(?:GOSUMDB|GONOSUMDB|GOPRIVATE|GONOSUMCHECK|GOINSECURE|GOFLAGS)$/, weight: 0.75, anyDirection: true },
      { facet: 'mirrors', weight: 0.6, anyDirection: true, why: 'B fetches modules from another mirror' },
      { facet: 'toolchains', key: /^go$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a Go module download does not match its recorded checksum',
  },
  {
    // rustup keeps its toolchains and default per user, under $HOME/.rustup unless RUSTUP_HOME says otherwise: a job
    // that moves HOME (GitHub's container jobs set /github/home), or runs as another user, finds none of them.
    id: 'rustup-no-default-toolchain',
    anchors: ['default toolchain', 'no installed toolchains', 'no default is configured'],
    patterns: [
      /no override and no default toolchain set|no default toolchain configured|^\s*no installed toolchains\s*$/,
      /rustup could not choose a version of \w+ to run.*no default is configured/,
    ],
    implicates: [
      { facet: 'env', key: /^(?:RUSTUP_HOME|CARGO_HOME)$/, weight: 0.9, anyDirection: true },
      {
        facet: 'env',
        key: /^HOME$/,
        weight: 0.88,
        anyDirection: true,
        why: "rustup finds its toolchains under $HOME/.rustup: B's HOME has none",
      },
      { facet: 'security', key: /^uid$/, weight: 0.6, anyDirection: true, why: "another user's rustup has no toolchains installed" },
      { facet: 'toolchains', key: /^rustup$/, weight: 0.5, anyDirection: true },
      { facet: 'custom', key: /rustup/i, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: "rustup finds no toolchain for this user's home",
  },
  {
    // Cargo, not the compiler, reads Cargo.lock and the manifest: these failures are the package manager's age.
    id: 'cargo-manifest-format',
    anchors: ['lock file', 'edition', 'cargo'],
    patterns: [
      /lock file version \d+ (?:requires|was found)|failed to parse lock file/,
      /this version of Cargo is older than the `20\d\d` edition|feature `edition20\d\d` is required/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^cargo$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's Cargo is too old for the crate's Cargo.lock or manifest format",
      },
      { facet: 'toolchains', key: /^(?:rustup|rustup\.toolchain)$/, weight: 0.85, anyDirection: true },
    ],
    tokens: ['version'],
    meaning: "Cargo cannot read the crate's lock file or manifest",
  },
  {
    id: 'ruby-bundler-version',
    anchors: ['bundler', 'gemfile', 'ruby version', 'required_ruby_version', 'gem::'],
    patterns: [
      /Bundler::GemNotFound|You must use Bundler \d|can't find gem bundler/,
      /Your Ruby version is [\w.]+, but your Gemfile specified/,
      /requires ruby version [>=~<]+ ?[\d.]+/i,
      /Gem::(?:InstallError|MissingSpecVersionError|RuntimeRequirementNotMetError)/,
    ],
    implicates: runtime(/^(?:ruby|bundler|bundle|gem)$/, 'the Gemfile needs another Ruby or Bundler release'),
    tokens: ['version'],
    meaning: 'the Ruby or Bundler version does not meet the Gemfile',
  },
  {
    id: 'php-composer-platform',
    anchors: ['your php version', 'composer detected issues', 'requires php', 'platform', 'missing from your system'],
    patterns: [
      /requires? php [>=^~<|\d. ]+-> your php version \([\d.]+\) does not satisfy/i,
      // Composer 2 and the root package: "Root composer.json requires php ^7.2.5 but your php version (8.0.9) does not satisfy".
      /requires php(?:-64bit)? [>=^~<|*\w. ]+ but your php version \([\w.+~-]+\) does not satisfy/i,
      /Composer detected issues in your platform/,
      /Your Composer dependencies require a PHP version/,
      /requires PHP extension ext-[\w-]+ .* but it is missing from your system|requires ext-[\w-]+ \S* -> it is missing from your system/,
    ],
    implicates: runtime(/^(?:php|composer)$/, 'the dependencies need another PHP release', [
      {
        facet: 'packages',
        key: /^php[\d.]*-[\w-]+(?::\w+)?$/,
        weight: 0.9,
        when: (d) => d.kind === 'removed',
        why: 'a PHP extension the dependencies require is not installed on B',
      },
      // An extension B has in another build follows its PHP: the PHP release is what the check reads.
      { facet: 'packages', key: /^php[\d.]*-[\w-]+(?::\w+)?$/, weight: 0.55, when: (d) => d.kind !== 'removed' },
    ]),
    tokens: ['version'],
    meaning: 'the PHP version does not meet the dependencies',
  },
  {
    id: 'dotnet-sdk',
    anchors: [
      '.net sdk',
      'netsdk',
      'global.json',
      'dotnet',
      'compatible framework version',
      'specified framework',
      'install or update .net',
      'error ca',
      'error ide',
      'msb4276',
    ],
    patterns: [
      /The current \.NET SDK does not support targeting/,
      /\bNETSDK\d{4}\b/,
      /A compatible \.NET SDK was not found|global\.json/,
      /It was not possible to find any compatible framework version/,
      /The specified framework '[\w.]+', version '[\w.-]+' was not found/,
      // The apphost's words when the shared runtime an app targets is not installed.
      /You must install or update \.NET to run this application/,
      // MSBuild resolving an SDK by the directory a variable names (MSBuildSDKsPath left from an old SDK).
      /\bMSB4276: The default SDK resolver failed to resolve SDK/,
      // Code analysis rules ship with the SDK: a new SDK brings new warnings, errors under TreatWarningsAsErrors.
      /\berror (?:CA|IDE)\d{4}:/,
    ],
    implicates: runtime(/^(?:dotnet|dotnet-sdk)$/, 'the project targets another .NET SDK', [
      // "The framework 'Microsoft.AspNetCore.App', version '3.1.0' was not found": a shared runtime B lacks altogether.
      {
        facet: 'toolchains',
        key: /^(?:aspnetcore|dotnet|dotnet-windowsdesktop|windowsdesktop)-runtime(?:-[\d.]+)?$/,
        weight: 0.9,
        when: (d) => d.kind === 'removed',
        why: 'B lacks the shared .NET runtime the project runs on',
      },
      {
        facet: 'packages',
        key: /^(?:aspnetcore|dotnet|dotnet-windowsdesktop|windowsdesktop)-runtime(?:-[\d.]+)?(?::\w+)?$/,
        weight: 0.88,
        when: (d) => d.kind === 'removed',
      },
      // A captured list of the installed runtimes (dotnet --list-runtimes, the shared/ directory).
      { facet: 'custom', key: /--list-runtimes|shared\/Microsoft\.\w+\.App/, weight: 0.85, anyDirection: true, anyStep: true },
      {
        facet: 'env',
        key: /^(?:MSBuildSDKsPath|MSBuildExtensionsPath|DOTNET_MSBUILD_SDK_RESOLVER_\w+|DOTNET_ROOT)$/,
        weight: 0.85,
        anyDirection: true,
        why: "the variable points MSBuild's SDK resolution at another directory",
      },
    ]),
    tokens: ['version'],
    meaning: 'the .NET SDK does not match the project',
  },
  {
    id: 'build-tool-version',
    anchors: ['gradle', 'maven', 'cmake_minimum_required', 'cmake'],
    patterns: [
      /Minimum supported Gradle version is|Gradle \d[\d.]* requires|Could not find method \w+\(\) for arguments/,
      /requires Maven version|Detected Maven Version: [\d.]+ is not in the allowed range/,
      // "… will be removed from a future version" is CMake 3.27–3.31's deprecation warning, printed by builds that pass.
      /CMake \d[\d.]* or higher is required|Compatibility with CMake < [\d.]+ has been removed/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:gradle|mvn|maven|cmake)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'the build files need another version of the build tool',
      },
      { facet: 'packages', key: /^(?:gradle|maven|cmake)[\w.-]*(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'toolchains', key: JAVA, weight: 0.4, anyDirection: true },
    ],
    tokens: ['version'],
    meaning: 'the build tool is of another version than the build files need',
  },
  {
    id: 'file-watch-limit',
    anchors: ['watch', 'inotify'],
    patterns: [
      /System limit for number of file watchers reached/i,
      /\bENOSPC\b.*\bwatch/i,
      /add_watch: cannot watch|inotify_add_watch/i,
      /\bmax_user_watches\b/,
      /inotify watch limit|inotify watch(?:es)? (?:limit )?reached/i,
      // Node's fs.watch ("Error: watch ENOSPC") and Java's WatchService ("User limit of inotify watches reached").
      /\bwatch(?:er)? ENOSPC\b|User limit of inotify watches reached/i,
      // Older Node: "Error: watch /app/node_modules/x ENOSPC".
      /\bError: watch \/\S+ ENOSPC\b/,
      // Dart's and Rust's notify ("Failed to watch path …: No space left on device"): inotify reports its watch cap as ENOSPC.
      /\bFailed to watch\b.{0,300}(?:No space left on device|ENOSPC)/i,
      // JNotify (Play, sbt's ~run): "JNotifyException_linux: Error watching /home/…/src/main/scala : No space left on device".
      /\bError watching\b.{0,300}(?:No space left on device|ENOSPC)/i,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^fs\.inotify\.max_user_watches$/,
        weight: 0.93,
        anyDirection: true,
        why: "B's inotify watch limit is lower than the file watchers need",
      },
      { facet: 'sysctl', key: /^fs\.inotify\.max_user_instances$/, weight: 0.6, anyDirection: true },
      { facet: 'resources', key: /^ulimit_nofile/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a file watcher hit the kernel inotify watch limit',
  },
  {
    // Node's own file watching (FSEvents on macOS) opens a descriptor per file; Jest and Metro use watchman
    // instead when it is installed, so a machine without it runs out of descriptors.
    id: 'file-watcher-emfile',
    anchors: ['watching file for changes', 'watch emfile', 'f2d_register_rpc'],
    patterns: [
      /Error watching file for changes: EMFILE/,
      /\bError: watch EMFILE\b/,
      /FSEventStreamStart: register_with_server: ERROR: f2d_register_rpc\(\)/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^watchman(?::\w+)?$/,
        weight: 0.9,
        why: 'without watchman, Jest and Metro watch every file themselves and run out of file descriptors',
      },
      { facet: 'toolchains', key: /^watchman$/, weight: 0.9, why: 'without watchman, Jest and Metro watch every file themselves' },
      {
        facet: 'resources',
        key: /^ulimit_nofile/,
        weight: 0.7,
        when: (d) => !raisedOnB(d),
        why: "B's open-file limit is lower than the watchers need",
      },
      {
        facet: 'sysctl',
        key: /^(?:kern\.maxfiles(?:perproc)?|fs\.inotify\.max_user_(?:instances|watches))$/,
        weight: 0.6,
        anyDirection: true,
      },
    ],
    tokens: [],
    meaning: 'a file watcher ran out of file descriptors (no watchman to watch for it)',
  },
  {
    // inotify_init's EMFILE is the per-user instance cap (ENOSPC from add_watch is the watch cap).
    id: 'inotify-instance-limit',
    anchors: ['inotify', 'too many open files, watch', 'allocate directory watch', 'allocate watch', 'watcher'],
    patterns: [
      /\bmax_user_instances\b/,
      /inotify instance limit|inotify_init(?:1)?: too many open files/i,
      /(?:initiali[sz]e inotify|inotify instance|allocate (?:directory )?watch)\w*:? .*too many open files/i,
      // Node's fs.watch on Linux: "EMFILE: too many open files, watch '/src'".
      /\bEMFILE: too many open files, watch\b/,
      // Go's fsnotify and Rust's notify open one inotify instance per watcher.
      /(?:creat(?:e|ing)|start(?:ing)?) (?:fsnotify |recommended |file )?watcher\b.*too many open files/i,
      // fsnotify's constructor by name: 'error="filetarget.fsnotify.NewWatcher: too many open files"'.
      /\bNewWatcher\b.*too many open files/i,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^fs\.inotify\.max_user_instances$/,
        weight: 0.93,
        anyDirection: true,
        why: "B's inotify instance limit is lower than the file watchers need",
      },
      { facet: 'sysctl', key: /^fs\.inotify\.max_user_watches$/, weight: 0.6, anyDirection: true },
      { facet: 'resources', key: /^ulimit_nofile/, weight: 0.3, when: (d) => !raisedOnB(d) },
    ],
    tokens: [],
    meaning: 'a file watcher could not get an inotify instance',
  },
  {
    // perf_event_open is refused to unprivileged users by kernel.perf_event_paranoid (Debian's and Ubuntu's
    // kernels add level 3 and 4: none at all); profilers then report the events as missing or denied.
    id: 'perf-events-unavailable',
    anchors: ['perf_event_open', 'performance monitoring', 'perf events', 'is not available', "isn't available"],
    patterns: [
      /\bperf_event_open(?:\(\))?(?: failed)?:? .*(?:permission denied|EACCES|EPERM|operation not permitted)/i,
      /Access to performance monitoring and observability operations is limited/,
      /Not enough permissions to record perf events/,
      // lo2s, perf and PAPI naming the hardware or software event they could not open.
      /\bsampling event '[^']+' is not available|\bcpu-clock isn't available\b/,
      // rr: "Unable to open performance counter with 'perf_event_open'; are perf events enabled?" (a VM without a PMU too).
      /\bUnable to open performance counter\b/,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^kernel\.perf_event_paranoid$/,
        weight: 0.9,
        when: raisedOnB,
        why: "B's kernel.perf_event_paranoid refuses performance events to unprivileged processes",
      },
      { facet: 'security', key: /^uid$/, weight: 0.7, when: (d) => !rootOnB(d) },
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.7,
        when: (d) => lostCapability(d, 'perfmon') || lostCapability(d, 'sys_admin'),
      },
      { facet: 'docker', key: /^security_options$/, weight: 0.5, anyDirection: true },
      { facet: 'sysctl', key: /^kernel\.perf_event_mlock_kb$/, weight: 0.5, when: (d) => !raisedOnB(d) },
      // A virtual machine that passes no performance monitoring unit through: its CPU lacks arch_perfmon.
      {
        facet: 'cpu',
        key: /^flags$/,
        weight: 0.85,
        when: (d) => hasFlag(d.a, 'arch_perfmon') && !hasFlag(d.b, 'arch_perfmon'),
        why: "B's CPU has no performance counters to open (a virtual machine without a PMU: no arch_perfmon)",
      },
    ],
    tokens: [],
    meaning: 'the kernel refused performance monitoring events',
  },
  {
    id: 'max-map-count',
    anchors: ['max_map_count', 'map count', 'virtual memory areas'],
    patterns: [/vm\.max_map_count/, /max virtual memory areas .* too low/i, /max_map_count/],
    implicates: [
      {
        facet: 'sysctl',
        key: /^vm\.max_map_count$/,
        weight: 0.95,
        why: "B's vm.max_map_count is below what the program checks for (Elasticsearch needs 262144)",
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.2 },
    ],
    tokens: [],
    meaning: 'the kernel limit on memory map areas is too low',
  },
  {
    id: 'sandbox-userns',
    anchors: [
      'sandbox',
      'uid_map',
      'setgroups',
      'clone_newuser',
      'new namespace',
      'user namespace',
      '/proc/self/exe',
      'apparmor_restrict',
      'credentials.cc',
      'uid map',
      'cannot clone',
    ],
    patterns: [
      /No usable sandbox!|The SUID sandbox helper binary was found, but is not configured correctly/,
      // Chromium (Electron) cannot set up its namespace sandbox: Ubuntu 24.04's AppArmor denies userns_create.
      /FATAL:credentials\.cc\(\d+\)\] Check failed: \. : (?:Permission denied|Operation not permitted)/,
      /Failed to move to new namespace/,
      /(?:writing|write to) (?:\/proc\/\S+\/)?(?:uid_map|gid_map|setgroups)/i,
      // "Failed to write /proc/self/setgroups", "opening /proc/56/setgroups: … permission denied".
      /\b(?:write|open(?:ing)?) \/proc\/\w+\/(?:uid_map|gid_map|setgroups)\b/i,
      /write\(["']?\/proc\/\S*\/(?:uid_map|gid_map|setgroups)["']?,.*(?:not permitted|denied)/i,
      /CLONE_NEWUSER/,
      // bubblewrap: "bwrap: setting up uid map: Permission denied".
      /setting up [ug]id map: (?:Permission denied|Operation not permitted)/,
      /user namespaces? (?:are |is )?(?:not (?:enabled|supported|permitted)|disabled|restricted)/i,
      /cannot clone: (?:Invalid argument|Operation not permitted)/i,
      // RootlessKit re-executes itself in a new user namespace; AppArmor (Ubuntu 24.04) refuses it.
      /failed to start the child: fork\/exec \/proc\/self\/exe: (?:operation not permitted|permission denied)/i,
      /apparmor_restrict_unprivileged_userns is set/,
      /\bsandbox(?:ing)? (?:failure|failed|error)\b.*(?:Operation not permitted|Permission denied)/i,
    ],
    implicates: [
      ...USERNS_SYSCTLS,
      { facet: 'security', key: /^(?:apparmor|selinux|uid)$/, weight: 0.45 },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a sandbox or rootless runtime could not create a user namespace',
  },
  {
    id: 'clock-skew',
    anchors: [
      'not yet valid',
      'clock skew',
      'in the future',
      'notbefore',
      'not valid yet',
      'not yet activated',
      'not yet been activated',
      'still dirty',
      'signature expired',
      'clock synchronization',
      'not yet current',
      'timetooskewed',
      'the current time is too large',
    ],
    patterns: [
      /certificate (?:is )?not (?:yet )?valid|not yet valid|is not valid yet/i,
      // Java's name for it: "java.security.cert.CertificateNotYetValidException: NotBefore: …".
      /\bCertificateNotYetValidException\b/,
      // wget: "The certificate of ‘host’ is not yet activated." / "The certificate has not yet been activated".
      /is not yet activated|has not yet been activated/i,
      /Clock skew detected/i,
      /has modification time [-\d.e+]+ ?s in the future/i,
      /current time [\w:. -]+ is before [\w:. -]+/i,
      // ninja regenerating build.ninja forever: its outputs keep looking older than their inputs. Ninja
      // before 1.8 leaves out the hint about the system time.
      /manifest '[^']+' still dirty after \d+ tries/,
      // Signed API requests carry the sender's time: AWS refuses one minutes off ("Signature expired: 20191029T154623Z
      // is now earlier than …").
      /\bSignature expired: \d/,
      // ...and one minutes ahead ("Signature not yet current: 20201002T065532Z is still later than …"); S3 and MinIO
      // name the check itself.
      /\bSignature not yet current: \d|\bRequestTimeTooSkewed\b|request time and the current time is too large/,
      // A cluster that compares its nodes' clocks says so itself (CockroachDB refuses to run 500 ms off).
      /\bclock synchroni[sz]ation error\b/i,
    ],
    implicates: [
      {
        facet: 'time',
        key: /^skew_s$/,
        weight: 0.9,
        why: "B's clock is wrong, so valid certificates and files look like they come from the future",
      },
      { facet: 'time', key: /^(?:timezone|ntp\w*|synchronized)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a timestamp looked like it came from the future',
  },
  {
    id: 'stalled-transfer',
    anchors: [
      'timed out',
      'timeout',
      'reset',
      'broken pipe',
      'unexpected eof',
      'ssl_error_syscall',
      'curl: (56)',
      'connection broken',
      'stalled',
      'early eof',
      'gnutls recv error',
      'rpc failed',
      'request time',
    ],
    patterns: [
      /\bRead timed out\b|\bReadTimeoutError\b/,
      // curl's own words for a handshake that never completed: "curl: (28) SSL connection timeout".
      /TLS handshake timeout|SSL connection timeout|net\/http: request canceled/,
      /\bConnection reset by peer\b|\bECONNRESET\b|\bBroken pipe\b/,
      /SSL_ERROR_SYSCALL|curl: \(56\)|unexpected EOF|early EOF|connection broken by/i,
      /GnuTLS recv error \(-(?:9|54|110)\)|RPC failed; curl (?:18|56|92)/,
      // The server gave up waiting for the rest of a request the client sent: its packets never arrived.
      /\b408 Request Time-?out\b/i,
    ],
    implicates: [
      {
        facet: 'network',
        key: /(?:^|[.:_])mtu(?:$|[.:_])/i,
        weight: 0.7,
        why: 'a smaller MTU on B drops large packets (TLS handshakes, downloads) while small ones pass',
      },
      { facet: 'docker', key: /^(?:mtu|network\w*)$/, weight: 0.6, anyDirection: true },
      { facet: 'env', key: /^(?:https?_proxy|all_proxy|no_proxy)$/i, weight: 0.45, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'connections open but transfers stall or break',
  },
  {
    id: 'date-rendering',
    anchors: [
      'expected',
      'timezone',
      'time zone',
      'tz=',
      'utc',
      'left:',
      'right:',
      'received:',
      'actual:',
      'got:',
      'want:',
      ':00+',
      ':30+',
      ':45+',
      ':00-',
      ':30-',
      'test-time',
      'test_time',
      'test-date',
      'test_date',
      'test-tz',
      'test_tz',
      'test-calendar',
      'test_calendar',
      'test-clock',
      'test_clock',
      'test_zoneinfo',
      'but was:<',
      ':00:00',
      'testtz',
      'testdate',
      'testtime',
      'tzlocal',
      '✕',
      '✗',
      '×',
      'fail',
    ],
    patterns: [
      /(?:^|[\s;&|$(])TZ=\S+\s+\S/,
      // Python's dateutil prints a value in the machine's own zone as tzinfo=tzlocal(): a failing
      // comparison that holds one depends on what that zone is.
      /tzinfo=tzlocal\(\)/,
      /\b(?:time ?zone|timezone)\b.*(?:mismatch|differ|wrong|expected|unexpected|invalid|unknown)/i,
      /Expected:? .*\d{4}-\d\d-\d\d.*(?:Received|Actual|but was)/i,
      /^\s*(?:left|right|expected|received|actual|got|want)\s*:\s*["']?\d{4}-\d\d-\d\d/i,
      // pandas' assertion under pytest: "E   [left]:  [2021-08-22T00:00:00.000000000, …]".
      /^\s*(?:E\s+)?\[(?:left|right)\]:\s*\[?["']?\d{4}-\d\d-\d\d/,
      // A diff of expected and actual output whose lines are timestamps with UTC offsets.
      /^[-+]\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?[+-]\d\d:\d\d\b/,
      /[+-]\d\d:\d\d\b.*(?:expected|received|!=)|(?:expected|received).*[+-]\d\d:\d\d\b/i,
      // JUnit's compact comparison of two times: "expected:<...020-11-23 10:22:00 C[E]T> but was:<...10:22:00 C[S]T>".
      /expected:<[^>]*\d\d:\d\d[^>]*> but was:<[^>]*\d\d:\d\d/,
      // A value that is only a UTC timestamp on the hour ("2017-02-06T23:00:00.000Z"): a local midnight elsewhere.
      /^\s*["']\d{4}-\d\d-\d\dT\d\d:00:00(?:\.0+)?Z["'],?\s*$/,
      // A failing test that is about time itself (systemd's test-time-util, Go's time_test, test_tz.py).
      /\b(?:assert\w*|fail(?:ed|ure)?|error)\b.*\btest[-_]?(?:time(?!out|r)|date|tz|zoneinfo|calendar|clock)\w*|\btest[-_]?(?:time(?!out|r)|date|tz|zoneinfo|calendar)\w*.*\b(?:fail(?:ed|ure)?|assert\w*)\b/i,
      // A runner's failure mark on a test named for dates (Jest's "✕ handles Date parsing", busted's
      // "Fail || Date object should parse"): the name says what the test compares. One about formatting
      // or localising dates depends on the locale as much, and is left to the locale's classes.
      /^\s*(?:[✕×✗]|Fail\s+\|\||FAIL\b)\s(?!.*(?:[Ll]ocali[sz]|[Ff]ormat)).*\b(?:[Dd]ates?|DATES?|[Dd]ate ?[Tt]imes?|[Tt]imestamps?|[Tt]ime ?[Zz]ones?)\b/,
      // A failing test or suite named for time zones or daylight saving, as xUnit and CTest report it
      // ("TimeZoneInfoTests.IsDaylightSavingTime_Casablanca…(…) [FAIL]", "41 - timezones (Failed)").
      /\b(?:\w*Time_?[Zz]one\w*|timezones?|\w*DaylightSaving\w*)\b.*(?:\[FAIL\]|\((?:Failed|SEGFAULT)\)\s*$)/,
      // A failing test named for dates further in ("Test test_mutt_date_localtime... [ FAILED ]"), and a failed check
      // on what localtime() filled in ("Check tm.tm_hour == 12... failed").
      /\btest\w*?[-_](?:date|localtime|timezone|tz)(?:[-_]\w*)?\b.*\bFAIL(?:ED|URE)?\b/i,
      /\btm(?:\.|->)tm_(?:hour|mday|isdst|gmtoff)\b.*\bfail/i,
    ],
    implicates: [
      { facet: 'time', key: /^timezone$/, weight: 0.7, anyDirection: true, why: 'dates render and parse differently in another time zone' },
      { facet: 'env', key: /^TZ$/, weight: 0.7, anyDirection: true },
      {
        facet: 'packages',
        key: TZ_DATABASE_PACKAGES,
        weight: 0.75,
        anyDirection: true,
        why: 'time zone rules changed with the tz database',
      },
    ],
    tokens: [],
    meaning: 'dates came out different from what the test expected',
  },
  {
    id: 'storage-driver',
    anchors: [
      'overlay',
      'd_type',
      'backing file',
      'register layer',
      'whiteout',
      'storage driver',
      'graphdriver',
      'snapshotter',
      'rootfs info',
      'cached partitions map',
      'copy_file_range',
      'directory not empty',
    ],
    patterns: [
      /overlay(?:fs|2)?\b.*(?:not supported|invalid argument|wrong fs type|failed to mount|error creating)/i,
      /failed to register layer|\bd_type\b|backing file ?system is unsupported/i,
      /error creating overlay mount|driver not supported|graphdriver/i,
      /\bwhiteout\b.*(?:failed|error|operation not permitted)|copy_file_range/i,
      // Deleting a directory from a lower layer fails on old overlay/aufs setups.
      /(?:rm|rmdir): (?:can't|cannot) remove .*: Directory not empty/,
      /overlayfs\\?"? snapshotter cannot be enabled/,
      // cAdvisor/kubelet cannot map the root filesystem's device (btrfs subvolumes, ZFS datasets).
      /failed to get rootfs info|could not find device with major: \d+, minor: \d+ in cached partitions map/,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:storage_driver|backing_fs|d_type|driver_status)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'the storage driver or the filesystem under it behaves differently on B',
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.4 },
      { facet: 'docker', key: /^(?:server_version|engine|containerd_version)$/, weight: 0.35, anyDirection: true },
      // Podman and Buildah bring their own storage code (containers/storage, fuse-overlayfs for rootless).
      ...['toolchains', 'packages'].map((facet) => ({
        facet,
        key: /^(?:podman|buildah|skopeo|cri-o|crio|fuse-overlayfs|containers-storage|containers-common)(?::\w+)?$/,
        weight: 0.55,
        anyDirection: true,
        why: 'another Podman or Buildah mounts its container storage differently',
      })),
      {
        facet: 'mounts',
        key: /^\/(?:var(?:\/lib(?:\/[\w.-]+)?)?)?$/,
        weight: 0.8,
        anyDirection: true,
        why: 'the filesystem under the container storage (ZFS, btrfs, NFS) cannot host overlayfs',
      },
      {
        // A captured look at the backing filesystem: xfs_info's ftype, `docker info`'s "Supports d_type".
        facet: 'custom',
        key: /\bftype\b|d_type|xfs_info|backing filesystem|storage driver/i,
        weight: 0.85,
        anyDirection: true,
        why: 'the filesystem under the container storage lacks what overlayfs needs (XFS without ftype=1: no d_type)',
      },
    ],
    tokens: ['path'],
    meaning: 'the container storage driver failed',
  },
  {
    id: 'cpu-isa-level',
    anchors: [
      'x86-64-v',
      'isa level',
      'compiled to use',
      'cpu does not support',
      'instructions',
      'compatible target',
      'microarchitecture',
      'following cpu features',
    ],
    patterns: [
      // Julia's system image is compiled for the CPU it was built on (AVX-512 there, none here).
      /Unable to find compatible target in system image/,
      // sharp's prebuilt libvips, Go's GOAMD64 level, a GraalVM native image built for -march=x86-64-v3.
      /Prebuilt binaries for [\w-]+ require v\d microarchitecture/,
      /can only be run on AMD64 processors with v\d microarchitecture support/,
      /The current machine does not support all of the following CPU features that are/,
      /CPU does not support x86-64-v\d|CPU ISA level is lower than required/i,
      /compiled to use (?:AVX\w*|SSE\w*|FMA) instructions/i,
      /This (?:program|binary|TensorFlow binary) (?:requires|is optimized to use) .*(?:AVX|SSE|instructions)/i,
    ],
    implicates: [
      { facet: 'cpu', key: /^flags$/, weight: 0.92, why: 'the binary needs CPU features B lacks' },
      { facet: 'cpu', key: /^(?:model|arch)$/, weight: 0.45 },
      // Or the CPU stayed and the binary changed: a rebuilt image or package built for a newer baseline.
      {
        facet: 'images',
        weight: 0.6,
        anyDirection: true,
        why: 'a rebuilt image ships binaries built for a newer CPU baseline (x86-64-v2/v3, AVX)',
      },
      { facet: 'packages', weight: 0.35, anyDirection: true },
      // A compiler whose default target moved up (GraalVM's native-image to x86-64-v3).
      { facet: 'toolchains', weight: 0.4, anyDirection: true, why: 'another toolchain release builds for a newer CPU baseline by default' },
      { facet: 'libc', key: /^version$/, weight: 0.4, anyDirection: true },
    ],
    tokens: ['cpuflag'],
    meaning: 'a binary needs CPU instructions the machine lacks',
  },
  {
    // A build that hard-codes x86 flags (-msse2, -mavx, -mfma) meets a compiler targeting ARM: clang and gcc reject
    // them. The machine moved to arm64 (Apple silicon, Graviton), not the compiler.
    id: 'x86-flags-on-arm',
    anchors: ['-msse', '-mavx', '-mfma', '-mmmx', '-mpopcnt', '-mbmi', '-mf16c', '-mpclmul', '-maes'],
    patterns: [
      /unsupported (?:option|argument) '-m(?:sse|avx|fma|mmx|popcnt|bmi|f16c|pclmul|aes)[\w.]*' for target '(?:arm64|aarch64|armv)/i,
      /unrecognized command[- ]line option [‘'`]-m(?:sse|avx|fma|mmx|popcnt|bmi|f16c|pclmul|aes)[\w.]*[’']/i,
    ],
    implicates: [
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.9,
        why: 'B builds on an ARM machine, where the x86 instruction-set flags the build passes do not exist',
      },
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.9,
        why: 'B builds on an ARM machine, where the x86 instruction-set flags the build passes do not exist',
      },
      { facet: 'env', key: /^(?:CFLAGS|CXXFLAGS|ARCHFLAGS|CPPFLAGS)$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'x86 instruction-set flags were passed to a compiler targeting ARM',
  },
  {
    // Docker Desktop's containerd image store (and any engine on the containerd snapshotter) keeps images apart from
    // the classic store: tools that read the daemon's images through older APIs (pack, older buildx) find none.
    id: 'image-not-on-daemon',
    anchors: ['does not exist on the daemon', 'no such image', 'content digest'],
    patterns: [
      /image \S+ does not exist on the daemon/i,
      // pack's ephemeral builder: an image it has just created, asked for by ID, is not there.
      /saving image "[^"]+": Error: No such image: [0-9a-f]{12,}/,
      // `docker save`, `docker run` and the classic builder on the containerd store: "content digest sha256:…: not found".
      /content digest sha256:[0-9a-f]{12,}: not found/,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:storage_driver|driver_status)$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => CONTAINERD_STORE.test(String(d.b ?? '')),
        why: "B's engine stores images through containerd's snapshotter, which older image tools do not read",
      },
      {
        facet: 'custom',
        key: /\bdocker info\b.*(?:Driver|containerd|snapshotter)/i,
        weight: 0.85,
        anyDirection: true,
        why: "B's engine stores images through containerd's snapshotter, which older image tools do not read",
      },
      { facet: 'docker', key: /^server_version$/, weight: 0.4 },
      { facet: 'toolchains', key: /^(?:docker-desktop|pack)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a tool could not find an image the daemon just pulled',
  },
  {
    // Apple's SDKs mark APIs with the OS release that introduced them: code built for an older deployment target
    // (MACOSX_DEPLOYMENT_TARGET, which cibuildwheel and Xcode projects set per architecture) may not call them.
    id: 'deployment-target-too-old',
    anchors: ['introduced in', 'only available on', 'built for newer'],
    patterns: [
      /is unavailable: introduced in (?:macOS|iOS|tvOS|watchOS|visionOS) \d+(?:\.\d+)*/,
      /is only available on (?:macOS|iOS|tvOS|watchOS|visionOS) \d+(?:\.\d+)* or newer/,
      /was built for newer (?:macOS|iOS|tvOS|watchOS) version \([\d.]+\) than being linked \([\d.]+\)/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:MACOSX_DEPLOYMENT_TARGET|IPHONEOS_DEPLOYMENT_TARGET|TVOS_DEPLOYMENT_TARGET|WATCHOS_DEPLOYMENT_TARGET)$/,
        weight: 0.9,
        anyDirection: true,
        why: 'B builds for another deployment target, and the SDK allows only the APIs that release had',
      },
      { facet: 'custom', key: /deployment.?target/i, weight: 0.85, anyDirection: true },
      { facet: 'toolchains', key: /^(?:xcode|clang|apple-clang)$/, weight: 0.4, anyDirection: true },
      { facet: 'os', key: /^version_id$/, weight: 0.35, anyDirection: true, why: 'the default deployment target follows the OS release' },
    ],
    tokens: [],
    meaning: 'code calls an Apple API newer than the deployment target it is built for',
  },
  {
    // Ansible hands its module files to the become user with setfacl; without the acl package on the target it
    // falls back to chown and chmod's "A+user:…" syntax, which Linux's chmod rejects.
    id: 'ansible-become-permissions',
    anchors: ['ansible needs to create when becoming an unprivileged user'],
    patterns: [/Failed to set permissions on the temporary files Ansible needs to create when becoming an unprivileged user/],
    implicates: [
      {
        facet: 'packages',
        key: /^acl(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's target lacks the acl package (setfacl), with which Ansible lets the become user read its files",
      },
      { facet: 'custom', key: /\bsetfacl\b/, weight: 0.88, anyDirection: true },
      {
        facet: 'env',
        key: /^ANSIBLE_(?:PIPELINING|ALLOW_WORLD_READABLE_TMPFILES|REMOTE_TMP|BECOME\w*)$/,
        weight: 0.8,
        anyDirection: true,
      },
      { facet: 'packages', key: /^sudo(?::\w+)?$/, weight: 0.45, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Ansible could not hand its temporary files to the become user',
  },
  {
    id: 'musl-symbol-not-found',
    anchors: [
      'error relocating',
      'symbol not found',
      'glibc_private',
      '__memcpy_chk',
      'gnu_get_libc',
      'shared library ld-linux',
      'undefined reference',
    ],
    patterns: [
      /Error relocating [^:]+: [\w.@]+: symbol not found/,
      /symbol not found.*(?:__\w+_chk|gnu_get_libc_version|__register_atfork|fcntl64|__res_init)/,
      /version [`'‘]GLIBC_PRIVATE['’] not found/,
      // musl's loader looking for glibc's: a glibc-linked binary on a musl system.
      /Error loading shared library ld-linux[\w.-]*\.so/,
      // Linking against musl, which lacks glibc's extensions (execinfo's backtrace, fts, obstack, error()).
      /undefined reference to [`'‘](?:backtrace(?:_symbols(?:_fd)?)?|fts_(?:open|read|close|children|set)|_?obstack_\w+|error_at_line|mallinfo2?|argp_parse)['’]/,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^(?:family|version)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'a binary built against glibc runs on another C library (musl) or another glibc build',
      },
      { facet: 'images', weight: 0.4, why: 'a base image that switched C library (Alpine/musl vs Debian/glibc)' },
      { facet: 'os', key: /^(?:id|version_id)$/, weight: 0.45, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:libc6|musl|glibc|libc6-compat|gcompat)(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
        // Any rebuild of the C library can drop symbols: Alpine's musl snapshot 1.2.4_git20230717 dropped the LFS64 names.
        anyStep: true,
      },
    ],
    tokens: ['soname'],
    meaning: 'the C library lacks a symbol the binary was linked against',
  },
  {
    // tzdata's debconf question in a build with no terminal: the step waits for an answer that never comes.
    id: 'debconf-prompt',
    anchors: ['geographic area', 'configuring tzdata'],
    patterns: [/^\s*Geographic area:/, /Please select the geographic area in which you live/, /^\s*Configuring tzdata\s*$/],
    implicates: [
      // Ubuntu 20.04 (and Debian's later releases) pull tzdata into packages that did not need it before.
      {
        facet: 'os',
        key: /^(?:version_id|version_codename)$/,
        weight: 0.8,
        why: "B's release pulls tzdata in, which asks for a time zone",
      },
      { facet: 'env', key: /^(?:DEBIAN_FRONTEND|DEBCONF_NONINTERACTIVE_SEEN|TZ)$/, weight: 0.85, anyDirection: true },
      { facet: 'packages', key: TZ_DATABASE_PACKAGES, weight: 0.6, anyDirection: true },
      { facet: 'images', weight: 0.5 },
    ],
    tokens: [],
    meaning: "tzdata's configuration asked a question the build cannot answer",
  },
  {
    // A tool asking a yes/no question in a build with nobody to answer it: the variable that answered or silenced it
    // on A (COREPACK_ENABLE_DOWNLOAD_PROMPT=0, DEBIAN_FRONTEND=noninteractive, CI) is what B lacks.
    id: 'unanswered-prompt',
    anchors: ['[y/n]', '(y/n)'],
    patterns: [/\[(?:Y\/n|y\/N|Y\/N|y\/n)\]:?\s*$/, /\((?:Y\/n|y\/N)\)\s*$/],
    implicates: [
      {
        facet: 'env',
        key: /PROMPT|NONINTERACTIVE|^DEBIAN_FRONTEND$|ASSUME_?YES|^CI$|^CONTINUOUS_INTEGRATION$/,
        weight: 0.85,
        anyDirection: true,
        why: 'the variable that answers or silences the question differs on B',
      },
    ],
    tokens: [],
    meaning: 'a tool asked a question nobody was there to answer',
  },
  {
    // A script raising its own soft limit (`ulimit -Sn 10000`) past the hard limit B sets: bash refuses outright.
    id: 'limit-raise-refused',
    anchors: ['cannot modify limit'],
    patterns: [/\bulimit: [\w ()-]+: cannot modify limit: (?:Invalid argument|Operation not permitted)/],
    implicates: [
      {
        facet: 'resources',
        key: /^ulimit_\w+_hard$/,
        weight: 0.9,
        when: limitTighter,
        why: "B's hard limit is below what the script raises its soft limit to",
      },
      { facet: 'resources', key: /^ulimit_\w+$/, weight: 0.55, when: limitTighter },
      { facet: 'docker', key: /^(?:default_ulimits|ulimits)/, weight: 0.7, anyDirection: true },
      // Raising a hard limit needs CAP_SYS_RESOURCE, which a container may lack.
      { facet: 'security', key: /^capabilities$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a script could not raise a resource limit past the hard limit',
  },
  {
    // Rust's bundled lld became the default linker on x86_64 Linux (nightly 1.80, stable 1.90): it resolves
    // symbols and searches libraries unlike the system's ld, so the same link fails only on the newer rustc.
    id: 'rust-lld-link-error',
    anchors: ['rust-lld'],
    patterns: [/\brust-lld: error: /],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:rustc|cargo|rust)$/,
        weight: 0.85,
        anyDirection: true,
        anyStep: true,
        why: "the link ran through rustc's bundled rust-lld, the default linker of newer Rust releases",
      },
      { facet: 'env', key: /^(?:RUSTFLAGS|CARGO_\w*RUSTFLAGS|RUSTUP_TOOLCHAIN|CARGO_TARGET_\w+_LINKER)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "Rust's bundled linker (rust-lld) failed the link",
  },
  {
    // Node's April 2024 security releases (18.20.2, 20.12.2, 21.7.3; CVE-2024-27980) refuse to start a .cmd or .bat
    // on Windows without `shell: true`: spawn fails with EINVAL where the release before ran it.
    id: 'node-spawn-batch-einval',
    anchors: ['einval'],
    patterns: [/\bError: spawn(?:Sync)?(?: \S+)? EINVAL\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:node|nodejs)$/,
        weight: 0.9,
        anyStep: true,
        why: "Node's security releases of April 2024 no longer spawn .cmd/.bat files without a shell",
      },
      { facet: 'env', key: /^NODE_VERSION$/, weight: 0.8, anyStep: true },
      { facet: 'images', weight: 0.4 },
    ],
    tokens: [],
    meaning: 'Node refused to spawn a Windows batch file (EINVAL)',
  },
  {
    // SELinux's own record of a denial (the audit line, or setroubleshoot's "SELinux is preventing"
    // summary of it): the policy, on B enforcing, is what refused.
    id: 'selinux-denial',
    anchors: ['avc:', 'selinux is preventing'],
    patterns: [/\bavc:\s+denied\s+\{/, /\bSELinux is preventing \S+ from \w+/i],
    implicates: [
      {
        facet: 'security',
        key: /^selinux$/,
        weight: 0.92,
        when: (d) => !MAC_OFF.test(String(d.b ?? 'disabled')),
        why: 'SELinux enforces on B and its policy denied the access',
      },
      { facet: 'docker', key: /^security_options$/, weight: 0.85, when: (d) => /selinux/i.test(JSON.stringify(d.b ?? '')) },
      {
        facet: 'packages',
        key: /^(?:selinux-policy[\w-]*|container-selinux|udica)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
        anyStep: true,
      },
      { facet: 'custom', key: /getenforce|sestatus|selinux/i, weight: 0.9, anyDirection: true },
      { facet: 'mounts', weight: 0.4, why: 'a bind mount without an SELinux label (:z) is denied to containers' },
    ],
    tokens: ['path'],
    meaning: 'SELinux denied an access',
  },
  {
    // AppArmor's own record of a denial, with the profile that denied it.
    id: 'apparmor-denial',
    anchors: ['apparmor="denied"'],
    patterns: [/\bapparmor="DENIED"/],
    implicates: [
      ...USERNS_SYSCTLS.map((imp) => ({ ...imp, weight: 0.9 })),
      {
        facet: 'security',
        key: /^apparmor$/,
        weight: 0.9,
        when: (d) => !MAC_OFF.test(String(d.b ?? 'unconfined')),
        why: 'an AppArmor profile confines B and denied the operation',
      },
      { facet: 'docker', key: /^security_options$/, weight: 0.8, when: (d) => /apparmor/i.test(JSON.stringify(d.b ?? '')) },
      { facet: 'packages', key: /^(?:apparmor|apparmor-profiles[\w-]*|libapparmor1)(?::\w+)?$/, weight: 0.5, anyDirection: true },
      // The daemon writes and loads its own profile (docker-default) for every container.
      {
        facet: 'docker',
        key: /^server_version$/,
        weight: 0.6,
        anyDirection: true,
        why: 'the Docker daemon ships the docker-default AppArmor profile',
      },
      { facet: 'custom', key: /apparmor|aa-status/i, weight: 0.9, anyDirection: true },
    ],
    tokens: [],
    meaning: 'AppArmor denied an operation',
  },
  {
    // Apple's ld, linking for one architecture, skips a library or framework built for another: the machine, an
    // architecture setting or the prefix the library came from (Homebrew's /usr/local is Intel's, /opt/homebrew arm64's).
    id: 'link-architecture-mismatch',
    anchors: ['attempting to link with file built for'],
    patterns: [/building for [\w .-]+ but attempting to link with file built for [\w .-]*(?:x86_64|arm64|i386|armv7)/],
    // "building for macOS-x86_64 but … built for macOS-x86_64": the same architecture, a file ld cannot read at all
    // (an archive GNU ar wrote), not one of another architecture.
    exclude: [/building for ([\w.-]+) but attempting to link with file built for \1\b/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:HOMEBREW_PREFIX|GOARCH|ARCHFLAGS|CMAKE_OSX_ARCHITECTURES|ARCHS|CARGO_BUILD_TARGET)$/,
        weight: 0.85,
        anyDirection: true,
      },
      { facet: 'custom', key: /arch|uname -m|lipo|file /i, weight: 0.85, anyDirection: true },
      { facet: 'libraries', weight: 0.75, anyDirection: true, why: 'the library the linker skipped was built for another architecture' },
      { facet: 'cpu', key: /^arch$/, weight: 0.6, anyDirection: true },
      { facet: 'kernel', key: /^machine$/, weight: 0.6, anyDirection: true },
      // Xcode 12 added arm64 to what it builds by default; a prebuilt x86_64-only framework no longer links.
      { facet: 'toolchains', key: /^(?:xcode|clang|apple-clang)$/, weight: 0.5 },
    ],
    tokens: ['path'],
    meaning: 'the linker skipped a library built for another architecture',
  },
  {
    id: 'musl-libc-behaviour',
    anchors: ['wrong charset', 'no error information'],
    patterns: [
      // musl's iconv has no //TRANSLIT: PHP's iconv() says so where glibc's transliterates.
      /iconv\(\): Wrong charset, conversion/,
      // musl's strerror for an errno it does not know; glibc prints "Unknown error N".
      /\bNo error information\b/,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^(?:family|version)$/,
        weight: 0.8,
        anyDirection: true,
        why: "the C library's own behaviour (musl's iconv and strerror) differs from glibc's",
      },
      // The usual cure preloads GNU libiconv over musl's.
      { facet: 'env', key: /^LD_PRELOAD$/, weight: 0.8, anyDirection: true },
      { facet: 'packages', key: /^(?:gnu-libiconv(?:-libs)?|musl|libc6|glibc)(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'images', weight: 0.4, why: 'a base image that switched C library (Alpine/musl vs Debian/glibc)' },
      { facet: 'os', key: /^id$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "musl's iconv or strerror behaves unlike glibc's",
  },
  {
    id: 'cluster-api-version',
    anchors: [
      'no matches for kind',
      'podsecurity',
      'could not find the requested resource',
      'is not supported by the server',
      'unknown field',
    ],
    patterns: [
      /no matches for kind "\w+" in version "[\w./-]+"/,
      /violates PodSecurity "[\w:.-]+"/,
      /the server could not find the requested resource/,
      /error validating data: ValidationError\(\w+.*\): unknown field/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /(?:server_?version|serverVersion|clusterversion|kubernetes|\bk8s\b|\bkubectl version\b|\boc version\b)/i,
        weight: 0.85,
        anyDirection: true,
        why: 'the cluster runs another Kubernetes release, which removed or restricts this API',
      },
      {
        facet: 'custom',
        key: /\b(?:crds?|customresourcedefinitions?|api-resources|api-versions)\b/i,
        weight: 0.85,
        anyDirection: true,
        why: 'a resource definition (CRD) the manifests use is not installed in the cluster',
      },
      { facet: 'toolchains', key: /^(?:kubectl|oc|helm|minikube|kind|k3s)$/, weight: 0.55, anyDirection: true },
      { facet: 'custom', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the cluster does not serve or admit an API the manifests use',
  },
  {
    id: 'platform-mismatch',
    anchors: ["image's platform", 'host platform', 'no matching manifest for', 'no match for platform'],
    patterns: [
      /requested image's platform \([\w/]+\) does not match the detected host platform \([\w/]+\)/,
      /no matching manifest for [\w/]+ in the manifest list entries|no match for platform in manifest/,
    ],
    implicates: [
      {
        facet: 'images',
        changedField: 'architecture',
        weight: 0.88,
        anyDirection: true,
        why: 'the image is now built for another architecture than the host',
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.75, anyDirection: true, why: 'the host runs another architecture than the image' },
      { facet: 'kernel', key: /^machine$/, weight: 0.75, anyDirection: true },
      { facet: 'binfmt', weight: 0.5, why: 'without emulation a foreign-architecture image cannot run' },
      { facet: 'env', key: /^DOCKER_DEFAULT_PLATFORM$/, weight: 0.75, anyDirection: true },
      {
        facet: 'docker',
        key: /^storage_driver$/,
        weight: 0.7,
        when: (d) => CONTAINERD_STORE.test(String(d.b ?? '')) && !CONTAINERD_STORE.test(String(d.a ?? '')),
        why: "B's engine keeps images in containerd's store, which picks an index's entry by platform where the classic store took the image",
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['arch', 'image'],
    meaning: "the image's architecture does not match the host's",
  },
  {
    // A package manager that serves builds per platform found none for the one it runs on: the machine, not the
    // package, is what changed (PlatformIO's toolchains, prebuilt binaries, a devcontainer feature's install script).
    id: 'no-build-for-platform',
    anchors: ['for your system', 'for your platform', 'unsupported platform', 'unsupported os'],
    patterns: [
      /\bfor your system '[a-z]+_\w+'/,
      /no binary available for your platform\/architecture/,
      /\bUnsupported platform: (?:Linux|Darwin) \w+/,
      // napi-rs bindings (rolldown, swc) name both halves of the platform: "Unsupported OS: openbsd, architecture: x64".
      /\bUnsupported OS: \w+, architecture: \w+/,
    ],
    implicates: [
      { facet: 'cpu', key: /^arch$/, weight: 0.8, anyDirection: true, why: 'the package is built for some architectures only' },
      { facet: 'kernel', key: /^machine$/, weight: 0.8, anyDirection: true },
      { facet: 'images', changedField: 'architecture', weight: 0.75, anyDirection: true },
      // ...and for some operating systems only (no OpenBSD, FreeBSD or musl build).
      { facet: 'os', key: /^id$/, weight: 0.75, anyDirection: true, why: 'the package is built for some operating systems only' },
    ],
    tokens: ['arch'],
    meaning: 'no build of a package exists for the platform the build runs on',
  },
  {
    // npm packages ship one native build per platform, musl apart ("@parcel/watcher-linux-x64-musl",
    // "lightningcss.linux-x64-musl.node", sharp's "linuxmusl-x64"): a missing or refused musl build means B's
    // C library is the other one than A's (Alpine, or a musl package that fools the detection).
    id: 'musl-native-build-missing',
    anchors: ['musl', 'glibc-linked'],
    patterns: [
      /(?:Cannot find module|No prebuild or local build of|Tried|Could not load)\b.{0,200}[-.](?:linux|linuxmusl)-(?:x64|arm64|arm|ia32|riscv64|s390x|ppc64)-musl\b/,
      /\bCannot find module\b.{0,200}\blinuxmusl-\w+/,
      /\bmusl(?: libc)? detected\b|\bglibc-linked\b/i,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^family$/,
        weight: 0.9,
        anyDirection: true,
        why: "the package's native build is per C library, and B's is musl where A's was glibc (or the reverse)",
      },
      {
        facet: 'libraries',
        key: /^ld-musl|^libc\.musl/,
        weight: 0.85,
        anyDirection: true,
        why: "B's musl loader makes tools pick the musl build",
      },
      // Installed or removed: another release of musl picks the same build.
      {
        facet: 'packages',
        key: /^(?:musl|musl-libc|musl-dev|libc6-compat|gcompat)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        when: (d) => d.kind !== 'changed',
      },
      { facet: 'os', key: /^id$/, weight: 0.6, anyDirection: true, why: 'Alpine runs on musl, most other distributions on glibc' },
      { facet: 'images', weight: 0.45, why: 'an Alpine image runs on musl' },
    ],
    tokens: [],
    meaning: 'a native build for the C library B runs on (musl or glibc) is missing',
  },
  {
    id: 'apt-release-info-changed',
    anchors: ["changed its 'suite' value", "changed its 'codename' value", "changed its 'label' value", 'releaseinfo'],
    patterns: [/Repository '[^']+' changed its '(?:Suite|Codename|Label|Origin)' value from '[\w-]*' to '[\w-]*'/],
    implicates: [
      {
        facet: 'images',
        weight: 0.6,
        why: 'an image built before the release moved on carries apt lists that name the old suite',
      },
      { facet: 'mirrors', weight: 0.55, why: 'the package source now publishes another suite for this release' },
      { facet: 'os', key: /^(?:version_id|version_codename|id)$/, weight: 0.5, anyDirection: true },
      { facet: 'packages', key: /^(?:apt|libapt-pkg[\w.]*)(?::\w+)?$/, weight: 0.35, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'apt refused a repository whose release information changed (e.g. stable became oldstable)',
  },
  {
    id: 'ci-mode',
    anchors: ['process.env.ci', 'in ci', 'on ci', 'frozen-lockfile', 'immutable'],
    patterns: [
      /Treating warnings as errors because process\.env\.CI = true/,
      /(?:because|since) (?:we are|you are|it is|this is)? ?(?:running )?(?:in|on) (?:a )?CI\b/i,
      /lockfile (?:needs to be updated|would have been modified).*(?:--frozen-lockfile|--immutable|\bCI\b)/i,
      // pnpm turns --frozen-lockfile on when CI is set.
      /Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up[- ]to[- ]date/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:CI|CONTINUOUS_INTEGRATION|GITHUB_ACTIONS|GITLAB_CI|BUILDKITE|JENKINS_URL|TF_BUILD)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'tools behave differently when they see a CI variable (warnings become errors, lockfiles frozen)',
      },
    ],
    tokens: [],
    meaning: 'a tool switched to its stricter CI behaviour',
  },
  {
    id: 'unknown-option',
    anchors: [
      'unknown option',
      'unknown argument',
      'unknown switch',
      'unknown flag',
      'unrecognized option',
      'unrecognized argument',
      'invalid option',
      'is not a git command',
      'bad option',
      'unrecognized vm option',
      'conflicting collector',
      'not allowed in node_options',
      'unrecognized check name',
      'no such option',
    ],
    patterns: [
      /\bunknown (?:option|switch|flag)[:\s]+[`'"‘]?-{0,2}[\w=.-]+/i,
      // optparse's "error: no such option: --foo"; fwup's "fwup.conf:479: no such option 'delta-source-raw-offset'".
      /\bno such option[:\s]+[`'"‘]?-{0,2}[\w=.-]+/i,
      // Runtimes name the flag they do not know: node (older than the flag), the JVM (newer than a removed one).
      /\bbad option: --[\w-]+/,
      /Unrecognized VM option '[+-]?[\w=.]+'/,
      // The JVM refuses a second collector beside the one the launcher already chose (-XX:+UseParallelGC in JAVA_OPTS).
      /\bConflicting collector combinations in option list\b/,
      /--[\w-]+=? is not allowed in NODE_OPTIONS/,
      // A compiler's "unrecognized command-line option" is for the compiler's own classes (foreign-arch-compiler-flag).
      /\bunrecognized (?:option|arguments?)[:\s]+[`'"‘]?-{1,2}[\w=.-]+/i,
      /\binvalid option -- ['"‘]?\w/,
      // Verilator's "%Error: Invalid Option: --build"; mksquashfs's bare "mksquashfs: invalid option" before its usage.
      /\bInvalid Option: -{1,2}[\w=.-]+/i,
      /^\s*[\w.+-]+: invalid option\s*$/,
      // dnf5 and others: 'Unknown argument "--add-repo" for command "config-manager"'.
      /\bUnknown argument ["'`‘]?-{1,2}[\w=.-]+/,
      /git: '[\w-]+' is not a git command/,
      // dtc older than a check the build enables with -W: 'FATAL ERROR: Unrecognized check name "unique_unit_address"'.
      /\bUnrecognized check name ["'`‘]?[\w-]+/,
    ],
    // A Dockerfile flag the builder does not know is a builder matter (buildkit-required), not a tool's option.
    exclude: [/dockerfile parse error/i, DOCKERFILE_FLAG_UNKNOWN],
    implicates: [
      {
        facet: 'env',
        key: /^(?:NODE_OPTIONS|JAVA_OPTS|_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|JVM_OPTS|SBT_OPTS|MAVEN_OPTS|GRADLE_OPTS)$/,
        weight: 0.6,
        anyDirection: true,
        // B's value passes an option: a system property (-Dorg.gradle.daemon=true) is never refused as unknown.
        when: (d) => typeof d.b === 'string' && d.b.split(/\s+/).some((t) => t.startsWith('-') && !t.startsWith('-D')),
        why: 'B passes the runtime options it does not accept through the environment',
      },
      {
        facet: 'toolchains',
        weight: 0.55,
        anyDirection: true,
        // Options come and go with feature releases; a patch release of the same line keeps the set it had.
        when: (d) => magnitudeOf(d)?.step !== 'patch',
        why: 'another version of the tool does not know this option (too old, or it was removed)',
      },
      { facet: 'toolchains', weight: 0.3, anyDirection: true, when: (d) => magnitudeOf(d)?.step === 'patch' },
      // The JDK the build runs is the one JAVA_HOME names: another feature release knows other -XX options.
      { facet: 'env', key: JAVA_HOME_ENV, weight: 0.6, anyDirection: true, why: 'B runs another JDK, which does not know this option' },
      // A rebuilt image under the same tag ships other releases of the tools in it.
      {
        facet: 'images',
        weight: 0.45,
        anyDirection: true,
        when: (d) => d.kind === 'changed',
        why: 'the rebuilt image ships another release of the tool, which does not know this option',
      },
      { facet: 'packages', weight: 0.35, anyDirection: true },
      {
        facet: 'os',
        key: /^(?:id|version_id)$/,
        weight: 0.3,
        why: 'another OS ships another version (or flavour: BSD vs GNU) of the tool',
      },
    ],
    tokens: ['tool'],
    meaning: 'a tool did not know a command-line option the build passes',
  },
  {
    id: 'container-engine',
    anchors: ['podman', 'buildah', 'emulate docker', 'not a docker command', 'unknown flag', 'buildkit', 'docker driver'],
    patterns: [
      /Emulate Docker CLI using podman|\bpodman\b.*(?:Error|error)|\bbuildah\b.*(?:error|Error)/,
      /docker: '\w+' is not a docker command/,
      /unknown flag: --(?:platform|load|push|provenance|sbom|build-context|secret|ssh|mount|cache-from|cache-to)\b/,
      /the --mount option requires BuildKit|BuildKit is (?:not enabled|required)/i,
      // buildx's default `docker` driver builds one platform unless the containerd image store is on.
      /Multi(?:-platform build|ple platforms feature) is (?:currently )?not supported for (?:the )?docker driver/i,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:engine|buildx_version|buildkit_version|server_version)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'another container engine or builder version runs the build',
      },
      { facet: 'toolchains', key: /^(?:docker|podman|buildx|docker-buildx)$/, weight: 0.7, anyDirection: true },
      { facet: 'env', key: /^(?:DOCKER_BUILDKIT|DOCKER_HOST|BUILDX_\w+)$/, weight: 0.6, anyDirection: true },
      {
        // "turn on the containerd image store": A's engine had it (overlayfs, a snapshotter), B's keeps the classic store.
        facet: 'docker',
        key: /^storage_driver$/,
        weight: 0.9,
        when: (d) => CONTAINERD_STORE.test(String(d.a ?? '')) && !CONTAINERD_STORE.test(String(d.b ?? '')),
        why: "B's engine keeps images in the classic store, into which the docker driver builds one platform only",
      },
    ],
    tokens: [],
    meaning: 'the container engine or builder lacks a feature the build uses',
  },
  {
    id: 'shared-memory-small',
    anchors: [
      'memory.cc',
      'shm',
      'bus error',
      'sigbus',
      'tab crashed',
      'page crash',
      'shared memory',
      'dataloader worker',
      'semlock',
      'synchronize.py',
      'sem_open',
      'unsafe memory access',
    ],
    patterns: [
      /\/dev\/shm\b/,
      /\bshm[_-]size\b|insufficient shared memory|\(shm\)/i,
      /(?:^|\s|:)Bus error(?:\s*\(core dumped\))?|\bSIGBUS\b/,
      // The JVM's words for a SIGBUS in memory it mapped from a file (CodeQL's TRAP import, Lucene, Kafka).
      /\ba fault occurred in (?:a recent|an) unsafe memory access operation\b/,
      /session deleted because of page crash|tab crashed/i,
      // Chrome's own allocator failing on a small shared-memory segment, not the machine out of memory.
      /FATAL:memory(?:_linux)?\.cc\(\d+\)\] Out of memory\. size=\d+/,
      // PostgreSQL's parallel workers and Chrome's discardable memory live in /dev/shm.
      /could not resize shared memory segment|free space in temporary directory for shared memory|Not enough shared memory left/i,
      // PyTorch's DataLoader workers pass batches through /dev/shm.
      /DataLoader worker \(pid(?:\(s\))? [\d, ]+\) (?:exited unexpectedly|is killed by signal: Bus)/,
      // Python's multiprocessing locks are POSIX semaphores, which live in /dev/shm: without it they fail (ENOSYS, EACCES).
      /_multiprocessing\.SemLock\b|multiprocessing[\\/]synchronize\.py|\bsem_open\b.*(?:failed|Function not implemented|Permission denied)/,
    ],
    implicates: [
      {
        facet: 'resources',
        key: /^(?:shm_size(?::\/dev\/shm)?|disk_(?:free|avail|size):\/dev\/shm)$/,
        weight: 0.92,
        why: "B's /dev/shm is smaller (Docker's default is 64 MB): browsers, PyTorch workers and databases that share memory through it crash",
      },
      { facet: 'docker', key: /^(?:shm_size|default_shm_size|ipc_mode)$/, weight: 0.85, anyDirection: true },
      {
        facet: 'mounts',
        key: /^\/dev\/shm$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's /dev/shm is missing or mounted otherwise: shared memory and POSIX semaphores live there",
      },
      { facet: 'resources', key: /^(?:mem_total|mem_limit)$/, weight: 0.35 },
      // x86 forgives a misaligned load; 32-bit ARM, SPARC and MIPS raise SIGBUS for it. (Only B on such a CPU:
      // A on one and B on x86 is not how this fault arrives.)
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.75,
        when: strictAlignmentOnB,
        why: "B's CPU faults on a misaligned memory access, which x86 forgives",
      },
      { facet: 'kernel', key: /^machine$/, weight: 0.7, when: strictAlignmentOnB },
      // A mapped file whose filesystem filled up faults the same way when its pages are written.
      // (Only a drop by half or more: free space jitters between any two runs.)
      {
        facet: 'resources',
        key: /^disk_(?:free|avail):/,
        weight: 0.55,
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b <= d.a / 2,
        why: 'a file mapped into memory cannot grow on a full disk: writing its pages faults',
      },
    ],
    tokens: [],
    meaning: 'a process ran out of shared memory (/dev/shm) and crashed',
  },
  {
    // Chrome exited before it wrote its DevTools port: it did not start at all. A small /dev/shm, a root user
    // without --no-sandbox, a snap-packaged Chromium that cannot reach the driver's profile directory, no
    // display: the line names none of them, so each weighs less than its own error would.
    id: 'browser-did-not-start',
    anchors: ['devtoolsactiveport'],
    patterns: [/DevToolsActivePort file doesn't exist/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:chromium|chromium-browser|google-chrome-stable|google-chrome|chromium-driver|chromium-chromedriver)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's browser is another build or packaging (a snap behind a transitional package) that does not start under the driver",
      },
      { facet: 'toolchains', key: /^(?:chrome|chromium|google-chrome|chromedriver)$/, weight: 0.7, anyDirection: true },
      { facet: 'mounts', key: /^\/dev\/shm$/, weight: 0.75, anyDirection: true, why: "B's /dev/shm is missing or mounted otherwise" },
      { facet: 'resources', key: /^shm_size(?::\/dev\/shm)?$/, weight: 0.75, why: "B's /dev/shm is smaller: Chrome crashes on start" },
      { facet: 'security', key: /^uid$/, weight: 0.5, anyDirection: true, why: 'Chrome refuses to run as root without --no-sandbox' },
      { facet: 'env', key: /^DISPLAY$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the browser exited before the driver could connect to it',
  },
  {
    // System V semaphores are counted by the kernel (kernel.sem: SEMMSL SEMMNS SEMOPM SEMMNI), not kept on a disk:
    // semget's ENOSPC reads "No space left on device" when a container or host allows fewer sets than the program asks.
    id: 'semaphores-exhausted',
    anchors: ['semaphore', 'semget', 'sem_get'],
    patterns: [
      /could not create semaphores|\bsemget\b.*(?:No space left|ENOSPC|failed)|Failed system call(?: was|:) semget|\bsem_get\(\): failed/i,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^kernel\.sem$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's kernel allows fewer System V semaphores (kernel.sem) than the program creates",
      },
      { facet: 'custom', key: /\bipcs\b/, weight: 0.7, anyDirection: true, why: 'other processes hold semaphore sets on B' },
    ],
    tokens: [],
    meaning: 'the kernel refused more System V semaphores',
  },
  {
    // System V shared memory is sized by kernel.shmmax/shmall/shmmni: shmget fails with EINVAL (too big) or ENOSPC (too many).
    id: 'sysv-shared-memory-refused',
    anchors: ['shmget', 'shared memory segment'],
    patterns: [
      /could not create shared memory segment|Failed system call(?: was|:) shmget|\bshmget\b.*(?:failed|Invalid argument|No space left|ENOSPC|EINVAL)/i,
    ],
    implicates: [
      {
        facet: 'sysctl',
        // Linux's kernel.shmmax; macOS's kern.sysv.shmmax; FreeBSD's kern.ipc.shmmax.
        key: /^(?:kernel|kern\.sysv|kern\.ipc)\.shm(?:max|all|mni|seg)$/,
        weight: 0.88,
        anyDirection: true,
        why: "B's kernel caps System V shared memory (kernel.shmmax, shmall, shmmni) below what the program asks",
      },
      { facet: 'custom', key: /\bipcs\b/, weight: 0.75, anyDirection: true, why: 'other processes hold shared memory segments on B' },
      // A kernel without System V IPC at all (WSL 1's early releases) refuses every segment.
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the kernel refused a System V shared memory segment',
  },
  {
    // Pinned memory is charged to RLIMIT_MEMLOCK (ulimit -l), not to RAM: io_uring rings (before 5.12) and their
    // registered buffers, RDMA memory regions (ibv_reg_mr), mlock and eBPF maps fail with ENOMEM or EPERM when a
    // container's or login's 64 KiB or 8 MiB default is below what the program pins, with gigabytes free.
    id: 'locked-memory-limit',
    anchors: ['io_uring', 'ibv_', 'mlock', 'memlock', 'memory is not locked', 'lock jvm memory', 'max locked memory:', 'lock memory'],
    patterns: [
      /\bio_uring_(?:setup|queue_init\w*|register_buffers)\b.*(?:cannot allocate memory|ENOMEM|Operation not permitted|EPERM)/i,
      /ENOMEM, "io_uring/,
      // Any io_uring step refused memory ("io_uring runtime probe failed: Cannot allocate memory"): the rings are pinned.
      /\bio_uring\b.{0,60}\b(?:Cannot allocate memory|ENOMEM)\b/i,
      /\bibv_reg_mr\w*\b.*(?:Cannot allocate memory|ENOMEM|failed)/i,
      // Verbs queues pin their rings too: "ibv_create_cq(cqe=4096) failed: Cannot allocate memory" (UCX, Open MPI).
      /\bibv_create_(?:cq|qp|srq)\w*\b.*(?:Cannot allocate memory|ENOMEM)/i,
      // Vault's "Error initializing core: Failed to lock memory: cannot allocate memory".
      /\bFailed to lock memory\b/i,
      /increase the mlock limit|\bRLIMIT_MEMLOCK\b|max locked memory: cannot modify limit|\bmlock(?:all)?(?:\(\))? failed|Unable to lock JVM Memory/i,
      /memory locking requested for \w+ process but memory is not locked/,
      // A program's own words for a refused mlock(): "metal: warning: failed to mlock shmem - Cannot allocate memory".
      /\b(?:failed to|cannot|could not|unable to) mlock\b.*(?:Cannot allocate memory|ENOMEM|Operation not permitted|EPERM|Resource temporarily unavailable)/i,
    ],
    implicates: [
      {
        facet: 'resources',
        key: /^ulimit_memlock$/,
        weight: 0.9,
        anyDirection: true,
        when: limitTighter,
        why: 'B caps locked memory (ulimit -l) below what the program pins: it fails with memory to spare',
      },
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => lostCapability(d, 'ipc_lock'),
        why: 'B drops CAP_IPC_LOCK, without which the locked-memory limit binds (Vault, databases, RDMA)',
      },
      { facet: 'security', key: /^capabilities$/, weight: 0.4, anyDirection: true, why: 'without CAP_IPC_LOCK the memlock limit binds' },
      { facet: 'kernel', key: /^release$/, weight: 0.35, why: 'kernels before 5.12 charge io_uring rings to the locked-memory limit' },
    ],
    tokens: [],
    meaning: 'pinning memory hit the locked-memory limit',
  },
  {
    // Extended attributes: tmpfs before 6.6 has no user.* xattrs, NFS and some overlay setups none at all.
    id: 'xattr-unsupported',
    anchors: ['xattr'],
    patterns: [
      /\b(?:[lf]?setxattr|[lf]?getxattr|xattrs?)\b.*\b(?:operation not supported|not supported|ENOTSUP|EOPNOTSUPP)\b/i,
      /\bxattrs? (?:don't|do not) match\b/i,
    ],
    implicates: [
      {
        facet: 'mounts',
        weight: 0.75,
        anyDirection: true,
        why: 'the file system mounted there on B does not store extended attributes (tmpfs before Linux 6.6, NFS)',
      },
      { facet: 'docker', key: /^(?:backing_fs|storage_driver)$/, weight: 0.75, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.45, why: 'tmpfs stores user.* extended attributes only since Linux 6.6' },
      { facet: 'security', key: /^selinux$/, weight: 0.3, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'the file system refused extended attributes',
  },
  {
    id: 'font-missing',
    anchors: ['font'],
    patterns: [
      // fontspec (XeLaTeX/LuaLaTeX), pdfTeX, and tools that look fonts up through fontconfig.
      /\bThe font "[^"]+" cannot be found\b/,
      /\bFont [\w.-]+ at \d+ not found\b/,
      /\b(?:cannot|can't|could not|unable to) (?:find|load|open|locate) (?:the )?font\b/i,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /(?:^|[-_])(?:fonts?|ttf|otf|fontconfig)(?:$|[-_])|^(?:fontconfig|texlive-fonts[\w-]*|tex-gyre|lmodern)$/i,
        weight: 0.85,
        why: 'the package that ships the font is missing or changed on B',
      },
      { facet: 'custom', key: /\bfonts?\b|fc-list|fc-match|updmap|\.map\b/i, weight: 0.8, anyDirection: true },
      { facet: 'images', weight: 0.3, why: 'a rebuilt image can ship other fonts' },
    ],
    tokens: [],
    meaning: 'a font the document asks for is not installed',
  },
  {
    id: 'openssl-config',
    anchors: [
      'auto configuration failed',
      'openssl config failed',
      'configuration file routines',
      'openssl.cnf',
      'openssl_conf',
      'unable to load config',
      'fips',
    ],
    patterns: [
      /Auto configuration failed|openssl config failed/i,
      // FIPS mode is system-wide OpenSSL configuration too: MD5 and other digests are refused.
      // Go 1.24's own words: "crypto/md5: use of MD5 is not allowed in FIPS 140-only mode".
      /\bdisabled for FIPS\b|\b(?:not (?:allowed|permitted|supported)|unavailable|forbidden|prohibited) in FIPS(?: 140(?:-[23])?)?(?:-only)? mode\b|\bFIPS mode is (?:enabled|on)\b/i,
      // A program that turns FIPS mode on because the system asks it to (chef-client under Windows' FIPS policy).
      /\bTurning on FIPS mode failed\b/i,
      /configuration file routines/i,
      /(?:Unable to load config(?: info)? from|Can't open|error (?:on line -?\d+ of|loading)) \S*(?:openssl\.cnf|ssl\/openssl\b)/i,
      /\bOPENSSL_CONF\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:OPENSSL_CONF|OPENSSL_MODULES|OPENSSL_ENGINES|OPENSSL_CONF_INCLUDE)$/,
        weight: 0.92,
        anyDirection: true,
        why: 'OPENSSL_CONF points OpenSSL at another configuration file on B (missing, or written for another OpenSSL)',
      },
      {
        // The package that ships the configuration file (openssl.cnf) first, then the library that reads it.
        facet: 'packages',
        key: /^(?:openssl|crypto-policies)(?::\w+)?$/,
        weight: 0.62,
        anyDirection: true,
        why: 'another OpenSSL rejects the configuration file the system ships',
      },
      {
        facet: 'packages',
        key: /^(?:libssl[\w.-]*|openssl-libs)(?::\w+)?$/,
        weight: 0.58,
        anyDirection: true,
        why: 'another OpenSSL rejects the configuration file the system ships',
      },
      { facet: 'toolchains', key: /^openssl$/, weight: 0.6, anyDirection: true },
      {
        facet: 'sysctl',
        key: /^crypto\.fips_enabled$/,
        weight: 0.92,
        anyDirection: true,
        why: 'B runs in FIPS mode (crypto.fips_enabled): MD5 and other non-approved digests are refused',
      },
      { facet: 'env', key: /^(?:OPENSSL_FIPS|OPENSSL_FORCE_FIPS_MODE|GOLANG_FIPS|GODEBUG)$/, weight: 0.8, anyDirection: true },
      { facet: 'custom', key: /fips/i, weight: 0.85, anyDirection: true },
      // The system-wide policy (FIPS, FUTURE) decides which digests and key sizes OpenSSL accepts.
      { facet: 'custom', key: /crypto-polic/i, weight: 0.8, anyDirection: true },
      { facet: 'packages', key: /^dracut-fips(?::\w+)?$/, weight: 0.75, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.3 },
    ],
    tokens: ['path'],
    meaning: 'OpenSSL refused its configuration: a file it cannot load, or FIPS mode',
  },
  {
    id: 'no-new-privileges',
    anchors: ['no new privileges', 'effective uid is not 0', 'nosuid'],
    patterns: [/"no new privileges" flag is set/i, /effective uid is not 0/i],
    implicates: [
      {
        facet: 'security',
        key: /^no_new_privs$/,
        weight: 0.93,
        anyDirection: true,
        why: 'B runs the build with no_new_privs set: setuid programs such as sudo cannot gain root',
      },
      {
        facet: 'docker',
        key: /^(?:security_options|default_security_options)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'the container engine sets no-new-privileges on B',
      },
      { facet: 'security', key: /^uid$/, weight: 0.35 },
    ],
    tokens: [],
    meaning: 'a setuid program (sudo) could not gain privileges',
  },
  {
    id: 'proxy-failure',
    anchors: ['407', 'proxyconnect', 'proxy', 'tunneling socket'],
    patterns: [
      /\bE407\b|\b407 \(?Proxy Authentication Required|statusCode=407|HTTP code 407 from proxy/i,
      // NuGet's status name: "ProxyAuthenticationRequired https://…".
      /\bProxyAuthenticationRequired\b/,
      /\bproxyconnect tcp:/,
      /error connecting to proxy|tunneling socket could not be established|Unable to tunnel through proxy/i,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:https?_proxy|all_proxy|no_proxy|npm_config_(?:https_)?proxy)$/i,
        weight: 0.9,
        anyDirection: true,
        why: 'B sends requests through another proxy (or none, or without its credentials)',
      },
      {
        facet: 'docker',
        key: /^(?:proxies|http_proxy|https_proxy|no_proxy)/,
        weight: 0.8,
        anyDirection: true,
        why: 'the daemon pulls through another proxy on B',
      },
      { facet: 'mirrors', key: /proxy/i, weight: 0.8, anyDirection: true },
      { facet: 'mirrors', weight: 0.4 },
    ],
    tokens: ['host', 'ip'],
    meaning: 'the proxy between the build and its package sources refused or failed the request',
  },
  {
    // A URL the tool could not parse before sending anything: most often one read from the environment (a proxy
    // variable with a stray space, an https_proxy a client cannot speak), not one in the project.
    id: 'url-malformed',
    anchors: ['invalid_uri', 'invalid url', 'invalid uri', 'err_invalid_protocol', 'invalidurl'],
    patterns: [
      /\{error,invalid_uri\b/,
      /\bInvalid UR[IL]\b|\bInvalidUrlException\b/i,
      // Node's http agent handed an https:// URL through a proxy agent of the other scheme.
      /\bERR_INVALID_PROTOCOL\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:https?_proxy|all_proxy|no_proxy|npm_config_(?:https_)?proxy)$/i,
        weight: 0.7,
        anyDirection: true,
        why: 'B hands the tool another proxy URL, which it cannot parse or speak',
      },
      { facet: 'mirrors', key: /proxy/i, weight: 0.7, anyDirection: true },
      { facet: 'mirrors', weight: 0.4 },
    ],
    tokens: [],
    meaning: 'the tool could not parse or use a URL it was given',
  },
  {
    // socket() answering EPROTONOSUPPORT: the kernel has no such protocol (SCTP, DCCP, TIPC, MPTCP) until its
    // module is loaded, and a container cannot load it. curl's `Protocol "x" not supported` is another matter.
    id: 'socket-protocol-unsupported',
    anchors: ['protocol not supported', 'eprotonosupport'],
    patterns: [/\bProtocol not supported\b/, /\bEPROTONOSUPPORT\b/],
    implicates: [
      {
        facet: 'modules',
        weight: 0.85,
        when: (d) => d.b === null || d.b === undefined,
        why: 'the kernel module that provides this protocol is not loaded on B',
      },
      { facet: 'custom', key: /\b(?:lsmod|modprobe|sctp|dccp|tipc|mptcp|\/proc\/net\/protocols)\b/i, weight: 0.6, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the kernel does not offer the socket protocol the program asked for (its module is not loaded)',
  },
  {
    // An out-of-tree module (DKMS, akmods, a driver's Makefile) builds against the running kernel's headers at
    // /lib/modules/$(uname -r)/build: a new kernel without its headers package, or headers for another kernel.
    id: 'kernel-headers-missing',
    anchors: ['/lib/modules/', 'kernel headers', 'compiler used to compile the kernel'],
    patterns: [
      /\*\*\* (?:\/usr)?\/lib\/modules\/[^/\s]+\/build: No such file or directory/,
      /\bYour kernel headers for kernel \S+ cannot be found\b/,
      /\/lib\/modules\/[^/\s]+\/build\/?Is the correct kernel-devel package installed\?/,
      /\bThe compiler used to compile the kernel \(gcc\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: KERNEL_HEADER_PACKAGES,
        weight: 0.85,
        anyDirection: true,
        when: (d) => d.kind === 'removed',
        why: 'B lacks the headers of its kernel, which an out-of-tree module builds against',
      },
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'B runs another kernel, whose headers (or whose compiler) the module build does not find',
      },
      {
        facet: 'packages',
        key: KERNEL_HEADER_PACKAGES,
        weight: 0.6,
        anyDirection: true,
        when: (d) => d.kind !== 'removed',
      },
      { facet: 'custom', key: /\/lib\/modules|uname -r|kernel-(?:devel|headers)|linux-headers/i, weight: 0.85, anyDirection: true },
      { facet: 'toolchains', key: /^(?:gcc|cc)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'an out-of-tree kernel module found no headers (or compiler) matching the running kernel',
  },
  {
    // The kernel itself failing under the build: an oops (a faulting instruction in a kernel function) or a task
    // stuck in uninterruptible sleep. Only the kernel (or a driver it loads) can do that, never the build's tools.
    id: 'kernel-fault',
    anchors: ['rip: 00', 'state:d', 'kernel null pointer', 'kernel bug at', 'blocked for more than', 'unable to handle'],
    patterns: [
      /^\s*(?:\[[^\]]*\]\s*)?RIP: 00[0-9a-f]{2}:[\w.]+\+0x[0-9a-f]+\/0x[0-9a-f]+/,
      /\btask:\S+\s+state:D\b/,
      /\bBUG: (?:kernel NULL pointer dereference|unable to handle (?:kernel )?page fault)/,
      /\bkernel BUG at [\w/.-]+:\d+!/,
      /\bINFO: task \S+:\d+ blocked for more than \d+ seconds/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.88,
        anyDirection: true,
        why: "B's kernel faulted (or hung a task) under the build: a kernel bug or driver, not the build's tools",
      },
      {
        facet: 'packages',
        key: /^(?:linux-image|linux-modules|kernel(?:-core|-modules)?)[\w.+~-]*(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
      },
      { facet: 'modules', weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the kernel faulted or hung a task while the build ran',
  },
  {
    // The BEAM refuses compiled modules from another OTP release: a newer compiler's opcodes or atom encoding, or an
    // older one's funs. A precompiled rebar3, Elixir or build stage carries the release it was compiled with.
    id: 'beam-otp-mismatch',
    anchors: ['beam_load.c', 'use of opcode', 're-compile this module', 'corrupt atom table'],
    patterns: [
      /\bbeam\/beam_load\.c\(\d+\): Error loading (?:module|function) /,
      /\(Use of opcode \d+; this emulator supports only up to \d+\.\)/,
      /\bplease re-compile this module with an? \d+ compiler\b/,
      /^\s*corrupt atom table\s*$/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:erl|erlang|otp|elixir|rebar3?|gleam)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B runs another Erlang/OTP release than the one the modules were compiled with',
      },
      { facet: 'packages', key: /^(?:erlang[\w-]*|esl-erlang|elixir|rebar3?)(?::\w+)?$/, weight: 0.8, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4, why: 'another OS release ships another Erlang/OTP' },
      { facet: 'images', weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the Erlang VM could not load modules compiled by another OTP release',
  },
  {
    id: 'kernel-module-missing',
    anchors: ['modprobe', 'module', 'insmod', 'modules.dep', 'rule_insert', 'rule_append', "couldn't load"],
    patterns: [
      /modprobe: (?:FATAL|WARNING): Module [\w-]+ not found in directory \/lib\/modules\//,
      /could not open moddep file '\/lib\/modules\//,
      /\(do you need to insmod\?\)/,
      // iptables asking for a match or target the kernel does not have (a module or built-in option missing).
      /RULE_(?:INSERT|APPEND) failed \(No such file or directory\)|Couldn't load (?:match|target) `\w+'|Extension \w+ revision \d+ not supported, missing kernel module\?/,
    ],
    implicates: [
      // The module itself, loaded on A and not on B: the most direct answer when the fingerprint has it.
      { facet: 'modules', weight: 0.9, when: (d) => d.b === null || d.b === undefined, why: 'the kernel module is not loaded on B' },
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's kernel lacks the module (or its /lib/modules tree) the build loads: overlay, br_netfilter, nf_nat",
      },
      {
        facet: 'kernel',
        key: /modules/,
        weight: 0.88,
        anyDirection: true,
        why: "B's running kernel has no module tree: the kernel package was upgraded without a reboot",
      },
      {
        facet: 'packages',
        key: /^(?:linux-modules(?:-extra)?|linux-image|kmod|kernel-modules?|[\w-]*-kernel|kernel)[\w.-]*(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
      },
      { facet: 'docker', key: /^storage_driver$/, weight: 0.4 },
    ],
    tokens: [],
    meaning: 'a kernel module the build needs could not be loaded',
  },
  {
    // Tracing tools hook kernel functions by name; kernels rename, inline or unexport them between releases.
    id: 'kernel-symbol-untraceable',
    anchors: ['kprobe', 'uprobe', 'probe entry'],
    patterns: [
      /cannot attach [ku]probe, (?:probe entry may not exist|Invalid argument)/,
      /Failed to attach BPF program \S+ to kprobe\b/,
      /trace_kprobe: error: Invalid probed address or symbol/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.88,
        anyDirection: true,
        why: "the kernel function the tool traces is gone, renamed or inlined in B's kernel",
      },
      {
        facet: 'packages',
        key: /^(?:linux-headers|kernel-devel|kernel-headers|linux-image)[\w.-]*(?::\w+)?$/,
        weight: 0.5,
        anyDirection: true,
      },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.35, why: 'a new OS release ships a new kernel' },
    ],
    tokens: [],
    meaning: 'a tracing tool could not attach to a kernel function',
  },
  {
    // Yama's ptrace_scope 1 lets a process trace only its descendants, 2 only with CAP_SYS_PTRACE, 3 never.
    id: 'ptrace-denied',
    anchors: ['ptrace', 'attach'],
    patterns: [
      /Could not attach to process\.\s+If your uid matches the uid of the target/,
      /\bptrace(?:\(PTRACE_\w+[^)]*\))?(?: failed)?: Operation not permitted/,
      /check the setting of \/proc\/sys\/kernel\/yama\/ptrace_scope/,
      // gVisor's runsc attaches to its sandbox with ptrace.
      /\bunable to attach: operation not permitted/,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^kernel\.yama\.ptrace_scope$/,
        weight: 0.92,
        why: "B's Yama ptrace_scope forbids attaching to a process that is not a child",
      },
      { facet: 'security', key: /^(?:cap_eff|seccomp|apparmor|selinux)$/, weight: 0.5, anyDirection: true },
      { facet: 'docker', key: /^security_options$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a debugger or tracer was not allowed to attach to a process',
  },
  {
    // Tests that check a permission error fail as root: root reads, writes and deletes whatever the mode says.
    id: 'permission-checks-as-root',
    anchors: ['failed', '[fail]', 'fail: test', 'should ', '--- fail: test'],
    patterns: [
      // pytest: "FAILED test/test_env_files.py::test_permission_denied_handling - assert False".
      /\bFAILED\b\s+\S*::\w*(?:permission_denied|unreadable|unwritable|read_?only|not_readable|not_writable|no_permission|eacces)\w*/i,
      // mspec: "Dir.delete raises an Errno::EACCES if lacking adequate permissions … FAILED".
      /\braises (?:an? )?(?:Errno::EACCES|Errno::EPERM|PermissionError|SystemCallError)\b.*\bpermissions?\b.*\bFAILED\s*$/,
      // utest: "[fail] attempt to open a readonly regular file".
      /\[fail\]\s.*\b(?:readonly|read-only|unreadable|not readable|unwritable|not writable|without permission)\b/i,
      // unittest: "FAIL: test_invalid_permissions (test.test_sync.TestLocalFolder)".
      /^\s*FAIL: test\w*(?:permission|unreadable|unwritable|read_?only|not_readable|not_writable|no_access|eacces)\w* \(/i,
      // Jest's and Vitest's failing test title: "… > sanitizeJournalPath > should reject unreadable paths".
      /\bshould (?:reject|throw|fail|error|refuse)\w*\b[^>]*\b(?:unreadable|unwritable|not readable|not writable|read-?only|without permission)\b[^>]*$/i,
      // Go: "--- FAIL: TestRead_PathNoPermission (0.00s)".
      /--- FAIL: Test\w*(?:Permission|Unreadable|Unwritable|ReadOnly|NoAccess|Eacces|NotReadable|NotWritable)\w* \(/i,
      // Perl's TAP: "#   Failed test at t/29unreadable.t line 31." (the test file names what it checks).
      /\bFailed test\b.*\bt\/\w*(?:unreadable|unwritable|permission|perms|readonly|read_only|eacces)\w*\.t\b/i,
    ],
    implicates: [
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.85,
        anyDirection: true,
        when: rootOnB,
        why: 'B runs the tests as root, and root is never denied by file modes',
      },
      { facet: 'security', key: /^gid$/, weight: 0.4, anyDirection: true, when: rootOnB },
      { facet: 'env', key: /^(?:USER|HOME|LOGNAME|SUDO_USER)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a test expecting a permission error got none',
  },
  {
    // The general form: a test waited for an error that never came. Its name need not say "permission";
    // on a B that runs as root, whatever the test made unreadable or unwritable was not.
    id: 'expected-error-missing',
    anchors: ["didn't fail", 'got none', 'to throw', 'is thrown', 'should have failed', 'did not raise'],
    patterns: [
      /\bdidn'?t fail to \w+/i,
      /\bexpected (?:an? )?error,? (?:but )?got (?:none|nil)\b/i,
      /\bexpected \[Function(?: \w+)?\] to throw\b/,
      /\bFailed asserting that exception of type "[^"]+" is thrown\b/,
      /\b\w+ should have failed\b/,
      /\bDID NOT RAISE\b/,
    ],
    implicates: [
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.7,
        anyDirection: true,
        when: rootOnB,
        why: 'B runs the tests as root, and root is never denied by file modes, so an expected error never comes',
      },
      {
        facet: 'sysctl',
        key: /^net\.ipv4\.ip_unprivileged_port_start$/,
        weight: 0.6,
        anyDirection: true,
        why: 'B lets anyone bind low ports, so binding one no longer fails',
      },
    ],
    tokens: [],
    meaning: 'a test expected an error that never came',
  },
  {
    // Output compared as plain text now carries colour codes: something on B asks for colour (FORCE_COLOR, a CI variable, TERM).
    id: 'colour-codes-in-output',
    anchors: ['\\x1b[', '\\u001b[', '\\033[', '<esc>[', '\\e[', '\u001b[', 'no visual difference'],
    patterns: [
      /(?:\\x1[bB]|\\u001[bB]|\\033|<ESC>|\\e|\u001b)\[\d{1,3}(?:;\d{1,3})*m/,
      // Jest's word for values that differ only in what it does not print (colour codes in a snapshot).
      /\bCompared values have no visual difference\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:FORCE_COLOR|CLICOLOR_FORCE|PY_COLORS|FORCE_COLORS|TTY_COMPATIBLE|COLOR|COLORS|NO_COLOR|NODE_DISABLE_COLORS|CLICOLOR|ANSI_COLORS_DISABLED)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'output the test compares as plain text carries colour codes: B forces colour on (or stopped turning it off)',
      },
      { facet: 'env', key: /^(?:TERM|COLORTERM)$/, weight: 0.6, anyDirection: true },
      // Colour libraries turn colour on under known CIs (supports-color reads CI, GITHUB_ACTIONS).
      { facet: 'env', key: /^(?:CI|GITHUB_ACTIONS|GITLAB_CI|BUILDKITE|TF_BUILD|TEAMCITY_VERSION)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'text a test compares carries terminal colour codes',
  },
  {
    // The container started but the program it runs is not in the image: a retagged or slimmer image dropped it.
    id: 'image-lacks-program',
    anchors: ['exec: "'],
    patterns: [
      /\bexec: "[^"]+": stat \S+: no such file or directory/,
      // Go's exec.LookPath says the same of any program a Go tool runs (`go build` and gcc): only the runtime's is the image's.
      /(?:OCI runtime|starting container process|exec failed|container_linux\.go).*\bexec: "[^"]+": executable file not found in \$PATH/,
    ],
    implicates: [
      {
        facet: 'images',
        weight: 0.85,
        anyDirection: true,
        why: 'the image no longer contains the program the container runs: the tag now points at another build',
      },
      { facet: 'packages', weight: 0.5, when: (d) => d.kind === 'removed' },
    ],
    tokens: ['tool', 'path'],
    meaning: 'the program a container runs is not in its image',
  },
  {
    // systemd's tools (timedatectl, hostnamectl) talk to the system bus, which a container rarely has.
    // R's Sys.timezone() asks timedatectl only when TZ is unset: an image that dropped TZ ends up here.
    id: 'system-bus-unavailable',
    anchors: ['bus connection'],
    patterns: [/Failed to create bus connection: (?:No such file or directory|Operation not permitted|Connection refused)/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:dbus|dbus-daemon|dbus-broker|dbus-x11|libdbus-1-3)(?::\w+)?$/,
        weight: 0.85,
        when: (d) => d.kind === 'removed',
        why: 'B lacks D-Bus, the system bus systemd tools (timedatectl, hostnamectl) talk to',
      },
      { facet: 'libraries', key: /^libdbus-1\.so/, weight: 0.75, when: (d) => d.kind === 'removed' },
      {
        facet: 'env',
        key: /^TZ$/,
        weight: 0.8,
        when: (d) => d.kind === 'removed',
        why: "without TZ, R's Sys.timezone() and others ask timedatectl, which needs a system bus containers lack",
      },
    ],
    tokens: [],
    meaning: 'a systemd tool found no D-Bus system bus',
  },
  {
    // The AWS SDKs' credential chain came up empty: no keys in the environment, no profile it was told to read
    // (Go's SDK v1 reads ~/.aws/config only with AWS_SDK_LOAD_CONFIG), no instance role it could reach (IMDSv2's
    // hop limit stops a container's request one hop short).
    id: 'cloud-credentials-missing',
    anchors: ['nocredentialproviders', 'unable to locate credentials', 'imds role', 'getting aws credentials', 'config profile'],
    patterns: [
      /\bNoCredentialProviders: no valid providers in chain\b/,
      /\bUnable to locate credentials\b/,
      /\bno EC2 IMDS role found\b/,
      // botocore and the AWS CLI asked for a profile (AWS_PROFILE, --profile) that B's config does not define.
      /\bThe config profile \([^)]*\) could not be found\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^AWS_(?:PROFILE|DEFAULT_PROFILE|SDK_LOAD_CONFIG|ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SHARED_CREDENTIALS_FILE|CONFIG_FILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE|CONTAINER_CREDENTIALS_\w+|EC2_METADATA_\w+)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B gives the AWS SDK none of the credentials A did (keys, a profile it reads, a role it can reach)',
      },
      {
        facet: 'custom',
        key: /\bimds\b|metadata|HttpTokens|hop.?limit|169\.254\.169\.254|\.aws\b/i,
        weight: 0.85,
        anyDirection: true,
        why: "B's instance metadata service refuses the SDK (IMDSv2 tokens required, or one hop too few for a container)",
      },
      { facet: 'mounts', key: /\.aws\b/, weight: 0.7, anyDirection: true },
      { facet: 'env', key: /^HOME$/, weight: 0.5, anyDirection: true, why: "the SDK reads ~/.aws under B's other home" },
    ],
    tokens: [],
    meaning: 'the AWS SDK found no credentials',
  },
  {
    // systemctl with no systemd to talk to: a container or chroot whose PID 1 is a shell or an init other than
    // systemd, or a `sudo -u` session without its user manager. The init, not the package, changed.
    id: 'systemd-not-running',
    anchors: ['failed to connect to bus', 'booted with systemd', 'running in chroot'],
    patterns: [
      /\bFailed to connect to bus: (?:No such file or directory|Connection refused|No medium found)/,
      /\bSystem has not been booted with systemd as init system \(PID 1\)/,
      /\bRunning in chroot, ignoring (?:command|request)\b/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /\bsystemctl\b|\bps\b.*-p ?1\b|\/proc\/1\/(?:comm|exe|cmdline)|\binit\b|systemd-detect-virt|\bchroot\b/i,
        weight: 0.9,
        anyDirection: true,
        why: 'systemd is not running on B (PID 1 is another program, or the job runs in a chroot)',
      },
      {
        facet: 'env',
        key: /^(?:XDG_RUNTIME_DIR|DBUS_SESSION_BUS_ADDRESS)$/,
        weight: 0.85,
        anyDirection: true,
        why: "without XDG_RUNTIME_DIR, systemctl --user cannot find the user's manager",
      },
      { facet: 'docker', key: /^(?:cgroup_version|cgroupns_mode)$/, weight: 0.6, anyDirection: true },
      { facet: 'kernel', key: /^cgroup$/, weight: 0.5, anyDirection: true },
      { facet: 'packages', key: /^(?:systemd|systemd-sysv|dbus)(?::\w+)?$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'systemctl found no running systemd',
  },
  {
    // Go 1.18 stamps binaries with VCS data by running git: a git that fails (a checkout without .git, or a
    // git whose ownership check refuses the repository) fails the build.
    id: 'go-vcs-stamping',
    anchors: ['obtaining vcs status'],
    patterns: [/error obtaining VCS status: exit status \d+/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:go|golang)$/,
        weight: 0.8,
        anyDirection: true,
        when: (d) => crosses(d, [1, 18]),
        why: 'Go 1.18 began running git to stamp binaries with version-control data, and git failed here',
      },
      { facet: 'env', key: /^GOLANG_VERSION$/, weight: 0.7, anyDirection: true, when: (d) => crosses(d, [1, 18]) },
      { facet: 'env', key: /^GOFLAGS$/, weight: 0.7, anyDirection: true },
      // git's ownership check came in security releases (2.35.2 and distribution backports).
      {
        facet: 'packages',
        key: /^git(?::\w+)?$/,
        weight: 0.75,
        anyStep: true,
        anyDirection: true,
        why: "git's ownership check (a security release) refuses a checkout owned by another user",
      },
      { facet: 'toolchains', key: /^git$/, weight: 0.7, anyStep: true, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.55, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Go could not read version-control data for the build',
  },
  {
    // The JVM announces these variables on stderr ("Picked up JAVA_TOOL_OPTIONS: …"): a tool that parses
    // `java -version` or javac's output then reads the banner as the version.
    id: 'java-options-banner',
    anchors: ['picked up'],
    patterns: [
      /(?:Unrecognized output|unrecognizable version|version: ')[^\n]*Picked up (?:_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS):/,
      // A shell test on the output: "[: Picked up JAVA_TOOL_OPTIONS: …: integer expression expected".
      /Picked up (?:_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS):[^\n]*: integer expression expected/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS)$/,
        weight: 0.9,
        when: (d) => d.kind !== 'removed',
        why: 'B sets a variable the JVM announces on stderr, and a tool read that banner as the Java version',
      },
    ],
    tokens: [],
    meaning: "a tool read the JVM's options banner where it expected a version",
  },
  {
    // Servers that refuse root on purpose: a container or CI job that now runs the build as root.
    id: 'refuses-root',
    anchors: [
      'as root',
      'be run as root',
      'root privileges',
      'root execution',
      'cannot run in wd',
      'with sudo',
      'esudo',
      'non-root',
      'user is root',
    ],
    patterns: [
      // npm before 7, as root, drops to "nobody" for lifecycle scripts and skips them where nobody may not go;
      // bower refuses sudo outright.
      /\bcannot run in wd\b/,
      /\bESUDO\b|\bCannot be run with sudo\b/,
      // PostgreSQL 15 and later tag the message: "initdb: error: cannot be run as root".
      /\b(?:initdb|pg_ctl|postgres): (?:error: )?cannot be run as root/,
      /"root" execution of the PostgreSQL server is not permitted/,
      /\b(?:can not|don't) run elasticsearch as root/,
      /Please consult the Knowledge Base to find out how to run mysqld as root/,
      // GNU tar's and coreutils' configure (Buildroot and OpenWrt build them as host tools).
      /\byou should not run configure as root\b/,
      // minikube's docker driver, and tools that word it the same way.
      /\b(?:should|must) not be (?:used|run) with root privileges\b/,
      // Firefox (Playwright's Nightly) as root under a HOME another user owns.
      /\bRunning \w+ as root in a regular user's session is not supported\b/,
      // rules_python's hermetic interpreter ("The current user is root, please run as non-root"), Open MPI's
      // launchers ("We strongly suggest that you run mpirun as a non-root user").
      /\bThe current user is root\b|\bplease run as non-root\b|\b(?:suggest|recommend)\w* (?:that )?you run \S+ as a non-root user\b/i,
      // BitBake's sanity checker ("Do not use Bitbake as root"), Jupyter's ("Running as root is not recommended. Use --allow-root").
      /\bDo not use \w+ as root\b|\bRunning as root is not recommended\. Use --allow-root\b/,
      // Open MPI's launchers say so first (mpirun, mpiexec, prterun); makepkg refuses outright.
      /\bhas detected an attempt to run as root\b|\bRunning \w+ as root is not allowed\b/,
      // Flutter warns on stderr, which wrappers (jaspr's CLI) take for an error: "Woah! You appear to be trying to
      // run flutter as root."
      /\bYou appear to be trying to run \w+ as root\b/,
      // CocoaPods: "[!] You cannot run CocoaPods as root."
      /\bYou cannot run \w+ as root\b/,
    ],
    implicates: runsAsRoot('B runs as root, which this program refuses'),
    tokens: [],
    meaning: 'a program refused to run as root',
  },
  {
    // ZIP stores MS-DOS times, which start in 1980: SOURCE_DATE_EPOCH=0 or files dated 1970 (Nix) cannot be stored.
    // DOS times are local: a zipper that pins 1980-01-01 00:00 UTC writes 1979-12-31 16:00 west of Greenwich.
    id: 'zip-timestamp-before-1980',
    anchors: ['before 1980', 'earlier than 1980', 'dos time'],
    patterns: [
      /ZIP does not support timestamps before 1980|zipinfo date can't be earlier than 1980/,
      /\bis not representable in the DOS time format\b/,
    ],
    implicates: [
      {
        facet: 'time',
        key: /^timezone$/,
        weight: 0.85,
        anyDirection: true,
        why: 'DOS times are local: 1980-01-01 00:00 UTC falls in 1979 in a time zone west of UTC',
      },
      { facet: 'env', key: /^TZ$/, weight: 0.85, anyDirection: true },
      {
        facet: 'env',
        key: /^SOURCE_DATE_EPOCH$/,
        weight: 0.92,
        anyDirection: true,
        why: 'B pins build timestamps (SOURCE_DATE_EPOCH) before 1980, which a ZIP archive (wheel, jar) cannot store',
      },
      { facet: 'time', key: /^skew_s$/, weight: 0.4, anyDirection: true },
      { facet: 'toolchains', key: /^(?:python3?|pip|setuptools|wheel|hatch|hatchling)$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'an archive could not store file times before 1980',
  },
  {
    // The JDK's AWT reads the system's fontconfig: slim images (Alpine, distroless) ship no fonts at all.
    // Screenshot tests see the same thing as pixels: text drawn with a fallback font.
    id: 'java-fonts-missing',
    anchors: ['fontconfiguration', 'fontmanager', 'fontconfig', 'pixels'],
    patterns: [
      /\bat (?:java\.desktop\/)?sun\.awt\.FontConfiguration\.(?:getVersion|readFontConfigFile|init)\b/,
      /"sun\.awt\.FontConfiguration\.head" is null/,
      /\bFontconfig head is null, check your fonts or fonts configuration\b/,
      /libfontconfig\.so\.1: cannot open shared object file/,
      /\bimages? differ(?:s|ed)? (?:in|by) \d+ pixels\b/i,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:fontconfig|libfontconfig1?|fontconfig-config|ttf-[\w-]+|fonts-[\w-]+|font-[\w-]+|[\w-]*-fonts?(?:-[\w-]+)?|dejavu-[\w-]+|freetype\d*|libfreetype\d*)(?::\w+)?$/,
        weight: 0.9,
        why: 'B lacks fontconfig or a font: Java AWT cannot initialise its font manager, and text renders in another font',
      },
      { facet: 'os', key: /^(?:id|version_id)$/, weight: 0.3 },
      { facet: 'toolchains', key: JAVA, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'text rendering found no fonts or fontconfig (Java AWT, screenshots)',
  },
  {
    // A test that compares a rendering against a stored reference image fails when the library that
    // draws it changes, not the code under test: Ghostscript, FreeType, cairo and friends shift pixels.
    id: 'rendering-differs',
    anchors: ['images not close', 'image files did not match', 'pixel'],
    patterns: [
      /\bImageComparisonFailure: images not close \(RMS [\d.]+\)/,
      /^\s*Error: Image files did not match\.?\s*$/,
      /\bPixel \(\d+, ?\d+\) in \w+: (?:expected|reference) rgba?\([\d, ]+\), got rgba?\(/,
      /\baverage pixel value difference [\d.]+ > epsilon [\d.]+/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:ghostscript(?:-[\w-]+)?|libgs\d*|(?:lib)?freetype\d*(?:-[\w-]+)?|libfreetype\d*(?:-[\w-]+)?|(?:lib)?cairo\d*(?:-[\w-]+)?|(?:lib)?pixman[\w-]*|(?:lib)?poppler[\w-]*|(?:lib)?pango[\w.-]*|(?:lib)?harfbuzz[\w-]*|fontconfig[\w-]*|libfontconfig\d*|librsvg[\w-]*|imagemagick[\w-]*|graphicsmagick[\w-]*|fonts-[\w-]+|ttf-[\w-]+)(?::\w+)?$/i,
        weight: 0.75,
        anyDirection: true,
        why: 'the library that draws the image changed, so its pixels no longer match the stored reference',
      },
      { facet: 'custom', key: /freetype|ghostscript|\bgs\b|cairo|fc-match|fc-list|\bfonts?\b/i, weight: 0.75, anyDirection: true },
      { facet: 'images', weight: 0.3, why: 'a rebuilt image can ship other rendering libraries' },
    ],
    tokens: [],
    meaning: 'a rendering no longer matches its reference image',
  },
  {
    // The time zone database is a package of its own: slim images drop it, and every named zone then fails.
    id: 'tz-database-missing',
    anchors: [
      'timezonenotfound',
      'time zone id',
      'zoneinfo',
      'unknown time zone',
      'unknowntimezone',
      'unrecognized time zone',
      'olson',
      'datasourcenotfound',
      'locate timezone',
      'timezone database',
      'determine local time',
    ],
    patterns: [
      /\bTimeZoneNotFoundException\b|The time zone ID '[^']+' was not found/,
      /Could not find (?:a part of the path|file) '\/usr\/share\/zoneinfo\//,
      /\/usr\/share\/zoneinfo\/[\w/+-]+'?:? No such file or directory/,
      /(?:Can't|Cannot|Unable to|Could not) open (?:file )?["'`]?\/usr\/share\/zoneinfo\/[\w/+-]+/i,
      /\bunknown time zone [A-Z]\w+\/\w+/,
      /UnknownTimeZoneError|ZoneInfoNotFoundError/,
      // Perl's DateTime::TimeZone::Local finds neither TZ nor /etc/localtime nor /etc/timezone.
      /\bCannot determine local time ?zone\b/i,
      // Ruby's tzinfo reads the system zoneinfo unless the tzinfo-data gem ships one.
      /TZInfo::DataSourceNotFound|\btzinfo-data is not present\b/,
      // R's warning for a zone its tz database no longer has (the legacy PST8PDT, EST5EDT moved to tzdata-legacy).
      /Unrecognized time zone ['"][\w/+-]+['"]/,
      // R's OlsonNames() finds no zoneinfo tree at all.
      /\bno Olson database found\b/,
      // Arrow's and date.h's own words for a zone missing from the database they load.
      /\bCannot locate timezone ['"][\w/+-]+['"]|\bnot found in (?:the )?timezone database\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        // FreeBSD's port of it is "zoneinfo".
        key: /^(?:tzdata|timezone|tzdata-java|timezone-data|zoneinfo)(?::\w+)?$/,
        weight: 0.9,
        why: 'B has no time zone database: named zones (America/New_York) cannot be loaded',
      },
      {
        facet: 'packages',
        key: /^(?:tzdata|timezone|timezone-data|zoneinfo)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
        why: 'another tz database release renames or drops zones (the legacy PST8PDT went to tzdata-legacy)',
      },
      {
        facet: 'packages',
        key: /^tzdata-legacy(?::\w+)?$/,
        weight: 0.9,
        when: (d) => d.b === null || d.b === undefined,
        why: 'B lacks tzdata-legacy, where Debian and Ubuntu moved the old zone names (US/Pacific, Etc/…)',
      },
      { facet: 'env', key: /^TZ$/, weight: 0.7, anyDirection: true, why: 'TZ names a zone B does not know' },
      {
        // .NET on Windows finds IANA zone ids ("America/Sao_Paulo") through ICU, which Windows ships from 10 1703 on.
        facet: 'libraries',
        key: /^(?:icu\.dll|icuuc\d*\.dll|libicuuc\.so[\w.]*|libicui18n\.so[\w.]*)$/i,
        weight: 0.75,
        anyDirection: true,
        why: 'without ICU, .NET on Windows cannot map IANA zone names (America/Sao_Paulo) to its own',
      },
      { facet: 'time', key: /^timezone$/, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:id|version_id)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a named time zone could not be loaded',
  },
  {
    // A database client hands the server its own zone for the session (Sequelize's "+05:30", pgJDBC's
    // Java zone id): a server without zone tables, or with older names, refuses what this host sends.
    id: 'session-time-zone-refused',
    anchors: ['unknown or incorrect time zone', 'er_unknown_time_zone', 'parameter "timezone"', 'ora-01882'],
    patterns: [
      /\bUnknown or incorrect time zone: '[^']*'|\bER_UNKNOWN_TIME_ZONE\b/,
      /invalid value for parameter "TimeZone": "[^"]*"/,
      // Oracle's JDBC driver sends the JVM's zone region, which an older server's zone file lacks.
      /\bORA-01882: timezone region not found\b/,
    ],
    implicates: [
      {
        facet: 'time',
        key: /^timezone$/,
        weight: 0.7,
        anyDirection: true,
        why: "the client sends this host's time zone to the database server, which does not know it",
      },
      { facet: 'env', key: /^TZ$/, weight: 0.7, anyDirection: true },
      {
        facet: 'custom',
        key: /time_?zone/i,
        weight: 0.8,
        anyDirection: true,
        why: "the server's time zone tables decide which zone names a session may use",
      },
    ],
    tokens: [],
    meaning: 'the database server refused the time zone the client asked for',
  },
  {
    // Jest (and create-react-app's test script) starts its interactive watcher unless CI is set:
    // on a runner without CI the job waits for a key press until it is killed.
    id: 'watch-mode-without-ci',
    anchors: ['quit watch mode', 'watch usage', '--watchall'],
    patterns: [/\bPress q to quit watch mode\b/, /^\s*Watch Usage\s*$/, /\bor run Jest with `--watchAll`/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:CI|CONTINUOUS_INTEGRATION)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'without CI=true the test runner waits in watch mode for a key press',
      },
    ],
    tokens: [],
    meaning: 'the test runner started its interactive watch mode and waited',
  },
  {
    // ELECTRON_RUN_AS_NODE=1 (which VS Code's terminal and other Electron apps export) makes an Electron binary run as
    // plain Node: Node refuses Chromium's switches, and require('electron') has no app to start.
    id: 'electron-runs-as-node',
    anchors: ['bad option: --', "(reading 'whenready')", "'whenready' of undefined"],
    patterns: [
      /: bad option: --(?:no-sandbox|smoke-test|disable-gpu|disable-dev-shm-usage|enable-logging|remote-debugging-port|user-data-dir|ping=)/,
      /Cannot read propert(?:y|ies) of undefined \(reading 'whenReady'\)|Cannot read property 'whenReady' of undefined/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^ELECTRON_RUN_AS_NODE$/,
        weight: 0.9,
        anyDirection: true,
        why: 'with ELECTRON_RUN_AS_NODE set, Electron runs as plain Node',
      },
      { facet: 'toolchains', key: /^(?:electron|cypress)$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'an Electron binary ran as plain Node',
  },
  {
    // Qt's xcb platform plugin is found but its X libraries are not: Qt 6.5 added libxcb-cursor0, Qt 5.15
    // needs libxcb-xinerama0, and slim images ship neither. (No X display at all is no-x-display's.)
    id: 'qt-platform-plugin-unloadable',
    anchors: ['qt platform plugin', 'xcb-cursor0'],
    patterns: [
      /[Cc]ould not (?:find or )?load the Qt platform plugin "xcb"/,
      /From \d+\.\d+\.\d+, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: QT_XCB_LIBRARY_PACKAGES,
        weight: 0.85,
        anyDirection: true,
        when: (d) => d.kind !== 'changed',
        why: "Qt's xcb plugin loads X libraries B lacks (libxcb-cursor0 since Qt 6.5, libxcb-xinerama0 for Qt 5.15)",
      },
      // Present on both sides, another build of the library rarely takes a symbol Qt needs away.
      { facet: 'packages', key: QT_XCB_LIBRARY_PACKAGES, weight: 0.5, when: (d) => d.kind === 'changed' },
      // Qt itself moved past a release that needs one more X library than B's image ships.
      {
        facet: 'toolchains',
        key: /^(?:qt[56]?|qmake)$/i,
        weight: 0.8,
        anyDirection: true,
        when: (d) => crosses(d, [5, 15]) || crosses(d, [6, 5]),
        why: 'Qt 5.15 loads libxcb-xinerama0, Qt 6.5 libxcb-cursor0, which B may not have',
      },
      {
        facet: 'libraries',
        key: /^lib(?:xcb|xkbcommon|X11-xcb|Xrender|Xi|SM|ICE|EGL|GL|OpenGL|fontconfig|dbus-1)[\w.-]*\.so/i,
        weight: 0.85,
        anyDirection: true,
        why: "Qt's xcb plugin loads X libraries B lacks",
      },
      { facet: 'env', key: /^(?:DISPLAY|QT_QPA_PLATFORM|WAYLAND_DISPLAY|QT_PLUGIN_PATH)$/, weight: 0.6, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:python3?-)?(?:pyqt[56][\w-]*|pyside[26][\w-]*|qt[56]?-[\w-]+|libqt[56][\w-]*)(?::\w+)?$/i,
        weight: 0.5,
        anyDirection: true,
        why: 'another Qt needs other X libraries (Qt 6.5 added libxcb-cursor0)',
      },
      { facet: 'custom', key: /QT_VERSION|PyQt|PySide/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['soname'],
    meaning: "Qt's xcb platform plugin could not be loaded",
  },
  {
    // A registry that speaks plain HTTP, asked over HTTPS: the daemon's insecure-registries list allowed it, but
    // BuildKit (the default builder since Docker 23, or DOCKER_BUILDKIT=1) resolves images itself and ignores it.
    id: 'registry-plain-http',
    anchors: ['http response to https client'],
    patterns: [/server gave HTTP response to HTTPS client/],
    implicates: [
      {
        facet: 'env',
        key: /^DOCKER_BUILDKIT$/,
        weight: 0.85,
        anyDirection: true,
        why: "BuildKit ignores the daemon's insecure-registries",
      },
      {
        facet: 'docker',
        key: /^(?:insecure_registries|registry_mirrors|buildkit_version|buildx_version)$/,
        weight: 0.8,
        anyDirection: true,
        why: "B's builder resolves images without the daemon's insecure-registries",
      },
      {
        facet: 'docker',
        key: /^server_version$/,
        weight: 0.8,
        when: (d) => upgradedAcross(d, [23]),
        why: "Docker 23 builds with BuildKit by default, which ignores the daemon's insecure-registries",
      },
      { facet: 'docker', key: /^server_version$/, weight: 0.4 },
      { facet: 'packages', key: /^docker-buildx(?:-plugin)?(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'custom', key: /daemon\.json|registries\.conf|buildkitd\.toml|insecure/i, weight: 0.8, anyDirection: true },
      { facet: 'env', key: /^(?:HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'a registry answered in plain HTTP where the client asked over HTTPS',
  },
  {
    // Xcode 14 signs the resource bundles of CocoaPods targets, which name no team: a build that passed unsigned
    // under Xcode 13 now asks for one. Also a project's team setting B's build does not pass (DEVELOPMENT_TEAM).
    id: 'signing-requires-team',
    anchors: ['requires a development team'],
    patterns: [/Signing for "[^"]+" requires a development team/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^xcode$/,
        weight: 0.85,
        anyDirection: true,
        why: "Xcode 14 and later sign the pods' resource bundles, which need a team",
      },
      { facet: 'env', key: /^(?:DEVELOPMENT_TEAM|CODE_SIGN\w*|PROVISIONING_PROFILE\w*)$/, weight: 0.8, anyDirection: true },
      { facet: 'toolchains', key: /^(?:cocoapods|pod)$/, weight: 0.6, anyDirection: true },
      { facet: 'custom', key: /xcode-select|xcodebuild/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Xcode asked for a development team to sign a target',
  },
  {
    // codesign cannot use the signing key: the keychain is locked or not in the session (a build over ssh, an agent
    // run as a launch daemon), the key's partition list does not admit codesign, or the certificate's intermediate
    // authority is missing from the keychain.
    id: 'codesign-keychain-refused',
    anchors: ['errsecinternalcomponent'],
    patterns: [/\berrSecInternalComponent\b/],
    implicates: [
      {
        facet: 'security',
        key: /keychain/i,
        weight: 0.85,
        anyDirection: true,
        why: "B's keychain does not let codesign use the signing key",
      },
      {
        facet: 'custom',
        key: /keychain|launchctl|\bsecurity (?:find-identity|show-keychain-info|list-keychains)\b/i,
        weight: 0.8,
        anyDirection: true,
        why: "B's keychain is locked or outside the build's session",
      },
      {
        facet: 'certificates',
        weight: 0.75,
        anyDirection: true,
        why: "B's keychain lacks the intermediate authority the signing certificate chains to",
      },
      {
        facet: 'env',
        key: /^SSH_(?:CONNECTION|CLIENT|TTY)$/,
        weight: 0.6,
        anyDirection: true,
        why: 'a build over ssh has no unlocked login keychain',
      },
      { facet: 'os', key: /^(?:version_id|version|product_version)$/, weight: 0.35 },
    ],
    tokens: [],
    meaning: 'codesign could not use the signing key in the keychain',
  },
  {
    // A shared object marked as needing an executable stack (GNU_STACK RWE), refused at load. glibc 2.41 stopped
    // making the stack executable for dlopen ("Invalid argument"); macOS 14.3's Rosetta refuses it the same way;
    // SELinux's execstack check answers "Permission denied".
    id: 'executable-stack-refused',
    anchors: ['executable stack'],
    patterns: [/cannot enable executable stack as shared object requires/],
    implicates: [
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.9,
        when: (d) => upgradedAcross(d, [2, 41]),
        why: 'glibc 2.41 and later refuse to make the stack executable for a library loaded at run time',
      },
      {
        facet: 'packages',
        key: /^(?:libc6|glibc)(?::\w+)?$/,
        weight: 0.85,
        when: (d) => upgradedAcross(d, [2, 41]),
        why: 'glibc 2.41 and later refuse to make the stack executable for a library loaded at run time',
      },
      { facet: 'libc', key: /^version$/, weight: 0.4 },
      { facet: 'security', key: /^selinux$/, weight: 0.75, anyDirection: true, why: "SELinux's execstack check refuses it on B" },
      { facet: 'binfmt', key: /rosetta/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version|product_version)$/, weight: 0.45 },
      // A rebuilt image can carry the newer C library without saying so.
      { facet: 'images', weight: 0.35 },
    ],
    tokens: ['soname'],
    meaning: 'a library that asks for an executable stack was refused at load',
  },
  {
    // A test server or a service container cannot bind its port: something else on B listens there already (a
    // database the runner image starts, a leftover container, a proxy).
    id: 'port-in-use',
    anchors: ['eaddrinuse', 'address already in use', 'already allocated', 'each socket address'],
    patterns: [/\bEADDRINUSE\b/, /[Aa]ddress already in use/, /port is already allocated/, /Only one usage of each socket address/],
    implicates: [
      {
        facet: 'custom',
        key: /\b(?:ss|netstat|lsof|fuser)\b|:\d{2,5}\b|\bports?\b/i,
        weight: 0.88,
        anyDirection: true,
        why: 'something on B already listens on the port the build wants',
      },
      {
        facet: 'custom',
        key: /\bsystemctl\b|\bservice\b|\blaunchctl\b/,
        weight: 0.7,
        anyDirection: true,
        why: 'a service B runs holds the port',
      },
      {
        facet: 'packages',
        key: /^(?:mysql-server[\w.-]*|mariadb-server[\w.-]*|postgresql(?:-\d+)?|redis-server|nginx[\w-]*|apache2|httpd|mongodb[\w-]*|memcached|rabbitmq-server)(?::\w+)?$/,
        weight: 0.6,
        why: 'B runs a server (installed with this package) on the port the build wants',
      },
      { facet: 'env', key: /^(?:PORT|\w+_PORT)$/, weight: 0.6, anyDirection: true },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: 'a port the build binds was already taken',
  },
  {
    // Go keeps its build cache at GOCACHE, else under XDG_CACHE_HOME or HOME: without them, or with a HOME of
    // "/" for a user the image does not know, it tries /.cache and cannot.
    id: 'go-build-cache-unusable',
    anchors: ['disabling cache', 'build cache'],
    patterns: [
      /\bgo: disabling cache \([^)]*\) due to initialization failure\b/,
      /\bfailed to initialize build cache at \S+/,
      /\bbuild cache is required, but could not be located\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^GOCACHE$/,
        weight: 0.85,
        anyDirection: true,
        why: 'GOCACHE chooses where Go keeps its build cache; without it Go falls back on HOME',
      },
      { facet: 'env', key: /^(?:XDG_CACHE_HOME|HOME)$/, weight: 0.7, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'Go could not create or use its build cache',
  },
  {
    // Jupyter runs a notebook in the kernel its metadata names ("python3"); the kernel is the ipykernel package
    // (IRkernel for R), which a docs build (nbsphinx, nbconvert) needs installed beside Jupyter itself.
    id: 'jupyter-kernel-missing',
    anchors: ['nosuchkernel', 'no such kernel'],
    patterns: [/\bNoSuchKernel\b/, /\bNo such kernel named \S+/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:ipykernel|irkernel|python3?-ipykernel|r-irkernel)(?::\w+)?$/i,
        weight: 0.9,
        anyDirection: true,
        why: "B lacks the kernel the notebook names: Jupyter's kernels are packages of their own (ipykernel, IRkernel)",
      },
      { facet: 'custom', key: /kernelspec|jupyter/i, weight: 0.85, anyDirection: true },
      { facet: 'packages', key: /^(?:jupyter[-_]client|jupyter[-_]core|nbclient|nbconvert)(?::\w+)?$/i, weight: 0.5, anyDirection: true },
      { facet: 'env', key: /^(?:JUPYTER_PATH|JUPYTER_DATA_DIR|JUPYTER_CONFIG_DIR)$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Jupyter found no kernel of the name the notebook asks for',
  },
  {
    // Tests that create a repository and then check out "master" fail where git's init.defaultBranch names "main".
    id: 'default-branch-name',
    anchors: ["'master'", "'main'", 'reference: master', 'reference: main', 'refspec master', 'refspec main'],
    patterns: [
      /cannot locate local branch '(?:master|main)'/,
      /\binvalid reference: (?:master|main)\b/,
      /pathspec '(?:master|main)' did not match any file/,
      /src refspec (?:master|main) does not match any/,
    ],
    implicates: [
      {
        facet: 'git',
        key: /^init\.defaultBranch$/i,
        weight: 0.93,
        anyDirection: true,
        why: "B's git names a new repository's first branch otherwise (init.defaultBranch)",
      },
      { facet: 'custom', key: /defaultBranch/i, weight: 0.9, anyDirection: true },
      { facet: 'toolchains', key: /^git$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: "a repository's default branch is not the one the build expects",
  },
  {
    // Go decides whether it builds in module mode from GO111MODULE, its own version (auto became on in 1.16)
    // and where the sources are (inside GOPATH, auto meant off): the same tree builds on one side only.
    id: 'go-module-mode',
    anchors: ['when using modules', 'cannot find main module', 'modules disabled', 'go.mod file not found'],
    patterns: [
      /\bonly valid when using modules\b/,
      /\bgo: cannot find main module\b/,
      /\bgo: modules disabled by GO111MODULE=off\b/,
      /\bgo\.mod file not found in current directory or any parent directory\b/,
    ],
    implicates: [
      { facet: 'env', key: /^GO111MODULE$/, weight: 0.9, anyDirection: true, why: 'B turns Go module mode on or off (GO111MODULE)' },
      { facet: 'env', key: /^(?:GOFLAGS|GOPATH|GOWORK)$/, weight: 0.5, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^go$/,
        weight: 0.75,
        anyDirection: true,
        why: "another Go decides module mode otherwise (GO111MODULE's default became on in Go 1.16)",
      },
    ],
    tokens: [],
    meaning: 'Go built in the other module mode than the project expects',
  },
  {
    // gpg could not sign: git asks for a signature because its config says so (commit.gpgsign), or GnuPG 2's
    // agent has no terminal to ask for the passphrase on (GPG_TTY unset, "Inappropriate ioctl for device").
    id: 'gpg-signing-failed',
    anchors: ['gpg failed to sign', 'signing failed'],
    patterns: [/\berror: gpg failed to sign the data\b/, /\bgpg: signing failed: /],
    implicates: [
      {
        facet: 'git',
        key: /^(?:commit|tag|push)\.gpgsign$|^gpg\.|^user\.signingkey$/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's git configuration asks for signed commits or tags, which gpg cannot make there",
      },
      { facet: 'env', key: /^(?:GPG_TTY|GNUPGHOME|GPG_AGENT_INFO)$/, weight: 0.8, anyDirection: true },
      // A job without a terminal: the agent has none to ask for the passphrase on.
      { facet: 'custom', key: /\btty\b/i, weight: 0.85, anyDirection: true, why: 'B runs without a terminal for gpg-agent to ask on' },
      {
        facet: 'packages',
        key: /^(?:gnupg2?|gpg|gpg-agent|pinentry[\w-]*)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        // GnuPG 1 against 2: within one major version the agent works alike.
        when: (d) => crosses(d, [2]),
        why: 'another GnuPG: version 2 signs through an agent that needs a terminal (GPG_TTY) or loopback pinentry',
      },
      { facet: 'packages', key: /^(?:gnupg2?|gpg|gpg-agent|pinentry[\w-]*)(?::\w+)?$/, weight: 0.4, anyDirection: true },
      { facet: 'custom', key: /gpg|gnupg|pinentry/i, weight: 0.75, anyDirection: true },
    ],
    tokens: [],
    meaning: 'gpg could not make a signature',
  },
  {
    // No /etc/protocols or /etc/services (Debian's netbase): getprotobyname("tcp") fails in slim images, so does every socket.
    id: 'protocols-database-missing',
    anchors: ['protocol name', 'protocol not found', 'getprotobyname', 'servname not supported', '/etc/protocols', '/etc/services'],
    patterns: [
      /\bno such protocol name: (?:tcp|udp)\b/i,
      /\bgetprotobyname\b.*\b(?:not found|failed|does not exist|unknown)\b/i,
      /\bprotocol not found\b/i,
      /\bServname not supported for ai_socktype\b/,
      /\/etc\/(?:protocols|services)\b.*\bNo such file or directory\b/,
    ],
    implicates: [
      { facet: 'packages', key: /^netbase(?::\w+)?$/, weight: 0.9, why: 'B lacks netbase, which ships /etc/protocols and /etc/services' },
      { facet: 'images', weight: 0.3, why: 'a slimmer image can drop netbase' },
    ],
    tokens: [],
    meaning: 'the network protocol and service names (/etc/protocols, /etc/services) are missing',
  },
  {
    // No /etc/localtime: the system has no zone at all (slim images without tzdata, a zone never set).
    id: 'localtime-missing',
    anchors: ['/etc/localtime'],
    patterns: [
      /(?:Can't open|cannot open|Could not find file|unable to (?:open|read)) ["'`]?\/etc\/localtime\b/i,
      /["'`]?\/etc\/localtime["'`]?:? No such file or directory/,
    ],
    implicates: [
      {
        facet: 'time',
        key: /^timezone$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => d.b === null || d.b === undefined,
        why: 'B has no system time zone (/etc/localtime) for programs that read it',
      },
      { facet: 'packages', key: TZ_DATABASE_PACKAGES, weight: 0.88, why: 'B has no time zone database' },
      { facet: 'env', key: /^TZ$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.3, why: 'a rebuilt image can drop tzdata' },
    ],
    tokens: [],
    meaning: 'the system time zone file /etc/localtime is missing',
  },
  {
    // GCC 11 and Clang 14 emit DWARF 5 by default; older valgrind, gdb and binutils cannot read it.
    id: 'dwarf-version-unreadable',
    anchors: ['dwarf', 'dw_form'],
    patterns: [
      /unhandled dwarf2 abbrev form code 0x[0-9a-f]+/,
      /get_Form_szB: unhandled \d+ \(DW_FORM_\w+\)/,
      /DWARF error: invalid or unhandled FORM value: 0x[0-9a-f]+/,
      /Dwarf Error: found dwarf version '5'/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: C_COMPILERS,
        weight: 0.88,
        anyDirection: true,
        why: 'a newer compiler writes DWARF 5 debug info, which this valgrind/gdb/binutils cannot read',
      },
      { facet: 'packages', key: C_COMPILER_PACKAGES, weight: 0.6, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:valgrind|gdb|binutils|elfutils)(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
        why: 'another debugger or binary tool reads (or cannot read) DWARF 5',
      },
      { facet: 'toolchains', key: /^(?:valgrind|gdb|objdump|ld)$/, weight: 0.6, anyDirection: true },
      { facet: 'env', key: /^(?:CC|CXX|CFLAGS|CXXFLAGS)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'debug info written by the compiler could not be read by a debugging tool',
  },
  {
    // musl 1.2.4 (Alpine 3.18+) stopped defining stat64, fopen64 and the other LFS64 names under _GNU_SOURCE.
    id: 'lfs64-removed',
    anchors: ['64'],
    patterns: [
      /\b(?:fopen|freopen|fseeko|ftello|stat|fstat|lstat|fstatat|lseek|pread|pwrite|mmap|readdir|open|openat|truncate|ftruncate|statfs|fstatfs|getrlimit|setrlimit|off|ino|blkcnt|fsblkcnt|fsfilcnt|glob|dirent)64(?:_t)?\b[’'"]? (?:was not declared|undeclared|has incomplete type)|unknown type name [‘'"]?(?:off|ino|blkcnt)64_t\b|(?:implicit declaration of function|call to undeclared function) [‘'"]?(?:fopen|fseeko|ftello|stat|fstat|lstat|lseek|pread|pwrite|mmap|readdir|open|truncate|ftruncate)64\b/,
      /incomplete type [‘'"]?struct (?:stat|statfs|dirent|rlimit)64\b|storage size of [‘'"]\w+[’'"] isn[’']t known.*\b(?:stat|dirent)64\b|aggregate [‘'"][^'’"]*\bstat64 \w+[’'"] has incomplete type/,
      // At run time, code that binds them by name (JNA, dlsym): "Error looking up function '__xstat64': Symbol not found: __xstat64".
      /\b(?:Symbol not found|undefined symbol): _*(?:[flx]?x?stat|fstatat|fopen|freopen|lseek|pread|pwrite|mmap|readdir|open|openat|truncate|ftruncate|statfs|fstatfs|getrlimit|setrlimit|glob)64\b/i,
    ],
    implicates: [
      {
        facet: 'libc',
        weight: 0.88,
        anyDirection: true,
        // musl 1.2.4 was a patch release.
        anyStep: true,
        why: 'a newer musl (1.2.4, Alpine 3.18+) no longer defines the LFS64 names (stat64, fopen64) the code uses',
      },
      { facet: 'packages', key: /^(?:musl|musl-dev|musl-utils)(?::\w+)?$/, weight: 0.85, anyDirection: true, anyStep: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.5, why: 'a new Alpine release ships a new musl' },
      { facet: 'images', weight: 0.35, why: 'a rebuilt image can ship a new C library' },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'code uses large-file names (stat64, fopen64) the C library no longer defines',
  },
  {
    // Lua 5.2 moved unpack into table and dropped setfenv, getfenv, loadstring and module.
    id: 'lua-removed-globals',
    anchors: ['nil value'],
    patterns: [
      /attempt to call (?:a nil value \(global '(?:unpack|setfenv|getfenv|loadstring|module)'\)|global '(?:unpack|setfenv|getfenv|loadstring|module)' \(a nil value\))/,
      /attempt to call (?:a nil value \(field '(?:getn|maxn|setn)'\)|field '(?:getn|maxn|setn)' \(a nil value\))/,
    ],
    implicates: runtime(/^(?:lua|lua5\.\d|luajit)$/, 'the code was written for Lua 5.1; B runs Lua 5.2 or later'),
    tokens: ['version'],
    meaning: 'Lua code calls a function Lua 5.2 removed',
  },
  {
    // ICU 72 (CLDR 42) puts a narrow no-break space before AM/PM: output compared with a plain space differs.
    id: 'cldr-narrow-space',
    anchors: ['202f', 'narrow no-break', '8239', '\u202f', ' pm', ' am'],
    patterns: [
      /\\u\{?202[fF]\}?|&#8239;|&#x202[fF];|\bU\+202F\b|NARROW NO-BREAK SPACE|\d\u202f[AP]M\b/i,
      // "[3:33 PM] != [3:33 PM]": a time that prints the same yet compares unequal holds an invisible character.
      /(\d{1,2}:[0-5]\d(?::[0-5]\d)?[ \u00a0\u202f][AP]M\b[^\]'"]{0,40})[\]'"]? ?(?:!==?|\bvs\.?|\bto (?:equal|be)|\bbut (?:got|was)) ?[['"]?\1/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libicu\d*|icu|icu4c(?:@\d+)?|icu-libs|libicu-dev|libicu-devel|icu-data-full|php\d*(?:\.\d+)?-intl)(?::\w+)?$/,
        weight: 0.88,
        anyDirection: true,
        why: 'ICU 72 (CLDR 42) formats times with a narrow no-break space before AM/PM',
      },
      {
        // Node takes a new ICU in minor releases (18.13 brought ICU 72).
        facet: 'toolchains',
        key: /^(?:node|nodejs|dart|flutter|php)$/,
        weight: 0.6,
        anyDirection: true,
        why: 'this runtime bundles its own ICU/CLDR data, which changed how times are formatted',
      },
      {
        // The JDK and .NET take new CLDR data in feature releases only (JDK 20: CLDR 42).
        facet: 'toolchains',
        key: /^(?:java|javac|dotnet)$/,
        weight: 0.6,
        anyDirection: true,
        boundary: true,
        why: 'a new feature release of this runtime bundles new CLDR data, which changed how times are formatted',
      },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.45, why: 'a new OS release ships a new ICU' },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: 'formatted dates now contain a narrow no-break space (ICU 72, CLDR 42)',
  },
  {
    // curl 7.66 stopped accepting header-less (HTTP/0.9) replies by default: a bare TCP service that answered
    // curl before is now an error.
    id: 'curl-http09-refused',
    anchors: ['http/0.9'],
    patterns: [/\bReceived HTTP\/0\.9 when not allowed\b/i],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:curl|libcurl\d*(?:t64)?(?:-(?:gnutls|openssl|nss))?(?:-dev)?|libcurl-devel|curl-minimal)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => crosses(d, [7, 66]),
        why: 'curl 7.66 refuses HTTP/0.9 replies by default',
      },
      {
        facet: 'toolchains',
        key: /^curl$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => crosses(d, [7, 66]),
        why: 'curl 7.66 refuses HTTP/0.9 replies by default',
      },
      { facet: 'packages', key: /^(?:curl|libcurl[\w-]*)(?::\w+)?$/, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.35 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'curl got a reply without HTTP headers, which it refuses since 7.66',
  },
  {
    // macOS and the BSDs ship BSD sed, date, readlink and friends: GNU options and `sed -i` without a suffix fail
    // with BSD getopt's "illegal option" or sed's "invalid command code".
    id: 'bsd-userland',
    anchors: ['illegal option --', 'invalid command code', 'unused label', 'usage: sed script', 'extra characters at the end of'],
    patterns: [
      /\bsed: (?:\d+|-e expression #\d+, char \d+)?:? ?".*": (?:invalid command code|unused label|undefined label|extra characters at the end of \w+ command)/,
      /\b(?:sed|readlink|date|stat|grep|xargs|cp|mktemp|find|sort|head|tail|base64|du|touch|tar|ls|cut|wc|ln|mv|install|realpath|getopt|awk|paste|split|seq|uniq|sha256sum|md5|shasum|truncate): illegal option -- \S/,
      /^\s*usage: sed script \[-/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:coreutils|sed|gnu-sed|grep|gnu-grep|findutils|gawk|gnu-tar|tar|diffutils|gnu-getopt|util-linux)(?::\w+)?$/,
        weight: 0.85,
        why: 'B lacks the GNU tool the script was written for: BSD sed/coreutils take other options',
      },
      {
        // A captured `sed --version` (or tar, find…) whose answer changed: the flavour itself, measured.
        facet: 'custom',
        key: /^(?:sed|gsed|grep|tar|find|xargs|date|stat|readlink|awk|cp|ls|getopt)\b/,
        weight: 0.88,
        anyDirection: true,
        why: "B's tool is another flavour (BSD, BusyBox) than the GNU one the script was written for",
      },
      {
        facet: 'env',
        key: /^PATH$/,
        weight: 0.6,
        anyDirection: true,
        when: (d) =>
          typeof d.a === 'string' && /gnubin|gnu-|\/gnu\b/.test(d.a) && !(typeof d.b === 'string' && /gnubin|gnu-|\/gnu\b/.test(d.b)),
        why: "B's PATH no longer puts the GNU tools (gnubin) first",
      },
      {
        facet: 'os',
        key: /^(?:id|pretty_name|name)$/,
        weight: 0.6,
        anyDirection: true,
        when: (d) => typeof d.b === 'string' && /mac|darwin|bsd|os x/i.test(d.b),
        why: 'B runs macOS or a BSD, whose sed and coreutils are not GNU',
      },
    ],
    tokens: [],
    meaning: 'a BSD tool rejected a GNU option or GNU sed syntax',
  },
  {
    // Debian and Ubuntu link /bin/sh to dash, which make and `sh -c` run: bash's `source`, `[[`, `${x//a/b}` and
    // arrays fail there and nowhere else. dash names the line after the script ("sh: 1: source: not found").
    id: 'sh-is-dash',
    anchors: [': not found', 'bad substitution', 'unexpected operator', 'syntax error: "("'],
    patterns: [
      /(?:^|\s)\S*: \d+: (?:\S+: )?(?:source|\[\[|declare|local|shopt|pushd|popd|function|typeset|let|setopt|complete|mapfile|readarray): not found/,
      /\bsh: \d+: (?:\S+: )?Bad substitution\b/,
      /\bsh: \d+: \[: .*: unexpected operator/,
      // A configure script run by dash: "./configure: 12862: test: xyes: unexpected operator" (bash says "binary operator expected").
      /(?:^|\s)\S*configure: \d+: (?:\[|test): .*: unexpected operator/,
      /(?:^|[\s/])(?:da)?sh: \d+: Syntax error: "\(" unexpected/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^dash(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's /bin/sh is dash, which has no bash extensions (source, [[, arrays)",
      },
      // A captured check of what /bin/sh is (`readlink -f /bin/sh`, `ls -l /bin/sh`) that says dash on B.
      {
        facet: 'custom',
        key: /\/bin\/sh\b/,
        weight: 0.92,
        anyDirection: true,
        when: (d) => /\bdash\b/.test(String(d.b ?? '')),
        why: "B's /bin/sh is dash, which has no bash extensions (source, [[, arrays)",
      },
      { facet: 'packages', key: /^bash(?::\w+)?$/, weight: 0.45, anyDirection: true },
      {
        facet: 'os',
        key: /^(?:id|pretty_name|name)$/,
        weight: 0.55,
        anyDirection: true,
        when: (d) => typeof d.b === 'string' && /debian|ubuntu|mint|raspbian/i.test(d.b),
        why: 'Debian and Ubuntu link /bin/sh to dash',
      },
      { facet: 'env', key: /^(?:SHELL|CONFIG_SHELL)$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: 'a bash-only construct ran under /bin/sh (dash)',
  },
  {
    // bash itself, but an old one: macOS still ships bash 3.2 (2007), CentOS 7 bash 4.2. mapfile and readarray
    // came in 4.0, associative arrays (declare -A) in 4.0, namerefs (-n) and `wait -n` in 4.3: bash names the
    // builtin or option it lacks, never its own version.
    id: 'bash-too-old',
    anchors: ['mapfile', 'readarray', 'coproc', 'invalid option', 'invalid shell option name', 'unbound variable', 'bad substitution'],
    patterns: [
      /(?:^|[\s/])(?:\S+: line \d+: )?(?:mapfile|readarray|coproc): command not found/,
      /\b(?:declare|typeset|local): -[An]: invalid option/,
      /\bwait: -[np]: invalid option/,
      /\bshopt: (?:globstar|autocd|lastpipe|checkjobs|dirspell|direxpand|inherit_errexit|localvar_inherit|assoc_expand_once|patsub_replacement): invalid shell option name/,
      // Before 4.4, `set -u` calls an empty array's "${a[@]}" unbound.
      /: line \d+: \w+\[[@*]\]: unbound variable/,
      // Case conversion (${x,,}, 4.0) and quoting transformations (${x@Q}, 4.4) are bad substitutions before.
      /: line \d+: \$\{[\w[\]@*]+(?:,,?|\^\^?|@[QEPAKaUuL])\}: bad substitution/,
    ],
    implicates: [
      { facet: 'toolchains', key: /^bash$/, weight: 0.92, why: "B's bash is older than the builtin or option the script uses" },
      { facet: 'packages', key: /^bash(?::\w+)?$/, weight: 0.85, why: "B's bash is older than the builtin or option the script uses" },
      { facet: 'custom', key: /\bbash\b/, weight: 0.85, anyDirection: true },
      {
        facet: 'os',
        key: /^(?:id|pretty_name|name|version_id)$/,
        weight: 0.6,
        anyDirection: true,
        when: (d) => typeof d.b === 'string' && /mac|darwin|os x/i.test(d.b),
        why: 'macOS ships bash 3.2',
      },
      { facet: 'env', key: /^(?:SHELL|BASH|PATH)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "the script uses a bash builtin or option B's bash is too old for",
  },
  {
    // An unquoted expansion of a value holding parentheses ("Program Files (x86)" in a WSL PATH) is shell syntax.
    id: 'shell-metacharacters-in-value',
    anchors: ['syntax error: "("', 'unexpected token `('],
    patterns: [
      /(?:^|[\s/])(?:ba|da|z|k)?sh: (?:-c: )?(?:line )?\d+: (?:Syntax error: "\(" unexpected|syntax error near unexpected token `\(')/,
    ],
    implicates: [
      {
        facet: 'env',
        weight: 0.85,
        anyDirection: true,
        when: (d) => gains(d, /\(/),
        why: 'B\'s value holds parentheses ("Program Files (x86)"), which an unquoted shell expansion reads as syntax',
      },
    ],
    tokens: [],
    meaning: 'the shell read a parenthesis as syntax',
  },
  {
    // coreutils 9.2 made `cp -n` fail when it skips a file (it used to succeed quietly); 9.5 made it a warning again.
    id: 'coreutils-cp-noclobber',
    anchors: ['not replacing', 'behavior of -n is non-portable'],
    patterns: [/\bcp: not replacing ['‘`]/, /\bcp: warning: behavior of -n is non-portable/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:coreutils|uutils-coreutils|coreutils-single)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => crosses(d, [9, 2]),
        why: 'coreutils 9.2 makes `cp -n` fail when it skips an existing file',
      },
      { facet: 'packages', key: /^(?:coreutils|uutils-coreutils|coreutils-single)(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.4, why: 'a new OS release ships a new coreutils' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: '`cp -n` skipped a file, which coreutils 9.2+ reports as a failure',
  },
  {
    // grep 3.8 warns on every egrep/fgrep call, on stderr: a test suite comparing stderr fails.
    id: 'grep-egrep-obsolescent',
    anchors: ['is obsolescent', 'stray \\'],
    patterns: [/\b[ef]grep: warning: [ef]grep is obsolescent\b/, /\bgrep: warning: stray \\ before\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^grep(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => crosses(d, [3, 8]),
        why: 'grep 3.8 warns that egrep and fgrep are obsolescent, and about stray backslashes',
      },
      { facet: 'toolchains', key: /^grep$/, weight: 0.9, anyDirection: true, when: (d) => crosses(d, [3, 8]) },
      { facet: 'packages', key: /^grep(?::\w+)?$/, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.35, why: 'a new OS release ships grep 3.8' },
    ],
    tokens: [],
    meaning: 'grep 3.8 printed a new warning on stderr',
  },
  {
    // Git 2.38.1 (CVE-2022-39253) stopped allowing file:// transports for submodules by default.
    id: 'git-file-transport',
    anchors: ['not allowed'],
    patterns: [/\btransport \\?['‘]file\\?['’] not allowed\b/],
    implicates: [
      ...['toolchains', 'packages'].map((facet) => ({
        facet,
        key: /^(?:git|git-core|git-man)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        anyStep: true,
        when: (d: Difference) => crosses(d, [2, 38, 1]),
        why: 'git 2.38.1 refuses file:// submodules unless protocol.file.allow is set',
      })),
      { facet: 'toolchains', key: /^git$/, weight: 0.6, anyDirection: true, anyStep: true },
      { facet: 'git', key: /^protocol\./, weight: 0.85, anyDirection: true },
    ],
    tokens: [],
    meaning: 'git refused a file:// transport',
  },
  {
    // Unprivileged ping needs an ICMP socket the kernel grants by group (net.ipv4.ping_group_range) or CAP_NET_RAW.
    id: 'icmp-socket-denied',
    anchors: ['socket: '],
    // ping itself, or a program or test of its own that pings ("ping_test.go:80: socket: permission denied").
    patterns: [/\b(?:ping6?|\w*ping\w*\.\w+:\d+): socket: (?:Operation not permitted|permission denied)/i],
    implicates: [
      {
        facet: 'sysctl',
        key: /^net\.ipv4\.ping_group_range$/,
        weight: 0.92,
        anyDirection: true,
        // An empty range on A ("1 0", the kernel's default) means A's ping did not use ICMP sockets either.
        when: (d) => d.a === undefined || pingRangeAdmitsAny(d.a),
        why: "B's kernel lets no group open ICMP sockets (net.ipv4.ping_group_range)",
      },
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => typeof d.a === 'string' && /net_raw/i.test(d.a) && !(typeof d.b === 'string' && /net_raw/i.test(d.b)),
        why: 'B drops CAP_NET_RAW, which ping needs without an ICMP socket',
      },
      { facet: 'security', key: /^uid$/, weight: 0.35, anyDirection: true },
      { facet: 'packages', key: /^(?:iputils(?:-ping)?|inetutils-ping|libcap2-bin)(?::\w+)?$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'opening an ICMP socket (ping) was refused',
  },
  {
    // A Dockerfile written for one distribution's package manager, run on an image of another (a tag whose default
    // variant moved from Debian to Oracle Linux), or a manager the new release dropped (yum in Oracle Linux 8 slim).
    id: 'package-manager-missing',
    anchors: ['not found'],
    patterns: [/\b(?:apt-get|apt|aptitude|yum|dnf|microdnf|apk|zypper|pacman|tdnf): (?:command )?not found\b/],
    implicates: [
      {
        facet: 'os',
        key: /^(?:id|pretty_name|name)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B runs another distribution, whose package manager is another one',
      },
      { facet: 'packages', key: /^(?:apt|yum|dnf|microdnf|apk-tools|zypper|pacman|tdnf)(?::\w+)?$/, weight: 0.85, anyDirection: true },
      { facet: 'libc', key: /^family$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.45 },
      { facet: 'os', key: /^version_id$/, weight: 0.4 },
    ],
    tokens: [],
    meaning: "the distribution's package manager is not there",
  },
  {
    // O_DIRECT (direct I/O) is refused with EINVAL by tmpfs and some network and FUSE file systems: a file cache
    // or database that opens its files so fails on a build directory or /tmp mounted there.
    id: 'direct-io-unsupported',
    anchors: ['invalid argument', 'invalidinput', 'o_direct'],
    patterns: [
      /\b(?:Failed to (?:create|open) file(?: handle)?|Cannot open file|open(?:at)?\(\)?|O_DIRECT)\b.*\b(?:Invalid argument|EINVAL)\b/i,
      /\bcode: 22, kind: InvalidInput\b/,
    ],
    implicates: [
      {
        facet: 'mounts',
        weight: 0.8,
        anyDirection: true,
        when: (d) => /tmpfs|ramfs|9p|vboxsf|fuse|nfs|cifs|smb|overlay/i.test(JSON.stringify(d.b ?? '')),
        why: 'B mounts the directory on a file system that refuses direct I/O (O_DIRECT), such as tmpfs',
      },
      { facet: 'mounts', weight: 0.45, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.3 },
    ],
    tokens: ['path'],
    meaning: 'opening a file failed with EINVAL: the file system refuses direct I/O',
  },
  {
    // Package managers unpack what they download with the system's archivers (LuaRocks runs unzip, opam runs tar
    // and bzip2) and report only that unpacking failed: an archiver B lacks is the likeliest reason.
    id: 'archive-unpack-failed',
    anchors: ['failed unpacking', 'failed extracting', 'could not extract archive'],
    patterns: [/\bFailed (?:unpacking rock|extracting manifest) file\b/, /\bCould not extract archive\b/],
    implicates: [
      {
        facet: 'packages',
        key: ARCHIVER_PACKAGES,
        weight: 0.85,
        when: (d) => d.kind === 'removed',
        why: 'B lacks the archiver the package manager unpacks its downloads with',
      },
      { facet: 'toolchains', key: /^(?:unzip|tar|gtar|bzip2|gzip|xz|zstd|7z)$/, weight: 0.8, when: (d) => d.kind === 'removed' },
      { facet: 'packages', key: ARCHIVER_PACKAGES, weight: 0.45, anyDirection: true },
      { facet: 'env', key: /^PATH$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a package manager could not unpack what it downloaded',
  },
  {
    // pip checks a wheel's platform tag against the tags it knows: an older pip predates manylinux2010, manylinux2014,
    // manylinux_2_x and musllinux, so a wheel the index built for them "is not supported" on B.
    id: 'wheel-platform-unsupported',
    anchors: ['not a supported wheel'],
    patterns: [/\.whl is not a supported wheel on this platform\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^pip3?$/,
        weight: 0.85,
        anyDirection: true,
        why: "an older pip does not know the wheel's platform tag (manylinux2014, manylinux_2_x, musllinux)",
      },
      { facet: 'packages', key: /^(?:python3?-pip|py3-pip)(?::\w+)?$/, weight: 0.8, anyDirection: true },
      { facet: 'toolchains', key: PYTHON, weight: 0.5, anyDirection: true, why: "the wheel is built for another Python's ABI" },
      { facet: 'cpu', key: /^arch$/, weight: 0.5, anyDirection: true },
      { facet: 'libc', key: /^(?:family|version)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: "pip refused a wheel whose platform or Python tags B's pip or interpreter does not accept",
  },
  {
    // FreeBSD's pkg serves one repository per OS release ("FreeBSD:14:amd64"): packages built for a newer point
    // release refuse an older one, and a release past its end of life has no repository left (404).
    id: 'package-repo-os-release',
    anchors: ['os version', 'freebsd version', 'not found'],
    patterns: [
      /\bcontains packages for wrong OS version\b|\bNewer FreeBSD version for package\b/,
      /\b(?:FreeBSD|DragonFly):\d+:\w+\/\S+: Not Found\b/,
    ],
    implicates: [
      {
        facet: 'os',
        key: /^(?:version_id|version)$/,
        weight: 0.85,
        anyDirection: true,
        why: "pkg's repositories are built per OS release: B's release has none, or a newer one's",
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.6, anyDirection: true },
      { facet: 'images', weight: 0.35 },
      { facet: 'mirrors', weight: 0.4, anyDirection: true },
      { facet: 'toolchains', key: /^pkg$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: "the package repository has no packages for B's OS release",
  },
  {
    // The running kernel loads eBPF programs: its verifier, its BTF and its symbols decide, not the machine that
    // compiled them. A kernel release (either way) renames a struct field or a function, adds a BTF kind an old
    // libbpf cannot read, or tightens the verifier; the program and its loader stayed the same.
    id: 'bpf-program-rejected',
    anchors: ['btf', 'co-re', 'insns (limit', 'bpf', 'kprobe', 'fentry'],
    patterns: [
      /libbpf: failed to find valid kernel BTF|Error loading vmlinux BTF|Unsupported BTF_KIND:\d+/,
      /failed to resolve CO-RE relocation\b/,
      // The verifier's closing statistics, printed only with its rejection log.
      /\bprocessed \d+ insns \(limit \d+\)/,
      /\bBPF program is too large\b/,
      /\bbpf(?: Load)? failed: load program: invalid argument|\bbpf: Failed to load program: Invalid argument/i,
      /libbpf: prog '[\w.]+': failed to (?:load|create kprobe '[\w.]+' perf event)\b/,
      /\bfentry [\w.]+ not supported\b/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.85,
        anyDirection: true,
        why: "the running kernel's verifier, BTF and symbols decide which eBPF programs load",
      },
      { facet: 'sysctl', key: /bpf/, weight: 0.45, anyDirection: true },
      {
        // SELinux and lockdown deny bpf() to the loader as a whole: a policy that now enforces is as likely.
        facet: 'security',
        key: /^(?:selinux|apparmor|lockdown)$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => typeof d.b === 'string' && !MAC_OFF.test(d.b),
        why: 'a security policy that now enforces denies bpf() to the loader',
      },
      {
        facet: 'packages',
        key: /^(?:libbpf[\w-]*|bpftool|bcc[\w-]*|bpftrace|linux-tools-[\w.-]+)(?::\w+)?$/,
        weight: 0.55,
        anyDirection: true,
      },
      { facet: 'toolchains', key: /^(?:libbpf|bpftool|bcc|bpftrace)$/, weight: 0.55, anyDirection: true },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the kernel refused to load an eBPF program (verifier, BTF or a missing kernel symbol)',
  },
  {
    // LaTeX names the macro file or font it could not find, never the distribution package that ships it: a
    // slimmer TeX image, or a package left out, is what changed ("! LaTeX Error: File `tgtermes.sty' not found.").
    id: 'tex-file-missing',
    anchors: ['not found', 'not loadable'],
    patterns: [
      /LaTeX Error: File [`'‘][\w.-]+\.(?:sty|cls|def|fd|cfg|clo|ldf|tex|bst|bbx|cbx)['’] not found/,
      /^\s*[\w-]+\.(?:sty|cls) not found\b/,
      /\bnot loadable: Metric \(TFM\) file not found\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: TEX_PACKAGE,
        weight: 0.85,
        when: (d) => d.kind === 'removed',
        why: 'B lacks a TeX package that ships the missing file',
      },
      { facet: 'packages', weight: 0.6, when: (d) => d.kind === 'removed', why: 'B lacks a package that may ship the missing file' },
      { facet: 'images', weight: 0.35, why: 'a rebuilt TeX image can ship fewer packages' },
      { facet: 'env', key: /^(?:TEXINPUTS|TEXMFHOME|TEXMFLOCAL|TEXMFDIST)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'LaTeX could not find a macro package or font file',
  },
  {
    // The loader refuses a library whose LOAD segments an ELF rewriter left misaligned or cut short: patchelf (0.18's
    // --set-rpath), or strip run after it (auditwheel --strip, a Lambda layer's build). The library is
    // there; what rewrote it changed.
    id: 'elf-misaligned-load',
    anchors: ['elf load command'],
    patterns: [ELF_REWRITE_BROKEN],
    implicates: [
      ...(['toolchains', 'packages'] as const).map((facet) => ({
        facet,
        key: /^patchelf(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: 'patchelf rewrites ELF headers, and some releases misalign the LOAD segments',
      })),
      { facet: 'toolchains', key: /^(?:auditwheel|delocate|strip)$/, weight: 0.6, anyDirection: true },
      { facet: 'packages', key: /^(?:binutils|elfutils)(?::\w+)?$/, weight: 0.45, anyDirection: true },
    ],
    tokens: ['soname', 'path'],
    meaning: 'the loader refused a library whose ELF segments a rewriting tool (patchelf, strip) misaligned',
  },
  {
    // Tools that keep configuration under $HOME stop when it is unset (a self-hosted runner's service account,
    // a container started without it): git and Erlang's erlexec say so; .NET's NuGet dies in Path.Combine(null, …),
    // Dart's pub in join(null, ".config").
    id: 'home-unset',
    anchors: ['home not set', 'home must be set', 'parameter name: path1', "parameter 'path1'", 'part 0 was null', 'home directory'],
    patterns: [
      /\$HOME not set\b|\bHOME must be set\b/,
      // Rust's dirs/home crates (deno, cargo tools) and others that ask for it: "Could not get home directory."
      /\b(?:Could not|Couldn't|Unable to|Cannot|Failed to) (?:get|find|determine|locate) (?:the |your |user's )?home directory\b/i,
      /\bParameter name: path1\b|\(Parameter 'path1'\)/,
      /\bjoin\(null, ["']\.[\w-]+["']\): part 0 was null\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^HOME$/,
        weight: 0.92,
        anyDirection: true,
        when: (d) => d.b === undefined || d.b === null || d.b === '',
        why: 'B runs without HOME, where these tools keep their configuration and caches',
      },
      { facet: 'env', key: /^(?:HOME|USER|XDG_CONFIG_HOME|DOTNET_CLI_HOME|NUGET_PACKAGES)$/, weight: 0.55, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a tool found no home directory to keep its configuration in',
  },
  {
    // Node's path functions given undefined: a script joined a path from a variable B does not set
    // (`path.join(process.env.CONDA, 'bin')`, a .env file not loaded). Any variable A set to a path is a suspect.
    id: 'path-argument-undefined',
    anchors: ['must be of type string', 'path must be a string'],
    patterns: [
      /\bThe "[\w.[\]]+" argument must be of type string\. Received (?:type )?undefined\b/,
      /\bPath must be a string\. Received undefined\b/,
    ],
    implicates: [
      {
        facet: 'env',
        weight: 0.6,
        anyDirection: true,
        when: (d) => (d.b === undefined || d.b === null || d.b === '') && typeof d.a === 'string' && /^(?:\/|~|[A-Za-z]:\\)/.test(d.a),
        why: 'A sets this variable to a path and B does not: a script built a path from it and got undefined',
      },
    ],
    tokens: [],
    meaning: 'a script built a file path from a value that was undefined, usually an unset environment variable',
  },
  {
    // The Turkish and Azeri locales map i to İ and I to ı: an ASCII identifier upper- or lower-cased there no longer
    // matches. An English-language log showing those letters (or tr's own complaint) is the tell.
    id: 'locale-case-mapping',
    anchors: ['i\u0307', '\u0131', 'upper to lower', 'lower to upper', 'turkish'],
    patterns: [
      // TİTLE, hdpı: the letter inside an ASCII word of its own case (İstanbul is a word, not the bug).
      /[A-Z]\u0130|\u0130[A-Z]|[a-z]\u0131|\u0131[a-z]|["'`]\s*[\u0130\u0131]\s*["'`]/,
      /\btranslate letters from (?:upper to lower|lower to upper) case\b/i,
      /\bTurkish (?:locale|i\b|dotless)/i,
    ],
    implicates: caseMappingLocale('so ASCII names no longer match'),
    tokens: [],
    meaning: "text was case-converted under a locale where i and I are not each other's case",
  },
  {
    // The same mapping, seen from the name it broke: Gradle builds "debugImplementation" by capitalising a word, and
    // under tr_TR gets "debugİmplementation", so the method the build file calls is not found; a value checked
    // against its own list of allowed values ("'lifecycle' … must be one of …, lifecycle, …") was compared upper-cased.
    // Only a Turkish or Azeri locale on B is implicated: elsewhere these lines mean other things.
    id: 'name-lookup-under-case-mapping',
    anchors: ['could not find method', 'must be one of'],
    patterns: [
      // A camel-case name glued from a lower-case word and one starting with I.
      /\bCould not find method [a-z]\w*[a-z]I[a-z]\w*\(\)/,
      // The value given is on the list it is said not to be on.
      /\bValue '([\w.-]+)' given for [\w.]+ [\w ]*is invalid \(must be one of [^)]*\b\1\b/,
    ],
    implicates: caseMappingLocale('so a name built or compared by changing case no longer matches'),
    tokens: [],
    meaning: 'a name or value was looked up after changing its case, which a Turkish or Azeri locale does differently',
  },
  {
    // The generator's build program (Ninja, make) is not on B: CMake stops before it looks for a compiler, and the
    // "CMAKE_C_COMPILER not set" lines that follow are its consequences.
    id: 'cmake-build-program-missing',
    anchors: ['unable to find a build program', 'ninja on path'],
    patterns: [
      /CMake was unable to find a build program corresponding to "[^"]+"/,
      // The Android Gradle plugin looks for Ninja before it runs CMake at all.
      /\[CXX1416\] Could not find Ninja on PATH\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:ninja|ninja-build|make|gmake|build-essential|mingw32-make)(?::\w+)?$/,
        weight: 0.9,
        why: 'B lacks the build program the CMake generator runs (Ninja, make)',
      },
      {
        facet: 'toolchains',
        key: /^(?:ninja|make|gmake|mingw32-make)$/,
        weight: 0.9,
        why: 'B lacks the build program the CMake generator runs',
      },
      {
        facet: 'env',
        key: /^CMAKE_(?:GENERATOR|MAKE_PROGRAM)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B asks CMake for another generator',
      },
      { facet: 'env', key: /^PATH$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "CMake could not find the generator's build program",
  },
  {
    // CMake enabled C or C++ and found no compiler its generator can drive: B's compiler is missing, or is a release
    // the generator does not know (a Visual Studio the "Visual Studio 17 2022" generator cannot find, so CMake falls
    // back to NMake Makefiles, which has no platform option).
    id: 'cmake-compiler-not-set',
    anchors: ['_compiler not set', 'does not support platform specification'],
    patterns: [
      /\bCMAKE_(?:C|CXX)_COMPILER not set, after EnableLanguage/,
      /\bGenerator NMake Makefiles does not support platform specification/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:msvc|visual_?studio|vs|cl|gcc|g\+\+|cc|c\+\+|clang(?:\+\+)?)$/,
        weight: 0.7,
        anyDirection: true,
        why: "CMake found no compiler its generator can drive: B's compiler is missing or a release the generator does not know",
      },
      { facet: 'packages', key: /^(?:build-essential|gcc|g\+\+|clang|Microsoft\.VisualStudio\.[\w.]+)(?::\w+)?$/, weight: 0.7 },
      {
        facet: 'custom',
        key: /\bvswhere\b/,
        weight: 0.7,
        anyDirection: true,
        why: 'where Visual Studio is installed decides which compiler CMake finds',
      },
      { facet: 'env', key: /^(?:CC|CXX|CMAKE_GENERATOR)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'CMake found no C or C++ compiler for its generator',
  },
  {
    // Bazel caches the compiler's built-in include directories with its toolchain configuration: after the
    // compiler changes under it (an apt upgrade of libgcc-8-dev, a new Xcode), its own headers look undeclared.
    id: 'bazel-undeclared-inclusion',
    anchors: ['undeclared inclusion'],
    patterns: [/\bundeclared inclusion\(s\) in rule\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:(?:lib)?gcc(?:-\d+)?(?:-dev|-base)?|g\+\+(?:-\d+)?|cpp(?:-\d+)?|clang(?:-\d+)?|libclang-common-\d+-dev|libstdc\+\+-\d+-dev)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        why: "B's compiler changed under Bazel's cached toolchain configuration: its built-in headers look undeclared",
      },
      {
        facet: 'toolchains',
        key: /^(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|xcode|cpp)$/,
        weight: 0.8,
        anyDirection: true,
        why: "B's compiler changed under Bazel's cached toolchain configuration: its built-in headers look undeclared",
      },
      { facet: 'os', key: /^(?:version_id|pretty_name)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "Bazel found the compiler's own headers undeclared: the compiler changed under its cached configuration",
  },
  {
    // CMake checks the compiler CC/CXX names before anything else: a runner image that dropped gcc-13 fails here.
    id: 'compiler-not-found',
    anchors: ['compiler set in environment', 'cmake_c_compiler', 'cmake_cxx_compiler', "cannot find compiler 'cl.exe'"],
    patterns: [
      /Could not find compiler set in environment variable C(?:C|XX):/,
      /No CMAKE_C(?:XX)?_COMPILER could be found/,
      /CMAKE_C(?:XX)?_COMPILER not set, after EnableLanguage/,
      // nvcc compiles a .cu file's host side with MSVC's cl.exe, found on PATH: outside a Developer Command Prompt
      // (vcvarsall.bat, VsDevCmd.bat, msvc-dev-cmd in CI) it is not there, however complete the install.
      /\bCannot find compiler 'cl\.exe' in PATH\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:VCToolsInstallDir|VSCMD_VER|VCINSTALLDIR|VSINSTALLDIR|DevEnvDir|VCToolsVersion|WindowsSdkDir|INCLUDE|LIBPATH)$/i,
        weight: 0.85,
        when: (d) => d.kind === 'removed',
        why: "B's shell did not run Visual Studio's environment script (vcvarsall, VsDevCmd), which puts cl.exe on PATH",
      },
      {
        facet: 'env',
        key: /^PATH$/,
        weight: 0.8,
        when: (d) => MSVC_DIR.test(String(d.a ?? '')) && !MSVC_DIR.test(String(d.b ?? '')),
        why: "B's PATH lacks MSVC's tools directory, where cl.exe is",
      },
      {
        facet: 'packages',
        key: /^(?:gcc|g\+\+|clang|cpp|build-essential|gcc-c\+\+|clang\+\+)(?:-[\d.]+)?(?::\w+)?$/,
        weight: 0.85,
        why: 'B lacks the compiler the build names (CC/CXX)',
      },
      { facet: 'env', key: /^(?:CC|CXX)$/, weight: 0.85, anyDirection: true, why: 'B names another compiler in CC/CXX' },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.5 },
      { facet: 'env', key: /^PATH$/, weight: 0.4 },
    ],
    tokens: ['path'],
    meaning: 'the build could not find the C/C++ compiler (CMake its CC/CXX, nvcc its host compiler)',
  },
  {
    // The loader found the library, built for another architecture than the process loading it: an x86-64 Python
    // under Rosetta loading arm64 wheels, a Homebrew keg from an Intel Mac on Apple silicon, a 32-bit JVM.
    id: 'library-wrong-architecture',
    anchors: ['wrong architecture', 'incompatible architecture', 'wrong elf class', 'no matching architecture', 'machine type'],
    patterns: [
      /\bmach-o(?: file)?, but (?:wrong|is an incompatible) architecture\b/,
      // dyld before macOS 11, on a fat binary without the running architecture's slice.
      /\bno matching architecture in universal wrapper\b/,
      /\bincompatible architecture \(have /,
      /wrong ELF class: ELFCLASS(?:32|64)\b/,
      // MSVC's linker: objects for x64 into an x86 link (a 32-bit Python driving a 64-bit toolchain, or the reverse).
      /\bLNK(?:1112|4272): (?:module|library) machine type '\w+' conflicts with target machine type '\w+'/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.8,
        anyDirection: true,
        why: 'B runs on (or emulates) another architecture than the library was built for',
      },
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.8,
        anyDirection: true,
        why: 'B runs on (or emulates) another architecture than the library was built for',
      },
      { facet: 'binfmt', weight: 0.6, anyDirection: true },
      { facet: 'packages', key: /rosetta/i, weight: 0.7, anyDirection: true },
      // A captured look at the file itself (`file x.so`, `lipo -info`) or at the build's target (`go env GOARCH`).
      { facet: 'custom', key: /\bfile\b|lipo|GOARCH|uname -m|arch(?:itecture)?\b/i, weight: 0.85, anyDirection: true },
      {
        facet: 'packages',
        weight: 0.45,
        anyDirection: true,
        why: 'another build of the package ships the library for another architecture',
      },
      { facet: 'images', changedField: 'architecture', weight: 0.8, anyDirection: true },
    ],
    tokens: ['arch', 'path'],
    meaning: 'a library was built for another architecture than the process loading it',
  },
  {
    // A Unix socket path holds 104-108 bytes: a socket under a long TMPDIR (macOS, Nix builds, nested runners) cannot bind.
    id: 'socket-path-too-long',
    anchors: [
      'af_unix path too long',
      'too long for a socket path',
      'socket path',
      'unix socket',
      'unix domain socket',
      'connect to the agent: file name too long',
      'unix_path_max',
      'sun_path',
    ],
    patterns: [
      /AF_UNIX path too long/,
      // C code's own check that the path fits sockaddr_un: "Assertion `res < sizeof (addr.sun_path)' failed".
      /\bAssertion [`'‘].*\bsun_path\b.*['’] failed/,
      /socket path [‘'`"]?\S+[’'"]? is too long|too long for a socket path|unix socket path too long/i,
      // Tarantool's test runner: "unix socket's "/home/…/x.socket-iproto" path has length 108 symbols that is longer than 107".
      /\bunix socket'?s? .* path has length \d+ \w+ that is longer than \d+/i,
      // PMIx and Open MPI: "…results in a path that is too long for the Unix domain socket"; OpenSSH's ControlPath
      // under a long HOME: 'unix_listener: "/Users/…/.ansible/cp/…" too long for Unix domain socket'.
      /path that is too long for the Unix domain socket/i,
      /\bunix_listener: .* too long for Unix domain socket/,
      // gpg reaches its agent through a socket under GNUPGHOME or TMPDIR: "gpg: can't connect to the agent: File name too long".
      /\bcan't connect to the agent: File name too long/,
      // Lima checks its sockets up front: "… must be less than UNIX_PATH_MAX=104 characters, but is 108".
      /\bmust be less than UNIX_PATH_MAX=\d+ characters\b/,
      // sbt's server socket (ipcsocket, Java): "Cannot fit name [/…/sock] in maximum unix domain socket length".
      /\bin maximum unix domain socket length\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:TMPDIR|TMP|TEMP|XDG_RUNTIME_DIR|HOME)$/,
        weight: 0.9,
        anyDirection: true,
        // A directory no longer than A's cannot push a socket path over the limit.
        when: longerOnB,
        why: "B's temporary directory is longer, and sockets under it exceed the 104-108 byte path limit",
      },
      {
        facet: 'env',
        key: WORKSPACE_ENV,
        weight: 0.85,
        anyDirection: true,
        when: longerOnB,
        why: 'B checks out into a longer directory, and sockets under it exceed the 104-108 byte path limit',
      },
      { facet: 'os', key: /^(?:id|family)$/, weight: 0.3, why: 'macOS allows 104 bytes and puts TMPDIR deep under /var/folders' },
    ],
    tokens: ['path'],
    meaning: 'a Unix socket path was longer than the system allows',
  },
  {
    // GNU make 4.4 passes its jobserver as a named fifo under /tmp: sub-makes that cannot open it (another /tmp, old tools) stop.
    id: 'make-jobserver-fifo',
    anchors: ['jobserver'],
    patterns: [/[Cc]annot open jobserver \/\S*GMfifo\S*: No such file or directory/, /--jobserver-auth=fifo:/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:make|gmake|gnumake)$/,
        weight: 0.9,
        anyDirection: true,
        anyStep: true,
        why: 'GNU make 4.4 hands sub-makes a fifo jobserver that older tooling (or another /tmp) cannot open',
      },
      { facet: 'packages', key: /^(?:make|gmake)(?::\w+)?$/, weight: 0.85, anyDirection: true, anyStep: true },
      { facet: 'env', key: /^(?:MAKEFLAGS|MFLAGS|TMPDIR)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "a sub-make could not open make's jobserver",
  },
  {
    // overlayfs (not aufs) cannot keep a directory's identity while tar renames it during extraction.
    id: 'overlay-tar-rename',
    anchors: ['directory renamed before its'],
    // Often wrapped after "its".
    patterns: [/Directory renamed before its(?: status could be extracted|\s*$)/],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:storage_driver|backing_fs)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's storage driver (overlay) breaks tar's directory renames during extraction",
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.35 },
    ],
    tokens: [],
    meaning: "tar lost track of a directory it extracted: the storage driver's renames",
  },
  {
    // HDF5, SQLite and others lock their files with fcntl; NFS without lockd (and some FUSE mounts) refuse.
    id: 'file-locking-unavailable',
    anchors: [
      'no locks available',
      'enolck',
      'unable to lock file',
      'unable to flock file',
      'unable to lock the file',
      'timeout waiting to lock',
      'failed to lock file',
      'filedispatcherimpl.lock0',
    ],
    patterns: [
      /No locks available|\bENOLCK\b/,
      // The JVM's FileChannel.lock failing in its native call (ENOSYS, "Function not implemented", on Lustre without flock).
      /\bFileDispatcherImpl\.lock0\(Native Method\)/,
      // HDF5's own words, through its sec2 driver: "unable to flock file, errno = 524" (ENOTSUPP on Lustre, Cray DVS).
      /unable to f?lock file, errno = \d+/,
      /\bH5F_open\(\): unable to lock the file\b/,
      // Cargo's flock on Lustre and other cluster filesystems, answered with ENOSYS on the next line.
      /\berror: failed to lock file: /,
      // Gradle, whose lock never takes on exFAT or an SMB share: it waits for itself.
      /Timeout waiting to lock .+\. It is currently in use by this Gradle process/,
    ],
    implicates: [
      {
        facet: 'mounts',
        weight: 0.88,
        anyDirection: true,
        // Lustre mounted with flock on B grants the locks: that mount changed in some other way.
        when: (d) => !grantsFileLocks(d.b),
        why: 'the build writes on B to a filesystem without file locks (NFS without lockd, some FUSE mounts)',
      },
      { facet: 'env', key: /^(?:HDF5_USE_FILE_LOCKING|HOME|TMPDIR)$/, weight: 0.7, anyDirection: true },
      // HDF5 1.10 began locking the files it opens: the same filesystem served 1.8 without complaint.
      ...['toolchains', 'packages'].map((facet) => ({
        facet,
        key: /^(?:lib)?hdf5(?:-dev|-devel|-\d[\w.-]*)?$/,
        weight: 0.8,
        when: (d: Difference) => crosses(d, [1, 10]),
        why: 'HDF5 locks the files it opens from 1.10 on, where the filesystem refuses',
      })),
    ],
    tokens: ['path'],
    meaning: 'a file could not be locked on its filesystem',
  },
  {
    // Shares that cannot hold a symlink (WSL's drvfs over 9p, VirtualBox's vboxsf, SMB, FAT) refuse the call:
    // build trees that link their outputs (dune, npm's .bin) fail there and nowhere else.
    id: 'filesystem-without-symlinks',
    anchors: ['symlink', 'symbolic link'],
    patterns: [
      /\bsymlink\(.{1,200}\): Operation not (?:permitted|supported)/,
      /\bEPROTO: protocol error, symlink\b/,
      /\bEPERM: operation not permitted, symlink\b/,
      /ln: failed to create symbolic link .{1,200}: (?:Operation not (?:permitted|supported)|Protocol error|Function not implemented)/,
    ],
    implicates: [
      {
        // A mount of B's whose type is such a share (VMware's vmhgfs, VirtualBox's vboxsf, 9p, SMB, FAT, NTFS).
        facet: 'mounts',
        weight: 0.92,
        anyDirection: true,
        when: (d) => FOREIGN_FILESYSTEM.test(String(d.b ?? '')),
        why: 'B builds on a share that cannot hold symlinks (drvfs/9p, vboxsf, vmhgfs, SMB, FAT)',
      },
      {
        facet: 'mounts',
        weight: 0.88,
        anyDirection: true,
        why: 'B builds on a share that cannot hold symlinks (drvfs/9p, vboxsf, SMB, FAT)',
      },
      { facet: 'git', key: /^core\.symlinks$/, weight: 0.5, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.3 },
    ],
    tokens: ['path'],
    meaning: 'the filesystem refused to create a symlink',
  },
  {
    // OpenBLAS is built for a fixed number of threads and starts one per core: a 192-core host exceeds it.
    id: 'openblas-thread-limit',
    anchors: ['num_threads exceeded', 'too many memory regions'],
    patterns: [/precompiled NUM_THREADS exceeded/, /you tried to allocate too many memory regions/],
    implicates: [
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.9,
        // More cores is the harmful direction here (the `when`s say so), not the usual fewer.
        anyDirection: true,
        // Builds allow 32 to 128 threads: a host with several times the cores is what passes them.
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b >= 4 * d.a,
        why: 'B has many more cores than OpenBLAS was built to start threads for',
      },
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.6,
        anyDirection: true,
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b > d.a,
      },
      { facet: 'env', key: /^(?:OPENBLAS_NUM_THREADS|OMP_NUM_THREADS|GOTO_NUM_THREADS)$/, weight: 0.85, anyDirection: true },
      { facet: 'packages', key: /^(?:libopenblas[\w.-]*|openblas[\w.-]*)(?::\w+)?$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'OpenBLAS started more threads than it was built for',
  },
  {
    // Open MPI refuses to start more ranks than the machine has cores unless told to oversubscribe.
    id: 'mpi-not-enough-slots',
    anchors: ['not enough slots'],
    // A log cut at its width ends the sentence anywhere after the first words ("… in the system to satis").
    patterns: [/There are not enough slots available in the system\b/],
    implicates: [
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.9,
        when: (d) => typeof d.a !== 'number' || typeof d.b !== 'number' || d.b < d.a,
        why: 'B has fewer cores than the MPI ranks the tests start',
      },
      { facet: 'env', key: /^(?:OMPI_MCA_rmaps_base_oversubscribe|OMPI_MCA_\w+|PRTE_MCA_\w+)$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'MPI could not place the requested ranks on this machine',
  },
  {
    // KVM is there, but this user may not open /dev/kvm: its mode or group (root:root 600, a user outside the kvm
    // group), not a missing module or CPU feature.
    id: 'kvm-permission-denied',
    anchors: ['permissions to use kvm', 'kvm kernel module: permission denied'],
    patterns: [/\bdoesn't have permissions to use KVM\b/, /\bCould not access KVM kernel module: Permission denied\b/],
    implicates: [
      {
        facet: 'custom',
        key: /\bkvm\b/,
        weight: 0.92,
        anyDirection: true,
        why: "B's /dev/kvm (its owner, group or mode) keeps this user out",
      },
      { facet: 'security', key: /^groups$/, weight: 0.85, anyDirection: true, why: 'on B the build user is not in the kvm group' },
      { facet: 'security', key: /^(?:uid|gid)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the user may not open /dev/kvm',
  },
  {
    // The Android emulator and other VMs need KVM: a CI machine without nested virtualisation has no vmx/svm.
    id: 'kvm-unavailable',
    anchors: ['kvm', 'hardware acceleration'],
    patterns: [
      /x86(?:_64)? emulation currently requires hardware acceleration/,
      /KVM requires a CPU that supports vmx or svm/,
      /\/dev\/kvm (?:is not found|not found|does not exist)|Could not access KVM kernel module/,
      // Multipass (snapcraft's build VMs) and libvirt: "launch failed: KVM support is not enabled on this machine."
      /\bKVM support is not enabled\b/,
    ],
    implicates: [
      {
        facet: 'cpu',
        key: /^flags$/,
        weight: 0.9,
        why: "B's CPU shows no virtualisation extensions (vmx/svm): no KVM",
      },
      { facet: 'kernel', key: /^modules/, weight: 0.6, anyDirection: true },
      {
        // The module itself, captured loaded on A only: a host without nested virtualisation, or that never loads it.
        facet: 'modules',
        key: /^kvm(?:_intel|_amd)?$/,
        weight: 0.88,
        anyDirection: true,
        when: (d) => d.b === undefined || d.b === null,
        why: 'B has no KVM kernel module loaded',
      },
      // "/dev/kvm", "kvm-ok", "lsmod | grep kvm": a captured check of KVM whose answer differs.
      { facet: 'custom', key: /\bkvm\b/, weight: 0.85, anyDirection: true, why: "B's check of KVM differs" },
      { facet: 'security', key: /^(?:uid|gid)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a virtual machine could not use KVM',
  },
  {
    // JDK 11 removed the Java EE modules (JAXB, JAX-WS, activation, CORBA) that JDK 8 bundled.
    id: 'jdk-removed-modules',
    anchors: ['javax/xml/bind', 'javax.xml.bind', 'javax.activation', 'javax/activation', 'javax.xml.ws', 'javax.annotation.generated'],
    patterns: [
      /(?:NoClassDefFoundError|ClassNotFoundException): javax[./](?:xml[./]bind|activation|xml[./]ws|annotation[./]Generated)\b/,
      /package javax\.(?:xml\.bind|activation|xml\.ws)(?:\.[\w.]+)? does not exist/,
    ],
    implicates: runtime(JAVA, 'JDK 11 no longer ships JAXB, JAX-WS and the other Java EE modules JDK 8 had', [], true),
    tokens: ['version'],
    meaning: 'code needs a Java EE module the JDK no longer bundles',
  },
  {
    // FFmpeg 4 deprecated and FFmpeg 5 removed the old registration and decode/encode calls; FFmpeg 7 removed the
    // channel_layout API 5.1 deprecated. The other way round, FFmpeg before 3.1 has no codecpar (AVCodecParameters).
    id: 'ffmpeg-removed-api',
    anchors: [
      'av_register_all',
      'avcodec_',
      'avfilter_',
      'avpicture',
      'av_free_packet',
      'codec_flag',
      'has no member named',
      'av_get_channel_layout',
      'av_get_default_channel_layout',
      'avcodecparameters',
    ],
    patterns: [
      /[‘'`"](?:av_register_all|avcodec_register_all|avfilter_register_all|avcodec_decode_video2|avcodec_decode_audio4|avcodec_encode_video2|avcodec_encode_audio2|av_free_packet|avpicture_\w+|av_get_channel_layout\w*|av_get_default_channel_layout|AVCodecParameters)[’'"] (?:was not declared|undeclared|is deprecated)|(?:implicit declaration of function|call to undeclared function|use of undeclared identifier) [‘'`"](?:av_register_all|avcodec_register_all|avfilter_register_all|avcodec_decode_video2|avcodec_decode_audio4|av_free_packet|av_get_channel_layout\w*|av_get_default_channel_layout)/,
      /[‘'`"](?:struct )?AV(?:Stream|CodecContext|Packet|Frame)[’'"]?(?: \{aka [^}]*\})?[’'"]? has no member named [‘'`"](?:codec|pkt_pts|refcounted_frames|channel_layout|channels|codecpar)[’'"]|[‘'`"]CODEC_FLAG_\w+[’'"] was not declared/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libavcodec[\w.-]*|libavformat[\w.-]*|libavutil[\w.-]*|libavfilter[\w.-]*|libswscale[\w.-]*|libswresample[\w.-]*|ffmpeg[\w.-]*)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "the code uses FFmpeg's API as another release declares it (FFmpeg 5 and 7 removed calls, before 3.1 codecpar did not exist)",
      },
      { facet: 'toolchains', key: /^ffmpeg$/, weight: 0.85, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.45, why: 'a new OS release ships a new FFmpeg' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'code calls FFmpeg functions a newer FFmpeg removed',
  },
  {
    // FFmpeg and GStreamer are built with or without each codec, filter and element (licences, build options,
    // plugin packages): "No such filter: 'drawtext'" says B's build lacks one that A's had.
    id: 'media-plugin-missing',
    anchors: ['no such filter', 'unknown encoder', 'unknown decoder', 'erroneous pipeline', 'gstreamer plugin', 'element factory'],
    patterns: [
      /\bNo such filter: '[\w-]+'/,
      /\bUnknown (?:encoder|decoder) '[\w-]+'/,
      /\berroneous pipeline: no element "[\w-]+"/,
      /\bMissing (?:required |the )?gstreamer plugin\b/i,
      /\bFailed to find element factory with name '[\w-]+'/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:gstreamer[\w.-]*-(?:plugins?|libav)[\w.-]*|gst-plugins?[\w.-]*|gst-libav[\w.-]*|gir1\.2-gst[\w.-]*)(?::\w+)?$/,
        weight: 0.88,
        anyDirection: true,
        why: 'the element comes from a GStreamer plugin package, which B lacks or ships another build of',
      },
      {
        facet: 'packages',
        key: /^(?:ffmpeg[\w.-]*|libav(?:codec|filter|format|device)[\w.-]*|gstreamer[\w.-]*|libgstreamer[\w.-]*)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's media framework was built with another set of codecs, filters or elements",
      },
      {
        facet: 'toolchains',
        key: /^(?:ffmpeg|gst-launch-1\.0|gstreamer)$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's media framework was built with another set of codecs, filters or elements",
      },
      { facet: 'env', key: /^GST_PLUGIN_(?:PATH|SYSTEM_PATH)(?:_1_0)?$|^GST_REGISTRY/, weight: 0.8, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.3 },
      { facet: 'images', weight: 0.4 },
    ],
    tokens: [],
    meaning: 'the media framework lacks a codec, filter or element the job asks for',
  },
  {
    // MySQL 8.0 dropped the my_bool type and MYSQL_SECURE_AUTH, 8.3 mysql_ssl_set: code written for 5.7's client
    // library (or MariaDB's, which kept them) meets 8's headers.
    id: 'mysql-client-removed-api',
    anchors: ['my_bool', 'mysql_secure_auth', 'mysql_ssl_set', 'mysql_opt_ssl_verify_server_cert'],
    patterns: [
      /(?:unknown type name|use of undeclared identifier|undeclared identifier) [‘'`"]my_bool[’'"]|[‘'`"]my_bool[’'"] (?:was not declared|does not name a type|undeclared)/,
      /[‘'`"](?:MYSQL_SECURE_AUTH|MYSQL_OPT_SSL_VERIFY_SERVER_CERT)[’'"] (?:undeclared|was not declared)|use of undeclared identifier [‘'`"](?:MYSQL_SECURE_AUTH|MYSQL_OPT_SSL_VERIFY_SERVER_CERT)[’'"]/,
      /(?:implicit declaration of function|call to undeclared function) [‘'`"]mysql_ssl_set[’'"]|[‘'`"]mysql_ssl_set[’'"] was not declared/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:lib)?(?:mysqlclient[\w.-]*|mysql-client[\w.-]*|mysql(?:-community)?-(?:devel|common|libs)|mysql|mysql@[\d.]+|default-libmysqlclient-dev|libmariadb[\w.-]*|mariadb-(?:devel|connector-c|client)[\w.-]*|mariadb)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: 'the code was written for another MySQL client library: 8.0 removed my_bool and MYSQL_SECURE_AUTH, 8.3 mysql_ssl_set',
      },
      { facet: 'libraries', key: /^libmysqlclient\.so/, weight: 0.85, anyDirection: true },
      { facet: 'toolchains', key: /^(?:mysql|mysql_config|mariadb_config)$/, weight: 0.8, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.45, why: 'a new OS release ships MySQL 8 client headers' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'code uses MySQL client API that MySQL 8 removed',
  },
  {
    // The linker names the library it cannot find: a -dev/-devel package B lacks, not a stricter compiler.
    id: 'linker-lib-missing',
    anchors: ['cannot find -l', 'library not found for -l', "ld: library '", 'missing c librar'],
    patterns: [
      /\bld(?:\.\w+)?: cannot find -l[\w+.-]+/,
      /\bld: library not found for -l[\w+.-]+/,
      /\bld: library '[\w+.-]+' not found/,
      // Cabal's check of a package's foreign libraries.
      /\bMissing C librar(?:y|ies): [\w+.-]+/,
    ],
    implicates: [
      {
        facet: 'packages',
        // -static: Alpine's and Fedora's archives for a static link.
        key: /^(?:lib[\w.+-]*-(?:dev|devel|static)|[\w.+-]+-(?:dev|devel|static)|lib[\w.+-]+)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
        // The linker reads the -dev package's unversioned link; a runtime library B only upgraded keeps it.
        when: (d) => d.kind !== 'changed' || DEV_PACKAGE.test(d.key),
        why: 'B lacks the development package of a library the build links against',
      },
      { facet: 'libraries', weight: 0.6, why: 'the library the linker needs moved or is gone' },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.35, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.35, why: 'a new OS release splits or drops development packages' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['soname', 'path'],
    meaning: 'the linker could not find a library to link against',
  },
  {
    // aclocal copies each macro configure.ac calls from the .m4 files it finds: a macro whose file B lacks (pkg.m4 of
    // pkg-config, gtk-doc.m4, autoconf-archive's ax_*.m4) or keeps where B's aclocal does not look stays unexpanded,
    // and the shell runs its name as a command.
    id: 'autoconf-macro-unexpanded',
    anchors: [
      'command not found',
      'configure: line',
      'possibly undefined macro',
      'am_conditional',
      'not found in library',
      '.m4',
      'xorg-macros',
    ],
    patterns: [
      /configure: line \d+: [A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+: command not found/,
      // …or as the shell echoes the line it could not parse: "./configure: line 12047: `PKG_CHECK_MODULES(X, y, , )'".
      /configure: line \d+: `\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\(/,
      // aclocal naming the macro file an m4_include asks for, and xorg's util-macros guard.
      /\baclocal(?:-[\d.]+)?: error: .*\bfile [`'‘][\w.-]+\.m4['’] does not exist/,
      /\bmust install xorg-macros [\d.]+ or later before running autoconf/,
      /error: possibly undefined macro: [A-Z]\w+/,
      /\b[A-Z][A-Z0-9_]+ does not appear in AM_CONDITIONAL/,
      /\bmacro [`'‘]?[A-Z]\w+['’]? not found in library/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /aclocal|\.m4\b|autoconf/i,
        weight: 0.85,
        anyDirection: true,
        why: "B's aclocal searches other directories for macros",
      },
      {
        facet: 'env',
        key: /^(?:ACLOCAL_PATH|ACLOCAL_FLAGS|ACLOCAL)$/,
        weight: 0.8,
        anyDirection: true,
        why: "B's aclocal searches other directories for macros",
      },
      {
        facet: 'packages',
        weight: 0.6,
        anyDirection: true,
        when: (d) => d.kind === 'removed',
        why: 'B lacks a package whose .m4 file defines a macro the build calls',
      },
      // pkg.m4, which PKG_CHECK_MODULES comes from, is the macro file builds lose most often.
      {
        facet: 'packages',
        key: /^(?:pkg-config|pkgconf|pkgconfig|pkg-config-bin)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        when: (d) => d.kind === 'removed',
        why: 'B lacks pkg-config, whose pkg.m4 defines PKG_CHECK_MODULES',
      },
      { facet: 'toolchains', key: /^(?:autoconf|automake|aclocal|libtool|pkg-config|pkgconf)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'an autoconf macro stayed unexpanded: aclocal did not find the file that defines it',
  },
  {
    // The helper scripts autotools copy into a tree (config.guess, install-sh, compile) are asked for by name: autoconf
    // 2.70 looks for them itself and stops, automake 1.14 wants `compile` with subdir-objects. Another autoconf or
    // automake release asks for files the tree (or its autoreconf run) did not provide.
    id: 'autotools-aux-file-missing',
    anchors: ['required auxiliary files', 'required file'],
    patterns: [
      /configure: error: cannot find required auxiliary files?:/,
      /error: required file [`'‘]\.\/(?:compile|config\.guess|config\.sub|install-sh|missing|depcomp|ltmain\.sh|ar-lib|test-driver)['’] not found/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:autoconf|automake|libtool|sys-devel\/autoconf|sys-devel\/automake)(?:[\d.-]*)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'another autoconf or automake release asks for helper scripts the tree does not have',
      },
      { facet: 'toolchains', key: /^(?:autoconf|automake|autoreconf|libtool)$/, weight: 0.85, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.35 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'autoconf or automake asked for a helper script the source tree does not have',
  },
  {
    // A project's own copy of config.guess and config.sub predates the machine: they know the CPUs and C libraries
    // that existed when they were written (aarch64 from 2012, riscv64 2018, loongarch64 2021, musl 2014).
    id: 'system-type-unknown',
    anchors: ['guess system type', 'guess build type', 'failed to recognize', 'not recognized'],
    patterns: [
      /config\.guess: unable to guess system type/,
      /cannot guess build type; you must specify one/,
      /has failed to recognize(?:\s+the)?(?:\s+operating)?(?:\s+system|\s*$)/,
      /Invalid configuration [`'‘][\w.-]+['’]: (?:machine|system) [`'‘][\w.-]+['’] not recognized/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's machine is one the build's old config.guess does not know",
      },
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's machine is one the build's old config.guess does not know",
      },
      {
        facet: 'libc',
        key: /^family$/,
        weight: 0.7,
        anyDirection: true,
        why: "B's C library is one the build's old config.sub does not know",
      },
      { facet: 'os', key: /^id$/, weight: 0.5, anyDirection: true },
      { facet: 'toolchains', key: /^(?:autoconf|automake|libtool)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: "the build's config.guess or config.sub does not know this machine",
  },
  {
    // The compiler lowers atomics it cannot inline to calls into libatomic: sub-word atomics on RISC-V, 8-byte ones on
    // 32-bit ARM, MIPS and i686. A build that links without -latomic fails on such a machine, or when the compiler's
    // release moved libatomic to a path the link no longer searches.
    id: 'atomic-library-needed',
    anchors: ['__atomic_', '__sync_'],
    patterns: [/undefined (?:reference to|symbol) [`'‘"]?__(?:atomic|sync)_\w+/],
    implicates: [
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.92,
        when: (d) => typeof d.b === 'string' && ATOMICS_NEED_LIBRARY.test(d.b),
        why: "B's processor has no native instruction for some atomic operations: the compiler calls libatomic for them",
      },
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.92,
        when: (d) => typeof d.b === 'string' && ATOMICS_NEED_LIBRARY.test(d.b),
        why: "B's processor has no native instruction for some atomic operations: the compiler calls libatomic for them",
      },
      {
        facet: 'packages',
        key: /^(?:libatomic\d*|gcc(?:-\d+)?|libgcc[\w-]*|gcc-libs)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
        anyStep: true,
        why: 'the package that ships libatomic changed on B',
      },
      {
        facet: 'toolchains',
        key: C_COMPILERS,
        weight: 0.6,
        anyDirection: true,
        why: 'another compiler release puts libatomic elsewhere or inlines fewer atomics',
      },
      { facet: 'env', key: /^(?:LDFLAGS|LIBS|CFLAGS|CC)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the link needs libatomic for atomic operations the processor cannot do inline',
  },
  {
    // A package conflict: a base image that now ships a variant (curl-minimal) of what the build installs (curl).
    id: 'package-conflict',
    anchors: ['conflicts with', 'conflicting', 'problem with installed package', 'allowerasing'],
    patterns: [
      /package \S+ (?:from \S+ )?conflicts with \S+ provided by \S+/,
      /Problem: problem with installed package \S+/,
      /try to add '--allowerasing' to command line to replace conflicting packages/,
    ],
    implicates: [
      {
        facet: 'packages',
        weight: 0.7,
        anyDirection: true,
        why: 'B has a package installed that conflicts with one the build installs',
      },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4, why: 'a new release ships other default packages' },
      { facet: 'images', weight: 0.4, why: 'a rebuilt base image ships other default packages' },
    ],
    tokens: ['package'],
    meaning: 'the package manager refused conflicting packages',
  },
  {
    // dpkg learned zstd members in 1.21.18 (Debian 12), rpm zstd payloads in 4.14: older ones cannot read newer packages.
    id: 'package-format-unsupported',
    anchors: ['unknown compression for member', 'payloadiszstd'],
    patterns: [/uses unknown compression for member '[^']+'/, /rpmlib\(PayloadIsZstd\)/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:dpkg|rpm|rpm-libs)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        // dpkg 1.21.18 and rpm 4.14 added it: the step's size says nothing.
        anyStep: true,
        why: "B's package tool predates the compression the package was built with (zstd)",
      },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.5, why: 'an older OS release ships an older dpkg/rpm' },
      { facet: 'images', weight: 0.35 },
    ],
    // The package the log names is the one being installed, not the tool that cannot read it.
    tokens: [],
    meaning: 'the package manager could not read the package format',
  },
  {
    // Ubuntu 24.04 images ship a user "ubuntu" with uid/gid 1000: Dockerfiles that create their own uid 1000 fail.
    id: 'uid-already-taken',
    anchors: ['is not unique', 'already exists', 'already in use'],
    patterns: [
      /useradd: UID \d+ is not unique/,
      /groupadd: GID '?\d+'? already exists/,
      /add(?:user|group): The [UG]ID `?\d+'? is already in use/,
    ],
    implicates: [
      {
        facet: 'os',
        key: /^(?:version_id|version|pretty_name)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'the new base release ships a default user with that uid (Ubuntu 24.04: ubuntu, 1000)',
      },
      { facet: 'images', weight: 0.6, why: 'the rebuilt base image already has a user with that uid' },
      { facet: 'security', key: /^(?:uid|gid)$/, weight: 0.5, anyDirection: true },
      { facet: 'env', key: /^(?:UID|GID|USER_UID|USER_GID|PUID|PGID)$/, weight: 0.5, anyDirection: true },
      // What a user captures to see who holds the id: the passwd and group databases.
      {
        facet: 'custom',
        key: /\bgetent\b|\/etc\/(?:passwd|group)\b|\bid\s+-?\w*\s*\d+/,
        weight: 0.88,
        anyDirection: true,
        why: 'on B the passwd or group database already holds that id',
      },
    ],
    tokens: [],
    meaning: 'a user or group id the build creates is already taken in the image',
  },
  {
    // debhelper drops old compat levels as it moves on (13.x refuses below 7).
    id: 'debhelper-compat',
    anchors: ['compatibility level'],
    patterns: [/Compatibility levels? before \d+ (?:are|is) no longer supported/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:debhelper|dh-\w+)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        anyStep: true,
        why: "B's debhelper no longer supports the compat level the package declares",
      },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.45, why: 'a new Debian/Ubuntu release ships a newer debhelper' },
    ],
    tokens: [],
    meaning: 'debhelper refused an old compatibility level',
  },
  {
    // OpenSSL 3 refuses servers without secure renegotiation (RFC 5746) that OpenSSL 1.1 tolerated.
    id: 'tls-legacy-renegotiation',
    anchors: ['legacy renegotiation'],
    patterns: [/unsafe legacy renegotiation disabled|UNSAFE_LEGACY_RENEGOTIATION_DISABLED/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:openssl|libssl3|libssl[\w.]*|openssl-libs)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's OpenSSL 3 refuses servers that lack secure renegotiation",
      },
      { facet: 'env', key: /^OPENSSL_CONF$/, weight: 0.8, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^(?:python3?|node|ruby|php)$/,
        weight: 0.45,
        anyDirection: true,
        why: 'a runtime that bundles or links another OpenSSL',
      },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.4 },
    ],
    tokens: ['host'],
    meaning: 'OpenSSL 3 refused a server that lacks secure renegotiation',
  },
  {
    // -m64, -msse*, -mavx* are x86 options: gcc for ARM (an arm64 image on Apple Silicon) does not know them.
    id: 'foreign-arch-compiler-flag',
    anchors: ['unrecognized command-line option', 'unrecognized command line option'],
    patterns: [/unrecognized command[- ]line option [‘'`"]-m(?:64|32|sse[\w.]*|avx\w*|fma|popcnt|bmi\d?|arch=\S+?)[’'"]/],
    implicates: [
      {
        facet: 'cpu',
        key: /^arch$/,
        weight: 0.88,
        anyDirection: true,
        why: 'B builds on another CPU architecture, whose compiler has no x86 options',
      },
      { facet: 'kernel', key: /^machine$/, weight: 0.88, anyDirection: true },
      {
        facet: 'images',
        changedField: 'architecture',
        weight: 0.88,
        anyDirection: true,
        why: 'the image is now built for another architecture',
      },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: ['arch'],
    meaning: 'the compiler does not know an option of another CPU architecture',
  },
  {
    // Python 3.11 moved internal headers (longintrepr.h) and changed frame internals: old generated C (Cython < 0.29.24) breaks.
    id: 'python-c-api-changed',
    anchors: ['longintrepr.h', 'pyframeobject', 'struct _frame', 'py', 'has no member named'],
    patterns: [
      /[‘'`"]?longintrepr\.h[’'"]?(?:: No such file or directory| file not found)/,
      /[‘'`"](?:PyFrameObject|struct _frame)[’'"](?: \{aka [^}]*\})? has no member named/,
      // Python 3.12's integers ("‘PyLongObject’ … has no member named ‘ob_digit’") and any other Py* struct.
      /error: [‘'`"](?:struct )?_?Py[A-Z]\w*[’'"](?: \{aka [^}]*\})? has no member named/,
      // A C-API function or macro Python removed (3.13: PySys_AddWarnOption, _PyErr_WriteUnraisableMsg) or not yet has.
      /error: (?:implicit declaration of function|call to undeclared function|use of undeclared identifier) [‘'`"]_?Py[A-Z]\w*[’'"]/,
      /error: [‘'`"]_?Py[A-Z]\w*[’'"] (?:undeclared|was not declared in this scope)/,
    ],
    implicates: runtime(PYTHON, "another Python's C API: generated extension code (old Cython) no longer compiles", [], true),
    tokens: ['version'],
    meaning: "an extension module's C code does not compile against this Python",
  },
  {
    // nvcc drops old GPU generations (CUDA 11: sm_30, CUDA 12: sm_35): the build asks for one this toolkit lacks.
    id: 'cuda-arch-unsupported',
    anchors: ['unsupported gpu architecture'],
    patterns: [/nvcc fatal\s*: Unsupported gpu architecture '(?:compute|sm)_\d+'/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:cuda(?:-[\w.]+)?|nvidia-cuda-toolkit|cuda-toolkit[\w.-]*|cuda-nvcc[\w.-]*|cuda-compiler[\w.-]*)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: 'another CUDA toolkit: newer nvcc no longer compiles for old GPU generations (CUDA 12 dropped sm_35)',
      },
      { facet: 'toolchains', key: /^(?:nvcc|cuda)$/, weight: 0.9, anyDirection: true },
      {
        facet: 'env',
        key: /^(?:CUDA_HOME|CUDA_PATH|CUDA_VERSION|CUDAARCHS|TORCH_CUDA_ARCH_LIST|CMAKE_CUDA_ARCHITECTURES)$/,
        weight: 0.7,
        anyDirection: true,
      },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: 'the CUDA compiler does not support the GPU architecture the build targets',
  },
  {
    // TensorFlow and XLA check the cuDNN they load against the one they were built with: a rebuilt image or a
    // pinned framework with another libcudnn stops at the first convolution.
    id: 'cudnn-version-mismatch',
    anchors: ['loaded runtime cudnn library'],
    patterns: [/Loaded runtime CuDNN library: [\d.]+.{0,60} but source was compiled with:? [\d.]+/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libcudnn\d*(?:-dev)?|nvidia-cudnn[\w.-]*|cudnn[\w.-]*)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        why: 'B loads another cuDNN than the framework was built against',
      },
      { facet: 'env', key: /^CUDNN_VERSION$/, weight: 0.88, anyDirection: true, why: "B's image ships another cuDNN" },
      { facet: 'packages', key: /^(?:tensorflow[\w-]*|jax|jaxlib|torch)(?::\w+)?$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the cuDNN the program loads is not the one it was built with',
  },
  {
    // A CUDA binary carries machine code for some GPU generations and PTX the driver compiles for the rest: "no
    // kernel image" is a GPU it was not built for, or PTX from a newer toolkit than the driver can compile.
    id: 'cuda-no-kernel-image',
    anchors: ['no kernel image is available'],
    patterns: [/no kernel image is available for execution on the device/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:nvcc|cuda|ptxas)$/,
        weight: 0.85,
        anyDirection: true,
        why: "another CUDA toolkit emits PTX B's driver cannot compile",
      },
      {
        facet: 'packages',
        key: /^(?:cuda(?:-[\w.]+)?|nvidia-cuda-toolkit|cuda-toolkit[\w.-]*|cuda-nvcc[\w.-]*|cuda-compiler[\w.-]*)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "another CUDA toolkit emits PTX B's driver cannot compile",
      },
      // A captured GPU listing (nvidia-smi -L): another GPU generation than the binary was compiled for.
      {
        facet: 'custom',
        key: /\bnvidia-smi\b/,
        weight: 0.85,
        anyDirection: true,
        why: 'B has another GPU, one the binary was not compiled for',
      },
      {
        facet: 'env',
        key: /^(?:TORCH_CUDA_ARCH_LIST|CUDAARCHS|CMAKE_CUDA_ARCHITECTURES|CUDA_HOME|CUDA_PATH|CUDA_VERSION)$/,
        weight: 0.7,
        anyDirection: true,
      },
      {
        facet: 'packages',
        key: /^(?:nvidia-driver[\w.-]*|libnvidia-compute[\w.-]*|cuda-drivers[\w.-]*)(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
      },
      { facet: 'libraries', key: /^libcuda\.so/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the CUDA binary has no code this GPU and driver can run',
  },
  {
    // The CUDA runtime a program was built with needs at least a matching kernel driver.
    id: 'cuda-driver-too-old',
    anchors: ['driver version is insufficient', 'driver on your system is too old', 'insufficientdriver'],
    patterns: [
      /CUDA driver version is insufficient for CUDA runtime version/,
      /The NVIDIA driver on your system is too old \(found version \d+\)/,
      /\bcudaErrorInsufficientDriver\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        // nvidia-driver-535, and Ubuntu's older nvidia-375 naming.
        key: /^(?:nvidia-(?!settings|prime|modprobe|persistenced|container|docker|xconfig)[\w.-]*|libnvidia-[\w.-]*|cuda-drivers[\w.-]*|kmod-nvidia[\w.-]*|xorg-x11-drv-nvidia[\w.-]*)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's NVIDIA driver is older than the CUDA runtime the program was built with",
      },
      {
        facet: 'packages',
        key: /^(?:cuda(?:-[\w.]+)?|cuda-runtime[\w.-]*|cuda-cudart[\w.-]*|torch|pytorch|tensorflow[\w-]*)(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.2 },
    ],
    tokens: [],
    meaning: 'the NVIDIA driver is too old for the CUDA runtime',
  },
  {
    // CUDA error 46: every GPU refused a context. A GPU in an exclusive compute mode takes one process only,
    // so a second worker or test process finds them all "busy"; so does a device the container cannot reach.
    id: 'cuda-devices-unavailable',
    anchors: ['busy or unavailable', 'devicesunavailable'],
    patterns: [/\ball CUDA-capable devices are busy or unavailable\b/i, /\bcudaErrorDevicesUnavailable\b/],
    implicates: [
      {
        facet: 'custom',
        key: /compute[-_ ]?mode|nvidia-smi -q\b/i,
        weight: 0.9,
        anyDirection: true,
        anyStep: true,
        why: 'a GPU in an exclusive compute mode admits one process: the next one finds every device busy',
      },
      { facet: 'env', key: /^(?:CUDA_VISIBLE_DEVICES|NVIDIA_VISIBLE_DEVICES|CUDA_DEVICE_ORDER)$/, weight: 0.75, anyDirection: true },
      { facet: 'docker', key: /^(?:default_runtime|runtimes)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'no GPU accepted a CUDA context: busy in an exclusive compute mode, or not visible',
  },
  {
    // ChromeDriver works with one Chrome major: a runner image that updates Chrome breaks a pinned driver.
    id: 'chromedriver-version-mismatch',
    anchors: ['chromedriver only supports', 'current browser version'],
    // The driver's message is often wrapped after "supports".
    patterns: [
      /This version of ChromeDriver only supports(?: Chrome version \d+|\s*$)/,
      /Current browser version is [\d.]+ with binary path/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:google-chrome[\w-]*|chromium[\w-]*|chromium-browser)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's Chrome is another major version than the ChromeDriver the tests pin",
      },
      { facet: 'toolchains', key: /^(?:chrome|google-chrome|chromium|chromedriver)$/, weight: 0.92, anyDirection: true },
      { facet: 'env', key: /^(?:CHROMEWEBDRIVER|CHROME_BIN|CHROMEDRIVER_PATH)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'ChromeDriver does not support the installed Chrome version',
  },
  {
    // GUI toolkits (Qt, GTK, X11 clients) need an X server: $DISPLAY unset, wrong, or no Xvfb behind it.
    id: 'no-x-display',
    anchors: ['display', 'video device', 'headlessexception'],
    patterns: [
      /QXcbConnection: Could not connect to display|qt\.qpa\.xcb: could not connect to display/,
      /\b(?:cannot|can't|unable to) open display\b/i,
      /Missing X server or \$DISPLAY|no DISPLAY environment variable specified/,
      // AWT: "No X11 DISPLAY variable was set, but this program performed an operation which requires it."
      /No X11 DISPLAY variable was set/,
      // Its exception, printed alone when the message is empty or cut off.
      /java\.awt\.HeadlessException\b/,
      // SDL (games, emulators, node-sdl) finds no video driver without an X server.
      /SDL_Init\(\w*\) error: No available video device|No available video device/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:DISPLAY|QT_QPA_PLATFORM|WAYLAND_DISPLAY|XAUTHORITY)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'B points GUI programs at another X display, or none',
      },
      { facet: 'packages', key: /^(?:xvfb|xserver-xvfb|xorg-x11-server-xvfb|xauth)(?::\w+)?$/i, weight: 0.7, anyDirection: true },
      // A Qt program built without a headless backend needs a display (distribution wkhtmltopdf, phantomjs).
      { facet: 'packages', key: /^(?:wkhtmltopdf|phantomjs)(?::\w+)?$/, weight: 0.55, anyDirection: true },
      { facet: 'packages', key: /^(?:libqt\w*|qt\w*)(?::\w+)?$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a program could not connect to an X display',
  },
  {
    // Mesa's DRI drivers (swrast for software rendering) live in their own package.
    id: 'gl-driver-missing',
    anchors: ['libgl error', 'mesa-loader', 'fbconfigs'],
    patterns: [
      /libGL error: (?:failed to load driver: \w+|unable to load driver: \w+_dri\.so)/,
      /MESA-LOADER: failed to open \w+/,
      /libGL error: No matching fbConfigs or visuals found/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libgl1-mesa-dri|mesa-dri-drivers|mesa-dri-gallium|libgl1-mesa-glx|libgl1|libglx-mesa0|libglx0|mesa-libGL|mesa-libgl|libegl1|libegl-mesa0|libgbm1|mesa|libosmesa6)(?::\w+)?$/,
        weight: 0.88,
        anyDirection: true,
        why: 'B lacks the Mesa OpenGL driver (swrast) the program renders with',
      },
      {
        facet: 'env',
        key: /^(?:LIBGL_ALWAYS_SOFTWARE|LIBGL_DRIVERS_PATH|MESA_LOADER_DRIVER_OVERRIDE|DISPLAY)$/,
        weight: 0.6,
        anyDirection: true,
      },
    ],
    tokens: [],
    meaning: 'OpenGL could not load a driver',
  },
  {
    // Distributions ship a policy.xml that denies PDF/PS coders (Ghostscript's CVEs): a security update can add the ban.
    id: 'imagemagick-policy',
    anchors: ['security policy', 'not authorized'],
    patterns: [/not allowed by the security policy [`'‘"]\w+/, /\bnot authorized [`'‘]\S+[`'’] @ error\/constitute\.c\//],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:imagemagick[\w.-]*|libmagickcore[\w.-]*|libmagickwand[\w.-]*|ImageMagick[\w.-]*|graphicsmagick[\w.-]*|php[\d.]*-imagick)(?::\w+)?$/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's ImageMagick policy (policy.xml, changed by a package update) forbids this format",
      },
      // Ghostscript renders PS/PDF for ImageMagick; its own updates are what the policy bans answer.
      { facet: 'packages', key: /^(?:ghostscript|libgs\d*)(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.35 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: "ImageMagick's security policy forbade an operation",
  },
  {
    // Elasticsearch stops placing shards once the disk is 85 % full: a small runner disk, not the test.
    id: 'disk-watermark',
    anchors: ['disk watermark'],
    patterns: [/\b(?:low|high|flood[ -]stage) disk watermark \[[^\]]+\] exceeded/i],
    implicates: [
      {
        facet: 'resources',
        key: /^disk_(?:free|avail)/,
        weight: 0.9,
        why: 'B has less free disk, so Elasticsearch stops allocating shards past its disk watermark',
      },
      { facet: 'docker', key: /^(?:storage_driver|backing_fs|data_root|docker_root_dir)$/, weight: 0.35 },
    ],
    tokens: ['path'],
    meaning: 'a service stopped writing because the disk passed its watermark',
  },
  {
    // Yarn 2+ turns on --immutable when it sees CI=true: a lockfile that would change fails the install.
    id: 'yarn-immutable-install',
    anchors: ['yn0028', 'explicitly forbidden'],
    patterns: [/The lockfile would have been (?:modified|created) by this install, which is explicitly forbidden/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:CI|YARN_ENABLE_IMMUTABLE_INSTALLS|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'Yarn installs with --immutable when CI is set on B',
      },
      { facet: 'toolchains', key: /^(?:yarn|corepack|node)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Yarn refused to change the lockfile during an immutable install',
  },
  {
    // Without git-lfs the checkout holds pointer files ("version https://git-lfs…") where data should be.
    id: 'git-lfs-pointer',
    anchors: ['git-lfs', 'invalid load key', 'unknown-unsupported file format', 'treating as linker script'],
    patterns: [
      /version https:\/\/git-lfs\.github\.com\/spec\/v1/,
      // GNU ld reads a text file where a static library should be as a linker script, and trips on its first line.
      /\.a: file format not recognized; treating as linker script/,
      // Apple's ld prints the first bytes of a file it cannot read: "version https" is a pointer's first line.
      /unknown-unsupported file format \( ?0x76 0x65 0x72 0x73 0x69 0x6F 0x6E 0x20 0x68 0x74 0x74 0x70/i,
      /invalid load key, 'v'/,
      /git-lfs filter-process: git-lfs: (?:command )?not found|This repository is configured for Git LFS but 'git-lfs' was not found/,
    ],
    implicates: [
      ...['packages', 'toolchains'].map((facet) => ({
        facet,
        key: /^git-lfs(?::\w+)?$/,
        weight: 0.92,
        when: (d: Difference) => d.kind === 'removed',
        why: 'B has no git-lfs: large files were checked out as pointer files',
      })),
      // Another release of git-lfs still smudges: a pointer left behind is the checkout's doing.
      { facet: 'toolchains', key: /^git-lfs$/, weight: 0.45 },
      { facet: 'packages', key: /^git-lfs(?::\w+)?$/, weight: 0.45 },
      // A captured `git lfs ls-files` or `git lfs env`: "-" where "*" was, a pointer where the content was.
      { facet: 'custom', key: /\blfs\b/i, weight: 0.9, anyDirection: true, why: "B's checkout holds pointers where A's held the files" },
      { facet: 'env', key: /^(?:GIT_LFS_SKIP_SMUDGE)$/, weight: 0.8, anyDirection: true },
      // `git lfs install` writes the filters into git's configuration; without them checkouts keep the pointers.
      { facet: 'git', key: /^filter\.lfs\./, weight: 0.88, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a file was read as data but is a Git LFS pointer',
  },
  {
    // npm publish/install against a registry needs a token: CI for forks and mis-scoped secrets leave it empty.
    id: 'registry-auth-missing',
    anchors: ['eneedauth', 'need auth'],
    patterns: [
      /npm (?:ERR!|error) code ENEEDAUTH/,
      /npm (?:ERR!|error) need auth (?:This command requires you to be logged in|auth required for publishing)/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH|NPM_CONFIG__AUTHTOKEN|NPM_CONFIG_USERCONFIG|YARN_NPM_AUTH_TOKEN)$/i,
        weight: 0.9,
        anyDirection: true,
        why: 'B has no (or an empty) registry token',
      },
      { facet: 'env', key: /^HOME$/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'the package registry wanted credentials the build did not have',
  },
  {
    // Gradle extracts its native library under GRADLE_USER_HOME: a user who cannot write there (arbitrary uid) fails first.
    id: 'gradle-native-services',
    anchors: ['native services', 'libnative-platform'],
    patterns: [/Could not initialize native services/, /Failed to load native library 'libnative-platform\.so'/],
    implicates: [
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.8,
        anyDirection: true,
        why: "B runs Gradle as a user who cannot write Gradle's home (~/.gradle)",
      },
      { facet: 'env', key: /^(?:GRADLE_USER_HOME|HOME)$/, weight: 0.85, anyDirection: true },
      { facet: 'mounts', key: /^\/(?:tmp|home)?\b/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'Gradle could not load its native library',
  },
  {
    // OpenSSH 7.8 writes keys in its own format; paramiko before 2.7 reads only PEM.
    id: 'ssh-key-format',
    anchors: ['private key file'],
    patterns: [/not a valid (?:RSA|DSA|EC|OPENSSH) private key file/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:openssh-client|openssh-clients|openssh|ssh)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's ssh-keygen writes keys in the OpenSSH format, which older paramiko cannot read",
      },
      { facet: 'toolchains', key: /^(?:ssh|ssh-keygen|openssh)$/, weight: 0.85, anyDirection: true },
      { facet: 'packages', key: /^(?:python\d?-paramiko|paramiko|python\d?-cryptography)(?::\w+)?$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'an SSH library could not read the private key',
  },
  {
    id: 'ipv6-unreachable',
    anchors: [
      "can't connect to localhost",
      'address family',
      'eafnosupport',
      'econnrefused',
      'enetunreach',
      'ehostunreach',
      'eaddrnotavail',
      'connect etimedout',
      'dial tcp [',
      'connect fail for',
      'errno 99',
      'cannot assign requested address',
      'errno: 97',
      'dualstack',
      'protocol family unavailable',
      'address not available',
    ],
    patterns: [
      // Node prints the address it tried: "connect ENETUNREACH 2606:4700::6810:1923:443", "connect ECONNREFUSED ::1:3000".
      /\bconnect (?:ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|ETIMEDOUT) (?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}:\d+\b/i,
      // The same error as JSON: {"code":"ECONNREFUSED","syscall":"connect","address":"::1","port":4400}.
      /"code":"(?:ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL)","syscall":"connect","address":"(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}"/i,
      // A server binding ::1 where no IPv6 address exists: "listen EADDRNOTAVAIL ::1:36480".
      /\blisten EADDRNOTAVAIL (?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}:\d+\b/i,
      /\bdial tcp \[[0-9a-f:]+\]:\d+: connect: (?:network is unreachable|cannot assign requested address|no route to host)/i,
      /connect fail for [0-9a-f]*:[0-9a-f:]+: Network is unreachable/i,
      // No IPv6 on B at all: resolving or binding "::1" / "::" fails.
      /Can't connect to localhost:\d+ \(Connection refused\)/,
      /getaddrinfo\("::1?"[^)]*\): Address family for hostname not supported|(?<![\w:])::1?(?![\w:]).{0,120}Address family for hostname not supported|\bEAFNOSUPPORT\b.*(?:::|ipv6)|Address family not supported by protocol.*(?:::|\[::)|\[::\]:?\d*.{0,40}Address family not supported by protocol/i,
      // Go's net tests on a host without IPv6: no port is free on both families.
      /\bno dualstack port available\b/,
      // Redis prints the address it binds as "::*" and the errno as a number (97: EAFNOSUPPORT).
      /listening socket ::\*?:\d+: unable to bind socket, errno: 97\b/,
      // Java binds its listeners to "::" by default: without IPv6 the family itself is missing.
      /java\.net\.SocketException: Protocol family unavailable/,
      // Binding ::1 where IPv6 is switched off: the address does not exist.
      /\[Errno 99\] Cannot assign requested address|bind\(?.{0,40}::1.{0,40}(?:EADDRNOTAVAIL|Cannot assign requested address)/i,
      // GLib's words for EADDRNOTAVAIL: "Could not listen on address ::1, port 35143: … Address not available".
      /\b(?:listen|bind)\w*\b.{0,40}(?<![\w:])::1?\b.{0,100}\bAddress not available\b/i,
      // dirmngr tries the keyserver pool's IPv6 addresses first: without IPv6 it cannot even pick a source address.
      /keyserver receive failed: Cannot assign requested address/,
    ],
    implicates: [
      { facet: 'network', key: /ipv6/i, weight: 0.85, anyDirection: true, why: 'B has no IPv6 (disabled, or no address on any interface)' },
      {
        facet: 'custom',
        key: /ipv6|inet6|::1/i,
        weight: 0.85,
        anyDirection: true,
        why: 'B has no IPv6 (disabled, or no address on any interface)',
      },
      {
        facet: 'network',
        key: /localhost|resolve/i,
        weight: 0.8,
        anyDirection: true,
        why: 'localhost resolves to ::1 first on B, where the server listens on 127.0.0.1 only',
      },
      { facet: 'mirrors', key: /^hosts\.localhost$/, weight: 0.8, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^(?:node|nodejs|npm|yarn|pnpm)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'Node.js 17+ (and npm 7+) no longer try IPv4 first: localhost and dual-stack hosts are reached over IPv6, which B cannot route',
      },
      { facet: 'env', key: /^NODE_OPTIONS$/, weight: 0.6, anyDirection: true },
      {
        facet: 'sysctl',
        key: /^net\.ipv6\.conf\.(?:all|default|\w+)\.disable_ipv6$/,
        weight: 0.85,
        anyDirection: true,
        why: 'IPv6 is switched off on B, yet the client tries an IPv6 address',
      },
      { facet: 'docker', key: /ipv6/i, weight: 0.75, anyDirection: true, why: 'the daemon gives build containers no IPv6 route on B' },
      { facet: 'network', key: /ipv6|route/i, weight: 0.75, anyDirection: true },
      { facet: 'mirrors', weight: 0.4 },
    ],
    tokens: ['host', 'ip'],
    meaning: 'a connection to an IPv6 address failed: B cannot reach IPv6, or the client now prefers it',
  },
  {
    // glibc 2.33 (Arch's images from 2021) checks access with faccessat2, which a seccomp profile from before
    // libseccomp 2.5 / runc 1.0.0-rc93 refuses with EPERM: pacman reads that as its database directory missing.
    id: 'alpm-init-faccessat2-denied',
    anchors: ['failed to initialize alpm library'],
    patterns: [/\berror: failed to initialize alpm library\b/],
    implicates: [
      {
        facet: 'docker',
        key: /^libseccomp_version$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => predatesClone3(d.b),
        why: "B's libseccomp predates faccessat2, so its seccomp profile refuses the call glibc 2.33 makes",
      },
      {
        facet: 'docker',
        key: /^(?:runc_version|server_version)$/,
        weight: 0.8,
        anyDirection: true,
        why: "B's container runtime answers a syscall its profile does not know with EPERM instead of ENOSYS",
      },
      { facet: 'security', key: /^seccomp$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.4, why: 'a rebuilt image can ship a C library that makes newer syscalls' },
    ],
    tokens: [],
    meaning: "pacman could not read its database, as happens when a container's seccomp profile refuses faccessat2",
  },
  {
    // Rosetta runs x86-64 programs on Apple silicon through their own loader: in an arm64 image or root that has no
    // /lib64/ld-linux-x86-64.so.2, an x86 helper (a toolchain's binary, a prebuilt tool) cannot even start.
    id: 'rosetta-x86-loader-missing',
    anchors: ['rosetta error: failed to open elf'],
    patterns: [/\brosetta error: failed to open elf at \S*ld-linux-x86-64\.so\.2/],
    implicates: [
      {
        facet: 'libraries',
        key: /^ld-linux-x86-64\.so\.2$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B has no x86-64 loader for the x86 program Rosetta runs',
      },
      { facet: 'kernel', key: /^machine$/, weight: 0.8, anyDirection: true, why: 'B runs on arm64, so x86-64 programs go through Rosetta' },
      { facet: 'cpu', key: /^arch$/, weight: 0.8, anyDirection: true, why: 'B runs on arm64, so x86-64 programs go through Rosetta' },
      { facet: 'binfmt', key: /rosetta/, weight: 0.75, anyDirection: true },
      {
        facet: 'images',
        weight: 0.75,
        anyDirection: true,
        why: "B's image is built for arm64 and lacks the x86-64 loader its x86 programs need",
      },
    ],
    tokens: [],
    meaning: 'an x86-64 program ran under Rosetta where no x86-64 loader is installed',
  },
  {
    // A kernel booted with ipv6.disable=1 has no /proc/sys/net/ipv6 at all: a bridge or CNI plugin that sets an
    // IPv6 knob on every interface fails on the missing file, whatever the engine.
    id: 'ipv6-disabled-in-kernel',
    anchors: ['/proc/sys/net/ipv6/'],
    patterns: [/\/proc\/sys\/net\/ipv6\/\S+: no such file or directory/i],
    implicates: [
      {
        facet: 'network',
        key: /ipv6/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's kernel runs without IPv6, so its /proc/sys/net/ipv6 does not exist",
      },
      { facet: 'sysctl', key: /^net\.ipv6\./, weight: 0.85, anyDirection: true },
      { facet: 'kernel', key: /^cmdline$/, weight: 0.85, anyDirection: true, why: 'B boots its kernel with IPv6 disabled' },
      { facet: 'modules', key: /^ipv6$/, weight: 0.8, anyDirection: true },
      { facet: 'custom', key: /ipv6|inet6/i, weight: 0.85, anyDirection: true },
      { facet: 'docker', key: /ipv6/i, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "a network setup needed IPv6 settings that B's kernel does not have",
  },
  {
    id: 'registry-rate-limit',
    anchors: ['toomanyrequests', 'pull rate limit', '429 too many requests'],
    patterns: [/\btoomanyrequests\b/i, /You have reached your pull rate limit/, /\b429 Too Many Requests\b/],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:registry_mirrors|registry-mirrors|mirrors)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B pulls from Docker Hub directly (no registry mirror), so it hits the anonymous pull rate limit',
      },
      { facet: 'mirrors', weight: 0.6, anyDirection: true, why: 'B pulls through another registry or mirror' },
      { facet: 'env', key: /^(?:DOCKER_CONFIG|DOCKER_AUTH_CONFIG|REGISTRY_\w+)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: ['host', 'image'],
    meaning: 'the registry refused pulls over its rate limit',
  },
  {
    // Python raises a call that no longer fits the callee's signature at the caller's frame: the traceback ends in
    // the code that was not changed (compose's), while the library it calls (docker 7's kwargs_from_env) was.
    id: 'python-call-signature-changed',
    anchors: ['unexpected keyword argument', 'positional argument'],
    patterns: [
      /TypeError: [\w.]+\(\) got an unexpected keyword argument '\w+'/,
      /TypeError: [\w.]+\(\) missing \d+ required (?:positional|keyword-only) arguments?: /,
      /TypeError: [\w.]+\(\) takes (?:from \d+ to )?\d+ positional arguments? but \d+ (?:were|was) given/,
    ],
    implicates: [
      {
        facet: 'packages',
        weight: 0.6,
        anyDirection: true,
        // A library's signatures change with its feature releases; a Python package is pip's, conda's, or a distro's python3-*.
        when: (d) => pythonPackage(d) && magnitudeOf(d)?.step !== 'patch',
        why: "the library the code calls changed the function's parameters in B's release",
      },
      { facet: 'toolchains', key: PYTHON, weight: 0.3, why: "another Python release changed a standard function's parameters" },
    ],
    tokens: [],
    meaning: "a Python call no longer fits the function's parameters",
  },
  {
    id: 'python-stdlib-missing',
    anchors: ['_ctypes', '_ssl', 'ssl module', 'ensurepip', '_sqlite3', '_bz2', '_lzma', '_tkinter', 'readline'],
    patterns: [
      // An interpreter built (pyenv, source) without the -dev packages its C modules need.
      /No module named '?_(?:ctypes|ssl|sqlite3|bz2|lzma|tkinter|curses|dbm|gdbm|uuid|hashlib)'?/,
      /the ssl module in Python is not available/,
      /ensurepip is not available/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libffi[\w.-]*|libssl[\w.-]*|openssl-devel|libsqlite3[\w.-]*|libbz2[\w.-]*|liblzma[\w.-]*|tk[\w.-]*|zlib1g[\w.-]*|python3?(?:\.\d+)?-venv|python3?(?:\.\d+)?-distutils|libpython[\w.-]*)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        why: 'the Python on B was built or installed without a library its standard modules need (libffi, OpenSSL, venv)',
      },
      { facet: 'toolchains', key: PYTHON, weight: 0.6, anyDirection: true, why: 'another Python build on B lacks standard modules' },
      { facet: 'env', key: /^(?:PYENV_VERSION|PYTHONHOME|PYTHONPATH|LD_LIBRARY_PATH)$/, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.3 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the Python interpreter lacks a standard module built from a system library',
  },
  {
    id: 'runtime-memory-limit',
    anchors: ['allowed memory size', 'reserve enough space'],
    patterns: [
      // A runtime's own cap, not the machine's memory: PHP's memory_limit, the JVM's -Xmx/-Xms.
      /Allowed memory size of \d+ bytes exhausted/,
      /Could not reserve enough space for (?:\d+KB )?object heap/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:COMPOSER_MEMORY_LIMIT|PHP_MEMORY_LIMIT|JAVA_OPTS|_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|MAVEN_OPTS|GRADLE_OPTS)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B sets another memory cap for the runtime (memory_limit, -Xmx) than the build needs or the machine can give',
      },
      {
        facet: 'resources',
        key: /^(?:mem_total|mem_limit)$/,
        weight: 0.6,
        why: 'B has less memory than the heap the runtime is told to reserve',
      },
      // The JVM reserves its whole heap as address space up front: an address-space limit (ulimit -v, a batch
      // scheduler's h_vmem) refuses it however much memory is free.
      {
        facet: 'resources',
        key: /^(?:ulimit_as|ulimit_data)$/,
        weight: 0.85,
        why: 'B caps the address space below the heap the runtime reserves (ulimit -v)',
      },
      // A 32-bit process has 2-3 GB of address space: a 32-bit JVM cannot reserve a heap much over 1.5 GB.
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.8,
        when: (d) => typeof d.b === 'string' && /^(?:i[3-6]86|x86|armv[5-7]\w*|arm|mips|ppc)$/.test(d.b),
        why: 'B is a 32-bit machine, whose processes cannot reserve so large a heap',
      },
      { facet: 'docker', key: /^mem_total$/, weight: 0.6 },
      { facet: 'toolchains', key: /^(?:php|composer|java)$/, weight: 0.45, anyDirection: true },
      { facet: 'packages', key: /^(?:php[\w.-]*|openjdk[\w.-]*)(?::\w+)?$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a runtime hit its own memory cap, or could not reserve the heap it was told to',
  },
  {
    // A service's init script raising its own limits (Docker 25's `ulimit -Hn 524288`) fails where the container
    // or host caps them lower: the script, and so the package that ships it, changed.
    id: 'init-script-ulimit',
    anchors: ['ulimit: error setting limit'],
    patterns: [/\/etc\/init\.d\/[\w.-]+: \d+: ulimit: error setting limit/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:docker-ce|docker\.io|docker-engine|moby-engine|containerd(?:\.io)?)(?::\w+)?$/,
        weight: 0.88,
        anyDirection: true,
        anyStep: true,
        why: "B's Docker init script raises limits the container may not (Docker 25 sets a hard open-files limit)",
      },
      { facet: 'docker', key: /^server_version$/, weight: 0.75, anyDirection: true },
      { facet: 'resources', key: /^ulimit_nofile/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "a service's init script could not set its resource limits",
  },
  {
    // buildx 0.10 attaches provenance attestations by default: the pushed image becomes an index that old registries,
    // Cloud Run and Lambda refuse. The log shows the attestation being exported, whatever the registry then says.
    id: 'buildx-attestation',
    anchors: ['attestation manifest', 'image.index.v1'],
    patterns: [
      /exporting attestation manifest/,
      // buildx's metadata: the pushed "image" is an index (image plus attestations), not a manifest.
      /"mediaType": "application\/vnd\.oci\.image\.index\.v1\+json"/,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^buildx_version$/,
        weight: 0.85,
        anyDirection: true,
        why: 'buildx 0.10+ attaches provenance attestations, which turn the pushed image into an index',
      },
      { facet: 'toolchains', key: /^(?:buildx|docker-buildx)$/, weight: 0.85, anyDirection: true },
      { facet: 'packages', key: /^docker-buildx(?:-plugin)?(?::\w+)?$/, weight: 0.8, anyDirection: true },
      { facet: 'docker', key: /^buildkit_version$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the build pushed provenance attestations along with the image',
  },
  {
    // SQL Server on Linux runs on its own platform layer, which aborts on kernels newer than it knows (2017 and
    // 2019 images on the 6.7+ kernels of the 2024 runner images) before the server logs anything of its own.
    id: 'mssql-platform-abort',
    anchors: ['this program has encountered a fatal error'],
    patterns: [/This program has encountered a fatal error and cannot continue running/],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.85,
        anyDirection: true,
        why: "SQL Server's platform layer aborts on a kernel release it does not support",
      },
      {
        // Its data directory bind-mounted from a Windows or macOS host (CIFS, 9p, drvfs): the platform layer's direct,
        // unbuffered writes are refused there, and it stops the same way.
        facet: 'mounts',
        weight: 0.88,
        anyDirection: true,
        when: (d) => FOREIGN_FILESYSTEM.test(String(d.b ?? '')) && !FOREIGN_FILESYSTEM.test(String(d.a ?? '')),
        why: "B keeps SQL Server's data on a host-shared filesystem (CIFS, 9p, drvfs), whose writes its platform layer cannot use",
      },
      { facet: 'images', key: /mssql|sql-?server|azure-sql-edge/i, weight: 0.7, anyDirection: true },
      { facet: 'toolchains', key: /^(?:mssql|sqlserver|mssql-server)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "SQL Server's platform layer aborted",
  },
  {
    // localhost is answered by /etc/hosts and the name-service switch (nsswitch.conf's "files"), never by a name
    // server: an image without them, or a machine whose hosts file or loopback is incomplete, cannot find it.
    id: 'localhost-unresolvable',
    anchors: ['localhost'],
    patterns: [LOCALHOST_UNRESOLVED],
    implicates: [
      {
        facet: 'custom',
        key: /\/etc\/hosts|nsswitch|getent (?:a?hosts|ahostsv[46]) localhost|\bip\b.*\baddr|ifconfig/i,
        weight: 0.92,
        anyDirection: true,
        why: 'localhost comes from /etc/hosts and nsswitch.conf, which differ on B',
      },
      { facet: 'mirrors', key: /^hosts\.localhost$/, weight: 0.85, anyDirection: true },
      { facet: 'network', weight: 0.5, anyDirection: true },
      { facet: 'dns', weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'localhost did not resolve',
  },
  {
    // The machine's own name does not resolve (no /etc/hosts entry, a container or VM named at random): Java's
    // InetAddress.getLocalHost and tests that look up the hostname fail, whatever the name servers say.
    id: 'own-hostname-unresolvable',
    anchors: ['unknownhostexception', 'getlocalhost', 'hostname', 'nodename nor servname', 'name or service not known', 'name resolution'],
    patterns: [
      /java\.net\.UnknownHostException: ([\w.-]+): \1: /,
      // The same message a level up (Gradle's "What went wrong:"), without the exception's name: the name twice, then
      // the resolver's words ("gkeeley13311: gkeeley13311: nodename nor servname provided, or not known").
      /(?:^|\s)([\w.-]+): \1: (?:nodename nor servname provided|Name or service not known|Temporary failure in name resolution)/,
      // Java 9+ prints the module first: "at java.base/java.net.InetAddress.getLocalHost(".
      /\bat (?:java\.base\/)?java\.net\.InetAddress\.getLocalHost\(/,
      /\[\s+FAILED\s+\]\s+\S*(?:LookupHostname|LocalHostname|OwnHostname|GetHostname)\w*/i,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /hostname/i,
        weight: 0.92,
        anyDirection: true,
        why: "B's own hostname does not resolve to an address",
      },
      { facet: 'env', key: /^(?:HOSTNAME|HOST)$/, weight: 0.5, anyDirection: true },
      { facet: 'dns', weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: "the machine's own hostname did not resolve",
  },
  {
    // PowerShell cannot find a command: a cmdlet from a module the other edition (Windows PowerShell 5.1 vs
    // PowerShell 7) or another module path does not load, or an unquoted path cut at its first space.
    id: 'powershell-term-not-recognized',
    anchors: ['is not recognized as the name of a cmdlet'],
    patterns: [/The term '[^']+' is not recognized as the name of a cmdlet/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:powershell|pwsh)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'the other PowerShell edition (5.1 vs 7) loads other modules and cmdlets',
      },
      { facet: 'env', key: /^PSModulePath$/i, weight: 0.8, anyDirection: true, why: 'B looks for PowerShell modules elsewhere' },
      {
        facet: 'env',
        key: /^(?:USERPROFILE|HOME|TEMP|TMP|APPDATA|LOCALAPPDATA|\w*WORKSPACE)$/,
        weight: 0.8,
        when: (d) => typeof d.b === 'string' && d.b.includes(' '),
        why: "B's path has a space, and an unquoted command line is cut at it",
      },
    ],
    tokens: [],
    meaning: 'PowerShell did not recognise a command',
  },
  {
    // Xcode 14.3 dropped the ARC compatibility library (libarclite) that targets older than iOS 11 / macOS 10.13
    // link: pods and packages with an old deployment target stop linking on the new Xcode, and only there.
    id: 'xcode-libarclite-removed',
    anchors: ['libarclite'],
    patterns: [/\blibarclite_\w+\.a\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:xcode|xcodebuild)$/,
        weight: 0.9,
        why: 'Xcode 14.3 and later no longer ship libarclite, which old deployment targets link',
      },
      // The compiler and SDK versions move with Xcode: consequences, weaker than Xcode itself.
      { facet: 'toolchains', key: /^(?:clang|apple-clang|ld64)$/, weight: 0.5 },
      { facet: 'custom', key: /\bxcode-select\b|\bxcodebuild\b/, weight: 0.8, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version|pretty_name)$/, weight: 0.35, why: 'a new macOS runner image ships a new Xcode' },
    ],
    tokens: [],
    meaning: 'the linker wants the ARC compatibility library newer Xcodes removed',
  },
  {
    // xcrun finds compilers and SDKs through the active developer directory (xcode-select -p, DEVELOPER_DIR):
    // the Command Line Tools alone have no iOS SDKs, and a macOS upgrade can remove them altogether.
    id: 'xcode-developer-dir',
    anchors: ['xcrun: error', 'xcode-select: error'],
    patterns: [
      /xcrun: error: invalid active developer path/,
      /xcrun: error: SDK "[\w.]+" cannot be located/,
      /xcrun: error: unable to find utility "[\w.+-]+", not a developer tool or in PATH/,
      /xcode-select: error: tool '[\w.+-]+' requires Xcode/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /xcode-select/,
        weight: 0.9,
        anyDirection: true,
        why: "B's active developer directory (xcode-select) lacks the tools or SDKs the build asks xcrun for",
      },
      { facet: 'env', key: /^DEVELOPER_DIR$/, weight: 0.85, anyDirection: true },
      {
        facet: 'packages',
        key: /^com\.apple\.pkg\.(?:CLTools\w*|Xcode\w*)$/i,
        weight: 0.85,
        anyDirection: true,
        why: 'B lacks the Command Line Tools xcrun needs (a macOS upgrade removes them)',
      },
      { facet: 'toolchains', key: /^(?:xcode|xcodebuild|xcrun)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^version_id$/, weight: 0.4, why: 'a macOS upgrade resets the Command Line Tools' },
    ],
    tokens: [],
    meaning: 'xcrun could not find a developer tool or SDK in the active developer directory',
  },
  {
    // A linter or formatter's verdict: the same code passes one version and fails the next (black 22 hugs `**`,
    // ShellCheck 0.8 adds SC2294, golangci-lint 1.48 ships Go 1.19's gofmt, a newer hadolint:latest adds DL3066).
    id: 'lint-verdict',
    anchors: [
      'reformat',
      '[sc',
      ' sc',
      ' dl',
      '-ed',
      'code style issues',
      'problems (',
      'offenses detected',
      'oh no!',
      'formatted',
      // cppcheck's severities, as its findings print them (": error: … [syntaxError]", "x.cc,213,error,syntaxError,…").
      ...['error', 'warning', 'style', 'performance', 'portability', 'information'].flatMap((s) => [`: ${s}: `, `,${s},`]),
    ],
    patterns: [
      ...Object.values(LINT_VERDICTS).flat(),
      // A project's format check over whichever formatter it runs (clang-format via a CMake script, mix format).
      /^The following files (?:are badly|were not|are not) formatted\b/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: LINTERS,
        weight: 0.82,
        anyDirection: true,
        anyStep: true,
        why: 'another version of the linter or formatter judges the same code differently',
      },
      { facet: 'packages', key: LINTERS, weight: 0.75, anyDirection: true, anyStep: true },
      { facet: 'images', key: LINTER_IMAGE, weight: 0.72, why: "the linter's image tag now points to another version" },
      {
        facet: 'git',
        key: /^core\.(?:autocrlf|eol)$/,
        weight: 0.7,
        anyDirection: true,
        why: 'Git on B checks files out with other line endings, which formatters flag in every file',
      },
    ],
    tokens: [],
    meaning: 'a linter or formatter rejected the code',
  },
  {
    id: 'crlf-line-endings',
    anchors: [
      '^m',
      '\\r',
      '\r',
      'crlf',
      'carriage return',
      "' is already registered",
      "': not a valid identifier",
      "': no such file",
      "': command not found",
      '’ is already registered',
      '’: not a valid identifier',
    ],
    patterns: [
      // Bash prints the carriage return as ^M, or quotes it as $'\r'; the kernel tries to run "bash\r".
      /(?:\^M|\\r|\r)["'’]?: bad interpreter/,
      /\$'(?:[^']*)\\r'[:]? command not found/,
      // A file name or word ending in a carriage return, as bash quotes it: '/usr/local/bin/sedfile'$'\r'.
      /\$'[^'\s]*\\r'/,
      /env: [‘'`"]?\w+(?:\\r|\r)[’'"]?: No such file or directory/,
      // Any program's quoted name with a trailing carriage return that it cannot find: "'sh\r' : No such file".
      /[‘'`"][\w./-]+(?:\\r|\r)[’'"] ?: No such file or directory/,
      // Linters that see the carriage returns: ShellCheck's SC1017, Prettier's "Delete `␍`".
      /Literal carriage return\. Run script through tr -d/,
      // eslint-plugin-prettier names the ending it wants gone: "Delete `␍`", or "Delete `CRLF`" in its CRLF-aware releases.
      /\bDelete `(?:␍|CRLF)`/,
      // Spotless shows each line of its diff with its ending: "-/*\r\n" is a file checked out with CRLF.
      /^\s*-.{0,400}\\r\\n$/,
      // Compilers that take LF only: Zig's "error: invalid carriage return, only '\n' line endings are supported".
      /\berror: invalid carriage return, only '\\n' line endings are supported/,
      // A message that quotes a name ending in a carriage return, as a terminal shows it: the return sends the cursor
      // home, and the rest of the message overwrites the start ("' is already registered with AC_CONFIG_FILES.").
      /^['’](?: is already registered\b|: (?:not a valid identifier|No such file or directory|command not found)$)/,
    ],
    implicates: [
      ...['custom', 'git'].map((facet) => ({
        facet,
        key: /autocrlf|\beol\b|line.?ending/i,
        weight: 0.93,
        anyDirection: true,
        why: 'Git on B checks scripts out with CRLF line endings (core.autocrlf), and Linux runs "bash\\r"',
      })),
      { facet: 'env', key: /^(?:GIT_CONFIG\w*|GIT_\w*EOL\w*)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:id|name)$/, weight: 0.3, why: 'a checkout made on another OS (Windows) has other line endings' },
    ],
    tokens: [],
    meaning: 'a script has Windows (CRLF) line endings',
  },
  {
    id: 'ruby-removed-api',
    anchors: ['cannot load such file', 'undefined method', 'uninitialized constant', 'disallowedclass', 'unspecified class'],
    patterns: [
      // Ruby 3.2 removed File.exists?/Dir.exists?, 3.0 taint/untaint, 2.4 Fixnum/Bignum; 3.1's Psych 4 loads YAML safely.
      /undefined method [`'‘][\w?!=]+['’] for (?:class |module )?(?:File|Dir|FileTest|Kernel|Object|String|Integer|Hash|Array|Struct|URI|ERB|YAML|Psych|Fixnum|Bignum|BigDecimal|Set|Time|Date|Pathname)(?::(?:Class|Module))?\b/,
      /uninitialized constant (?:Fixnum|Bignum|Data|TimeoutError|Config)\b/,
      /Psych::DisallowedClass|Tried to load unspecified class/,
      // Ruby 3.4 (and 3.3's warnings) moved these out of the default gems: `require` fails unless the Gemfile lists them.
      /cannot load such file -- (?:base64|bigdecimal|csv|mutex_m|drb|nkf|getoptlong|observer|resolv-replace|rinda|syslog|abbrev|racc)\b/,
    ],
    implicates: runtime(
      /^(?:ruby)$/,
      'Ruby minor releases remove long-deprecated core methods (File.exists?, taint, Fixnum)',
      [{ facet: 'toolchains', key: /^(?:gem|bundler|bundle)$/, weight: 0.35, anyDirection: true }],
      true,
    ),
    tokens: ['version'],
    meaning: 'Ruby code calls a core method or constant this Ruby no longer has',
  },
  {
    // Ruby's own extensions (etc, psych, openssl, zlib, readline) not there: a distribution that split them into
    // packages of their own (Alpine 3.8's ruby-etc), or a Ruby built (ruby-build, rbenv) without the -devel
    // library an extension needs, so the extension was skipped.
    id: 'ruby-stdlib-extension-missing',
    anchors: ['cannot load such file'],
    patterns: [
      /cannot load such file -- (?:etc|psych|openssl|zlib|readline|io\/console|io\/wait|json|date|digest|fiddle|socket|stringio|strscan|ripper|pathname|monitor|fcntl|pty|objspace|coverage|racc\/cparse|dbm|gdbm)\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^ruby(?:[\d.]*)(?:-(?:etc|psych|openssl|zlib|readline|io-console|json|date|digest|fiddle|libs|full|stdlib|default-gems))?(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's Ruby lacks one of its own extensions (split into a package of its own, or not built)",
      },
      {
        facet: 'packages',
        key: /^(?:libyaml|yaml|libssl|openssl|zlib1?g?|libffi|readline|libreadline|gdbm|libgdbm)[\w.-]*-(?:dev|devel)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
        why: 'B built Ruby without the library this extension needs, so it skipped the extension',
      },
      { facet: 'toolchains', key: /^ruby$/, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.5, why: 'another release of the distribution packages Ruby differently' },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: 'Ruby could not load one of its own extensions',
  },
  {
    // mkmf, which every native gem's extconf.rb requires, ships in Debian's and Ubuntu's ruby-dev (rubyX.Y-dev,
    // libruby) and Fedora's ruby-devel, not in the ruby package itself: B installs gems without them.
    id: 'ruby-mkmf-missing',
    anchors: ['-- mkmf'],
    patterns: [/(?:cannot load such file|no such file to load) -- mkmf(?![\w-])/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:ruby[\d.]*-(?:dev|devel)|libruby[\d.]*|ruby-full)(?::\w+)?$/,
        weight: 0.92,
        when: (d) => d.kind === 'removed',
        why: "B lacks Ruby's development package, which holds mkmf (what native gems build with)",
      },
      { facet: 'packages', key: /^ruby[\d.]*(?::\w+)?$/, weight: 0.55, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^ruby$/,
        weight: 0.5,
        anyDirection: true,
        why: 'another Ruby (the system one) lacks its development files',
      },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4 },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: "Ruby could not load mkmf: a native gem's build needs Ruby's development package",
  },
  {
    // OpenSSH 9's scp speaks SFTP by default: a server without the sftp subsystem (a minimal image, a VM without
    // sftp-server) closes the connection where the old SCP protocol would have copied the file.
    id: 'scp-sftp-protocol',
    anchors: ['scp: connection closed', 'sftp-server', 'subsystem request failed'],
    patterns: [
      /\bscp: Connection closed\b/,
      /\/sftp-server: (?:not found|No such file or directory)/,
      /\bsubsystem request failed on channel\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:openssh|openssh-client|openssh-clients|ssh)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's scp (OpenSSH 9 or newer) copies over SFTP, which the other end does not serve",
      },
      { facet: 'toolchains', key: /^(?:ssh|scp|openssh)$/, weight: 0.9, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.45, why: 'a new OS release brings OpenSSH 9' },
      { facet: 'packages', key: /^(?:openssh-server|openssh-sftp-server)(?::\w+)?$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'scp could not copy: the other end serves no SFTP, which OpenSSH 9 uses',
  },
  {
    // A JavaScript engine compiling a wasm module that uses a proposal its release predates (sign extension,
    // exception-handling tags, GC types) or reads it truncated: the engine's release is what differs.
    id: 'wasm-engine-rejects-module',
    anchors: ['webassembly.'],
    patterns: [/CompileError: WebAssembly\.(?:Module|instantiate|compile|instantiateStreaming|compileStreaming)\(\)/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:node|nodejs|deno|bun|electron|chrome|chromium|google-chrome|firefox|msedge)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's JavaScript engine does not know a WebAssembly feature the module uses",
      },
      { facet: 'packages', key: /^(?:nodejs|node|chromium|google-chrome[\w-]*|firefox[\w-]*)(?::\w+)?$/, weight: 0.7, anyDirection: true },
      { facet: 'env', key: /^NODE_OPTIONS$/, weight: 0.55, anyDirection: true },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: ['version'],
    meaning: 'a JavaScript engine rejected a WebAssembly module',
  },
  {
    // apt's resolver report: a -dev package pinned to its library's exact version ("libudev-dev : Depends: libudev1
    // (= 249.11-0ubuntu3) but 249.11-0ubuntu3.3 is to be installed"), which B has in another version (a runner image
    // ahead of the archive, a PPA's build). The versions on the line and the one after it (apt wraps) name the package.
    id: 'apt-exact-dependency-skew',
    anchors: ['depends: '],
    patterns: [/\bDepends: [\w.+-]+(?::\w+)? \(= ?[^)\s]+\)/],
    implicates: [
      { facet: 'packages', weight: 0.3, anyDirection: true, why: 'B has another version of a package another one pins exactly' },
      { facet: 'mirrors', weight: 0.4, anyDirection: true },
    ],
    tokens: ['version', 'package'],
    meaning: 'apt cannot install a package pinned to an exact version of one B has in another version',
  },
  {
    // Conan checks the compiler it detected against its settings.yml: a compiler release newer than that file (apple-clang
    // 16 under Conan 2.7), or one it misreads (GCC 10 detected as "1"), is refused before anything builds.
    id: 'conan-compiler-setting-invalid',
    anchors: ["'settings.compiler"],
    patterns: [/'[^']*' is not a valid 'settings\.compiler(?:\.version)?' value/],
    implicates: [
      {
        facet: 'toolchains',
        key: BUILD_TOOL_COMPILERS,
        weight: 0.92,
        anyDirection: true,
        why: "B's compiler is a release (or a kind) Conan's settings do not list",
      },
      { facet: 'toolchains', key: /^conan$/, weight: 0.6, anyDirection: true, why: 'another Conan lists other compiler versions' },
      { facet: 'env', key: /^(?:CC|CXX)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4, why: 'a new OS release brings a new compiler' },
    ],
    tokens: ['version'],
    meaning: "Conan does not know the compiler version B's profile declares",
  },
  {
    // A Conan binary's package id hashes the settings: another compiler version, OS or architecture asks the remote for
    // binaries nobody built ("Missing prebuilt package for 'zlib/1.2.11'").
    id: 'conan-binary-missing',
    anchors: ['missing prebuilt package', "can't find a '"],
    patterns: [/Missing prebuilt package for '/, /Can't find a '[^']+' package for the specified (?:options and )?settings/],
    implicates: [
      {
        facet: 'toolchains',
        key: BUILD_TOOL_COMPILERS,
        weight: 0.8,
        anyDirection: true,
        why: "B's compiler version is part of the binaries' id, and nobody built them for it",
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.75, anyDirection: true, why: "no binaries were built for B's architecture" },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.6, anyDirection: true },
      { facet: 'toolchains', key: /^conan$/, weight: 0.5, anyDirection: true },
      { facet: 'env', key: /^(?:CC|CXX|CONAN_\w+)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "Conan found no prebuilt binary for B's settings (compiler, OS, architecture)",
  },
  {
    // vcpkg reads a manifest's builtin-baseline out of its own git history: a vcpkg checkout older than the baseline
    // (the runner's preinstalled one, picked by VCPKG_ROOT) or a shallow or git-less one lacks that commit.
    id: 'vcpkg-baseline-unavailable',
    anchors: ['checking out baseline', 'versions/baseline.json'],
    patterns: [
      /while checking out baseline\b/,
      /path 'versions\/baseline\.json' exists on disk, but not in '[0-9a-f]+'/,
      /failed to `git show` versions\/baseline\.json/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:VCPKG_ROOT|VCPKG_INSTALLATION_ROOT)$/,
        weight: 0.9,
        anyDirection: true,
        why: 'B uses another vcpkg checkout, one whose history lacks the baseline commit',
      },
      {
        facet: 'toolchains',
        key: /^vcpkg$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's vcpkg checkout is older than the manifest's baseline",
      },
      // A captured look at the checkout itself (`git -C %VCPKG_ROOT% rev-parse HEAD`).
      {
        facet: 'custom',
        key: /vcpkg/i,
        weight: 0.88,
        anyDirection: true,
        why: 'B has another vcpkg checkout, one without the baseline commit',
      },
      { facet: 'toolchains', key: /^git$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: "vcpkg could not read the manifest's baseline from its own git history",
  },
  {
    // Meson runs `ninja --version` and gives up when there is no ninja, one older than it needs, or one whose version
    // string it cannot parse (ninja 1.11.1's kitware builds); samurai in ninja's place is not found under that name.
    id: 'meson-ninja-not-detected',
    anchors: ['could not detect ninja'],
    patterns: [/Could not detect Ninja v[\d.]+ or newer/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:ninja|ninja-build|samu|samurai)$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's ninja is missing, too old, or one Meson cannot read",
      },
      { facet: 'packages', key: /^(?:ninja|ninja-build|samurai|python3?-ninja)(?::\w+)?$/, weight: 0.88, anyDirection: true },
      { facet: 'toolchains', key: /^meson$/, weight: 0.6, anyDirection: true, why: 'another Meson asks for a newer ninja' },
      { facet: 'env', key: /^(?:PATH|NINJA)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Meson found no ninja it can use',
  },
  {
    // Meson's python dependency (and meson-python's) is the embeddable library, which the development package ships
    // (python3-dev, python311-devel): the interpreter alone is not found as a dependency.
    id: 'meson-python-dependency-missing',
    anchors: ['python dependency not found', 'dependency python', 'dependency "python'],
    patterns: [
      /ERROR: Python dependency not found/,
      /\b(?:Run-time )?[Dd]ependency python3? found: NO\b/,
      /Dependency "python3?" not found/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:lib)?python[\d.]*-(?:dev|devel)(?::\w+)?$/,
        weight: 0.92,
        when: (d) => d.kind === 'removed',
        why: "B lacks Python's development package, which the python dependency needs",
      },
      { facet: 'packages', key: /^(?:lib)?python[\d.]*-(?:dev|devel)(?::\w+)?$/, weight: 0.6, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^python[23]?$/,
        weight: 0.5,
        anyDirection: true,
        why: 'another Python, whose development files B lacks',
      },
      { facet: 'toolchains', key: /^(?:pkg-config|pkgconf|meson)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: "Meson could not find Python's development files",
  },
  {
    // Xcode 14's ld64 (chained fixups on by default) warns on `-undefined dynamic_lookup`, and builds linking with
    // -fatal_warnings (Erlang NIFs, Python and Perl extensions) fail on a warning Xcode 13 never printed.
    id: 'apple-ld-chained-fixups',
    anchors: ['chained fixups'],
    patterns: [/-undefined dynamic_lookup may not work with chained fixups/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:xcode|xcodebuild|ld64|ld|apple-clang|clang|command-line-tools|clt)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's Xcode linker (14 or newer) uses chained fixups, with which dynamic_lookup may not work",
      },
      { facet: 'env', key: /^(?:MACOSX_DEPLOYMENT_TARGET|DEVELOPER_DIR|SDKROOT)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|pretty_name)$/, weight: 0.45, why: 'a new macOS brings a new Xcode' },
    ],
    tokens: [],
    meaning: "Xcode's linker warns that dynamic_lookup may not work with chained fixups",
  },
  {
    id: 'openssl3-deprecated-api',
    anchors: ['since openssl 3', 'ossl_deprecatedin_3'],
    patterns: [/deprecated: Since OpenSSL 3\.\d/, /\bOSSL_DEPRECATEDIN_3_\d\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libssl[\w.-]*|openssl(?:-devel|-libs)?|libcrypto[\w.-]*)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        boundary: true,
        why: 'B builds against OpenSSL 3, which deprecates APIs the code uses (an error under -Werror)',
      },
      { facet: 'toolchains', key: /^openssl$/, weight: 0.85, anyDirection: true, boundary: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4, why: 'a new OS release ships OpenSSL 3' },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the code uses OpenSSL APIs deprecated in OpenSSL 3 and the build treats warnings as errors',
  },
  {
    id: 'home-directory-unusable',
    anchors: ["'/.", '"/.', '‘/.', '`/.', 'homeless-shelter', '/nonexistent'],
    patterns: [
      // $HOME unset or "/" (a uid with no passwd entry): ~/.npm becomes /.npm, ~/.config becomes /.config.
      /(?:EACCES|EPERM|EROFS|[Pp]ermission denied|cannot create directory|Read-only file system|No such file or directory)[^'"‘`\n]*['"‘`]\/\.(?!\.)[\w-]+/,
      /['"‘`]\/\.(?!\.)[\w-]+(?:\/[^'"’`]*)?['"’`]:? (?:Permission denied|No such file or directory|Read-only file system)/,
      // npm's hint for a cache it cannot write: `sudo chown -R 123456:0 "/.npm"`.
      /chown -R \d+:\d+ ["']\/\.[\w-]+["']/,
      // Nix builds set HOME=/homeless-shelter, Debian system users HOME=/nonexistent.
      /['"‘`]\/(?:homeless-shelter|nonexistent)(?:\/|['"’`])/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:HOME|XDG_CONFIG_HOME|XDG_CACHE_HOME|XDG_DATA_HOME|npm_config_cache|NPM_CONFIG_CACHE)$/,
        weight: 0.9,
        anyDirection: true,
        why: 'HOME is unset or "/" on B, so tools write their caches and settings to /.npm, /.config, /.cache',
      },
      {
        facet: 'security',
        key: /^(?:uid|gid|user)$/,
        weight: 0.55,
        anyDirection: true,
        why: 'a user id with no passwd entry gets HOME=/',
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a tool wrote under the filesystem root because HOME is unset or "/"',
  },
  {
    id: 'linker-new-warning',
    anchors: ['rwx permissions', 'gnu-stack', 'executable stack'],
    patterns: [
      // binutils 2.39 warns about these by default; builds linking with --fatal-warnings fail.
      /has a LOAD segment with RWX permissions/,
      /missing \.note\.GNU-stack section implies executable stack/,
      /requires executable stack \(because the \.note\.GNU-stack section is executable\)/,
    ],
    implicates: [
      {
        facet: 'packages',
        // Cross binutils too: or1k-elf-binutils, binutils-arm-none-eabi.
        key: /^(?:[\w.+-]+-)?binutils[\w.+-]*(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        why: 'another binutils (2.39+) warns about executable segments and stacks, fatal with --fatal-warnings',
      },
      { facet: 'toolchains', key: /^(?:ld|ld\.bfd|binutils|as)$/, weight: 0.88, anyDirection: true },
      { facet: 'toolchains', key: C_COMPILERS, weight: 0.35, anyDirection: true, why: 'a new compiler release ships a new binutils' },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.3 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the linker now warns about writable and executable segments, and the build treats that as an error',
  },
  {
    id: 'perl-removed-syntax',
    anchors: ['unescaped left brace', 'defined(@', 'defined(%', "can't locate inc/", "can't locate t/lib/", "can't locate builder/"],
    patterns: [
      // Fatal since Perl 5.26 (deprecated in 5.22); defined(@array) since 5.22.
      /Unescaped left brace in regex is (?:illegal|deprecated here)/,
      /Can't use 'defined\([@%]\w*\)' \(Maybe you should just omit the defined\(\)\?\)/,
      // 5.26 dropped "." from @INC: a distribution's own inc/ (Module::Install) is no longer found.
      /Can't locate (?:inc|t\/lib|builder)\/[\w/]+\.pm in @INC/,
    ],
    implicates: runtime(
      /^(?:perl|perl5)$/,
      'a newer Perl made long-deprecated syntax fatal (unescaped "{" in regexes since 5.26)',
      [
        { facet: 'toolchains', key: /^(?:automake|autoconf)$/, weight: 0.4, anyDirection: true },
        // PERL_USE_UNSAFE_INC=1 puts "." back in @INC for Perl 5.26+ (CPAN clients set it while installing).
        {
          facet: 'env',
          key: /^PERL_USE_UNSAFE_INC$/,
          weight: 0.9,
          when: (d) => d.kind === 'removed' || d.b === '0' || d.b === '',
          why: 'B does not set PERL_USE_UNSAFE_INC, which puts "." back in @INC',
        },
      ],
      true,
    ),
    tokens: ['version'],
    meaning: 'Perl code uses syntax this Perl no longer accepts',
  },
  {
    // Distributions switched GCC to build position-independent executables by default (Ubuntu 16.10, Debian 9, Fedora 23).
    id: 'default-pie',
    anchors: ['recompile with -fpic', 'recompile with -fpie', 'making a pie object', 'making a shared object'],
    patterns: [/relocation R_\w+ against .{1,200} can ?not be used when making a (?:PIE|shared) object; recompile with -f(?:PIC|PIE)/i],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:gcc|g\+\+|cc|c\+\+|clang|ghc)$/,
        weight: 0.88,
        anyDirection: true,
        why: "B's compiler builds position-independent executables by default; objects built without -fPIC no longer link",
      },
      {
        facet: 'packages',
        key: /^(?:gcc|g\+\+|cpp|gcc-\d+|g\+\+-\d+|gcc\d*-base|clang[\w.-]*)(?::\w+)?$/,
        weight: 0.86,
        anyDirection: true,
      },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.5, why: 'a new OS release ships a compiler that builds PIE by default' },
      { facet: 'packages', key: /^binutils(?::\w+)?$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'objects built without -fPIC cannot be linked into a position-independent executable',
  },
  {
    id: 'page-size',
    anchors: ['page size', 'pagesize', 'bytes at 0x'],
    patterns: [
      /<jemalloc>: Unsupported system page size/,
      /Unsupported (?:system )?page ?size|page size mismatch|expected page size/i,
      // A heap image mapped at a fixed address a 4K page aligns and a 16K one does not (Clozure CL on a Raspberry Pi 5).
      /\bmap 0x[0-9a-f]+ bytes at 0x[0-9a-f]+\b.*: Invalid argument/,
    ],
    implicates: [
      // A captured `getconf PAGE_SIZE` says it outright.
      {
        facet: 'custom',
        key: /page_?size/i,
        weight: 0.95,
        anyDirection: true,
        why: "B's kernel uses another memory page size than the binary was built for",
      },
      {
        facet: 'kernel',
        key: /^(?:release|version|page_size)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's kernel uses another memory page size (16K or 64K on arm64) than the binary was built for",
      },
      { facet: 'kernel', key: /^machine$/, weight: 0.7, anyDirection: true },
      { facet: 'cpu', key: /^(?:arch|model)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "the program's allocator was built for another memory page size",
  },
  {
    id: 'vsyscall-disabled',
    anchors: ['vsyscall'],
    patterns: [/vsyscall attempted with vsyscall=none/, /\bvsyscall=(?:none|emulate)\b/],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:release|version|cmdline)$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's kernel disables vsyscall (vsyscall=none): binaries of old glibc (CentOS 6 and older) segfault",
      },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: 'an old binary called the vsyscall page the kernel no longer provides',
  },
  {
    // Ports below 1024 are privileged: a server that binds one as a non-root user, or where the kernel's
    // threshold (net.ipv4.ip_unprivileged_port_start) is back at 1024, is refused.
    id: 'privileged-port-refused',
    anchors: ['permission denied', 'privileged port', 'eacces'],
    patterns: [
      new RegExp(`bind\\(\\) to [\\d.:[\\]]*:${PRIVILEGED_PORT} failed \\(13: Permission denied\\)`),
      new RegExp(`cannot bind socket \\(Permission denied\\) \\[[\\d.:]*:${PRIVILEGED_PORT}\\]`),
      new RegExp(`listen EACCES:? (?:permission denied )?[\\d.:[\\]]*:${PRIVILEGED_PORT}\\b`),
      /rootlessport cannot expose privileged port \d+/,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^net\.ipv4\.ip_unprivileged_port_start$/,
        weight: 0.9,
        when: (d) => Number(d.b ?? 1024) > Number(d.a ?? 1024),
        why: "B's kernel lets only root bind ports below its threshold, and B's threshold is higher",
      },
      { facet: 'security', key: /^(?:uid|cap_net_bind_service|capabilities)$/, weight: 0.75, anyDirection: true },
      { facet: 'docker', key: /^(?:security_options|rootless)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a server was refused a privileged port (below 1024)',
  },
  {
    id: 'uid-not-mapped',
    anchors: ['lchown', 'insufficient uids', 'subuid', 'newuidmap', 'cannot change ownership'],
    patterns: [
      /\blchown [^:]{1,200}: invalid argument/i,
      // Node's spelling puts the call last: "EINVAL: invalid argument, lchown '/root/.pnpm-store/…'".
      /\bEINVAL: invalid argument, l?chown '/,
      /potentially insufficient UIDs or GIDs available in user namespace/i,
      /there might not be enough IDs available in the namespace/i,
      /try increasing the number of subordinate IDs in \/etc\/subuid/i,
      /Cannot change ownership to uid \d{6,}, gid \d+: Invalid argument/,
      // The same, wrapped before its gid.
      /Cannot change ownership to uid \d{6,},\s*$/,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:security_options|userns\w*|rootless)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B runs containers in a user namespace (rootless or userns-remap) that cannot map the image's high uids and gids",
      },
      {
        facet: 'custom',
        key: /subuid|subgid|newuidmap|uid_?map/i,
        weight: 0.85,
        anyDirection: true,
        why: "B's user namespace maps a smaller range of ids (/proc/self/uid_map, /etc/subuid)",
      },
      { facet: 'security', key: /^(?:subuid|subgid|uid)$/, weight: 0.6, anyDirection: true },
      { facet: 'sysctl', key: /^user\.max_user_namespaces$/, weight: 0.5, anyDirection: true },
      { facet: 'toolchains', key: /^(?:podman|buildah)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "a file's owner is outside the uid range the user namespace maps",
  },
  {
    id: 'go-x509-common-name',
    anchors: ['legacy common name', 'x509ignorecn'],
    patterns: [/x509: certificate relies on legacy Common Name field/, /\bx509ignoreCN\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:go|golang)$/,
        weight: 0.93,
        anyDirection: true,
        why: 'Go 1.15+ no longer accepts a certificate without subject alternative names',
      },
      { facet: 'env', key: /^GODEBUG$/, weight: 0.85, anyDirection: true },
      { facet: 'images', weight: 0.45, why: 'a rebuilt image ships a binary built with a newer Go' },
    ],
    tokens: [],
    meaning: "the server's certificate names its host only in the Common Name, which newer Go rejects",
  },
  {
    // A lint that is new in this compiler release, turned into an error by -D warnings / -Werror.
    id: 'new-lint-denied',
    anchors: ['implied by `-d warnings`', 'deny(warnings)', 'all warnings being treated as errors'],
    patterns: [/`-D [\w:-]+` implied by `-D warnings`/, /#!?\[deny\(warnings\)\]/, /cc1(?:plus)?: all warnings being treated as errors/],
    implicates: [
      {
        facet: 'toolchains',
        key: new RegExp(`^(?:rustc|cargo|clippy|rustup\\.toolchain|(?:${CROSS_TRIPLE}-)?(?:gcc|g\\+\\+|cc)|clang|clang\\+\\+)$`),
        weight: 0.88,
        anyDirection: true,
        why: 'a newer compiler warns about code the old one accepted, and the build turns warnings into errors',
      },
      { facet: 'env', key: /^(?:RUSTFLAGS|CFLAGS|CXXFLAGS)$/, weight: 0.8, anyDirection: true },
      { facet: 'packages', key: /^(?:gcc|g\+\+|clang|rustc)[\w.-]*(?::\w+)?$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a warning the compiler newly reports failed a build that denies warnings',
  },
  {
    id: 'ssh-auth-failed',
    anchors: [
      'publickey',
      'host key verification',
      'authentication agent',
      'identity file',
      'failed to authenticate',
      'ssh-agent',
      'agentproxyexception',
      'load key',
      'no such identity',
    ],
    patterns: [
      /Permission denied \(publickey[\w,-]*\)/,
      /Host key verification failed/,
      /Could not open a connection to your authentication agent|Error connecting to agent/,
      /no such identity: |Load key "[^"]+": /,
      // Go's x/crypto/ssh (CI deploy actions): the server took none of the keys offered.
      /ssh: handshake failed: ssh: unable to authenticate, attempted methods \[[\w ]*publickey[\w ]*\], no supported methods remain/,
      // Cargo's libgit2 asks the agent only: "failed to authenticate when downloading repository".
      /failed to authenticate when downloading repository|attempted ssh-agent authentication, but no usernames succeeded/,
      // JSch's agent proxy (Clojure's gitlibs, Maven's and Jenkins' git): no agent socket to connect to.
      /\bAgentProxyException: connector is not available\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:GIT_SSH|GIT_SSH_COMMAND)$/,
        weight: 0.9,
        anyDirection: true,
        why: 'B has no SSH agent or key to authenticate to the git host',
      },
      // An agent on both sides under another socket path (each login makes its own) is still an agent.
      {
        facet: 'env',
        key: /^SSH_AUTH_SOCK$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => d.kind !== 'changed',
        why: 'B has no SSH agent or key to authenticate to the git host',
      },
      // What the user captured of SSH itself: the agent's keys (`ssh-add -l`), the known hosts (`ssh-keygen -F`).
      {
        facet: 'custom',
        key: /\bssh-(?:add|keygen|keyscan)\b|known_hosts/,
        weight: 0.9,
        anyDirection: true,
        why: "B's SSH agent offers other keys, or B does not know the git host's key",
      },
      // OpenSSH 8.8+ servers refuse ssh-rsa (SHA-1) signatures that older clients still offer.
      {
        facet: 'packages',
        key: /^(?:openssh-server|openssh-client|openssh-clients|openssh)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
        why: 'an OpenSSH 8.8+ server on B refuses the ssh-rsa (SHA-1) signatures the client offers',
      },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.35 },
      // The agent's pid comes with its socket; clients use the socket.
      { facet: 'env', key: /^SSH_AGENT_PID$/, weight: 0.7, anyDirection: true },
      { facet: 'env', key: /^HOME$/, weight: 0.5, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.4, anyDirection: true },
      { facet: 'git', key: /^url\./, weight: 0.8, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'SSH authentication to a remote (usually a git host) failed',
  },
  {
    // Git over HTTPS refused or could not ask for credentials: the token B's git sends (an Authorization header
    // actions/checkout left in the config, a credential helper, a URL rewrite) or none at all.
    id: 'git-https-auth-failed',
    anchors: ['could not read username', 'could not read password', 'authentication failed for', 'remote: permission to'],
    patterns: [
      /\bcould not read (?:Username|Password) for '[^']+': (?:terminal prompts disabled|No such device or address)/,
      /\bfatal: Authentication failed for '[^']+'/,
      /\bremote: Permission to \S+ denied to \S+/,
    ],
    implicates: [
      {
        facet: 'git',
        key: /extraheader|credential|^url\./i,
        weight: 0.85,
        anyDirection: true,
        why: "B's git sends other credentials to the host (a stored header, a helper, a rewritten URL) or none",
      },
      {
        facet: 'env',
        key: /TOKEN|PASSWORD|^GIT_(?:ASKPASS|TERMINAL_PROMPT|CONFIG_\w+)$|^GOPRIVATE$/i,
        weight: 0.85,
        anyDirection: true,
        why: 'B gives git another token (or none) for the host',
      },
      { facet: 'custom', key: /credential|netrc|git config/i, weight: 0.8, anyDirection: true },
      { facet: 'env', key: /^HOME$/, weight: 0.4, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'git could not authenticate to a remote over HTTPS',
  },
  {
    // curl -v's Client hello line, which a stalled handshake ends on: the server's large answer (certificates) never
    // arrived. A path that drops big packets does that - an MTU above what a VPN or bridge carries, or below it. (The
    // line alone cannot tell whether an answer followed; it implicates only an MTU, which seldom differs otherwise.)
    id: 'tls-client-hello-unanswered',
    anchors: ['client hello'],
    patterns: [/\bTLS handshake, Client hello \(1\):\s*$/],
    implicates: [
      {
        facet: 'network',
        key: /(?:^|[.:_])mtu(?:$|[.:_])/i,
        weight: 0.8,
        anyDirection: true,
        why: "B's MTU does not fit the path (a VPN, a bridge): the server's large handshake packets are lost",
      },
      { facet: 'docker', key: /^(?:mtu|network\w*)$/, weight: 0.6, anyDirection: true },
      { facet: 'env', key: /^(?:https?_proxy|all_proxy|no_proxy)$/i, weight: 0.45, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: "a TLS handshake went unanswered after the client's hello",
  },
  {
    id: 'download-failed',
    anchors: ['could not download', 'failed to download', 'unable to download'],
    patterns: [/\b(?:could not|failed to|unable to) download\b/i],
    implicates: [
      {
        facet: 'network',
        key: /(?:^|[.:_])mtu(?:$|[.:_])/i,
        weight: 0.55,
        why: 'a smaller MTU on B drops large packets while small ones pass',
      },
      { facet: 'docker', key: /^(?:mtu|dns|proxies|registry_mirrors)$/, weight: 0.5, anyDirection: true },
      { facet: 'env', key: /^(?:https?_proxy|all_proxy|no_proxy)$/i, weight: 0.5, anyDirection: true },
      { facet: 'mirrors', key: /^(?:proxy\.|resolv\.)/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'a download failed',
  },
  {
    id: 'corepack-signature',
    anchors: ['matching keyid', 'corepack'],
    patterns: [/Cannot find matching keyid/, /corepack.*signature (?:verification failed|does not match)/i],
    implicates: [
      {
        facet: 'toolchains',
        key: /^corepack$/,
        weight: 0.93,
        anyDirection: true,
        why: "B's Corepack does not know the npm registry's current signing keys (rotated in 2025)",
      },
      { facet: 'env', key: /^COREPACK_\w+$/, weight: 0.85, anyDirection: true },
      { facet: 'toolchains', key: /^(?:node|nodejs)$/, weight: 0.6, anyDirection: true, why: 'Node.js ships its own Corepack' },
    ],
    tokens: [],
    meaning: "Corepack could not verify a package manager's signature",
  },
  {
    // What glibc stopped or started providing: major()/minor()/makedev() via <sys/types.h> (2.28), <libio.h> (2.28),
    // <xlocale.h> (2.26), <sys/sysctl.h> and sys_siglist/sys_errlist (2.32); strlcpy/strlcat (new in 2.38).
    id: 'glibc-removed-api',
    anchors: [
      '_float',
      'major',
      'minor',
      'makedev',
      'conflicting types for',
      'static declaration of',
      'ambiguating new declaration',
      'libio.h',
      'xlocale.h',
      'sys/sysctl.h',
      'strlcpy',
      'strlcat',
      '__xmknod',
      '__xstat',
      '__fxstat',
      '__lxstat',
      '_stat_ver',
      'port gnulib',
      'sys_siglist',
      'sys_errlist',
      'sys_nerr',
      'exception specifier',
      'specification is incompatible',
    ],
    patterns: [
      // glibc 2.28 changed the stdio internals old gnulib copies (m4, bison, tar) read: they stop at their #error.
      /Please port gnulib \w+\.c to your platform/,
      /implicit declaration of function [‘'`](?:major|minor|makedev)[’'`]/,
      /undefined reference to [`'‘](?:major|minor|makedev)[’']/,
      /fatal error: (?:libio|xlocale|sys\/sysctl)\.h: No such file or directory/,
      // strlcpy/strlcat came with glibc 2.38: a project's own copy now conflicts; an older glibc lacks it.
      /(?:conflicting types for|static declaration of) [‘'`]strl(?:cpy|cat)[’'`]|undefined reference to [`'‘]strl(?:cpy|cat)[’']/,
      // So with every function glibc took on from the kernel or the BSDs: a project's own gettid or memfd_create
      // (grpc, QEMU) now clashes with the C library's declaration.
      new RegExp(
        `(?:conflicting types for|static declaration of|ambiguating new declaration of) [‘'\`][^’'\`]*?\\b(?:${GLIBC_ADDED_FUNCTIONS.join('|')})\\b`,
      ),
      // glibc 2.33 dropped the __xstat family that static objects built against an older glibc call.
      /undefined reference to [`'‘]__(?:xmknod|xmknodat|xstat|fxstat|lxstat|fxstatat)(?:64)?[’']/,
      // ...and the _STAT_VER macro those calls took: fakeroot's libfakeroot.c before 1.25 stops compiling.
      /[‘'`]_STAT_VER[’'`] undeclared/,
      // glibc 2.32 removed the sys_siglist/sys_errlist arrays from its headers and from new links (strsignal, strerror).
      /[‘'`]_?sys_(?:siglist|errlist|nerr|sigabbrev)[’'`] (?:undeclared|was not declared)|undefined reference to [`'‘]_?sys_(?:siglist|errlist|nerr|sigabbrev)[’']/,
      // glibc 2.41 declares sinpi/cospi/sincospi (C23) with noexcept: CUDA's math_functions.h declared them first.
      /\b(?:sin|cos|tan|sincos)pi[fl]?\(.*has a different exception specifier|specification is incompatible with that of previous function "(?:sin|cos|tan|sincos)pi[fl]?"/,
      // glibc 2.26 declares _Float128 (strtof128) for compilers that claim GCC 7: icc 18, nvcc's and older clang's
      // front ends claim it without knowing the type, and stop in stdlib.h.
      /identifier "_Float(?:128|64x|32x|64|32)" is undefined|unknown type name '_Float(?:128|64x|32x|64|32)'/,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.93,
        anyDirection: true,
        why: "B's glibc lacks what the code relies on (major() via <sys/types.h>, <libio.h>, strlcpy before 2.38) or now has its own strlcpy",
      },
      { facet: 'packages', key: /^(?:libc6-dev|glibc-devel|glibc-headers|libc6|glibc)(?::\w+)?$/, weight: 0.9, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.6, why: 'a new OS release ships a newer glibc' },
    ],
    tokens: [],
    meaning: 'code relies on a glibc header, macro or function that came or went between releases',
  },
  {
    // The compiler pointing into the C library's own headers: "/usr/include/stdlib.h:396:11: note: passing argument
    // to parameter here", "…/string.h:506:15: note: previous declaration of 'strlcpy'". The declaration the code met
    // is the C library's, which another release changed (FreeBSD 14's qsort_r, glibc 2.38's strlcpy).
    id: 'c-library-declaration-note',
    anchors: ['/usr/include/'],
    patterns: [
      /^\s*\/usr\/include\/(?:sys\/)?(?:stdlib|stdio|string|strings|unistd|signal|dirent|mount|time|pthread|sched|wchar|math|fcntl|stat|socket)\.h:\d+(?::\d+)?: note: (?:passing argument to parameter|expected .* but argument is of type|previous (?:declaration|definition)|originally defined)/,
    ],
    implicates: [
      { facet: 'libc', key: /^version$/, weight: 0.7, anyDirection: true, why: 'another C library release declares this otherwise' },
      {
        facet: 'packages',
        key: /^(?:libc6-dev|libc6|glibc(?:-devel|-headers)?|musl(?:-dev)?|cygwin)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
      },
      { facet: 'os', key: /^version_id$/, weight: 0.6, anyDirection: true, why: "the C library's headers come with the OS release" },
      // FreeBSD's kernel release is its base system's, C library and all.
      {
        facet: 'kernel',
        key: /^release$/,
        weight: 0.55,
        anyDirection: true,
        when: (d) => typeof d.b === 'string' && /-(?:RELEASE|STABLE|CURRENT)\b/.test(d.b),
      },
    ],
    tokens: [],
    meaning: "the compiler points at a declaration in the C library's own headers",
  },
  {
    // gfortran 10 made argument mismatches and invalid BOZ constants errors (-fallow-argument-mismatch and
    // -fallow-invalid-boz restore warnings): MPI codes and old numeric code trip.
    id: 'fortran-argument-mismatch',
    anchors: ['mismatch between actual argument', 'fallow-argument-mismatch', 'boz literal constant', 'allow-invalid-boz'],
    patterns: [
      /(?:Rank|Type) mismatch between actual argument at \(\d\) and actual argument at \(\d\)/,
      /-fallow-argument-mismatch/,
      /\bBOZ literal constant at \(\d\)|-f(?:no-)?allow-invalid-boz\b/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^gfortran$/,
        weight: 0.92,
        anyDirection: true,
        why: 'gfortran 10+ rejects argument mismatches and invalid BOZ constants older releases only warned about',
      },
      { facet: 'packages', key: /^(?:[\w.-]*gfortran[\w.-]*)(?::\w+)?$/, weight: 0.92, anyDirection: true },
      // The C compiler's version follows the Fortran one, but the Fortran compiler is the one that complained.
      { facet: 'toolchains', key: /^(?:gcc|g\+\+|cc)$/, weight: 0.8, anyDirection: true },
      { facet: 'packages', key: /^gcc[\w.-]*(?::\w+)?$/, weight: 0.75, anyDirection: true },
      { facet: 'env', key: /^(?:FFLAGS|FCFLAGS)$/, weight: 0.8, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.5, why: 'a new OS release ships a newer gfortran' },
    ],
    tokens: [],
    meaning: 'Fortran code that gfortran 10+ rejects (mismatched arguments, invalid BOZ constants)',
  },
  {
    // The kubeconfig's exec entry (written by `aws eks update-kubeconfig`, doctl, gcloud) names a credential plugin API
    // the client no longer (or does not yet) speak: kubectl 1.24 and Helm 3.9 dropped v1alpha1, old clients lack v1.
    id: 'exec-plugin-api-version',
    anchors: ['exec plugin: invalid apiversion'],
    patterns: [/exec plugin: invalid apiVersion "client\.authentication\.k8s\.io\/v1(?:alpha1|beta1)?"/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:kubectl|helm|k9s|kustomize|terraform)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's Kubernetes client speaks other credential plugin API versions than the kubeconfig's exec entry names",
      },
      {
        facet: 'toolchains',
        key: /^(?:aws|awscli|aws-cli|doctl|gcloud|az|eksctl|aws-iam-authenticator|kubelogin|gke-gcloud-auth-plugin)$/,
        weight: 0.8,
        anyDirection: true,
        why: "the tool that wrote the kubeconfig's exec entry names a credential plugin API version by its own release",
      },
      { facet: 'packages', key: /^(?:kubectl|helm|awscli|aws-cli|google-cloud-sdk|doctl)(?::\w+)?$/, weight: 0.75, anyDirection: true },
    ],
    tokens: [],
    meaning: "the kubeconfig's credential plugin names an API version the Kubernetes client does not speak",
  },
  {
    // Solaris' and illumos' linker lists what it could not resolve as "symbol / first referenced in file": socket
    // functions live in libsocket and libnsl there, which a build written for Linux does not link.
    id: 'solaris-socket-library-unlinked',
    anchors: ['__xnet_', 'inet_ntoa', 'setsockopt', 'gethostbyname', 'implicit dependency /usr/lib/libnsl'],
    patterns: [
      /^\s*(?:__xnet_\w+|inet_ntoa|inet_addr|gethostbyname|setsockopt|getsockopt)\s+\S+\.o\b/,
      /\(symbol belongs to implicit dependency \/usr\/lib\/lib(?:nsl|socket)\.so\.\d\)/,
    ],
    implicates: [
      {
        facet: 'os',
        key: /^id$/,
        weight: 0.85,
        when: solarisOnB,
        why: 'on Solaris and illumos the socket functions are in libsocket and libnsl, which the build does not link',
      },
      { facet: 'libc', key: /^family$/, weight: 0.85, when: solarisOnB },
      { facet: 'env', key: /^(?:LIBS|LDFLAGS)$/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: "Solaris' linker could not resolve socket functions (libsocket, libnsl)",
  },
  {
    // rustc on Windows runs `link.exe` by name: when Git's or MSYS2's usr/bin comes first on PATH, that is coreutils'
    // `link` (make a hard link), which answers "extra operand", not MSVC's linker.
    id: 'msvc-linker-shadowed',
    anchors: ['linking with `link.exe` failed', 'link: extra operand'],
    patterns: [/error: linking with `link\.exe` failed/, /\/usr\/bin\/link: extra operand\b/],
    implicates: [
      {
        facet: 'env',
        key: /^PATH$/,
        weight: 0.85,
        when: (d) => gnuBinBeforeMsvc(d.b) && !gnuBinBeforeMsvc(d.a),
        why: "B's PATH puts Git's or MSYS2's usr/bin, whose `link` is coreutils', before MSVC's linker",
      },
      {
        facet: 'env',
        key: /^(?:MSYSTEM|SHELL)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'B builds from an MSYS2 or Git Bash shell, whose usr/bin comes first',
      },
      { facet: 'toolchains', key: /^(?:msvc|visual_?studio|vs)$/, weight: 0.55, anyDirection: true },
    ],
    tokens: [],
    meaning: "the linker rustc ran as link.exe failed (coreutils' link, when Git's or MSYS2's usr/bin comes first)",
  },
  {
    // A program built against one glibc reading the locale archive another glibc wrote (a prebuilt flex, Nix's awk on
    // a host's locale-archive): the archive's categories changed size between releases, and glibc asserts.
    id: 'glibc-locale-data-mismatch',
    anchors: ['_nl_intern_locale_data'],
    patterns: [/\bloadlocale\.c:\d+: _nl_intern_locale_data: Assertion\b/],
    implicates: [
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's glibc wrote a locale archive the program's glibc cannot read",
      },
      {
        facet: 'packages',
        key: /^(?:glibc(?:-common|-langpack[\w-]*|-locale[\w-]*)?|libc6|libc-bin|locales(?:-all)?)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's glibc wrote a locale archive the program's glibc cannot read",
      },
      {
        facet: 'locale',
        key: /^(?:LC_ALL|LANG|LC_COLLATE|LC_CTYPE|LC_TIME)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'B asks for a locale from the archive (the C locale needs none)',
      },
      { facet: 'env', key: /^(?:LOCALE_ARCHIVE|LOCPATH|LC_ALL|LANG)$/, weight: 0.75, anyDirection: true },
      { facet: 'os', key: /^version_id$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: 'glibc could not read the locale archive: it was written by another glibc release',
  },
  {
    // Testcontainers starts Ryuk, a container that mounts the Docker socket, before any test container: which
    // socket the client reaches (DOCKER_HOST, Colima's, a socket override) and what may use it (SELinux, userns-remap)
    // decide whether it comes up.
    id: 'testcontainers-ryuk-failed',
    anchors: ['ryuk'],
    patterns: [
      /\bRyuk failed to start\b|\bCan not connect to Ryuk at \S+/,
      // setroubleshoot's summary of the denial that stops it.
      /\bSELinux is preventing \S*\/ryuk from \w+ access on the sock_file docker\.sock/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:DOCKER_HOST|TESTCONTAINERS_[A-Z_]+|DOCKER_CONTEXT)$/,
        weight: 0.82,
        anyDirection: true,
        why: 'B points the client at another Docker socket, which Ryuk must mount and reach',
      },
      {
        facet: 'security',
        key: /^selinux$/,
        weight: 0.8,
        when: (d) => /enforcing/i.test(String(d.b ?? '')) && !/enforcing/i.test(String(d.a ?? '')),
        why: 'B enforces SELinux, which keeps a container from the Docker socket',
      },
      { facet: 'docker', key: /^(?:security_options|userns|rootless)/, weight: 0.75, anyDirection: true },
      { facet: 'docker', key: /^server_version$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: "Testcontainers' Ryuk container did not start or could not be reached",
  },
  {
    // make's -j given no count it accepts: a variable the build passes on (JOBS=0, MAKEFLAGS="-j"), or a core count
    // the build read as 0 (OpenBLAS's getarch under LXC, whose lxcfs /sys/devices/system/cpu/online it misreads).
    id: 'make-jobs-invalid',
    anchors: ["the '-j' option requires", "the `-j' option requires"],
    patterns: [/\bthe [`']-j' option requires a positive integ(?:ral|er) argument/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:JOBS|MAKEFLAGS|MAKEOPTS|MAKE_JOBS|NUM_JOBS|NJOBS|PARALLEL_JOBS|CMAKE_BUILD_PARALLEL_LEVEL|npm_config_jobs)$/i,
        weight: 0.88,
        anyDirection: true,
        why: 'B sets the number of parallel jobs the build passes to make -j to something make refuses',
      },
      {
        facet: 'mounts',
        key: /^\/sys\/devices\/system\/cpu|^\/proc\/cpuinfo$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B mounts the CPU list over (lxcfs), and the build counts 0 cores to pass to make -j',
      },
      { facet: 'custom', key: /\bnproc\b|cpu_count|getconf _NPROCESSORS/, weight: 0.8, anyDirection: true },
      { facet: 'cpu', key: /^cores$/, weight: 0.5, anyDirection: true },
      { facet: 'toolchains', key: /^(?:make|gmake)$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'make was given a job count it refuses',
  },
  {
    // PowerShell refuses the .ps1 shims npm, pnpm and venvs install ("pnpm.ps1 cannot be loaded because running
    // scripts is disabled on this system"): the machine's execution policy, not the tool.
    id: 'powershell-execution-policy',
    anchors: ['running scripts is disabled'],
    patterns: [
      // A console cuts the line at its width, often inside "on this system".
      /\bcannot be loaded because running scripts is disabled\b/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /ExecutionPolicy/i,
        weight: 0.95,
        anyDirection: true,
        why: "B's PowerShell execution policy (Restricted, AllSigned) forbids running scripts",
      },
      { facet: 'env', key: /^PSExecutionPolicyPreference$/i, weight: 0.9, anyDirection: true },
      { facet: 'toolchains', key: /^(?:powershell|pwsh)$/, weight: 0.5, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version|id)$/, weight: 0.35 },
    ],
    tokens: [],
    meaning: "PowerShell's execution policy forbade running a script",
  },
  {
    id: 'ssh-algorithm-negotiation',
    anchors: [
      'unable to negotiate',
      'no matching host key type',
      'no matching key exchange',
      'no matching cipher',
      'pubkeyacceptedalgorithms',
      'no mutual signature',
      'unknown key type',
    ],
    patterns: [
      /Unable to negotiate with .{1,120}: no matching (?:host key type|key exchange method|cipher|MAC) found/,
      /no matching host key type found\. Their offer: /,
      // The server's side of the same refusal (sshd's log), and the client's.
      /key type ssh-(?:rsa|dss) not in PubkeyAcceptedAlgorithms/,
      /sign_and_send_pubkey: no mutual signature supported/,
      // ssh-keyscan from an OpenSSH built without DSA (9.8 and later by default).
      /Unknown key type "(?:dsa|ssh-dss)"/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:openssh[\w.-]*|ssh)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        why: "B's OpenSSH (8.8+) no longer offers the old algorithms (ssh-rsa, DSA) the server needs",
      },
      { facet: 'toolchains', key: /^(?:ssh|openssh)$/, weight: 0.92, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.55, why: 'a new OS release ships a newer OpenSSH' },
      { facet: 'images', weight: 0.5, why: 'a rebuilt image ships a newer OpenSSH' },
    ],
    tokens: [],
    meaning: 'the SSH client and server share no algorithm',
  },
  {
    id: 'worker-pool-crash',
    anchors: ['call retries were exceeded', 'child process exceptions'],
    patterns: [/Call retries were exceeded/, /Jest worker encountered \d+ child process exceptions, exceeding retry limit/],
    implicates: [
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b >= 4 * d.a,
        why: 'B reports many more cores: the test runner starts a worker per core and they exhaust memory or processes',
      },
      { facet: 'resources', key: /^(?:mem_total|mem_limit|pids_max|ulimit_nproc)$/, weight: 0.6 },
      { facet: 'docker', key: /^mem_total$/, weight: 0.6 },
    ],
    tokens: [],
    meaning: "a test runner's worker processes crashed",
  },
  {
    // A Makefile that is a symlink checked out as a text file (core.symlinks=false on Windows) holds a path on line 1.
    id: 'symlink-checked-out-as-file',
    anchors: ['missing separator'],
    patterns: [/\bMakefile:1: \*\*\* missing separator\./],
    implicates: [
      {
        facet: 'git',
        key: /^core\.(?:symlinks|autocrlf|eol)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'git on B checks symlinks out as plain files holding the target path (core.symlinks=false)',
      },
      { facet: 'env', key: /^(?:MSYS|CYGWIN)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'make read a file that is not a Makefile: a symlink checked out as text',
  },
  {
    id: 'io-uring-unavailable',
    anchors: ['io_uring'],
    patterns: [
      /io_uring.{0,80}(?:Invalid argument|EINVAL|ENOSYS|Function not implemented|Operation not permitted|EPERM)/i,
      /(?:Invalid argument|Operation not permitted|not implemented).{0,80}io_uring/i,
      // liburing's and the programs' own words for a ring that could not be set up at all.
      /\bio_uring_(?:queue_)?init\w* failed\b|Failed to initialize io_uring\b|\bio_uring is not available\b/i,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:release|version)$/,
        weight: 0.9,
        why: "B's kernel lacks the io_uring features (or io_uring itself) the program asks for",
      },
      { facet: 'sysctl', key: /^kernel\.io_uring_disabled$/, weight: 0.92, anyDirection: true },
      { facet: 'docker', key: /^(?:security_options|server_version|libseccomp_version)$/, weight: 0.55, anyDirection: true },
      // Docker's default seccomp profile blocks io_uring since 25.0 (and in containerd's since 1.7.x).
      {
        facet: 'security',
        key: /^(?:seccomp|capabilities)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's seccomp profile blocks the io_uring syscalls",
      },
    ],
    tokens: [],
    meaning: 'io_uring is missing or restricted on B',
  },
  {
    id: 'name-too-long',
    anchors: ['file name too long', 'filename too long', 'enametoolong', 'unreasonably limit filename length', 'path too long'],
    // BitBake's sanity check says it in its own words.
    // Git for Windows says "Filename too long" past MAX_PATH unless core.longpaths is set.
    patterns: [
      /File ?name too long|\bENAMETOOLONG\b|filesystem that does not unreasonably limit filename length/i,
      // libgit2 (cargo's git sources) past Windows' MAX_PATH: "path too long: 'C:/Users/…'".
      /(?<!AF_UNIX )\bpath too long: ['"][A-Za-z]:[\\/]/,
    ],
    implicates: [
      {
        facet: 'mounts',
        weight: 0.85,
        anyDirection: true,
        why: 'the filesystem under the build limits name length (eCryptfs allows 143 bytes, not 255)',
      },
      { facet: 'docker', key: /^(?:storage_driver|backing_fs)$/, weight: 0.6, anyDirection: true },
      {
        facet: 'git',
        key: /^core\.longpaths$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => !switchedOnOnB(d),
        why: 'Git on B is limited to 260-character paths on Windows (core.longpaths is off)',
      },
      { facet: 'custom', key: /longpaths/i, weight: 0.85, anyDirection: true, when: (d) => !switchedOnOnB(d) },
      // gethostname() fails the same way on a host name longer than 64 bytes.
      { facet: 'custom', key: /hostname/i, weight: 0.8, anyDirection: true, why: "B's host name is longer than gethostname() allows" },
    ],
    tokens: ['path'],
    meaning: 'a file name is longer than the filesystem allows',
  },
  {
    // A Windows path near or past MAX_PATH (260) on a failing line, whatever the tool calls the failure (pip's
    // "No such file or directory", .NET's "Could not find a part of the path", translated): without long paths
    // enabled, Windows cannot open it. The length is the evidence, not the words.
    id: 'windows-long-path',
    anchors: [':\\'],
    patterns: [/(?<![\w])[A-Za-z]:\\{1,2}(?=(?:[^'"<>|\r\n*?:\\]*\\{1,2}){8})(?=[^'"<>|\r\n*?:]{230,})/],
    implicates: [
      {
        facet: 'custom',
        key: /longpath/i,
        weight: 0.9,
        anyDirection: true,
        when: (d) => !switchedOnOnB(d),
        why: 'B does not enable long paths: Windows cannot open a path this long',
      },
      {
        facet: 'git',
        key: /^core\.longpaths$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => !switchedOnOnB(d),
        why: 'git on B is limited to 260-character paths',
      },
      {
        facet: 'env',
        key: /^(?:USERPROFILE|HOME|TEMP|TMP|LOCALAPPDATA|APPDATA)$/,
        weight: 0.5,
        anyDirection: true,
        when: (d) => typeof d.a !== 'string' || typeof d.b !== 'string' || d.b.length > d.a.length,
        why: "B's longer home or temp directory pushes the path past 260 characters",
      },
      // Short 8.3 names are how Bazel and others fit a long path under MAX_PATH without long-path support.
      {
        facet: 'custom',
        key: /8dot3/i,
        weight: 0.85,
        anyDirection: true,
        why: "B's volume makes no 8.3 short names, which tools use to fit a long path under 260 characters",
      },
      // The same tree built on macOS or Linux knows no such limit: only B, on Windows, meets it.
      {
        facet: 'os',
        key: /^(?:id|name|pretty_name)$/,
        weight: 0.8,
        when: onlyBOnWindows,
        why: 'B builds on Windows, which cannot open a path past 260 characters; A has no such limit',
      },
    ],
    tokens: [],
    meaning: 'a Windows path longer than MAX_PATH',
  },
  {
    // glibc 2.34 made SIGSTKSZ a sysconf() call: code using it in #if or array sizes stops compiling (gnulib c-stack).
    id: 'glibc-sigstksz',
    anchors: ['sigstksz', 'c-stack.c'],
    patterns: [
      /c-stack\.c:\d+:\d+: error: missing binary operator before token "\("/,
      /SIGSTKSZ.{0,80}(?:not an integer constant|non-constant|is not constant|variably modified)|(?:not an integer constant|variably modified).{0,80}SIGSTKSZ/i,
      // The compiler's excerpt of the offending line: SIGSTKSZ sizing an array.
      /\[\s*\(?\s*SIGSTKSZ\b/,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.93,
        anyDirection: true,
        why: 'glibc 2.34 no longer defines SIGSTKSZ as a constant; old gnulib code stops compiling',
      },
      { facet: 'packages', key: /^(?:libc6-dev|glibc-devel|glibc-headers|libc6|glibc)(?::\w+)?$/, weight: 0.9, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.6, why: 'a new OS release ships a newer glibc' },
    ],
    tokens: [],
    meaning: 'code uses SIGSTKSZ as a constant, which newer glibc no longer provides',
  },
  {
    // Chrome refuses to start as root unless told --no-sandbox: a container or CI job that runs as root.
    id: 'chrome-as-root',
    anchors: ['without --no-sandbox'],
    patterns: [/Running as root without --no-sandbox is not supported/],
    implicates: runsAsRoot('B runs as root, and Chrome will not start its sandbox as root'),
    tokens: [],
    meaning: 'Chrome refused to run as root with its sandbox on',
  },
  {
    // CI kills a step that printed nothing for its limit: a build waiting on something B's machine never delivers (a
    // worker pool of one that deadlocks, an emulator without hardware virtualisation, a machine swapping).
    id: 'build-stalled',
    anchors: ['no output has been received', 'minutes of inactivity'],
    patterns: [/No output has been received in the last \d+m/, /\bkilled with signal \w+ after \d+ minutes of inactivity\b/],
    implicates: [
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.7,
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b < d.a,
        why: 'B has fewer cores: a worker pool sized by them waits on itself, or the work no longer finishes in time',
      },
      { facet: 'cpu', key: /^flags$/, weight: 0.6, why: 'B lacks a CPU feature (hardware virtualisation) the step waits on' },
      { facet: 'modules', key: /^kvm(?:_intel|_amd)?$/, weight: 0.6 },
      { facet: 'resources', key: /^(?:mem_total|swap_total)$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the step printed nothing until CI stopped it',
  },
  {
    // CMake's FindJNI looks for a JDK's headers and libjvm under JAVA_HOME, then where the distribution installs
    // JDKs: a machine with only a JRE, or no JAVA_HOME where the JDK is not in a standard place, has none.
    id: 'jni-not-found',
    anchors: ['could not find jni', 'could not find java'],
    patterns: [/Could NOT find JNI\b/, /Could NOT find Java\b.*\bmissing:/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:JAVA_HOME|JDK_HOME)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's JAVA_HOME does not point at a JDK where CMake looks",
      },
      {
        facet: 'packages',
        key: JDK_PACKAGES,
        weight: 0.8,
        anyDirection: true,
        anyStep: true,
        why: 'B lacks the JDK (headers and libjvm) that JNI code builds against',
      },
      { facet: 'toolchains', key: /^(?:java|javac|jdk)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "CMake did not find a JDK's JNI headers and libraries",
  },
  {
    // Gradle's "Could not find tools.jar": the Java the build runs is a runtime (JRE) without javac, which JAVA_HOME
    // usually chose.
    id: 'java-compiler-missing',
    anchors: ['tools.jar'],
    patterns: [/Could not find tools\.jar\b/],
    implicates: [
      {
        facet: 'env',
        key: JAVA_HOME_ENV,
        weight: 0.92,
        anyDirection: true,
        when: movedToJre,
        why: "B's JAVA_HOME points at a Java runtime (JRE), which has no compiler",
      },
      { facet: 'env', key: JAVA_HOME_ENV, weight: 0.75, anyDirection: true },
      { facet: 'toolchains', key: /^(?:java|javac|jdk)$/, weight: 0.6, anyDirection: true },
      {
        facet: 'packages',
        key: JDK_PACKAGES,
        weight: 0.7,
        anyDirection: true,
        anyStep: true,
      },
    ],
    tokens: [],
    meaning: 'the build found a Java runtime without a compiler (a JRE, not a JDK)',
  },
  {
    // A Java compile task that failed with no diagnostic of its own ("Execution failed for task ':compileJava'"):
    // where B's JAVA_HOME moved from a JDK to a runtime (JRE), there was no compiler to run.
    id: 'java-compile-task-failed',
    anchors: ['compilejava', 'compiletestjava', 'maven-compiler-plugin'],
    patterns: [
      /Execution failed for task '[\w:-]*:compile(?:Test)?Java'|:compile(?:Test)?Java FAILED/,
      /Failed to execute goal org\.apache\.maven\.plugins:maven-compiler-plugin\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: JAVA_HOME_ENV,
        weight: 0.85,
        anyDirection: true,
        when: movedToJre,
        why: "B's JAVA_HOME points at a Java runtime (JRE), which has no compiler",
      },
    ],
    tokens: [],
    meaning: 'a Java compile task failed',
  },
  {
    // LLD 16 made --no-undefined-version its default: a version script naming a symbol the library does not define
    // now fails the link. The NDK ships LLD (r26 is LLD 17), so an NDK upgrade brings it too.
    id: 'lld-undefined-version',
    anchors: ['version script assignment'],
    patterns: [/version script assignment of '[^']+' to symbol '[^']+' failed: symbol not defined/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:lld|ld\.lld|clang|clang\+\+|llvm|android-ndk|ndk)$/,
        weight: 0.9,
        when: upgraded,
        why: "B's LLD (16+) fails links whose version script names undefined symbols",
      },
      { facet: 'packages', key: /^(?:lld|llvm|clang)[\w.-]*(?::\w+)?$/, weight: 0.85, when: upgraded },
      { facet: 'env', key: /^(?:ANDROID_NDK_HOME|ANDROID_NDK_ROOT|ANDROID_NDK|NDK_HOME)$/, weight: 0.7, anyDirection: true },
      { facet: 'env', key: /^LDFLAGS$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'LLD refused a version script that names symbols the library does not define',
  },
  {
    // A program the kernel cannot execute (another architecture's ELF, no binfmt handler for it) is handed to
    // /bin/sh as a script: dash reads its first bytes and stops on a parenthesis or a newline a few lines in.
    // Not a shell script's own bashism (configure, *.sh) or a `sh -c` string.
    id: 'foreign-binary-read-as-script',
    anchors: ['syntax error'],
    patterns: [
      /(?:^|[\s"'[])(?:[\w.+-]*\/)*(?![\w.+-]*\.(?:sh|bash|ksh|zsh)\b|(?:sh|bash|dash|configure|autogen|bootstrap|gradlew|mvnw|npm|npx|yarn)\b)[\w.+-]+: \d{1,3}: (?:[^:]+: )?Syntax error: (?:\\?"\(\\?" unexpected|newline unexpected|word unexpected \(expecting \\?"\)\\?"\))/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.88,
        anyDirection: true,
        why: "B's machine is another architecture: the kernel cannot run the binary, so the shell reads it as a script",
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.88, anyDirection: true },
      {
        facet: 'binfmt',
        weight: 0.75,
        anyDirection: true,
        why: 'without a binfmt_misc handler for it, a foreign binary is handed to the shell',
      },
      { facet: 'images', weight: 0.35 },
    ],
    tokens: [],
    meaning: 'the shell read a binary it could not execute as a script',
  },
  {
    // CMake's Visual Studio generator names one release ("Visual Studio 17 2022"): a runner image that ships another
    // (VS 2026 on windows-latest) or lacks the C++ workload has no instance of it.
    id: 'visual-studio-instance-missing',
    anchors: ['any instance of visual studio'],
    patterns: [/could not find any instance of Visual Studio\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:visual_?studio|vs|vs\d{4}|msvc|cl|msbuild|vswhere)$/i,
        weight: 0.9,
        anyDirection: true,
        why: 'B has another Visual Studio release (or none) than the one the CMake generator names',
      },
      { facet: 'packages', key: /^Microsoft\.VisualStudio\./i, weight: 0.85, anyDirection: true, anyStep: true },
      { facet: 'custom', key: /\bvswhere\b|VisualStudio/i, weight: 0.85, anyDirection: true },
      {
        facet: 'env',
        key: /^(?:VSINSTALLDIR|VisualStudioVersion|VCINSTALLDIR|VCToolsVersion|ImageOS|ImageVersion)$/,
        weight: 0.5,
        anyDirection: true,
      },
      { facet: 'toolchains', key: /^cmake$/, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: 'CMake found no installation of the Visual Studio release its generator names',
  },
  {
    // With Secure Boot on, the kernel loads only modules signed by a key it trusts: a module built locally (DKMS,
    // the NVIDIA installer) and not enrolled with MOK is refused.
    id: 'module-signature-rejected',
    anchors: ['key was rejected', 'required key not available', 'unable to load the kernel module'],
    patterns: [
      /could not insert '[\w-]+': (?:Key was rejected by service|Required key not available)/,
      /\bUnable to load the kernel module '[\w.-]+\.ko'/,
    ],
    implicates: [
      {
        facet: 'custom',
        key: /mokutil|secure ?boot|sb-state|lockdown/i,
        weight: 0.92,
        anyDirection: true,
        why: 'B boots with Secure Boot on: the kernel refuses modules not signed by an enrolled key',
      },
      { facet: 'security', key: /secure_?boot|lockdown/i, weight: 0.92, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the kernel refused to load a module (unsigned under Secure Boot, or built for another kernel)',
  },
  {
    // A numeric result off by more than its tolerance, or a linear-algebra routine that no longer converges: the
    // arithmetic changed under the code. The BLAS/LAPACK build (OpenBLAS, BLIS, MKL), its threads (the order of a
    // parallel sum) and floating-point flags decide the last bits.
    id: 'numeric-result-drift',
    anchors: ['tolerance', 'almost equal', 'max absolute difference', 'e-', 'converge', 'positive definite'],
    patterns: [
      /\bNot equal to tolerance\b|\bArrays are not (?:almost )?equal\b|\bMax (?:absolute|relative) difference\b/,
      /\bassert(?:ion\w*)?\b.*\b\d(?:\.\d+)?e-\d+\b|\babove tolerance\b/i,
      /\bfailed to converge\b|\bleading minor of order \d+ is not positive definite\b/i,
    ],
    implicates: [
      { facet: 'packages', key: BLAS_PACKAGES, weight: 0.75, anyDirection: true, anyStep: true },
      // The C library's libm computes the elementary functions (musl's and glibc's differ in the last bits).
      { facet: 'libc', weight: 0.8, anyDirection: true },
      { facet: 'libraries', key: BLAS_LIBRARIES, weight: 0.6, anyDirection: true },
      { facet: 'env', key: BLAS_THREADS_ENV, weight: 0.75, anyDirection: true },
      {
        facet: 'env',
        key: /^(?:CFLAGS|CXXFLAGS|FFLAGS|FCFLAGS|CPPFLAGS)$/,
        weight: 0.75,
        anyDirection: true,
        when: (d) => FLOAT_FLAGS.test(String(d.a ?? '')) !== FLOAT_FLAGS.test(String(d.b ?? '')),
        why: 'floating-point flags (-ffast-math, -mfma, -ffp-contract) change the last bits of results',
      },
    ],
    tokens: [],
    meaning: 'a numeric result drifted past its tolerance',
  },
  {
    // The NVIDIA container toolkit mounts only the driver libraries NVIDIA_DRIVER_CAPABILITIES asks for: without
    // `video` there is no libnvidia-encode (NVENC) or libnvcuvid, without `graphics`/`display` no Vulkan or GL ICD.
    id: 'gpu-video-or-graphics-unavailable',
    anchors: ['nvenc', 'nvcuvid', 'vkresult', 'vk_error', 'vkcreateinstance'],
    patterns: [
      /^(?=.*\b(?:h264|hevc|av1)_nvenc\b)(?=.*\b(?:fail(?:ed)?|error|cannot|unavailable)\b)|Cannot load libnv(?:idia-encode|cuvid)\.so|NVENC library file is not found|No NVENC capable devices/i,
      /\bVkResult=-\d+|\bVK_ERROR_(?:INCOMPATIBLE_DRIVER|INITIALIZATION_FAILED|SURFACE_LOST_KHR|DEVICE_LOST)\b|vkCreateInstance failed/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^NVIDIA_DRIVER_CAPABILITIES$/,
        weight: 0.9,
        anyDirection: true,
        when: lostGpuCapability,
        why: "B's container asks the NVIDIA toolkit for fewer driver capabilities: the video or graphics libraries are not mounted",
      },
      { facet: 'env', key: /^(?:NVIDIA_DRIVER_CAPABILITIES|NVIDIA_VISIBLE_DEVICES)$/, weight: 0.6, anyDirection: true },
      { facet: 'libraries', key: /^lib(?:nvidia-encode|nvcuvid|GLX_nvidia|EGL_nvidia|vulkan)\.so/, weight: 0.8, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:nvidia-container-toolkit[\w-]*|libnvidia-container[\w.-]*|mesa-vulkan-drivers|libvulkan1)(?::\w+)?$/,
        weight: 0.45,
        anyDirection: true,
      },
    ],
    tokens: [],
    meaning: "the GPU's video encoder or graphics driver could not be used",
  },
  {
    // Graphviz renders each output format through a plugin (gd for png and gif, cairo, pango): a build or package
    // without it lists only the formats it has.
    id: 'graphviz-format-missing',
    anchors: ['not recognized. use one of'],
    patterns: [/Format: "[\w:]+" not recognized\. Use one of:/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:graphviz[\w.+-]*|libgraphviz[\w.+-]*|libgvc\d*|libgd\d*|gd)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        anyStep: true,
        why: "B's Graphviz lacks the plugin that renders this format (gd, cairo)",
      },
      { facet: 'toolchains', key: /^(?:dot|graphviz)$/, weight: 0.8, anyDirection: true },
      { facet: 'libraries', key: /^lib(?:gvplugin_\w+|gd|cairo)\.so/, weight: 0.7, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Graphviz cannot render the requested output format',
  },
  {
    // A log that runs or recommends `ulimit -n`, or speaks of the most files a process may open, is about the
    // open-file limit: too low for the build (EMFILE), or so high that programs looping over every descriptor crawl.
    id: 'open-file-limit-named',
    anchors: ['ulimit -n', 'file handles', 'number of open files'],
    patterns: [/\bulimit -n\b/, /\bmaximum (?:allowed )?file handles\b|\bmaximum number of open files\b/i],
    implicates: [
      {
        facet: 'resources',
        key: /^ulimit_nofile$/,
        weight: 0.85,
        anyDirection: true,
        why: 'the log is about the open-file limit, which differs on B',
      },
      { facet: 'sysctl', key: /^(?:fs\.file-max|fs\.nr_open|kern\.maxfiles(?:perproc)?)$/, weight: 0.5, anyDirection: true },
      { facet: 'custom', key: /\bulimit\b|maxfiles|LimitNOFILE/i, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the log names the open-file limit',
  },
  {
    // Jetty sizes its selector and acceptor threads by the machine's cores: a pool a test configured with a few
    // threads is too small for them on a machine with many more cores.
    id: 'jetty-thread-budget',
    anchors: ['insufficient configured threads'],
    patterns: [/Insufficient configured threads: required=\d+ < max=\d+/],
    implicates: [
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.9,
        anyDirection: true,
        when: raisedOnB,
        why: 'B has more cores, and Jetty starts more selector threads than the configured pool holds',
      },
      { facet: 'cpu', key: /^cores$/, weight: 0.5, anyDirection: true },
      { facet: 'resources', key: /^(?:cgroup_cpus|cpu_quota|nproc)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "Jetty's thread pool is smaller than the threads it needs on this machine",
  },
  {
    // RHEL 9 (and its rebuilds) turned SHA-1 signatures off in the system crypto policy: rpm will not verify a
    // package or key signed with SHA-1, OpenSSL will not make SHA-1 signatures, Java rejects SHA-1 certificates.
    id: 'sha1-signatures-disabled',
    anchors: ['sha1 not available', 'sha1 is not supported', 'algorithm constraints'],
    patterns: [
      /\bHash algorithm SHA1 not available\b/,
      /\bsha1 is not supported by this backend for RSA signing\b/i,
      /\bCertificates do not conform to algorithm constraints\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^crypto-policies[\w-]*(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        anyStep: true,
        why: "B's system crypto policy no longer allows SHA-1 signatures",
      },
      {
        facet: 'custom',
        key: /crypto-polic|sha1|opensslcnf/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's system crypto policy no longer allows SHA-1 signatures",
      },
      {
        facet: 'os',
        key: /^(?:version_id|id)$/,
        weight: 0.7,
        why: 'a new OS release (RHEL 9, Fedora 33) disables SHA-1 signatures by policy',
      },
      {
        facet: 'packages',
        key: /^(?:rpm|rpm-libs|openssl|openssl-libs|libssl[\w.-]*|gnupg2?|java-[\w.-]*-openjdk[\w.-]*)(?::\w+)?$/,
        weight: 0.6,
        anyDirection: true,
      },
      { facet: 'env', key: /^(?:OPENSSL_CONF|OPENSSL_ENABLE_SHA1_SIGNATURES)$/, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the system crypto policy refused a SHA-1 signature',
  },
  {
    // Disk images are mounted through loop devices: a container without them (no /dev/loop*, no CAP_SYS_ADMIN) or a
    // kernel without the loop module cannot attach the image.
    id: 'loop-device-unavailable',
    anchors: ['loop device'],
    patterns: [/\bfailed to set ?up loop device\b/i, /\bcannot find an unused loop device\b/i, /\bcould not find any free loop device\b/i],
    implicates: [
      { facet: 'modules', key: /^loop$/, weight: 0.9, why: "B's kernel has not loaded the loop module" },
      { facet: 'custom', key: /losetup|\/dev\/loop|loop/i, weight: 0.85, anyDirection: true, why: 'B has no free loop device' },
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.8,
        when: (d) => lostCapability(d, 'sys_admin'),
        why: 'B runs without CAP_SYS_ADMIN, which attaching a loop device needs',
      },
      { facet: 'mounts', key: /^\/dev$/, weight: 0.5, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'no loop device could be attached to a disk image',
  },
  {
    // OpenSSL's security level (raised by distributions: Ubuntu 20.04, Fedora 33 crypto policies) rejects small keys and weak digests.
    id: 'tls-security-level',
    anchors: ['key too small', 'md too weak', 'ee_key_too_small', 'ca_md_too_weak'],
    patterns: [/\b(?:ee|dh|ca) key too small\b|\bca md too weak\b|\b(?:EE|DH|CA)_KEY_TOO_SMALL\b|\bCA_MD_TOO_WEAK\b/i],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:crypto-policies[\w-]*|openssl|libssl[\w.-]*)(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's OpenSSL runs at a higher security level and rejects small keys and weak signatures",
      },
      { facet: 'env', key: /^(?:OPENSSL_CONF|OPENSSL_MODULES)$/, weight: 0.85, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.6, why: 'a new OS release raises the default TLS security level' },
    ],
    tokens: [],
    meaning: 'OpenSSL rejected a key or signature as too weak for its security level',
  },
  {
    // runc runs the GPU toolkit's prestart hook (nvidia-container-cli) to mount the driver into the container:
    // when the hook fails, it is the toolkit's error, passed up through runc.
    id: 'container-hook-failed',
    anchors: ['running hook', 'prestart hook', 'nvidia-container-cli'],
    patterns: [CONTAINER_HOOK_FAILED],
    // A driver older than the image's CUDA is the driver's matter (cuda-driver-too-old's sense, not the hook's).
    exclude: [/nvidia-container-cli: requirement error\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:nvidia-container-toolkit[\w-]*|libnvidia-container[\w.-]*|nvidia-container-runtime|nvidia-docker2?)(?::\w+)?$/,
        // 0.6: a hook refused an operation is as often a policy's doing (SELinux enforcing under enroot).
        weight: 0.6,
        anyDirection: true,
        why: "the GPU toolkit's prestart hook failed: another toolkit sets up devices differently",
      },
      { facet: 'toolchains', key: /^(?:nvidia-container-toolkit|nvidia-ctk|nvidia-container-cli)$/, weight: 0.6, anyDirection: true },
      { facet: 'docker', key: /^(?:default_runtime|runtimes|cgroup_version|cgroup_driver|rootless)$/, weight: 0.6, anyDirection: true },
      { facet: 'kernel', key: /^cgroup$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "a container runtime hook (the GPU toolkit's) failed to prepare the container",
  },
  {
    id: 'oci-runtime-failed',
    anchors: ['oci runtime', 'container init caused', 'runc create failed'],
    patterns: [/OCI runtime (?:create|start|exec|run) failed/, /container init caused:|runc create failed:/],
    // The runtime did its job: the program it was asked to run is not in the image (image-lacks-program), or a
    // hook it ran failed (container-hook-failed).
    exclude: [/\bexec: "[^"]+": (?:stat \S+: no such file or directory|executable file not found in \$PATH)/, CONTAINER_HOOK_FAILED],
    implicates: [
      {
        facet: 'docker',
        key: /^runc_version$/,
        weight: 0.8,
        anyDirection: true,
        why: 'the OCI runtime (runc) failed to set up the container: another runc behaves differently with this kernel',
      },
      { facet: 'docker', key: /^containerd_version$/, weight: 0.55, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:runc|crun|youki|containerd(?:\.io)?|moby-runc|moby-containerd)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
      },
      // The OCI runtime itself, as a tool of its own (crun under Podman, or configured as Docker's runtime).
      {
        facet: 'toolchains',
        key: /^(?:runc|crun|youki|runsc)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'the OCI runtime failed to set up the container: another release of it behaves differently with this kernel',
      },
      { facet: 'docker', key: /^(?:server_version|cgroup_driver|cgroup_version|security_options)$/, weight: 0.45, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|cgroup)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the container runtime failed to create or start the container',
  },
  {
    id: 'extension-undefined-symbol',
    anchors: ['undefined symbol'],
    patterns: [
      // A compiled extension (.so, .node) loaded into another build of its runtime or library.
      /(?:\.so(?:\.[\d.]+)?|\.node|\.pyd): undefined symbol: [\w@.]+/,
      /symbol lookup error: .*: undefined symbol: [\w@.]+/,
    ],
    exclude: [/GLIBC_/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:LD_LIBRARY_PATH|LD_PRELOAD|PYTHONPATH|PYTHONHOME|NODE_PATH|R_LIBS(?:_USER)?|PERL5LIB|RUBYLIB)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B loads another build of a library or module from another path than the one it was built against',
      },
      {
        facet: 'toolchains',
        weight: 0.45,
        anyDirection: true,
        why: 'a compiled extension was built for another version of its runtime, which dropped or renamed the symbol',
      },
      { facet: 'images', weight: 0.5, anyDirection: true, why: 'a rebuilt image ships another runtime than the extension was built for' },
      { facet: 'packages', weight: 0.35, anyDirection: true },
      { facet: 'libraries', weight: 0.5, anyDirection: true },
    ],
    tokens: ['soname', 'path'],
    meaning: 'a compiled extension needs a symbol its runtime or library no longer has',
  },
  {
    // Build tools that started refusing repositories served over plain HTTP: Maven 3.8.1 (through a mirror
    // named maven-default-http-blocker), Leiningen 2.8.
    id: 'http-repository-blocked',
    anchors: ['blocked mirror', 'http-blocker', 'insecure http repository'],
    patterns: [/Blocked mirror for repositories|maven-default-http-blocker/, /Tried to use insecure HTTP repository without TLS/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:mvn|maven|lein|leiningen)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'another version of the build tool resolves differently: newer ones refuse repositories served over plain HTTP',
      },
      { facet: 'env', key: MAVEN_ENV, weight: 0.7, anyDirection: true },
      { facet: 'mirrors', weight: 0.5, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'a build tool refused a repository served over plain HTTP',
  },
  {
    // A transfer that failed: the network, the repositories or the TLS stack more often than Maven itself.
    id: 'maven-resolution',
    anchors: ['could not resolve dependencies', 'failed to read artifact descriptor', 'could not transfer artifact'],
    patterns: [
      /Could not resolve dependencies for project|Failed to read artifact descriptor for|Could not transfer artifact \S+ from\/to/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:mvn|maven)$/,
        weight: 0.5,
        anyDirection: true,
        why: 'another Maven resolves with other repositories, mirrors and protocols',
      },
      { facet: 'env', key: MAVEN_ENV, weight: 0.45, anyDirection: true },
      { facet: 'mirrors', weight: 0.55, anyDirection: true, why: 'B resolves artifacts through other repositories or mirrors' },
      { facet: 'env', key: /^(?:https?_proxy|no_proxy)$/i, weight: 0.5, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'Maven could not resolve the dependencies',
  },
  {
    id: 'seccomp-profile',
    anchors: ['seccomp filter', 'seccomp profile', 'loading seccomp'],
    patterns: [
      // The daemon's default profile names a syscall (clone3, faccessat2) libseccomp or runc on B does not know.
      /error adding seccomp filter rule for syscall \w+/,
      /error loading seccomp filter|seccomp profile .* (?:failed|not supported)/i,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:server_version|libseccomp_version|security_options)$/,
        weight: 0.85,
        anyDirection: true,
        why: "the daemon's seccomp profile names a syscall the runtime's libseccomp on B does not know (clone3)",
      },
      { facet: 'docker', key: /^(?:runc_version|containerd_version)$/, weight: 0.75, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:libseccomp[\w.-]*|runc|containerd(?:\.io)?|docker[\w.-]*|moby-\w+)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
      },
      { facet: 'kernel', key: /^release$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the container runtime could not load the seccomp profile',
  },
  {
    // A program asks for a named locale (en_US.UTF-8) that B never generated: slim images carry only C and C.UTF-8.
    id: 'locale-not-generated',
    anchors: ['_s_create_c_locale', 'locale requested by the environment', 'invalid locale settings'],
    patterns: [
      /locale::facet::_S_create_c_locale name not valid/,
      /The locale requested by the environment is invalid/,
      // PostgreSQL's initdb refuses a locale the C library cannot load (not generated, or none set).
      /invalid locale settings; check LANG and LC_\* environment variables/,
    ],
    implicates: [
      { facet: 'locale', key: /^available$/, weight: 0.9, why: 'B lacks the locale the program asks for (never generated)' },
      {
        facet: 'packages',
        key: /^(?:locales|locales-all|language-pack-\w+|glibc-langpack-\w+|glibc-locale\w*|glibc-all-langpacks)(?::\w+)?$/,
        weight: 0.8,
        why: 'B lacks the package that ships the generated locales',
      },
      { facet: 'locale', weight: 0.6, anyDirection: true },
      { facet: 'env', key: /^(?:LANG|LC_ALL|LC_\w+|LANGUAGE)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a program asked for a locale that is not installed',
  },
  {
    // Build systems that split paths on whitespace refuse a path with a space in it: a home directory under
    // "C:\Users\First Last", a PATH that WSL filled with "/mnt/c/Program Files/…".
    id: 'path-has-whitespace',
    anchors: ['whitespace', 'spaces'],
    patterns: [
      /\b(?:detected|found|contains?|has) (?:a |some )?whitespace (?:characters? )?in (?:the )?(?:project |build |install )?paths?\b/i,
      /\bYour PATH contains spaces\b/,
      /\bpaths? (?:must not|cannot|can't|may not|should not) contain (?:any )?(?:spaces|whitespace)\b/i,
    ],
    implicates: [
      {
        facet: 'env',
        weight: 0.85,
        anyDirection: true,
        when: gainedWhitespace,
        why: "B's value has a space in it, and the build splits paths on whitespace",
      },
      { facet: 'custom', weight: 0.6, anyDirection: true, when: gainedWhitespace },
    ],
    tokens: [],
    meaning: 'a build refused a path with whitespace in it',
  },
  {
    // A failing test named after time zones (chrono-test, test_timezone, TestLocalTime): what it checks depends
    // on the machine's time zone, and a test suite names its subject when its log says nothing more.
    id: 'time-test-failed',
    // "test" for Surefire's list of failed tests ("testLocalTime(pkg.ClockTest)"), which names no failure itself.
    anchors: ['fail', 'error', 'test'],
    patterns: failedTestNamed(
      // Words of zones, not of formats: "formattedTime" and "formatDateTime" print in the locale's format as much.
      String.raw`(?:[Cc]hrono|[Tt]ime[Zz]one|[Tt]ime_zone|[Tt]z|[Zz]one|[Ll]ocal[Tt]ime|DST|TZ)`,
    ),
    implicates: [
      { facet: 'time', key: /^timezone$/, weight: 0.65, anyDirection: true, why: 'a date and time test depends on the local time zone' },
      { facet: 'env', key: /^TZ$/, weight: 0.65, anyDirection: true, why: 'TZ decides the local time zone the test runs in' },
      { facet: 'packages', key: TZ_DATABASE_PACKAGES, weight: 0.45, anyDirection: true },
      { facet: 'locale', key: /^(?:LC_TIME|LC_ALL|LANG)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a test of time zones failed',
  },
  {
    // A date written out in words ("04 Sept 2025", "11:00 AM") that a parser then refuses: month names, day names and
    // the space before AM come from the locale's data, which the machine's locale picks and the JDK's CLDR release
    // spells (JDK 9 made CLDR the default; JDK 20's CLDR 42 put a narrow no-break space before AM).
    id: 'date-text-unparseable',
    anchors: ['could not be parsed at index', 'is malformed at'],
    patterns: [/\bDateTimeParseException: Text '[^']*' could not be parsed at index \d+/, /\bInvalid format: "[^"]*" is malformed at "/],
    implicates: [
      {
        facet: 'locale',
        key: /^(?:LANG|LC_ALL|LC_TIME)$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's locale writes month and day names (and AM/PM) otherwise",
      },
      { facet: 'env', key: /^(?:LANG|LC_ALL|LC_TIME|LANGUAGE)$/, weight: 0.7, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^(?:java|javac|jdk)$/,
        weight: 0.75,
        anyDirection: true,
        when: (d) => crosses(d, [9]) || crosses(d, [20]),
        why: "another JDK's CLDR locale data spells dates otherwise",
      },
      { facet: 'time', key: /^(?:timezone|tz)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a date written in words could not be parsed back',
  },
  {
    // A failing test named after locales and number formats (test-locale, NumbersModuleTest, test_i18n): it prints
    // numbers, dates or text the way the machine's locale does.
    id: 'locale-test-failed',
    // "test" for Surefire's list of failed tests ("testNumbersValue(pkg.NumbersModuleTest)").
    anchors: ['fail', 'error', 'test'],
    patterns: failedTestNamed(
      String.raw`(?:[Ll]ocale|[Ii]18n|[Ll]10n|[Ii]ntl|[Ll]ocali[sz]ation|[Nn]umber[Ff]ormat|[Nn]umbers|[Cc]urrency|[Cc]ollation|[Dd]ecimal[Ff]ormat)`,
    ),
    implicates: [
      { facet: 'locale', key: /^(?:LANG|LC_ALL|LC_NUMERIC|LC_MONETARY|LC_TIME|LC_COLLATE|charmap)$/, weight: 0.65, anyDirection: true },
      {
        facet: 'env',
        key: /^(?:LANG|LC_ALL|LC_\w+|LANGUAGE)$/,
        weight: 0.65,
        anyDirection: true,
        why: 'the test runs in the locale these variables choose',
      },
      { facet: 'locale', key: /^available$/, weight: 0.5, anyDirection: true },
      {
        facet: 'libc',
        key: /^family$/,
        weight: 0.45,
        anyDirection: true,
        why: 'musl formats numbers in the C locale whatever locale is asked for',
      },
    ],
    tokens: [],
    meaning: 'a test of locales or number formats failed',
  },
  {
    // Sanitizers map their shadow memory at fixed addresses: more address-space randomisation (vm.mmap_rnd_bits 28 -> 32,
    // raised by newer kernels) puts a library or the stack there, and ASan/TSan loop on DEADLYSIGNAL or abort.
    id: 'sanitizer-memory-layout',
    anchors: ['deadlysignal', 'shadow memory range', 'unexpected memory mapping'],
    patterns: [
      /\b(?:Address|Thread|Memory|Leak)Sanitizer:DEADLYSIGNAL\b/,
      /Shadow memory range interleaves with an existing memory mapping/,
      /\b(?:ThreadSanitizer|MemorySanitizer): unexpected memory mapping\b/,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^vm\.mmap_rnd_(?:compat_)?bits$/,
        weight: 0.92,
        why: "B randomises addresses with more bits, and the sanitizer's fixed shadow memory collides with a mapping",
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.6, why: 'newer kernels randomise the address space with more bits' },
      { facet: 'sysctl', key: /^kernel\.randomize_va_space$/, weight: 0.7, anyDirection: true },
      {
        facet: 'toolchains',
        key: C_COMPILERS,
        weight: 0.35,
        why: "an older compiler's sanitizer runtime does not cope with the new layout",
      },
    ],
    tokens: [],
    meaning: "the sanitizer's shadow memory collided with the process's memory layout",
  },
  {
    // `go test` runs vet first, and each Go release adds checks: Go 1.24's printf check fails on a non-constant format,
    // and vet before 1.17 wants the old "// +build" line beside "//go:build". The Go release decides, not the code.
    id: 'go-vet-check-changed',
    anchors: ['non-constant format string', '+build comment'],
    patterns: [/\bnon-constant format string in call to\b/, /\/\/go:build comment without \/\/ \+build comment\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:go|golang)$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => crosses(d, [1, 24]) || crosses(d, [1, 17]),
        why: "another Go release's vet runs other checks as part of go test",
      },
      {
        facet: 'packages',
        key: /^(?:golang|go|golang-go|golang-\d[\d.]*-go)(?::\w+)?$/,
        weight: 0.88,
        anyDirection: true,
        when: (d) => crosses(d, [1, 24]) || crosses(d, [1, 17]),
        why: "another Go release's vet runs other checks as part of go test",
      },
      { facet: 'toolchains', key: /^(?:go|golang)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "go vet's checks (run by go test) failed",
  },
  {
    // TSan, kcov, setarch and debuggers turn address randomisation off with personality(2), which Docker's default
    // seccomp profile refuses unless the flag is one it allows: B's container runs under that profile, A's did not.
    id: 'personality-refused',
    anchors: ['personality'],
    patterns: [
      /\bpersonality\(old_personality \| ADDR_NO_RANDOMIZE\)\)\) != \(\(-1\)\)/,
      /\bCan't set personality: Operation not permitted/,
      /\bsetarch: failed to set personality to \S+: Operation not permitted/,
      /\bpersonality\([^)]*\) = -1 EPERM\b/,
    ],
    implicates: [
      { facet: 'security', key: /^seccomp$/, weight: 0.85, anyDirection: true, why: 'a seccomp profile on B refuses personality(2)' },
      {
        facet: 'docker',
        key: /^security_options$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's containers run under a seccomp profile that refuses personality(2)",
      },
      {
        facet: 'custom',
        key: /seccomp/i,
        weight: 0.85,
        anyDirection: true,
        anyStep: true,
        why: 'B runs under a seccomp filter, A did not',
      },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.5 },
      { facet: 'sysctl', key: /^vm\.mmap_rnd_(?:compat_)?bits$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: 'the system refused to turn address randomisation off (personality)',
  },
  {
    // ASan reserves terabytes of address space up front: strict overcommit (vm.overcommit_memory=2) or ulimit -v refuses it.
    id: 'sanitizer-shadow-reserve',
    anchors: ['reserveshadowmemoryrange', 'sanitizer failed to allocate'],
    patterns: [
      /ReserveShadowMemoryRange failed/,
      /(?:Address|Thread|Memory)Sanitizer failed to allocate 0x[0-9a-f]+ \(\d+\) bytes at address [0-9a-fx]+ \(errno: 12\)/,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^vm\.overcommit_memory$/,
        weight: 0.9,
        when: (d) => String(d.b) === '2',
        why: "B does not overcommit memory, so the sanitizer's terabytes of shadow address space cannot be reserved",
      },
      {
        facet: 'resources',
        key: /^ulimit_(?:as|vmem|virtual\w*|address_space)$/i,
        weight: 0.88,
        why: 'B limits virtual memory (ulimit -v)',
      },
      { facet: 'sysctl', key: /^vm\.overcommit_ratio$/, weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: "the sanitizer could not reserve its shadow memory's address space",
  },
  {
    // pip lists what the index offers for this interpreter and platform: none, or none that fit. Wheels are built
    // per Python minor and platform tag, and an old pip does not know the newer tags (manylinux2010 and later).
    id: 'python-no-matching-release',
    anchors: ['from versions:'],
    patterns: [/Could not find a version that satisfies the requirement .{1,300}\(from versions: /],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:python[23]?(?:\.\d+)?|cpython)$/,
        weight: 0.65,
        anyDirection: true,
        why: "the index has no release of it for B's Python version (wheels are built per Python minor)",
      },
      { facet: 'toolchains', key: /^pip3?$/, weight: 0.6, why: "B's older pip does not know the platform tags of newer wheels" },
      { facet: 'packages', key: /^(?:python3?-)?pip(?::\w+)?$/, weight: 0.55 },
      {
        facet: 'env',
        key: /^PIP_(?:INDEX_URL|EXTRA_INDEX_URL|NO_INDEX|ONLY_BINARY|FIND_LINKS|PLATFORM)$/,
        weight: 0.7,
        anyDirection: true,
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.45 },
      { facet: 'libc', key: /^family$/, weight: 0.45, anyDirection: true },
    ],
    tokens: ['package'],
    meaning: 'the package index has no release that fits this interpreter and platform',
  },
  {
    // OCaml 5 reserves its minor heaps for 128 domains at start-up, Go its page bitmap: tens of GiB of address
    // space that is never touched, which ulimit -v (or strict overcommit) refuses before the program runs.
    id: 'address-space-reserve',
    anchors: ['reserve minor heaps', 'failed to reserve page bitmap'],
    patterns: [/Not enough heap memory to reserve minor heaps/, /fatal error: failed to reserve page bitmap memory/],
    implicates: [
      {
        facet: 'resources',
        key: /^ulimit_(?:as|vmem|virtual\w*|address_space|data)$/i,
        weight: 0.88,
        why: "B limits virtual memory (ulimit -v): the runtime's up-front address-space reservation is refused",
      },
      {
        facet: 'sysctl',
        key: /^vm\.overcommit_memory$/,
        weight: 0.7,
        when: (d) => String(d.b) === '2',
        why: 'B does not overcommit memory, so a large reservation of address space is refused',
      },
      { facet: 'resources', key: /^(?:mem_limit|mem_total)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the runtime could not reserve its address space at start-up',
  },
  {
    // A shell kills a process that writes past ulimit -f with SIGXFSZ (exit 153) and prints this.
    id: 'file-size-limit',
    anchors: ['file size limit exceeded', 'larger than the value set by ulimit'],
    patterns: [/\bFile size limit exceeded\b/i, /A file cannot be larger than the value set by ulimit/],
    implicates: [
      {
        facet: 'resources',
        key: /^ulimit_fsize$/,
        weight: 0.9,
        why: 'B limits the size of a file a process may write (ulimit -f)',
      },
      { facet: 'resources', key: /^disk_(?:free|avail)/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a process wrote past the file-size limit',
  },
  {
    // Intel Fortran puts automatic and temporary arrays on the stack: a default 8 MiB stack segfaults where
    // `ulimit -s unlimited` (or a larger OMP_STACKSIZE for threads) runs.
    id: 'fortran-stack-segfault',
    anchors: ['forrtl: severe (174)'],
    patterns: [/forrtl: severe \(174\): SIGSEGV/],
    implicates: [
      {
        facet: 'resources',
        key: /^ulimit_stack$/,
        weight: 0.75,
        why: "B's stack limit is lower: Fortran's automatic arrays live on the stack",
      },
      { facet: 'env', key: /^(?:OMP_STACKSIZE|KMP_STACKSIZE)$/, weight: 0.6, anyDirection: true },
      { facet: 'toolchains', key: /^(?:ifort|ifx|gfortran)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a Fortran program overflowed its stack',
  },
  {
    // The server wants TLS 1.2+; an old runtime (JDK 7, Python before 2.7.9, OpenSSL 0.9.8) offers TLS 1.0 only.
    id: 'tls-protocol-too-old',
    anchors: ['protocol_version', 'protocol version'],
    patterns: [/Received fatal alert: protocol_version/, /\bTLSV1_ALERT_PROTOCOL_VERSION\b|tlsv1 alert protocol version/i],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:java|javac|jdk|openjdk|python[23]?|python\d\.\d+|ruby|node|php|dotnet)$/,
        weight: 0.8,
        why: "B's older runtime offers only TLS versions the server no longer accepts",
      },
      { facet: 'env', key: /^(?:JAVA_HOME|JDK_HOME|PYTHONHOME|PYENV_VERSION)$/, weight: 0.7, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:openssl|libssl[\w.-]*|openjdk[\w.-]*|python[\d.]*)(?::\w+)?$/,
        weight: 0.75,
        why: "B's TLS library predates the protocol version the server requires",
      },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4 },
    ],
    tokens: ['host'],
    meaning: 'the server refused the TLS protocol version the client offered',
  },
  {
    // Compose v1 validates against the file formats it knows: a newer file (a top-level `name:`, `x-` extensions) is "invalid".
    id: 'compose-file-unsupported',
    anchors: ['compose file', 'top-level property', "regexes: '^x-'"],
    patterns: [
      /Invalid top-level property "[^"]+"\. Valid top-level sections for this Compose file are/,
      /'[\w-]+' does not match any of the regexes: '\^x-'/,
      /Version in "[^"]+" is unsupported\./,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:docker-compose|compose|docker-compose-plugin)$/,
        weight: 0.88,
        why: "B's Compose predates the file format the project uses",
      },
      { facet: 'packages', key: /^(?:docker-compose[\w-]*|python3?-compose)(?::\w+)?$/, weight: 0.8 },
      { facet: 'docker', key: /^(?:server_version|compose_version)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: "Compose did not understand the compose file's format",
  },
  {
    // An action declares `using: node24`; a runner older than that runtime refuses it before any step runs.
    id: 'action-runtime-unsupported',
    anchors: ['is not supported, use'],
    patterns: [/'using: node\d+' is not supported, use /],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:actions-runner|runner|github-runner|actions\/runner)$/,
        weight: 0.92,
        why: "B's Actions runner predates the Node runtime the action asks for",
      },
      { facet: 'env', key: /^(?:RUNNER_VERSION|ACTIONS_RUNNER_\w+)$/, weight: 0.6, anyDirection: true },
      { facet: 'images', weight: 0.35, why: 'a runner image pins its own runner version' },
    ],
    tokens: [],
    meaning: "the Actions runner does not know the action's Node runtime",
  },
  {
    id: 'actions-runner-node',
    anchors: ['/__e/node', 'externals/node', 'node run failed', 'actions_allow_use_unsecure_node_version'],
    patterns: [
      // The runner runs JavaScript actions with its own Node (externals/nodeNN); a new runner brings a newer one.
      /\/__e\/node\d+\/bin\/node\b/,
      /actions-runner\/externals\/node\d+\/bin\/node\b/,
      /##\[error\]Node run failed with exit code/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:actions-runner|runner|github-runner|actions\/runner)$/,
        weight: 0.9,
        anyDirection: true,
        why: "another Actions runner runs JavaScript actions with its own newer Node, which the job's container cannot run",
      },
      {
        facet: 'env',
        key: /^(?:ACTIONS_RUNNER_\w+|ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION|RUNNER_VERSION|ImageVersion)$/,
        weight: 0.6,
        anyDirection: true,
      },
      {
        facet: 'images',
        weight: 0.45,
        anyDirection: true,
        why: "the job's container image has an older C library than the runner's Node needs",
      },
      { facet: 'libc', key: /^version$/, weight: 0.45 },
    ],
    tokens: [],
    meaning: "the Actions runner's own Node could not run in the job's container",
  },
  {
    id: 'process-limit',
    anchors: [
      'errno 11',
      'resource temporarily unavailable',
      'cannot fork',
      "can't fork",
      'pthread_create',
      'native thread',
      'new os thread',
      'eagain',
      'max number of threads',
    ],
    patterns: [
      /\b(?:fork|vfork|clone|posix_spawn|pthread_create)(?: failed)?:? (?:retry: )?Resource temporarily unavailable/i,
      /Failed to fork: Resource temporarily unavailable/,
      /\bCannot fork\b|\bcan't fork\b/,
      /unable to create (?:new )?native thread|failed to create new OS thread|pthread_create failed/,
      // GLib's thread pool (libvips under sharp): "glib: Error creating thread: Resource temporarily unavailable".
      /\bError creating thread: Resource temporarily unavailable/,
      // Python's EAGAIN from fork_exec (subprocess.Popen).
      /BlockingIOError: \[Errno 11\] Resource temporarily unavailable/,
      // ...or checked up front (Elasticsearch's bootstrap checks): "max number of threads [1024] for user [x] is too low".
      /\bmax number of threads \[\d+\] for user .{1,80} is too low\b/,
    ],
    implicates: [
      {
        facet: 'resources',
        key: /^(?:pids_limit|pids_max|ulimit_nproc|nproc|tasks_max|threads_max)$/,
        weight: 0.95,
        anyDirection: true,
        // A cap of a few hundred or thousand processes is what a parallel build runs into; 60,000 is not.
        when: (d) => typeof d.b === 'number' && d.b <= SMALL_PROCESS_LIMIT,
        why: 'B caps the number of processes low (cgroup pids.max, ulimit -u): a parallel build cannot fork',
      },
      {
        facet: 'resources',
        key: /^(?:pids_limit|pids_max|ulimit_nproc|nproc|tasks_max|threads_max)$/,
        weight: 0.92,
        anyDirection: true,
        why: 'B caps the number of processes (cgroup pids.max, ulimit -u): a parallel build cannot fork',
      },
      { facet: 'docker', key: /^(?:pids_limit|default_pids_limit|default_ulimits)$/, weight: 0.85, anyDirection: true },
      { facet: 'sysctl', key: /^kernel\.(?:pid_max|threads-max)$/, weight: 0.8, anyDirection: true },
      { facet: 'resources', key: /^(?:mem_total|mem_limit)$/, weight: 0.4 },
      { facet: 'cpu', key: /^cores$/, weight: 0.2, anyDirection: true, why: 'more cores start more parallel jobs' },
    ],
    tokens: [],
    meaning: 'a process or thread could not be created: a process limit was reached',
  },
  {
    // glibc 2.34+ starts threads with clone3, which Docker's seccomp profile before 20.10.10 answers with EPERM:
    // on an old daemon a new image cannot start threads at all. (An EAGAIN is a process limit instead.)
    id: 'thread-start-refused',
    anchors: [
      "can't start new thread",
      'pthread_create',
      'clone3',
      'background jobs',
      'thread failed to start',
      '0x80070008',
      'background thread creation',
    ],
    patterns: [
      /\bcan't start new thread\b/,
      /\b(?:pthread_create|clone3)\b.*\b(?:Operation not permitted|EPERM)\b/,
      // Redis's words when its background threads will not start.
      /# Fatal: Can't initialize Background Jobs/,
      // curl resolves names on a thread of its own; .NET's runtime cannot start without its threads (E_OUTOFMEMORY).
      /\bgetaddrinfo\(\) thread failed to start\b/,
      /\bFailed to create CoreCLR, HRESULT: 0x80070008\b/,
      // jemalloc's background thread, refused with EPERM (1).
      /<jemalloc>: arena \d+ background thread creation failed \(1\)/,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:security_options|libseccomp_version|server_version)$/,
        weight: 0.65,
        why: "an older Docker's seccomp profile refuses clone3, which glibc 2.34+ uses to start threads",
      },
      // runc applies the profile; the engine writes it (moby's default profile learnt clone3 in 20.10.10).
      { facet: 'docker', key: /^runc_version$/, weight: 0.5 },
      // A libseccomp older than clone3 (2.5) turns the profile's rule for it into a refusal, on a Kubernetes node too.
      {
        facet: 'packages',
        key: /^libseccomp\d*(?::\w+)?$/,
        weight: 0.7,
        when: (d) => predatesClone3(d.b),
        why: "B's libseccomp predates clone3: the runtime's seccomp filter refuses the call glibc 2.34+ starts threads with",
      },
      // Podman and Buildah write their own default profile (containers-common's), as moby does Docker's.
      { facet: 'toolchains', key: /^(?:runc|crun|containerd|podman|buildah)$/, weight: 0.45 },
      // The other half: an image whose C library crossed to 2.34 now starts threads with clone3 on the same old host.
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.7,
        anyDirection: true,
        when: (d) => upgradedAcross(d, [2, 34]),
        why: "B's C library (2.34 or later) starts threads with clone3, which an older host's seccomp profile refuses",
      },
      {
        facet: 'packages',
        key: /^(?:libc6|glibc)(?::\w+)?$/,
        weight: 0.65,
        anyDirection: true,
        when: (d) => upgradedAcross(d, [2, 34]),
        why: "B's C library (2.34 or later) starts threads with clone3, which an older host's seccomp profile refuses",
      },
      // A rebuilt image can carry that C library without saying so (redis:6.2 rebuilt on Debian 12).
      {
        facet: 'images',
        weight: 0.4,
        why: "a rebuilt image's newer C library starts threads with clone3, which an older host's seccomp profile refuses",
      },
      { facet: 'resources', key: /^(?:pids_limit|pids_max|ulimit_nproc|nproc|tasks_max|threads_max)$/, weight: 0.6, anyDirection: true },
      // The seccomp profile is what answers clone3 with EPERM; capabilities do not gate starting a thread.
      { facet: 'security', key: /^seccomp$/, weight: 0.6, anyDirection: true },
      { facet: 'security', key: /^capabilities$/, weight: 0.35, anyDirection: true },
      { facet: 'kernel', key: /^(?:release|version)$/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the kernel or a seccomp profile refused to start a thread',
  },
  {
    id: 'buildkit-required',
    anchors: [
      'here-document',
      'unknown instruction',
      'unknown flag',
      'requires buildkit',
      'buildkit',
      '--mount option',
      'error parsing reference',
      'failed to parse platform',
      'invalid component of',
    ],
    patterns: [
      // The legacy builder reads a heredoc body ("RUN <<EOF … cat …") as Dockerfile instructions.
      /dockerfile parse error (?:on )?line \d+:\s+unknown instruction:\s+\S+/i,
      // A flag of a newer Dockerfile syntax (RUN --mount, COPY --link, --parents, --exclude) the builder does not know.
      /dockerfile parse error (?:on )?line \d+:\s+unknown flag:\s+[\w-]+/i,
      // The same refusal as a builder prints it without the parse-error prefix: a Dockerfile instruction's own flag
      // (COPY --chown came in 17.09, --chmod and --link with BuildKit), not a command-line option.
      DOCKERFILE_FLAG_UNKNOWN,
      /the --mount option requires BuildKit/i,
      /requires BuildKit|BuildKit is (?:required|not enabled|disabled)/i,
      // The legacy builder hands `RUN <<EOF` to sh, which reads no here-document body.
      /here-document at line \d+ delimited by end-of-file/,
      // A daemon older than 17.05 reads "FROM image AS stage" as one image reference.
      /Error parsing reference: "[^"]+ (?:as|AS) [\w.-]+" is not a valid repository\/tag/,
      // Only BuildKit fills in $BUILDPLATFORM and $TARGETPLATFORM: "FROM --platform=$BUILDPLATFORM" under the legacy
      // builder asks for platform "" ('failed to parse platform : "" is an invalid component of ""').
      /failed to parse platform\s*:?\s*"?"?\s*(?:is an invalid component|: "" is an invalid)|"" is an invalid component of ""/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:DOCKER_BUILDKIT|COMPOSE_DOCKER_CLI_BUILD|BUILDX_\w+)$/,
        weight: 0.9,
        anyDirection: true,
        why: 'B builds with the legacy builder (no BuildKit): heredocs and RUN --mount are not understood',
      },
      {
        facet: 'docker',
        key: /^(?:buildx_version|buildkit_version|features)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'without buildx the docker CLI falls back to the legacy builder',
      },
      // Docker 23 made BuildKit the default builder: a daemon below it builds with the legacy one.
      {
        facet: 'docker',
        key: /^server_version$/,
        weight: 0.85,
        when: (d) => crosses(d, [23]),
        why: 'B runs a Docker engine older than 23, whose default builder is the legacy one',
      },
      { facet: 'docker', key: /^server_version$/, weight: 0.55, anyDirection: true },
      { facet: 'toolchains', key: /^(?:docker-compose|compose|docker|buildx|docker-buildx)$/, weight: 0.6, anyDirection: true },
      // A CI plugin or docker:dind image brings its own daemon and builder.
      {
        facet: 'images',
        key: /(?:^|\/)(?:docker|dind|buildx|buildkit|kaniko|ecr|gcr|acr)(?::|$)|:[\w.-]*dind/i,
        weight: 0.6,
        anyDirection: true,
        why: "the image that runs the build's Docker ships another builder",
      },
    ],
    tokens: [],
    meaning: 'the Dockerfile needs BuildKit, and the build ran without it',
  },
  {
    // Mix's summary of a dependency whose compile failed: the reason is above it. Alone in a log it still points at
    // the Erlang/OTP or Elixir release, the usual reason; beside another class's line it is that failure's echo.
    id: 'mix-dependency-failed',
    anchors: ['could not compile dependency'],
    patterns: [/[Cc]ould not compile dependency :\w+/],
    implicates: BEAM_RELEASE,
    tokens: ['version'],
    meaning: 'Mix could not compile a dependency',
    summary: true,
  },
  {
    id: 'beam-version',
    anchors: ['mandatory chunk', 'built-in type', 'erlang/otp', 'otp release', 'is undefined'],
    patterns: [
      /is a built-in type and it cannot be redefined/,
      /OTP release \d+ does not match required regex|please re-compile this module with an Erlang\/OTP \d+ compiler/,
      // A .beam written by one OTP read by another's tools (OTP 20 renamed the 'Atom' chunk).
      /mandatory chunk of type '\w+' not found/,
      /(?:requires|incompatible with|not supported (?:on|by)) Erlang\/OTP \d+|\bOTP \d+ is not supported/,
    ],
    implicates: BEAM_RELEASE,
    tokens: ['version'],
    meaning: 'Elixir or Erlang code does not compile with this Erlang/OTP or Elixir',
  },
  {
    // A function of OTP's own applications that a release removed (crypto:hmac/3 in OTP 24), called from a
    // dependency that still uses it: Erlang/OTP's release, whichever Elixir runs on it.
    id: 'otp-function-removed',
    anchors: ['is undefined'],
    patterns: [
      /(?:function )?:?(?:crypto|ssl|public_key|erlang|inets|httpc|calendar|string|lists|os|code)[.:]\w+\/\d+ is undefined(?: or private)?/,
    ],
    implicates: runtime(
      /^(?:erlang|erl|otp|esl-erlang)$/,
      'a new Erlang/OTP release removed a function of its own applications that the code still calls',
      [{ facet: 'toolchains', key: /^elixir$/, weight: 0.4, anyDirection: true }],
    ),
    tokens: ['version'],
    meaning: "code calls a function Erlang/OTP's applications no longer have",
  },
  {
    id: 'noexec-mount',
    anchors: [
      'cannot run c compiled',
      "can't exec",
      'exec of',
      'error 126',
      'execvp',
      'failed to map segment',
      'cannot execute',
      'noexec',
      'fork/exec /tmp',
      'fork/exec /var/tmp',
      'fork/exec /dev/shm',
      'bad interpreter',
      'cannot run program "/tmp',
      './configure: permission denied',
      ': permission denied',
      'execve(',
    ],
    patterns: [
      // A program the build just wrote cannot run: the filesystem it sits on is mounted noexec (/tmp).
      /execvp: \S+: Permission denied/,
      /Can't exec "[^"]+": Permission denied|exec of \/tmp\/\S+ .*failed: Permission denied/,
      // make's exit 126: the program is there but may not be run.
      /\*\*\* \[[^\]]+\] Error 126\b/,
      // autoconf's test program is compiled into $TMPDIR and cannot run there.
      /configure: error: cannot run C compiled programs/,
      // Go's os/exec: "fork/exec /tmp/packer-plugin-…: permission denied".
      /fork\/exec \/(?:tmp|var\/tmp|dev\/shm)\/\S+: permission denied/i,
      // A source tree unpacked under /tmp (ruby-build, package scripts) whose configure may not run.
      /(?:\bbash|\bsh|: line \d+): \.\/configure: Permission denied/,
      // make running a helper the build just generated or unpacked: "make: ./config_arch: Permission denied".
      /\bmake(?:\[\d+\])?: \.\/[\w.+-]+: Permission denied/,
      // Java's ProcessBuilder on a program extracted to /tmp (embedded databases, GraalVM's native-image probes).
      /Cannot run program "\/(?:tmp|var\/tmp|dev\/shm)\/[^"]+"(?: \(in directory "[^"]*"\))?: error=13, Permission denied/,
      /failed to map segment from shared object/,
      // strace of the refused exec itself.
      /\bexecve\("[^"]+", .*= -1 EACCES\b/,
      // noexec on a filesystem programs could run from: not in a listing of the kernel's own mounts
      // ("cgroup2 on /sys/fs/cgroup type cgroup2 (ro,nosuid,nodev,noexec…)"), which every system mounts so.
      /^(?!.*\bon \/(?:sys|proc|run|boot)\b|.*\btype (?:cgroup2?|sysfs|proc|securityfs|debugfs|tracefs|bpf|devpts|mqueue|pstore|configfs|fusectl|hugetlbfs)\b).*\bnoexec\b/,
      // A script the build wrote under /tmp cannot be run: the kernel refuses the interpreter with EACCES.
      /bad interpreter: Permission denied/,
      /\/(?:tmp|var\/tmp|dev\/shm)\/\S+: \S+: bad interpreter:\s*$/,
    ],
    implicates: [
      {
        facet: 'mounts',
        key: /^\/(?:tmp|var\/tmp|dev\/shm|home|builds?|workspace)?\b/,
        weight: 0.9,
        anyDirection: true,
        why: 'a filesystem the build runs programs from (/tmp) is mounted noexec on B',
      },
      { facet: 'env', key: /^(?:TMPDIR|TMP|TEMP|XDG_CACHE_HOME)$/, weight: 0.7, anyDirection: true },
      { facet: 'security', key: /^(?:selinux|apparmor)$/, weight: 0.45, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'a program could not be executed from where the build put it',
  },
  {
    id: 'network-unreachable-ipv4',
    anchors: ['ehostunreach', 'enetunreach', 'network is unreachable'],
    patterns: [
      /\bconnect ENETUNREACH \d{1,3}(?:\.\d{1,3}){3}:\d+/,
      /dial tcp \d{1,3}(?:\.\d{1,3}){3}:\d+: connect: network is unreachable/,
      // npm's own summary of the same failure.
      /\berror (?:code|errno) (?:EHOSTUNREACH|ENETUNREACH)\b/,
      // wget's: "Connecting to github.com (github.com)|140.82.121.4|:443... failed: Network is unreachable."
      /\|\d{1,3}(?:\.\d{1,3}){3}\|:\d+\.\.\. failed: Network is unreachable/,
    ],
    implicates: [
      {
        facet: 'network',
        key: /^ipv4$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => d.b !== 'enabled',
        why: 'B has no IPv4 connectivity at all (an IPv6-only host)',
      },
      {
        facet: 'network',
        key: /route|gateway|default_iface/i,
        weight: 0.88,
        anyDirection: true,
        why: 'B has no IPv4 route to the outside (no default route, or another interface)',
      },
      { facet: 'env', key: /^(?:https?_proxy|all_proxy|no_proxy)$/i, weight: 0.55, anyDirection: true },
      { facet: 'mirrors', key: /^proxy\./, weight: 0.55, anyDirection: true },
      { facet: 'docker', key: /^(?:network|bridge|iptables|default_address_pools)/, weight: 0.5, anyDirection: true },
    ],
    tokens: ['ip'],
    meaning: 'an IPv4 address could not be reached: no route',
  },
  {
    id: 'cli-option-removed',
    anchors: ['does not exist'],
    patterns: [
      // Symfony Console and Cleo print this: Composer, Poetry, Laravel's artisan. A new major removed the option.
      /The (?:option "-{1,2}[\w-]+"|"-{1,2}[\w-]+" option) does not exist/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:poetry|composer|symfony|artisan|laravel|php)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'another major of the tool (Poetry 2, Composer 2) removed the option the build passes',
      },
      { facet: 'toolchains', weight: 0.45, anyDirection: true, why: 'another version of the tool does not know this option' },
      { facet: 'env', key: /^(?:POETRY_VERSION|COMPOSER_VERSION|PHP_VERSION)$/, weight: 0.8, anyDirection: true },
      { facet: 'images', weight: 0.3, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a command-line option the build passes no longer exists',
  },
  {
    id: 'apple-linker',
    anchors: [
      'ld: assertion failed',
      'got load reloc',
      'ld_classic',
      '__assert_rtn',
      'ignoring duplicate libraries',
      'ld::',
      'r_symbolnum',
    ],
    patterns: [
      // Xcode 15's new linker (ld-prime) asserting on objects the classic one linked.
      /\bld: Assertion failed: \(.*\), function \w+, file \w+\.cpp/,
      /\bld: GOT load reloc does not point to a LDR instruction/,
      /\bld: warning: -ld_classic is deprecated/,
      // ld-prime's own warnings, its stack frames and its relocation errors name it too.
      /\bld: warning: ignoring duplicate libraries: /,
      /\bld::(?:AtomPlacement|InputFiles::SliceParser)::/,
      /\binvalid r_symbolnum=\d+/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:xcode|xcodebuild|xcode-select|ld|ld64|clt|command-line-tools)$/,
        weight: 0.88,
        anyDirection: true,
        why: "another Xcode ships another linker (Xcode 15's new one asserts on objects the classic one linked)",
      },
      // Xcode's clang moves with it, but the linker, not the compiler, failed.
      { facet: 'toolchains', key: /^(?:clang|apple-clang|cc)$/, weight: 0.6, anyDirection: true },
      {
        facet: 'os',
        key: /^(?:version_id|version|pretty_name)$/,
        weight: 0.4,
        anyDirection: true,
        why: 'a new macOS image ships a new Xcode',
      },
      { facet: 'env', key: /^(?:DEVELOPER_DIR|LDFLAGS|XCODE_VERSION)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: [],
    meaning: "Apple's linker failed an internal assertion",
  },
  {
    // Each language's "module not found", where a search-path variable decides where modules are looked up.
    id: 'module-search-path',
    anchors: [
      'not found in current path',
      'in @inc',
      'cannot find module',
      'cannot load such file',
      'there is no package called',
      "module '",
      'classnotfound',
      'noclassdeffound',
    ],
    patterns: [
      /Package \w+ not found in current path/,
      /Can't locate [\w/]+\.pm in @INC/,
      /\bCannot find module '[^']+'/,
      /cannot load such file -- \S+/,
      /there is no package called [‘'][\w.]+[’']/,
      /module '[\w.]+' not found:/,
      /\b(?:ClassNotFoundException|NoClassDefFoundError)\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:JULIA_LOAD_PATH|JULIA_DEPOT_PATH|JULIA_PROJECT|PERL5LIB|PERLLIB|PERL_LOCAL_LIB_ROOT|NODE_PATH|RUBYLIB|GEM_PATH|GEM_HOME|BUNDLE_PATH|BUNDLE_GEMFILE|R_LIBS(?:_USER|_SITE)?|LUA_C?PATH(?:_5_\d)?|CLASSPATH|ERL_LIBS)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B looks for the language's modules in other places (its search-path variable differs)",
      },
      { facet: 'env', key: /^(?:HOME|PATH)$/, weight: 0.35, anyDirection: true },
      // npm and yarn skip devDependencies in production mode: the build's own tools' modules are then missing.
      {
        facet: 'env',
        key: /^(?:NODE_ENV|NPM_CONFIG_PRODUCTION|npm_config_production|YARN_PRODUCTION|NPM_CONFIG_OMIT|npm_config_omit)$/,
        weight: 0.75,
        when: (d) => d.kind !== 'removed' && /^(?:production|true|dev)$/i.test(String(d.b)),
        why: 'in production mode npm and yarn skip devDependencies, where build tools and their plugins live',
      },
    ],
    tokens: ['package'],
    meaning: 'a module or package the program loads was not found on its search path',
  },
  {
    id: 'python-module-not-found',
    anchors: ['no module named'],
    patterns: [/ModuleNotFoundError: No module named '[\w.]+'/, /ImportError: No module named '?[\w.]+/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:PYTHONPATH|PYTHONHOME|VIRTUAL_ENV|PYTHONNOUSERSITE|PYTHONSAFEPATH|PYTHONUSERBASE)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'B looks for Python modules in other places (PYTHONPATH, another virtualenv)',
      },
      { facet: 'env', key: /^PATH$/, weight: 0.45, anyDirection: true, why: "another PATH runs another Python (not the virtualenv's)" },
      // Without build isolation a build backend (setuptools, hatchling) must already be in the environment.
      {
        facet: 'env',
        key: /^(?:PIP|UV|PDM)_NO_BUILD_ISOLATION$/,
        weight: 0.8,
        when: (d) => d.kind !== 'removed' && /^(?:1|true|yes|on)$/i.test(String(d.b).trim()),
        why: 'B builds without isolation: the build backend must already be installed, and is not',
      },
      { facet: 'toolchains', key: /^(?:python[23]?(?:\.\d+)?|pip3?)$/, weight: 0.5, anyDirection: true },
      { facet: 'packages', key: /^python3?-[\w.-]+(?::\w+)?$/, weight: 0.4, anyDirection: true },
      // The distribution that ships the module, gone from B: the line names it (tokens.ts), the others it does not.
      { facet: 'packages', weight: 0.6, when: (d) => d.kind === 'removed', why: 'B lacks a package the build imports' },
    ],
    tokens: [],
    meaning: 'Python could not import a module',
  },
  {
    id: 'dependency-source-error',
    anchors: ['registry/src/', 'cargo_cache', '/.cargo/'],
    patterns: [
      // A compile error located in a published crate's own source: the crate did not change, the compiler did.
      /-->\s+\S*\/registry\/src\/[^/\s]+\/[\w.-]+-\d[\w.+-]*\/\S+\.rs:\d+:\d+/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:rustc|cargo|rust|rustup)$/,
        weight: 0.88,
        anyDirection: true,
        why: "the error is in a published crate's unchanged code: a new Rust release rejects what the old one accepted",
      },
      { facet: 'packages', key: /^(?:rust|rustc|cargo|rust-\w+)(?::\w+)?$/, weight: 0.85, anyDirection: true },
      // CARGO_TERM_COLOR and the like shape cargo's output, not what it compiles.
      { facet: 'env', key: /^(?:RUSTUP_TOOLCHAIN|RUSTFLAGS|CARGO_(?!TERM_)\w+)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "a dependency's unchanged source no longer compiles",
  },
  {
    // A crate that uses #![feature] builds on a nightly compiler, or on a stable one told RUSTC_BOOTSTRAP=1; B's
    // rustc is a stable release without it: another toolchain (RUSTUP_TOOLCHAIN, a distro's rust over rustup's
    // toolchain file) or the variable gone (a build cache that kept a probe's answer made with it).
    id: 'feature-on-stable-channel',
    anchors: ['e0554'],
    patterns: [/error\[E0554\]: `#!\[feature\]` may not be used on the stable release channel/],
    implicates: [
      {
        facet: 'env',
        key: /^RUSTC_BOOTSTRAP$/,
        weight: 0.9,
        anyDirection: true,
        why: 'RUSTC_BOOTSTRAP lets a stable rustc accept #![feature]: without it, the crate needs nightly',
      },
      {
        facet: 'env',
        key: /^RUSTUP_TOOLCHAIN$/,
        weight: 0.88,
        anyDirection: true,
        why: "RUSTUP_TOOLCHAIN overrides the toolchain file's nightly channel",
      },
      {
        facet: 'toolchains',
        key: /^(?:rustc|cargo|rustup|rust)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's rustc is a stable release: #![feature] needs a nightly one",
      },
      { facet: 'packages', key: /^(?:rust|rustc|rustup|cargo)(?::\w+)?$/, weight: 0.8, anyDirection: true },
      { facet: 'custom', key: /\brustup\b|rust-toolchain/, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a stable Rust compiler refused a nightly-only #![feature]',
  },
  {
    id: 'node-options-rejected',
    anchors: ['node_options'],
    patterns: [/--[\w-]+=? is not allowed in NODE_OPTIONS/, /NODE_OPTIONS.*(?:not allowed|is not supported|bad option)/],
    implicates: [
      {
        facet: 'env',
        key: /^NODE_OPTIONS$/,
        weight: 0.93,
        anyDirection: true,
        why: 'NODE_OPTIONS on B carries a flag this Node does not accept there',
      },
      { facet: 'toolchains', key: /^(?:node|nodejs)$/, weight: 0.55, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Node refused an option passed through NODE_OPTIONS',
  },
  {
    // kernel.dmesg_restrict=1 keeps the kernel's log (/dev/kmsg, dmesg) for processes with CAP_SYSLOG: kubelet
    // opens it as it starts, and dmesg in a container or an unprivileged job is refused.
    id: 'kernel-log-restricted',
    anchors: ['/dev/kmsg', 'read kernel buffer'],
    patterns: [
      /\/dev\/kmsg\b.*(?:operation not permitted|permission denied)|dmesg: read kernel buffer failed: (?:operation not permitted|permission denied)/i,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^kernel\.dmesg_restrict$/,
        weight: 0.92,
        when: (d) => String(d.b) === '1',
        why: "B keeps the kernel's log for privileged processes (kernel.dmesg_restrict=1)",
      },
      { facet: 'custom', key: /dmesg_restrict|kmsg/i, weight: 0.85, anyDirection: true, anyStep: true },
      { facet: 'security', key: /^(?:capabilities|cap_\w+)$/, weight: 0.7, anyDirection: true },
      { facet: 'security', key: /^uid$/, weight: 0.5, when: (d) => !rootOnB(d) },
    ],
    tokens: [],
    meaning: "the kernel's log is closed to the build's user",
  },
  {
    // Hugo transforms SCSS with LibSass only in its "extended" build; PostCSS it runs as an outside program. Without
    // either, its words are the same: "this feature is not available in your current Hugo version".
    id: 'hugo-feature-missing',
    anchors: ['current hugo version', 'extended version'],
    patterns: [
      /this feature is not available in your current Hugo version/,
      /Check your Hugo installation; you need the extended version to build SCSS\/SASS/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^hugo(?:-extended)?$/,
        weight: 0.9,
        anyDirection: true,
        // "0.57.2+extended" -> "0.57.2": the same release, another build of it.
        anyStep: true,
        why: "B's Hugo is not the extended build, which alone transforms SCSS (or another release of it)",
      },
      { facet: 'custom', key: /\bhugo\b/i, weight: 0.88, anyDirection: true, anyStep: true },
      { facet: 'env', key: /^HUGO_(?:VERSION|EXTENDED|ENV)$/, weight: 0.6, anyDirection: true },
      {
        facet: 'toolchains',
        key: /^(?:postcss|postcss-cli)$/,
        weight: 0.88,
        when: (d) => d.kind === 'removed',
        why: 'Hugo runs PostCSS as an outside program, which B lacks',
      },
      { facet: 'packages', key: /^(?:hugo|hugo-extended|postcss|postcss-cli)(?::\w+)?$/, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Hugo lacks what transforms the stylesheets (its extended build, or PostCSS)',
  },
  {
    // Before GCC 9 (and LLVM 9), std::filesystem lived in a separate library (libstdc++fs, libc++fs) the link had to
    // name: code built by a newer compiler, or linked by an older one without -lstdc++fs, leaves it unresolved.
    id: 'cxx-filesystem-unresolved',
    anchors: ['filesystem'],
    patterns: [
      /undefined reference to [`'‘]std::(?:experimental::)?(?:__cxx11::)?filesystem::/,
      /undefined symbol: _ZN?K?St(?:12experimental)?10filesystem/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:gcc|g\+\+|c\+\+|cc|clang|clang\+\+|cxx)(?:-\d+)?$/,
        weight: 0.88,
        anyDirection: true,
        why: "another compiler's C++ library: before GCC 9 std::filesystem needs its own library (-lstdc++fs)",
      },
      {
        facet: 'packages',
        key: /^(?:libstdc\+\+[\w.+-]*|libc\+\+[\w.+-]*|g\+\+[\w.-]*|gcc[\w.-]*)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
      },
      { facet: 'env', key: /^(?:CC|CXX|LDFLAGS|LIBS)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4 },
    ],
    tokens: [],
    meaning: 'std::filesystem was left unresolved: the C++ library of another compiler release',
  },
  {
    // ___darwin_check_fd_set_overflow and its kin are libSystem's, declared by the macOS SDK Xcode ships: objects
    // compiled against a newer SDK's headers reference them, and an older SDK (or linking for an older macOS) lacks them.
    id: 'darwin-sdk-symbol',
    anchors: ['darwin_'],
    patterns: [/["'`]_{2,3}darwin_\w+["'`], referenced from|weak import of symbol '_{2,3}darwin_\w+' not supported/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:xcode|xcodebuild|xcode-select|macos-sdk|sdk)$/,
        weight: 0.88,
        anyDirection: true,
        why: "another Xcode's macOS SDK declares (or lacks) libSystem's __darwin_ symbols",
      },
      { facet: 'env', key: /^(?:DEVELOPER_DIR|SDKROOT|MACOSX_DEPLOYMENT_TARGET)$/, weight: 0.85, anyDirection: true },
      { facet: 'custom', key: /xcode-select|xcrun|xcodebuild|sdk/i, weight: 0.8, anyDirection: true, anyStep: true },
      { facet: 'toolchains', key: /^(?:clang|apple-clang|cc|ld)$/, weight: 0.55, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|version)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a libSystem symbol of another macOS SDK was not found',
  },
  {
    // A proc-macro is a shared library the compiler loads: a target linked fully static (musl's default, or
    // RUSTFLAGS' +crt-static on glibc without --target) cannot produce one.
    id: 'proc-macro-unsupported-target',
    anchors: ['cannot produce proc-macro'],
    patterns: [/cannot produce proc-macro for `[^`]+` as the target `[^`]+` does not support these crate types/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:RUSTFLAGS|CARGO_BUILD_RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_TARGET_\w+_RUSTFLAGS)$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => gains(d, /crt-static/),
        why: 'B builds with +crt-static: a fully static target cannot produce the shared library a proc-macro is',
      },
      {
        facet: 'libc',
        key: /^(?:family|name)$/,
        weight: 0.85,
        anyDirection: true,
        why: "B's host is musl, whose Rust target links statically and cannot build proc-macros for itself",
      },
      { facet: 'custom', key: /rustc -vV|\bhost\b|target/i, weight: 0.8, anyDirection: true, anyStep: true },
      { facet: 'env', key: /^(?:CARGO_BUILD_TARGET|RUSTFLAGS|CARGO_BUILD_RUSTFLAGS)$/, weight: 0.6, anyDirection: true },
      { facet: 'os', key: /^id$/, weight: 0.4 },
      { facet: 'toolchains', key: /^(?:rustc|cargo|rustup)$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the Rust target links statically and cannot build a proc-macro',
  },
  {
    id: 'go-build-settings',
    anchors: ['vendor', 'build constraints', '-mod='],
    patterns: [/inconsistent vendoring|To ignore the vendor directory, use -mod=/, /build constraints exclude all Go files in/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:GOFLAGS|CGO_ENABLED|GOOS|GOARCH|GO111MODULE|GOWORK|GOTOOLCHAIN)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'B builds Go with other settings (GOFLAGS -mod=vendor, CGO_ENABLED=0, another GOOS/GOARCH)',
      },
      { facet: 'toolchains', key: /^(?:go|golang)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'Go built with other module or build-constraint settings',
  },
  {
    id: 'dotnet-icu-missing',
    anchors: ['valid icu package', 'libicu', 'globalization'],
    patterns: [/Couldn't find a valid ICU package installed on the system/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libicu[\w.-]*|icu-libs|icu|libicu-dev)(?::\w+)?$/,
        weight: 0.92,
        anyDirection: true,
        why: '.NET needs ICU for globalization and B has another libicu (or none): each distribution release ships its own soname',
      },
      { facet: 'env', key: /^DOTNET_SYSTEM_GLOBALIZATION_INVARIANT$/, weight: 0.88, anyDirection: true },
      { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.4 },
      { facet: 'images', weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: '.NET found no ICU library for globalization',
  },
  {
    id: 'assembler-error',
    anchors: ['assembler messages', 'error: unknown pseudo-op', 'no such instruction', 'not supported on', 'unsupported instruction `v'],
    patterns: [
      // GNU as rejecting what the compiler emitted: the compiler expects another binutils than B has.
      // Preprocessed assembly (".S", OpenBLAS's hand-written kernels) is reported under its own name, the compiler's
      // piped output as "{standard input}".
      /(?:\.[sS]|\{standard input\}):\d+: Error: (?:[^\n]*: )?(?:unknown pseudo-op|no such instruction|[^\n]*is not supported on|[^\n]*not supported on `)/,
      // A vector instruction (AVX-VNNI's vpdpbusd, AVX512-FP16's vmovw) the assembler knows of no extension for;
      // "unsupported instruction `mov'" is hand-written assembly for the wrong mode, not a binutils release.
      /(?:\.[sS]|\{standard input\}):\d+: Error: unsupported instruction `v[a-z0-9]+'/,
      /(?:^|\s)(?:\S+\.[sS]|\{standard input\}|\S+\.asm): Assembler messages:/,
      // gas 2.41 refuses `.arch i386` in 64-bit code, which earlier releases let pass.
      /^Error: 64bit mode not supported on [`']\w+'/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^binutils[\w.+-]*(?::\w+)?$/,
        weight: 0.9,
        anyDirection: true,
        why: 'the assembler (binutils) on B does not know what the compiler emits (or no longer accepts it)',
      },
      { facet: 'toolchains', key: /^(?:binutils|as|gas|ld)$/, weight: 0.88, anyDirection: true },
      {
        facet: 'toolchains',
        key: C_COMPILERS,
        weight: 0.45,
        anyDirection: true,
        why: 'a newer compiler emits directives an older assembler lacks',
      },
    ],
    tokens: [],
    meaning: 'the assembler rejected its input',
  },
];

/**
 * A Turkish or Azeri locale on B, as the locale or as the variables and JVM options that set it: where i and I
 * are not each other's case. `consequence` finishes the sentence of what that broke.
 */
function caseMappingLocale(consequence: string): Implication[] {
  return [
    {
      facet: 'locale',
      key: /^(?:LANG|LC_ALL|LC_CTYPE|LANGUAGE)$/,
      weight: 0.9,
      anyDirection: true,
      when: (d) => typeof d.b === 'string' && /^(?:tr|az)(?:[_.@-]|$)/i.test(d.b),
      why: `B's locale upper-cases i to İ and lower-cases I to ı, ${consequence}`,
    },
    {
      facet: 'env',
      key: /^(?:LANG|LC_ALL|LC_CTYPE|LANGUAGE|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JAVA_OPTS|MAVEN_OPTS|GRADLE_OPTS)$/,
      weight: 0.85,
      anyDirection: true,
      when: (d) => typeof d.b === 'string' && /^(?:tr|az)(?:[_.@-]|$)|user\.(?:language|country)=(?:tr|az|TR|AZ)\b/i.test(d.b),
      why: 'B runs in a Turkish or Azeri locale: i and I do not convert to each other',
    },
  ];
}

/** B's value has whitespace in it and A's has none. */
function gainedWhitespace(d: Difference): boolean {
  return gains(d, /\s/);
}

/**
 * A failed test whose name has `subject` as one of its words (between separators, or as a capitalised part of a
 * camelCase name): CTest's "3 - chrono-test (Failed)", "FAILED tests/test_datetime.py::…", Go's "--- FAIL:
 * TestDateFormat", a Surefire list's "testNumbersValue(pkg.NumbersModuleTest)".
 */
function failedTestNamed(subject: string): RegExp[] {
  const word = String.raw`(?:(?<![A-Za-z])${subject}|(?<=[a-z\d])${subject.replace(/\[([A-Za-z])[A-Za-z]\]/g, '$1')})(?![a-z])`;
  const name = String.raw`[\w.:/\[\]-]*?${word}[\w.:/\[\]-]*`;
  return [
    new RegExp(String.raw`^\s*\d+ - ${name} \((?:Failed|SEGFAULT|Timeout|Subprocess aborted|Child aborted|Exception)`),
    new RegExp(String.raw`(?:\bFAILED|\bFAIL:?|--- FAIL:|\bERROR: (?=test))\s*${name}`),
    new RegExp(String.raw`^\s*test\w*?${word}\w*\([\w.$]+\)?(?::|$)`),
  ];
}

/** B's version is the newer one, and `release` came between A's and B's: B has what came with it. */
function upgradedAcross(d: Difference, release: number[]): boolean {
  return crosses(d, release) && upgraded(d);
}

/** Both versions in one major.minor series (3.12.1 -> 3.12.4): the same ABI, the same wheels. */
function sameMinor(d: Difference): boolean {
  const [a, b] = [numericParts(versionOfValue(d.a)), numericParts(versionOfValue(d.b))];
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** B runs on a CPU that faults on a misaligned access. */
function strictAlignmentOnB(d: Difference): boolean {
  return typeof d.b === 'string' && STRICT_ALIGNMENT_ARCH.test(d.b);
}

/** B's machine is 64-bit ARM (Apple Silicon, on a Mac). */
function appleSiliconOnB(d: Difference): boolean {
  return typeof d.b === 'string' && /^(?:arm64|aarch64)$/i.test(d.b);
}

/** B's OS is Windows and A's is not. */
function onlyBOnWindows(d: Difference): boolean {
  const windows = (v: Difference['a']) => typeof v === 'string' && /windows/i.test(v);
  return windows(d.b) && !windows(d.a);
}

/** B's version is the newer one. */
function upgraded(d: Difference): boolean {
  return versionDirection(d) === 'upgrade';
}

/** One side's version is below `release` and the other's is not: the change brought (or took away) what came with it. */
export function crosses(d: Difference, release: number[]): boolean {
  const below = (v: Difference['a']) => {
    const parts = numericParts(versionOfValue(v));
    if (!parts) return undefined;
    for (let i = 0; i < release.length; i++) if ((parts[i] ?? 0) !== release[i]) return (parts[i] ?? 0) < release[i]!;
    return false;
  };
  const a = below(d.a);
  const b = below(d.b);
  return a !== undefined && b !== undefined && a !== b;
}

/** net.ipv4.ping_group_range ("0 2147483647"): whether any group may open ICMP sockets (low ≤ high). */
function pingRangeAdmitsAny(v: FacetValue | undefined): boolean {
  const m = typeof v === 'string' ? /^\s*(\d+)\s+(\d+)\s*$/.exec(v) : null;
  return m !== null && Number(m[1]) <= Number(m[2]);
}

/**
 * A captured switch that B turned on where A had it off ("LongPathsEnabled    REG_DWORD    0x1", "true"): B is the
 * side with the capability, so a failure that needs it is not explained by it.
 */
function switchedOnOnB(d: Difference): boolean {
  const on = (v: unknown) => typeof v === 'string' && /(?:\b0x0*1|\btrue|(?<![\w.])1)\s*$/i.test(v);
  return on(d.b) && !on(d.a);
}
