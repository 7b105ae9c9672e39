/**
 * Relevance: does the failing build touch the thing that differs? A tool,
 * package or image the log never names is very unlikely to have broken it (the
 * digest of a `postgres:15` image a Node build never pulls, a patch of `gh`);
 * one the log runs or names is more likely. Host-wide facts (kernel, memory,
 * clock, CPU, binfmt, mirrors) are touched by every build: neutral. Without a
 * log there is nothing to judge by: neutral. Pure.
 */
import { COMMAND_PACKAGES } from './command-packages.js';
import { factOf } from './equivalents.js';
import type { Difference } from '../diff/types.js';
import type { Mention, Mentions } from './mentions.js';
import { namedTool, toolNames } from './tool-names.js';
import { commandProgram, commandWords } from './value-words.js';

export interface Relevance {
  /** Multiplier: < 1 untouched, 1 neutral, > 1 touched. */
  factor: number;
  /** The log line that shows the build touches it. */
  mention?: Mention;
  /** What the log names, e.g. "npm". */
  named?: string;
  /** Why an untouched difference is discounted, where "the log never names it" says too little. */
  note?: string;
}

const NEUTRAL: Relevance = { factor: 1 };
const TOUCHED = 1.25;
/** Named only inside an identifier (`Test_lua_blob`): the build likely touches it. */
const TOUCHED_IN_IDENTIFIER = 1.1;
const UNTOUCHED: Record<string, number> = { images: 0.3, toolchains: 0.4, packages: 0.55, custom: 0.6, mirrors: 0.5, env: 1 };
/** A CPU model or core count on a log that shows nothing a CPU decides. */
const UNTOUCHED_CPU = 0.5;
/** What a CPU decides, as logs show it: instructions and their sets, speed and time limits, threads, numerics. */
const CPU_SIGNS =
  /\b(?:cpus?|processors?|cores?|threads?|instructions?|sigill|avx\w*|sse\d?\w*|simd|neon|x86[-_]64(?:-v\d)?|microarchitecture|time(?:d out|out)|inactivity|stalled|too slow|slow(?:er|ly)?|deadline|hangs?|hung|precision|floating|nan|numa|hyperthread\w*|xeon|epyc|ryzen|graviton|rosetta|benchmark\w*|perf)\b/i;

/** A kernel release on a log that shows nothing a kernel decides. */
const UNTOUCHED_KERNEL = 0.6;
/**
 * What a kernel decides, as logs show it: system calls and their errors, namespaces, mounts, modules, devices, signals
 * (an exit code of 128 + a signal's number: 139 is SIGSEGV).
 */
const KERNEL_SIGNS =
  /\b(?:kernel|uname|syscalls?|system call|seccomp|namespaces?|unshare|clone3?|cgroups?|mount(?:s|ed|ing)?|modprobe|modules?|insmod|dmesg|ioctl|mmap|futex|epoll|inotify|fanotify|io_uring|bpf|ebpf|kprobe|netlink|vsock|af_\w+|socket|fuse|overlay(?:fs)?|loop\d*|tun|tap|kvm|criu|checkpoint|restore|ptrace|perf_event|userfaultfd|memfd|pidfd|landlock|capabilit(?:y|ies)|cap_\w+|E(?:PERM|INVAL|NOSYS|ACCES|NODEV|NOTSUP|OPNOTSUPP|AFNOSUPPORT|ADDRNOTAVAIL|NOMEM|XDEV|ROFS)|operation not permitted|not supported|function not implemented|invalid argument|bad address|permission denied|no such device|illegal instruction|segmentation fault|sigsegv|sigbus|bus error|killed|oom|sysctl|vsyscall|segfault|general protection|trap|call trace|rip: 00[0-9a-f]{2})\b|\/(?:proc|sys|dev)\/|\b(?:code|status):? 13[2-9]\b/i;
/** Whether any line of the log shows these signs, asked once per log and kind of sign. */
const signsSeen = new WeakMap<Mentions, Map<RegExp, boolean>>();

function shows(mentions: Mentions, signs: RegExp): boolean {
  let seen = signsSeen.get(mentions);
  if (seen === undefined) {
    seen = new Map();
    signsSeen.set(mentions, seen);
  }
  let found = seen.get(signs);
  if (found === undefined) {
    found = mentions.lines.some((m) => signs.test(m.line.body));
    seen.set(signs, found);
  }
  return found;
}

