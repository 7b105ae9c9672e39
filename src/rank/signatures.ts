/**
 * Failure signatures: what a build log line says, and which differences could
 * have caused it. Data, not code: each entry is tested (test/rank/signatures.test.ts)
 * with real lines from real tools and a line that must not match.
 *
 * - `anchors` pre-select lines (substring search); `patterns` are tested against each log line (ANSI codes and BuildKit/CI
 *   prefixes removed). Keep them specific: a signature that matches ordinary
 *   output lifts the wrong differences.
 * - `implicates` lists facets (and key patterns) with a weight in (0, 1]: how
 *   strongly this failure points at a difference there. The ranker scales the
 *   weight by how well the difference's direction fits (a lost CPU flag fits
 *   SIGILL, a gained one hardly), unless `anyDirection` is set.
 * - `tokens`: which tokens (tokens.ts) to extract from the matching lines; a
 *   difference naming one of them rises further.
 * - `meaning`: the reason text's explanation, after the quoted line; an
 *   implication's `why` replaces it for that facet.
 */
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import {
  BLAS_LIBRARIES,
  BLAS_PACKAGES,
  ELF_REWRITE_BROKEN,
  crosses,
  ERROR_CLASSES,
  GLIBC_VERSIONED_REFERENCE,
  LOCALHOST_UNRESOLVED,
  limitTighter,
  lostCapability,
  lostFileLocks,
  MAC_OFF,
  raisedOnB,
  rootOnA,
  rootOnB,
  USERNS_SYSCTLS,
} from './classes.js';
import { SOURCE_DIAGNOSTICS } from './source-diagnostics.js';
import type { Implication, Signature } from './signature-types.js';
import { movedOntoWsl1, numericParts } from './magnitude.js';
import { sameLocaleText, TZ_DATABASE_PACKAGES, versionDirection } from './priors.js';
import { FILE_MODE } from './tokens.js';

export type { Implication, Signature } from './signature-types.js';

/** Proxy settings, the standard ones and the ones tools read instead (GLOBAL_AGENT_HTTPS_PROXY, npm_config_https_proxy, ELECTRON_GET_USE_PROXY). */
export const PROXY_ENV = /^(?:https?_proxy|all_proxy|no_proxy|ftp_proxy|\w+_(?:https?_|use_)?proxy)$/i;
/** git's own proxy settings (http.proxy, https.proxy, http.<url>.proxy): git, and cargo's git-backed fetches, use them. */
const GIT_PROXY = /^https?\.(?:.+\.)?proxy$/i;
/** B has a value for this setting, not an empty one. */
function setOnB(d: Difference): boolean {
  return d.b !== undefined && d.b !== null && d.b !== '';
}

/** B's CA bundle is A's file with as many certificates or more: it cannot be why B trusts less. */
function trustsMoreOnB(d: Difference): boolean {
  const bundle = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const a = bundle(d.a);
  const b = bundle(d.b);
  return (
    a !== undefined &&
    b !== undefined &&
    a['path'] === b['path'] &&
    typeof a['certs'] === 'number' &&
    typeof b['certs'] === 'number' &&
    b['certs'] >= a['certs']
  );
}
/** A sandbox's seccomp filter the kernel would not take ("unable to load seccomp BPF program: Invalid argument"). */
const SECCOMP_FILTER_REFUSED = /unable to load seccomp BPF program: Invalid argument/;
/** A system call only privilege gates, refused: `mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL): Permission denied`. */
const SYSCALL_DENIED =
  /\b(?:mount|umount2?|unshare|clone3?|setns|pivot_root|chroot|mknod|ptrace|sethostname|keyctl|bpf|perf_event_open|personality|capset)\([^)]*\)[^:]*: Permission denied/;

/** A test comparing output to an expected message, quoted: "File 'error-message' doesn't match regexp 'Permission denied'". */
const EXPECTED_MESSAGE = /\b(?:doesn't|does not|did not|didn't) match (?:the )?(?:regexp?|pattern|expected)\b/i;

/** B's umask masks fewer of `bits` than A's: what the build creates keeps permissions it lost on A. */
function umaskLoosens(d: Difference, bits: number): boolean {
  return typeof d.a === 'string' && typeof d.b === 'string' && (Number.parseInt(d.a, 8) & ~Number.parseInt(d.b, 8) & bits) !== 0;
}

/** B's umask masks more of `bits` than A's: what the build creates lacks permissions it had on A. */
function umaskTightens(d: Difference, bits: number): boolean {
  return typeof d.a === 'string' && typeof d.b === 'string' && (Number.parseInt(d.b, 8) & ~Number.parseInt(d.a, 8) & bits) !== 0;
}

/**
 * Shares without Unix modes (WSL's drvfs over 9p, VirtualBox's vboxsf, SMB, FAT) show every file with one fixed mode,
 * usually 0777: a checkout there comes out world-writable whatever the umask.
 */
function modelessShare(weight: number): Implication {
  return {
    facet: 'mounts',
    weight,
    anyDirection: true,
    when: (d) => MODELESS_SHARE.test(JSON.stringify(d.b ?? '')),
    why: 'B builds on a share without Unix file modes (drvfs/9p, vboxsf, SMB, FAT): every file looks world-writable',
  };
}

/** A file mode that lets everyone write: octal "777", "0666", "1777", or as ls prints it ("drwxrwxrwx"). */
const WORLD_WRITABLE_MODE = /^\s*(?:0?[0-7]?[0-7]{2}[2367]|[-dl][-rwxsStT]{6}.w.)\s*$/;
/** Filesystem types of shares that keep no Unix file modes of their own. */
const MODELESS_SHARE = /\b(?:9p|drvfs|vboxsf|cifs|smb3?|ntfs3?|fuseblk|vfat|exfat|msdos)\b/i;
/** Facets where git's line-ending settings (core.autocrlf, core.eol) are captured: custom commands or a git facet. */
const CRLF_SETTINGS = ['custom', 'git'];
/** Free bytes below which "no space left" can be the bytes themselves. */
const LOW_DISK_BYTES = 5 * 1024 ** 3;
const CA_ENV =
  /^(?:SSL_CERT_FILE|SSL_CERT_DIR|CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE|NODE_EXTRA_CA_CERTS|GIT_SSL_CAINFO|NODE_TLS_REJECT_UNAUTHORIZED|GIT_SSL_NO_VERIFY|NIX_SSL_CERT_FILE|CARGO_HTTP_CAINFO|AWS_CA_BUNDLE|PIP_CERT|npm_config_cafile|NPM_CONFIG_CAFILE|HEX_CACERTS_PATH|DENO_CERT)$/;
/** Build flags that compile for one CPU's instruction set: native, an -march, a microarchitecture level. */
const CPU_SPECIFIC_FLAGS = /\bnative\b|-march=|target-cpu=|-m(?:avx|sse4|fma|bmi)|x86-64-v[2-4]|^v[2-4]$/;
const LOCALE_ENV = /^(?:LANG|LANGUAGE|LC_ALL|LC_CTYPE|PYTHONIOENCODING|PYTHONUTF8|PYTHONCOERCECLOCALE|LESSCHARSET)$/;
const LIB_PATH_ENV = /^(?:LD_LIBRARY_PATH|LD_PRELOAD|LD_RUN_PATH)$/;
const KERNEL_VERSION = /^(?:release|version)$/;
const SECCOMP_DOCKER = /^(?:security_options|libseccomp_version|runc_version|server_version|default_runtime|runtimes)$/;
/** Why a proxy explains a certificate failure. */
const INTERCEPTING_PROXY = 'an intercepting proxy presents its own certificate';
const CA_PACKAGES =
  /^(?:ca-certificates(?:-\w+)?|ca-certificates-java|openssl|libssl[\w.-]*|libgnutls[\w.-]*|libnss3|libcurl[\w.-]*|curl|git|wget|python3?-certifi|p11-kit[\w-]*|libp11-kit0)(?::\w+)?$/;
/** Packages of data only (time zones, certificates, keys, fonts, documentation): no shared library comes from them. */
const SHIPS_NO_LIBRARY =
  /^(?:tzdata[\w-]*|timezone(?:-java)?|ca-certificates[\w-]*|[\w-]*-(?:keyring|keys|data|doc|docs|fonts?)|fonts-[\w.-]+|ttf-[\w.-]+|locales(?:-all)?|iso-codes|mime-support|media-types|publicsuffix|shared-mime-info|manpages[\w-]*|man-db)(?::\w+)?$/;

/** What a library the dynamic loader cannot find points at (ldd's "not found" and the loader's own error). */
const LOADER_IMPLICATIONS: Implication[] = [
  { facet: 'libraries', weight: 0.7, why: 'the dynamic loader no longer finds the library where it looks' },
  { facet: 'env', key: LIB_PATH_ENV, weight: 0.55 },
  { facet: 'images', weight: 0.35, why: 'a rebuilt base image can move or drop libraries' },
  // A package B lacks is where a library most often went; a package that only moved version keeps its soname,
  // and most packages ship no library at all: a routine bump the log never names stays below the other suspects.
  {
    facet: 'packages',
    weight: 0.55,
    when: (d) => d.kind === 'removed' && !SHIPS_NO_LIBRARY.test(d.key),
    why: 'B lacks a package that may ship the library',
  },
  { facet: 'packages', weight: 0.2, when: (d) => !SHIPS_NO_LIBRARY.test(d.key) },
  { facet: 'libc', weight: 0.2 },
];
/** Free inodes below this are running out; the counts runners report are in the millions. */
const LOW_INODES = 200_000;
/** Docker's default /dev/shm is 64 MiB; four times that is still small for shared memory. */
const SMALL_SHM_BYTES = 256 * 1024 ** 2;
/** A distribution's package of signing keys: ubuntu-keyring, debian-archive-keyring, alpine-keys, wolfi-keys. */
const KEYS_PACKAGE = /^[\w-]*-(?:keyring|keys)(?::\w+)?$/;
const KEYRING_PACKAGES = /(?:keyring|archive-keyring|gnupg|gpgv|apt-transport-https|apt)(?::\w+)?$/;

/** The major of a version value ("7.10.0" -> 7); NaN when it has none. */
const majorOf = (v: unknown): number => (typeof v === 'string' ? (numericParts(v)?.[0] ?? Number.NaN) : Number.NaN);

/** Under emulation the kernel never sees the call: QEMU answers ENOSYS (or EINVAL) for what it does not translate yet. */
const UNDER_EMULATION: Implication[] = [
  {
    facet: 'toolchains',
    key: /^qemu(?:-[\w-]+)?$/,
    weight: 0.7,
    anyDirection: true,
    why: "QEMU's user-mode emulator answers ENOSYS for system calls it does not translate yet (openat2, clone3)",
  },
  { facet: 'packages', key: /^qemu-user(?:-static|-binfmt)?(?::\w+)?$/, weight: 0.6, anyDirection: true },
  { facet: 'binfmt', weight: 0.5, anyDirection: true },
];

