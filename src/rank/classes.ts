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
import type { Implication, Signature } from './signature-types.js';

/** The sysctls that decide whether unprivileged processes may create user namespaces. */
export const USERNS_SYSCTLS: Implication[] = [
  {
    facet: 'sysctl',
    key: /^(?:user\.max_user_namespaces|kernel\.unprivileged_userns_clone)$/,
    weight: 0.92,
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

const C_COMPILERS = /^(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|cpp|gfortran)$/;
const C_COMPILER_PACKAGES = /^(?:gcc|g\+\+|cpp|clang|llvm|build-essential|libstdc\+\+|libgcc|binutils)[\w.+-]*(?::\w+)?$/;
const PYTHON = /^(?:python[23]?(?:\.\d+)?|cpython)$/;
const NODE = /^(?:node|nodejs)$/;
const JAVA = /^(?:java|javac|jdk|openjdk)$/;

/** A compiler that changed: stricter diagnostics, dropped implicit includes, new default standard. */
const COMPILER: Implication[] = [
  {
    facet: 'toolchains',
    key: C_COMPILERS,
    weight: 0.8,
    anyDirection: true,
    why: 'another C/C++ compiler version: newer ones are stricter (headers no longer pulled in implicitly, warnings made errors, a newer default standard)',
  },
  { facet: 'packages', key: C_COMPILER_PACKAGES, weight: 0.6, anyDirection: true },
  { facet: 'env', key: /^(?:CC|CXX|CFLAGS|CXXFLAGS|CPPFLAGS)$/, weight: 0.6, anyDirection: true },
  { facet: 'os', key: /^(?:version_id|id|version)$/, weight: 0.35, why: 'a new OS release ships a new default compiler' },
  { facet: 'images', weight: 0.3, why: 'a rebuilt base image can ship a new compiler' },
];

/** A runtime of another version: the build's code or its compiled modules do not fit it. */
function runtime(key: RegExp, why: string, extra: Implication[] = []): Implication[] {
  return [
    { facet: 'toolchains', key, weight: 0.88, anyDirection: true, why },
    { facet: 'packages', key: new RegExp(key.source.replace(/\$$/, '[\\w.-]*(?::\\w+)?$')), weight: 0.6, anyDirection: true },
    ...extra,
    { facet: 'os', key: /^(?:version_id|id)$/, weight: 0.3 },
    { facet: 'images', weight: 0.3, why: 'a rebuilt base image can ship another runtime version' },
  ];
}

export const ERROR_CLASSES: Signature[] = [
  {
    id: 'cxx-diagnostic',
    anchors: ['error:', 'werror', 'not declared', 'not a member', 'does not name a type', 'has not been declared'],
    patterns: [
      /(?:error: )?[‘'`"]?[\w:<>~]+[’'"]? (?:is not a member of|was not declared in this scope|has not been declared|does not name a type|is not a type|in namespace [‘'`"]?std[’'"]? does not name)/,
      /error: no (?:member|template) named [‘'`"][\w]+[’'"] in (?:namespace )?[‘'`"]?std/,
      /error: use of undeclared identifier/,
      /error: ISO C\+\+\d* (?:forbids|does not allow)/,
      /error: implicit declaration of function|error: implicit function declaration/,
      /error: (?:call of overloaded|no matching function for call to|invalid conversion from|narrowing conversion|redefinition of|conflicting types for|incompatible (?:pointer|integer) types|passing argument \d+ of)/,
      /\[-Werror(?:=[\w+-]+)?\]/,
      /error: [‘'`"][\w:]+[’'"] (?:is deprecated|has incomplete type)/,
      /error: #error /,
    ],
    implicates: COMPILER,
    tokens: ['path'],
    meaning: 'the C/C++ compiler rejected code it used to accept',
  },
  {
    id: 'linker-error',
    anchors: ['undefined reference', 'cannot find -l', 'ld returned', 'recompile with -fpic', 'multiple definition', 'undefined symbol'],
    patterns: [
      /undefined reference to [`'‘]/,
      /\bld(?:\.\w+)?: cannot find -l[\w+.-]+/,
      /collect2: error: ld returned \d+ exit status/,
      /relocation R_\w+ against .* recompile with -fPIC/,
      /multiple definition of [`'‘]/,
      /ld(?:\.lld)?: error: undefined symbol/,
    ],
    implicates: [
      ...COMPILER.slice(0, 3),
      { facet: 'libraries', weight: 0.45, why: 'the library the linker needs moved or changed' },
      { facet: 'packages', key: /^(?:lib[\w.+-]*-dev|binutils[\w-]*)(?::\w+)?$/, weight: 0.5, anyDirection: true },
      { facet: 'images', weight: 0.3 },
    ],
    tokens: ['soname', 'path'],
    meaning: 'the linker could not resolve symbols or libraries',
  },
  {
    id: 'libstdcxx-version-not-found',
    anchors: ['glibcxx', 'cxxabi'],
    patterns: [/\b(?:GLIBCXX|CXXABI)_[\d.]+['’]? not found/, /symbol lookup error:.*(?:GLIBCXX|CXXABI)/],
    implicates: [
      {
        facet: 'packages',
        key: /^(?:libstdc\+\+6|libstdc\+\+|libgcc-s1|libgcc1)(?::\w+)?$/,
        weight: 0.9,
        why: 'the binary was built with a newer GCC than the C++ runtime (libstdc++) on B',
      },
      { facet: 'libraries', key: /^libstdc\+\+\.so/, weight: 0.85, why: 'B loads an older libstdc++ than the binary needs' },
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
    id: 'java-class-version',
    anchors: [
      'class file',
      'unsupportedclassversion',
      'more recent version of the java',
      'release version',
      'target release',
      'source release',
      'major version',
    ],
    patterns: [
      /class file has wrong version \d+\.\d+, should be \d+\.\d+/,
      /\bUnsupportedClassVersionError\b/,
      /compiled by a more recent version of the Java Runtime/,
      /Unsupported class file major version \d+/,
      /(?:invalid (?:target|source) release|release version \d+ not supported|error: invalid flag: --release)/,
      /class file version \d+\.\d+/,
    ],
    implicates: runtime(JAVA, 'class files and the JDK running them are of different Java releases', [
      { facet: 'env', key: /^(?:JAVA_HOME|JDK_HOME|JAVA_VERSION)$/, weight: 0.7, anyDirection: true },
      { facet: 'toolchains', key: /^(?:mvn|maven|gradle|sbt)$/, weight: 0.45, anyDirection: true },
    ]),
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
    ],
    patterns: [
      /\bNODE_MODULE_VERSION \d+/,
      /was compiled against a different Node\.js version/,
      /Node Sass does not yet support your current environment/,
      /Unsupported runtime \(\d+\)/,
      /The engine "node" is incompatible/,
      /Unsupported engine/,
      /ReferenceError: (?:structuredClone|fetch|AbortController|ReadableStream|File|crypto) is not defined/,
      /TypeError: [\w.[\]]*\.(?:replaceAll|at|findLast|hasOwn|toSorted) is not a function/,
      /SyntaxError: Unexpected token '(?:\?\?|\?\.|\?\?=|\|\|=|&&=)'/,
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
    ],
    patterns: [
      /ModuleNotFoundError: No module named '(?:distutils|imp|asynchat|asyncore|smtpd|pipes|cgi|cgitb|crypt|telnetlib|nntplib|audioop|msilib|lib2to3)(?:\.[\w.]+)?'/,
      /AttributeError: module '(?:collections|inspect|asyncio|configparser|pkgutil|typing|unittest|ssl|time|sys)' has no attribute/,
      /ImportError: cannot import name '\w+' from '(?:collections|inspect|typing|asyncio|distutils[\w.]*|importlib[\w.]*)'/,
      /requires a different Python: [\d.]+ not in/i,
      /\b(?:Requires-Python|python_requires)\b/,
      /Python (?:version )?\d\.\d+ is not supported|unsupported Python version|requires Python (?:>=|\d)/i,
      /SyntaxError: (?:Missing parentheses in call to 'print'|invalid syntax\. Perhaps you forgot a comma)/,
    ],
    implicates: runtime(PYTHON, 'the code or its dependencies need another Python minor version', [
      { facet: 'toolchains', key: /^(?:setuptools|pip3?|wheel)$/, weight: 0.45, anyDirection: true },
      { facet: 'env', key: /^(?:PYTHONPATH|PYTHON_VERSION|VIRTUAL_ENV)$/, weight: 0.4, anyDirection: true },
    ]),
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
    ],
    patterns: [
      /\buse_2to3 is invalid\b/,
      /error in [\w.-]+ setup command:/,
      /No module named '(?:pkg_resources|setuptools)[\w.]*'/,
      /AttributeError: module 'setuptools[\w.]*' has no attribute/,
      /\b(?:InvalidVersion: Invalid version|LegacyVersion)\b/,
      /No module named 'setuptools\.(?:extern|_distutils|command\.\w+)'/,
      /error: metadata-generation-failed|Getting requirements to build wheel did not run successfully/,
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
      { facet: 'packages', key: /^(?:python3?-setuptools|python3?-pip|python3?-wheel)(?::\w+)?$/, weight: 0.6, anyDirection: true },
      { facet: 'toolchains', key: PYTHON, weight: 0.4, anyDirection: true },
    ],
    tokens: [],
    meaning: "a Python package's build failed in its packaging tools",
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
      { facet: 'packages', key: /^python3?-wheel(?::\w+)?$/, weight: 0.8 },
      { facet: 'toolchains', key: /^(?:setuptools|pip3?)$/, weight: 0.5, anyDirection: true },
      { facet: 'toolchains', key: PYTHON, weight: 0.35, anyDirection: true },
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
    ],
    patterns: [
      /\bResolutionImpossible\b|conflicting dependencies/,
      /\bERESOLVE\b|Could not resolve dependency|conflicting peer dependency/,
      /\bERR_PNPM_\w+/,
      /lockfileVersion|Lockfile (?:is )?(?:not )?(?:compatible|supported)|The lockfile would have been modified|old lockfile/i,
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
      { facet: 'toolchains', key: /^(?:node|nodejs|python3?|php|ruby)$/, weight: 0.45, anyDirection: true },
      { facet: 'mirrors', weight: 0.3 },
    ],
    tokens: [],
    meaning: 'the package manager could not resolve a consistent set of dependencies',
  },
  {
    id: 'go-version-requirement',
    anchors: ['go.mod', 'requires go', 'goroot', 'go version', 'toolchain', 'go tool'],
    patterns: [
      /go\.mod requires go >= ?[\d.]+/,
      /note: module requires Go [\d.]+/,
      /go: (?:errors parsing go\.mod|go\.mod file indicates go [\d.]+|unknown directive: toolchain)/,
      /package [\w./-]+ is not in (?:GOROOT|std)/,
      /invalid go version '[\d.]+': must match format/,
      /compile: version "go[\d.]+" does not match go tool version/,
      /go: downloading go[\d.]+ \(|GOTOOLCHAIN/,
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
      /error\[E0658\]|is unstable|use of unstable library feature/,
      /feature `[\w-]+` is required|this version of Cargo is older than the `20\d\d` edition/,
      /lock file version \d+ (?:requires|was found)|failed to parse lock file/,
      /package `[^`]+` cannot be built/,
      /toolchain '[\w.-]+' is not installed/,
    ],
    implicates: runtime(/^(?:rustc|cargo|rustup|rust)$/, 'the crate needs another Rust release than B has'),
    tokens: ['version'],
    meaning: 'the crate needs another Rust toolchain',
  },
  {
    id: 'ruby-bundler-version',
    anchors: ['bundler', 'gemfile', 'ruby version', 'required_ruby_version', 'gem::'],
    patterns: [
      /Bundler::GemNotFound|You must use Bundler \d|can't find gem bundler|bundler: failed to load command/,
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
    anchors: ['your php version', 'composer detected issues', 'requires php', 'platform'],
    patterns: [
      /requires php [>=^~<|\d. ]+-> your php version \([\d.]+\) does not satisfy/,
      /Composer detected issues in your platform/,
      /Your Composer dependencies require a PHP version/,
    ],
    implicates: runtime(/^(?:php|composer)$/, 'the dependencies need another PHP release'),
    tokens: ['version'],
    meaning: 'the PHP version does not meet the dependencies',
  },
  {
    id: 'dotnet-sdk',
    anchors: ['.net sdk', 'netsdk', 'global.json', 'dotnet'],
    patterns: [
      /The current \.NET SDK does not support targeting/,
      /\bNETSDK\d{4}\b/,
      /A compatible \.NET SDK was not found|global\.json/,
      /It was not possible to find any compatible framework version/,
    ],
    implicates: runtime(/^(?:dotnet|dotnet-sdk)$/, 'the project targets another .NET SDK'),
    tokens: ['version'],
    meaning: 'the .NET SDK does not match the project',
  },
  {
    id: 'build-tool-version',
    anchors: ['gradle', 'maven', 'cmake_minimum_required', 'cmake'],
    patterns: [
      /Minimum supported Gradle version is|Gradle \d[\d.]* requires|Could not find method \w+\(\) for arguments/,
      /requires Maven version|Detected Maven Version: [\d.]+ is not in the allowed range/,
      /CMake \d[\d.]* or higher is required|Compatibility with CMake < [\d.]+ (?:has been removed|will be removed)/,
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
      /\bmax_user_watches\b|\bmax_user_instances\b/,
      /inotify (?:watch|instance) limit|inotify_init(?:1)?: too many open files/i,
    ],
    implicates: [
      {
        facet: 'sysctl',
        key: /^fs\.inotify\.max_user_(?:watches|instances)$/,
        weight: 0.93,
        why: "B's inotify limit is lower than the file watchers need",
      },
      { facet: 'resources', key: /^ulimit_nofile/, weight: 0.3 },
    ],
    tokens: [],
    meaning: 'a file watcher hit the kernel inotify limit',
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
    anchors: ['sandbox', 'uid_map', 'setgroups', 'clone_newuser', 'new namespace', 'user namespace'],
    patterns: [
      /No usable sandbox!|The SUID sandbox helper binary was found, but is not configured correctly/,
      /Failed to move to new namespace/,
      /(?:writing|write to) (?:\/proc\/\S+\/)?(?:uid_map|gid_map|setgroups)/i,
      /CLONE_NEWUSER/,
      /user namespaces? (?:are |is )?(?:not (?:enabled|supported|permitted)|disabled|restricted)/i,
      /cannot clone: (?:Invalid argument|Operation not permitted)/i,
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
    anchors: ['not yet valid', 'clock skew', 'in the future', 'notbefore', 'not valid yet'],
    patterns: [
      /certificate (?:is )?not (?:yet )?valid|not yet valid|is not valid yet/i,
      /Clock skew detected/i,
      /has modification time [-\d.e+]+ ?s in the future/i,
      /current time [\w:. -]+ is before [\w:. -]+/i,
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
    ],
    patterns: [
      /\bRead timed out\b|\bReadTimeoutError\b/,
      /TLS handshake timeout|net\/http: request canceled/,
      /\bConnection reset by peer\b|\bECONNRESET\b|\bBroken pipe\b/,
      /SSL_ERROR_SYSCALL|curl: \(56\)|unexpected EOF|early EOF|connection broken by/i,
    ],
    implicates: [
      {
        facet: 'network',
        key: /^mtu/,
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
    ],
    patterns: [
      /\bTZ=\S+/,
      /\b(?:time ?zone|timezone)\b.*(?:mismatch|differ|wrong|expected|unexpected|invalid|unknown)/i,
      /Expected:? .*\d{4}-\d\d-\d\d.*(?:Received|Actual|but was)/i,
      /^\s*(?:left|right|expected|received|actual|got|want)\s*:\s*["']?\d{4}-\d\d-\d\d/i,
      // A diff of expected and actual output whose lines are timestamps with UTC offsets.
      /^[-+]\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?[+-]\d\d:\d\d\b/,
      /[+-]\d\d:\d\d\b.*(?:expected|received|!=)|(?:expected|received).*[+-]\d\d:\d\d\b/i,
    ],
    implicates: [
      { facet: 'time', key: /^timezone$/, weight: 0.7, anyDirection: true, why: 'dates render and parse differently in another time zone' },
      { facet: 'env', key: /^TZ$/, weight: 0.7, anyDirection: true },
      { facet: 'packages', key: /^tzdata(?::\w+)?$/, weight: 0.6, anyDirection: true, why: 'time zone rules changed with the tz database' },
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
    ],
    tokens: ['path'],
    meaning: 'the container storage driver failed',
  },
  {
    id: 'cpu-isa-level',
    anchors: ['x86-64-v', 'isa level', 'compiled to use', 'cpu does not support', 'instructions'],
    patterns: [
      /CPU does not support x86-64-v\d|CPU ISA level is lower than required/i,
      /compiled to use (?:AVX\w*|SSE\w*|FMA) instructions/i,
      /This (?:program|binary|TensorFlow binary) (?:requires|is optimized to use) .*(?:AVX|SSE|instructions)/i,
    ],
    implicates: [
      { facet: 'cpu', key: /^flags$/, weight: 0.92, why: 'the binary needs CPU features B lacks' },
      { facet: 'cpu', key: /^(?:model|arch)$/, weight: 0.45 },
    ],
    tokens: ['cpuflag'],
    meaning: 'a binary needs CPU instructions the machine lacks',
  },
  {
    id: 'musl-symbol-not-found',
    anchors: ['error relocating', 'symbol not found', 'glibc_private', '__memcpy_chk', 'gnu_get_libc'],
    patterns: [
      /Error relocating [^:]+: [\w.@]+: symbol not found/,
      /symbol not found.*(?:__\w+_chk|gnu_get_libc_version|__register_atfork|fcntl64|__res_init)/,
      /version [`'‘]GLIBC_PRIVATE['’] not found/,
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
      { facet: 'packages', key: /^(?:libc6|musl|glibc|libc6-compat|gcompat)(?::\w+)?$/, weight: 0.6, anyDirection: true },
    ],
    tokens: ['soname'],
    meaning: 'the C library lacks a symbol the binary was linked against',
  },
  {
    id: 'container-engine',
    anchors: ['podman', 'buildah', 'emulate docker', 'not a docker command', 'unknown flag', 'buildkit'],
    patterns: [
      /Emulate Docker CLI using podman|\bpodman\b.*(?:Error|error)|\bbuildah\b.*(?:error|Error)/,
      /docker: '\w+' is not a docker command/,
      /unknown flag: --(?:platform|load|push|provenance|sbom|build-context|secret|ssh|mount|cache-from|cache-to)\b/,
      /the --mount option requires BuildKit|BuildKit is (?:not enabled|required)/i,
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
    ],
    tokens: [],
    meaning: 'the container engine or builder lacks a feature the build uses',
  },
];