/** A service image none of whose clients the log shows. */
const UNTOUCHED_SERVICE = 0.12;

/** Packages every build runs through without naming them (the C library, certificates, package tooling). */
const IMPLICIT_PACKAGES =
  /^(?:libc6|libc-bin|libc6-dev|glibc|musl|libstdc\+\+6|libgcc-s1|libgcc1|ca-certificates|openssl|libssl[\w.-]*|libcrypto[\w.-]*|dpkg|apt|rpm|apk-tools|[\w-]*keyring|gnupg|gpgv|libseccomp2|runc|containerd(?:\.io)?|docker[\w.-]*|moby-\w+|qemu-user[\w-]*|binfmt-support|locales(?:-all)?|coreutils|bash|dash|libgnutls30|libcurl\w*|curl)$/;

export function relevanceOf(d: Difference, mentions: Mentions | undefined): Relevance {
  if (!mentions?.present) return NEUTRAL;
  // A limit read by a custom `ulimit -s` is a property of every process, not a tool the build runs.
  switch (factOf(d).facet) {
    case 'toolchains':
      return byNames(d.facet, toolWords(d.key), mentions, toolPhrase(d.key, mentions));
    case 'packages': {
      const name = d.key.toLowerCase().replace(/:[a-z0-9]+$/, '');
      if (IMPLICIT_PACKAGES.test(name)) return NEUTRAL;
      const named = namedTool(name);
      return byNames(d.facet, [...packageWords(name), ...(named?.words ?? [])], mentions, named ? toolPhrase(name, mentions) : undefined);
    }
    case 'custom': {
      // A captured command's first word is the tool it asks ("kubectl version …" -> kubectl).
      // Its arguments name what it looks at ("ls -l /dev/fuse" -> fuse, "ssh-keygen -F github.com" -> github.com).
      const tool = commandProgram(d.key);
      const args = commandWords(d.key);
      return tool || args.length > 0
        ? byNames(d.facet, [...(tool ? toolWords(tool) : []), ...args], mentions, tool ? toolPhrase(tool, mentions) : undefined)
        : NEUTRAL;
    }
    case 'libraries': {
      // "libssl.so.3" is named as libssl.so.3, libssl or "ssl"; unnamed, a library is still used implicitly (never discounted).
      const soname = d.key.toLowerCase();
      // macOS and Windows spell the version before the suffix: "libsodium.23.dylib", "icuuc72.dll".
      const base = soname.replace(/\.so(?:\.[\w.]*)?$|(?:\.\d+)*\.(?:dylib|dll)$/, '');
      const found = byNames(d.facet, [...new Set([soname, base])], mentions);
      return found.mention ? found : NEUTRAL;
    }
    case 'images': {
      const found = byNames(d.facet, [...imageWords(d.key), ...familyCommands(d.key)], mentions);
      const service = serviceOf(d.key);
      // "su -m postgres -c pg_ctl …": a log naming the product runs that product, not necessarily this image of it
      // (an embedded or host server). Rebuilt under the same tag, the image counts as used only where the log names
      // it by its reference.
      if (found.mention && unnamedRebuiltService(d, mentions)) return NEUTRAL;
      if (found.mention || !service) return found;
      // A service (a database, a cache, a broker) reaches a build only through its clients: a log that shows
      // none, nor its protocol or port, did not talk to it, while a build image runs unnamed under every line.
      return service.clients.some((w) => mentions.words.has(w))
        ? found
        : { factor: UNTOUCHED_SERVICE, note: 'the log shows none of its clients, its protocol or its port: the build did not talk to it' };
    }
    case 'env': {
      const at = mentions.env.get(d.key) ?? (d.key.length >= 6 ? mentions.words.get(d.key.toLowerCase()) : undefined);
      if (at) return { factor: TOUCHED, mention: at, named: d.key };
      // GO111MODULE is read by go and nothing else: a log that shows go at work is one it could have changed. One
      // whose tool the log never names is not discounted (the corpus found such variables the cause as often as others).
      const owners = ENV_OWNERS.find(([key]) => key.test(d.key))?.[1];
      if (!owners) return NEUTRAL;
      const found = byNames(d.facet, owners, mentions);
      return found.mention ? { factor: OWNER_AT_WORK, mention: found.mention, named: `${found.named}, which reads ${d.key}` } : NEUTRAL;
    }
    case 'mirrors': {
      // A package source the log never names (an apt mirror in an npm build) was not used.
      const host = mirrorHost(d);
      if (!host) return NEUTRAL;
      // A source read from a package manager's own configuration (pip.conf, .npmrc, .condarc) is used wherever
      // that manager is at work, though its errors seldom print the host.
      const found = byNames(d.facet, [host], mentions);
      const clients = found.mention ? [] : mirrorClients(d);
      return clients.length > 0 ? byNames(d.facet, clients, mentions) : found;
    }
    case 'cpu': {
      // Another CPU model or core count matters through what a CPU decides: instructions, speed, threads,
      // numerics. A log showing none of that was not failed by it (runners' CPUs differ all the time).
      if (d.key !== 'model' && d.key !== 'cores') return NEUTRAL;
      return shows(mentions, CPU_SIGNS)
        ? NEUTRAL
        : { factor: UNTOUCHED_CPU, note: 'the log shows nothing a CPU decides (instructions, speed, threads, numerics)' };
    }
    case 'kernel': {
      // A kernel patch or build bump comes with every runner image: it matters through what a kernel decides (system
      // calls and their errors, namespaces, mounts, modules, devices, signals). A log showing none of that was not
      // failed by it.
      if (d.key !== 'release' && d.key !== 'version') return NEUTRAL;
      return shows(mentions, KERNEL_SIGNS)
        ? NEUTRAL
        : {
            factor: UNTOUCHED_KERNEL,
            note: 'the log shows nothing a kernel decides (system calls, namespaces, mounts, modules, devices, signals)',
          };
    }
    case 'sysctl': {
      // Kernel settings are host-wide, but a few are known to matter to particular programs.
      const users = SYSCTL_USERS.find(([key]) => key.test(d.key))?.[1];
      if (!users) return NEUTRAL;
      const found = byNames(d.facet, users, mentions);
      return found.mention ? found : NEUTRAL;
    }
    default:
      return NEUTRAL;
  }
}

