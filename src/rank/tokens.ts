/**
 * Tokens: the concrete things a failing log line names — sonames, hosts, IPs,
 * architectures, package names, required versions, paths, file modes. A
 * difference about one of them is very likely the cause. Pure.
 */
import type { LogLine } from './log.js';

export type TokenKind =
  | 'soname'
  | 'url'
  | 'host'
  | 'ip'
  | 'arch'
  | 'package'
  | 'process'
  | 'glibc'
  | 'apiversion'
  | 'version'
  | 'path'
  | 'mode'
  | 'cpuflag'
  | 'tool'
  | 'image'
  | 'word';

export const ALL_TOKEN_KINDS: readonly TokenKind[] = [
  'soname',
  'url',
  'host',
  'ip',
  'arch',
  'package',
  'process',
  'glibc',
  'apiversion',
  'version',
  'path',
  'mode',
  'cpuflag',
  'tool',
  'image',
  'word',
];

export interface Token {
  kind: TokenKind;
  /** Normalised value: lower-case hosts, canonical architecture (qemu name), version digits. */
  value: string;
  /** For `mode`: the mode the test expected (the token's value is the mode it got). */
  expected?: number;
  line: LogLine;
}

/** Canonical architecture names are the ones binfmt_misc entries use (qemu-<name>). */
const ARCH_SYNONYMS: Record<string, string> = {
  arm64: 'aarch64',
  aarch64: 'aarch64',
  arm64v8: 'aarch64',
  'arm64/v8': 'aarch64',
  amd64: 'x86_64',
  x86_64: 'x86_64',
  'x86-64': 'x86_64',
  x64: 'x86_64',
  armv7: 'arm',
  armv7l: 'arm',
  armv6: 'arm',
  armv6l: 'arm',
  armhf: 'arm',
  armel: 'arm',
  'arm/v7': 'arm',
  'arm/v6': 'arm',
  arm32v7: 'arm',
  i386: 'i386',
  i686: 'i386',
  '386': 'i386',
  ppc64le: 'ppc64le',
  ppc64el: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64el',
  mips64el: 'mips64el',
  loong64: 'loongarch64',
  loongarch64: 'loongarch64',
};

/** All spellings of a canonical architecture, e.g. aarch64 -> [arm64, aarch64, arm64v8, arm64/v8]. */
export function archSpellings(canonical: string): string[] {
  return Object.keys(ARCH_SYNONYMS).filter((k) => ARCH_SYNONYMS[k] === canonical);
}

export function canonicalArch(name: string): string | undefined {
  return ARCH_SYNONYMS[name.toLowerCase()];
}

// "linux/arm64", "arm64", "--platform=linux/arm/v7"; bare "386" only after "linux/".
// A platform tag joins the system to the architecture with "_": PlatformIO's "for your system 'linux_x86_64'",
// a wheel's "manylinux_2_17_aarch64" or "macosx_11_0_arm64", Go's "GOOS_GOARCH" directories ("linux_arm64").
const ARCH =
  /(?:^|[^\w/.-])(?:linux\/)?(arm64\/v8|arm\/v[67]|arm64v8|arm32v7|arm64|aarch64|amd64|x86_64|x86-64|x64|armv7l?|armv6l?|armhf|armel|i386|i686|ppc64le|ppc64el|s390x|riscv64|mips64le|mips64el|loong64|loongarch64)(?![\w-])|linux\/(386)\b|(?<!\w)(?:linux|darwin|windows|win|freebsd|(?:many|musl)linux(?:1|2010|2014|_\d+_\d+)|macosx_\d+_\d+)_(x86_64|aarch64|arm64|amd64|armv7l|i686|ppc64le|s390x|riscv64)(?![\w-])/gi;