/** Specific failures first, then the error classes (classes.ts). */
export const SIGNATURES: Signature[] = [
  {
    id: 'exec-format-error',
    anchors: ['exec format', 'cannot execute binary', 'enoexec', ': syntax error', 'bad cpu type', 'system error -8', ': elf', ': \x7felf'],
    patterns: [
      /exec format error/i,
      // macOS says it its own way: "fork/exec …/ctags: bad CPU type in executable"; through libuv, EBADARCH by
      // number: "spawn Unknown system error -86".
      /bad CPU type in executable/i,
      /\bspawn Unknown system error -86\b/,
      // Linux's ENOEXEC through libuv, by number: "spawnSync /…/esbuild Unknown system error -8" (a macOS binary).
      /\bspawn(?:Sync)?(?: \S+)? Unknown system error -8\b/,
      /cannot execute binary file/i,
      /\bENOEXEC\b/,
      /Exec format error/,
      // Without a binfmt handler the shell reads a foreign ELF binary as a script: "aapt2: 1: Syntax error: "(" unexpected".
      // Not the shell itself ("/bin/sh: 1: Syntax error: "(" unexpected" is a script's own syntax).
      /(?:^|\s)(?:\S*\/)?(?!(?:ba|da|z|k|a)?sh:|busybox:)([\w+-]+(?:\.(?!sh\b)[\w+-]+)*): 1: (?:(?:\S*\/)?\1: )?Syntax error: ["“]?[()]["”]? unexpected/,
      // …or runs the ELF header as a command: "swift: 1: ELF: not found", "MuseScore.AppImage: 1: ELFAI…: not found".
      /: 1: (?:\S+: )?\x7f?ELF\S*: not found/,
    ],
    implicates: [
      { facet: 'binfmt', weight: 0.85, why: 'the kernel cannot run binaries of a foreign architecture without a binfmt_misc handler' },
      { facet: 'kernel', key: /^machine$/, weight: 0.6 },
      { facet: 'cpu', key: /^arch$/, weight: 0.6 },
      // Apple silicon runs x86-64 programs through Rosetta 2, a package of its own (com.apple.pkg.RosettaUpdateAuto).
      {
        facet: 'packages',
        key: /rosetta/i,
        weight: 0.85,
        anyDirection: true,
        why: 'B lacks Rosetta 2, which runs x86-64 programs on Apple silicon',
      },
      // …or the check a fingerprint captured for it (`pkgutil --pkgs=com.apple.pkg.RosettaUpdateAuto`).
      {
        facet: 'custom',
        key: /rosetta/i,
        weight: 0.85,
        anyDirection: true,
        why: 'B lacks Rosetta 2, which runs x86-64 programs on Apple silicon',
      },
      {
        facet: 'images',
        changedField: 'architecture',
        weight: 0.85,
        anyDirection: true,
        why: 'the image is now built for another architecture',
      },
      {
        // A tag that only B has, built for arm (pushed from an Apple Silicon laptop): most runners are amd64.
        facet: 'images',
        weight: 0.7,
        anyDirection: true,
        when: (d) => d.kind === 'added' && foreignArchitecture(d.b),
        why: 'B has this image only in a build for another architecture',
      },
      { facet: 'images', weight: 0.25, why: 'an image built for another architecture cannot run here' },
      // The binfmt facet shows a registration that went: the kernel alone explains little.
      { facet: 'kernel', key: KERNEL_VERSION, weight: 0.15, why: 'kernel updates can drop binfmt_misc registrations' },
      { facet: 'packages', key: /^(?:qemu-user-static|qemu-user|qemu-user-binfmt|binfmt-support)(?::\w+)?$/, weight: 0.6 },
      {
        // "GOARCH=arm64" exported for a cross build also builds the helpers `go generate` runs on this machine.
        facet: 'env',
        key: /^(?:GOARCH|DOCKER_DEFAULT_PLATFORM|TARGETARCH|TARGETPLATFORM|CARGO_BUILD_TARGET|ARCHFLAGS)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'this variable chooses the architecture programs are built for',
      },
    ],
    tokens: ['arch', 'path'],
    meaning: 'the kernel refused to run a binary for another architecture',
  },
  {
    id: 'ldd-not-found',
    anchors: ['not found'],
    patterns: [/=>\s*not found/, /\bldd\b.*\bnot found\b/],
    implicates: LOADER_IMPLICATIONS,
    tokens: ['soname', 'path'],
    meaning: 'ldd could not resolve a shared library',
  },
  {
    id: 'shared-library-missing',
    anchors: [
      'shared object',
      'shared librar',
      'library not loaded',
      'dlopen',
      'importerror',
      'usable version of',
      'cannot load library',
      'locate a library',
    ],
    patterns: [
      /cannot open shared object file/i,
      /Error loading shared library/i,
      /error while loading shared libraries/i,
      /Library not loaded/,
      /\bdlopen\b.*(?:failed|cannot|No such file)/i,
      /ImportError: lib[\w+.-]*\.so/,
      // Python's cffi and ctypes name the library without a path or ".so": "cannot load library 'libgobject-2.0-0'".
      /cannot load library ['"]?[\w+.-]+/,
      /find_library\(\) did not manage to locate a library/,
      // .NET probes for the OpenSSL sonames it knows and names none when all are gone.
      /No usable version of (?:the )?libssl was found/,
    ],
    // The library is there but misaligned by the tool that rewrote it (elf-misaligned-load).
    exclude: [ELF_REWRITE_BROKEN],
    implicates: LOADER_IMPLICATIONS,
    tokens: ['soname', 'path'],
    meaning: 'a program could not load a shared library',
  },
  {
    id: 'glibc-version-not-found',
    anchors: ['glibc'],
    patterns: [
      /version [`'‘]?GLIBC_[\d.]+['’]? not found/,
      /\bGLIBC_[\d.]+\b.*not found/,
      /symbol lookup error:.*GLIBC/,
      // Mixed C libraries (a bundled libc with the system's loader, or the reverse): "version GLIBC_PRIVATE not defined in file".
      /relocation error: .*version GLIBC_(?:[\d.]+|PRIVATE) not defined in file/,
      // The same at link time: a library built against another glibc than the one (or the sysroot) being linked with.
      GLIBC_VERSIONED_REFERENCE,
    ],
    implicates: [
      { facet: 'libc', key: /^(?:version|family)$/, weight: 0.9, why: 'the binary was linked against a newer glibc than B has' },
      {
        facet: 'packages',
        key: /^(?:libc6|libc-bin|glibc|libc6-dev|libstdc\+\+6|libgcc-s1|libgcc1)(?::\w+)?$/,
        weight: 0.85,
        why: 'the binary was linked against a newer C library than B has',
      },
      { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.35 },
      { facet: 'images', weight: 0.35 },
      { facet: 'libraries', key: /^libc\.so/, weight: 0.5 },
      // conda's compilers link against the glibc of their sysroot package, not the system's.
      {
        facet: 'packages',
        key: /^sysroot_linux-\w+$/,
        weight: 0.85,
        anyDirection: true,
        why: "conda's compilers link against the sysroot's glibc",
      },
    ],
    // "(required by node)": the program that needs it, when the C library stayed and the program changed.
    tokens: ['glibc', 'soname', 'tool'],
    meaning: 'a binary needs a newer glibc symbol version',
  },
  {
    id: 'kernel-too-old',
    anchors: ['kernel'],
    patterns: [
      /FATAL: kernel too old/i,
      /\bkernel too old\b/i,
      /requires (?:a )?(?:Linux )?kernel (?:version )?[>= ]*\d/i,
      /kernel version .* is not supported/i,
      // Programs that check the running kernel for a bug it fixed: Go's runtime (mlock of signal stacks on 5.2-5.4),
      // Redis on arm64 (copy-on-write during background save).
      /\bupdate your kernel to \d|\bYour kernel has a bug\b.*\bupgrade to the latest stable kernel\b/i,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: KERNEL_VERSION,
        weight: 0.95,
        why: 'glibc in the image refuses to start on a kernel older than the one it was built for',
      },
      { facet: 'images', weight: 0.3 },
      { facet: 'libc', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the C library checked the running kernel version and stopped',
  },
  {
    id: 'binfmt-register-failed',
    anchors: ['binfmt'],
    patterns: [
      /binfmt_misc\/register.*(?:invalid argument|EINVAL|not permitted|read-only|No such file)/i,
      /cannot (?:write|register).*binfmt/i,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: KERNEL_VERSION,
        weight: 0.85,
        why: 'old kernels reject the binfmt_misc flags (F, fix-binary) modern qemu registration uses',
      },
      { facet: 'binfmt', weight: 0.5 },
      { facet: 'security', weight: 0.3 },
    ],
    tokens: ['arch'],
    meaning: 'the kernel rejected a binfmt_misc registration',
  },
  {
    id: 'syscall-invalid-argument',
    anchors: ['invalid argument', 'einval'],
    patterns: [
      /\b(?:Invalid argument|EINVAL)\b.*(?:OCI runtime|runc|crun|statx|stat'?ing|mount|clone3?|unshare|setns|openat2|memfd|keyctl|seccomp|cgroup)/i,
      /(?:OCI runtime|statx|stat'?ing|\bmount\b|clone3?|unshare|openat2|keyctl).*\b(?:Invalid argument|EINVAL)\b/i,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: KERNEL_VERSION,
        weight: 0.65,
        // Either way: an older kernel lacks a flag, a newer one refuses what it once allowed (overlay without d_type).
        why: 'another kernel rejects syscalls and flags (statx, clone3, openat2, mount options) with EINVAL',
      },
      { facet: 'docker', key: SECCOMP_DOCKER, weight: 0.4 },
      { facet: 'kernel', weight: 0.35 },
      ...UNDER_EMULATION,
    ],
    tokens: ['path'],
    meaning: 'a system call was rejected as invalid',
  },
  {
    // ENOSYS: the call does not exist where it ran. A newer kernel has every call an older one had.
    id: 'syscall-not-implemented',
    anchors: ['not implemented', 'enosys', 'errno: 38', 'errno 38'],
    patterns: [
      // Linux's ENOSYS by number, as Zig's standard library reports it ("unexpected errno: 38").
      /\bunexpected errno:? 38\b/,
      /\bfunction not implemented\b|\bENOSYS\b/i,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: KERNEL_VERSION,
        weight: 0.65,
        when: (d) => versionDirection(d) !== 'upgrade',
        why: 'an older kernel lacks newer system calls (statx, clone3, openat2) and answers ENOSYS',
      },
      { facet: 'docker', key: SECCOMP_DOCKER, weight: 0.4 },
      { facet: 'kernel', weight: 0.35 },
      {
        facet: 'mounts',
        weight: 0.9,
        anyDirection: true,
        when: lostFileLocks,
        why: 'B mounts it without file locks (Lustre noflock, NFS nolock), and flock there answers ENOSYS',
      },
      ...UNDER_EMULATION,
    ],
    tokens: ['path'],
    meaning: 'a system call was not implemented where it ran',
  },
  {
    id: 'user-namespace-denied',
    anchors: ['unshare', 'namespace', 'newuidmap', 'newgidmap', 'userns'],
    patterns: [
      /\bunshare\b.*(?:not permitted|denied|failed|EPERM)/i,
      /user namespaces? (?:are |is )?(?:not (?:enabled|supported|permitted)|disabled)/i,
      /new(?:uid|gid)map.*(?:failed|not permitted|denied)/i,
      /(?:not permitted|denied|failed).*\b(?:CLONE_NEWUSER|userns)\b/i,
      /unprivileged_userns_clone/,
      /No permissions to creat(?:e|ing) new namespace|does not allow non-privileged user namespaces/i,
      // Apptainer/Singularity: "ERROR  : Failed to create user namespace: Permission denied".
      /Failed to create (?:a )?user namespace/i,
      // Charliecloud: "ch-run[11544]: can't init user+mount namespaces: Invalid argument (ch_core.c:381 22)".
      /\bcan't init user\+mount namespaces\b/,
      // bubblewrap (opam's and Flatpak's sandbox): "bwrap: Creating new namespace failed, likely because the kernel
      // does not support user namespaces."
      /\bCreating new namespace failed\b|\bkernel does not support user namespaces\b/,
      // runc's nsexec, under img, BuildKit and Docker: "nsenter: failed to unshare namespaces: Invalid argument".
      /\bnsenter: failed to unshare namespaces\b/,
    ],
    implicates: [
      {
        facet: 'kernel',
        key: /^(?:userns|unprivileged_userns\w*|max_user_namespaces)$/,
        weight: 0.9,
        why: 'B does not let unprivileged processes create user namespaces (rootless containers, sandboxes)',
      },
      ...USERNS_SYSCTLS,
      // Docker's and Kubernetes' default seccomp profiles refuse unshare(CLONE_NEWUSER) to a process without CAP_SYS_ADMIN.
      {
        facet: 'security',
        key: /^seccomp$/,
        weight: 0.8,
        when: (d) => /filter|\b2\s*$/.test(String(d.b)) && !/filter|\b2\s*$/.test(String(d.a ?? '')),
        why: 'B runs under a seccomp filter, and the default profiles refuse unshare(CLONE_NEWUSER)',
      },
      // newuidmap and newgidmap are setuid root: under no_new_privs they run without it and may not write the maps.
      {
        facet: 'security',
        key: /^no_new_privs$/,
        weight: 0.8,
        when: (d) => d.b === true || /(?:^|\s)1\s*$/.test(String(d.b)),
        why: 'B sets no_new_privs: the setuid newuidmap cannot write the user namespace maps',
      },
      {
        facet: 'security',
        key: /^(?:apparmor|selinux|no_new_privs|uid)$/,
        weight: 0.5,
        why: 'AppArmor (Ubuntu 24.04+) restricts unprivileged user namespaces',
      },
      // Rootless podman (and buildah, rootlesskit) needs the namespaces, and newuidmap from uidmap/shadow-utils for them.
      {
        facet: 'packages',
        key: /^(?:uidmap|shadow-utils|newuidmap)(?::\w+)?$/,
        weight: 0.8,
        anyDirection: true,
        why: 'newuidmap and newgidmap, which set up the namespace, come from this package',
      },
      {
        facet: 'packages',
        key: /^(?:podman(?:-docker)?|buildah|rootlesskit)(?::\w+)?$/,
        weight: 0.72,
        anyDirection: true,
        why: 'B runs containers rootless (podman), which needs user namespaces and newuidmap',
      },
      {
        facet: 'kernel',
        key: /^release$/,
        weight: 0.88,
        anyDirection: true,
        when: movedOntoWsl1,
        why: 'B runs on WSL1, whose translation of Linux system calls has no user namespaces',
      },
      { facet: 'kernel', key: KERNEL_VERSION, weight: 0.35 },
      { facet: 'docker', key: /^(?:security_options|rootless)$/, weight: 0.4 },
    ],
    tokens: [],
    meaning: 'creating a user namespace was refused',
  },
  {
    // apt's post-update hook (a plain `rm -f … || true`) cannot fail by itself: in a container it fails when the
    // daemon's seccomp profile, older than the image's C library, refuses the system calls it makes (clone3,
    // faccessat2) with EPERM.
    id: 'apt-post-invoke-failed',
    anchors: ['apt::update::post-invoke'],
    patterns: [/E: Problem executing scripts APT::Update::Post-Invoke\b/],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:server_version|libseccomp_version)$/,
        weight: 0.85,
        anyDirection: true,
        why: "an older Docker's seccomp profile refuses the system calls the image's newer C library makes (clone3, faccessat2)",
      },
      { facet: 'docker', key: /^(?:runc_version|security_options)$/, weight: 0.8, anyDirection: true },
      {
        facet: 'packages',
        key: /^(?:libseccomp2?|docker\.io|docker-ce|moby-engine|runc|containerd(?:\.io)?)(?::\w+)?$/,
        weight: 0.75,
        anyDirection: true,
      },
      {
        facet: 'libc',
        key: /^version$/,
        weight: 0.6,
        why: "the image's newer C library makes system calls an older seccomp profile refuses",
      },
      { facet: 'os', key: /^(?:version_id|version_codename)$/, weight: 0.55 },
    ],
    tokens: [],
    meaning: "apt's post-update hook failed, as it does under a seccomp profile older than the image",
  },
  {
    // The kernel refused the seccomp filter a sandbox (Nix's builder) loads: a user-mode emulator (QEMU, Rosetta)
    // running the build for another architecture cannot hand it a filter for the guest's system calls.
    id: 'seccomp-filter-refused',
    anchors: ['seccomp bpf'],
    patterns: [SECCOMP_FILTER_REFUSED],
    implicates: [
      {
        facet: 'binfmt',
        weight: 0.85,
        when: (d) => d.kind !== 'removed',
        why: "B runs the build under a user-mode emulator (QEMU, Rosetta), which cannot load the guest's seccomp filter",
      },
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.8,
        anyDirection: true,
        why: "another machine: the build runs emulated, and a user-mode emulator cannot load the guest's seccomp filter",
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.8, anyDirection: true },
      { facet: 'images', changedField: 'architecture', weight: 0.8 },
      { facet: 'custom', key: /seccomp|USER_NS|binfmt|qemu|rosetta/i, weight: 0.8, anyDirection: true },
      { facet: 'kernel', key: /^(?:seccomp|release)$/, weight: 0.4 },
    ],
    tokens: [],
    meaning: 'the kernel refused the seccomp filter a sandbox loads',
  },
  {
    id: 'operation-not-permitted',
    anchors: ['not permitted', 'eperm', 'seccomp', 'cap_sys_', 'denied'],
    patterns: [
      /Operation not permitted/i,
      /\bEPERM\b/,
      /\bseccomp\b/i,
      /\bCAP_SYS_\w+/,
      /apparmor="DENIED"|\bavc:\s+denied\b/i,
      // A system call that only privilege gates, refused with EACCES (an LSM's answer): no file mode is involved.
      SYSCALL_DENIED,
    ],
    // systemd's feature banner ("+SECCOMP +SELINUX") lists what it was built with; it is not a denial. libstdc++'s
    // "Enable multithreading to use std::thread: Operation not permitted" is its own EPERM: the program was linked
    // without threads, which no kernel refused.
    exclude: [/[+-]SECCOMP\b/, /Enable multithreading to use std::thread/, SECCOMP_FILTER_REFUSED],
    implicates: [
      ...USERNS_SYSCTLS.map((imp) => ({ ...imp, weight: 0.75 })),
      {
        facet: 'docker',
        key: SECCOMP_DOCKER,
        weight: 0.6,
        why: 'an older Docker/libseccomp profile returns EPERM for syscalls it does not know (e.g. clone3, faccessat2)',
      },
      // The default seccomp profile ships with the daemon (moby), not containerd.
      { facet: 'docker', key: /^containerd_version$/, weight: 0.45 },
      // What denies an operation is a policy (capabilities, seccomp, an LSM, a sysctl) before it is a kernel version;
      // an LSM that was off on A and enforces on B is the policy that just started refusing.
      {
        facet: 'security',
        key: /^(?:selinux|apparmor|seccomp)$/,
        weight: 0.8,
        when: (d) => MAC_OFF.test(String(d.a ?? 'disabled')) && !MAC_OFF.test(String(d.b ?? 'disabled')),
      },
      // A container that ran unconfined on A and under a seccomp profile on B.
      {
        facet: 'docker',
        key: /^security_options$/,
        weight: 0.8,
        when: (d) => /\bunconfined\b/.test(JSON.stringify(d.a ?? '')) && !/\bunconfined\b/.test(JSON.stringify(d.b ?? '')),
      },
      // A container that was privileged on A and runs with Docker's default set on B: mounts, namespaces, capability
      // changes and most privileged system calls need CAP_SYS_ADMIN, which B lost.
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.85,
        when: (d) => lostCapability(d, 'sys_admin'),
        why: 'B runs without CAP_SYS_ADMIN, which mounts, namespaces and privileged system calls need',
      },
      { facet: 'security', key: /^(?:selinux|apparmor|no_new_privs|seccomp|capabilities|cap_\w+)$/, weight: 0.6 },
      // Root is refused less than anyone: a move to uid 0 cannot explain a denied operation.
      { facet: 'security', key: /^uid$/, weight: 0.6, when: (d) => !rootOnB(d) },
      {
        facet: 'sysctl',
        key: /^(?:kernel\.(?:unprivileged_bpf_disabled|perf_event_paranoid|yama\.ptrace_scope|kptr_restrict|dmesg_restrict|io_uring_disabled)|net\.ipv4\.ip_unprivileged_port_start|vm\.mmap_min_addr)$/,
        weight: 0.6,
        anyDirection: true,
      },
      // 0.3: at 0.45 a runner's kernel build bump headed 5 of the 56 cases this class decided (and lost 3 of them).
      { facet: 'kernel', key: /^(?:seccomp|userns|release|version)$/, weight: 0.3 },
      // A captured look at the policy itself: the seccomp profile's syscalls, SELinux's or AppArmor's mode.
      { facet: 'custom', key: /seccomp|apparmor|aa-status|selinux|getenforce/i, weight: 0.75, anyDirection: true, anyStep: true },
      // Kernel lockdown (on with Secure Boot) refuses even root raw hardware access: MSR writes, /dev/mem, kprobes.
      {
        facet: 'custom',
        key: /lockdown|mokutil|secure ?boot|sb-state/i,
        weight: 0.75,
        anyDirection: true,
        anyStep: true,
        why: "B's kernel is locked down (Secure Boot): even root may not write MSRs, /dev/mem or kernel memory",
      },
      // A captured look at where the job runs: B inside a user namespace (its uid_map maps root to an unprivileged
      // range) or an unprivileged container (LXC, sysbox) is refused mounts, rlimits and devices whoever it is.
      {
        facet: 'custom',
        key: /\/proc\/(?:self|1)\/(?:uid_map|gid_map)|systemd-detect-virt|virt-what/,
        weight: 0.8,
        anyDirection: true,
        anyStep: true,
        why: 'B runs inside a user namespace or an unprivileged container: mounts, rlimits and devices are refused even to its root',
      },
      { facet: 'images', weight: 0.25 },
    ],
    tokens: ['path'],
    meaning: 'the kernel, seccomp or an LSM denied an operation',
  },
  {
    // The JVM resolves a host itself unless told of a proxy by its own properties: it ignores http_proxy and
    // https_proxy. "java.net.UnknownHostException: services.gradle.org" is a machine with no name server, or one
    // whose way out is a proxy Java was not given (not "h: h: …", the machine's own name).
    id: 'jvm-unknown-host',
    anchors: ['unknownhostexception'],
    patterns: [/\bjava\.net\.UnknownHostException: (?!localhost\b)[\w-]+(?:\.[\w-]+)+\s*$/],
    implicates: [
      {
        facet: 'mirrors',
        key: /^proxy\./,
        weight: 0.85,
        anyDirection: true,
        when: setOnB,
        why: 'B goes out through a proxy, which the JVM does not take from http_proxy: it resolves the host itself and cannot',
      },
      { facet: 'env', key: PROXY_ENV, weight: 0.8, anyDirection: true, when: setOnB },
      // A captured look at the JVM's or Gradle's own proxy settings (gradle.properties' systemProp.https.proxyHost).
      { facet: 'custom', key: /proxy/i, weight: 0.85, anyDirection: true, why: 'B gives the JVM no proxy' },
      {
        facet: 'env',
        key: /^(?:JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|GRADLE_OPTS|MAVEN_OPTS)$/,
        weight: 0.75,
        anyDirection: true,
      },
      { facet: 'dns', weight: 0.8, anyDirection: true, why: 'B asks another name server, or none' },
      { facet: 'mirrors', key: /^resolv\./, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the JVM could not resolve a host name',
  },
  {
    id: 'dns-resolution-failed',
    // "resolv" is not in "resolution": glibc's EAI_AGAIN ("Temporary failure in name resolution") needs its own.
    anchors: ['temporary error', 'resolv', 'name resolution', 'enotfound', 'eai_again', 'not known', 'lookup ', 'nodename', 'bad address'],
    patterns: [
      /Temporary failure (?:in name )?resolving/i,
      /Temporary failure in name resolution/i,
      /Could not resolve host/i,
      // A host name, dotted ("Could not resolve 'debmirror.example.net'"): not npm's "Could not resolve dependency:", Gradle's
      // "could not resolve plugin artifact" nor a Maven coordinate ("Could not resolve com.android.tools.build:gradle:7.0.0").
      /Could not resolve (?:proxy: )?['"]?[\w-]+(?:\.[\w-]+)+(?!['"\w.-]*:\w)/i,
      /\bgetaddrinfo\b.*(?:ENOTFOUND|EAI_AGAIN)|\b(?:ENOTFOUND|EAI_AGAIN)\b/,
      /Name or service not known/i,
      /\blookup [\w.-]+ on [\d.:[\]a-f]+: (?:no such host|server misbehaving|read udp)/i,
      /nodename nor servname provided/i,
      /bad address '[\w.-]+'/,
      // apk's words for a fetch whose name did not resolve (or connect): "temporary error (try again later)".
      /: temporary error \(try again later\)/,
    ],
    // Gradle's and Maven's dependency resolution is not name resolution; localhost is never asked of a name
    // server (localhost-unresolvable in classes.ts).
    exclude: [
      /Could not resolve (?:all (?:dependencies|files|artifacts|task dependencies)|dependencies for project|the dependencies)\b/i,
      LOCALHOST_UNRESOLVED,
    ],
    implicates: [
      {
        facet: 'mirrors',
        key: /^resolv\.(?:nameservers?|search|options)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B asks another name server (127.0.0.53, the host stub resolver, is unreachable from a container)',
      },
      // Hand-made fingerprints name the resolver settings as a facet of their own.
      { facet: 'dns', weight: 0.85, anyDirection: true, when: (d) => !sameMembersReordered(d), why: 'B asks another name server' },
      // The same servers asked in another order answer alike unless the first one is down: weaker than a lost one.
      { facet: 'dns', weight: 0.7, anyDirection: true, when: sameMembersReordered, why: 'B asks the same name servers in another order' },
      // A captured lookup (`getent hosts db`, `nslookup docker`) that answers on A and not on B is the failure itself.
      {
        facet: 'custom',
        key: /^(?:getent (?:a?hosts|ahostsv4)|nslookup|dig|host|resolvectl query)\s/,
        weight: 0.92,
        anyDirection: true,
        when: (d) => d.b === undefined || d.b === null || d.b === '',
        why: 'the name resolves on A and not on B',
      },
      // With forwarding off, containers on the default bridge reach nothing: name servers included.
      {
        facet: 'sysctl',
        key: /^net\.ipv4\.(?:ip_forward|conf\.all\.forwarding)$/,
        weight: 0.8,
        when: rootOnB,
        why: 'B does not forward IPv4 packets: containers on the bridge network reach no outside server',
      },
      { facet: 'mirrors', weight: 0.65, why: 'B resolves or reaches package sources differently' },
      { facet: 'env', key: PROXY_ENV, weight: 0.6 },
      {
        facet: 'docker',
        key: /^(?:dns|network|proxies|http_proxy|https_proxy|no_proxy)/,
        weight: 0.55,
        why: 'the daemon gives build containers another DNS or network setup',
      },
    ],
    tokens: ['host', 'ip'],
    meaning: 'a host name could not be resolved',
  },
  {
    id: 'connection-failed',
    anchors: [
      'conn',
      'timed out',
      'timeout',
      'unreach',
      'no route',
      'failed to fetch',
      'rpc failed',
      'gnutls',
      'unexpected eof',
      'temporary error',
      'dns lookup',
      'network error',
      'etimedout',
      'socket_timeout',
      'sockettimedout',
      'sideband',
      'could not fetch specs',
    ],
    patterns: [
      /Could not connect to/i,
      // Bundler's words for a fetch that failed on the way (its cause on lines of their own, or none).
      /Bundler::HTTPError Could not fetch specs from/,
      /\bconnection timed out\b/i,
      /\bConnection refused\b/i,
      // Zig's error names, as Bun prints them: "error: ConnectionRefused downloading package manifest figlet".
      /\berror: (?:ConnectionRefused|ConnectionTimedOut|NetworkUnreachable)\b/,
      /\b(?:ETIMEDOUT|ESOCKETTIMEDOUT|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ERR_SOCKET_TIMEOUT)\b/,
      /\bi\/o timeout\b/,
      /Failed to connect to/i,
      /Network is unreachable/i,
      /No route to host/i,
      /\bConnection (?:was )?reset(?: by peer)?\b/i,
      /unexpected disconnect while reading sideband packet/i,
      /\bRead timed out\b|\bReadTimeoutError\b|\bConnectTimeoutError\b/,
      /Failed to fetch .*(?:timed out|Could not connect|Connection failed|503|502|504)/i,
      /TLS handshake timeout/i,
      /RPC failed; curl \d+|GnuTLS recv error|unexpected EOF while reading/i,
      /temporary error \(try again later\)|DNS lookup error|network error \(check Internet connection/i,
      // git's own transports (git://, ssh) do not go through an HTTP proxy: behind a firewall they time out.
      /unable to connect to [\w.-]+:.*(?:timed out|refused|unreachable)/i,
      // ...which git prints on its own line, the reason (errno=Operation timed out) on the next.
      /fatal: unable to connect to [\w.-]+:\s*$/,
    ],
    implicates: [
      { facet: 'mirrors', weight: 0.6, why: 'B reaches package sources through different addresses or without the proxy' },
      // A proxy only B sets is a network only B has: a firewall that drops what does not go through it.
      { facet: 'mirrors', key: /^proxy\./, weight: 0.6, anyDirection: true, why: 'B is behind a proxy and firewall that A is not' },
      { facet: 'env', key: PROXY_ENV, weight: 0.6, anyDirection: true },
      { facet: 'git', key: GIT_PROXY, weight: 0.6, anyDirection: true },
      // With forwarding off, containers on the default bridge reach nothing: name servers included.
      {
        facet: 'sysctl',
        key: /^net\.ipv4\.(?:ip_forward|conf\.all\.forwarding)$/,
        weight: 0.8,
        when: rootOnB,
        why: 'B does not forward IPv4 packets: containers on the bridge network reach no outside server',
      },
      {
        facet: 'docker',
        key: /^(?:dns|proxies|http_proxy|https_proxy|no_proxy|mtu|network)/,
        weight: 0.55,
        why: 'the daemon gives build containers another DNS, proxy or network setup',
      },
      // What a user captures to see the network: the default route, the firewall's rules.
      {
        facet: 'custom',
        key: /\broute\b|\bgateway\b|\bufw\b|\biptables\b|\bnft\b|\bfirewall|\bnc -z\b|\b9418\b/i,
        weight: 0.8,
        anyDirection: true,
        why: "B's route or firewall keeps the build from the server",
      },
      { facet: 'network', key: /route|gateway/i, weight: 0.75, anyDirection: true },
      // Dual-stack hosts are tried over IPv6 first where it is on: without a route of that family, they fail.
      {
        facet: 'network',
        key: /ipv6/i,
        weight: 0.6,
        anyDirection: true,
        why: "B's IPv6 differs: servers it resolves to IPv6 addresses are reached over a family one side cannot route",
      },
      // git's url.<base>.insteadOf sends git:// (port 9418, often blocked) over https on one side only.
      {
        facet: 'git',
        key: /^url\..+\.insteadof$/i,
        weight: 0.75,
        anyDirection: true,
        why: "one side's git rewrites the URLs the other side fetches over a blocked protocol",
      },
    ],
    tokens: ['host', 'ip', 'package'],
    meaning: 'the build could not reach a server',
  },
  {
    // A web page where a registry's JSON or manifest belongs: something between B and the registry answered
    // (a mirror that serves its own page, a proxy's error page, a middlebox timing out on large packets).
    id: 'html-instead-of-api',
    anchors: ['text/html', 'invalid character', 'unexpected token'],
    patterns: [
      /encountered unknown type text\/html/,
      /unexpected (?:media|content)[- ]type:? ["']?text\/html/i,
      /invalid character '<' looking for beginning of value/,
      /Unexpected token '?<'?,? (?:"<!DOCTYPE|in JSON)/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:REGISTRY_MIRRORS?|\w+_REGISTRY_MIRROR|\w*_MIRROR)$/i,
        weight: 0.85,
        anyDirection: true,
        why: 'B pulls through a mirror that answers with a web page',
      },
      {
        facet: 'docker',
        key: /^registry_mirrors$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B pulls through a mirror that answers with a web page',
      },
      { facet: 'env', key: PROXY_ENV, weight: 0.65, anyDirection: true, why: 'a proxy answered with its own page' },
      { facet: 'mirrors', weight: 0.6, anyDirection: true },
      {
        facet: 'network',
        key: /mtu/i,
        weight: 0.6,
        anyDirection: true,
        why: 'a middlebox times out on packets too large for the path and answers 408',
      },
      { facet: 'docker', key: /^(?:mtu|bridge_mtu|proxies)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: "a web page came back where a registry's JSON was expected",
  },
  {
    id: 'apt-hash-sum-mismatch',
    anchors: ['hash sum', 'unexpected size', 'mirror sync', 'checksum', 'integrity', 'match the hashes'],
    patterns: [
      /Hash Sum mismatch/i,
      /File has unexpected size/i,
      /Mirror sync in progress\?/i,
      /Checksum mismatch|checksum did not match|EINTEGRITY|integrity checksum failed/i,
      // pip's hash-checking mode: another index (piwheels) serves its own build of the same version.
      /THESE PACKAGES DO NOT MATCH THE HASHES FROM /,
    ],
    implicates: [
      {
        facet: 'mirrors',
        key: /^proxy\./,
        weight: 0.75,
        anyDirection: true,
        why: 'a caching or intercepting proxy served stale or altered files',
      },
      { facet: 'mirrors', weight: 0.7, why: 'a different mirror served stale or altered files' },
      {
        facet: 'env',
        key: PROXY_ENV,
        weight: 0.7,
        anyDirection: true,
        why: 'a caching or intercepting proxy served stale or altered files',
      },
    ],
    tokens: ['host', 'package'],
    meaning: 'downloaded package indexes or files did not match their checksums',
  },
  {
    id: 'release-not-valid-yet',
    anchors: ['not valid yet', 'not yet valid', 'clock skew', 'in the future', 'not live until'],
    patterns: [
      /is not valid yet \(invalid for another/i,
      /Release file .* is not valid yet/i,
      // apt 3's sqv (Sequoia) on a signature made after B's clock: "Verifying signature: Not live until 2026-02-18T18:03:51Z".
      /\bNot live until \d{4}-\d\d-\d\d/,
      // GnuPG on a key made after B's clock: "key FBB75451 was created 157366305 seconds in the future (time warp or clock problem)".
      /was created \d+ (?:seconds?|days?) in the future \(time warp or clock problem\)/,
      /clock skew detected/i,
      /in the future\b.*(?:timestamp|modification time)|modification time .* in the future/i,
    ],
    implicates: [
      {
        facet: 'time',
        key: /^(?:skew_s|utc|ntp\w*)$/,
        weight: 0.85,
        when: (d) => d.key !== 'skew_s' || clockOffByMinutes(d),
        why: "B's clock is off, so signatures and certificates look not yet valid",
      },
      { facet: 'time', weight: 0.2 },
      { facet: 'mirrors', weight: 0.3 },
    ],
    tokens: ['host'],
    meaning: "a timestamp was in the future by the machine's clock",
  },
  {
    id: 'repository-signature',
    anchors: [
      'unknown trust',
      'pgp signature',
      'no_pubkey',
      'expkeysig',
      'keyexpired',
      'revkeysig',
      'signed',
      'signature',
      'gpg error',
      'badsig',
      'release file',
      'changed its',
      'gpg check failed',
      'public key for',
      "didn't help",
    ],
    patterns: [
      /NO_PUBKEY/,
      /EXPKEYSIG|KEYEXPIRED|REVKEYSIG/,
      /is no longer signed/i,
      /is not signed\b/i,
      /signatures (?:couldn't|could not|were invalid)/i,
      /GPG error/i,
      /invalid signature|BADSIG/i,
      /does not have a Release file/i,
      /The repository .* (?:changed its|is not signed)/i,
      // pacman: a packager key the image's keyring does not (yet) trust.
      /signature from "[^"]+" is (?:unknown|marginal) trust|\(invalid or corrupted package \(PGP signature\)\)/,
      // dnf and yum: a package signed by a key the image's release package does not ship (or not yet).
      /\bGPG check FAILED\b|\bPublic key for \S+\.rpm is not installed\b|\bImport of key\(s\) didn't help, wrong key\(s\)\?/,
      // apk: an index signed by a key /etc/apk/keys lacks; debootstrap: a Release signed by a key its keyring lacks.
      /: UNTRUSTED signature\b/,
      /\bRelease signed by unknown key\b/,
    ],
    implicates: [
      { facet: 'mirrors', weight: 0.65, why: 'the package source or its signing changed between A and B' },
      { facet: 'packages', key: KEYRING_PACKAGES, weight: 0.6 },
      // The keyring package (ubuntu-keyring, alpine-keys, wolfi-keys): gone from B takes every key it held.
      {
        facet: 'packages',
        key: KEYS_PACKAGE,
        weight: 0.85,
        when: (d) => d.kind === 'removed',
        why: 'B lacks the keyring package, and with it the keys the repositories sign with',
      },
      {
        facet: 'packages',
        key: KEYS_PACKAGE,
        weight: 0.7,
        anyDirection: true,
        anyStep: true,
        when: (d) => d.kind !== 'removed',
        why: "B's keyring package holds other signing keys than the repositories use",
      },
      // On RPM distributions the signing keys come with the release package (almalinux-release, rocky-release,
      // fedora-gpg-keys, centos-gpg-keys): another build of it imports other keys.
      {
        facet: 'packages',
        key: /^(?!lsb-)(?:[\w-]+-release|[\w-]+-gpg-keys|distribution-gpg-keys)(?::\w+)?$/,
        weight: 0.7,
        anyDirection: true,
        anyStep: true,
        why: "B's release package ships other package-signing keys than the repositories now use",
      },
      // A captured listing of the trusted keys (`apt-key list`, `gpg --list-keys`, the keyring's files).
      {
        facet: 'custom',
        key: /apt-key|\bgpg\b|keyring|trusted\.gpg|pubkey|signing/i,
        weight: 0.85,
        anyDirection: true,
        anyStep: true,
        why: 'B trusts other package-signing keys than the repository now signs with',
      },
      { facet: 'time', key: /^skew_s$/, weight: 0.35, when: clockOffByMinutes },
      // apt verifies as its unprivileged _apt user: a keyring written under a umask that takes away others' read is
      // one it cannot open, and it reports the key as missing.
      {
        facet: 'security',
        key: /^umask$/,
        weight: 0.7,
        when: (d) => umaskTightens(d, 0o004),
        why: "apt checks signatures as its _apt user, who cannot read a keyring written under B's umask",
      },
      // An old daemon's seccomp profile refuses the syscalls a newer image's gpgv makes (Ubuntu 21.10+ on Docker
      // before 20.10.9): apt reports every key as missing (docker-library/official-images#16829).
      {
        facet: 'docker',
        key: SECCOMP_DOCKER,
        weight: 0.5,
        why: "an older Docker's seccomp profile makes the image's gpgv fail, and apt reports the keys as missing",
      },
      { facet: 'os', key: /^(?:version_id|version_codename)$/, weight: 0.3 },
      // gpgv writes the fetched index to a temporary file first: on a full disk apt reports "invalid signature".
      {
        facet: 'resources',
        key: /^disk_(?:free|avail):(?:\/|\/var|\/var\/lib|\/var\/lib\/docker|\/tmp)$/,
        weight: 0.55,
        why: 'with no space left, gpgv cannot write the index it verifies, and apt calls the signature invalid',
      },
    ],
    tokens: ['host', 'url'],
    meaning: 'apt rejected a repository signature',
  },
  {
    id: 'dpkg-error',
    anchors: ['dpkg', 'pre-dependency', 'unable to ', 'error: '],
    patterns: [
      /pre-dependency problem/i,
      /dpkg: error processing/i,
      /dpkg: dependency problems/i,
      /Sub-process \/usr\/bin\/dpkg returned an error code/i,
      /dpkg-deb.*(?:error|failed)/i,
      /unable to (?:make backup link|install new version|securely remove)/i,
      /error: (?:rpmdb|unpacking of archive failed|cpio)/i,
    ],
    exclude: [/unknown compression for member|PayloadIsZstd/],
    implicates: [
      {
        facet: 'kernel',
        key: KERNEL_VERSION,
        weight: 0.55,
        why: 'dpkg unpacks through overlay/AUFS and kernel syscalls; a different host kernel changes how that works',
      },
      {
        facet: 'docker',
        key: /^(?:storage_driver|backing_fs)$/,
        weight: 0.55,
        why: 'the storage driver is what dpkg writes through inside a build',
      },
      { facet: 'docker', key: /^server_version$/, weight: 0.35 },
      { facet: 'packages', weight: 0.35 },
      { facet: 'mirrors', weight: 0.25 },
      // Another release renames, splits or drops the packages a .deb depends on (Ubuntu 24.04's t64 renames).
      {
        facet: 'os',
        key: /^(?:version_id|version_codename)$/,
        weight: 0.5,
        why: "B's release names or ships the dependencies differently",
      },
    ],
    tokens: ['package'],
    meaning: 'dpkg failed while installing packages',
  },
  {
    id: 'illegal-instruction',
    anchors: [
      'illegal',
      'sigill',
      'signal 4',
      'signal: 4',
      '132',
      'invalid opcode',
      'requires',
      'cpu ',
      'baseline optimizations',
      'compiled to use',
    ],
    patterns: [
      /Illegal instruction/i,
      /\bSIGILL\b/,
      /Exception: Illegal\b/,
      // Redis's crash report and cargo print the number with a colon ("crashed by signal: 4, si_code: 1").
      /signal:? 4\b|exit(?:ed)?(?: with)? (?:code|status):? 132\b/i,
      /invalid opcode/i,
      /illegal hardware instruction/i,
      /requires (?:the )?(?:AVX\w*|SSE\w*|FMA|BMI\d?)\b|CPU (?:does not support|lacks)/i,
      // Libraries that check the CPU before they run: NumPy's baseline, TensorFlow's build flags.
      /\bbuilt with baseline optimizations\b|\bwas compiled to use \w+ instructions, but these aren't available on your machine\b/i,
    ],
    // A WebAssembly engine's "Invalid opcode" is an instruction of the wasm module its release does not know
    // (wasm-engine-rejects-module), not one of the CPU's.
    exclude: [/\bWebAssembly\.\w+\(\)/],
    implicates: [
      {
        facet: 'cpu',
        key: /^flags$/,
        weight: 0.9,
        when: (d) => !onlyGainedFlags(d),
        why: 'code compiled for CPU features B lacks (e.g. -march=native, AVX-512) dies on the first such instruction',
      },
      {
        // Runtimes that detect a feature and use it (the JVM and SVE/SME on Apple M4 guests) die where the CPU
        // reports it and the hypervisor or OS does not let it run.
        facet: 'cpu',
        key: /^flags$/,
        weight: 0.6,
        anyDirection: true,
        when: onlyGainedFlags,
        why: "B's CPU reports features A's did not: code that detects and uses them dies where they cannot run",
      },
      { facet: 'cpu', key: /^(?:model|arch)$/, weight: 0.45 },
      // Flags that build for the building machine's CPU (-C target-cpu=native, -march=native, GOAMD64=v3): a
      // program built and run in one build (a build script, a test) dies where the CPU differs.
      {
        facet: 'env',
        key: /^(?:RUSTFLAGS|CARGO_BUILD_RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CFLAGS|CXXFLAGS|CPPFLAGS|GOAMD64|NIX_CFLAGS_COMPILE)$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => CPU_SPECIFIC_FLAGS.test(String(d.b ?? '')) && !CPU_SPECIFIC_FLAGS.test(String(d.a ?? '')),
        why: "B's build flags target a specific CPU's instructions",
      },
      // BLAS builds carry kernels for one CPU generation (OpenBLAS without DYNAMIC_ARCH, ATLAS tuned on its builder):
      // another build of them is another instruction set.
      { facet: 'libraries', key: BLAS_LIBRARIES, weight: 0.6, anyDirection: true },
      { facet: 'packages', key: BLAS_PACKAGES, weight: 0.6, anyDirection: true, anyStep: true },
      { facet: 'toolchains', weight: 0.2 },
      { facet: 'images', weight: 0.25 },
    ],
    tokens: ['cpuflag'],
    meaning: 'the CPU met an instruction it does not support',
  },
  {
    id: 'no-space-left',
    anchors: ['space', 'enospc', 'quota', 'edquot', 'ephemeral-storage', 'ephemeral local storage'],
    patterns: [
      // Some tools and locales cut it short ("mkdir impossible: no space left").
      /\bNo space left\b/i,
      /\bENOSPC\b/,
      /Disk quota exceeded|\bEDQUOT\b/i,
      /not enough (?:free )?(?:disk )?space/i,
      /You don't have enough free space/i,
      // The JVM's performance-data file (hsperfdata) lives in java.io.tmpdir: a full /tmp, not /dev/shm.
      /\bInsufficient space for shared memory file\b/,
      // Kubernetes evicting a build pod: the node's disk, shared by every pod on it, ran low.
      /\blow on resource: ephemeral-storage\b|\bephemeral local storage usage exceeds\b/,
    ],
    exclude: [
      /\b(?:inotify|add_watch|file watchers|max_user_watches|watch(?:er)?s? limit|failed to watch|error watching)\b|\bwatch(?:er)? ENOSPC\b/i,
      // PostgreSQL's "could not resize shared memory segment …: No space left on device" is /dev/shm, not a disk;
      // semget's and shmget's ENOSPC are kernel limits (kernel.sem, kernel.shmmni), not a disk either.
      /\bshared memory segment\b/i,
      /could not create semaphores|\bsem(?:get|_get)\b|\bshmget\b/i,
    ],
    implicates: [
      {
        facet: 'resources',
        key: /^disk_(?:free|avail)/,
        weight: 0.85,
        // With gigabytes still free, the device ran out of something else (inodes, a quota, a small tmpfs);
        // a fifth of A's left is low only while it is a few builds' worth, not 57 GiB of 384.
        when: (d) =>
          typeof d.b !== 'number' || d.b < LOW_DISK_BYTES || (typeof d.a === 'number' && d.b < d.a * 0.2 && d.b < 4 * LOW_DISK_BYTES),
        why: 'B has less free disk space where the build writes',
      },
      {
        // Half of A's room and still gigabytes: enough for most builds, not for one that unpacks a large image.
        facet: 'resources',
        key: /^disk_(?:free|avail)/,
        weight: 0.65,
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b < d.a * 0.6 && d.b < 4 * LOW_DISK_BYTES,
        why: 'B has markedly less free disk space where the build writes',
      },
      {
        facet: 'resources',
        key: /^shm_size(?::\/dev\/shm)?$/,
        weight: 0.5,
        when: (d) => typeof d.b === 'number' && d.b <= SMALL_SHM_BYTES && (typeof d.a !== 'number' || d.b < d.a),
        why: "B's /dev/shm is small: shared memory and POSIX semaphores and queues that live there fill it",
      },
      {
        facet: 'resources',
        key: /^inodes?(?:_free)?(?::|$)/,
        weight: 0.9,
        anyDirection: true,
        // Millions of inodes still free is not running out of them.
        when: (d) => typeof d.b !== 'number' || d.b < LOW_INODES || (typeof d.a === 'number' && d.b < d.a * 0.2),
        why: 'B has run out of inodes (many small files) while bytes are still free',
      },
      { facet: 'docker', key: /^(?:storage_driver|backing_fs|data_root|docker_root_dir)$/, weight: 0.45 },
    ],
    tokens: ['path'],
    meaning: 'a write failed for lack of disk space',
  },
  {
    // A Jupyter kernel (nbconvert, nbsphinx, papermill) ends without a word of its own: most often the OOM killer on
    // a smaller machine, sometimes a crash in native code. Weaker than the OOM killer's own words.
    id: 'notebook-kernel-died',
    anchors: ['deadkernel', 'kernel died'],
    patterns: [/\bDeadKernelError\b|\bKernel died\b/],
    implicates: [
      {
        facet: 'resources',
        key: /^(?:mem_total|swap_total|mem_limit)$/,
        weight: 0.7,
        when: notMore,
        why: 'B gives the notebook kernel less memory, so the OOM killer ends it',
      },
      { facet: 'docker', key: /^mem_total$/, weight: 0.7, when: notMore },
    ],
    tokens: [],
    meaning: 'a notebook kernel died while it ran a cell',
  },
  {
    id: 'out-of-memory',
    anchors: [
      'killed',
      '137',
      'oom',
      'memory',
      'enomem',
      'signal 9',
      'sigkill',
      'disappeared',
      'heap',
      'paging file',
      'commit_memory',
      '0x8007000e',
      'gc overhead',
      'last few gcs',
      'scavenge might not succeed',
      '已杀死',
      'getötet',
    ],
    patterns: [
      // Gradle's client outlives its daemon: the kernel's OOM killer ends the biggest process, which is the daemon.
      /Gradle build daemon disappeared unexpectedly|the daemon has disappeared/,
      /(?:^|\|\s*|:\s*|\s)Killed\s*$/,
      /\b\d+\s+Killed\s/,
      /exit(?:ed)? (?:with )?(?:code|status):? 137\b/i,
      // docker build: "The command '/bin/sh -c …' returned a non-zero code: 137"; Gradle's Exec task:
      // "Process 'command 'node'' finished with non-zero exit value 137".
      /returned a non-zero code: 137\b|non-zero exit value 137\b/,
      // make reports a recipe SIGKILL ended as exit status 137, in the build's language ("Error 137", "错误 137").
      /^\s*g?make(?:\[\d+\])?: \*\*\* .*(?:\b(?:Error|Fehler|Erreur|Errore)|错误) 137\b/,
      // The shell's "Killed" in a Chinese or German locale.
      /(?:^|\s)(?:已杀死|Getötet)(?:\s|$)/,
      /\bOOMKilled\b|\bOOM[- ]?kill/i,
      /out of memory|Can ?not allocate memory|\bENOMEM\b/i,
      // Workflow managers check a task's request against the machine before they start it (Nextflow).
      /\brequirement exceeds available memory\b/i,
      /JavaScript heap out of memory/i,
      // V8's trace of its last collections, printed before the heap-limit crash (which a log cut short may lack).
      /<--- Last few GCs --->|allocation failure;? scavenge might not succeed|Ineffective mark-compacts near heap limit/,
      /Killed signal terminated program (?:cc1|cc1plus|collect2|ld|as)\b/,
      /internal compiler error: Killed \(program \w+\)/,
      // A program that checks the machine's memory before it starts (SQL Server on Linux).
      /\brequires a machine with at least \d+ megabytes of memory\b/,
      // MoarVM's and other runtimes' own words for a refused allocation.
      /\bMemory allocation failed; could not allocate \d+ bytes/,
      /signal: killed|signal 9\b|SIGKILL/i,
      // Python's MemoryError and the JVM's OutOfMemoryError, not a JVM flag named after it (-XX:+HeapDumpOnOutOfMemoryError).
      /(?<!\w)MemoryError\b|(?<![\w+-])(?:java\.lang\.)?OutOfMemoryError\b/,
      // The JVM's heap, sized by default to a quarter of the machine's memory: Gradle's and the JVM's own words.
      /\bGC overhead limit exceeded\b|\bJVM heap space is exhausted\b/,
      /__vm_enough_memory: not enough memory/,
      // MSVC's words for it (C1060, C1076, C3859); Windows' and the JVM's when the page file cannot back a commit.
      /compiler is out of heap space|internal heap limit reached|virtual memory range for PCH exceeded/,
      /paging file is too small/i,
      /os::commit_memory\(.*\) failed/,
      // .NET's E_OUTOFMEMORY starting the runtime: "Failed to create CoreCLR, HRESULT: 0x8007000E".
      /HRESULT: 0x8007000E\b/i,
    ],
    // Pinning memory (mlock, io_uring rings, RDMA queues) fails with ENOMEM at the locked-memory limit, with RAM to
    // spare: that is the locked-memory class's, not a machine out of memory.
    // The dynamic loader's static TLS area is a fixed reserve, not RAM: "cannot allocate memory in static TLS block"
    // is the C library (or a preloaded library) running out of it.
    exclude: [/\bFailed to lock memory\b|\bmlock|\bio_uring|\bibv_(?:reg_mr|create_(?:cq|qp|srq))|in static TLS block\b/i],
    implicates: [
      // Never more memory: a build that runs out of memory with more of it ran out for another reason.
      {
        facet: 'docker',
        key: /^mem_total$/,
        weight: 0.85,
        when: notMore,
        why: 'B gives the build less memory, so the kernel OOM killer ends it',
      },
      {
        facet: 'resources',
        key: /^(?:mem_total|swap_total|pagefile_total|mem_limit)$/,
        weight: 0.85,
        when: notMore,
        why: 'B gives the build less memory, so the kernel OOM killer ends it',
      },
      {
        facet: 'resources',
        key: /^ulimit_(?:as|data)$/,
        weight: 0.85,
        when: limitTighter,
        why: "B caps the process's address space or data segment: a large allocation fails with memory to spare",
      },
      // ENOMEM is also what pinning memory past the locked-memory limit returns (io_uring, RDMA, mlock).
      {
        facet: 'resources',
        key: /^ulimit_memlock$/,
        weight: 0.6,
        when: limitTighter,
        why: "B's locked-memory limit is lower: pinning memory (io_uring rings, mlock) fails with ENOMEM",
      },
      { facet: 'cpu', key: /^cores$/, weight: 0.3, why: 'more parallel jobs need more memory' },
      {
        facet: 'cpu',
        key: /^cores$/,
        weight: 0.8,
        // A container on a big host sees all its cores: Jest, make -j and Gradle start a worker per core.
        when: (d) => typeof d.a === 'number' && typeof d.b === 'number' && d.b >= 4 * d.a,
        why: 'B reports many more cores: tools that start a worker per core run out of memory',
      },
      {
        facet: 'resources',
        key: /^ulimit_nofile/,
        weight: 0.85,
        anyDirection: true,
        // MySQL, rpm and others size tables by the descriptor limit: an "infinity" limit allocates gigabytes.
        when: (d) => typeof d.b === 'number' && d.b >= 2 ** 24,
        why: "B's open-file limit is near-unbounded: programs that size tables by it allocate gigabytes and are killed",
      },
      { facet: 'sysctl', key: /^fs\.nr_open$/, weight: 0.8, when: (d) => typeof d.b === 'number' && d.b >= 2 ** 24 },
      {
        facet: 'sysctl',
        key: /^vm\.overcommit_memory$/,
        weight: 0.85,
        when: (d) => d.b === 2 || d.b === '2',
        // Go and Java reserve address space by the gigabyte: strict accounting refuses it with RAM to spare.
        why: 'B accounts memory strictly (overcommit 2): runtimes that reserve address space are refused with memory free',
      },
      // A runtime's own heap cap (--max-old-space-size, -Xmx) that A raised and B lacks or sets lower: the heap fills
      // at B's cap with the machine's memory to spare.
      {
        facet: 'env',
        key: /^(?:NODE_OPTIONS|JAVA_OPTS|_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|MAVEN_OPTS|GRADLE_OPTS|SBT_OPTS)$/,
        weight: 0.88,
        anyDirection: true,
        when: heapCapLowered,
        why: "B runs the runtime with a smaller heap cap (--max-old-space-size, -Xmx) than A's",
      },
      { facet: 'env', key: /^(?:NODE_OPTIONS|JAVA_OPTS|_JAVA_OPTIONS|MAVEN_OPTS|GRADLE_OPTS|MAKEFLAGS)$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: 'the process was killed, typically by the out-of-memory killer',
  },
  {
    id: 'too-many-open-files',
    anchors: ['too many open files', 'emfile', 'enfile', 'errno 24', 'ancdata', 'max file descriptors'],
    patterns: [
      /Too many open files/i,
      // A server that checks its own limit at start (Elasticsearch's bootstrap checks) before running out of it.
      /\bmax file descriptors \[\d+\] for .{1,80} is too low\b/,
      /\bEMFILE\b|\bENFILE\b/,
      /Errno 24\b/,
      // Python multiprocessing passes each shared tensor as a descriptor; past the limit none arrive.
      /received \d+ items of ancdata/,
    ],
    // inotify_init's EMFILE is the inotify instance cap (file-watch-limit), not this limit.
    exclude: [/\binotify\b|allocate (?:directory )?watch|(?:fsnotify|file|recommended) watcher\b/i],
    implicates: [
      // A limit B raised cannot be the one a process ran into (a near-unbounded one hurts otherwise: priors.ts).
      {
        facet: 'resources',
        key: /^ulimit_nofile/,
        weight: 0.9,
        when: (d) => !raisedOnB(d),
        why: "B's open-file limit is lower than the build needs",
      },
      { facet: 'docker', key: /^(?:default_ulimits|ulimits)/, weight: 0.6 },
      // The system-wide table ("Too many open files in system", ENFILE) and the per-process ceiling above ulimit.
      {
        facet: 'sysctl',
        key: /^(?:fs\.file-max|fs\.nr_open|kern\.maxfiles|kern\.maxfilesperproc)$/,
        weight: 0.85,
        when: (d) => !raisedOnB(d),
        why: "B's system-wide or per-process open-file ceiling is lower",
      },
      // Go's fsnotify (kubelet, kube-proxy, dev servers) reports inotify's instance cap as "too many open files".
      { facet: 'sysctl', key: /^fs\.inotify\.max_user_(?:instances|watches)$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: 'a process hit its open-file limit',
  },
  {
    // Python 3.13 verifies with X509_V_FLAG_X509_STRICT by default: certificates that older Pythons (and every
    // browser) accept fail on a missing extension. The runtime changed, not the trust store.
    id: 'x509-strict-rejected',
    anchors: ['key identifier', 'not marked critical', 'key usage extension'],
    patterns: [
      /certificate verify failed: (?:Missing (?:Authority|Subject) Key Identifier|Basic Constraints of CA cert not marked critical|CA cert does not include key usage extension)/,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^python\d*(?:\.\d+)?$/,
        weight: 0.9,
        why: 'Python 3.13 verifies certificates strictly (VERIFY_X509_STRICT) by default',
      },
      { facet: 'env', key: /^PYTHON_VERSION$/, weight: 0.85 },
      { facet: 'images', weight: 0.4, why: 'a rebuilt image can ship a newer Python' },
      { facet: 'packages', key: /^(?:openssl|libssl[\w.]*)(?::\w+)?$/, weight: 0.3, anyDirection: true },
    ],
    tokens: ['host'],
    meaning: 'a certificate failed strict X.509 checks a newer runtime applies by default',
  },
  {
    id: 'certificate-verify-failed',
    anchors: [
      'certificate',
      'x509',
      'pkix',
      'unknown authority',
      'ssl',
      'trustanchors',
      'self_signed_cert',
      'unable_to_',
      "issuer's authority",
      'untrustedroot',
      'unknownissuer',
      'unknown ca',
    ],
    patterns: [
      // libgit2 (cargo's registry fetch): "[16/-17] The SSL certificate is invalid".
      /\bThe SSL certificate is invalid\b/,
      /x509: certificate/i,
      /certificate verify failed|CERTIFICATE_VERIFY_FAILED/i,
      // curl's (and git's) "server certificate verification failed", macOS git's "SSL: certificate verification failed".
      /certificate verification failed/i,
      /unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT/i,
      /self[- ]signed certificate in certificate chain|SELF_SIGNED_CERT_IN_CHAIN/i,
      /SSL certificate problem/i,
      /PKIX path building failed/i,
      /unknown authority/i,
      /The certificate is NOT trusted|The certificate issuer is unknown|No system certificates available/i,
      // wget (GnuTLS and OpenSSL builds): "ERROR: The certificate of ‘host’ is not trusted.", "cannot verify host's certificate".
      /The certificate of .{1,120} is not trusted|cannot verify .{1,120}'s certificate|Unable to locally verify the issuer's authority/i,
      // No CA bundle to read at all: curl's error 77, OpenSSL's "error setting certificate verify
      // locations", Go's "failed to load system roots".
      /Problem with the SSL CA cert|error setting certificate verify locations|x509: failed to load system roots/i,
      // Node's word for an unknown issuer, and .NET's ("…because of errors in the certificate chain: UntrustedRoot").
      /unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE/i,
      // libcurl's own words for its error 60 (CURLE_PEER_FAILED_VERIFICATION), which programs built on it print as
      // they are (nix, libacvp, mxe builds), and older curl's and NSS curl's text for the same failure.
      /SSL peer certificate or SSH remote key was not OK|Peer certificate cannot be authenticated with (?:given|known) CA certificates|Peer's Certificate issuer is not recognized/i,
      /The remote certificate is invalid (?:according to the validation procedure|because of errors in the certificate chain)|\bUntrustedRoot\b/,
      // rustls and webpki (Deno, cargo-binstall, reqwest clients): "invalid peer certificate: UnknownIssuer".
      /\binvalid (?:peer )?certificate\b.{0,60}\bUnknownIssuer\b/,
      // Erlang's ssl (rebar3, hex, mix): "generated CLIENT ALERT: Fatal - Unknown CA", older OTP's "Fatal error: unknown
      // ca", the term "{tls_alert,{unknown_ca,…". Generated, not received: a received alert is the server refusing B's
      // client certificate.
      /\bgenerated CLIENT ALERT: Fatal - Unknown CA\b|\bFatal error: unknown ca\b|\{tls_alert,\s*\{?'?unknown[ _]ca\b/i,
    ],
    implicates: [
      { facet: 'packages', key: CA_PACKAGES, weight: 0.8, why: 'B trusts a different set of certificate authorities' },
      // Hand-made fingerprints list the trusted CAs as a facet of their own.
      { facet: 'certificates', weight: 0.9, anyDirection: true, why: 'B trusts a different set of certificate authorities' },
      {
        facet: 'tls',
        weight: 0.9,
        anyDirection: true,
        when: (d) => !trustsMoreOnB(d),
        why: 'B trusts a different set of certificate authorities',
      },
      // The same bundle with more authorities on B: what A trusted, B trusts too.
      { facet: 'tls', weight: 0.45, anyDirection: true },
      {
        facet: 'time',
        key: /^skew_s$/,
        weight: 0.55,
        when: clockOffByMinutes,
        why: "with B's clock off, valid certificates look expired or not yet valid",
      },
      {
        facet: 'time',
        key: /^skew_s$/,
        weight: 0.93,
        anyDirection: true,
        // Off by more than a day, every certificate is outside its validity window.
        when: (d) => typeof d.b === 'number' && Math.abs(d.b) > 86_400,
        why: "B's clock is off by more than a day: every certificate looks expired or not yet valid",
      },
      {
        facet: 'env',
        key: CA_ENV,
        // A variable that names the bundle is set for a reason (a corporate CA): above a routine ca-certificates bump.
        weight: 0.9,
        anyDirection: true,
        why: 'B points TLS clients at another CA bundle (or turns verification off)',
      },
      // TLS goes through the HTTPS proxy: one for plain HTTP alone carries no handshake (a tool that falls back to it
      // for https URLs still makes it count).
      { facet: 'env', key: PROXY_ENV, weight: 0.8, anyDirection: true, when: (d) => !/^http_proxy$/i.test(d.key), why: INTERCEPTING_PROXY },
      { facet: 'env', key: /^http_proxy$/i, weight: 0.75, anyDirection: true, why: INTERCEPTING_PROXY },
      { facet: 'git', key: GIT_PROXY, weight: 0.8, anyDirection: true, why: INTERCEPTING_PROXY },
      { facet: 'mirrors', key: /^proxy\.(?!http$)/, weight: 0.8, anyDirection: true, why: INTERCEPTING_PROXY },
      { facet: 'mirrors', key: /^proxy\.http$/, weight: 0.75, anyDirection: true, why: INTERCEPTING_PROXY },
      {
        facet: 'git',
        key: /^http\.(?:sslcainfo|sslcapath|sslverify|sslbackend|sslcert)$/i,
        weight: 0.88,
        anyDirection: true,
        why: "B's git trusts another set of certificate authorities (http.sslCAInfo)",
      },
      {
        facet: 'custom',
        key: /cacerts|keytool|ca-certificates|ca-bundle|ca_bundle|trust|update-ca|\bcerts?\b|\bca(?:file)?\b|strict-ssl|s_client|\bx509\b|-issuer\b/i,
        weight: 0.88,
        anyDirection: true,
        why: 'B trusts a different set of certificate authorities',
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['host'],
    meaning: 'TLS certificate verification failed',
  },
  {
    // The name asked for is not on the certificate presented: the name led somewhere else (a search domain with a
    // wildcard record, another resolver, a hosts entry) or an intercepting proxy answered in the server's place.
    id: 'certificate-name-mismatch',
    anchors: ['does not match the server', 'certificate is valid for', 'not valid for any names', 'altnames', 'matches target host'],
    patterns: [
      /requested domain name does not match the server'?s certificate/i,
      /x509: certificate is valid for .{1,300}, not [\w.-]+/,
      /x509: certificate is not valid for any names, but wanted to match/,
      /Hostname\/IP does(?: not|n't) match certificate's altnames/i,
      // curl's words (with OpenSSL or GnuTLS under it).
      /\bno alternative certificate subject name matches target host name\b/,
    ],
    implicates: [
      {
        facet: 'dns',
        key: /^(?:search|domain)$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's search domains turn the name into another host (a wildcard record answers for it)",
      },
      { facet: 'dns', weight: 0.6, anyDirection: true, why: 'B resolves the name to another server' },
      { facet: 'env', key: PROXY_ENV, weight: 0.6, anyDirection: true, why: 'an intercepting proxy presents its own certificate' },
      { facet: 'mirrors', key: /^proxy\./, weight: 0.6, anyDirection: true, why: 'an intercepting proxy presents its own certificate' },
      { facet: 'custom', key: /\bhosts\b|resolv|getent|\bdig\b|nslookup|host -t/i, weight: 0.7, anyDirection: true },
      {
        // Or the client matches names differently: Ubuntu's curl 7.81.0-1ubuntu1.11 stopped matching wildcards.
        facet: 'packages',
        key: /^(?:curl|libcurl[\w-]*)(?::\w+)?$/,
        weight: 0.5,
        anyDirection: true,
        anyStep: true,
        why: "another build of the TLS client matches the certificate's names differently",
      },
    ],
    tokens: ['host'],
    meaning: "the server's certificate is for another name than the one asked for",
  },
  {
    id: 'certificate-expired',
    anchors: ['expired', 'not yet valid', 'cert_not_yet_valid'],
    patterns: [
      /certificate (?:has )?expired|CERT_HAS_EXPIRED|certificate is expired|chain uses expired certificate/i,
      /certificate is not yet valid|CERT_NOT_YET_VALID|not valid before/i,
      /x509: certificate has expired or is not yet valid/i,
    ],
    implicates: [
      {
        facet: 'time',
        key: /^skew_s$/,
        weight: 0.85,
        when: clockOffByMinutes,
        why: "B's clock is off, so valid certificates look expired or not yet valid",
      },
      { facet: 'packages', key: CA_PACKAGES, weight: 0.55, why: 'an outdated CA bundle still holds an expired root (e.g. DST Root CA X3)' },
      { facet: 'env', key: PROXY_ENV, weight: 0.4, anyDirection: true },
      { facet: 'mirrors', key: /^proxy\./, weight: 0.4, anyDirection: true },
      { facet: 'time', weight: 0.3 },
    ],
    tokens: ['host'],
    meaning: 'a certificate was outside its validity period by the machine clock',
  },
  {
    // libpq connects as PGUSER, else as the operating-system user: B running as root (or another user) asks the
    // server for a role named after it, which only the server's own setup would have created.
    id: 'database-role-missing',
    anchors: ['does not exist'],
    patterns: [/FATAL:\s+role "[^"]+" does not exist/],
    implicates: [
      {
        facet: 'env',
        key: /^PGUSER$/,
        weight: 0.85,
        anyDirection: true,
        why: 'libpq connects as PGUSER, which B sets otherwise or not at all',
      },
      {
        facet: 'env',
        key: /^(?:USER|LOGNAME)$/,
        weight: 0.6,
        anyDirection: true,
        why: 'without PGUSER, libpq connects as the user B runs as',
      },
      { facet: 'security', key: /^uid$/, weight: 0.6, anyDirection: true, why: 'without PGUSER, libpq connects as the user B runs as' },
    ],
    tokens: [],
    meaning: 'the database server has no role for the user the client connected as',
  },
  {
    // Only root gives a file away: a build that chowns what it made (a Docker build runner, make install) fails as
    // soon as it runs as anyone else, and in a user namespace for ids outside its map.
    id: 'chown-not-permitted',
    anchors: ['changing ownership'],
    patterns: [/\bchown: changing ownership of .+: Operation not permitted/],
    implicates: [
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.9,
        when: (d) => rootOnA(d) && !rootOnB(d),
        why: 'A ran as root, which may give files away; B runs as another user, who may not',
      },
      { facet: 'docker', key: /^(?:security_options|rootless)$/, weight: 0.6, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'a non-root user tried to change who owns a file',
  },
  {
    // mount(8) hands network filesystems to a helper (/sbin/mount.nfs from nfs-common, mount.cifs from cifs-utils):
    // a node without it answers "bad option", which names no package.
    id: 'mount-helper-missing',
    anchors: ['helper program'],
    patterns: [/you might need a \/sbin\/mount\.<type> helper program/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:nfs-common|nfs-utils|nfs-client|cifs-utils|glusterfs-client|glusterfs-fuse|ceph-common)(?::\w+)?$/,
        weight: 0.5,
        when: (d) => d.kind === 'removed',
        why: 'B lacks the package of the helper mount(8) runs for this filesystem type',
      },
    ],
    tokens: ['tool'],
    meaning: 'mount(8) has no helper for the filesystem type',
  },
  {
    // 32-bit ARM has no instruction for 64-bit division: the compiler calls libgcc's (compiler-rt's) __aeabi_* helpers,
    // which a module built without them cannot resolve. Only an ARM (EABI) build needs them at all.
    id: 'arm-eabi-helper-missing',
    anchors: ['__aeabi_'],
    // NDK r27's lld refuses to link them from libgcc's copy: "non-exported symbol '__aeabi_ldivmod'".
    patterns: [/\bundefined (?:symbol: |reference to [`'‘])__aeabi_\w+/, /\bnon-exported symbol '__aeabi_\w+'/],
    implicates: [
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.85,
        when: (d) => typeof d.b === 'string' && /^arm(?!64)/i.test(d.b),
        why: 'B is 32-bit ARM, where 64-bit division calls runtime helpers the module does not carry',
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.85, when: (d) => typeof d.b === 'string' && /^arm(?!64)/i.test(d.b) },
      {
        facet: 'env',
        key: /^ANDROID_NDK(?:_HOME|_ROOT)?$/,
        weight: 0.7,
        anyDirection: true,
        why: 'another NDK links the ARM runtime helpers otherwise',
      },
      { facet: 'toolchains', key: /^(?:ndk|android-ndk|gcc|clang)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "a 32-bit ARM build lacks the compiler runtime's helper functions",
  },
  {
    // The source itself refuses a CPU it was never ported to: a vendored LuaJIT 2.0's lj_arch.h on Apple Silicon.
    id: 'source-lacks-architecture',
    anchors: ['architecture'],
    patterns: [
      /(?:#error|\berror:)\s+"?(?:No support for this architecture|No target architecture defined|Unsupported (?:target )?architecture|Unknown (?:target )?architecture)/i,
    ],
    implicates: [
      { facet: 'kernel', key: /^machine$/, weight: 0.85, anyDirection: true, why: "the code has no port to B's CPU architecture" },
      { facet: 'cpu', key: /^arch$/, weight: 0.85, anyDirection: true, why: "the code has no port to B's CPU architecture" },
      { facet: 'images', weight: 0.3, anyDirection: true },
    ],
    tokens: ['arch'],
    meaning: 'the source refuses the CPU architecture it is built for',
  },
  {
    // ipset and the kernel's ip_set speak revisions of each set type: a newer kernel creates sets ("settype hash:ip
    // with revision 6") an older ipset cannot read, and an older kernel lacks what a newer ipset asks for.
    id: 'kernel-userspace-mismatch',
    anchors: ['kernel and userspace incompatible'],
    patterns: [/Kernel and userspace incompatible/i],
    implicates: [
      {
        facet: 'kernel',
        key: KERNEL_VERSION,
        weight: 0.8,
        anyDirection: true,
        why: "B's kernel speaks another revision than the userspace tool",
      },
      { facet: 'packages', key: /^(?:ipset|libipset\d*|iptables|nftables)(?::\w+)?$/, weight: 0.45, anyDirection: true },
      { facet: 'images', weight: 0.3, anyDirection: true },
    ],
    tokens: ['tool'],
    meaning: "the kernel and a userspace tool disagree on an interface's revision",
  },
  {
    id: 'cross-device-link',
    anchors: ['cross-device', 'exdev'],
    patterns: [/Invalid cross-device link/i, /\bEXDEV\b/],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:storage_driver|backing_fs)$/,
        weight: 0.9,
        why: 'renames across layers fail on some storage drivers (aufs, overlay on old kernels)',
      },
      { facet: 'kernel', key: KERNEL_VERSION, weight: 0.4 },
      { facet: 'resources', key: /^disk_/, weight: 0.2 },
      // A mount only one side has puts a file-system boundary inside the tree the build links or renames in.
      {
        facet: 'mounts',
        weight: 0.6,
        anyDirection: true,
        when: (d) => d.kind !== 'changed',
        why: 'a mount only one side has puts a file-system boundary where the build links or renames files',
      },
    ],
    tokens: ['path'],
    meaning: 'a rename crossed file systems (image layers)',
  },
  {
    id: 'locale-encoding',
    anchors: [
      'unicode',
      'codec',
      'locale',
      'lc_',
      'byte sequence',
      'invalid ',
      'unmappable',
      'malformed',
      'eilseq',
      'as encoding',
      'utf-8 encoding',
      'ascii-8bit',
      'encoding of latin1',
      'ansi_x3.4',
      'encoding::',
      'ascii_decode',
      'encodings/ascii',
      'cannot encode',
      'cannot decode',
    ],
    patterns: [
      /UnicodeDecodeError|UnicodeEncodeError/,
      // A traceback through Python's ASCII codec, cut before the UnicodeDecodeError line: text decoded under C.
      /\bcodecs\.ascii_decode\(|\/encodings\/ascii\.py", line \d+, in decode\b/,
      // Sphinx reports the codec's words without the exception's name; Windows' code pages name the codec 'charmap' or 'gbk'.
      /'(?:ascii|charmap|cp\d+|gbk|mbcs)' codec can't (?:decode|encode)/i,
      /Setting locale failed|Falling back to (?:the standard|a fallback) locale|Can't set locale|unsupported locale setting/i,
      /setlocale: LC_\w+: cannot change locale/i,
      /locale: Cannot set LC_\w+/i,
      /(?:invalid|unmappable|malformed) (?:byte sequence|character|input)/i,
      // GHC's runtime, writing or reading a handle in the locale's encoding: "recoverEncode: invalid argument
      // (cannot encode character '\8594')", "recoverDecode: invalid argument (cannot decode byte sequence …)".
      /\bcannot (?:encode character|decode byte sequence)\b/i,
      /Cannot set LC_(?:ALL|CTYPE)/i,
      /Illegal byte sequence|\bEILSEQ\b/,
      // Tools that check the locale up front and name the encoding they found instead of a decode error.
      /configured to use ASCII as encoding for the environment/,
      /requires your terminal to be using UTF-8 encoding|Normalization not appropriate for ASCII-8BIT/,
      // BitBake checks the locale before it parses anything.
      /Please use a locale setting which supports UTF-8/i,
      /native name encoding of latin1/,
      /\bANSI_X3\.4-1968\b/,
      /Encoding::(?:CompatibilityError|InvalidByteSequenceError|UndefinedConversionError)\b/,
    ],
    implicates: [
      // A change that keeps the language and the character set (en_US.UTF-8 -> C.UTF-8) decodes and prints text alike.
      { facet: 'locale', weight: 0.85, when: (d) => !sameLocaleText(d), why: 'with a C/POSIX locale, programs decode text as ASCII' },
      {
        facet: 'env',
        key: LOCALE_ENV,
        weight: 0.8,
        when: (d) => d.key !== 'PYTHONIOENCODING' && !sameLocaleText(d),
        why: 'with a C/POSIX locale, programs decode text as ASCII',
      },
      // PYTHONIOENCODING sets the encoding of stdin, stdout and stderr only, not of the files a program reads.
      { facet: 'env', key: /^PYTHONIOENCODING$/, weight: 0.6 },
      { facet: 'packages', key: /^(?:locales|locales-all|glibc-locale\w*|glibc-langpack-\w+)$/, weight: 0.5 },
    ],
    tokens: [],
    meaning: 'text could not be decoded in the current locale',
  },
  {
    id: 'permission-denied',
    anchors: ['permission', 'eacces', 'writable', 'read-only', 'erofs', 'root', 'insufficient', 'trying to write'],
    // A privileged system call refused (`mount("none", "/", …): Permission denied`) is a policy's, not a file's; a
    // test's expectation of the message ("doesn't match regexp 'Permission denied'") is no denial at all.
    exclude: [SYSCALL_DENIED, EXPECTED_MESSAGE],
    patterns: [
      /permission denied/i,
      /\bEACCES\b/,
      /(?:is )?not writable/i,
      /insufficient permissions?/i,
      /must be run as root|are you root\?/i,
      // Bundler's words for it, wrapped before "grant write permissions".
      /\bThere was an error while trying to write to [`'][^`']+[`']/,
    ],
    implicates: [
      { facet: 'security', key: /^uid$/, weight: 0.8, why: 'the build runs as another user on B, who does not own the files it writes' },
      // Denied as root: the tool dropped root's rights (npm before 7 runs install scripts as "nobody"; root_squash).
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.82,
        anyDirection: true,
        when: rootOnB,
        why: 'B runs as root, and tools that drop root privileges (npm install scripts, NFS root_squash) are then denied',
      },
      {
        facet: 'security',
        key: /^(?:selinux|apparmor)$/,
        weight: 0.6,
        // Switched off on B, the policy denies nothing there.
        when: (d) => !MAC_OFF.test(String(d.b ?? 'disabled')),
        why: 'a mandatory access control policy (SELinux/AppArmor) denies the access',
      },
      { facet: 'security', key: /^(?:gid|groups)$/, weight: 0.5 },
      { facet: 'security', key: /^umask$/, weight: 0.45 },
      { facet: 'security', weight: 0.4 },
      // A file system B mounts read-only (a --read-only container, a ro bind mount) refuses every write, root's too.
      { facet: 'mounts', weight: 0.9, when: mountedReadOnlyOnB, why: 'B mounts this file system read-only' },
      { facet: 'docker', key: /^(?:security_options|userns|rootless)/, weight: 0.4 },
      // The OCI runtime mounts the container's filesystems (tmpfs, volumes) with their modes and owners.
      {
        facet: 'docker',
        key: /^runc_version$/,
        weight: 0.4,
        anyDirection: true,
        why: 'another runc mounts the container filesystems with other modes or owners',
      },
      { facet: 'docker', key: /^containerd_version$/, weight: 0.3, anyDirection: true },
      { facet: 'env', key: /^(?:USER|HOME|LOGNAME|SUDO_USER)$/, weight: 0.3 },
      {
        facet: 'toolchains',
        key: /^npm$/,
        weight: 0.75,
        when: (d) => majorOf(d.a) < 7 && majorOf(d.b) >= 7,
        why: "npm 7+ run as root starts scripts as the owner of the project folder, who may not run or write what root's install left",
      },
    ],
    tokens: ['path'],
    meaning: 'a file access was denied',
  },
  {
    // A read-only file system refuses every writer, root too: a mount, not the user, decides it.
    id: 'read-only-file-system',
    anchors: ['read-only file system', 'erofs'],
    exclude: [SYSCALL_DENIED],
    patterns: [/Read-only file system|\bEROFS\b/i],
    implicates: [
      { facet: 'mounts', weight: 0.9, when: mountedReadOnlyOnB, why: 'B mounts this file system read-only' },
      { facet: 'mounts', weight: 0.45, anyDirection: true, why: 'B mounts its file systems otherwise' },
      { facet: 'docker', key: /^(?:security_options|userns|rootless|read_only)/, weight: 0.4 },
      {
        facet: 'env',
        key: /^(?:HOME|TMPDIR|TMP|TEMP|XDG_CACHE_HOME)$/,
        weight: 0.4,
        anyDirection: true,
        why: 'B points the tool at another directory, one on a read-only file system',
      },
      { facet: 'security', key: /^uid$/, weight: 0.3 },
    ],
    tokens: ['path'],
    meaning: 'a write to a read-only file system was refused',
  },
  {
    id: 'file-mode-mismatch',
    anchors: ['expected', 'mode', 'permission', 'too open', '!==', 'world writable', 'world-writable'],
    patterns: [
      new RegExp(`Expected:?\\s+${FILE_MODE}\\b.*Received:?\\s+${FILE_MODE}\\b`, 'i'),
      /\bmode\b.*\b(?:expected|want(?:ed)?)\b.*\b0?[0-7]{3}\b/i,
      /permissions? (?:0?[0-7]{3,4}) (?:for .* )?are too open/i,
      // dpkg-deb refuses a control directory a tight umask created: "bad permissions 750 (must be >=0755 …)".
      /has bad permissions 0?[0-7]{3,4}\b/i,
      /unexpected (?:file )?(?:mode|permissions)/i,
      // Test output comparing modes as ls prints them: "mode: expected -rw-r--r-- got -rw-rw-r--".
      /expected:? ['"]?[-dl][-rwxsStT]{9}['"]?,? (?:got|but (?:got|was)|actual:?|received:?) ['"]?[-dl][-rwxsStT]{9}/i,
      // Node's assert on octal modes: the owner digit equal, group or other bits apart ("'664' !== '644'").
      /(['"])0?([4-7])([0-7]{2})\1 !==? (['"])0?\2(?!\3)[0-7]{2}\4/,
    ],
    implicates: [
      { facet: 'security', key: /^umask$/, weight: 0.8, why: 'the umask decides the mode of every file the build creates' },
      {
        // Looser on B (0022 -> 0002, 0000): files and checkouts come out group- or world-writable.
        facet: 'security',
        key: /^umask$/,
        weight: 0.8,
        anyDirection: true,
        when: (d) => umaskLoosens(d, 0o777),
        why: "B's umask is looser: what the build creates comes out group- or world-writable",
      },
      { facet: 'security', key: /^(?:uid|gid)$/, weight: 0.3 },
      modelessShare(0.75),
    ],
    tokens: ['mode'],
    meaning: 'files were created with a different mode than expected',
  },
  {
    // Ansible, MySQL and Ruby ignore or distrust what sits in a directory everyone may write: only a looser
    // mode on B explains it (a looser umask, a share without Unix modes, a directory chmod'ed 777).
    id: 'world-writable-refused',
    anchors: ['world writable', 'world-writable'],
    patterns: [
      /\b(?:in|is) a world[ -]writable directory\b/i,
      /\bWorld-writable config file '[^']+' is ignored/,
      /\bwarning: Insecure world writable dir\b/,
    ],
    implicates: [
      {
        facet: 'security',
        key: /^umask$/,
        weight: 0.85,
        anyDirection: true,
        when: (d) => umaskLoosens(d, 0o2),
        why: "B's umask leaves what the build creates writable by everyone",
      },
      modelessShare(0.8),
      {
        // A captured mode ("stat -c %a /src" -> 777, "drwxrwxrwx") whose last digit lets everyone write.
        facet: 'custom',
        weight: 0.9,
        anyDirection: true,
        anyStep: true,
        when: (d) => WORLD_WRITABLE_MODE.test(String(d.b ?? '')) && !WORLD_WRITABLE_MODE.test(String(d.a ?? '')),
        why: 'the directory is writable by everyone on B',
      },
    ],
    tokens: [],
    meaning: 'a tool refused a world-writable directory or file',
  },
  {
    id: 'package-lock-held',
    anchors: ['lock'],
    patterns: [
      /Could not get lock/i,
      /Unable to acquire the dpkg frontend lock/i,
      /Unable to lock the administration directory/i,
      /dpkg frontend (?:lock|is locked)/i,
      /Waiting for cache lock/i,
      /another process is using (?:it|the package)/i,
      /\/var\/lib\/(?:dpkg|apt)\/.*lock/i,
      /rpmdb: .*lock|Existing lock \/var\/run\/yum\.pid/i,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:unattended-upgrades|packagekit|packagekit-tools|update-notifier-common|apt-daily|ubuntu-advantage-tools|snapd|dnf-automatic|yum-cron)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'a background updater on B takes the package manager lock',
      },
      { facet: 'custom', weight: 0.3 },
    ],
    tokens: ['process'],
    meaning: 'another process held the package manager lock',
  },
  {
    id: 'docker-api-version',
    anchors: ['api version', 'client version', 'api route', 'engine version'],
    patterns: [
      /client version [\d.]+ is too new/i,
      // Compose v1 (docker-py) negotiates the API from the Compose file's version; an engine that dropped it says so.
      /Compose file version is not compatible with your engine version/i,
      /Maximum supported API version is/i,
      /client version [\d.]+ is too old|Minimum supported API version is/i,
      /API version [\d.]+ (?:is not supported|too (?:new|old))/i,
      /request returned Bad Request for API route and version/i,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:api_version|min_api_version)$/,
        weight: 0.85,
        why: 'the Docker client and daemon speak API versions the other side does not accept',
      },
      {
        facet: 'toolchains',
        key: /^(?:docker|docker-cli|podman|docker-compose)$/,
        weight: 0.8,
        why: 'a newer Docker client requires an API version the daemon does not support',
      },
      { facet: 'docker', key: /^(?:server_version|client_version)$/, weight: 0.6 },
      { facet: 'packages', key: /^(?:docker[\w.-]*|moby-\w+|containerd[\w.-]*)(?::\w+)?$/, weight: 0.5 },
      { facet: 'env', key: /^DOCKER_API_VERSION$/, weight: 0.8 },
      // Another engine answers at B's socket (Podman's Docker API, a remote daemon): it accepts other routes and versions.
      {
        facet: 'env',
        key: /^DOCKER_HOST$/,
        weight: 0.6,
        anyDirection: true,
        why: "another engine answers at B's DOCKER_HOST (Podman, a remote daemon), with other API routes and versions",
      },
    ],
    tokens: ['apiversion', 'version', 'path'],
    meaning: 'the Docker client and daemon API versions are incompatible',
  },
  {
    id: 'cgroup-error',
    anchors: ['cgroup', 'control group', 'controller', 'mountpoint for'],
    patterns: [
      /\bcgroups?\b.*(?:error|failed|not found|no such|unsupported|cannot|invalid|read-only)/i,
      /(?:error|failed|cannot).*\bcgroups?\b/i,
      /cgroup2?: unknown option|cgroup v2|cgroupv2|cgroup mountpoint does not exist/i,
      /systemd.*cgroup|Failed to create \S+ control group/i,
      // The JVM's and runc's container support: "controller memory is not enabled", "required controllers disabled at kernel level".
      /\bcontroller (?:memory|cpu|cpuset|pids|io) is not (?:enabled|available)|required controllers disabled at kernel level/i,
      // A kubelet or runtime that looks for a cgroup v1 hierarchy per controller, on a unified (v2) host.
      /\bmountpoint for (?:cpu|cpuacct|cpuset|memory|devices|pids|blkio|freezer) not found/,
      // A monitoring agent's cgroup detection: "No mountPoints were detected, current cgroup root is: /host/sys/fs/cgroup/".
      /\bNo mount ?points were detected\b.*\bcgroup/i,
      // A mount listing that shows the unified (v2) hierarchy: "cgroup2 on /sys/fs/cgroup type cgroup2 (…)".
      /\btype cgroup2\b/,
    ],
    // kubeadm's preflight warnings ("[WARNING IsDockerSystemdCheck]: detected "cgroupfs" as the Docker cgroup
    // driver") are advice it goes on past, not the failure.
    exclude: [/\[WARNING [\w-]+\]:/],
    implicates: [
      { facet: 'kernel', key: /^cgroup/, weight: 0.85, why: 'software written for one cgroup version fails on the other' },
      {
        facet: 'docker',
        key: /^(?:cgroup_version|cgroup_driver)$/,
        weight: 0.85,
        why: 'the daemon manages containers through a different cgroup version or driver',
      },
      { facet: 'kernel', key: KERNEL_VERSION, weight: 0.4 },
      { facet: 'docker', key: /^(?:runc_version|containerd_version|server_version)$/, weight: 0.4 },
      // A captured check of the cgroup setup or of the policy that guards it (SELinux's container_manage_cgroup).
      {
        facet: 'custom',
        key: /cgroup/i,
        weight: 0.8,
        anyDirection: true,
        why: 'the captured check of cgroups (or of the policy that lets containers manage them) differs',
      },
    ],
    tokens: [],
    meaning: 'a control group (cgroup) operation failed',
  },
  {
    id: 'toolchain-version-not-found',
    anchors: ['version', 'not found in the', 'not available', 'manifest'],
    patterns: [
      /Version [\w.*^~<>=-]+ (?:with arch \w+ )?(?:was )?not found/i,
      /not found in the (?:local cache|versions? manifest|manifest)/i,
      // A setup action's words for a runtime's release ("Unable to find Node version"), not any version string
      // (Xcodeproj's "Unable to find compatibility version string").
      /Unable to find (?:Node|Python|PyPy|Go|Java|Ruby|Erlang|Elixir|Deno|Bun|Zig|\.NET|dotnet|PHP) version/i,
      /Could not find an? (?:Node|Python|PyPy|Go|Java|Ruby|Erlang|Elixir|Deno|Bun|Zig|\.NET|dotnet|PHP) version (?:that satisfies|for)/i,
      /(?:is|are) not available (?:for|on) (?:this|the) (?:platform|OS|operating system|image)/i,
      /versions-manifest\.json/i,
    ],
    implicates: [
      {
        facet: 'os',
        key: /^(?:version_id|id|version_codename|version)$/,
        weight: 0.75,
        why: 'setup actions download prebuilt toolchains per OS release; B runs an OS release without a build of that version',
      },
      {
        facet: 'env',
        key: /^(?:ImageOS|RUNNER_OS|RUNNER_ARCH|AGENT_OS)$/,
        weight: 0.7,
        why: 'setup actions pick prebuilt toolchains by runner image; B runs another image',
      },
      { facet: 'toolchains', weight: 0.45 },
      { facet: 'cpu', key: /^arch$/, weight: 0.5 },
      { facet: 'kernel', key: /^machine$/, weight: 0.5 },
    ],
    tokens: ['version', 'arch'],
    meaning: 'the requested toolchain version is not available for this runner',
  },
  {
    id: 'toolchain-requirement',
    anchors: [
      'requires',
      'required',
      'running version',
      'engine',
      'python',
      'go.mod',
      'unsupported',
      'compiled by',
      'not supported',
      'unrecognized command',
    ],
    patterns: [
      /requires (?:go|node|python|ruby|rustc|java|cmake|gcc|clang|npm|dotnet)\s*(?:version )?[>=~^ ]*\d/i,
      /The engine "\w+" is incompatible/i,
      /Unsupported engine/i,
      /requires a different Python/i,
      /\d+(?:\.\d+)+ or (?:higher|newer|later) is required/i,
      /You are running version \d/i,
      /go: go\.mod requires go/i,
      /unsupported (?:class file|GOOS|GOARCH) (?:major )?version/i,
      /has been compiled by a more recent version of the Java Runtime/i,
      /is not supported by this (?:compiler|version)|unrecognized command[- ]line option/i,
    ],
    implicates: [
      { facet: 'toolchains', weight: 0.5, why: 'the build needs a different toolchain version than B has' },
      {
        facet: 'packages',
        key: /^(?:gcc[\w.-]*|g\+\+[\w.-]*|clang[\w.-]*|nodejs|python3[\w.]*|golang[\w.-]*|openjdk[\w.-]*|default-jdk|ruby[\w.]*|cmake)(?::\w+)?$/,
        weight: 0.6,
      },
      { facet: 'images', weight: 0.35 },
      { facet: 'env', key: /^(?:PATH|GOTOOLCHAIN|JAVA_HOME|NODE_VERSION|PYTHON_VERSION)$/, weight: 0.4 },
    ],
    tokens: ['tool', 'version'],
    meaning: 'a tool reported that its version does not meet the requirement',
  },
  {
    id: 'program-loader-missing',
    anchors: ['not found', 'no such file', ' enoent'],
    patterns: [
      /(?:^|:\s)\.{0,2}\/[\w./+-]+: not found$/,
      /exec (?:user process caused: )?["']?\.{0,2}\/?[\w./+-]*["']?:? no such file or directory/i,
      /exec user process caused:? ["']?no such file or directory/i,
      /bad interpreter: No such file or directory/i,
      // Node spawning a binary by its full path, which is there: ENOENT is its program loader that is not.
      /\bspawn(?:Sync)? \/[\w./+-]+ ENOENT\b/,
      // bash running a program by its path: "./functions.sh: line 222: ./appimagetool: No such file or directory".
      /: line \d+: \.{0,2}\/[\w./+-]+: No such file or directory$/,
    ],
    implicates: [
      {
        facet: 'libc',
        key: /^family$/,
        weight: 0.85,
        why: 'a binary linked against glibc cannot start where only musl is (or vice versa): its program loader is missing',
      },
      { facet: 'os', key: /^id$/, weight: 0.6, why: 'another distribution ships another C library and program loader' },
      { facet: 'libraries', key: /^ld-/, weight: 0.7 },
      // Alpine's glibc compatibility packages provide the glibc loader a prebuilt binary names.
      {
        facet: 'packages',
        key: /^(?:libc6-compat|gcompat)(?::\w+)?$/,
        weight: 0.8,
        when: (d) => d.kind === 'removed',
        why: "B's Alpine lacks the glibc compatibility package that provides the loader a prebuilt binary names",
      },
      // A script's interpreter at a fixed path (#!/bin/bash) that B lacks: NixOS and distroless images have no /bin/bash.
      {
        facet: 'custom',
        key: /\/bin\/(?:ba|z|da)?sh\b|\b(?:command -v|which) (?:ba|z|da)?sh\b/,
        weight: 0.8,
        anyDirection: true,
        why: 'B lacks the interpreter a script names by its path (#!/bin/bash)',
      },
      { facet: 'images', changedField: 'architecture', weight: 0.7, anyDirection: true },
      // A script that "does not exist" though it is there: its first line reads "#!/bin/sh\r".
      ...CRLF_SETTINGS.map((facet) => ({
        facet,
        key: /autocrlf|\beol\b/i,
        weight: 0.7,
        anyDirection: true,
        why: 'a script checked out with CRLF line endings names the interpreter "sh\\r", which does not exist',
      })),
      // binfmt_misc is host-wide: a handler B's host registered by magic (AppImageLauncher claims AppImages) sends the
      // program to an interpreter the container does not have.
      {
        facet: 'binfmt',
        weight: 0.75,
        when: (d) => d.kind === 'added',
        why: "a binfmt_misc handler only B's host registers claims the program, and its interpreter is not in the container",
      },
      { facet: 'binfmt', weight: 0.4 },
      { facet: 'libc', weight: 0.4 },
      { facet: 'images', weight: 0.3 },
    ],
    // The program may just not be there: the tool or package that installs it is gone on B.
    tokens: ['path', 'arch', 'tool'],
    // A carriage return in the interpreter's name is a script checked out with CRLF line endings (crlf-line-endings).
    exclude: [/(?:\^M|\\r|\r)["'’]?: bad interpreter/],
    meaning: 'a program that exists could not be started: its loader or interpreter is missing',
  },
  {
    id: 'timezone-date-mismatch',
    anchors: ['time zone', 'timezone', 'tzdata', 'zoneinfo', 'expected', 'received'],
    patterns: [
      // Not "unknown time zone America/Godthab": a zone the database lacks by name is the database's (tz-database-missing).
      /(?:unknown|invalid|no) time ?zone(?! ['"]?[A-Z][a-z]+\/[A-Z])/i,
      /zoneinfo.*not found/i,
      /Expected:?\s+["']?\d{4}-\d{2}-\d{2}/i,
      /Received:?\s+["']?\d{4}-\d{2}-\d{2}/i,
    ],
    implicates: [
      { facet: 'time', key: /^timezone$/, weight: 0.8, why: 'dates are rendered in the local time zone, which differs' },
      { facet: 'env', key: /^TZ$/, weight: 0.8, anyDirection: true, why: 'TZ decides the local time zone' },
      { facet: 'time', key: /^skew_s$/, weight: 0.4 },
      { facet: 'packages', key: TZ_DATABASE_PACKAGES, weight: 0.5 },
      { facet: 'locale', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'dates or time zones came out differently',
  },
  {
    id: 'command-not-found',
    anchors: [
      'not found',
      'enoent',
      'no such file',
      'not recognized',
      'command could not be found',
      'error=2',
      'find rust compiler',
      'is in path',
    ],
    // A registry's or image store's object, not a program: "no match for platform in manifest: not found",
    // "ctr: content digest sha256:9c04…: not found".
    exclude: [/\b(?:manifest|digest(?: sha256:[\w.]+)?|blob|layer|reference): not found$/],
    patterns: [
      /: (?:command )?not found$/,
      /command not found/i,
      /executable file not found in \$PATH/i,
      /No such file or directory.*(?:exec|spawn)|spawn(?:Sync)? \S+ ENOENT/i,
      // GraphicsMagick starting a delegate (gs for PostScript and PDF); the next line names it.
      /\bexecvp failed, errno = 2\b/,
      // kubeadm's preflight: "[ERROR FileExisting-conntrack]: conntrack not found in system path".
      /\b[\w.+-]+ not found in system path\b/,
      /is not recognized as an internal or external command/i,
      // rustc's linker, and pkg-config, missing on B.
      /error: linker `[\w./+-]+` not found/,
      /The pkg-config command could not be found/,
      // setuptools/distutils calling a compiler B lacks.
      /error: command '[\w./+-]+' failed(?: with exit status 1)?: No such file or directory/,
      /unable to execute '[\w./+-]+': No such file or directory/,
      /\[Errno 2\] No such file or directory: '(?:gcc|g\+\+|cc|c\+\+|clang|make|cmake|pkg-config|[\w-]+-linux-gnu-gcc)'/,
      // Python's subprocess names the program twice (`[Errno 2] No such file or directory: 'svn': 'svn'`).
      /\[Errno 2\] No such file or directory: '([\w.+-]+)': '\1'/,
      /Can't exec "[\w.+-]+": No such file or directory/,
      // A script's shebang names an interpreter B lacks (`#!/usr/bin/env python` without python).
      /\/usr\/bin\/env: ['‘"]?[\w.+-]+['’"]?: No such file or directory/,
      // git starting a helper B lacks (`error: cannot run ssh: No such file or directory`, `fatal: cannot exec 'gpg'`).
      /\bcannot (?:run|exec) ['‘"]?[\w./+-]+['’"]?: No such file or directory/,
      // node's `which` (node-gyp, npm scripts) looking a program up on PATH: "gyp ERR! stack Error: not found: make".
      /\bError: not found: [\w.+-]+$/,
      // Hugo starting go for its modules: 'failed to download modules: binary with name "go" not found'.
      /\bbinary with name "[\w.+-]+" not found/,
      // The JVM starting a program it looks up on PATH (Jib, Gradle's Exec, Maven plugins): `Cannot run program "docker":
      // error=2, …`. A path it was given that exists and still fails to start is the loader's (program-loader-missing).
      /Cannot run program "[^"/\\]+"(?: \(in directory "[^"]*"\))?: (?:CreateProcess )?error=2\b/,
      // setuptools-rust looking for cargo on PATH (sudo's secure_path drops ~/.cargo/bin).
      /\bCan ?not find Rust compiler\b/i,
      // Haskell's process library (pandoc, stack, shelly): "rsvg-convert: createProcess: runInteractiveProcess: exec: does
      // not exist (No such file or directory)"; pandoc's own hint "check that rsvg-convert is in path".
      /^\s*[\w.+-]+: createProcess: (?:runInteractiveProcess: )?(?:exec|posix_spawnp): does not exist\b/,
      /\bcheck that [\w.+-]+ is in path\b/,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:NODE_ENV|NPM_CONFIG_PRODUCTION|npm_config_production|YARN_PRODUCTION)$/,
        weight: 0.7,
        anyDirection: true,
        why: 'with NODE_ENV=production npm and yarn skip devDependencies, where build tools (tsc, vite, jest) live',
      },
      // A tool B lacks is the plainest cause; one B has in another version ships other commands (docker-compose).
      {
        facet: 'toolchains',
        weight: 0.5,
        when: (d) => d.kind !== 'changed',
        why: 'the tool the build calls is missing or elsewhere on B',
      },
      { facet: 'toolchains', weight: 0.35, when: (d) => d.kind === 'changed', why: 'another version of the tool ships other commands' },
      // Likewise a package B lacks takes its commands along; one merely updated seldom drops a command.
      { facet: 'packages', weight: 0.5, when: (d) => d.kind === 'removed', why: 'the package that ships the command is missing on B' },
      { facet: 'packages', weight: 0.4, when: (d) => d.kind !== 'removed' },
      // Directories only added to PATH cannot hide a command A found (a shim in front can, but says so).
      { facet: 'env', key: /^PATH$/, weight: 0.6, when: pathLostDirectory, why: 'B searches other directories for commands' },
      { facet: 'env', key: /^PATH$/, weight: 0.3, when: (d) => !pathLostDirectory(d), why: 'B searches more directories for commands' },
      {
        facet: 'env',
        key: /^(?:NODE_ENV|NPM_CONFIG_PRODUCTION|npm_config_production|YARN_PRODUCTION|PIP_NO_DEPS)$/,
        weight: 0.5,
        anyDirection: true,
        why: 'in production mode the package manager skips the dev dependencies that provide build tools',
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['tool', 'path'],
    meaning: 'a command the build runs was not found',
  },
  {
    id: 'manifest-not-found',
    anchors: ['manifest'],
    patterns: [
      /no such manifest/i,
      /manifest unknown/i,
      /manifest for [\w./:@-]+ not found/i,
      /no matching manifest for/i,
      /unsupported manifest (?:media )?type/i,
    ],
    implicates: [
      {
        facet: 'docker',
        key: /^(?:buildx_version|buildkit_version)$/,
        weight: 0.8,
        why: 'newer buildx/BuildKit push image indexes with provenance attestations instead of a single manifest',
      },
      { facet: 'toolchains', key: /^(?:buildx|docker-buildx|docker)$/, weight: 0.65 },
      { facet: 'images', weight: 0.45 },
      { facet: 'docker', key: /^(?:server_version|api_version)$/, weight: 0.35 },
      { facet: 'cpu', key: /^arch$/, weight: 0.35 },
      { facet: 'kernel', key: /^machine$/, weight: 0.35 },
    ],
    tokens: ['arch', 'image'],
    meaning: 'the registry has no manifest in the form or for the platform requested',
  },
  {
    id: 'qemu-emulation-crash',
    anchors: ['qemu', 'binfmt-p'],
    patterns: [
      /qemu: uncaught target signal/i,
      /qemu-[\w]+(?:-static)?: (?:Could not open|Unable to reserve|Error)/i,
      // With binfmt's P flag qemu runs under the handler's name: "aarch64-binfmt-P: Could not open '/lib/ld-linux…'".
      /\b[\w-]+-binfmt-P: (?:Could not open|Unable to reserve|Error)/,
      /qemu: (?:Unsupported syscall|unknown option)/i,
    ],
    implicates: [
      {
        facet: 'binfmt',
        weight: 0.8,
        anyDirection: true,
        why: 'the binfmt_misc handler (its interpreter or flags) decides how qemu runs foreign binaries',
      },
      {
        facet: 'packages',
        key: /^(?:qemu-user-static|qemu-user|qemu-user-binfmt|binfmt-support|qemu[\w-]*)(?::\w+)?$/,
        weight: 0.8,
        why: 'another qemu version emulates differently',
      },
      // A binary foreign only on B (an x86_64 tool on an arm64 host) runs under qemu there alone.
      {
        facet: 'kernel',
        key: /^machine$/,
        weight: 0.75,
        anyDirection: true,
        why: "B's machine is another architecture: it runs the build's binaries under emulation",
      },
      { facet: 'cpu', key: /^arch$/, weight: 0.75, anyDirection: true },
      { facet: 'kernel', key: KERNEL_VERSION, weight: 0.3 },
      // The image a CI step runs to register the emulators (tonistiigi/binfmt, multiarch/qemu-user-static): its tag
      // moving to another qemu is another emulator, though the build never names the image.
      {
        facet: 'images',
        key: /(?:^|\/)(?:binfmt|qemu-user-static|qemu-user|qemu)(?:[:@]|$)/,
        weight: 0.8,
        anyDirection: true,
        why: 'this image installs the qemu emulators binfmt_misc runs foreign binaries with: another build of it is another qemu',
      },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['arch', 'path'],
    meaning: 'the qemu user-mode emulator failed while running a foreign-architecture binary',
  },
  {
    id: 'segmentation-fault',
    anchors: ['segmentation fault', 'sigsegv', 'signal 11', 'signal: 11', '139', 'core dumped'],
    patterns: [/Segmentation fault/i, /\bSIGSEGV\b/, /signal:? 11\b/, /exit(?:ed)? (?:with )?(?:code|status):? 139\b/i],
    // Go's nil-pointer panic ("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 …]") is the program using
    // a value an earlier error left unset: that earlier error is the failure.
    exclude: [/\[signal SIGSEGV: segmentation violation code=\w+ addr=0x0\b/],
    implicates: [
      { facet: 'binfmt', weight: 0.35 },
      { facet: 'libc', weight: 0.35 },
      {
        facet: 'kernel',
        key: /^page_size$/,
        weight: 0.6,
        anyDirection: true,
        why: 'code that assumes 4 KiB pages (allocators, JITs, mmap arithmetic) crashes on 16 or 64 KiB pages',
      },
      // A crash under emulation (qemu-user, Rosetta) is often the host kernel's; elsewhere a kernel rarely makes one.
      { facet: 'kernel', key: KERNEL_VERSION, weight: 0.15 },
      // A stack overflow is a segmentation fault: deep recursion, large local arrays (LAPACK, Fortran). A stack limit
      // B set where A had none, or a lower one, is the crash's likeliest cause.
      {
        facet: 'resources',
        key: /^ulimit_stack$/,
        weight: 0.75,
        anyDirection: true,
        when: limitTighter,
        why: "B's stack limit is lower: the program's stack overflows",
      },
      { facet: 'cpu', key: /^flags$/, weight: 0.3 },
      { facet: 'libraries', weight: 0.3 },
      { facet: 'images', weight: 0.25 },
      { facet: 'packages', weight: 0.2 },
    ],
    tokens: ['soname'],
    meaning: 'a process crashed with a segmentation fault',
  },
  {
    id: 'python-externally-managed',
    anchors: ['externally-managed', 'externally managed'],
    patterns: [/externally[- ]managed[- ]environment/i],
    implicates: [
      {
        facet: 'os',
        key: /^(?:version_id|id|version_codename)$/,
        weight: 0.7,
        why: 'newer Debian/Ubuntu releases mark the system Python as externally managed (PEP 668)',
      },
      { facet: 'toolchains', key: /^(?:python3?|pip3?)$/, weight: 0.7 },
      { facet: 'packages', key: /^(?:python3(?:\.\d+)?|python3-pip|libpython3[\w.-]*)(?::\w+)?$/, weight: 0.6 },
      { facet: 'env', key: /^(?:PIP_BREAK_SYSTEM_PACKAGES|VIRTUAL_ENV|PIP_\w+)$/, weight: 0.75, anyDirection: true },
      // A probe of the marker file itself (`ls /usr/lib/python3*/EXTERNALLY-MANAGED`) is the fact the error is about.
      {
        facet: 'custom',
        key: /EXTERNALLY-MANAGED|break-system-packages/i,
        weight: 0.9,
        anyDirection: true,
        why: 'B marks its Python as externally managed (PEP 668)',
      },
      { facet: 'images', weight: 0.4 },
    ],
    tokens: [],
    meaning: 'pip refused to install into the system Python',
  },
  {
    id: 'openssl-unsupported',
    anchors: ['digital envelope', 'err_ossl', 'unsupported'],
    // OpenSSL 3.0 prints the function too: "digital envelope routines:inner_evp_generic_fetch:unsupported".
    patterns: [
      /digital envelope routines:(?:\w+)?:unsupported/i,
      /ERR_OSSL_EVP_UNSUPPORTED/,
      // Python's hashlib.new() on a legacy digest the OpenSSL 3 default provider no longer offers.
      /\bunsupported hash type (?:md4|md2|mdc2|ripemd160|whirlpool)\b/i,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:node|nodejs)$/,
        weight: 0.85,
        when: (d) => crosses(d, [17]),
        why: 'Node.js 17+ ships OpenSSL 3, which drops the MD4 hash older webpack uses',
      },
      // A distribution's Node links the system's OpenSSL: a release on the same side of 17 brings no OpenSSL of its own.
      { facet: 'toolchains', key: /^(?:node|nodejs)$/, weight: 0.4, when: (d) => !crosses(d, [17]) },
      {
        facet: 'toolchains',
        key: /^openssl$/,
        weight: 0.85,
        why: 'OpenSSL 3 moved legacy algorithms (RC2, DES, MD4) out of its default provider',
      },
      { facet: 'env', key: /^NODE_OPTIONS$/, weight: 0.7, anyDirection: true },
      { facet: 'packages', key: /^(?:nodejs|openssl(?:@\d+|-libs)?|libssl[\w.-]*)(?::\w+)?$/, weight: 0.6 },
      { facet: 'libraries', key: /^libcrypto\.so\.\d+$/, weight: 0.6 },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'OpenSSL 3 rejected a legacy algorithm',
  },
  {
    id: 'tls-handshake-failed',
    anchors: [
      'ssl routines',
      'handshake',
      'wrong version number',
      'renegotiation',
      'alert',
      'gnutls',
      'no protocols available',
      'unsupported protocol',
    ],
    patterns: [
      /SSL routines/i,
      // OpenSSL's reason as Python and Node print it: a minimum protocol version one side will not go below.
      // Not Go's "unsupported protocol scheme", a URL without http(s).
      /\bunsupported protocol\b(?! scheme)/i,
      /handshake failure|handshake failed|gnutls_handshake\(\) failed/i,
      /wrong version number/i,
      /unsafe legacy renegotiation/i,
      /(?:sslv3|tlsv1) alert/i,
      /no protocols available/i,
    ],
    // Go's SSH client says "handshake failed" too: that is SSH authentication (ssh-auth-failed).
    exclude: [/\bssh: handshake failed\b/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:openssl|libssl[\w.-]*|libgnutls[\w.-]*|libcurl[\w.-]*|curl)(?::\w+)?$/,
        weight: 0.7,
        why: 'another TLS library version accepts other protocols and ciphers',
      },
      // The trusted authorities decide verification (certificate-verify-failed), not which protocols and keys pass.
      { facet: 'packages', key: /^ca-certificates(?::\w+)?$/, weight: 0.45 },
      { facet: 'env', key: PROXY_ENV, weight: 0.6, anyDirection: true, why: 'a proxy in the path terminates or breaks TLS' },
      { facet: 'git', key: GIT_PROXY, weight: 0.6, anyDirection: true, why: 'a proxy in the path terminates or breaks TLS' },
      {
        facet: 'env',
        key: /^(?:OPENSSL_CONF|OPENSSL_MODULES|SSL_CERT_FILE|SSL_CERT_DIR|NODE_OPTIONS|NODE_EXTRA_CA_CERTS|CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'B points the TLS library at another configuration (security level, legacy renegotiation, providers, CA bundle)',
      },
      // FIPS mode restricts TLS to approved protocols, ciphers and key sizes, on every program that links OpenSSL.
      {
        facet: 'sysctl',
        key: /fips/i,
        weight: 0.8,
        anyDirection: true,
        why: 'B runs in FIPS mode, which allows only approved protocols, ciphers and keys',
      },
      { facet: 'custom', key: /fips|crypto-policies|update-crypto-policies/i, weight: 0.8, anyDirection: true },
      { facet: 'mirrors', key: /^proxy\./, weight: 0.6, anyDirection: true, why: 'a proxy in the path terminates or breaks TLS' },
      { facet: 'toolchains', weight: 0.3 },
      { facet: 'mirrors', weight: 0.35 },
    ],
    tokens: ['host'],
    meaning: 'the TLS handshake failed',
  },
  {
    id: 'docker-cli-unsupported',
    anchors: ['is not a docker command', 'unknown flag', 'unknown shorthand flag', 'buildx component', 'buildkit'],
    patterns: [
      /is not a docker command/i,
      /unknown (?:shorthand )?flag: /i,
      /BuildKit is enabled but the buildx component is missing/i,
      /buildx component is missing or broken/i,
    ],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:docker|buildx|docker-buildx|docker-compose|podman)$/,
        weight: 0.75,
        why: 'the docker CLI or its plugins differ',
      },
      {
        facet: 'docker',
        key: /^(?:buildx_version|client_version)$/,
        weight: 0.75,
        why: 'the buildx plugin differs or is missing',
      },
      // The daemon's BuildKit does not parse the CLI's flags: it matters only through the builder it serves.
      { facet: 'docker', key: /^buildkit_version$/, weight: 0.45 },
      { facet: 'packages', key: /^(?:docker[\w.-]*|moby-\w+)(?::\w+)?$/, weight: 0.6 },
      { facet: 'env', key: /^(?:DOCKER_BUILDKIT|DOCKER_CLI_EXPERIMENTAL|DOCKER_CONFIG)$/, weight: 0.6, anyDirection: true },
      // A captured look at which docker CLI B runs: another one earlier on PATH (a stale install) lacks the plugin.
      {
        facet: 'custom',
        key: /^(?:command -v|which|type -p|where(?:\.exe)?) (?:docker|docker-buildx|buildx)\b/,
        weight: 0.88,
        anyDirection: true,
        why: 'B runs another docker CLI, found elsewhere on PATH',
      },
    ],
    tokens: ['tool'],
    meaning: 'the docker CLI does not know a command or flag the build uses',
  },
  {
    // Secret stores (the keyring behind poetry and twine, Docker's secretservice helper) reach the desktop's keyring
    // over a D-Bus session bus; a headless runner has none, and D-Bus cannot start one without X11.
    id: 'dbus-autolaunch',
    anchors: ['autolaunch'],
    patterns: [/Cannot autolaunch D-Bus without X11 \$DISPLAY/, /dbus-launch --autolaunch[= ]/],
    implicates: [
      {
        facet: 'env',
        key: /^(?:PYTHON_KEYRING_BACKEND|DBUS_SESSION_BUS_ADDRESS)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'A chose a keyring that needs no desktop session (or had a session bus); B reaches for D-Bus on a headless machine',
      },
      {
        facet: 'packages',
        key: /^(?:golang-docker-credential-helpers|docker-credential-\w+|gnome-keyring|python3?-(?:keyring|secretstorage)|dbus-x11)(?::\w+)?$/,
        weight: 0.85,
        anyDirection: true,
        why: 'B has a credential store that asks the desktop keyring over D-Bus',
      },
      { facet: 'custom', key: /credsStore|credHelpers|docker-credential|keyring/i, weight: 0.8, anyDirection: true },
      { facet: 'env', key: /^DISPLAY$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a credential store needed a desktop session bus the machine does not have',
  },
  {
    // Container actions, service containers and some tools run only on Linux runners: the job moved to macOS or Windows.
    id: 'os-unsupported',
    anchors: ['only supported on', 'not supported on'],
    patterns: [/\bonly supported on (?:Linux|macOS|Windows)\b/i, /\bis not supported on (?:Linux|macOS|Mac OS X|Windows|darwin|win32)\b/i],
    implicates: [
      {
        facet: 'os',
        key: /^(?:id|family|name)$/,
        weight: 0.88,
        anyDirection: true,
        why: 'the step runs only on another operating system than B',
      },
      {
        facet: 'env',
        key: /^(?:ImageOS|RUNNER_OS|AGENT_OS|OS)$/,
        weight: 0.85,
        anyDirection: true,
        why: 'the job runs on a runner of another operating system',
      },
      { facet: 'kernel', key: /^(?:name|sysname)$/, weight: 0.8, anyDirection: true },
    ],
    tokens: [],
    meaning: 'the step does not run on the operating system B runs',
  },
  {
    // $IsLinux, $IsWindows, $IsMacOS and $IsCoreCLR exist from PowerShell 6 on: under strict mode Windows
    // PowerShell 5.1 stops at the first one a script reads.
    id: 'powershell-core-variable',
    anchors: ['$islinux', '$iswindows', '$ismacos', '$iscoreclr'],
    patterns: [/The variable '\$Is(?:Linux|Windows|MacOS|CoreCLR)' cannot be retrieved because it has not been set/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:powershell|pwsh)$/,
        weight: 0.92,
        anyDirection: true,
        why: 'B runs Windows PowerShell 5.1, which lacks the $IsLinux family of variables PowerShell 6+ defines',
      },
      { facet: 'env', key: /^PSModulePath$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: 'a PowerShell 6+ script ran under Windows PowerShell',
  },
  {
    // MSBuild's C++ targets ask for the Windows SDK the project names (or the newest one, with the version left empty).
    id: 'windows-sdk-missing',
    anchors: ['msb8036'],
    patterns: [/\berror MSB8036\b/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^(?:windows_sdk|windows-sdk|winsdk|windowssdk)$/i,
        weight: 0.92,
        anyDirection: true,
        why: 'B lacks the Windows SDK version the project builds against',
      },
      { facet: 'packages', key: /windows.?(?:sdk|kits)/i, weight: 0.88, anyDirection: true },
      { facet: 'toolchains', key: /^(?:msvc|visualstudio|vs|msbuild)$/i, weight: 0.45, anyDirection: true },
    ],
    tokens: ['version'],
    meaning: 'the Windows SDK the project asks for is not installed',
  },
  {
    // Windows lets a user create symbolic links only with SeCreateSymbolicLinkPrivilege, which Developer Mode grants to
    // everyone; without it CMake, git and npm stop at the first link.
    id: 'windows-symlink-privilege',
    anchors: ['required privilege is not held'],
    patterns: [/A required privilege is not held by the client/],
    implicates: [
      {
        facet: 'custom',
        key: /AllowDevelopmentWithoutDevLicense|AppModelUnlock|SeCreateSymbolicLink|developer.?mode/i,
        weight: 0.9,
        anyDirection: true,
        why: 'B lacks Developer Mode (or the symlink privilege), so a normal user cannot create symbolic links',
      },
      { facet: 'security', key: /^(?:privileges|groups|elevated|admin|is_admin)$/i, weight: 0.8, anyDirection: true },
      { facet: 'git', key: /^core\.symlinks$/, weight: 0.45, anyDirection: true },
    ],
    tokens: ['path'],
    meaning: 'Windows refused to create a symbolic link for lack of the privilege',
  },
  {
    // actions/cache talks to the runner's cache service through variables the runner sets (act and self-made runners
    // do not): without them there is no cache to restore or save.
    id: 'actions-cache-service-missing',
    anchors: ['cache service url not found'],
    patterns: [/Cache Service Url not found/i],
    implicates: [
      {
        facet: 'env',
        key: /^(?:ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_SERVICE_V2)$/,
        weight: 0.9,
        anyDirection: true,
        why: "B's runner does not give the job the cache service's address and token",
      },
      { facet: 'toolchains', key: /^(?:act|actions-runner)$/, weight: 0.5, anyDirection: true },
    ],
    tokens: [],
    meaning: "the job could not reach the runner's cache service",
  },
  {
    // CMake before 3.17 refused the "MinGW Makefiles" generator with any sh.exe on PATH (Git for Windows puts one there).
    id: 'mingw-sh-in-path',
    anchors: ['sh.exe was found in your path'],
    patterns: [/sh\.exe was found in your PATH/],
    implicates: [
      {
        facet: 'toolchains',
        key: /^cmake$/,
        weight: 0.85,
        anyDirection: true,
        why: 'CMake before 3.17 refuses MinGW Makefiles with sh.exe on PATH; later releases allow it',
      },
      {
        facet: 'env',
        key: /^PATH$/,
        weight: 0.8,
        anyDirection: true,
        why: "B's PATH has a directory with sh.exe (Git for Windows' usr/bin)",
      },
      { facet: 'toolchains', key: /^git$/, weight: 0.35, anyDirection: true },
    ],
    tokens: [],
    meaning: "CMake's MinGW generator found sh.exe on PATH",
  },
  {
    // VirtualBox (before 6.1 on Linux) needs VT-x/AMD-V to itself: a host that loaded KVM holds it.
    id: 'hypervisor-conflict',
    anchors: ['vmx_root_mode', 'being used by another hypervisor', 'svm_in_use'],
    patterns: [/VERR_VMX_IN_VMX_ROOT_MODE|VERR_SVM_IN_USE|(?:VT-x|AMD-V) is being used by another hypervisor/],
    implicates: [
      {
        facet: 'modules',
        key: /^kvm(?:_intel|_amd)?$/,
        weight: 0.9,
        anyDirection: true,
        when: (d) => d.b !== undefined && d.b !== null,
        why: "B's host has KVM loaded, which holds the CPU's virtualisation extensions VirtualBox needs",
      },
      { facet: 'custom', key: /\bkvm\b|lsmod/, weight: 0.8, anyDirection: true },
      { facet: 'packages', key: /^(?:virtualbox[\w.-]*|qemu-kvm|libvirt[\w.-]*)(?::\w+)?$/, weight: 0.45, anyDirection: true },
    ],
    tokens: [],
    meaning: 'another hypervisor holds the virtualisation extensions',
  },
  {
    id: 'docker-daemon-unreachable',
    anchors: ['docker daemon', 'tls data loaded from environment', 'docker_engine'],
    patterns: [
      /Cannot connect to the Docker daemon/i,
      // Windows' named pipe, open to administrators only: "open //./pipe/docker_engine: Access is denied."
      /\/\/\.\/pipe\/docker_engine: Access is denied/,
      // buildx refuses an endpoint given by DOCKER_HOST/DOCKER_TLS_VERIFY/DOCKER_CERT_PATH rather than a context.
      /could not create a builder instance with TLS data loaded from environment/,
      /permission denied while trying to connect to the Docker daemon/i,
      /Is the docker daemon running\?/i,
    ],
    implicates: [
      {
        facet: 'env',
        key: /^(?:DOCKER_HOST|DOCKER_CONTEXT|DOCKER_TLS_VERIFY|DOCKER_CERT_PATH)$/,
        weight: 0.8,
        anyDirection: true,
        why: 'the client talks to another Docker endpoint',
      },
      { facet: 'security', key: /^(?:uid|gid|groups)$/, weight: 0.6, why: 'only root and the docker group may use the Docker socket' },
      // A captured `whoami` or `id -Gn`: the account the agent service runs as (NETWORK SERVICE, not SYSTEM).
      {
        facet: 'custom',
        key: /^(?:whoami|id(?: -\w+)*|groups)$/,
        weight: 0.75,
        anyDirection: true,
        why: 'B builds as another account, which may not open the Docker socket or pipe',
      },
      // Docker in Docker (CodeBuild, GitLab's dind service) starts its daemon only in a privileged container.
      {
        facet: 'security',
        key: /^capabilities$/,
        weight: 0.7,
        anyDirection: true,
        when: (d) => lostCapability(d, 'sys_admin'),
        why: 'B runs without CAP_SYS_ADMIN (not privileged): a Docker daemon inside the build container cannot start',
      },
      { facet: 'docker', weight: 0.5 },
      // On a Mac or Windows the socket is the desktop VM's, and its release decides who may open it.
      {
        facet: 'toolchains',
        key: /^(?:docker-desktop|rancher-desktop|podman-desktop|colima|orbstack)$/,
        weight: 0.65,
        anyDirection: true,
        why: "the desktop VM's release decides how its Docker socket is shared and who may open it",
      },
      { facet: 'packages', key: /^(?:docker[\w.-]*|moby-\w+|containerd[\w.-]*)(?::\w+)?$/, weight: 0.5 },
    ],
    tokens: ['path'],
    meaning: 'the Docker client could not reach the daemon',
  },
  {
    id: 'git-dubious-ownership',
    anchors: ['dubious ownership', 'safe.directory', 'unsafe repository'],
    // git 2.35.2 said "unsafe repository ... is owned by someone else"; later versions "dubious ownership".
    patterns: [/detected dubious ownership in repository/i, /safe\.directory/, /unsafe repository \(.* is owned by someone else\)/i],
    implicates: [
      {
        facet: 'security',
        key: /^uid$/,
        weight: 0.85,
        anyDirection: true,
        why: 'git (>= 2.35.2) refuses repositories owned by another user than the one running it',
      },
      // The ownership check came in security releases (2.35.2 and distribution backports): a patch step is enough.
      { facet: 'packages', key: /^git(?::\w+)?$/, weight: 0.6, anyStep: true },
      { facet: 'toolchains', key: /^git$/, weight: 0.6, anyStep: true },
      { facet: 'security', key: /^gid$/, weight: 0.3 },
    ],
    tokens: ['path'],
    meaning: 'git refused a repository owned by another user',
  },
  {
    id: 'release-expired',
    anchors: ['is expired', 'keyexpired', 'expired'],
    patterns: [/is expired \(invalid since/i, /Release file .* is expired/i],
    implicates: [
      { facet: 'mirrors', weight: 0.65, why: "the mirror's Release file is stale (or a snapshot mirror is used)" },
      {
        facet: 'time',
        key: /^skew_s$/,
        weight: 0.6,
        when: clockOffByMinutes,
        why: "B's clock is ahead, so valid Release files look expired",
      },
      { facet: 'env', key: PROXY_ENV, weight: 0.4, anyDirection: true },
      // Snapshot mirrors need apt told not to check the Release file's age.
      {
        facet: 'custom',
        key: /valid-until|check-valid/i,
        weight: 0.9,
        anyDirection: true,
        why: "B's apt checks the Release file's Valid-Until, which a snapshot mirror's is past",
      },
    ],
    tokens: ['host'],
    meaning: 'apt found an expired Release file',
  },
  {
    id: 'header-missing',
    anchors: [
      '.h',
      'no such file',
      'could not find directory of',
      'pkg-config search path',
      'required package was not found',
      'required packages were not found',
      'no package',
      'development',
      'system library',
      'via pkg-config',
      'could not find',
    ],
    patterns: [
      /fatal error: [\w/.+-]+\.h(?:pp|h)?: No such file or directory/i,
      /[\w/.+-]+\.h(?:pp)?: No such file or directory/,
      // clang's words for it: "fatal error: 'curl/curl.h' file not found".
      /error: ['‘][\w/.+-]+\.h(?:pp|h)?['’] file not found/,
      // MSVC's: "fatal error C1083: Cannot open include file: 'longintrepr.h': No such file or directory".
      /\bC1083: Cannot open include file: '[\w/\\.+-]+\.h(?:pp|h)?'/,
      // The same missing -dev package seen from a build script or pkg-config.
      /Could not find directory of OpenSSL installation/,
      /Package [\w.+-]+ was not found in the pkg-config search path/,
      // Rust's pkg-config crate, for a -sys crate's system library.
      /The system library `[\w.+-]+` required by crate `[\w.+-]+` was not found|Could not find [\w.+-]+ via pkg-config/,
      /could not find system library '[\w.+-]+' required by the '[\w.+-]+' crate/,
      // CMake's pkg_check_modules and pkg-config itself.
      /A required package was not found|No package '[\w.+-]+' found|The following required packages were not found:/,
      // CMake's find_package, short of a library's headers or its link library: the -dev package.
      /Could NOT find \w+ \(missing: (?:\w+ )*\w+_(?:INCLUDE_DIRS?|LIBRAR(?:Y|IES))\b/,
      /development (?:libraries|files|headers) (?:are|is) required/i,
      // Cabal's check of a package's foreign libraries: "* Missing (or bad) header file: zlib.h".
      /\bMissing \(or bad\) header files?: [\w/.+-]+\.h\b/,
      // An extconf.rb or configure script that says so itself: "yaml.h not found".
      /^\s*[\w/.+-]+\.h(?:pp)? (?:not found|is missing)\b/,
    ],
    implicates: [
      {
        facet: 'packages',
        key: /(?:-dev|-devel|-headers|-sdk)(?:[.:][\w]+)?$/,
        weight: 0.6,
        why: 'the -dev package that ships the header is missing or changed',
      },
      // Packages that ship no headers (ca-certificates, tzdata) only when the header's own name points at them.
      { facet: 'packages', weight: 0.4, why: 'the -dev package that ships the header is missing or changed' },
      { facet: 'env', key: /^(?:CFLAGS|CXXFLAGS)$/, weight: 0.6, anyDirection: true },
      // A search path that only gained directories still finds everything A found (unless one shadows it).
      {
        facet: 'env',
        key: /^(?:CPATH|C_INCLUDE_PATH|CPLUS_INCLUDE_PATH|PKG_CONFIG_PATH)$/,
        weight: 0.6,
        anyDirection: true,
        when: pathLostDirectory,
      },
      {
        facet: 'env',
        key: /^(?:CPATH|C_INCLUDE_PATH|CPLUS_INCLUDE_PATH|PKG_CONFIG_PATH)$/,
        weight: 0.3,
        anyDirection: true,
        when: (d) => !pathLostDirectory(d),
      },
      { facet: 'toolchains', key: /^(?:gcc|g\+\+|cc|clang|c\+\+)$/, weight: 0.3 },
      // Without pkg-config a build (SwiftPM, Meson, Cargo's -sys crates) has no -I for a library's own subdirectory
      // (/usr/include/libxml2): its headers are installed and still not found.
      {
        facet: 'packages',
        key: /^(?:pkg-config|pkgconf|pkgconfig)(?::\w+)?$/,
        weight: 0.7,
        when: (d) => d.kind === 'removed',
        why: "without pkg-config the build has no include path for the library's headers",
      },
      { facet: 'toolchains', key: /^(?:pkg-config|pkgconf)$/, weight: 0.7, when: (d) => d.kind === 'removed' },
      // A captured look at where the system headers come from (macOS's SDK headers package, the SDK path).
      { facet: 'custom', key: /headers|\bsdk\b|sdkroot|\/usr\/include/i, weight: 0.8, anyDirection: true },
      { facet: 'env', key: /^SDKROOT$/, weight: 0.7, anyDirection: true },
      // Homebrew on Apple Silicon installs under /opt/homebrew, which no compiler searches by default (/usr/local is).
      {
        facet: 'env',
        key: /^HOMEBREW_(?:PREFIX|CELLAR|REPOSITORY)$/,
        weight: 0.7,
        when: movedToOptHomebrew,
        why: "B's Homebrew lives under /opt/homebrew, whose include directory compilers do not search unasked",
      },
      { facet: 'custom', key: /^brew --prefix\b/, weight: 0.7, when: movedToOptHomebrew },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['path'],
    meaning: 'the compiler could not find a header file',
  },
  {
    id: 'package-not-found',
    anchors: [
      'package',
      'distribution',
      'version that satisfies',
      'not found',
      'registry',
      '404',
      'no match',
      'find a match',
      'matching repo',
    ],
    patterns: [
      /Unable to locate package/i,
      /Package '?[\w.+-]+'? has no installation candidate/i,
      // apt's answer for a name another release renamed (Ubuntu 24.04's 64-bit time_t "t64" packages).
      /^\s*Package [\w.+-]+ is a virtual package provided by:?$/,
      /E: Package .* is not available/i,
      /No package [\w.+-]+ available/i,
      /No matching distribution found for/i,
      /is not in the npm registry|\bnpm ERR! 404\b|\bE404\b|failed to proxy package/i,
      /Could not find a version that satisfies the requirement/i,
      /ERROR: unable to select packages/i,
      // dnf's and yum's words: "No match for argument: epel-release", "Error: Unable to find a match: …", and a
      // repository the release renamed ("No matching repo to modify: powertools", now crb).
      /\bNo match for argument: [\w.+-]+|\bError: Unable to find a match: [\w.+-]+|\bNo matching repo to modify: [\w.-]+/,
      /\bnot found in (?:any )?(?:repositor|package)/i,
      /404\s+Not Found/i,
    ],
    implicates: [
      // Any change of source can lose a package: a registry added, removed or repointed.
      {
        facet: 'mirrors',
        weight: 0.7,
        anyDirection: true,
        when: (d) => !sameServerElsewhere(d),
        why: 'B installs from different package sources',
      },
      // The same host and URL, only its addresses or the file that lists it moved: the same archive, the same packages.
      {
        facet: 'mirrors',
        weight: 0.3,
        anyDirection: true,
        when: sameServerElsewhere,
        why: 'B reaches the same package source at other addresses',
      },
      { facet: 'env', key: PROXY_ENV, weight: 0.5, anyDirection: true, why: 'without the right proxy the package index cannot be reached' },
      {
        facet: 'os',
        key: /^(?:version_id|version_codename|id)$/,
        weight: 0.55,
        why: 'package names and availability differ between OS releases',
      },
      { facet: 'images', weight: 0.25 },
      { facet: 'cpu', key: /^arch$/, weight: 0.3 },
    ],
    tokens: ['package', 'host'],
    meaning: 'the package manager could not find a package',
  },
  ...ERROR_CLASSES,
  ...SOURCE_DIAGNOSTICS,
];

/** Mount options ("overlay ro,relatime") that say read-only on B and not on A. */
function mountedReadOnlyOnB(d: Difference): boolean {
  const ro = (v: unknown) => typeof v === 'string' && /(?:^|[\s,])ro(?:,|$)/.test(v);
  return ro(d.b) && !ro(d.a);
}

/** A package source with the same host (the key is its URL) whose addresses or listing file alone changed. */
function sameServerElsewhere(d: Difference): boolean {
  if (d.facet !== 'mirrors' || d.kind !== 'changed') return false;
  const { a, b } = d;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) || Array.isArray(b)) return false;
  const { addresses: _aAddresses, source: _aSource, ...aRest } = a;
  const { addresses: _bAddresses, source: _bSource, ...bRest } = b;
  return typeof a['host'] === 'string' && JSON.stringify(aRest) === JSON.stringify(bRest);
}

/** CPU flags B has on top of A's, and none A has that B lacks. */
function onlyGainedFlags(d: Difference): boolean {
  return (d.detail?.onlyB?.length ?? 0) > 0 && (d.detail?.onlyA?.length ?? 0) === 0;
}

/** The heap cap a runtime's options set, in megabytes: node's --max-old-space-size=N, the JVM's -XmxN[kmg]. */
function heapCapOf(v: FacetValue | undefined): number | undefined {
  if (typeof v !== 'string') return undefined;
  const node = /--max[-_]old[-_]space[-_]size[= ](\d+)/.exec(v);
  if (node) return Number(node[1]);
  const jvm = /-Xmx(\d+)([kKmMgG]?)/.exec(v);
  if (!jvm) return undefined;
  const unit = (jvm[2] ?? '').toLowerCase();
  return Number(jvm[1]) * (unit === 'g' ? 1024 : unit === 'k' ? 1 / 1024 : unit === 'm' ? 1 : 1 / 1048576);
}

/** A set a heap cap that B lacks or sets lower. */
function heapCapLowered(d: Difference): boolean {
  const a = heapCapOf(d.a);
  const b = heapCapOf(d.b);
  return a !== undefined && (b === undefined || b < a);
}

/** B's number is not larger than A's (or either is not a number). */
function notMore(d: Difference): boolean {
  return !(typeof d.a === 'number' && typeof d.b === 'number' && d.b > d.a);
}

/**
 * Certificates, signatures and Release files are valid for days: a clock off by seconds (a VM not yet synced)
 * cannot put one outside its window.
 */
function clockOffByMinutes(d: Difference): boolean {
  return typeof d.b === 'number' && Math.abs(d.b) >= 60;
}

/** Does a log line body match the signature? `lower` is the body in lower case. */
export function lineMatches(signature: Signature, body: string, lower: string = body.toLowerCase()): boolean {
  return (
    signature.anchors.some((a) => lower.includes(a)) &&
    signature.patterns.some((p) => p.test(body)) &&
    !signature.exclude?.some((p) => p.test(body))
  );
}

/** An image value built for an architecture other than amd64. */
function foreignArchitecture(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const arch = (v as Record<string, unknown>)['architecture'];
  return typeof arch === 'string' && arch !== '' && !/^(?:amd64|x86_64|x86-64)$/i.test(arch);
}

/** B's Homebrew prefix is Apple Silicon's /opt/homebrew and A's was not. */
function movedToOptHomebrew(d: Difference): boolean {
  const opt = (v: Difference['a']) => typeof v === 'string' && v.trim().startsWith('/opt/homebrew');
  return opt(d.b) && !opt(d.a);
}

/** A list whose members are all still there, in another order (name servers, search domains). */
function sameMembersReordered(d: Difference): boolean {
  if (!Array.isArray(d.a) || !Array.isArray(d.b) || d.a.length !== d.b.length) return false;
  const members = (list: unknown[]) => list.map(String).sort().join('\n');
  return members(d.a) === members(d.b);
}

/** B's PATH lacks a directory A's has (or B has none): a command found on A may not be found on B. */
function pathLostDirectory(d: Difference): boolean {
  if (typeof d.b !== 'string') return true;
  // Set on B only: these variables come before the compiler's and pkg-config's own directories, which B still has.
  if (typeof d.a !== 'string') return false;
  const onB = new Set(d.b.split(':').map((x) => x.replace(/\/+$/, '')));
  return d.a.split(':').some((x) => x !== '' && !onB.has(x.replace(/\/+$/, '')));
}