/** A variable whose tool the log shows at work: less than the variable named itself (TOUCHED). */
const OWNER_AT_WORK = 1.1;

/**
 * Variables one tool reads as its own settings, and the words a log names that tool by. Not the compilers' CC
 * and CFLAGS (read by every build system) nor CI's own (Jenkins' NODE_NAME names a machine, not Node).
 */
const ENV_OWNERS: Array<[RegExp, string[]]> = [
  [
    /^(?:GO111MODULE|GOROOT|GOPATH|GOFLAGS|GOPROXY|GOPRIVATE|GONOPROXY|GONOSUMDB|GONOSUMCHECK|GOSUMDB|GOINSECURE|GOCACHE|GOMODCACHE|GOOS|GOARCH|GOARM|GOAMD64|GOTOOLCHAIN|GOWORK|GOBIN|GOEXPERIMENT|GODEBUG|GOTMPDIR|GOLANG_VERSION|CGO_\w+)$/,
    ['go', 'golang', 'cgo'],
  ],
  [/^NODE_(?!NAME$|LABELS$)\w+$/, ['node', 'nodejs', 'npm', 'npx', 'yarn', 'pnpm']],
  [/^(?:npm_config_\w+|NPM_\w+)$/i, ['npm', 'npx']],
  [/^YARN_\w+$/, ['yarn']],
  [/^PNPM_\w+$/, ['pnpm']],
  [/^PIP_\w+$/, ['pip', 'pip3']],
  [/^(?:PYTHON\w+|VIRTUAL_ENV)$/, ['python', 'python3', 'pip', 'pip3', 'pytest']],
  [/^(?:UV_\w+)$/, ['uv']],
  [/^POETRY_\w+$/, ['poetry']],
  [/^(?:CONDA_\w+|MAMBA_\w+)$/, ['conda', 'mamba', 'micromamba']],
  [/^(?:JAVA_\w+|JDK_\w+|_JAVA_OPTIONS|JRE_HOME)$/, ['java', 'javac', 'jvm', 'jdk', 'mvn', 'maven', 'gradle', 'sbt', 'ant']],
  [/^(?:MAVEN_\w+|M2_HOME)$/, ['mvn', 'maven']],
  [/^GRADLE_\w+$/, ['gradle', 'gradlew']],
  [/^(?:CARGO_\w+|RUSTUP_\w+|RUSTFLAGS|RUSTDOCFLAGS|RUSTC_\w+|RUST_\w+)$/, ['cargo', 'rustc', 'rust', 'rustup']],
  [/^(?:RUBY\w*|GEM_\w+|BUNDLE_\w+)$/, ['ruby', 'gem', 'bundle', 'bundler', 'rake']],
  [/^(?:COMPOSER_\w+|PHP_\w+)$/, ['php', 'composer']],
  [/^(?:PERL5?\w*)$/, ['perl', 'cpan', 'cpanm']],
  [/^CYPRESS_\w+$/, ['cypress']],
  [/^ELECTRON_\w+$/, ['electron', 'electron-builder', 'electron-rebuild']],
  [/^PUPPETEER_\w+$/, ['puppeteer']],
  [/^PLAYWRIGHT_\w+$/, ['playwright']],
  [/^(?:DOCKER_\w+|BUILDKIT_\w+|BUILDX_\w+)$/, ['docker', 'buildx', 'buildkit', 'dockerd']],
  [/^KUBECONFIG$/, ['kubectl', 'kubernetes', 'helm', 'kind']],
  [/^HELM_\w+$/, ['helm']],
  [/^(?:DOTNET_\w+|NUGET_\w+|MSBUILD\w*)$/, ['dotnet', 'nuget', 'msbuild']],
  [/^ANDROID_\w+$/, ['android', 'gradle', 'sdkmanager', 'adb', 'ndk-build']],
  [/^OMP_\w+$/, ['omp', 'openmp', 'libgomp']],
  [/^CCACHE_\w+$/, ['ccache']],
  [/^PKG_CONFIG_\w+$/, ['pkg-config', 'pkgconf']],
  [/^(?:DEVELOPER_DIR|SDKROOT|MACOSX_DEPLOYMENT_TARGET)$/, ['xcodebuild', 'xcrun', 'xcode', 'clang', 'ld', 'swift']],
];