const SONAME = /(?<![\w.+-])((?:lib|ld-)[\w+-]*(?:\.[\w+-]+)*?\.(?:so(?:\.\d+)*|dylib))(?![\w+-])/g;
const OPENSSL_SYMBOL_VERSION = /\bOPENSSL_(3|1_1)[._]\d/g;
const URL = /\b([a-z][a-z0-9+.-]*):\/\/([^\s'"<>()`\][]+)/gi;
const HOST_PORT = /(?<![\w@/.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}):(\d{2,5})\b/gi;
const HOST_AFTER_VERB =
  /(?:resolv(?:e|ing)(?: host)?|connect(?:ing)? to|lookup|getaddrinfo \w+|host)[:\s'"‘`]+((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})\b/gi;
const IP = /(?<![\w.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\w.]*\d)/g;
/**
 * An IPv6 address written out (four to eight groups: "2600:1f16:c1:5e03:a992:8ee1:99d2:6f8") or compressed with
 * "::" around two groups or more ("2606:4700::6810:1923"); not a time of day ("01:49:48") or a C++ scope ("a::b").
 */
const IPV6 =
  /(?<![\w:.])((?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}|[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*::[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)(?![\w.]|:[0-9a-f])/gi;
const DEB_FILE = /(?:^|[\s/])([a-z0-9][a-z0-9+.-]+)_[^_\s/]+_[a-z0-9]+\.(?:deb|udeb)\b/g;
const APT_FETCH =
  /^(?:Get|Err|Ign):\d+\s+\S+\s+\S+(?:\s+(?:amd64|arm64|i386|armhf|armel|all|ppc64el|s390x|riscv64|Packages))?\s+([a-z0-9][a-z0-9+.-]+)\s+(?:amd64|arm64|i386|armhf|armel|all|ppc64el|s390x|riscv64)\b/g;
/** name-version-release[.arch] of rpm, dnf and apk output (a dotted version and a release: not gcc-13, a name). */
const NEVRA = /^([a-z][\w+.-]*?[a-z+])-\d+\.\d[\w.~+:]*-[\w.~+]+$/;
/** Perl names the module file it could not load: "Can't locate IPC/Cmd.pm in @INC". */
const PERL_MODULE = /Can't locate ((?:\w+\/)*\w+)\.pm in @INC/g;
/** A script's own check for a module: "blib/script/robots requires the Perl Curses module!". */
const PERL_MODULE_REQUIRED = /\brequires the Perl ([A-Za-z]\w*(?:::\w+)*) module\b/g;
const PACKAGE_AFTER_VERB =
  /(?:not installing|Unpacking|Setting up|Preparing to unpack \S+|processing package|Unable to locate package|Package|Depends:|package|[Ii]nstalling|apt(?:-get)? install(?: -y)?|Errors were encountered while processing:?)\s+['"‘]?([a-z0-9][a-z0-9+.-]{1,})(?::[a-z0-9]+)?(?=['"’\s(),:]|$)/g;
const PROCESS = /held by process \d+ \(([^)]+)\)/g;
const GLIBC = /\bGLIBC_(\d+(?:\.\d+)+)\b/g;
const API_VERSION = /\b(?:API version|client version|api_version)(?:\s+is)?\s*:?\s*(\d+\.\d+)\b/gi;
// "version 24.04", "Version: 1.2.3", and quoted: 'Version "24.04" of Ubuntu is not supported'.
// MSBuild's ".NETFramework,Version=v4.6.1" too.
const VERSION = /\bversions?(?:\s*[:=]\s*|\s+)['"]?[vV]?(\d+(?:\.\d+)+(?:[-+~][\w.+~]+)?)\b/gi;
const REQUIRES_VERSION = /\b(?:requires?|needs?)\s+([a-z][\w+-]*)\s*(?:version\s*)?(?:[>=~^]+\s*)?[vV]?(\d+(?:\.\d+)+)/gi;
const PATH = /(?:^|[\s'"`(=:,])(\/(?:[\w.+@%~-]+\/)*[\w.+@%~*-]+\/?)/g;
/**
 * A number that reads as a file mode: octal with a leading 0, or a common mode
 * printed in decimal (Jest: 420 = 0644) or as bare octal digits (644). A closed
 * list, so HTTP statuses in test output ("Expected: 200 Received: 404") are not modes.
 */
const COMMON_MODES = [0o777, 0o775, 0o770, 0o755, 0o750, 0o711, 0o700, 0o666, 0o664, 0o660, 0o644, 0o640, 0o600, 0o444];
export const FILE_MODE = `(?:0o?[0-7]{3,4}|${[...COMMON_MODES.map((m) => String(m)), ...COMMON_MODES.map((m) => m.toString(8))].join('|')})`;
const MODE_PAIR = new RegExp(`Expected:?\\s+(${FILE_MODE})\\b.*?Received:?\\s+(${FILE_MODE})\\b`, 'gi');
// "mode 0644", "bad permissions 750": after these words a three-digit number is a mode even without its 0.
const MODE_WORD = /\b(?:mode|permissions?)\s+(0?[0-7]{3,4})\b/gi;
const CPU_FLAG =
  /\b(avx512[a-z0-9_]*|avx_vnni|avx2|avx|sse4_[12]|sse4\.[12]|sse4a|ssse3|sse3|fma4?|bmi[12]|f16c|aes|popcnt|movbe|adx|sha_ni|amx[a-z_]*|lzcnt|rdrnd|rdseed)\b/gi;
const TOOL = [
  /\b(?:requires?|needs?)\s+(go|node|nodejs|python3?|ruby|rustc|cargo|java|cmake|gcc|g\+\+|clang|npm|yarn|pnpm|dotnet|docker|buildx|make|perl|php)\b/gi,
  /The engine "([\w.-]+)"/g,
  /(?:^|:\s)([\w.+/-]+): (?:command )?not found\b/g,
  /exec: "([\w.+/-]+)": executable file not found/g,
  // rustc's linker and build scripts' tool checks: "linker `aarch64-linux-gnu-gcc` not found",
  // "Could not find `protoc` installation" (prost-build).
  /\blinker [`'"]([\w.+-]+)[`'"] not found/g,
  /\bCould not find [`'"]([\w.+-]+)[`'"] installation/g,
  // env names the program it could not start, whatever language the message is in: "/usr/bin/env: »python“: Datei …".
  /\/usr\/bin\/env: [»'‘"`]?([\w.+-]+)[“'’"`«]?: (?!Permission|Keine Berechtigung)/g,
  // gradlew's own check, and scripts like it: "xargs is not available".
  /(?:^|\s)([a-z][\w.+-]*) is not (?:available|installed)(?: on this system| in PATH)?\s*$/g,
  // GraphicsMagick prints the delegate it could not run after "execvp failed": 'gm convert: "gs" "-q" "-dBATCH" …'.
  /^gm \w+: "([\w.+-]+)" "-/g,
  // Node's child_process, async or not: "spawn git ENOENT", "spawnSync bash ENOENT".
  /spawn(?:Sync)? ([\w.+/-]+) ENOENT/g,
  // nbconvert's and pandoc's own checks: "xelatex not found on PATH".
  /(?:^|[\s:])([a-z][\w.+-]*) (?:was )?not found (?:on|in) (?:your )?(?:PATH|\$PATH)\b/g,
  // git starting a helper: "error: cannot run ssh: No such file or directory".
  /\bcannot (?:run|exec) ['‘"]?([\w./+-]+)['’"]?: No such file or directory/g,
  // node's `which`: "gyp ERR! stack Error: not found: make".
  /\bError: not found: ([\w.+-]+)$/g,
  // Hugo's module loader: 'binary with name "go" not found'.
  /\bbinary with name "([\w.+-]+)" not found/g,
  // Python's subprocess, naming the program twice: "[Errno 2] No such file or directory: 'svn': 'svn'";
  // the JVM's: 'Cannot run program "docker": error=2'.
  /\[Errno 2\] No such file or directory: '([\w.+-]+)': '\1'/g,
  // Without the repeat, a hyphenated bare name is still a program ("…: 'gtk-update-icon-cache'"), where a file
  // would have a directory or an extension.
  /\[Errno 2\] No such file or directory: '([a-z][\w+]*(?:-[\w+]+)+)'\s*$/g,
  /Cannot run program "([^"/\\]+)"(?: \(in directory "[^"]*"\))?: (?:CreateProcess )?error=2\b/g,
  // A shell running a program by its installed path: "/bin/sh: line 1: /usr/bin/llvm-lto: No such file or directory".
  /\bsh: (?:line \d+: )?(\/(?:usr\/)?(?:local\/)?s?bin\/[\w.+-]+): No such file or directory/g,
  // Perl's exec (autoreconf, Autom4te): 'Can't exec "glibtoolize": No such file or directory'.
  /Can't exec "([\w.+-]+)": No such file or directory/g,
  // Not the end of another program's name: "protoc-gen-go v1.28.1" is the plugin's version, not Go's.
  /(?<![\w-])(go|node|python\d?(?:\.\d+)?|ruby|java|rustc|gcc|clang)\s+(?:version\s+)?[vV]?\d+\.\d+/gi,
  /\b([A-Za-z][\w+-]*) (?:version )?\d+(?:\.\d+)+ or (?:higher|newer|later) is required/gi,
  /requires a different (Python)\b/gi,
  /more recent version of the (Java) Runtime/gi,
  // The loader names the program that needs a symbol version: "(required by /usr/bin/node)".
  /\(required by (?:[^\s)]*\/)?([\w.+-]+)\)/g,
  // Meson's find_program: "ERROR: Program 'vapigen' not found", "Program vapigen found: NO".
  /\bProgram '([\w.+-]+)' not found\b/g,
  /\bProgram ([\w.+-]+) found: NO\b/g,
  // A diagnostic located in a tool's own configuration file: "…/images/fwup.conf:479: no such option '…'".
  /(?:^|[/\s'"])\.?([a-z][\w-]{2,})\.(?:conf|cfg|ini):\d+:/g,
  // Ansible's modules look for a program under several names: "Unable to find any of pip2, pip to use.".
  /\bUnable to find any of ([\w.+-]+)(?:, [\w.+-]+)* to use\b/g,
  // A library's configuration script that setup.py and extconf.rb ask for: "Could not find gdal-config",
  // "No such file or directory: 'gdal-config'", "OSError: mysql_config not found".
  /\b(?:Could not find|Cannot find|Unable to find|can't find|No such file or directory:)\s+[`'"]?([\w.+]+[-_]config)\b(?![-\w])/gi,
  /(?:^|[\s:])([\w.+]+[-_]config) (?:executable )?(?:was )?not found\b/g,
];
/**
 * configure running "$PKG_CONFIG --variable=systemduserunitdir systemd" with the variable empty: the shell runs the
 * option as a command, and pkg-config is what is missing.
 */
const EMPTY_PKG_CONFIG = /: line \d+: --(?:variable=[\w-]+|modversion|exists|cflags|libs)\b[^:]*: command not found/;
/**
 * Facter's lsbdist* facts, empty ("Unsupported osfamily (Debian) or lsbdistid ()"): facter reads them from
 * lsb_release, and an empty one is lsb_release missing.
 */
const EMPTY_LSB_FACT = /\blsbdist(?:id|codename|release|description)\s*\(\s*\)/i;
/** "Mounting arguments: -t nfs …", "mount -t cifs //host/share": a filesystem type whose helper mount(8) runs. */
const MOUNT_TYPE = /\bmount(?:ing arguments:)? (?:\S+ )*?-t (nfs4?|cifs|smb3|glusterfs|ceph|fuse\.sshfs)\b/gi;
/** git and docker run a subcommand they lack as the program git-lfs, docker-buildx: "git: 'lfs' is not a git command". */
const PLUGIN_SUBCOMMAND = /\b(git|docker): '([\w-]+)' is not a \1 command/g;
/**
 * The top-level module of a Python import that failed ("No module named 'yaml'"), of a "cannot import name" error
 * ("from 'click'"), or of a module that lacks an attribute ("module 'PIL.Image' has no attribute 'ANTIALIAS'"): the
 * distribution that is missing or whose API moved.
 */
// A long "cannot import name 'MalformedConfig'" wraps its "from 'west.configuration'" onto a line of its own.
const PYTHON_MODULE_NAMED =
  /cannot import name ['"]?\w+['"]? from ['"]([A-Za-z_]\w*)|\bmodule ['"]([A-Za-z_]\w*)(?:\.\w+)*['"] has no attribute|\bNo module named ['"]?([A-Za-z_]\w*)|^\s*from ['"]([A-Za-z_]\w*)(?:\.\w+)*['"]\s*(?:\(|$)/g;
const IMAGE =
  /(?:no such manifest:|manifest unknown:?|manifest for|manifest inspect|no matching manifest for|pull access denied for|image)\s+['"]?((?:[\w.-]+(?::\d+)?\/)*[\w.-]+(?::[\w.-]+|@sha256:[a-f0-9]{64}))/gi;
const WORD = /[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]/g;

/** Words too common in logs to tie a line to a difference. */
const STOP_WORDS = new Set(
  (
    'error errors failed failure fatal warning warn level debug found cannot could would should unable while which there their other these those ' +
    'about after before because during install installed installing version versions package packages build builds building running process ' +
    'command return returned status message value values false undefined linux debian ubuntu docker image images container containers source ' +
    'target default system local files directory using with from that this have will retry delete exited exit code signal output input ' +
    'started starting finished done solve process completed complete request response server client failed. please check again latest ' +
    'update upgrade upgraded newly remove removed reading lists state information dependency dependencies unpack setting setup runner ' +
    'github actions action workflow error: stderr stdout total passed tests test expected received cause caused reason info time ' +
    'http https index localhost example latest stable alpine centos fedora rocky almalinux bookworm bullseye buster stretch ' +
    'trixie jammy focal bionic xenial noble ' +
    // Words of error messages that are also values ("search invalid" in resolv.conf, "enabled").
    'invalid argument denied permission unknown missing enabled disabled allowed supported ' +
    // Suffixes of package names ("vim-common", "python3-utils"): they name no particular software.
    'common utils tools headers devel extra plugin plugins ' +
    // Every TLS error says "certificate": the word names no particular package of them (ca-certificates).
    'certificate certificates ' +
    // Build types and directories (build/release, --config Release) name no kernel release.
    'release releases ' +
    // Kernel flavours ("6.8.0-64-generic", "5.15.153.1-microsoft-standard-WSL2") that are also English ("Generic error").
    'generic standard'
  ).split(/\s+/),
);

/** Package-ish words after verbs that are really English. */
const NOT_PACKAGES = new Set([
  'lists',
  'list',
  'is',
  'has',
  'was',
  'not',
  'the',
  'a',
  'an',
  'to',
  'for',
  'of',
  'in',
  'and',
  'or',
  'that',
  'with',
  'manager',
  'files',
  'database',
  'index',
  'cache',
  'some',
  'which',
  'it',
  'json',
  'name',
  'version',
]);

/** Tokens of the requested kinds on one line, each kind/value once. */
export function extractTokens(line: LogLine, kinds: readonly TokenKind[] = ALL_TOKEN_KINDS): Token[] {
  const text = line.body;
  const out: Token[] = [];
  const seen = new Set<string>();
  const add = (kind: TokenKind, value: string, expected?: number) => {
    const id = `${kind}\0${value}\0${expected ?? ''}`;
    if (value === '' || seen.has(id)) return;
    seen.add(id);
    out.push(expected === undefined ? { kind, value, line } : { kind, value, expected, line });
  };
  const want = new Set(kinds);
  if (want.has('soname')) {
    for (const m of text.matchAll(SONAME)) add('soname', m[1]!);
    // OpenSSL versions its symbols by release: "undefined symbol: EVP_sm4_cbc, version OPENSSL_3.0.0" needs libcrypto.so.3.
    for (const m of text.matchAll(OPENSSL_SYMBOL_VERSION)) {
      const release = m[1] === '3' ? '3' : '1.1';
      add('soname', `libcrypto.so.${release}`);
      add('soname', `libssl.so.${release}`);
    }
  }
  if (want.has('url') || want.has('host')) {
    for (const m of text.matchAll(URL)) {
      const url = m[0].replace(/[.,;:'"]+$/, '');
      if (want.has('url')) add('url', url);
      const host = hostOf(m[2]!);
      if (host && want.has('host')) add('host', host);
    }
  }
  if (want.has('host')) {
    for (const m of text.matchAll(HOST_PORT)) add('host', m[1]!.toLowerCase());
    for (const m of text.matchAll(HOST_AFTER_VERB))
      if (!/\.(?:so|py|js|ts|go|c|h|sh|txt|json|ini|conf|log)$/i.test(m[1]!)) add('host', m[1]!.toLowerCase());
  }
  if (want.has('ip')) {
    for (const m of text.matchAll(IP)) if (!isVersionContext(text, m.index)) add('ip', m[1]!);
    if (text.includes(':')) for (const m of text.matchAll(IPV6)) if (/\d/.test(m[1]!)) add('ip', m[1]!.toLowerCase());
  }
  if (want.has('arch')) {
    for (const m of text.matchAll(ARCH)) {
      const canonical = canonicalArch(m[1] ?? m[2] ?? m[3]!);
      if (canonical) add('arch', canonical);
    }
  }
  if (want.has('package')) {
    for (const m of text.matchAll(DEB_FILE)) add('package', m[1]!.toLowerCase());
    for (const m of text.matchAll(APT_FETCH)) add('package', m[1]!.toLowerCase());
    // Python names the module it could not import, or whose API moved: "cannot import name '_unicodefun' from 'click'".
    for (const m of text.matchAll(PYTHON_MODULE_NAMED)) add('package', (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase());
    // ...and so does Perl, whose distributions package IPC::Cmd as perl-IPC-Cmd (RPM, Alpine, Arch) or libipc-cmd-perl (Debian).
    for (const m of text.matchAll(PERL_MODULE)) {
      const dashed = m[1]!.toLowerCase().replaceAll('/', '-');
      add('package', `perl-${dashed}`);
      add('package', `lib${dashed}-perl`);
    }
    for (const m of text.matchAll(PERL_MODULE_REQUIRED)) {
      const dashed = m[1]!.toLowerCase().replaceAll('::', '-');
      // cpan's own name for it too ("Curses"), as a fingerprint of cpan-installed modules lists it.
      for (const name of [dashed, `perl-${dashed}`, `lib${dashed}-perl`]) add('package', name);
    }
    for (const m of text.matchAll(PACKAGE_AFTER_VERB)) {
      const name = m[1]!.toLowerCase().replace(/[.:]+$/, '');
      if (NOT_PACKAGES.has(name) || name.length < 2) continue;
      // rpm and apk name a package with its version: "curl-minimal-8.0.1-1.amzn2023.aarch64" is curl-minimal.
      add('package', NEVRA.exec(name)?.[1] ?? name);
    }
  }
  if (want.has('process')) for (const m of text.matchAll(PROCESS)) add('process', m[1]!.trim());
  if (want.has('glibc')) for (const m of text.matchAll(GLIBC)) add('glibc', m[1]!);
  if (want.has('apiversion')) for (const m of text.matchAll(API_VERSION)) add('apiversion', m[1]!);
  if (want.has('version')) {
    for (const m of text.matchAll(VERSION)) add('version', m[1]!);
    for (const m of text.matchAll(REQUIRES_VERSION)) add('version', m[2]!);
  }
  if (want.has('path')) {
    // Docker's client writes the socket into the URL it requests: "http://%2Fvar%2Frun%2Fdocker.sock/v1.40/…".
    if (/%2F/i.test(text)) for (const m of text.matchAll(ENCODED_SOCKET)) add('path', m[0].replace(/(?:%2F)+/gi, '/'));
    for (const m of text.matchAll(PATH)) {
      const path = m[1]!.replace(/[.,:;]+$/, '');
      if (path.length > 1 && !path.startsWith('//')) add('path', path);
    }
  }
  if (want.has('mode')) {
    for (const m of text.matchAll(MODE_PAIR)) add('mode', String(parseMode(m[2]!)), parseMode(m[1]!));
    for (const m of text.matchAll(MODE_WORD)) add('mode', String(parseMode(m[1]!)));
  }
  if (want.has('cpuflag')) for (const m of text.matchAll(CPU_FLAG)) add('cpuflag', m[1]!.toLowerCase().replace('.', '_'));
  if (want.has('tool')) {
    for (const re of TOOL) for (const m of text.matchAll(re)) add('tool', m[1]!.toLowerCase().replace(/^.*\//, ''));
    for (const m of text.matchAll(PLUGIN_SUBCOMMAND)) add('tool', `${m[1]}-${m[2]!.toLowerCase()}`);
    // mount(8) runs a helper per filesystem type: "-t nfs" needs /sbin/mount.nfs.
    for (const m of text.matchAll(MOUNT_TYPE)) add('tool', `mount.${m[1]!.toLowerCase()}`);
    if (EMPTY_PKG_CONFIG.test(text)) add('tool', 'pkg-config');
    if (EMPTY_LSB_FACT.test(text)) add('tool', 'lsb_release');
  }
  if (want.has('image'))
    for (const m of text.matchAll(IMAGE)) if (m[1]!.includes(':') || m[1]!.includes('/')) add('image', m[1]!.toLowerCase());
  if (want.has('word')) for (const word of distinctiveWords(text)) add('word', word);
  return out;
}

/** A socket path percent-encoded as a URL's host ("%2F%2Frun%2Fuser%2F1000%2Fpodman%2Fpodman.sock"). */
const ENCODED_SOCKET = /(?:%2F[\w.-]*)+\.sock\b/gi;

/**
 * A tool describing the machine it runs on inside its message ("Cannot find a Java installation on your machine
 * (Linux 6.6.15-2rodete2-amd64 amd64) matching …", Gradle's words): the kernel's release there is no complaint.
 */
export const PLATFORM_DESCRIPTION =
  /\((?:Linux|Mac OS X|macOS|Windows(?: \d+)?|FreeBSD) [\w.+~-]+ (?:amd64|x86_64|aarch64|arm64|x86|i[36]86|armv?\w*|ppc64le|s390x|riscv64)\)/gi;

/** Lower-case words of a text that could identify something (>= 5 chars, not common). */
export function distinctiveWords(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    pushWord(words, word);
    if (/[-_.]/.test(word)) for (const part of word.split(/[-_.]+/)) pushWord(words, part);
  }
  return words;
}

function pushWord(words: string[], word: string): void {
  if (word.length < 5 || STOP_WORDS.has(word) || /^\d/.test(word)) return;
  words.push(word);
}

function hostOf(rest: string): string | undefined {
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  const host = authority
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
  return /^[a-z0-9.-]+\.[a-z0-9-]+$|^\[[0-9a-f:]+\]$/.test(host) ? host : undefined;
}

/** "Version: 1.2.3.4" is a version, not an address. */
function isVersionContext(text: string, index: number): boolean {
  return /version\s*:?\s*[vV]?$/i.test(text.slice(Math.max(0, index - 40), index));
}

/** Jest and friends print modes in decimal (420 = 0644); a leading 0 means octal. */
function parseMode(text: string): number {
  if (/^0o?[0-7]+$/i.test(text)) return Number.parseInt(text.replace(/^0o?/i, ''), 8);
  return Number.parseInt(text, 10);
}
