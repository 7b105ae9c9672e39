/**
 * How logs name a tool: its commands, the files and folders it leaves, and the
 * words people use for it in prose ("Node Sass", "the Go toolchain", "JDK 17").
 * Keyed by the toolchains key (or package name) a fingerprint uses. Data, one
 * job: the relevance and token modules ask "does the log name this tool?".
 *
 * `words` are whole lower-case words of the log (mentions.ts splits on anything
 * but [a-z0-9_.+-], and also keeps the parts of dotted/dashed words); `phrases`
 * are regular expressions for prose, tested once per log line.
 */

export interface ToolNames {
  words: readonly string[];
  phrases?: readonly RegExp[];
  /**
   * Lines that show the build runs on this tool without naming it: programs built on it, source files
   * it reads. They make the tool one the build touches (relevance.ts), never evidence against it.
   */
  runs?: readonly RegExp[];
  /**
   * A compiler's diagnostic in code this tool generated: the grammar or table it translates ("parse-datetime.y:1212:1:
   * warning"), the names it defines ('yyerror'). Another release of the generator writes other code.
   */
  generates?: readonly RegExp[];
}

const NODE: ToolNames = {
  words: ['node', 'nodejs', 'node.js', 'npm', 'npx', 'node-gyp', 'nvm', 'node_module_version', 'node-sass'],
  phrases: [/\bnode(?:\.js| sass)\b/i],
  // JavaScript's tools, and a script in a diagnostic ("src/app.ts(10,5)", "index.js:12"): Node's version decides what they parse.
  runs: [
    /\b(?:jest|mocha|vitest|webpack|vite|rollup|esbuild|babel|tsc|eslint|prettier|ts-node)\b/,
    // Jest's and Vitest's assertion report ("expect(received).toBe(expected) // Object.is equality").
    /\bexpect\(received\)\.\w+\(/,
    /[\w-]\.(?:[cm]?js|jsx|tsx?)(?::\d+|\(\d+,\d+\))/,
    // Node's own internals in an error: "node:internal/…", "internal/validators.js:125", the OpenSSL it bundles
    // ("…:../deps/openssl/openssl/ssl/statem/statem_lib.c:1922").
    /\bnode:internal\/|(?:^|[\s(])internal\/(?:modules|process|validators|errors|fs|url)\/?[\w/]*\.js:\d+|\.\.\/deps\/(?:openssl|uv|v8|cares|nghttp2)\//,
  ],
};
const PYTHON: ToolNames = {
  words: [
    'python',
    'python3',
    'python2',
    'pip',
    'pip3',
    'site-packages',
    'dist-packages',
    'venv',
    'virtualenv',
    'pypi',
    'distutils',
    'setuptools',
    'setup.py',
    'pyproject.toml',
    'cpython',
    'pyenv',
    'conda',
    'poetry',
    'tox',
  ],
  phrases: [/Traceback \(most recent call last\)/, /\bpython ?\d\.\d+/i, /File "[^"]+\.py", line \d+/],
  // Python's linters and test runners, and a Python file in a diagnostic ("app/server.py:28:63: E231",
  // "cannot format test.py"): the interpreter's version decides what they parse.
  runs: [/\b(?:pytest|flake8|pylint|mypy|isort|pycodestyle|pyflakes|pydocstyle|nox|pipenv)\b/, /[\w-]\.py(?::\d+|[:;,]?\s|$)/],
};
const JAVA: ToolNames = {
  words: ['java', 'javac', 'jdk', 'jre', 'openjdk', 'mvn', 'maven', 'gradle', 'gradlew', 'java_home', 'temurin', 'jar', 'kotlin', 'sbt'],
  phrases: [/\bclass file (?:has wrong )?version\b/i, /\bJava(?:\(TM\))? (?:SE )?Runtime\b/, /\bUnsupportedClassVersionError\b/],
  // A JVM source file in a diagnostic ("App.java:[12,5]", "Main.kt:3:1"): the JDK compiles it.
  runs: [/[\w-]\.(?:java|kt|scala|groovy)(?::\[?\d+|\]|:\d)/],
};
const GO: ToolNames = {
  // "go" alone is English ("go to", "let's go"): only command forms, files and prose.
  words: ['golang', 'go.mod', 'go.sum', 'goroot', 'gopath', 'goflags', 'gotoolchain', 'gofmt'],
  phrases: [
    /(?:^|\s)go (?:build|test|mod|get|install|run|vet|version|generate|work|env|list)\b/,
    /(?:^|\s)go: /,
    /\bgo\d\.\d+/,
    /\b(?:the )?Go (?:toolchain|compiler|version|\d\.\d+)/,
  ],
  // A Go source file in a diagnostic ("main.go:12:5:"): the Go toolchain compiles it.
  runs: [/[\w-]\.go:\d+(?::\d+)?:/],
};
const RUST: ToolNames = {
  words: ['rustc', 'cargo', 'rustup', 'cargo.toml', 'cargo.lock', 'crate', 'crates.io', 'rust'],
  phrases: [/\berror\[E\d{4}\]/],
  // A Rust source file in a diagnostic ("src/lib.rs:3:5"): rustc compiles it.
  runs: [/[\w-]\.rs:\d+:\d+/],
};
const C_COMPILER: ToolNames = {
  words: [
    'gcc',
    'g++',
    'cc',
    'c++',
    'cc1',
    'cc1plus',
    'clang',
    'clang++',
    'collect2',
    'ld',
    'cmake',
    'make',
    'ninja',
    'libstdc++',
    'glibcxx',
    'cxxabi',
    'gnu',
    'autoconf',
    'configure',
    'meson',
    'gfortran',
    'f951',
  ],
  phrases: [
    // Not a checker's finding in the compiler's format: cppcheck's "[syntaxError]", clang-tidy's "[bugprone-…]".
    // Objective-C sources and C++ template implementation files are the compiler's too.
    /\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|inl|ipp|tcc|m|mm)(?::\d+){1,2}: (?:fatal )?error:(?!.*\[(?:[a-z]+[A-Z]\w*|[a-z]+(?:-[a-z\d]+)+)\]\s*$)/,
    /\bGLIBCXX_\d/,
    /\bCXXABI_\d/,
    /\.[fF](?:90|95|03|08|or)?:\d+:\d+:/,
  ],
};
/** Bundler's command: "bundle" alone is also an English word (a webpack bundle, "Building development bundle"). */
const BUNDLE_COMMAND = /\bbundle (?:install|exec|update|config|lock|check|add|package|binstubs|outdated)\b/;
// The server's names only: mysqladmin and mysqldump ship with the client package.
const MYSQL: ToolNames = { words: ['mysql', 'mysqld', 'my.cnf'] };
const MARIADB: ToolNames = { words: ['mariadb', 'mariadbd', 'mysql', 'mysqld', 'my.cnf'] };
const POSTGRES: ToolNames = { words: ['postgres', 'postgresql', 'psql', 'pg_ctl', 'initdb', 'pg_hba.conf', 'pg_dump'] };
const RUBY: ToolNames = {
  words: ['ruby', 'gem', 'gems', 'bundler', 'gemfile', 'gemfile.lock', 'rake', 'rubygems', 'rails'],
  phrases: [BUNDLE_COMMAND],
  // Ruby's test runners and linters, and a Ruby file in a diagnostic ("app.rb:12:in"): the interpreter runs them.
  runs: [/\b(?:rspec|rubocop|minitest)\b/, /[\w-]\.(?:rb|rake|gemspec):\d+/],
};
const DOTNET: ToolNames = {
  words: ['dotnet', '.net', 'nuget', 'msbuild', 'csproj', 'sdk'],
  // The SDK's diagnostics carry their tool's prefix: the C# compiler's CS, NuGet's NU, MSBuild's MSB, the SDK's NETSDK.
  phrases: [/\.NET (?:SDK|Core|\d)/, /\berror (?:CS|NU|MSB|NETSDK)\d{4}\b/],
  // A C#/F# source file in a diagnostic ("Program.cs(12,5)"): the SDK compiles it.
  runs: [/[\w-]\.(?:cs|fs|vb)\(\d+,\d+\)/],
};
// PHP's checkers, and a PHP file in a diagnostic ("src/A.php:12", "in x.php on line 3").
const PHP: ToolNames = {
  words: ['php', 'composer', 'composer.json', 'composer.lock', 'artisan', 'phpunit'],
  runs: [/\b(?:phpstan|psalm|php-cs-fixer)\b/, /[\w-]\.php(?::\d+| on line \d+)/],
};
const ERLANG: ToolNames = {
  words: ['erlang', 'erl', 'otp', 'rebar3', 'beam', 'erts', 'elixir', 'mix', 'mix.exs', 'iex'],
  // Elixir runs on the Erlang VM: its stack traces and test files name the OTP it runs on.
  phrases: [
    /\bErlang\/OTP\b/,
    /\.(?:erl|hrl|exs?):\d+/,
    /\*\* \((?:UndefinedFunctionError|FunctionClauseError|ArgumentError|CompileError)\)/,
  ],
};
const R: ToolNames = {
  words: ['rscript', 'cran', 'r-base', 'rcpp', 'renv', 'rlang', 'description', 'testthat'],
  phrases: [
    /\bpackage or namespace load failed\b/,
    /\bdyn\.load\(/,
    /\binstall\.packages\(/,
    /\bR CMD (?:INSTALL|check|build)\b/,
    /[\w-]\.R(?:#\d+|:\d+|’|')/,
  ],
};
// A source position names GHC when it reports one; a running program's call stack ("error, called at
// ./Text/Pandoc/JSON.hs:111:48 in …") is the program's, not the compiler's.
const HASKELL: ToolNames = {
  words: ['ghc', 'ghci', 'cabal', 'stack', 'hackage', 'stackage', 'hspec'],
  phrases: [/(?<!\bcalled at \S*)\.l?hs:\d+:\d+/],
};
const TZDATA_WORDS = ['tzdata', 'zoneinfo', 'tzinfo', 'pytz', 'zdump', 'zic'];
/** Binaryen's wasm-opt, which clang runs after wasm-ld whenever it is on PATH: its errors never name it. */
const BINARYEN: ToolNames = { words: ['wasm-opt', 'binaryen'], phrases: [/\[parse exception: |\bFatal: error parsing wasm\b/] };
/**
 * libcurl's own error strings with their code ("[28] Timeout was reached"), as cargo, git and others print them:
 * the transfer that failed was libcurl's, whichever program asked for it.
 */
const CURL: ToolNames = {
  words: ['curl', 'libcurl'],
  phrases: [
    /\[\d{1,2}\] (?:Timeout was reached|Couldn't resolve host name|Couldn't connect to server|SSL connect error|Failure when receiving data from the peer|Stream error in the HTTP\/2 framing layer|SSL peer certificate or SSH remote key was not OK)/,
  ],
};
const PROTOC: ToolNames = { words: ['protoc', 'protobuf', 'protobuf-compiler'], phrases: [/\.proto:\d+:\d+:/] };
const DOCKER: ToolNames = { words: ['docker', 'dockerfile', 'buildx', 'buildkit', 'moby', 'compose'] };

/**
 * What a linter or formatter prints when it rejects code: the shape names the tool (here) and says a
 * verdict changed (classes.ts, lint-verdict).
 */
export const LINT_VERDICTS = {
  black: [/^would reformat \S/, /\bfiles? would be reformatted\b/, /Oh no! 💥 💔 💥/],
  shellcheck: [/\[SC\d{4}\]|\bSC\d{4} \((?:error|warning|info|style)\)/],
  hadolint: [/:\d+ DL\d{4} (?:error|warning|info|style):/],
  'golangci-lint': [/is not `(?:gofmt|goimports|gofumpt)`-ed/],
  prettier: [/Code style issues (?:found|were found)/],
  eslint: [/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/],
  rubocop: [/\d+ files? inspected, \d+ offenses? detected/],
  // cppcheck's finding ids are camelCase ("[syntaxError]", "[nullPointer]"); its CSV-like --template prints
  // "file,line,severity,id,message".
  cppcheck: [
    /:\d+(?::\d+)?: (?:error|warning|style|performance|portability|information): .*\[[a-z]+[A-Z]\w*\]\s*$/,
    // One character of the file name before the line number is enough, and keeps the scan of every line linear.
    /\w,\d+,(?:error|warning|style|performance|portability|information),[a-z]+[A-Z]?\w*,/,
  ],
} as const satisfies Record<string, readonly RegExp[]>;

/** Chrome and Chromium, as test runners and drivers name them: ChromeHeadless, HeadlessChrome, "chrome=80.0…". */
const CHROME: ToolNames = {
  words: [
    'chrome',
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'chrome-sandbox',
    'chromeheadless',
    'headlesschrome',
  ],
  phrases: [/\b(?:Headless)?Chrom(?:e|ium)(?:Headless)?\b/, /\bchrome=\d/],
};
const FIREFOX: ToolNames = { words: ['firefox', 'firefox-esr', 'firefoxheadless'], phrases: [/\bFirefox(?:Headless)?\b/] };

/** TeX speaks in "! " lines and points at the input line ("l.629 \\sphinxmidrule"), seldom by its own name. */
const TEX: ToolNames = {
  words: ['tex', 'latex', 'pdflatex', 'xelatex', 'lualatex', 'latexmk', 'texlive', 'tlmgr', 'kpsewhich', 'pdftex', 'luatex', 'xetex'],
  phrases: [/^! (?:TeX capacity exceeded|Undefined control sequence|LaTeX Error:|Package [\w-]+ Error:|Emergency stop)/, /^l\.\d+ \\/],
};
// tcltest reports a failed test as "==== name FAILED" and "---- Result should have been …"; test suites in Tcl
// (Redis's and its forks', SQLite's) run .tcl files.
const TCL: ToolNames = {
  words: ['tclsh', 'tcl', 'wish', 'tcltest'],
  phrases: [/^==== [\w:.-]+ FAILED\s*$/, /^---- Result should have been\b/],
  runs: [/\.tcl\b/],
};
const PROCPS: ToolNames = { words: ['ps', 'pgrep', 'pkill', 'vmstat', 'sysctl', 'uptime', 'procps'] };
const DIG: ToolNames = { words: ['dig', 'nslookup', 'nsupdate'] };
/** dtc's errors do not name it: 'FATAL ERROR: Unrecognized check name "unique_unit_address"'. */
const DTC: ToolNames = { words: ['dtc', 'fdtdump'], phrases: [/\bUnrecognized check name\b/] };
const XXD: ToolNames = { words: ['xxd'] };

const BUILDAH: ToolNames = {
  words: ['podman', 'buildah', 'containers.conf'],
  // Buildah (podman build) numbers its steps and fails "at STEP": the build ran through it, unnamed.
  runs: [/\berror building at STEP\b|^STEP \d+(?:\/\d+)?: [A-Z]+\b/],
};

/** Toolchains key -> how a log names it; keys not here fall back to their own name. */
export const TOOL_NAMES: Readonly<Record<string, ToolNames>> = {
  chrome: CHROME,
  chromium: CHROME,
  'chromium-browser': CHROME,
  'google-chrome': CHROME,
  'google-chrome-stable': CHROME,
  firefox: FIREFOX,
  'firefox-esr': FIREFOX,
  node: NODE,
  nodejs: NODE,
  npm: { words: ['npm', 'npx', 'package-lock.json', 'npmrc', '.npmrc'] },
  yarn: { words: ['yarn', 'yarn.lock', 'yarnpkg', '.yarnrc', '.yarnrc.yml'] },
  pnpm: { words: ['pnpm', 'pnpm-lock.yaml'] },
  corepack: { words: ['corepack', 'packagemanager'] },
  python: PYTHON,
  python3: PYTHON,
  python2: PYTHON,
  curl: CURL,
  libcurl: CURL,
  pip: { words: ['pip', 'pip3', 'pip._internal', 'pip._vendor'], phrases: [/\bpip (?:install|wheel|download)\b/] },
  pip3: { words: ['pip', 'pip3'] },
  setuptools: { words: ['setuptools', 'setup.py', 'distutils', 'pkg_resources', 'bdist_wheel', 'egg_info', 'setup.cfg'] },
  wheel: { words: ['wheel', 'bdist_wheel', 'wheels'] },
  java: JAVA,
  javac: JAVA,
  // The packages a JDK ships as (Homebrew's openjdk, Adoptium's temurin): the log names them as Java does.
  openjdk: JAVA,
  temurin: JAVA,
  zulu: JAVA,
  corretto: JAVA,
  mvn: { words: ['mvn', 'maven', 'pom.xml', 'mvnw'] },
  maven: { words: ['mvn', 'maven', 'pom.xml', 'mvnw'] },
  gradle: {
    words: ['gradle', 'gradlew', 'build.gradle', 'build.gradle.kts'],
    phrases: [/^FAILURE: Build failed with an exception\./, /^\* What went wrong:/],
  },
  typescript: { words: ['typescript', 'tsc', 'tsconfig.json'], phrases: [/\berror TS\d{4}:/] },
  // VS Code's command is "code", which every "exit code" and "error code" also says: only its other names.
  code: {
    words: ['vscode', 'code-insiders', 'code-server', '.vscode', 'vscode-server'],
    phrases: [
      /\bVisual Studio Code\b|\bVS ?Code\b/i,
      /(?:^|\s)code (?:--install-extension|--list-extensions|--version|tunnel|serve-web)\b/,
    ],
  },
  tsc: { words: ['typescript', 'tsc', 'tsconfig.json'], phrases: [/\berror TS\d{4}:/] },
  go: GO,
  golang: GO,
  rustc: RUST,
  cargo: RUST,
  rustup: RUST,
  rust: RUST,
  gcc: C_COMPILER,
  'g++': C_COMPILER,
  cc: C_COMPILER,
  'c++': C_COMPILER,
  clang: C_COMPILER,
  'clang++': C_COMPILER,
  // Xcode's clang, as fingerprints of macOS name it apart from LLVM's.
  'apple-clang': C_COMPILER,
  appleclang: C_COMPILER,
  // xcodebuild's diagnostics end with the target and project they are about, whatever build setting they name.
  xcode: {
    words: ['xcode', 'xcodebuild', 'xcrun', 'xcode-select', 'xcodeproj', 'xcworkspace', 'pbxproj'],
    phrases: [/\(in target '[^']+' from project '[^']+'\)/, /\bxcodebuild: error\b/],
  },
  cmake: { words: ['cmake', 'cmakelists.txt', 'ctest'] },
  // Vagrant and Packer drive VirtualBox through its CLI, whose errors name the CLI, not the product.
  virtualbox: { words: ['virtualbox', 'vboxmanage', 'vboxheadless', 'vboxsvc'] },
  // Octave builds its extensions with mkoctfile, which runs the C++ compiler with flags of its release's choosing.
  octave: { words: ['octave', 'octave-cli', 'mkoctfile'] },
  make: { words: ['make', 'makefile', 'gmake'] },
  ruby: RUBY,
  bundler: { words: ['bundler', 'gemfile', 'gemfile.lock'], phrases: [BUNDLE_COMMAND] },
  gem: RUBY,
  // RubyGems installs what Bundler resolves and decides which platform's gem fits: a Rails or Bundler run uses it.
  rubygems: {
    words: ['gem', 'gems', 'rubygems', 'gemspec'],
    phrases: [/\bwith native extensions\b/],
    runs: [/\b(?:bundle|bundler|rails|rake)\b/],
  },
  dotnet: DOTNET,
  php: PHP,
  composer: { words: ['composer', 'composer.json', 'composer.lock'] },
  docker: DOCKER,
  buildx: { words: ['buildx', 'buildkit', 'docker-buildx'] },
  podman: BUILDAH,
  buildah: BUILDAH,
  // git's own complaints about how it was called, quoted by the tools that run it (Lerna, npm, pip) without its name.
  git: {
    words: ['git', '.git', 'gitconfig', '.gitmodules'],
    phrases: [
      /\bfatal: (?:empty string is not a valid pathspec|ambiguous argument '[^']*': unknown revision|bad revision '|unknown option|pathspec '[^']*' did not match)/,
      // parse-options' own quoting, a backtick and an apostrophe: "error: unknown option `unshallow'".
      /\bunknown option `[\w-]+'/,
    ],
  },
  gh: { words: ['gh'] },
  openssh: { words: ['ssh', 'scp', 'sftp', 'sshd', 'openssh', 'sftp-server', 'ssh-keygen'] },
  perl: { words: ['perl', 'cpan', 'cpanm', 'makefile.pl', 'build.pl', 'cpanfile'], phrases: [/ in @INC\b/, /\.p[lm] line \d+\./] },
  // R's one-letter name is no word to look for: its files, tools and messages are.
  r: R,
  'r-base': R,
  'r-base-core': R,
  // Database servers: a log names the product and its clients ("Detected MySQL at version 9.0", psql), not the daemon.
  mysqld: MYSQL,
  mysql: MYSQL,
  'mysql-server': MYSQL,
  mariadbd: MARIADB,
  mariadb: MARIADB,
  'mariadb-server': MARIADB,
  postgres: POSTGRES,
  postgresql: POSTGRES,
  'postgresql-server': POSTGRES,
  'redis-server': { words: ['redis', 'redis-server', 'redis-cli', 'redis.conf'] },
  poetry: { words: ['poetry', 'pyproject.toml', 'poetry.lock'] },
  helm: { words: ['helm', 'chart.yaml', 'values.yaml', 'helmfile', 'charts'], phrases: [/\bchart\(s\) (?:linted|failed)\b|^==> Linting /] },
  // kubectl's own warning when it is more than one minor away from the cluster.
  kubectl: { words: ['kubectl', 'kubeconfig'], phrases: [/\bversion difference between client \([\d.]+\) and server\b/] },
  // kustomization.yaml is its input; Go's decoder names its types (Kustomization.patchesStrategicMerge).
  kustomize: { words: ['kustomize', 'kustomization', 'kustomization.yaml'] },
  cocoapods: {
    words: ['cocoapods', 'pod', 'pods', 'podfile', 'podfile.lock', 'podspec'],
    phrases: [/^\[!\] /, /\bGenerating Pods project\b/, /\bpod install\b/],
  },
  erlang: ERLANG,
  'esl-erlang': ERLANG,
  elixir: ERLANG,
  lua: { words: ['lua', 'luajit', 'luarocks', 'rockspec'], phrases: [/\.lua:\d+:/] },
  julia: { words: ['julia', 'project.toml', 'manifest.toml'], phrases: [/\.jl:\d+/, /\bJulia has exited\b/] },
  ghc: HASKELL,
  cabal: HASKELL,
  'cabal-install': HASKELL,
  stack: HASKELL,
  ocaml: { words: ['ocaml', 'opam', 'dune', 'ocamlfind', 'ocamlopt', 'ocamlc'], phrases: [/\.mli?", line \d+/] },
  opam: { words: ['opam', 'ocaml', 'opam-switch'] },
  swift: { words: ['swift', 'swiftc', 'package.swift', 'package.resolved', 'swiftpm'], phrases: [/\.swift:\d+:\d+: error/] },
  dart: { words: ['dart', 'flutter', 'pubspec.yaml', 'pub'], phrases: [/\.dart:\d+:\d+/] },
  flutter: { words: ['flutter', 'dart', 'pubspec.yaml'], phrases: [/\.dart:\d+:\d+/] },
  doxygen: { words: ['doxygen', 'doxyfile'] },
  // The configure script is autoconf's output: a shell error inside it is autoconf's, whoever runs it.
  autoconf: {
    words: ['autoconf', 'autoreconf', 'autom4te', 'configure.ac', 'configure.in', 'aclocal.m4'],
    phrases: [/(?:^|[\s/])configure: line \d+: syntax error\b/],
  },
  automake: { words: ['automake', 'aclocal', 'makefile.am', 'makefile.in'] },
  libtool: { words: ['libtool', 'libtoolize', 'ltmain.sh', 'libtool.m4'] },
  // GnuPG's programs go by their command names; rpmbuild reports a spec file's errors by line and tag.
  gnupg: { words: ['gpg', 'gpg2', 'gnupg', 'gpg-agent', 'gpgconf', 'gpgsm', 'dirmngr'] },
  gnupg2: { words: ['gpg', 'gpg2', 'gnupg', 'gpg-agent', 'gpgconf', 'gpgsm', 'dirmngr'] },
  'rpm-build': {
    words: ['rpmbuild', 'rpmspec', 'srpms', 'buildroot'],
    phrases: [/^error: line \d+: (?:Unknown tag|Unknown option|Unknown field)\b/, /\w\.spec\b/],
  },
  // Code generators report errors at a position in the file they translate, rarely by their own name:
  // "v1parser.ypp:24.9-24: error:" is bison's, "copasi.h:37: Error: Syntax error in input(1)." is SWIG's.
  // A compiler's error inside a grammar's action code ("thrifty.yy:65:13: error:") is in code bison generated, from its API.
  bison: {
    words: ['bison', 'yacc', 'byacc'],
    phrases: [/\.(?:y|yy|ypp|yxx):\d+\.\d+(?:-\d+)?: (?:error|warning|syntax error)\b/, /\.(?:yy|ypp|yxx):\d+:\d+: error:/],
    generates: [/\.(?:y|yy|ypp|yxx):\d+:\d+: (?:error|warning)\b/, /\berror: .*[‘'`]yy(?:error|lex|parse)[’'`]/],
  },
  // gperf's hash tables: the compiler reports its generated lookup function at the .gperf file's lines.
  gperf: { words: ['gperf'], generates: [/\.gperf:\d+(?::\d+)?: (?:error|warning)\b/] },
  flex: { words: ['flex', 'lex'], phrases: [/\.(?:l|ll|lpp|lxx):\d+: /] },
  swig: { words: ['swig'], phrases: [/: Error: Syntax error in input\(\d\)/, /\b\w+_wrap(?:per)?\.c(?:xx|pp)?\b/] },
  cython: { words: ['cython', 'cythonize'], phrases: [/\.p(?:yx|xd|xi):\d+:\d+:/] },
  protobuf: PROTOC,
  'protobuf-compiler': PROTOC,
  protoc: PROTOC,
  // node-gyp, CMake and MSBuild name Visual Studio in prose and by its variables and tools.
  visualstudio: {
    words: ['msbuild', 'msvc', 'vcvarsall', 'vcinstalldir', 'msvs_version', 'vswhere', 'vs2017', 'vs2019', 'vs2022'],
    phrases: [/\bVisual Studio\b/, /\bMSVC\b/],
  },
  // The compiler and build engine Visual Studio ships, as fingerprints name them apart: each by its own codes.
  msvc: { words: ['msvc', 'cl.exe', 'vcvarsall', 'vcinstalldir'], phrases: [/\bMSVC\b/, /\berror C\d{4}:/, /\bPlatform Toolset = '/] },
  msbuild: { words: ['msbuild', 'vcxproj'], phrases: [/\berror MSB\d{4}:/] },
  watchman: { words: ['watchman', '.watchmanconfig'] },
  texlive: TEX,
  pdflatex: TEX,
  kpsewhich: TEX,
  tlmgr: TEX,
  xelatex: TEX,
  // pandoc hands PDFs to LaTeX and says so when LaTeX fails: LaTeX's failure, with pandoc at work.
  pandoc: { words: ['pandoc'], runs: [/^Error producing PDF\.?$/] },
  // The CUDA toolkit goes by its compiler or by name: "The detected CUDA version (12.2) mismatches …", ".cu" sources.
  nvcc: {
    words: ['nvcc', 'cuda', 'cudart', 'ptxas', 'cuda_home'],
    phrases: [/\bCUDA (?:version|toolkit|compiler)\b/i, /\.cu(?::\d+|\(\d+\))/],
  },
  // Linkers speak under their program's name ("ld.lld: error:", "ld64.lld", "lld-link"), not as "ld".
  lld: { words: ['ld.lld', 'ld64.lld', 'lld-link', 'wasm-ld', 'lld'] },
  mold: { words: ['ld.mold', 'mold'] },
  // Linters and formatters: their verdicts name them less often than their output's shape does.
  black: { words: ['black'], phrases: LINT_VERDICTS.black },
  shellcheck: { words: ['shellcheck'], phrases: LINT_VERDICTS.shellcheck },
  hadolint: { words: ['hadolint'], phrases: LINT_VERDICTS.hadolint },
  'golangci-lint': { words: ['golangci-lint', 'golangci', '.golangci.yml'], phrases: LINT_VERDICTS['golangci-lint'] },
  prettier: { words: ['prettier', '.prettierrc'], phrases: LINT_VERDICTS.prettier },
  eslint: { words: ['eslint', '.eslintrc', 'eslint.config.js'], phrases: LINT_VERDICTS.eslint },
  rubocop: { words: ['rubocop', '.rubocop.yml'], phrases: LINT_VERDICTS.rubocop },
  cppcheck: { words: ['cppcheck'], phrases: LINT_VERDICTS.cppcheck },
  // Packages whose commands have names of their own: "mkimage: Command not found" is u-boot-tools missing.
  // Only commands no log uses as an English word ("ip", "route", "file", "find" are left out).
  'u-boot-tools': { words: ['mkimage', 'dumpimage', 'mkenvimage', 'fw_printenv'] },
  tclsh: TCL,
  tcl: TCL,
  'tcl-tk': TCL,
  procps: PROCPS,
  'procps-ng': PROCPS,
  psmisc: { words: ['killall', 'fuser', 'pstree'] },
  'net-tools': { words: ['ifconfig', 'netstat'] },
  dnsutils: DIG,
  'bind9-dnsutils': DIG,
  'bind-utils': DIG,
  'iputils-ping': { words: ['ping'] },
  'xz-utils': { words: ['xz', 'unxz', 'xzcat', 'lzma'] },
  'device-tree-compiler': DTC,
  dtc: DTC,
  dwarves: { words: ['pahole'] },
  'libarchive-tools': { words: ['bsdtar', 'bsdcpio'] },
  kmod: { words: ['modprobe', 'insmod', 'lsmod', 'rmmod', 'depmod'] },
  e2fsprogs: { words: ['mkfs.ext4', 'mke2fs', 'e2fsck', 'tune2fs', 'chattr', 'lsattr'] },
  dosfstools: { words: ['mkfs.vfat', 'mkfs.fat', 'mkdosfs'] },
  'squashfs-tools': { words: ['mksquashfs', 'unsquashfs'] },
  'lsb-release': { words: ['lsb_release'] },
  gettext: { words: ['msgfmt', 'xgettext', 'msgmerge'] },
  texinfo: { words: ['makeinfo', 'texi2any', 'install-info'] },
  // lcov's report is written by its geninfo and genhtml ("geninfo: ERROR: mismatched end line").
  lcov: { words: ['lcov', 'geninfo', 'genhtml'] },
  sharutils: { words: ['uuencode', 'uudecode'] },
  'vim-common': XXD,
  xxd: XXD,
  gawk: { words: ['gawk', 'awk'] },
  // Gentoo's name for it; its logs say "timezone" where Debian's say tzdata.
  'wasm-opt': BINARYEN,
  binaryen: BINARYEN,
  'timezone-data': { words: [...TZDATA_WORDS, 'timezone'] },
  tzdata: {
    words: TZDATA_WORDS,
    phrases: [/\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_+-]+/],
  },
};

/** How a log names this tool (its own name when the table has no entry). */
export function toolNames(key: string): ToolNames {
  const k = key.toLowerCase();
  // A product's hyphenated key is its dotted name in prose: xamarin-ios is "Xamarin.iOS".
  return namedTool(k) ?? crossTool(k) ?? { words: /^[a-z]+-[a-z]+$/.test(k) ? [k, k.replace('-', '.')] : [k] };
}

/** The target a cross tool builds for, as a log names it: its triple and the architecture's short name. */
export function crossTarget(tool: string): string[] {
  const triple = CROSS_TOOL.exec(tool.toLowerCase())?.[1];
  if (!triple) return [];
  const arch = CROSS_ARCH.exec(triple)?.[1];
  return arch ? [triple, arch] : [triple];
}

/** The table key whose prose a tool speaks in: a cross GCC speaks as GCC does. */
export function phraseKey(tool: string): string {
  return crossTool(tool)?.phrases ? 'gcc' : tool;
}

/** A GNU target triple as cross tools carry it before their names ("arm-none-eabi", "x86_64-w64-mingw32"). */
export const CROSS_TRIPLE = '[a-z0-9_]+(?:-[a-z0-9_]+){1,3}';
/** A GNU cross tool: its target triple, then the tool ("arm-none-eabi-gcc"). */
const CROSS_TOOL = new RegExp(`^(${CROSS_TRIPLE})-(?:gcc|g\\+\\+|cc|c\\+\\+|cpp|ld|as|gfortran|binutils)$`);
const CROSS_ARCH = /^(aarch64|arm|thumb|mips|riscv|xtensa|avr|powerpc|ppc|sparc|m68k|msp430|loongarch|s390)/;
/** The tools a cross toolchain ships under its triple: the log names whichever one spoke ("arm-none-eabi-ld: …"). */
const CROSS_PROGRAMS = ['gcc', 'g++', 'cpp', 'ld', 'as', 'ar', 'nm', 'objcopy', 'objdump', 'size', 'strip', 'readelf', 'gdb'];

/**
 * A cross toolchain is named by its triple, by any program under it, and by the architecture it builds for as
 * a kernel or SDK tree names it ("arch/mips/", "riscv"): mipsr5900el -> mips.
 */
function crossTool(k: string): ToolNames | undefined {
  const triple = CROSS_TOOL.exec(k)?.[1];
  if (!triple) return undefined;
  const arch = CROSS_ARCH.exec(triple)?.[1];
  // A cross GCC speaks as GCC does (cc1, "file.c:11:9: error:"), so it is named wherever GCC is.
  const compiler = /-(?:gcc|g\+\+|cc|c\+\+|cpp|gfortran)$/.test(k) ? C_COMPILER : undefined;
  return {
    words: [k, triple, ...CROSS_PROGRAMS.map((p) => `${triple}-${p}`), ...(arch ? [arch] : []), ...(compiler?.words ?? [])],
    phrases: compiler?.phrases,
  };
}

/**
 * The table entry of a tool or of the package that ships it: "lua5.3" -> lua, "php8.1" -> php,
 * "cabal-install-3.0" -> cabal-install.
 */
export function namedTool(name: string): ToolNames | undefined {
  const k = name.toLowerCase();
  // TeX Live ships as a collection of packages (texlive-latex-extra, texlive-science): each one is TeX.
  return TOOL_NAMES[k] ?? TOOL_NAMES[k.replace(/[-_]?\d+(?:\.\d+)*$/, '')] ?? (k.startsWith('texlive-') ? TEX : undefined);
}

/** The table key of a package that is a tool ("perl", "python3.11" -> python3.11's entry key), if it is one. */
export function toolKey(name: string): string | undefined {
  const k = name.toLowerCase().replace(/:[a-z0-9]+$/, '');
  if (TOOL_NAMES[k]) return k;
  const bare = k.replace(/[-_]?\d+(?:\.\d+)*$/, '');
  return TOOL_NAMES[bare] ? bare : k.startsWith('texlive-') ? 'texlive' : undefined;
}