/** Kernel settings and the programs known to depend on them (a log naming one touches the setting). */
const SYSCTL_USERS: Array<[RegExp, string[]]> = [
  [
    /^(?:kernel\.apparmor_restrict_unprivileged_userns|user\.max_user_namespaces|kernel\.unprivileged_userns_clone)$/,
    [
      'electron',
      'chrome',
      'chromium',
      'puppeteer',
      'playwright',
      'bwrap',
      'bubblewrap',
      'flatpak',
      'podman',
      'buildah',
      'rootless',
      'rootlesskit',
      'unshare',
      'sandbox',
    ],
  ],
  [/^vm\.max_map_count$/, ['elasticsearch', 'opensearch', 'sonarqube']],
  [/^fs\.inotify\./, ['inotify', 'watcher', 'chokidar', 'webpack', 'vite', 'nodemon', 'jest', 'watchman']],
  [/^kernel\.yama\.ptrace_scope$/, ['gdb', 'lldb', 'strace', 'ptrace', 'valgrind', 'runsc', 'gvisor']],
  [/^kernel\.perf_event_paranoid$/, ['perf', 'rr']],
  [/^vm\.overcommit_memory$/, ['redis', 'valkey']],
];

/** Where a package source was read from, and the programs that read it there. */
const MIRROR_CLIENTS: Array<[RegExp, string[]]> = [
  [/(?:^|\/)pip\.(?:conf|ini)\b|^pip\b/i, ['pip', 'pip3']],
  [/\.npmrc\b|^npm\b|(?:^|\/)npmrc$/i, ['npm', 'npx']],
  [/\.condarc\b/i, ['conda', 'mamba', 'micromamba']],
  [/nuget\.config\b|^nuget\b/i, ['nuget', 'dotnet']],
  [/(?:^|\/)settings\.xml$/i, ['mvn', 'maven']],
  [/(?:^|\/)\.?pypirc$|^poetry\b/i, ['poetry']],
];

function mirrorClients(d: Difference): string[] {
  for (const v of [d.b, d.a]) {
    const source = typeof v === 'object' && v !== null && !Array.isArray(v) ? v['source'] : undefined;
    if (typeof source !== 'string') continue;
    const clients = MIRROR_CLIENTS.find(([re]) => re.test(source))?.[1];
    if (clients) return clients;
  }
  return [];
}

/** The host of a package-source key ("http://deb.example.net/debian") or of its value; none for settings (proxy.*, resolv.*). */
function mirrorHost(d: Difference): string | undefined {
  const fromKey = /^[a-z][\w+.-]*:\/\/([^/:@\s]+)/i.exec(d.key)?.[1];
  if (fromKey) return fromKey.toLowerCase();
  for (const v of [d.a, d.b]) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['host'] === 'string' && v['host'] !== '')
      return v['host'].toLowerCase();
  }
  return undefined;
}

function byNames(facet: string, words: string[], mentions: Mentions, phrase?: Relevance): Relevance {
  let best: Relevance | undefined = phrase;
  for (const w of words) {
    const at = mentions.words.get(w);
    if (at && (!best?.mention || (at.error && !best.mention.error))) best = { factor: TOUCHED, mention: at, named: w };
  }
  if (best) return best;
  for (const w of words) {
    const at = w.length > 2 ? mentions.identifierParts.get(w) : undefined;
    if (at) return { factor: TOUCHED_IN_IDENTIFIER, mention: at, named: w };
  }
  return { factor: UNTOUCHED[facet] ?? 1 };
}

function toolWords(key: string): string[] {
  const k = key.toLowerCase();
  return [...new Set([...toolNames(k).words, k])];
}

function toolPhrase(key: string, mentions: Mentions): Relevance | undefined {
  const k = key.toLowerCase();
  const bare = k.replace(/[-_]?\d+(?:\.\d+)*$/, '');
  const at = mentions.phrases.get(k) ?? mentions.phrases.get(bare) ?? mentions.runsOn.get(k) ?? mentions.runsOn.get(bare);
  return at ? { factor: TOUCHED, mention: at, named: key } : undefined;
}

/** Android SDK directories that hold many packages: the part after them is the package. */
const SDK_DIRECTORIES = new Set(['platforms', 'sources', 'extras', 'system-images', 'add-ons', 'default', 'google_apis']);

/**
 * The commands a package ships under another name (udev's udevadm, subversion's svn), by package: a log that runs one
 * uses the package. Commands that are also everyday words ("find", "which", "strip") or too short to tell apart are left out.
 */
const COMMON_WORDS = new Set(['find', 'which', 'strip', 'convert', 'python', 'hostname', 'mysql']);
const PACKAGE_COMMANDS = new Map<string, string[]>();
for (const [command, packages] of Object.entries(COMMAND_PACKAGES)) {
  if (command.length < 3 || COMMON_WORDS.has(command)) continue;
  for (const p of packages) PACKAGE_COMMANDS.set(p, [...(PACKAGE_COMMANDS.get(p) ?? []), command]);
}

/** A package's name ending in a GNU target triple: the architecture, then two or three more parts. */
const CROSS_PACKAGE_TRIPLE =
  /-((?:arm|aarch64|riscv(?:32|64)|x86_64|i[3-6]86|mips\w*|powerpc\w*|avr|xtensa|msp430|m68k|sparc\w*)(?:-[a-z0-9_]+){2,3})$/;

/** "libsqlite3-0" -> libsqlite3-0, libsqlite3, sqlite3, sqlite; "python3-pip" -> python3-pip, pip. */
export function packageWords(name: string): string[] {
  // Python spells a distribution's name with '-', its import name with '_' (importlib-metadata, importlib_metadata).
  const out = new Set<string>([name, name.replace(/-/g, '_'), name.replace(/_/g, '-')]);
  const versioned = name.replace(/-(?:dev|devel|common|bin|utils|tools|data|libs?|runtime|headers|core)$/, '');
  const base = versioned.replace(/-\d[\w.]*$/, '');
  out.add(base);
  // "libwebkit2gtk-4.0-dev" -> webkit2gtk-4.0: the pkg-config module it ships, API version and all.
  if (versioned !== base && versioned.startsWith('lib')) out.add(versioned.slice(3));
  const noLib = base.replace(/^lib/, '');
  // "gtk", "ssl", "xml": what the library is called in prose ("GTK 3.0 development libraries are required").
  if (noLib.length >= 3) out.add(noLib);
  const noDigits = noLib.replace(/[\d.]+$/, '');
  if (noDigits.length >= 4) out.add(noDigits);
  // "cpp-httplib": a C++ library named after its language, its namespace the rest (httplib::Client).
  const tail = /^(?:python3?|node|ruby|golang|php\d*|perl|lib|cpp)-(.{3,})$/.exec(base)?.[1];
  if (tail) out.add(tail);
  // "virtualbox-ose", "openssh-client": the product the package is a part of.
  const head = /^([a-z][a-z+]{4,})-/.exec(base)?.[1];
  if (head) out.add(head);
  // "libcurl4-openssl-dev" -> curl: the library of a flavoured -dev package, as its headers name it (curl/curl.h).
  const library = /^lib([a-z][a-z+]{2,}?)\d*(?:[.-]|$)/.exec(base)?.[1];
  if (library) out.add(library);
  // "systemd-devel" ships libsystemd's headers and pkg-config file: meson and pkg-config name it libsystemd.
  if (/-(?:dev|devel)$/.test(name) && !base.startsWith('lib') && base.length >= 3) out.add(`lib${base}`);
  // "ndk;24.0.8215888", "build-tools;34.0.0": an Android SDK package is a path of parts, installed under
  // sdk/ndk/24.0.8215888, which a log prints by those parts; a generic directory ("platforms") names nothing.
  if (name.includes(';')) for (const part of name.split(';')) if (part.length >= 3 && !SDK_DIRECTORIES.has(part)) out.add(part);
  // Homebrew's versioned formulae ("php@8.1", "openssl@3", "icu4c@74"): the program they install, under its own name.
  const formula = /^([a-z][\w+-]*)@[\d.]+$/.exec(name)?.[1];
  if (formula && formula.length >= 3) out.add(formula);
  // Portage's category/name ("dev-db/mariadb"): the name is the package's.
  const portage = /^[a-z0-9]+-[a-z0-9]+\/([\w.+-]+)$/.exec(name)?.[1];
  if (portage) for (const w of packageWords(portage)) out.add(w);
  // FreeBSD's versioned ports ("mariadb101-client", "postgresql15-server"): the product, its version glued on.
  const glued = /^([a-z][a-z+]{3,})\d+-[a-z]/.exec(base)?.[1];
  if (glued && !/^(?:python|py|php|perl|ruby|lua)$/.test(glued)) out.add(glued);
  // "libnewlib-arm-none-eabi", "binutils-aarch64-linux-gnu": a cross toolchain's part, installed under its target
  // triple (/usr/lib/gcc/arm-none-eabi/…), by which a log's paths name it.
  const triple = CROSS_PACKAGE_TRIPLE.exec(base)?.[1];
  if (triple) out.add(triple);
  // A versioned package ("virtualbox-6.1", "gcc-12") ships its unversioned name's commands.
  for (const command of [...(PACKAGE_COMMANDS.get(name) ?? []), ...(base !== name ? (PACKAGE_COMMANDS.get(base) ?? []) : [])])
    out.add(command);
  return [...out].filter((w) => w.length >= 2);
}

/** "docker.io/library/postgres:15" -> postgres:15, postgres; "ghcr.io/o/app@sha256:…" -> app. */
export function imageWords(ref: string): string[] {
  const r = ref.toLowerCase().replace(/@sha256:[a-f0-9]+$/, '');
  const colon = r.lastIndexOf(':');
  const repo = colon > r.lastIndexOf('/') ? r.slice(0, colon) : r;
  const tag = colon > r.lastIndexOf('/') ? r.slice(colon + 1) : '';
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  const out = [name, repo.replace(/^(?:docker\.io\/)?(?:library\/)?/, '')];
  if (tag) out.push(`${name}:${tag}`);
  return [...new Set(out)];
}

/**
 * Distribution families of base images and the package manager each runs: a log running dnf builds on
 * a Fedora/CentOS/RHEL image, which the build therefore touches though it never names it.
 */
const IMAGE_FAMILIES: Array<{ image: RegExp; commands: string[] }> = [
  {
    image: /(?:^|[/:_-])(?:fedora|centos|rhel\d*|ubi\d*|rockylinux|almalinux|amazonlinux|oraclelinux|mariner|azurelinux)(?:$|[/:_.@-])/,
    commands: ['dnf', 'microdnf', 'yum'],
  },
  { image: /(?:^|[/:_-])(?:debian|ubuntu|bookworm|bullseye|buster|trixie|jammy|noble|focal)(?:$|[/:_.@-])/, commands: ['apt-get'] },
  { image: /(?:^|[/:_-])(?:opensuse|sles|leap|tumbleweed)(?:$|[/:_.@-])/, commands: ['zypper'] },
  { image: /(?:^|[/:_-])archlinux(?:$|[/:_.@-])/, commands: ['pacman'] },
];

function familyCommands(ref: string): string[] {
  const r = ref.toLowerCase();
  return IMAGE_FAMILIES.find((f) => f.image.test(r))?.commands ?? [];
}

/**
 * Images that serve a build over the network rather than run it, and what a log that talked to one
 * shows besides the image's own name: its clients, its protocol's words, its port.
 */
const SERVICE_IMAGES: Array<{ image: RegExp; clients: string[] }> = [
  {
    image: /(?:^|\/)(?:postgres|postgis|timescaledb|pgvector)(?:$|[/:_.@-])/,
    clients: ['postgresql', 'psql', 'pg_dump', 'pg_restore', 'pg_isready', 'libpq', 'psycopg2', 'asyncpg', 'sqlstate', 'database', '5432'],
  },
  {
    image: /(?:^|\/)(?:mysql|mariadb|percona)(?:$|[/:_.@-])/,
    clients: ['mysqld', 'mysqladmin', 'mysqldump', 'pdo', 'pdoexception', 'sqlstate', 'database', '3306'],
  },
  { image: /(?:^|\/)(?:redis|valkey|keydb)(?:$|[/:_.@-])/, clients: ['redis-cli', 'ioredis', 'jedis', 'lettuce', '6379'] },
  { image: /(?:^|\/)mongo(?:db)?(?:$|[/:_.@-])/, clients: ['mongod', 'mongosh', 'mongoose', 'pymongo', '27017'] },
  { image: /(?:^|\/)memcached(?:$|[/:_.@-])/, clients: ['memcache', '11211'] },
  { image: /(?:^|\/)rabbitmq(?:$|[/:_.@-])/, clients: ['amqp', 'amqplib', 'pika', '5672'] },
  { image: /(?:^|\/)(?:elasticsearch|opensearch)(?:$|[/:_.@-])/, clients: ['elastic', '9200'] },
  { image: /(?:^|\/)(?:kafka|cp-kafka|zookeeper|redpanda)(?:$|[/:_.@-])/, clients: ['kafka', 'zookeeper', 'broker', '9092', '2181'] },
  {
    image: /(?:^|\/)(?:mssql|mssql-server|azure-sql-edge)(?:$|[/:_.@-])/,
    clients: ['sqlcmd', 'sqlserver', 'sqlstate', 'database', '1433'],
  },
];

/**
 * A service image (postgres:15) rebuilt under its tag, which the log never names by its reference ("postgres:15", as a
 * pull, a run or a compose file does): naming the product alone does not show this image ran.
 */
export function unnamedRebuiltService(d: Difference, mentions: Mentions): boolean {
  if (d.facet !== 'images' || d.kind !== 'changed' || !serviceOf(d.key)) return false;
  const r = d.key.toLowerCase().replace(/@sha256:[a-f0-9]+$/, '');
  // An untagged reference ("mysql", latest) is spelled as its product is: the log cannot tell the two apart.
  return r.includes(':') && !mentions.lines.some((l) => l.line.body.toLowerCase().includes(r));
}

function serviceOf(ref: string): { clients: string[] } | undefined {
  const r = ref.toLowerCase().replace(/@sha256:[a-f0-9]+$/, '');
  return SERVICE_IMAGES.find((s) => s.image.test(r));
}
