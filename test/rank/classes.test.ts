/**
 * Error classes (src/rank/classes.ts): every class matches real log lines from at
 * least two different projects — each line names the public thread it was posted
 * in — and leaves alone lines that only look alike. Lines are the tools' own
 * messages, cut to the part that matters.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CLASSES } from '../../src/rank/classes.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { lineMatches, type Signature } from '../../src/rank/signatures.js';

interface Real {
  line: string;
  /** owner/repo#number of the thread the line was posted in. */
  source: string;
}

const CLASSES: Record<string, { match: Real[]; miss: string[] }> = {
  'database-rejected-statement': {
    match: [
      { line: ' 42s pgstat: pgstat: query failed: ERROR:  column "checkpoints_timed" does not exist', source: 'gleu/pgstats#34' },
      { line: '==> ERROR:  column def.adsrc does not exist', source: 'pomm-project/Foundation#112' },
      { line: "ERROR 1524 (HY000) at line 1: Plugin 'mysql_native_password' is not loaded", source: 'wp-cli/ideas#194' },
      {
        line: "ERROR 1418 (HY000) at line 140 in file: '/home/doy/perl5/perlbrew/perls/perl-5.18/lib/site_perl/5.18.2/App/Sqitch/Engine/mysql.sql': This function has none of DETERMINISTIC, NO SQL, or READS SQL DATA",
        source: 'sqitchers/sqitch#158',
      },
      { line: 'SQLSTATE[HY000] [2054] The server requested authentication method unknown to the client', source: 'docker-library/php#628' },
      {
        line: 'ERROR: Query failed. 1694 (HY000): Cannot modify @@session.sql_log_bin inside a transaction',
        source: 'mysql/mysql-utilities#36',
      },
      {
        line: 'Feb 06 11:05:23 replication-manager01 replication-manager-osc[2604]: time="2025-02-06T11:05:23+08:00" level=debug msg="Could not get master status 192.168.72.32:3306 Error 1064: You have an error in your SQL syntax',
        source: 'signal18/replication-manager#1037',
      },
    ],
    miss: [
      // margince/margince#5019, bitnami/bitnami-docker-mariadb#92: the server's disk or storage, not its release.
      'segment "/PostgreSQL.2791547698" to 33554432 bytes: No space left on device (SQLSTATE 53100)',
      "Error executing 'postInstallation': ERROR 1010 (HY000) at line 1: Error dropping database (can't rmdir './test', errno: 39 \"Directory not empty\")",
      'psql (PostgreSQL) 16.4 (Debian 16.4-1.pgdg120+1)',
      "ls: cannot access '/data': No such file or directory",
    ],
  },
  'glibc-locale-data-mismatch': {
    match: [
      {
        line: "flex-2.5.39: loadlocale.c:130: _nl_intern_locale_data: Assertion `cnt < (sizeof (_nl_value_type_LC_TIME) / sizeof (_nl_value_type_LC_TIME[0]))' failed.",
        source: 'commaai/eon-neos-builder#57',
      },
      {
        line: "awk: loadlocale.c:130: _nl_intern_locale_data: Assertion `cnt < (sizeof (_nl_value_type_LC_COLLATE) / sizeof (_nl_value_type_LC_COLLATE[0]))' failed.",
        source: 'NixOS/nixpkgs#9371',
      },
    ],
    miss: ['perl: warning: Setting locale failed.', 'locale: Cannot set LC_ALL to default locale: No such file or directory'],
  },
  'testcontainers-ryuk-failed': {
    match: [
      { line: 'java.lang.IllegalStateException: Ryuk failed to start', source: 'testcontainers/testcontainers-java#5034' },
      {
        line: '14:22:41.936 [testcontainers-ryuk] WARN  org.testcontainers.utility.ResourceReaper - Can not connect to Ryuk at localhost:32797',
        source: 'testcontainers/testcontainers-java#572',
      },
      {
        line: '[testcontainers-ryuk] WARN org.testcontainers.utility.ResourceReaper - Can not connect to Ryuk at localhost:32770',
        source: 'testcontainers/testcontainers-java#712',
      },
      {
        line: 'SELinux is preventing /bin/ryuk from write access on the sock_file docker.sock.',
        source: 'testcontainers/testcontainers-dotnet#1312',
      },
    ],
    miss: [
      '2020/11/30 15:32:13 Starting container id: ad16c95e05fd image: quay.io/testcontainers/ryuk:0.2.3',
      'Ryuk started - will monitor and terminate Testcontainers containers on JVM exit',
    ],
  },
  'make-jobs-invalid': {
    match: [
      { line: "make: the `-j' option requires a positive integral argument", source: 'nodejs/node-gyp#511' },
      { line: "make: the '-j' option requires a positive integer argument", source: 'OpenMathLib/OpenBLAS#3636' },
    ],
    miss: [
      'make -j10',
      "make: *** No rule to make target 'all'.  Stop.",
      '  -j [N], --jobs[=N]          Allow N jobs at once; infinite jobs with no arg.',
    ],
  },
  'powershell-execution-policy': {
    match: [
      {
        line: '. : File C:\\A\\_work\\_temp\\2c34f56d-b245-4ebb-83ae-d90bba1eeece.ps1 cannot be loaded because running scripts is disabled on this system.',
        source: 'taiki-e/install-action#1653',
      },
      {
        line: '.\\build.ps1 : File C:\\Users\\Dean\\Projects\\osu\\build.ps1 cannot be loaded because running scripts is disabled on this',
        source: 'ppy/osu#3135',
      },
      {
        line: 'pnpm : File C:\\Users\\baran\\AppData\\Roaming\\npm\\pnpm.ps1 cannot be loaded because running scripts is disabled on this sy',
        source: 'Vendicated/Vencord#30',
      },
    ],
    miss: ['Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser', 'PS C:\\> Get-ExecutionPolicy', 'Restricted'],
  },
  'redis-unknown-command': {
    match: [
      {
        line: "#          got: '[HSTRLEN redis2:test:Hashes bar] ERR unknown command 'HSTRLEN' at /home/webuser/.cpanm/work/1512067307.16816/Mojo-Redis2-0.29/blib/lib/Mojo/Redis2.pm line 222.",
        source: 'jhthorsen/mojo-redis2#30',
      },
      { line: "#    got : 'ERR unknown command `OOPS`, with args beginning with: '", source: 'PerlRedis/perl-redis#135' },
    ],
    miss: ['ERR wrong number of arguments for command', 'bash: redis-cli: command not found', 'unknown command "buildx" for "docker"'],
  },
  'user-not-in-passwd': {
    match: [
      { line: 'fatal: unable to look up current user in the passwd file: no such user', source: 'openshift/jenkins#130' },
      { line: "KeyError: 'getpwuid(): uid not found: 1000'", source: 'tdda/tdda#18' },
      {
        line: '[2024-06-04T13:25:11.701Z] ➤ YN0000: │ nx@npm:19.1.2 [06e84] STDERR SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory)',
        source: 'nrwl/nx#26351',
      },
      {
        line: 'SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory)',
        source: 'aws/aws-cdk#19401',
      },
      { line: '    fs_test.go:181: Failed to get name of current user: user: unknown userid 1026330000', source: 'helm/helm#7147' },
      { line: 'whoami: cannot find name for user ID 1000040000', source: 'openshift/origin#11046' },
      {
        line: '2021-11-26 13:54:58.088  INFO [user ] 171 --- [initdb:pid(313)] i.z.t.d.p.embedded.EmbeddedPostgres      : initdb: could not look up effective user ID 65534: user does not exist',
        source: 'zonkyio/embedded-postgres#81',
      },
    ],
    miss: ['useradd: user builder exists', 'id: builder: no such user', "chown: invalid user: 'app:app'"],
  },
  'node-loader-behaviour': {
    match: [
      {
        line: 'TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts" for /home/ray/MC-Modpack-Downloader/src/app.ts',
        source: 'newo-2001/MC-Modpack-Downloader#4',
      },
      {
        line: ' WARN  GET https://npm.example.net/pnpm error (ERR_INVALID_THIS). Will retry in 10 seconds. 2 retries left.',
        source: 'pnpm/pnpm#6499',
      },
      {
        line: 'Error [ERR_LOADER_CHAIN_INCOMPLETE]: "file:///Users/noah/dev/repo/.pnp.loader.mjs \'resolve\'" did not call the next hook in its chain and did not explicitly signal a short circuit.',
        source: 'yarnpkg/berry#4768',
      },
    ],
    miss: ['npm ERR! code ERESOLVE', "Error: Cannot find module 'typescript'", "  code: 'ERR_MODULE_NOT_FOUND'"],
  },
  'postgres-public-schema-create-revoked': {
    match: [
      {
        line: 'django.db.utils.ProgrammingError: permission denied for schema public',
        source: 'izimobil/django-rest-framework-datatables#158',
      },
      { line: '  PostgreSQLSeverity.error 42501: permission denied for schema public ', source: 'isoos/postgresql-dart#99' },
      { line: 'Message    : ERROR: permission denied for schema public', source: 'quarkusio/quarkus#42078' },
      {
        line: 'users_db_1   | 2023-01-26 17:47:59.294 UTC [76] ERROR:  permission denied for schema public at character 28',
        source: 'db-migrate/pg#71',
      },
    ],
    miss: ['turnstile_1  | [ERROR] unhandledRejection'],
  },
  'cxx-diagnostic': {
    match: [
      {
        line: "[  109s] trace-hooks.c:135:5: error: call to undeclared function 'warning'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
        source: 'rostedt/trace-cmd#22',
      },
      { line: 'error: ‘uint8_t’ was not declared in this scope', source: 'mlc-ai/xgrammar#18' },
      { line: "include/stp/AST/ASTNode.h:77:3: error: 'uint8_t' does not name a type", source: 'stp/stp#462' },
      {
        line: "src/libserial/SerialPortConstants.h:94:37: error: 'uint8_t' was not declared in this scope",
        source: 'crayzeewulf/libserial#186',
      },
      { line: 'cc1plus: all warnings being treated as errors', source: 'google/googletest#3514' },
      {
        line: "/Volumes/nobackup-cs/quodlibet/dev-utils/osx_bundle/_home/jhbuild_checkoutroot/pkg-config-0.29.2/glib/glib/gatomic.c:392:10: error: incompatible integer to pointer conversion passing 'gssize' (aka 'long') to parameter of type 'gpointer' (aka 'void *') [-Wint-conversion]",
        source: 'quodlibet/quodlibet#4504',
      },
      // C23 under GCC 15: "()" declares no parameters; bool, true and false are keywords.
      { line: "Token.xs:31:7: error: too many arguments to function 'isaac'; expected 0, have 1", source: 'NixOS/nixpkgs#516242' },
      { line: "psqlodbc.h:300:23: error: 'bool' cannot be defined via 'typedef'", source: 'postgresql-interfaces/psqlodbc#110' },
      { line: 'wildtest.c:35:14: error: ‘bool’ cannot be defined via ‘typedef’', source: 'RsyncProject/rsync#716' },
      { line: "../common/bit_slice.h:64:5: error: cannot use keyword 'false' as enumeration constant", source: 'Mellanox/mstflint#1137' },
      { line: 'cc1plus: some warnings being treated as errors', source: 'chokkan/simstring#22' },
      {
        line: "      |                                 ^ no template named 'unary_function' in namespace 'std'; did you mean '__unary_function'?",
        source: 'xmtp/xmtp-react-native#171',
      },
      {
        line: "npm error /Applications/Xcode.app/Contents/Developer/Platforms/MacOSX.platform/Developer/SDKs/MacOSX.sdk/usr/include/c++/v1/string:2862:5: error: implicit instantiation of undefined template 'std::char_traits<unsigned char>'",
        source: 'ranisalt/node-argon2#448',
      },
      {
        line: "/Users/osp/Developer/sol/macos/Pods/fmt/include/fmt/format-inl.h:59:24 Call to consteval function 'fmt::basic_format_string<char, fmt::basic_string_view<char> &, const char (&)[3]>::basic_format_string<FMT_COMPILE_STRING, 0>' is not a constant expression",
        source: 'microsoft/react-native-macos#2994',
      },
    ],
    miss: [
      // turanszkij/WickedEngine#1062: a library's own version guard names the library (SDL 2.0.20 on Ubuntu 22.04).
      '/home/yos/work/upstream/WickedEngine/WickedEngine/Utility/FAudio/src/FAudio_platform_sdl2.c:34:2: error: #error "SDL version older than 2.24.0"',
      '-- The CXX compiler identification is GNU 13.2.0',
      "warning: unused variable 'x' [-Wunused-variable]",
      'npm ERR! code ELIFECYCLE',
      // landley/toybox#362: two system headers clash (system-headers-clash), whatever the compiler.
      "/usr/include/linux/mount.h:129:8: error: redefinition of 'struct mount_attr'",
    ],
  },
  'linker-error': {
    match: [
      {
        line: "/usr/bin/ld: cr.o:(.bss+0x0): multiple definition of `DataType'; bbox.o:(.bss+0x0): first defined here",
        source: 'darchr/parsec-benchmark#2',
      },
      {
        line: "/usr/bin/ld.bfd.real: hello.o: relocation R_X86_64_32S against `stg_bh_upd_frame_info' can not be used when making a shared object; recompile with -fPIC",
        source: 'haskell-CI/haskell-ci#45',
      },
    ],
    miss: [
      'Linking CXX executable app',
      'ld: warning: directory not found for option',
      "main.cpp:14: undefined reference to `loop'",
      'collect2: error: ld returned 1 exit status',
    ],
  },
  'linker-unresolved-symbol': {
    match: [
      {
        line: "/src/checkpoints.cpp:85: undefined reference to `SoftCheckpoints::CheckBlock(int, uint256 const&)'",
        source: 'miguelfreitas/twister-core#132',
      },
      { line: "main.cpp:14: undefined reference to `loop'", source: 'duino-coin/duino-coin#1107' },
    ],
    miss: ['Linking CXX executable app', 'undefined is not a function', 'collect2: error: ld returned 1 exit status'],
  },
  'linker-failed': {
    match: [
      { line: 'collect2: error: ld returned 1 exit status', source: 'DoUML/douml#124' },
      { line: '#12 91.25 collect2: error: ld returned 1 exit status', source: '84codes/crystal-packages#21' },
    ],
    miss: ["main.cpp:14: undefined reference to `loop'", 'ld: warning: directory not found for option'],
  },
  'libstdcxx-version-not-found': {
    match: [
      {
        line: "apt: /usr/local/lib64/libstdc++.so.6: version `GLIBCXX_3.4.29' not found (required by /lib/x86_64-linux-gnu/libapt-private.so.0.0)",
        source: 'docker-library/gcc#95',
      },
      {
        line: "/bin/bash: /lib64/libstdc++.so.6: version `CXXABI_1.3.9' not found (required by /home/a/dmtcp/lib/dmtcp/libdmtcp.so)",
        source: 'dmtcp/dmtcp#790',
      },
      {
        line: "./apoolminer: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by ./apoolminer)",
        source: 'apool-io/apoolminer#29',
      },
    ],
    miss: [
      "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./chat)",
      'libstdc++.so.6 (GLIBCXX_3.4.11) => /lib64/libstdc++.so.6',
    ],
  },
  'java-class-version': {
    match: [
      { line: "Could not determine java version from '12.0.1'.", source: 'R3-Archive/cordapp-example#165' },
      { line: "java.lang.IllegalArgumentException: Could not determine java version from '10.0.1'.", source: 'gradle/gradle#5764' },
      { line: 'class file has wrong version 61.0, should be 55.0', source: 'akshaaatt/Google-IAP#118' },
      { line: 'class file has wrong version 55.0, should be 52.0', source: 'aserg-ufmg/RefDiff#28' },
      {
        line: 'startup failed: General error during semantic analysis: Unsupported class file major version 61',
        source: 'docToolchain/docToolchain#652',
      },
    ],
    miss: ['> Task :compileJava', 'openjdk version "17.0.2" 2022-01-18', 'Downloading https://repo.maven.apache.org/maven2/x.jar'],
  },
  'node-abi-mismatch': {
    match: [
      {
        line: "npm error ../../nan/nan.h:2548:19: error: no matching function for call to 'v8::ObjectTemplate::SetAccessor(v8::Local&, void (*&)(v8::Local, const v8::PropertyCallbackInfo&))'",
        source: 'NuSkooler/enigma-bbs#537',
      },
      { line: "SyntaxError: Unexpected token '?'", source: 'nodejs/node#33007' },
      { line: "SyntaxError: Unexpected token '?'", source: 'authzed/authzed-node#32' },
      { line: "Error: Cannot find module 'node:fs'", source: 'jhuckaby/performa#26' },
      { line: "crash with `Error: Cannot find module 'node:fs'`", source: 'unplugin/unplugin-swc#3' },
      { line: "Error: Cannot find module 'fs/promises'", source: 'Pytal/deploy-env#15' },
      {
        line: 'Error: Node Sass does not yet support your current environment: OS X 64-bit with Unsupported runtime (72)',
        source: 'sass/node-sass#2928',
      },
      {
        line: 'error office-hours@1.0.0: The engine "node" is incompatible with this module. Expected version "10.16.3". Got "10.17.0"',
        source: 'cornell-dti/office-hours#161',
      },
    ],
    miss: [
      'node v18.2.0',
      'npm WARN deprecated left-pad@1.0.0',
      'added 1200 packages in 30s',
      "Error: Cannot find module 'express'",
      "SyntaxError: Unexpected token '<'",
    ],
  },
  'python-version-mismatch': {
    match: [
      { line: "ModuleNotFoundError: No module named 'numpy.distutils'", source: 'numpy/numpy#24444' },
      { line: 'SyntaxError: invalid syntax', source: 'emscripten-core/emscripten#12900' },
      { line: '    SyntaxError: invalid syntax', source: 'espressif/esp-idf#7086' },
      {
        line: "ERROR: gcloud failed to load: module 'collections' has no attribute 'Mapping'",
        source: 'google-github-actions/setup-gcloud#381',
      },
      // Salt's log prefix leaves out the colon after the exception's name.
      { line: "[ERROR  ] : AttributeError module 'collections' has no attribute 'Mapping'", source: 'aws-ia/taskcat#731' },
      { line: "E       ModuleNotFoundError: No module named 'distutils'", source: 'wolph/portalocker#86' },
      { line: "npm ERR! ModuleNotFoundError: No module named 'distutils'", source: 'WiseLibs/better-sqlite3#1093' },
      { line: "No module named 'xdrlib'", source: 'micmog/CIPHER#14' },
      {
        line: "Could not import extension sphinx.builders.epub3 (exception: No module named 'imghdr')",
        source: 'nightscout/nightscout.github.io#229',
      },
      { line: "ModuleNotFoundError: No module named 'pipes'", source: 'Entware/Entware#1123' },
      { line: "TypeError: 'type' object is not subscriptable", source: 'DeviantEng/lidarr-cache-warmer#30' },
      { line: "TypeError: 'type' object is not subscriptable", source: 'DES-Lab/AALpy#61' },
      { line: "   ValueError: invalid mode: 'rU' while trying to load binding.gyp", source: 'l3mpire/lemverse#236' },
      { line: 'Build dependency: Please install the Python3 distutils module', source: 'openwrt/openwrt#13528' },
    ],
    miss: [
      "ModuleNotFoundError: No module named 'requests'",
      'Python 3.12.1',
      'Collecting distutils-extra',
      "ImportError: No module named 'uuid_utils'",
    ],
  },
  'python-packaging-tools': {
    match: [
      { line: 'E   DeprecationWarning: pkg_resources is deprecated as an API', source: 'colcon/colcon-cmake#127' },
      {
        line: '          <string>:60: DeprecationWarning: pkg_resources is deprecated as an API. See https://setuptools.pypa.io/en/latest/pkg_resources.html',
        source: 'elastic/apm-agent-python#2090',
      },
      { line: "error: invalid command 'test'", source: 'eylles/pywal16#81' },
      { line: 'error in kmax setup command: use_2to3 is invalid.', source: 'paulgazz/kmax#129' },
      { line: 'error in erl_terms setup command: use_2to3 is invalid.', source: 'machinezone/python_etf#9' },
    ],
    miss: [
      "     command: /srv/paws/bin/python3 -c 'import io, os, sys, setuptools, tokenize; code = f.read(); from setuptools import setup; setup()' egg_info",
      'Successfully installed setuptools-69.0.2',
      "error: invalid command 'bdist_wheel'",
    ],
  },
  'wheel-missing': {
    match: [
      { line: "error: invalid command 'bdist_wheel'", source: 'traveller59/spconv#219' },
      { line: 'Failed building wheel for packbits', source: 'pklaus/brother_ql#5' },
      { line: 'Failed building wheel for pyyaml', source: 'unioslo/tsd-api-client#44' },
    ],
    miss: ['Building wheel for pyyaml (setup.py) ... done', 'Successfully built wheel'],
  },
  'package-resolver-conflict': {
    match: [
      { line: 'npm ERR! code ERESOLVE', source: 'npm/cli#4998' },
      {
        line: 'Your requirements could not be resolved to an installable set of packages.',
        source: 'abdelhamiderrahmouni/filament-monaco-editor#25',
      },
    ],
    miss: [
      'npm ERR! code ELIFECYCLE',
      'Resolving dependencies...',
      'added 1 package, and audited 2 packages',
      // docmost/docmost#1822: a script that failed under pnpm, not pnpm's resolver.
      'docmost_1  |  ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  server@0.24.0 start:prod: cross-env NODE_ENV=production node dist/main',
      // ether/etherpad#7342: an errno pnpm passes on, from the file system under the store.
      "30.21  ERR_PNPM_EAGAIN  EAGAIN: resource temporarily unavailable, copyfile '/root/.local/share/pnpm/store/v10/files/6b/8aae75aeaa21' -> '/opt/etherpad-lite/node_modules/.pnpm/x'",
    ],
  },
  'go-version-requirement': {
    match: [
      { line: 'go: errors parsing go.mod:', source: 'go-gost/gost#537' },
      { line: 'go: errors parsing go.mod:', source: 'lilendian0x00/xray-knife#8' },
      // The standard library's newer API on an older Go.
      {
        line: '../../../../go/pkg/mod/github.com/prometheus/procfs@v0.8.0/internal/util/parse.go:69:15: undefined: os.ReadFile',
        source: 'prometheus/procfs#465',
      },
      {
        line: '/root/go/pkg/mod/github.com/twmb/franz-go@v1.6.0/pkg/kgo/record_formatter.go:1588:13: undefined: io.ReadAll',
        source: 'twmb/franz-go#176',
      },
      {
        line: '../../hashicorp/terraform/helper/plugin/grpc_provisioner.go:173:6: b.Cap undefined (type strings.Builder has no field or method Cap)',
        source: 'cvbarros/terraform-provider-teamcity#64',
      },
    ],
    miss: [
      'go: downloading github.com/spf13/cobra v1.8.0',
      // A package of the project's own, not the standard library.
      './main.go:12:2: undefined: config.Load',
      'x.go:3:4: undefined: os.readFile',
      'go build ./...',
      'let us go to the next step',
      // kubernetes-sigs/kubebuilder#5886: a file the build context left out, not a standard package this Go lacks.
      'package cmd/main.go is not in std (/usr/local/go/src/cmd/main.go)',
    ],
  },
  'rust-version-requirement': {
    match: [
      { line: '  feature `edition2021` is required', source: 'PresidentialParadise/Sunny-Flowers#46' },
      {
        line: 'error: package `clap_lex v0.5.1` cannot be built because it requires rustc 1.70.0 or newer, while the currently active rustc version is 1.69.0',
        source: 'NH-RED-TEAM/RustHound#20',
      },
    ],
    miss: [
      '   Compiling serde v1.0.190',
      '    Finished release [optimized] target(s) in 1m 02s',
      'Currently the bindgen format is unstable enough that these two schema versions',
    ],
  },
  'default-pie': {
    match: [
      {
        line: "/usr/bin/ld: foo.o: relocation R_X86_64_PC32 against symbol `printf@@GLIBC_2.2.5' can not be used when making a shared object; recompile with -fPIC",
        source: 'AbsInt/CompCert#189',
      },
      {
        line: "/usr/bin/ld: src/xmpp_wf/result/xmpp_iq_p2p_ping.o: relocation R_X86_64_32 against `.rodata.str1.1' can not be used when making a PIE object; recompile with -fPIC",
        source: 'Levak/warfacebot#354',
      },
    ],
    miss: ['gcc -fPIC -c foo.c -o foo.o', '/usr/bin/ld: final link failed: Bad value'],
  },
  'page-size': {
    match: [
      {
        line: "load_image_section: section code 64: couldn't map 0x1860 bytes at 0x12000 (image offset 0x0): Invalid argument",
        source: 'Clozure/ccl#625',
      },
      { line: '<jemalloc>: Unsupported system page size', source: 'deckhouse/prompp#87' },
      { line: 'windmill_worker-1  | <jemalloc>: Unsupported system page size', source: 'windmill-labs/windmill#4422' },
    ],
    miss: ['memory allocation of 56 bytes failed', 'getconf PAGE_SIZE'],
  },
  'vsyscall-disabled': {
    match: [
      {
        line: 'sh[27758] vsyscall attempted with vsyscall=none ip:ffffffffff600400 cs:33 sp:7ffe1807f8a8 ax:ffffffffff600400 si:7ffe1807ff88 di:0',
        source: 'CentOS/sig-cloud-instance-images#62',
      },
      {
        line: '[2342955.353219] sh[20091] vsyscall attempted with vsyscall=none ip:ffffffffff600400 cs:33 sp:7ffd6f35a6f8 ax:ffffffffff600400 si:7ffd6f35af70 di:0',
        source: 'darren/golang-on-centos5#5',
      },
    ],
    miss: ['[    0.000000] vDSO mapped at 0x7ffd', 'Segmentation fault'],
  },
  'privileged-port-refused': {
    match: [
      { line: 'nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)', source: 'apache/devlake#2290' },
      {
        line: '[ALERT]    (1) : Starting frontend frontend-web80: cannot bind socket (Permission denied) [0.0.0.0:80]',
        source: 'docker-library/haproxy#160',
      },
      {
        line: "Error response from daemon: rootlessport cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf",
        source: 'onyx-dot-app/onyx#5560',
      },
    ],
    miss: [
      'nginx: [emerg] bind() to 0.0.0.0:8080 failed (13: Permission denied)',
      'error An unexpected error occurred: "https://registry.yarn.example.net/bootstrap: connect EACCES 104.16.60.173:443".',
    ],
  },
  'uid-not-mapped': {
    match: [
      { line: 'tar: .../debian_sid_i386_sysroot...: Cannot change ownership to uid 376730,', source: 'Euro-Office/DesktopEditors#52' },
      {
        line: " ERROR  EINVAL: invalid argument, lchown '/root/.pnpm-store/2/npm.example.net/jmespath/0.15.0/_tmp_35_1a8d9a6bf11d96c5da3cff95936e185e'",
        source: 'pnpm/pnpm#1699',
      },
      {
        line: 'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /usr/local/bin/docker-credential-gcr: invalid argument',
        source: 'moby/moby#43576',
      },
      {
        line: 'failed to register layer: Error processing tar file(exit status 1): lchown /usr/src/git-2.21.0/configure: invalid argument',
        source: 'moby/moby#42122',
      },
      {
        line: 'docker: failed to register layer: failed to Lchown "/root/.wine/drive_c/msys64/autorebase.bat" for UID 197108, GID 197121 (try increasing the number of subordinate IDs in /etc/subuid and /etc/subgid): lchown /root/.wine/drive_c/msys64/autorebase.bat: invalid argument.',
        source: 'msys2/msys2-docker#11',
      },
      { line: '107.0 tar: six.BUILD: Cannot change ownership to uid 231664, gid 89939: Invalid argument', source: 'NVIDIA/DCGM#85' },
      {
        line: 'tar: git-2.22.0/configure: Cannot change ownership to uid 110493, gid 5000: Invalid argument',
        source: 'dockcross/dockcross#395',
      },
    ],
    miss: ['chown: changing ownership of /data: Operation not permitted', 'lchown /home: operation not permitted later fixed'],
  },
  'module-search-path': {
    match: [
      { line: "Cannot find module '@tailwindcss/postcss'", source: 'Dpro-at/Tel-Agent#195' },
      { line: 'ERROR: LoadError: ArgumentError: Package Pkg not found in current path:', source: 'JunoLab/atom-julia-client#534' },
      { line: 'Error in library(MASS) : there is no package called ‘MASS’', source: 'rocker-org/rocker#67' },
      {
        line: "Can't locate inc/Module/Install.pm in @INC (you may need to install the inc::Module::Install module) (@INC contains: /usr/local/lib64/perl5 /usr/share/perl5) at Makefile.PL line 1.",
        source: 'plack/psgi-specs#40',
      },
    ],
    miss: ['Installing package into ‘/usr/local/lib/R/site-library’', 'Resolving package versions...', 'Found module in current path'],
  },
  'go-x509-common-name': {
    match: [
      {
        line: '   x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0',
        source: 'syncthing/syncthing#6867',
      },
      {
        line: '`x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0`',
        source: 'rancher/rke2#775',
      },
    ],
    miss: ['x509: certificate signed by unknown authority', 'Subject Alternative Name: DNS:example.net'],
  },
  'new-lint-denied': {
    match: [
      { line: '   = note: `-D dead-code` implied by `-D warnings`', source: 'pr2502/ra-multiplex#72' },
      { line: '    = note: `-D dead-code` implied by `-D warnings`', source: 'bevyengine/bevy#12620' },
      { line: '20 | #![deny(warnings)]', source: '7sDream/fontfor#70' },
    ],
    miss: ['   = note: `#[warn(dead_code)]` on by default', 'warning: `zoo` (bin "zoo") generated 2 warnings'],
  },
  'ssh-auth-failed': {
    match: [
      { line: 'Load key "/mnt/c/Users/kovshenin/test/.sail/ssh.key": bad permissions', source: 'kovshenin/sail#41' },
      { line: 'git@github.com: Permission denied (publickey).', source: 'DeterminateSystems/ci#8' },
      { line: 'err: Permission denied (publickey).', source: 'appleboy/ssh-action#262' },
      {
        line: '       com.jcraft.jsch.agentproxy.AgentProxyException: connector is not available: ',
        source: 'heroku/heroku-buildpack-clojure#65',
      },
      { line: 'Permission denied (publickey,gssapi-keyex,gssapi-with-mic)', source: 'fifsky/ssh-action#23' },
      // Go's SSH client against an OpenSSH 8.8+ server that refuses ssh-rsa signatures.
      {
        line: '2022/04/30 14:09:58 ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain',
        source: 'appleboy/ssh-action#157',
      },
      {
        line: 'Error-Clue: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain',
        source: 'opencurve/curveadm#134',
      },
      // Cargo's libgit2 asks only the agent.
      {
        line: '  failed to authenticate when downloading repository: git@github.com:rust-lang/crates.io-index',
        source: 'rust-lang/cargo#11515',
      },
    ],
    miss: ['fatal: Could not read from remote repository.', "mkdir: cannot create directory '/x': Permission denied"],
  },
  'download-failed': {
    match: [
      {
        line: 'Could not install Hex because Mix could not download metadata at https://repo.hex.pm/installs/hex-1.x.csv.',
        source: 'elixir-lang/elixir#10794',
      },
      {
        line: 'Could not install Rebar because Mix could not download metadata at https://repo.hex.pm/installs/rebar3-1.x.csv.',
        source: 'hexpm/hex#998',
      },
    ],
    miss: ['Downloading https://repo.hex.pm/installs/hex-1.x.csv', 'download complete'],
  },
  'corepack-signature': {
    match: [
      {
        line: 'Internal Error: Cannot find matching keyid: {"signatures":[{"sig":"MEQCIHGqHbvc2zImUPEPFpT4grh6rMYslel","keyid":"SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U"}]}',
        source: 'nodejs/corepack#631',
      },
      {
        line: 'Error: Cannot find matching keyid: {"signatures":[{"sig":"MEYCIQDbcyRXEEpUvMj22WsicmOsvx","keyid":"SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U"}]}',
        source: 'Koenkk/zigbee2mqtt#26573',
      },
    ],
    miss: [
      '! Corepack is about to download https://registry.example.net/pnpm/-/pnpm-10.4.1.tgz',
      'Preparing pnpm@9.15.5 for immediate activation...',
    ],
  },
  'glibc-removed-api': {
    match: [
      { line: '/usr/include/stdlib.h(133): error: identifier "_Float128" is undefined', source: 'open-mpi/ompi#4280' },
      {
        line: "error: declaration of 'void sincospi(double, double*, double*)' has a different exception specifier",
        source: '1CatAI/1Cat-vLLM#215',
      },
      { line: '  specification is incompatible with that of previous function "cospi"', source: 'NVIDIA/cuda-samples#378' },
      {
        line: 'freadahead.c:92:3: error: #error "Please port gnulib freadahead.c to your platform! Look at the definition of fflush, fread, ungetc on your system, then report this to bug-gnulib."',
        source: 'GlobalArrays/ga#128',
      },
      {
        line: '> ../../../../m4/lib/fseeko.c:110:4: error: #error "Please port gnulib fseeko.c to your platform! Look at the code in fseeko.c, then report this to bug-gnulib."',
        source: 'frida/frida#1109',
      },
      { line: "error: undefined reference to '__xmknod'", source: 'agda/agda#6384' },
      {
        line: "external/grpc/src/core/lib/gpr/log_linux.cc:43:13: error: ambiguating new declaration of 'long int gettid()'",
        source: 'clearlinux/distribution#1151',
      },
      {
        line: '/home/benni/BA/avatar2/targets/src/avatar-qemu/util/memfd.c:40:12: error: static declaration of ‘memfd_create’ follows non-static declaration',
        source: 'avatartwo/avatar2#14',
      },
      {
        line: 'libfakeroot.c:99:40: error: ‘_STAT_VER’ undeclared (first use in this function)',
        source: 'cirosantilli/linux-kernel-module-cheat#155',
      },
      {
        line: 'ipath_proto.c:539:32: error: implicit declaration of function ‘minor’; did you mean ‘mincore’? [-Werror=implicit-function-declaration]',
        source: 'intel/psm#25',
      },
      { line: "bnx2.c:(.text+0xdb0): undefined reference to `minor'", source: 'open-iscsi/open-iscsi#61' },
      {
        line: '/storage/linux/abs/intel-media-sdk-git/src/MediaSDK/samples/metrics_monitor/test/igt_load.cpp:30:10: fatal error: libio.h: No such file or directory',
        source: 'Intel-Media-SDK/MediaSDK#484',
      },
      {
        line: 'include/util.h:10:6: error: conflicting types for ‘strlcpy’; have ‘void(char *, const char *, int)’',
        source: 'ablakely/macfand#8',
      },
      { line: "status.c:(.text+0x224): undefined reference to `strlcpy'", source: 'eradman/entr#154' },
      {
        line: '/home/jan/devel/bcd/src/bcd.c:352:1: error: static declaration of ‘strlcpy’ follows non-static declaration',
        source: 'backtrace-labs/bcd#22',
      },
      {
        line: "signals.c:(.text.apr_signal_description_get+0xe): undefined reference to `sys_siglist'",
        source: 'apache/incubator-pagespeed-ngx#1735',
      },
      { line: "/usr/bin/ld: libgmt.so.6.1.0: undefined reference to `sys_siglist'", source: 'GenericMappingTools/gmt#4019' },
      {
        line: "/home/user/Downloads/gvmd-gvmd-20.08/src/gvmd.c:1337:20: error: 'sys_siglist' undeclared (first use in this function)",
        source: 'greenbone/gvmd#1279',
      },
      {
        line: "SignalMonitorSvc.cpp:205:12: error: 'sys_siglist' was not declared in this scope",
        source: 'key4hep/key4hep-spack#191',
      },
    ],
    miss: [
      'error: implicit declaration of function ‘strlcpy’',
      'major version 2, minor version 28',
      'const char *name = sys_siglist[sig];',
      // A project's own function that glibc never declared (gperf 3.1's lookup prototype changed instead).
      'zconf.hash.c:163:1: error: conflicting types for ‘kconf_id_lookup’',
    ],
  },
  'fortran-argument-mismatch': {
    match: [
      {
        line: 'Error: BOZ literal constant at (1) is neither a data-stmt-constant nor an actual argument to INT, REAL, DBLE, or CMPLX intrinsic function [see ‘-fno-allow-invalid-boz’]',
        source: 'ICTP/RegCM#15',
      },
      {
        line: 'Error: Rank mismatch between actual argument at (1) and actual argument at (2) (scalar and rank-1)',
        source: 'QEF/q-e#34',
      },
      {
        line: 'Error: Rank mismatch between actual argument at (1) and actual argument at (2) (rank-1 and scalar)',
        source: 'ESCOMP/CDEPS#38',
      },
    ],
    miss: ['Error: Unclassifiable statement at (1)', 'mpif90 -c foo.f90'],
  },
  'exec-plugin-api-version': {
    match: [
      { line: 'error: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"', source: 'aws/aws-cli#6921' },
      {
        line: 'error: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1beta1"',
        source: 'digitalocean/kubernetes-sample-apps#3',
      },
      {
        line: 'Error: Kubernetes cluster unreachable: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"',
        source: 'helm/helm#11007',
      },
    ],
    miss: ['apiVersion: client.authentication.k8s.io/v1beta1', 'error: You must be logged in to the server (Unauthorized)'],
  },
  'solaris-socket-library-unlinked': {
    match: [
      { line: '__xnet_connect                      cloudi_os_spawn_vsn_1-os_spawn.o', source: 'CloudI/CloudI#135' },
      { line: 'setsockopt                          cloudi_os_spawn_vsn_1-os_spawn.o', source: 'CloudI/CloudI#135' },
      {
        line: 'inet_ntoa                           sessions.o  (symbol belongs to implicit dependency /usr/lib/libnsl.so.1)',
        source: 'the-tcpdump-group/tcpslice#31',
      },
    ],
    miss: ['sessions.c:412: warning: implicit declaration of function inet_ntoa', ' symbol                             in file'],
  },
  'msvc-linker-shadowed': {
    match: [
      { line: 'error: linking with `link.exe` failed: exit code: 1', source: 'actions/runner-images#14486' },
      { line: "  = note: /usr/bin/link: extra operand '...'", source: 'anthropics/claude-code#23587' },
      { line: "/usr/bin/link: extra operand '...\\build_script_build.exe'", source: 'clroot/slimg#12' },
    ],
    miss: ['error: linking with `cc` failed: exit status: 1', 'LINK : fatal error LNK1181: cannot open input file'],
  },
  'ssh-algorithm-negotiation': {
    match: [
      { line: '  Unknown key type "dsa"', source: 'KSXGitHub/github-actions-deploy-aur#39' },
      {
        line: 'userauth_pubkey: key type ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]',
        source: 'microsoft/azure-pipelines-tasks#16598',
      },
      {
        line: 'Unable to negotiate with 100.77.11.58 port 22: no matching host key type found. Their offer: ssh-rsa',
        source: 'gokrazy/breakglass#9',
      },
      {
        line: 'Unable to negotiate with [server IP] port 22: no matching host key type found. Their offer: ssh-rsa',
        source: 'gitbucket/gitbucket#3060',
      },
    ],
    miss: ['debug1: kex: algorithm: curve25519-sha256', 'Warning: Permanently added the ED25519 host key'],
  },
  'worker-pool-crash': {
    match: [
      { line: '    Call retries were exceeded', source: 'xiaoxiaojx/blog#25' },
      { line: '    Call retries were exceeded', source: 'antvis/G2#4417' },
      {
        line: 'Error: Jest worker encountered 3 child process exceptions, exceeding retry limit.',
        source: 'rkoziol/react-typescript-jest-boilerplate#57',
      },
    ],
    miss: ['Test Suites: 12 passed, 12 total', 'Ran all test suites.'],
  },
  'io-uring-unavailable': {
    match: [
      { line: '  io_uring_queue_init_params failed for all ring entry/flag combinations', source: 'the-benchmarker/web-frameworks#9467' },
      { line: 'tigerbeetle_0-1  | 2025-06-26 06:54:06.035Z error(io): io_uring is not available', source: 'docker/for-mac#7707' },
      { line: 'fio: pid=51194, err=22/file:engines/io_uring.c:781, func=io_queue_init, error=Invalid argument', source: 'axboe/fio#1324' },
      { line: 'SYSCHK(syscall(__NR_io_uring_setup, 10, &params)): Invalid argument', source: 'axboe/liburing#1194' },
    ],
    miss: ['test: (g=0): rw=randwrite, ioengine=io_uring, iodepth=1', 'io_uring-sq thread found running'],
  },
  'name-too-long': {
    match: [
      {
        line: `  path too long: 'C:/Users/chemi/.cargo/git/checkouts/canadensis-38552ae0618cb139/9f6553f/canadensis_dsdl_frontend/tests/compile_fail/long_name/canadensis/long_long/TwoHundredAndFiftySixCharacters${'Long'.repeat(51)}.1.0.uavcan'; class=Filesystem (30)`,
        source: 'samcrow/canadensis#9',
      },
      {
        line: '  Error: error: unable to create file TuviBytesShamirSecretSharingLib/TuviBytesShamirSecretSharingLib/TuviBytesShamirSecretSharingLib.csproj: Filename too long',
        source: 'Eppie-io/Eppie-CLI#260',
      },
      {
        line: 'Failed to create a file with a long name in SSTATE_DIR. Please use a filesystem that does not unreasonably limit filename length.',
        source: 'YoeDistro/yoe-distro#248',
      },
      {
        line: 'ninja: error: stat(tests/e2e/test_artifacts/iree_tests_e2e_test_artifacts_iree-module-BertForMaskedLMTF_stablehlo___x86_64-cascadelake-linux_gnu-llvm_cpu__default-flags_dt-uk_compile-stats_): File name too long',
        source: 'iree-org/iree#16711',
      },
      {
        line: "[15:23:37] ERROR: [Errno 36] File name too long: '/home/ross/.local/var/pmbootstrap/cache_http/APKINDEX.tar.gz_87157bd4da30844df6288e4cd88c419f0ec03495207a62a78f88475e61198fcb45f721e421c639a54f6800af86007c0146ef18eeec1febee223ee352a52d28d1'",
        source: 'postmarketOS/pmbootstrap#9',
      },
    ],
    miss: ['Using a long file name for the cache', 'name: too-long-to-fit'],
  },
  'symlink-checked-out-as-file': {
    match: [
      { line: '     [exec] Makefile:1: *** missing separator.  Stop.', source: 'typetools/checker-framework#1271' },
      { line: 'Makefile:1: *** missing separator.  Stop.', source: 'rabbitmq/tls-gen#15' },
    ],
    miss: ['Makefile:42: *** missing separator.  Stop.', 'make: Leaving directory'],
  },
  'inotify-instance-limit': {
    match: [
      { line: "configwatch: new watcher: couldn't initialize inotify: too many open files", source: 'kenn-io/forge#702' },
      { line: 'Failed to allocate directory watch: Too many open files', source: 'eclipse-bluechi/bluechi#820' },
      // Both with an open-file limit of a million: the cap hit is inotify's, not the descriptors'.
      { line: "Error: EMFILE: too many open files, watch '/usr/src/app/web/vite.config.ts'", source: 'serge-chat/serge#75' },
      { line: "Error: EMFILE: too many open files, watch '/myproject/public'", source: 'paulmillr/chokidar#1155' }, // Go's fsnotify and Rust's notify: one inotify instance per watcher.
      { line: 'failed to create fsnotify watcher: too many open files', source: 'kubernetes/kops#2913' },
      { line: 'Error creating recommended watcher: Too many open files (os error 24)', source: 'samuelcolvin/watchfiles#320' },
      {
        line: 'level=error ts=2019-10-14T16:21:22.143910463Z caller=filetargetmanager.go:261 msg="Failed to create target" key="{job=\\"project/redis-ha\\"}" error="filetarget.fsnotify.NewWatcher: too many open files"',
        source: 'grafana/loki#1153',
      },
    ],
    miss: [
      'Error: watch ENOSPC',
      'OSError: [Errno 28] inotify watch limit reached',
      'Too many open files',
      'w, err := fsnotify.NewWatcher()',
    ],
  },
  'unanswered-prompt': {
    match: [
      { line: '? Do you want to continue? [Y/n] ', source: 'mastodon/mastodon#31189' },
      { line: 'Are you sure you would like to continue? [y/N]', source: 'caddyserver/caddy#5440' },
      { line: 'Ignore the mismatch and continue? [y/N]: ', source: 'pgagroal/pgagroal#963' },
      { line: 'npm ERR! ? Do you want to add zsh aliases for npm and yarn? (Y/n) ', source: 'lirantal/npq#185' },
    ],
    miss: ['Is this ok [y/N]: y', 'apt-get install -y curl', 'Do you want to continue? [Y/n] Y'],
  },
  'go-vet-check-changed': {
    match: [
      {
        line: './restapi.go:299:28: non-constant format string in call to (*github.com/bwmarrin/discordgo.Session).log',
        source: 'bwmarrin/discordgo#1630',
      },
      { line: './version.go:392:20: non-constant format string in call to fmt.Fprintf', source: 'hashicorp/go-version#149' },
      {
        line: 'receiver/jaegerreceiver/trace_receiver.go:34:2: //go:build comment without // +build comment',
        source: 'open-telemetry/opentelemetry-collector-contrib#5226',
      },
    ],
    miss: ['//go:build linux && amd64', 'fmt.Printf(format, args...)'],
  },
  'tls-client-hello-unanswered': {
    match: [
      { line: '* SSLv3, TLS handshake, Client hello (1):', source: 'moby/moby#13475' },
      { line: 'TLSv1.3 (OUT), TLS handshake, Client hello (1):', source: 'dperson/openvpn-client#374' },
      { line: '* TLSv1.3 (OUT), TLS handshake, Client hello (1):', source: 'canonical/lxd#11063' },
      { line: '* TLSv1.2 (OUT), TLS handshake, Client hello (1):', source: 'microsoft/WSL#4517' },
    ],
    miss: ['* TLSv1.3 (IN), TLS handshake, Server hello (2):', '* ALPN, offering h2'],
  },
  'python312-setuptools-gone': {
    match: [
      { line: "ModuleNotFoundError: No module named 'pkg_resources'", source: 'collective/icalendar#621' },
      { line: "      ModuleNotFoundError: No module named 'pkg_resources'", source: 'pulumi/pulumi-awsx#1262' },
      { line: "E   ModuleNotFoundError: No module named 'pkg_resources'", source: 'data-prep-kit/data-prep-kit#703' },
      { line: 'ImportError: No module named pkg_resources', source: 'GoogleCloudPlatform/cloud-builders#246' },
    ],
    miss: [
      "ModuleNotFoundError: No module named 'distutils'",
      "ModuleNotFoundError: No module named 'setuptools_scm'",
      'import pkg_resources',
    ],
  },
  'personality-refused': {
    match: [
      {
        line: 'ThreadSanitizer: CHECK failed: tsan_platform_linux.cpp:282 "((personality(old_personality | ADDR_NO_RANDOMIZE))) != ((-1))" (0xffffffffffffffff, 0xffffffffffffffff) (tid=3)',
        source: 'bitcoin/bitcoin#30674',
      },
      {
        line: '        socket_test.go:363: race not detected for test 0: err:<nil> out:FATAL: ThreadSanitizer CHECK failed: ./gotsan.cpp:14108 "((personality(old_personality | ADDR_NO_RANDOMIZE))) != ((-1))" (0xffffffffffffffff, 0xffffffffffffffff)',
        source: 'golang/go#35547',
      },
      { line: "Can't set personality: Operation not permitted", source: 'SimonKagstrom/kcov#151' },
      { line: '            setarch: failed to set personality to x86_64: Operation not permitted', source: 'golang/go#70463' },
      {
        line: '[pid   439] personality(PER_LINUX|ADDR_NO_RANDOMIZE) = -1 EPERM (Operation not permitted)',
        source: 'swiftlang/swift-docker#9',
      },
    ],
    miss: ['  = note: rust-lld: error: undefined symbol: __gxx_personality_v0', 'personality(PER_LINUX) = 0'],
  },
  'perf-events-unavailable': {
    match: [
      { line: '        record_test.go:846: perf_event_open: permission denied', source: 'acln0/perf#15' },
      { line: 'Access to performance monitoring and observability operations is limited.', source: 'llvm/llvm-project#107892' },
      {
        line: '2025.05.18 06:42:15.154183 [ 1711 ] {array_fill.query1.profile4} <Warning> PerfEvents: Not enough permissions to record perf events: perf_event_paranoid = 4 and CAP_SYS_ADMIN = 0',
        source: 'ClickHouse/ClickHouse#80479',
      },
      {
        line: "[29993381748090][pid: 23291][tid: 139717931222848][ERROR]: requested sampling event 'instructions' is not available!",
        source: 'tud-zih-energy/lo2s#133',
      },
      {
        line: "[FATAL /home/roc/rr/rr/src/PerfCounters.cc:203:start_counter() errno: ENOENT] Unable to open performance counter with 'perf_event_open'; are perf events enabled? Try 'perf record'.",
        source: 'rr-debugger/rr#1753',
      },
    ],
    miss: ['Installing perf_event packages.', 'perf_event\t0\t70\t1', 'libbpf: kprobe perf_event_open() failed: No such file or directory'],
  },
  'musl-native-build-missing': {
    match: [
      {
        line: "parcel-test-parcel-1  | Error: No prebuild or local build of @parcel/watcher found. Tried @parcel/watcher-linux-x64-musl. Please ensure it is installed (don't use --no-optional when installing with npm).",
        source: 'parcel-bundler/watcher#147',
      },
      { line: "#37 59.98 Error: Cannot find module '../lightningcss.linux-x64-musl.node'", source: 'tailwindlabs/tailwindcss#17958' },
      { line: "Error: Cannot find module '../lightningcss.linux-arm-musl.node'", source: 'parcel-bundler/lightningcss#988' },
      {
        line: '0.173 Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).',
        source: 'event-driven-io/emmett-starter-postgresql#2',
      },
      { line: 'npm error donsetch: musl libc detected (Alpine?).', source: 'dondai44423/donsetch#53' },
    ],
    miss: [
      "Error: Cannot find module '../lightningcss.linux-x64-gnu.node'",
      'Downloading https://github.com/oven-sh/bun/releases/download/bun-v1.3.0/bun-linux-x64-musl-baseline.zip',
      'Installing musl-dev (1.2.4-r2)',
    ],
  },
  'glibc-sigstksz': {
    match: [
      { line: 'c-stack.c:55:26: error: missing binary operator before token "("', source: 'aodzip/buildroot-tiny200#12' },
      { line: '  uint8_t bytes[(SIGSTKSZ / 128) * 128];', source: 'lifting-bits/remill#635' },
    ],
    miss: ['c-stack.c:55:26: warning: unused variable', 'stack_t ss = { .ss_size = sigstksz };'],
  },
  'chrome-as-root': {
    match: [
      {
        line: '\t[0521/141803.215195:ERROR:zygote_host_impl_linux.cc(89)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
        source: 'angular/angular#30605',
      },
      {
        line: '[0407/093552.508440:ERROR:zygote_host_impl_linux.cc(89)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
        source: 'magesuite/magepack#6',
      },
    ],
    miss: ['Launching browser with --no-sandbox', 'No usable sandbox! Update your kernel'],
  },
  'tls-security-level': {
    match: [
      { line: '<["error:140AB18F:SSL routines:SSL_CTX_use_certificate:ee key too small"]>.', source: 'ruby/openssl#334' },
      {
        line: 'thread \'main\' panicked at \'called `Result::unwrap()` on an `Err` value: Normal(ErrorStack([Error { code: 336245135, library: "SSL routines", function: "SSL_CTX_use_certificate", reason: "ee key too small", file: "ssl/ssl_rsa.c", line: 301 }]))\'',
        source: 'kettle11/devserver#14',
      },
    ],
    miss: ['Generating a RSA private key of 2048 bits', 'SSL_CTX_use_certificate succeeded'],
  },
  'cargo-manifest-format': {
    match: [
      { line: '  lock file version 4 requires `-Znext-lockfile-bump`', source: 'regolith-labs/steel#34' },
      { line: 'error: failed to parse lock file at: /build/source/Cargo.lock', source: 'Supreeeme/xwayland-satellite#249' },
      { line: '  feature `edition2021` is required', source: 'PresidentialParadise/Sunny-Flowers#46' },
    ],
    miss: ['    Updating crates.io index', '     Locking 42 packages to latest compatible versions', 'edition = "2021"'],
  },
  'ruby-bundler-version': {
    match: [
      {
        line: "/usr/lib/ruby/2.5.0/rubygems.rb:289:in `find_spec_for_exe': can't find gem bundler (>= 0.a) with executable bundle (Gem::GemNotFoundException)",
        source: 'rubygems/bundler#6882',
      },
      {
        line: "definition.rb:451:in `validate_ruby!': Your Ruby version is 3.3.0.dev, but your Gemfile specified 3.3.0 (Bundler::RubyVersionMismatch)",
        source: 'ruby/rubygems#7277',
      },
    ],
    miss: [
      'Bundle complete! 42 Gemfile dependencies, 120 gems now installed.',
      'Fetching gem metadata from https://rubygems.org/',
      // Printed whenever the command raises while loading: says nothing about Bundler's version.
      'bundler: failed to load command: rake (/usr/bin/rake)',
    ],
  },
  'php-composer-platform': {
    match: [
      {
        line: '  - Root composer.json requires PHP extension ext-bcmath * but it is missing from your system.',
        source: 'shivammathur/setup-php#1035',
      },
      {
        line: '    - Root composer.json requires php ^7.2.5 but your php version (8.0.9) does not satisfy that requirement.',
        source: 'iAmKevinMcKee/teamsy#13',
      },
      {
        line: '    - Root composer.json requires php ^7.1.3 but your php version (8.0.3) does not satisfy that requirement.',
        source: 'cristianmarint/MotionGym#10',
      },
      {
        line: '    - This package requires php >=7.0.0 but your PHP version (5.6.31) does not satisfy that requirement.',
        source: 'composer/composer#7190',
      },
      {
        line: '    - pestphp/pest-plugin-laravel v3.2.0 requires php ^8.2.0 -> your php version (8.1.33) does not satisfy that requirement.',
        source: 'abdelhamiderrahmouni/filament-monaco-editor#25',
      },
      {
        line: '    - monolog/monolog[3.0.0, ..., 3.3.1] require php >=8.1 -> your php version (8.0.27) does not satisfy that requirement.',
        source: 'odan/slim4-skeleton#117',
      },
    ],
    miss: ['Loading composer repositories with package information', 'PHP 8.1.2 (cli)'],
  },
  'dotnet-sdk': {
    match: [
      { line: 'You must install or update .NET to run this application.', source: 'smx-smx/ASMTool#18' },
      { line: 'You must install or update .NET to run this application.', source: 'CesiumGS/cesium-unreal#1033' },
      {
        line: 'MSB4276: The default SDK resolver failed to resolve SDK "Microsoft.NET.Sdk.Web" because directory "" did not exist.',
        source: 'dotnet/core#8308',
      },
      {
        line: "LazyLoadingReadOnlyStream.cs(236,23): error CA2208: Method ValidateReadParameters passes 'offset cannot be less than 0.' as",
        source: 'Azure/azure-sdk-for-net#19206',
      },
      {
        line: 'Microsoft.NET.TargetFrameworkInference.targets(160,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 8.0.',
        source: 'Shane32/QRCoder#510',
      },
      {
        line: 'Microsoft.NET.TargetFrameworkInference.targets(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 10.0.  Either target .NET 9.0 or lower',
        source: 'microsoft/slngen#648',
      },
    ],
    miss: ['Welcome to .NET 8.0!', '  Restored /src/app.csproj (in 1.2 sec).'],
  },
  'build-tool-version': {
    match: [
      { line: 'Minimum supported Gradle version is 5.1.1. Current version is 4.6.', source: 'microsoft/appcenter#389' },
      { line: 'Minimum supported Gradle version is 7.3.3. Current version is 7.2.', source: 'openimsdk/open-im-android-demo#6' },
      { line: '  Compatibility with CMake < 3.5 has been removed from CMake.', source: 'AOMediaCodec/libavif#2724' },
    ],
    miss: [
      '> Task :app:assemble',
      '-- The C compiler identification is GNU 12.2.0',
      'cmake --build build',
      // aws/aws-lc-rs#566: CMake 3.27-3.31's deprecation warning, which passing builds print too.
      '    Compatibility with CMake < 3.5 will be removed from a future version of',
    ],
  },
  'file-watch-limit': {
    match: [
      { line: 'OSError: [Errno 28] inotify watch limit reached', source: 'kfstorm/sonarr-metadata-rewrite#57' },
      { line: 'inotify watch limit reached', source: 'stolostron/capi-tests#285' },
      { line: 'Error: watch ENOSPC', source: 'nodejs/node#1666' },
      {
        line: '2017-07-26 10:15:29,185 ERROR 11980 [pyinotify] pyinotify.py:1945 - add_watch: cannot watch /edx/app/edxapp/venvs',
        source: 'openedx-unsupported/configuration#4015',
      },
      {
        line: '2017-10-19 08:54:02,971 pyinotify ERROR] add_watch: cannot watch /var/www/html/hu.myproject/database WD=-1, Errno=No space left on device (ENOSPC)',
        source: 'splitbrain/Watcher#23',
      },
      {
        line: 'Error: watch /home/oszka/Projects/test/node_modules/babel-plugin-transform-es2015-destructuring ENOSPC',
        source: 'react/create-react-app#4787',
      },
      {
        line: "FileSystemException: Failed to watch path, path = 'xxx/untitled2' (OS Error: No space left on device, errno = 28)",
        source: 'dart-lang/build#1711',
      },
      {
        line: 'Exception: Snapshot failed: Throw { val: Failed to watch filesystem for `src/python/x/__init__.py`: Error { kind: Io(Os { code: 28, kind: Other, message: "No space left on device" }), paths: [] }',
        source: 'pantsbuild/pants#10408',
      },
      {
        line: 'net.contentobjects.jnotify.linux.JNotifyException_linux: Error watching /home/jsuereth/projects/snap/activator/props/src/main/scala : No space left on device',
        source: 'playframework/playframework#2734',
      },
    ],
    miss: [
      'dd: error writing /tmp/x: No space left on device',
      'Error watching for changes: see the log',
      'Watching for file changes with StatReloader',
      "Error: EMFILE: too many open files, watch '/app'",
    ],
  },
  'max-map-count': {
    match: [
      {
        line: 'max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]',
        source: 'elastic/elasticsearch-docker#92',
      },
      {
        line: 'max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]',
        source: 'spujadas/elk-docker#92',
      },
    ],
    miss: ['max file descriptors [4096] for elasticsearch process is too low', 'starting elasticsearch'],
  },
  'sandbox-userns': {
    match: [
      // Patterns no anchor reached until the twenty-ninth stop: each line below once went unread.
      { line: 'cannot clone: Invalid argument', source: 'cihlab/fics-cluster-guide#50' },
      { line: 'tools_awx_1 | cannot clone: Operation not permitted', source: 'ansible/awx#9785' },
      { line: '    1: Failed to write /proc/self/setgroups', source: 'olimpiadi-informatica/task-maker-rust#248' },
      { line: '      Error: error opening setgroups: open /proc/56/setgroups: permission denied', source: 'konflux-ci/konflux-ci#530' },
      { line: '├── var: sandboxing failure: Operation not permitted (os error 1)', source: 'phylum-dev/cli#1591' },
      {
        line: 'FATA[0000] failed to start the child: fork/exec /proc/self/exe: operation not permitted',
        source: 'k3s-io/k3s#12711',
      },
      {
        line: '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: permission denied',
        source: 'rootless-containers/rootlesskit#421',
      },
      { line: 'user namespaces are not enabled in /proc/sys/user/max_user_namespaces', source: 'podman-container-tools/podman#7704' },
      { line: 'Error during unshare(CLONE_NEWUSER): Operation not permitted', source: 'podman-container-tools/buildah#1068' }, // Chromium under Ubuntu 24.04's AppArmor user-namespace restriction.
      { line: '[108304:0103/193732.600593:FATAL:credentials.cc(127)] Check failed: . : Permission denied (13)', source: 'SAGE-3/next#818' },
      { line: 'bwrap: setting up uid map: Permission denied', source: 'fsquillace/junest#355' },
      { line: 'bwrap: setting up uid map: Permission denied', source: 'alejandroll10/zeropaper#287' },
      {
        line: '[121301:0603/160936.923555:FATAL:credentials.cc(127)] Check failed: . : Permission denied (13)',
        source: 'mattermost/desktop#3050',
      },
    ],
    miss: ['Launching Chrome with --no-sandbox', 'Creating namespace kube-system', 'fork/exec /usr/bin/git: no such file or directory'],
  },
  'clock-skew': {
    match: [
      {
        line: 'F200127 17:11:14.219768 189 server/server.go:268  [n3] clock synchronization error: this node is more than 500ms away from at least half of the known nodes (1 of 2 are within the offset)',
        source: 'cockroachdb/cockroach#44405',
      },
      {
        // The terminal wrapped the timestamp: the line ends inside it.
        line: 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Signature expired: 20191',
        source: 'EngineerBetter/control-tower#51',
      },
      // The same check the other way (B's clock ahead), and S3's and MinIO's words for it.
      {
        line: '  AWSException("InvalidSignatureException", "Signature not yet current: 20201002T065532Z is still later than 20201002T062118Z (20201002T061618Z + 5 min.)", Dict{String,Any}()',
        source: 'JuliaCloud/AWS.jl#206',
      },
      {
        line: '<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message>',
        source: 'boot2docker/boot2docker#469',
      },
      {
        line: 'minio.error.ResponseError: ResponseError: code: RequestTimeTooSkewed, message: The difference between the request time and the current time is too large., request_id: 70BE74CEACD1EBBE',
        source: 'minio/minio-py#285',
      },

      {
        line: 'E: Release file for http://archive.raspberrypi.org/debian/dists/buster/InRelease is not valid yet (invalid for another 10d 19h 25min 59s).',
        source: 'marcone/teslausb#677',
      },
      {
        line: 'Docker constantly gets out of sync with the time, causing the "Release file for http://debsecurity.example.net/debian-security/dists/bullseye-security/InRelease is not valid yet invalid for another 45min 21s" error',
        source: 'docker/for-win#12499',
      },
      { line: 'ERROR: The certificate of ‘dev2day.de’ is not yet activated.', source: 'uglymagoo/plexmediaserver-installer#12' },
      { line: 'The certificate has not yet been activated', source: 'Ysurac/openmptcprouter#186' },
      {
        line: '18:08:36  Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: Sat Jul 04 19:00:00 CDT 2020',
        source: 'adoptium/infrastructure#1435',
      },
      {
        line: "ninja: error: manifest 'build.ninja' still dirty after 100 tries, perhaps system time is not set",
        source: 'microsoft/vcpkg#30245',
      },
      // Ninja before 1.8 leaves out the hint.
      { line: "ninja: error: manifest 'build.ninja' still dirty after 100 tries", source: 'Genymobile/scrcpy#550' },
    ],
    miss: [
      'Hit:1 http://deb.example.net/debian bookworm InRelease',
      'The certificate is valid until 2030',
      'Account not yet activated',
      "ninja: error: 'build.ninja', needed by 'all', missing and no known rule to make it",
    ],
  },
  'stalled-transfer': {
    match: [
      { line: 'curl: (28) SSL connection timeout', source: 'canonical/lxd#11063' },
      {
        line: "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\",)': /simple/flask",
        source: 'docker/docs#9249',
      },
      {
        line: 'ERROR: failed to solve: golangci/golangci-lint:latest: failed to resolve source metadata for docker.io/golangci/golangci-lint:latest: failed to do request: Head "https://registry-1.docker.io/v2/golangci/golangci-lint/manifests/latest": net/http: TLS handshake timeout',
        source: 'docker/buildx#2750',
      },
      {
        line: 'curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to registry.terraform.io:443',
        source: 'actions/actions-runner-controller#959',
      },
      {
        line: "f3-interview: Error response from daemon: error parsing HTTP 408 response body: invalid character '<' looking for beginning of value: \"<html><body><h1>408 Request Time-out</h1>",
        source: 'form3tech-oss/platform-interview#32',
      },
      {
        line: "Error response from daemon: error parsing HTTP 408 response body: invalid character '<' looking for beginning of value: \"<html><body><h1>408 Request Time-out</h1>\\nYour browser didn't send a complete request in time.",
        source: 'microsoft/WSL#4225',
      },
    ],
    miss: ['Downloading flask-3.0.0-py3-none-any.whl (99 kB)', 'Connection established', 'timeout: 30s', 'request timeout: 408 ms budget'],
  },
  'date-rendering': {
    match: [
      {
        line: 'junit.framework.ComparisonFailure: expected:<...020-11-23 10:22:00 C[E]T> but was:<...020-11-23 10:22:00 C[S]T>',
        source: 'camunda-community-hub/email-incident-notification-plugin#9',
      },
      { line: '      "2017-02-06T23:00:00.000Z"', source: 'artsy/positron#2354' },
      {
        line: '      System.Tests.TimeZoneInfoTests.IsDaylightSavingTime_CasablancaMultiYearDaylightSavings(dateTimeString: "1940-02-25T00:00:00.0000000Z", expectedDST: True, expectedOffsetString: "1:00:00") [FAIL]',
        source: 'dotnet/runtime#31331',
      },
      { line: '         41 - timezones (Failed)', source: 'libical/libical#449' },
      { line: '     left:  "2013-12-03"', source: 'beyond-all-reason/teiserver#524' },
      {
        line: 'TZ=UTC pnpm --filter @first-tree/web exec vitest run src/pages/workspace/__tests__/group-rows.test.ts',
        source: 'first-tree-ai/first-tree#2379',
      },
      { line: '-1982-01-01T00:00:00+07:30 <- 1982-01-01T00:30:00+08:00 Asia/Singapore', source: 'hroptatyr/dateutils#148' },
      {
        line: "Assertion 'x / USEC_PER_SEC == y / USEC_PER_SEC' failed at src/test/test-time-util.c:415, function test_format_timestamp_impl(). Aborting.",
        source: 'systemd/systemd#35474',
      },
      { line: '    test_timezone_setting (tzlocal.tests.TzLocalTests) ... FAIL', source: 'regebro/tzlocal#22' },
      {
        line: '[ERROR] testTZ(org.hillview.test.dataStructures.DateTests)  Time elapsed: 0.002 s  <<< FAILURE!',
        source: 'vmware-archive/hillview#667',
      },
      {
        line: '  AssertionError: datetime.datetime(2013, 12, 30, 0, 0, tzinfo=<UTC>) != datetime.datetime(2013, 12, 30, 0, 0, tzinfo=tzlocal())',
        source: 'openedx/openedx-platform#2510',
      },
      { line: "E       Y = [{'timestamp': datetime.datetime(2020, 1, 1, 0, 0, tzinfo=tzlocal()), …}, …]", source: 'getmoto/moto#3528' },
      { line: '      ✕ FormSection Component › handles Date parsing and changes correctly', source: 'YosemiteCrew/Yosemite-Crew#3482' },
      { line: 'Fail    ||      Date object shoud parse date', source: 'nvim-orgmode/orgmode#16' },
      { line: '    ✕ raw date tests (473 ms)', source: 'malloydata/malloy#415' },
      { line: 'Test test_mutt_date_localtime...                [ FAILED ]', source: 'neomutt/neomutt#2100' },
      {
        line: 'E   [left]:  [2021-08-22T00:00:00.000000000, 2021-08-23T11:29:29.000000000, 2021-08-27T00:00:00.000000000]',
        source: 'sberbank-ai-lab/RePlay#5',
      },
      { line: '    mutt_date_localtime.c:36: Check tm.tm_hour == 12... failed', source: 'neomutt/neomutt#2100' },
    ],
    miss: [
      'Test test_mutt_date_local_tz...                 [ OK ]',
      'E   [left]:  [1, 2, 3]',
      'FAIL: test_update_tzinfo_cache_dir (tests.test_settings.SettingsTests)',
      'from dateutil.tz import tzlocal',
      'test_timezone (tzlocal.tests.TzLocalTests) ... ok',
      '      System.Tests.TimeZoneInfoTests.ConvertTime [PASS]',
      '         41 - timezones (Passed)',
      'def test_datetime_partial_second_zoneinfo(self):',
      'FAIL: test_timeout (tests.test_client.ClientTests)',
      '  Tests  28 passed (28)',
      'left-pad@1.3.0',
      'Expected: 200 Received: 404',
      'TZ=UTC',
      'declare -x TZ="UTC"',
      '    ✓ handles Date parsing and changes correctly (12 ms)',
      ' FAIL  src/updateDatabase.test.ts',
      '    ✕ rejects an expired token (3 ms)',
      ' FAIL  src/utils.ts > shows localized datetime',
      ' FAIL  src/utils/__tests__/formattedTime.spec.js > formatDateTime > should return datetime with specified format longDate',
    ],
  },
  'storage-driver': {
    match: [
      {
        line: 'docker: Error response from daemon: error creating overlay mount to /tmp/tmp.8MfbWfl0lN/overlay/5b5978-init/merged: invalid argument.',
        source: 'moby/moby#22937',
      },
      {
        line: 'failed to register layer: unknown file type for /var/lib/docker/overlay/e18e667f5559/root/dev/full',
        source: 'KiaraGrouwstra/nix-config#98',
      },
      { line: 'failed to register layer: Error processing tar file(exit status 1): invalid argument', source: 'docker/for-linux#97' },
    ],
    miss: [' Storage Driver: overlay2', 'Pulling fs layer', 'overlay network created'],
  },
  'cpu-isa-level': {
    match: [
      { line: 'ERROR: Unable to find compatible target in system image.', source: 'terasakisatoshi/MyWorkflow.jl#109' },
      {
        line: 'I get this error "Fatal glibc error: CPU does not support x86-64-v2" inside container with latest version (amd64).',
        source: 'JATOS/JATOS#287',
      },
      { line: 'Fatal glibc error: CPU does not support x86-64-v2', source: 'Unstructured-IO/unstructured-api#497' },
      { line: 'Unsupported CPU: Prebuilt binaries for linux-x64 require v2 microarchitecture', source: 'sonn-audio/core#99' },
      {
        line: 'docmost_1  | Unsupported CPU: Prebuilt binaries for linux-x64 require v2 microarchitecture',
        source: 'docmost/docmost#1822',
      },
      { line: 'This program can only be run on AMD64 processors with v3 microarchitecture support', source: 'MetaCubeX/mihomo#393' },
      {
        line: 'The current machine does not support all of the following CPU features that are required by the image: [CX8, CMOV, FXSR, MMX, SSE, SSE2, SSE3, SSSE3, SSE4_1, SSE4_2, POPCNT, LZCNT, AVX, AVX2, BMI1, BMI2, FMA].',
        source: 'quarkusio/quarkus-images#241',
      },
      { line: 'The current machine does not support all of the following CPU features that are', source: 'chriscohnen/islandr#19' },
    ],
    miss: ['CPU: Intel(R) Xeon(R) Platinum 8272CL', 'x86-64 build complete', 'Downloading prebuilt binaries for linux-x64'],
  },
  'mssql-platform-abort': {
    match: [
      {
        line: 'This program has encountered a fatal error and cannot continue running at Thu Sep 19 11:33:13 2024',
        source: 'actions/runner-images#10649',
      },
      {
        line: 'E   Captured Output: sqlserver-1  | This program has encountered a fatal error and cannot continue running at Thu Sep 26 20:58:40 2024',
        source: 'DataDog/integrations-core#18683',
      },
    ],
    miss: ['==488==LeakSanitizer has encountered a fatal error.', 'SQL Server 2019 will run as non-root by default.'],
  },
  'localhost-unresolvable': {
    match: [
      { line: 'Error: getaddrinfo ENOTFOUND localhost', source: 'nodejs/node#44003' },
      { line: '{ Error: getaddrinfo ENOTFOUND localhost', source: 'nodejs/build#721' },
      {
        line: 'host name: Just "localhost", service name: Just "34263"): does not exist (Name or service not known)))',
        source: 'NixOS/docker#7',
      },
    ],
    miss: [
      'Error: getaddrinfo ENOTFOUND registry.example.net',
      'Listening on http://localhost:3000',
      'curl: (7) Failed to connect to localhost port 8080',
    ],
  },
  'system-headers-clash': {
    match: [
      { line: "/usr/include/linux/mount.h:129:8: error: redefinition of 'struct mount_attr'", source: 'landley/toybox#362' },
      { line: '/usr/include/linux/mount.h:95:6: error: redeclaration of enum fsconfig_command', source: 'collectd/collectd#4034' },
    ],
    miss: [
      '/usr/include/sys/mount.h:161:8: note: originally defined here',
      "src/main.c:12:5: error: redefinition of 'struct foo'",
      '/usr/include/absl/strings/string_view.h:52:26: error: ‘string_view’ in namespace ‘std’ does not name a type',
    ],
  },
  'deployment-target-too-old': {
    match: [
      {
        line: "  /var/folders/95/T/tmpgqyl8ext/build/_deps/astyle-src/AStyle/src/astyle_main.cpp:81:46: error: 'path' is unavailable: introduced in macOS 10.15",
        source: 'pypa/cibuildwheel#2119',
      },
      {
        line: "g2o/g2o/stuff/filesys_tools.cpp:36:31: error: 'path' is unavailable: introduced in macOS 10.15",
        source: 'RainerKuemmerle/g2o#791',
      },
      { line: "main.m:419:24: warning: 'fsgetpath' is only available on macOS 10.13 or newer", source: 'sveinbjornt/searchfs#5' },
    ],
    miss: ["error: 'path' file not found", 'note: this feature was introduced in CMake 3.20'],
  },
  'ansible-become-permissions': {
    match: [
      {
        line: 'fatal: [test-bench-bot]: FAILED! => {"msg": "Failed to set permissions on the temporary files Ansible needs to create when becoming an unprivileged user (rc: 1, err: chmod: invalid mode: \'A+user:gitlab-runner:rx:allow\'',
        source: 'hurricanehrndz/ansible-rustup#10',
      },
      {
        line: "    Failed to set permissions on the temporary files Ansible needs to create when becoming an unprivileged user (rc: 1, err: chmod: invalid mode: 'A+user:paperlessng:rx:allow'",
        source: 'paperless-ngx/ansible#15',
      },
    ],
    miss: ['fatal: [host]: FAILED! => {"msg": "Missing sudo password"}'],
  },
  'x86-flags-on-arm': {
    match: [
      { line: "    clang: error: unsupported option '-msse2' for target 'arm64-apple-darwin25.2.0'", source: 'aresch/rencode#43' },
      { line: "clang++: error: unsupported option '-msse4.1' for target 'aarch64-apple-darwin'", source: 'abseil/abseil-cpp#1707' },
    ],
    miss: [
      // The same flags on an x86 target are fine; a flag the compiler does not know at all is another class.
      "clang: error: unsupported option '-fopenmp'",
      "gcc: error: unrecognized command-line option '-mno-outline-atomics'",
    ],
  },
  'image-not-on-daemon': {
    match: [
      {
        line: "ERROR: failed to build: failed to fetch builder image 'index.docker.io/paketobuildpacks/builder:base': image index.docker.io/paketobuildpacks/builder:base does not exist on the daemon: not found",
        source: 'buildpacks/pack#1519',
      },
      {
        line: 'ERROR: failed to build: failed to write image to the following tags: [pack.local/builder/6c776373617a756d7270:latest: saving image "pack.local/builder/6c776373617a756d7270:latest": Error: No such image: 295d34fd324fb6faf',
        source: 'buildpacks/pack#1853',
      },
      {
        line: 'Error response from daemon: content digest sha256:a603fa5e3b4127f210503aaa6189abf6286ee5a73deeaab460f8f33ebc6b64e2: not found',
        source: 'docker/for-mac#6586',
      },
    ],
    miss: ['Error response from daemon: No such image: myapp:latest', 'Error: No such container: web'],
  },
  'sha1-signatures-disabled': {
    match: [
      {
        line: 'warning: Signature not supported. Hash algorithm SHA1 not available.',
        source: 'sonatype-nexus-community/nexus-repository-installer#25',
      },
      { line: 'warning: Signature not supported. Hash algorithm SHA1 not available.', source: 'roxy-wi/roxy-wi#398' },
      {
        line: 'cryptography.exceptions.UnsupportedAlgorithm: sha1 is not supported by this backend for RSA signing.',
        source: 'SecurityInnovation/PGPy#438',
      },
      {
        line: 'javax.net.ssl.SSLHandshakeException: Certificates do not conform to algorithm constraints',
        source: 'eclipse-ee4j/glassfish#23477',
      },
    ],
    miss: ['Digest: SHA1 fingerprint OK', 'warning: /var/cache/dnf/x.rpm: Header V4 RSA/SHA256 Signature, key ID 4d5a4e8a: NOKEY'],
  },
  'loop-device-unavailable': {
    match: [
      {
        line: 'mount: /home/khadas/fenix/build/images/rootfs: failed to setup loop device for /home/khadas/fenix/build/images/rootfs.img.',
        source: 'khadas/fenix#155',
      },
      {
        line: 'losetup: /pi-gen/work/2020-11-10-test/export-image/2020-11-10-test-lite.img: failed to set up loop device: No such file or directory',
        source: 'RPi-Distro/pi-gen#465',
      },
    ],
    miss: ['/dev/loop0: [2049]:1311 (/work/rootfs.img)', 'losetup -a'],
  },
  'build-stalled': {
    match: [
      {
        line: 'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.',
        source: 'travis-ci/travis-ci#8586',
      },
      { line: 'E: Build killed with signal TERM after 60 minutes of inactivity', source: 'etal/cnvkit#1103' },
    ],
    miss: ['Still running (10 minutes)...', 'Build finished in 60 minutes'],
  },
  'jni-not-found': {
    match: [
      { line: '  Could NOT find JNI (missing: JAVA_AWT_LIBRARY JAVA_JVM_LIBRARY', source: 'jvm-profiling-tools/honest-profiler#86' },
      { line: '  Could NOT find JNI (missing: JAVA_INCLUDE_PATH)', source: 'zerotier/libzt#171' },
    ],
    miss: ['-- Found JNI: /usr/lib/jvm/java-11-openjdk-amd64/include', '-- Looking for JNI'],
  },
  'java-compiler-missing': {
    match: [
      {
        line: '> Could not find tools.jar. Please check that C:\\Program Files (x86)\\Java\\jre1.8.0_291 contains a valid JDK installation.',
        source: 'pxb1988/dex2jar#584',
      },
      {
        line: '> Could not find tools.jar. Please check that /Library/Internet Plug-Ins/JavaAppletPlugin.plugin/Contents/Home contains a valid JDK installation.',
        source: 'invertase/react-native-firebase#4056',
      },
    ],
    miss: ['Download https://repo.example.net/com/sun/tools/1.8/tools.jar', '> Task :compileJava'],
  },
  'java-compile-task-failed': {
    match: [
      { line: "Execution failed for task ':d2j-base-cmd:compileJava'.", source: 'pxb1988/dex2jar#584' },
      { line: '> Task :imgui-app:compileJava FAILED', source: 'SpaiR/imgui-java#49' },
      { line: ':compileJava FAILED', source: 'synthetichealth/synthea#575' },
      {
        line: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.1:compile (default-compile) on project app: Fatal error compiling',
        source: 'jitpack/jitpack.io#5440',
      },
    ],
    miss: [
      '> Task :compileJava UP-TO-DATE',
      '> Task :app:compileKotlin FAILED',
      "Execution failed for task ':app:compileDebugJavaWithJavac'.",
    ],
  },
  'graphviz-format-missing': {
    match: [
      {
        line: 'pydot.InvocationException: Program terminated with status: 1. stderr follows: Format: "png" not recognized. Use one of: canon cmap cmapx cmapx_np dot eps fig gv imap',
        source: 'ReactionMechanismGenerator/RMG-Py#421',
      },
      {
        line: 'Format: "gif" not recognized. Use one of: canon cmap cmapx cmapx_np dot eps fig gv imap imap_np ismap',
        source: 'ellson/MOTHBALLED-graphviz#759',
      },
    ],
    miss: ['Warning: Could not load "/usr/lib/graphviz/libgvplugin_pango.so.6" - file not found', 'dot -Tpng graph.dot -o graph.png'],
  },
  'open-file-limit-named': {
    match: [
      {
        line: '0067:err:winediag:FILE_CreateFile Too many open files, ulimit -n probably needs to be increased',
        source: 'pauleve/docker-mtgo#97',
      },
      {
        line: "tests/test_system.cpp:96:test_max_sockets:FAIL: I: Tune your system to increase maximum allowed file handles\\nI: Run 'ulimit -n 1200' in bash\\n",
        source: 'zeromq/libzmq#3945',
      },
      { line: '$ulimit -n', source: 'samtools/samtools#603' },
      {
        line: 'Increasing the maximum number of open files on OS level should resolve the issue.',
        source: 'actions/runner-images#268',
      },
    ],
    miss: ['ulimit -s unlimited', 'Error: EMFILE: too many open files, watch'],
  },
  'jetty-thread-budget': {
    match: [
      { line: 'Insufficient configured threads: required=12 < max=8 for ', source: 'jhy/jsoup#2306' },
      {
        line: 'java.lang.IllegalStateException: Insufficient configured threads: required=5 < max=5 for QueuedThreadPool[qtp1712943792]@661972b0{STARTED,2<=2<=5,i=2,r=-1,q=0}',
        source: 'HtmlUnit/htmlunit#462',
      },
    ],
    miss: [
      'QueuedThreadPool[qtp1712943792]@661972b0{STARTED,8<=8<=200,i=2,r=-1,q=0}',
      'Started ServerConnector@1a2b3c{HTTP/1.1}{0.0.0.0:8080}',
    ],
  },
  'gpu-video-or-graphics-unavailable': {
    match: [
      { line: '[hevc_nvenc @ 0x55ca461fa380] Cannot load libnvidia-encode.so.1', source: 'styler00dollar/VSGAN-tensorrt-docker#42' },
      {
        line: "Hardware encoder probe failed for ['-c:v', 'h264_nvenc']: ... Terminating thread with return code -22 (Invalid argument)",
        source: 'sam-dumont/immich-video-memory-generator#936',
      },
      {
        line: 'RuntimeError: LoadNvEncApi : NVENC library file is not found. Please ensure NV driver is installed at /home/vpf/VideoProcessingFramework-1.1.2/PyNvCodec/TC/src/NvEncoder.cpp:102',
        source: 'NVIDIA/VideoProcessingFramework#467',
      },
      {
        line: 'VulkanRHI::vkGetPhysicalDeviceSurfaceFormatsKHR(Device.GetPhysicalHandle(), Surface, &NumFormats, nullptr) failed, VkResult=-13',
        source: 'adamrehn/ue4-docker#137',
      },
      { line: 'Failed creating instance: VK_ERROR_INCOMPATIBLE_DRIVER', source: 'haasn/libplacebo#128' },
    ],
    miss: ['Stream #0:0 -> #0:0 (h264 (h264_cuvid) -> hevc (hevc_nvenc))', 'VkResult vkCreateDevice(VkPhysicalDevice physicalDevice)'],
  },
  'lld-undefined-version': {
    match: [
      {
        line: "ld.lld: error: version script assignment of 'global' to symbol 'HMI' failed: symbol not defined",
        source: 'llvm/llvm-project#60859',
      },
      {
        line: "ld.lld: error: version script assignment of 'SDL3_0.0.0' to symbol 'SDL_DYNAPI_entry' failed: symbol not defined",
        source: 'libsdl-org/SDL#8269',
      },
    ],
    miss: ['ld.lld: error: undefined symbol: SDL_DYNAPI_entry', "ld.lld: warning: version script assignment of 'global' to symbol 'HMI'"],
  },
  'foreign-binary-read-as-script': {
    match: [
      {
        line: '/root/.cache/puppeteer/chrome/linux-142.0.7444.175/chrome-linux64/chrome: 2: Syntax error: newline unexpected',
        source: 'puppeteer/puppeteer#14459',
      },
      {
        line: '"message":"Failed to launch the browser process!  /root/.cache/puppeteer/chrome/linux-119.0.6045.105/chrome-linux64/chrome: 36: Syntax error: \\"(\\" unexpected (expecting \\")\\")',
        source: 'dokkaner/teemii#37',
      },
      {
        line: '/home/pi/esp/xtensa-esp32-elf/bin/xtensa-esp32-elf-gcc: 2: /home/pi/esp/xtensa-esp32-elf/bin/xtensa-esp32-elf-gcc: Syntax error: "(" unexpected',
        source: 'espressif/esp-idf#589',
      },
      { line: '/tmp/MuseScore.AppImage: 2: Syntax error: "(" unexpected', source: 'pguyot/arm-runner-action#110' },
      { line: '     [java] /tmp/aapt1370354150768286643: 1: Syntax error: "(" unexpected', source: 'mit-cml/appinventor-sources#3473' },
    ],
    miss: [
      // A script's bashism under dash, and a `sh -c` string: the shell's own syntax, not a binary.
      'configure: 248: Syntax error: "(" unexpected',
      './tools/build-all.sh: 6: Syntax error: "(" unexpected',
      '/bin/sh: 1: Syntax error: "(" unexpected',
      '/mnt/c/Program Files/nodejs/npm: 6: /mnt/c/Program Files/nodejs/npm: Syntax error: word unexpected (expecting "in")',
    ],
  },
  'visual-studio-instance-missing': {
    match: [
      { line: '  could not find any instance of Visual Studio.', source: 'google/bloaty#506' },
      { line: '  could not find any instance of Visual Studio.', source: 'SRombauts/SQLiteCpp#547' },
      { line: '  could not find any instance of Visual Studio.', source: 'DiligentGraphics/DiligentEngine#54' },
    ],
    miss: [
      '-- Selecting Windows SDK version 10.0.22621.0 to target Windows 10.0.20348.',
      '-- The CXX compiler identification is MSVC 19.44.35214.0',
    ],
  },
  'module-signature-rejected': {
    match: [
      { line: "modprobe: ERROR: could not insert 'nvidia': Key was rejected by service", source: 'canonical/nvidia-graphics-drivers#61' },
      {
        line: "Aug 04 19:34:09 linux-tuxedo dkms.systemd[1627]: modprobe: ERROR: could not insert 'clevo_acpi': Key was rejected by service",
        source: 'tuxedocomputers/tuxedo-keyboard#186',
      },
      { line: "    modprobe: ERROR: could not insert 'veikk': Required key not available", source: 'jlam55555/veikk-linux-driver#3' },
      {
        line: "ERROR: Unable to load the kernel module 'nvidia.ko'.  This happens most frequently when this kernel module was built against the wrong or improperly configured kernel sources",
        source: 'NVIDIA/gpu-driver-container#44',
      },
    ],
    miss: ['modprobe: FATAL: Module nvidia not found in directory /lib/modules/6.8.0-35-generic', 'Loading kernel module nvidia.ko'],
  },
  'numeric-result-drift': {
    match: [
      { line: 'E           Not equal to tolerance rtol=1e-07, atol=0.000119209', source: 'flame/blis#514' },
      { line: 'Max absolute difference: 0.07880852', source: 'NanoComp/meep#878' },
      { line: 'E   assert 3.5355292454346426e-06 <= (2e-06 * 1.240298651028214)', source: 'scipy/scipy#20472' },
      { line: 'AssertionError: Error (7.303939e-16) above tolerance (0.000000e+00)', source: 'idefix-code/idefix#258' },
      { line: 'INFO -     raise ValueError("Internal algorithm failed to converge.")', source: 'numba/numba#8096' },
      { line: '  the leading minor of order 1404 is not positive definite', source: 'eddelbuettel/mkl4deb#2' },
    ],
    miss: ['assert response.status_code == 200', '[karma] \t  Tolerance: 0.1%', 'Finished in 1.2e-3 seconds'],
  },
  'atomic-library-needed': {
    match: [
      { line: "lib/libjemalloc.so: undefined reference to `__atomic_compare_exchange_1'", source: 'jemalloc/jemalloc#1401' },
      { line: "tcc: error: undefined symbol '__atomic_load_8'", source: 'vlang/v#28043' },
      { line: "posix_atomic.c:(.text+0x514): undefined reference to `__atomic_fetch_add_8'", source: 'nanomsg/nng#1195' },
    ],
    miss: ['checking for __atomic_load_8 in -latomic... yes', "undefined reference to `atomic_init'"],
  },
  'system-type-unknown': {
    match: [
      { line: 'configure: error: cannot guess build type; you must specify one', source: 'mariusae/trickle#22' },
      { line: 'checking build system type... ./build-aux/config.guess: unable to guess system type', source: 'skvadrik/re2c#584' },
      { line: 'This script (version 2019-09-10), has failed to recognize the', source: 'skvadrik/re2c#584' },
    ],
    miss: ['checking build system type... aarch64-unknown-linux-gnu', 'config.guess timestamp = 2004-06-11'],
  },
  'autotools-aux-file-missing': {
    match: [
      { line: '#9 0.243 configure: error: cannot find required auxiliary files: config.guess config.sub', source: 'NLnetLabs/nsd#279' },
      { line: "==> hoot: configure.ac:14: error: required file './compile' not found", source: 'ngageoint/hootenanny#894' },
    ],
    miss: ['configure: error: cannot find sources (src/main.c) in . or ..', "make: *** No rule to make target 'install'.  Stop."],
  },
  'autoconf-macro-unexpanded': {
    match: [
      { line: "./configure: line 12047: `PKG_CHECK_MODULES(LIBU2FHOST, u2f-host, , )'", source: 'Yubico/pam-u2f#30' },
      { line: "./configure: line 13239: `PKG_CHECK_MODULES(lite,    libite >= 1.5.0)'", source: 'troglobit/inadyn#142' },
      { line: './configure: line 13986: PKG_PROG_PKG_CONFIG: command not found', source: 'sdroege/http-launch#4' },
      { line: 'docs/reference/gtkglext/Makefile.am:112: ENABLE_GTK_DOC does not appear in AM_CONDITIONAL', source: 'tdz/gtkglext#1' },
      { line: 'configure.ac:136: error: possibly undefined macro: AC_MSG_FAILURE', source: 'libarchive/libarchive#742' },
      { line: "aclocal-1.15: error: configure.ac:47: file 'gtk-doc.m4' does not exist", source: 'mcabber/loudmouth#21' },
      {
        line: 'configure.ac:16: error: must install xorg-macros 1.16.0 or later before running autoconf/autogen',
        source: 'Airblader/xcb-util-xrm#67',
      },
    ],
    miss: [
      './configure: line 12: pkg-config: command not found',
      'checking for pkg-config... /usr/bin/pkg-config',
      "cp: cannot stat 'm4/ax_check_compile_flag.m4': No such file or directory",
    ],
  },
  'musl-symbol-not-found': {
    match: [
      { line: "#0 3995.4 /kvrocks/src/main.cc:87: undefined reference to `backtrace'", source: 'apache/kvrocks#1421' },
      { line: 'Error loading shared library ld-linux-x86-64.so.2: No such file or directory', source: 'BoundaryML/baml#4355' },
      {
        line: 'Dynamic Linking Error: Error loading shared library ld-linux-aarch64.so.1: No such file or directory (needed by /home/nowuser/src/node_modules/envkey/ext/envkey-linux-arm64.so)',
        source: 'vercel/vercel#697',
      },
      { line: 'Error relocating dnote: __memcpy_chk: symbol not found', source: 'dnote/dnote#652' },
      {
        line: 'Error relocating mongodb-linux-x86_64-rhel80-5.1.1/bin/mongod: __vfprintf_chk: symbol not found',
        source: 'Mongo2Go/Mongo2Go#131',
      },
      {
        line: 'Error relocating /home/linuxbrew/.linuxbrew/Cellar/bzip2/1.0.6_1/bin/bunzip2: __strcat_chk: symbol not found',
        source: 'sgerrand/alpine-pkg-glibc#60',
      },
    ],
    miss: ['        libc.so.6 => /lib64/ld-linux-x86-64.so.2 (0x7f61a5f78000)', 'Symbol table loaded'],
  },
  'limit-raise-refused': {
    match: [
      {
        line: './scripts/tests/test-ci-all.sh: line 12: ulimit: open files: cannot modify limit: Invalid argument',
        source: 'fedimint/fedimint#7901',
      },
      {
        line: '/opt/bitnami/scripts/librabbitmq.sh: line 750: ulimit: open files: cannot modify limit: Operation not permitted',
        source: 'rancher-sandbox/rancher-desktop#713',
      },
    ],
    miss: [
      'WARNING: Max 1024 open files allowed, minimum of 40000 recommended. See the Neo4j manual.',
      "⚠️  ulimit too small. Running 'ulimit -Sn 10000' to avoid problems running tests",
    ],
  },
  'rust-lld-link-error': {
    match: [
      { line: '  = note: rust-lld: error: undefined symbol: __start_linkm2_KNOWN_STUBS', source: 'dtolnay/linkme#94' },
      { line: '  = note: rust-lld: error: unable to find library -losipparser2', source: 'rust-lang/rust#147329' },
      { line: '  = note: rust-lld: error: undefined symbol: __gxx_personality_v0', source: 'rust-lang/rust#135257' },
    ],
    miss: [
      'error: linking with `cc` failed: exit status: 1',
      '  = note: some arguments are omitted. use `--verbose` to show all linker arguments',
    ],
  },
  'node-spawn-batch-einval': {
    match: [
      { line: 'Error: spawn EINVAL', source: 'tree-sitter/parser-test-action#2' },
      {
        line: 'error: Error: spawnSync D:\\\\a\\\\kitajs\\\\kitajs\\\\packages\\\\cli\\\\bin\\\\dev.cmd EINVAL',
        source: 'nodejs/node#52475',
      },
    ],
    miss: ["  code: 'EINVAL',", "  syscall: 'spawn'"],
  },
  'libc-header-missing': {
    match: [
      {
        line: '/home/csabesz/Documents/dethrace/src/harness/os/linux.c:20:10: fatal error: sys/sysctl.h: No such file or directory',
        source: 'dethrace-labs/dethrace#110',
      },
      { line: '/home/axel/h2o/src/httpclient.c:25:10: fatal error: execinfo.h: No such file or directory', source: 'h2o/h2o#2328' },
      {
        line: "make[1]: *** No rule to make target '/usr/include/xlocale.h', needed by 'icepack.o'.  Stop.",
        source: 'YosysHQ/icestorm#120',
      },
      {
        line: '64.23         ... /root/.nimble/pkgs2/bcrypt-0.2.1-5d8719a26c03137b6c38dbf13e9a102b985f8d18/bcrypt/arc4random.c:26:10: fatal error: sys/cdefs.h: No such file or directory',
        source: 'nim-lang/nimforum#389',
      },
    ],
    miss: ['fatal error: sys/capability.h: No such file or directory', "fatal error: 'curl/curl.h' file not found"],
  },
  'clang-builtin-header-missing': {
    match: [
      {
        line: "/usr/include/wchar.h:35:10: error: 'stddef.h' file not found [clang-diagnostic-error]",
        source: 'ssciwr/clang-tidy-wheel#11',
      },
      { line: "  /usr/include/stdio.h:33:10: fatal error: 'stddef.h' file not found", source: 'rust-lang/rust-bindgen#3171' },
      {
        line: "/usr/include/time.h:29:10: error: 'stddef.h' file not found [clang-diagnostic-error]",
        source: 'TheCodez/dynamic-occupancy-grid-map#93',
      },
    ],
    miss: [
      "/Users/kumbhar/coreneuron/mpi/lib/nrnmpi.cpp:18:10: fatal error: 'omp.h' file not found",
      "fatal error: 'zlib.h' file not found",
    ],
  },
  'fortran-module-other-compiler': {
    match: [
      {
        line: "Fatal Error: Cannot read module file 'keast.mod' opened at (1), because it was created by a different version of GNU Fortran",
        source: 'aoterodelaroza/critic2#18',
      },
      {
        line: 'Fatal Error: Cannot read module file ‘/home/apps/openmpi/5.0.3/install/lib/mpi.mod’ opened at (1), because it was created by a different version of GNU Fortran',
        source: 'xcompact3d/Incompact3d#270',
      },
      {
        line: '/work/jgflemin/adcirc-cg-v53release-intel/src/netcdfio.F(48): error #7012: The module file cannot be read.  Its format requires a more recent F90 compiler.   [NETCDF]',
        source: 'StormSurgeLive/asgs#544',
      },
    ],
    miss: ["Fatal Error: Cannot open module file 'netcdf.mod' for reading at (1): No such file or directory"],
  },
  'mpi-wrapper-no-compiler': {
    match: [
      { line: 'No underlying compiler was specified in the wrapper compiler data file', source: 'AmpereComputing/HPL-on-Ampere-Altra#3' },
      { line: 'No underlying compiler was specified in the wrapper compiler data file', source: 'voidlinux/void-packages#13335' },
    ],
    miss: ['(e.g., mpicc-wrapper-data.txt)', "mpicc: error: unrecognized command-line option '-showme'"],
  },
  'tesseract-language-data-missing': {
    match: [
      { line: 'Error opening data file /usr/share/tessdata/eng.traineddata', source: 'eikek/docspell#2479' },
      { line: 'Error opening data file /usr/local/share/tessdata/eng.traineddata', source: 'jitesoft/docker-tesseract-ocr#3' },
      { line: "Failed loading language 'eng'", source: 'eikek/docspell#2479' },
    ],
    miss: ['Error opening data file /etc/app/config.yml', 'Tesseract Open Source OCR Engine v5.3.4 with Leptonica'],
  },
  'gperf-lookup-length-type': {
    match: [
      { line: "hconf.gperf:141:1: error: conflicting types for 'kconf_id_lookup'", source: 'MotorolaMobilityLLC/nuttx#63' },
      {
        line: 'languages.gperf:66:1: error: conflicting types for ‘ohcount_hash_language_from_name’',
        source: 'blackducksoftware/ohcount#54',
      },
      { line: ' lookup_af (register const char *str, register size_t len)', source: 'systemd/systemd#5039' },
    ],
    miss: ["src/util.c:40:1: error: conflicting types for 'lookup'", 'static int lookup(const char *str, size_t len);'],
  },
  'ansible-collection-missing': {
    match: [
      {
        line: "  ERROR! couldn't resolve module/action 'community.docker.docker_container'. This often indicates a misspelling, missing collection, or incorrect module path.",
        source: 'gofrolist/molecule-action#326',
      },
      {
        line: "ERROR! couldn't resolve module/action 'community.general.ufw'. This often indicates a misspelling, missing collection, or incorrect module path.",
        source: 'drone-plugins/drone-ansible#56',
      },
    ],
    // An unqualified name is a role's own module or a typo as often as a collection.
    miss: [`fatal: [hostname]: FAILED! => {"reason": "couldn't resolve module/action 'opkg'. This often indicates a misspelling"}`],
  },
  'macos-binary-killed': {
    match: [
      {
        line: '[09:51:17]: ▸ sh: line 1: 42822 Killed: 9               ./fastlane/FastlaneRunner lane beta swiftServerPort 2000 > /dev/null',
        source: 'fastlane/fastlane#18933',
      },
      { line: 'Killed: 9', source: 'NatLabRockies/EnergyPlus#9303' },
    ],
    miss: ['/bin/sh: line 1: 2371 Killed                  cc1plus -O2 big.cpp', 'make: *** [all] Killed'],
  },
  'date-text-unparseable': {
    match: [
      {
        line: 'java.lang.IllegalArgumentException: Invalid format: "Thu, 04 Sept 2025 01:21:01 GMT" is malformed at "t 2025 01:21:01 GMT"',
        source: 'gradle/gradle#34885',
      },
      {
        line: "java.time.format.DateTimeParseException: Text '11:00 AM' could not be parsed at index 5",
        source: 'adoptium/adoptium-support#953',
      },
    ],
    miss: ['error: invalid date format in config file', 'Unable to parse version string 1.2.x'],
  },
  'multilib-runtime-missing': {
    match: [
      {
        line: 'INFO - /usr/bin/ld: skipping incompatible /usr/lib/gcc/x86_64-linux-gnu/9/libgcc.a when searching for -lgcc',
        source: 'actions/runner-images#2324',
      },
      {
        line: '/usr/bin/ld: skipping incompatible /usr/lib/gcc/x86_64-redhat-linux/7/libgcc_s.so when searching for -lgcc_s',
        source: 'zephyrproject-rtos/zephyr#5989',
      },
    ],
    // A C library searched by its full path is another matter (an older linker and a newer glibc).
    miss: [
      '/home/denis/GNAT/2021/bin/../libexec/gcc/x86_64-pc-linux-gnu/10.3.1/ld: skipping incompatible /lib64/libc.so.6 when searching for /lib64/libc.so.6',
    ],
  },
  'c-library-declaration-note': {
    match: [
      { line: '/usr/include/stdlib.h:396:11: note: passing argument to parameter here', source: 'romkatv/gitstatus#414' },
      {
        line: "/usr/include/sys/mount.h:205:3: note: previous definition of 'FSCONFIG_CMD_RECONFIGURE' with type 'enum fsconfig_command'",
        source: 'landley/toybox#362',
      },
      { line: "/usr/include/stdlib.h:183:10: note: previous declaration of 'itoa' was here", source: 'shadowsocks/shadowsocks-libev#255' },
    ],
    // A library's own header is that library's business, not the C library's.
    miss: [
      '/usr/include/openssl/pem.h:447:1: note: declared here',
      "/usr/include/unicode/stringpiece.h:134:24: note: 'std::enable_if_t' is only available from C++14 onwards",
    ],
  },
  'ruby-stdlib-extension-missing': {
    match: [
      { line: 'LoadError: cannot load such file -- etc', source: 'puma/puma#1733' },
      { line: 'cannot load such file -- psych', source: 'rbenv/ruby-build#2196' },
    ],
    miss: ['LoadError: cannot load such file -- nokogiri/nokogiri', 'cannot load such file -- base64'],
  },
  'scp-sftp-protocol': {
    match: [
      { line: 'syz-ci-devel    | scp: Connection closed', source: 'google/syzkaller#3134' },
      { line: 'syz-ci-devel    | subsystem request failed on channel 0', source: 'google/syzkaller#3134' },
      {
        line: '    learn-packer.docker.ubuntu: fatal: [default]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via scp: /bin/sh: 1: /usr/lib/sftp-server: not found\\nscp: Connection closed\\r\\n", "unreachable": true}',
        source: 'hashicorp/packer-plugin-ansible#100',
      },
      { line: 'bash: line 1: /usr/lib/sftp-server: No such file or directory', source: 'kubernetes-sigs/image-builder#1886' },
    ],
    miss: ['ssh: connect to host 10.0.0.5 port 22: Connection refused', 'lost connection'],
  },
  'wasm-engine-rejects-module': {
    match: [
      {
        line: 'CompileError: WebAssembly.Module(): Compiling wasm function #318:loop failed: Invalid opcode @+122854',
        source: 'WebAssembly/binaryen#5656',
      },
      {
        line: '[CompileError: WebAssembly.compile(): expected 48120 bytes, fell off end @+1361]',
        source: 'googleapis/repo-automation-bots#5320',
      },
      {
        line: '==> X tests.CoreTests.testsuite.core.Simple 0.00s scala.scalajs.js.JavaScriptException: CompileError: WebAssembly.instantiate(): Unknown type code 0x4e, enable with --experimental-wasm-gc @+12',
        source: 'tanishiking/scala-wasm#24',
      },
    ],
    miss: [
      '      return await WebAssembly.instantiate(mod, {',
      '** (CompileError) lib/ecto/query.ex:427: type dynamic/0 is a built-in type',
    ],
  },
  'apt-exact-dependency-skew': {
    match: [
      {
        line: ' libudev-dev : Depends: libudev1 (= 249.11-0ubuntu3) but 249.11-0ubuntu3.1 is to be installed',
        source: 'mavlink/MAVSDK#1844',
      },
      {
        line: ' libphp7.4-embed : Depends: php7.4-common (= 7.4.3-4ubuntu2.4) but 7.4.15-7+ubuntu20.04.1+deb.sury.org+1 is to be installed',
        source: 'actions/runner-images#2859',
      },
      // apt wraps the report at the terminal's width: the pin alone on its line.
      { line: '    Depends: libudev1 (=249.11-0ubuntu3)', source: 'dosbox-staging/dosbox-staging#1773' },
    ],
    miss: [' libfoo-dev : Depends: libbar (>= 1.2) but it is not going to be installed', 'Depends: libc6 (>= 2.34)'],
  },
  'conan-compiler-setting-invalid': {
    match: [
      { line: "ERROR: Invalid setting '13' is not a valid 'settings.compiler.version' value.", source: 'Ultimaker/CuraEngine#1881' },
      { line: "ERROR: Invalid setting '9.0' is not a valid 'settings.compiler.version' value.", source: 'conan-io/conan#6444' },
      { line: "ERROR: '5.3' is not a valid 'settings.compiler.version' value.", source: 'conan-io/conan#26' },
    ],
    miss: ["ERROR: Invalid setting 'Linux' is not a valid 'settings.os' value."],
  },
  'conan-binary-missing': {
    match: [
      { line: "ERROR: Missing prebuilt package for 'gtest/1.10.0', 'openssl/1.1.1t'", source: 'an-tao/trantor#241' },
      {
        line: "brotli/1.0.9: WARN: Can't find a 'brotli/1.0.9' package for the specified settings, options and dependencies:",
        source: 'conan-io/conan#10257',
      },
      {
        line: ">WARN: Can't find a 'electric-fence/2.2.0@lasote/stable' package for the specified options and settings:",
        source: 'conan-io/conan#1388',
      },
    ],
    miss: ["ERROR: Package 'zlib/1.2.11' not resolved: Unable to find 'zlib/1.2.11' in remotes"],
  },
  'vcpkg-baseline-unavailable': {
    match: [
      {
        line: "Error: while checking out baseline from commit '94ce0dab56f4d8ba6bd631ba59ed682b02d45c46' at subpath 'versions/baseline.json':",
        source: 'Azure/azure-sdk-for-cpp#4100',
      },
      {
        line: "1> [CMake] fatal: path 'versions/baseline.json' exists on disk, but not in '662dbb50e63af15baa2909b7eac5b1b87e86a0aa'",
        source: 'diasurgical/DevilutionX#6176',
      },
      {
        line: "error: while checking out baseline from commit '101ae1f63a22d262f80a68034a1550da5dfdd05f', failed to `git show` versions/baseline.json. This may be fixed by fetching commits with `git fetch`.",
        source: 'NixOS/nixpkgs#328937',
      },
    ],
    miss: ['error: no version database entry for catch2 at 3.7.0.'],
  },
  'meson-ninja-not-detected': {
    match: [
      { line: 'ERROR: Could not detect Ninja v1.5 or newer', source: 'lowRISC/opentitan#1840' },
      { line: 'ERROR: Could not detect Ninja v1.8.2 or newer', source: 'MiSTeX-devel/MiSTeX-ports#15' },
    ],
    miss: ['Found ninja-1.10.0 at /usr/bin/ninja', "ninja: error: loading 'build.ninja': No such file or directory"],
  },
  'meson-python-dependency-missing': {
    match: [
      { line: '      ../meson.build:41:12: ERROR: Python dependency not found', source: 'mlafarga/raccoon#8' },
      { line: 'Dependency python3 found: NO', source: 'mesonbuild/meson#2504' },
      { line: 'meson.build:15:0: ERROR: Dependency "python3" not found, tried pkgconfig', source: 'libratbag/piper#408' },
    ],
    miss: ['Dependency python found: YES (sysconfig)', 'Program python3 found: NO'],
  },
  'apple-ld-chained-fixups': {
    match: [
      { line: 'ld: warning: -undefined dynamic_lookup may not work with chained fixups', source: 'appsignal/appsignal-elixir#790' },
      { line: 'ld: warning: -undefined dynamic_lookup may not work with chained fixups', source: 'ocaml/ocaml#11554' },
    ],
    miss: ['ld: fatal warning(s) induced error (-fatal_warnings)'],
  },
  'ruby-mkmf-missing': {
    match: [
      {
        line: "/usr/lib/ruby/1.9.1/rubygems/custom_require.rb:36:in `require': cannot load such file -- mkmf (LoadError)",
        source: 'rethinkdb/rethinkdb#1351',
      },
      { line: "extconf.rb:1:in `require': no such file to load -- mkmf (LoadError)", source: 'Constellation/crxmake#1' },
    ],
    miss: ['cannot load such file -- mkmf-gnome2', 'checking for mkmf... no'],
  },
  'cxx-standard-header-missing': {
    match: [
      {
        line: "/home/USER/.nvm/versions/node/v19.9.0/lib/node_modules/@socketsupply/socket/node_modules/@socketsupply/socket-linux-x64/src/common.hh:126:10: fatal error: 'any' file not found",
        source: 'heapwolf/socket#356',
      },
      { line: "test.cpp:1:10: fatal error: 'iostream' file not found", source: 'pop-os/pop#2705' },
      { line: "fatal error: 'new' file not found", source: 'alliedmodders/metamod-source#54' },
    ],
    miss: ["fatal error: 'curl/curl.h' file not found", 'fatal error: anyway.h: No such file or directory'],
  },
  'selinux-denial': {
    match: [
      {
        line: 'type=AVC msg=audit(1503978775.261:360): avc:  denied  { write } for  pid=4546 comm="touch" name="xxx" dev="sdb5" ino=6947856 scontext=system_u:system_r:container_t:s0:c159,c177 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=dir permissive=0',
        source: 'cyberFund/cybernode-archive#90',
      },
      {
        line: 'type=AVC msg=audit(1685661291.067:465): avc:  denied  { transition } for  pid=5296 comm="login" path="/usr/bin/bash" dev="nvme0n1p1" ino=2564 scontext=system_u:system_r:unconfined_service_t:s0 tcontext=unconfined_u:unconfined_r:unconfined_t:s0 tclass=process permissive=0',
        source: 'tailscale/tailscale#8251',
      },
      {
        line: 'SELinux is preventing /bin/ryuk from write access on the sock_file docker.sock.',
        source: 'testcontainers/testcontainers-dotnet#1312',
      },
      {
        line: 'SELinux is preventing /tmp/nix-build-dfinity-crypto-0.0.0.drv-0/hs-dfinity-crypto/dist/build/bls-unit-tests/bls-unit-tests from using the execheap access on a process.',
        source: 'dfinity-lab/hs-dfinity-crypto#4',
      },
    ],
    miss: [
      'If you believe that ryuk should be allowed write access on the docker.sock sock_file by default.',
      '[266713.893050] audit: type=1400 audit(1722708589.057:469): apparmor="DENIED" operation="capable" class="cap" profile="unprivileged_userns" pid=2054704 comm="nsjail" capability=6  capname="setgid"',
    ],
  },
  'apparmor-denial': {
    match: [
      {
        line: '[266713.893050] audit: type=1400 audit(1722708589.057:469): apparmor="DENIED" operation="capable" class="cap" profile="unprivileged_userns" pid=2054704 comm="nsjail" capability=6  capname="setgid"',
        source: 'google/nsjail#236',
      },
      {
        line: '[86690.569280] type=1400 audit(1441943381.165:51): apparmor="DENIED" operation="mount" info="failed flags match" error=-13 profile="docker-default" name="<dir>" pid=26423 comm="sshfs" fstype="fuse.sshfs" srcname="<user>@<address>:<dir>" flags="rw, nosuid, nodev"',
        source: 'moby/moby#16233',
      },
    ],
    miss: [
      'type=AVC msg=audit(1503978775.261:360): avc:  denied  { write } for  pid=4546 comm="touch" name="xxx" dev="sdb5" ino=6947856 scontext=system_u:system_r:container_t:s0:c159,c177 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=dir permissive=0',
    ],
  },
  'link-architecture-mismatch': {
    match: [
      {
        line: 'ld: warning: ignoring file /usr/local/lib/libextism.dylib, building for macOS-x86_64 but attempting to link with file built for macOS-arm64',
        source: 'extism/extism#120',
      },
      {
        line: "          ld: in '/usr/local/Cellar/llvm@12/12.0.1_1/lib/libunwind.dylib', building for macOS-arm64 but attempting to link with file built for macOS-x86_64",
        source: 'shiika-lang/shiika#430',
      },
      {
        line: '[09:05:31][Step 2/5] ld: warning: ignoring file /Users/mcdurdin/buildAgent/work/fae170dc1caceadf/keyman/mac/Keyman4Mac/Keyman4Mac/Frameworks/KeymanEngine4Mac.framework/KeymanEngine4Mac, building for macOS-arm64 but attempting to link with file built for macOS-x86_64',
        source: 'keymanapp/keyman#4994',
      },
    ],
    miss: [
      'ld: warning: ignoring file liblua.a, building for macOS-x86_64 but attempting to link with file built for macOS-x86_64',
      '          clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ],
  },
  'debconf-prompt': {
    match: [
      { line: 'Geographic area: 1', source: 'tianon/docker-brew-ubuntu-core#181' },
      {
        line: 'Please select the geographic area in which you live. Subsequent configuration',
        source: 'grafana/grafana#23942',
      },
      { line: 'Configuring tzdata', source: 'grafana/grafana#23942' },
    ],
    miss: ['debconf: unable to initialize frontend: Dialog', 'the time zones in which they are located.'],
  },
  'musl-libc-behaviour': {
    match: [
      {
        line: "iconv(): Wrong charset, conversion from `us-ascii' to `UTF-8//TRANSLIT' is not allowed",
        source: 'glpi-project/docker-images#25',
      },
      {
        line: 'iconv(): Wrong charset, conversion from UTF-8 to ASCII//TRANSLIT//IGNORE is not allowed',
        source: 'nunomaduro/phpinsights#43',
      },
      { line: '  Actual: "custom message (No error information)"', source: 'Kistler-Group/sdbus-cpp#544' },
    ],
    miss: [
      'Expected: is equal to "custom message (Unknown error 123456)"',
      '==> Error E_NOTICE in /var/glpi/tests/imap/MailCollector.php on line 260, generated by file /var/glpi/inc/mailcollector.class.php on line 2060:',
    ],
  },
  'cluster-api-version': {
    match: [
      {
        line: 'Error: failed to install CRD crds/crd.yaml: unable to recognize "": no matches for kind "CustomResourceDefinition" in version "apiextensions.k8s.io/v1beta1"',
        source: 'magda-io/magda-config#19',
      },
      {
        line: 'unable to build Kubernetes objects from release manifest: unable to recognize "": no matches for kind "Ingress" in version "extensions/v1beta1"',
        source: 'rucio/helm-charts#80',
      },
    ],
    miss: ['ingress.networking.k8s.io/web created', 'Release "web" has been upgraded. Happy Helming!'],
  },
  'no-build-for-platform': {
    match: [
      { line: '  [cause]: Error: Unsupported OS: openbsd, architecture: x64', source: 'mastodon/mastodon#39952' },
      {
        line: "Error: Could not find a version that satisfies the requirement '~1.40802.0' for your system 'linux_x86_64'",
        source: 'platformio/platformio-core#1103',
      },
      {
        line: "UnknownPackageError: Could not find the package with 'platformio/toolchain-gccarmnoneeabi @ >=1.60301.0,<1.80000.0' requirements for your system 'linux_aarch64'\"",
        source: 'platformio/platformio-home#2144',
      },
      { line: 'It seems there is no binary available for your platform/architecture', source: 'Medium/phantomjs#579' },
      { line: '0.994 error: Unsupported platform: Linux aarch64', source: 'moonbitlang/core#884' },
    ],
    miss: [
      // mesonbuild/meson#2076: a locale, not a platform.
      'WARNING: Please switch to a UTF-8 locale for your platform.',
      'ERROR: Could not find a version that satisfies the requirement torch==2.0.1 (from versions: 2.2.0, 2.2.1)',
    ],
  },
  'platform-mismatch': {
    match: [
      {
        line: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
        source: 'FreshRSS/FreshRSS#5077',
      },
      {
        line: "WARNING: The requested image's platform (linux/arm/v7) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
        source: 'Red5d/docker-autocompose#29',
      },
    ],
    miss: ['#1 [internal] load metadata for docker.io/library/node:18', 'Platform: linux/amd64'],
  },
  'apt-release-info-changed': {
    match: [
      {
        line: "E: Repository 'http://raspbian.raspberrypi.org/raspbian buster InRelease' changed its 'Suite' value from 'stable' to 'oldstable'",
        source: 'RPi-Distro/pi-gen#546',
      },
      {
        line: "E: Repository 'http://security.debian.org/debian-security buster/updates InRelease' changed its 'Suite' value from 'stable' to 'oldstable'",
        source: 'freedomofpress/securedrop#6070',
      },
    ],
    miss: ['Get:1 http://deb.example.net/debian buster InRelease [122 kB]', 'Reading package lists... Done'],
  },
  'ci-mode': {
    match: [
      { line: '05:40:53.148  Treating warnings as errors because process.env.CI = true.', source: 'vercel/vercel#3990' },
      { line: 'Treating warnings as errors because process.env.CI = true.', source: 'theopensystemslab/planx-new#3539' },
    ],
    miss: ['Most CI servers set it automatically.', 'Compiled successfully.'],
  },
  'library-wrong-architecture': {
    match: [
      {
        line: '\t/Users/catap/Library/Caches/JNA/temp/jna12016497044725394171.tmp: no matching architecture in universal wrapper',
        source: 'sbt/sbt#6162',
      },
      {
        line: '    /Users/georgik/.espressif/python_env/idf4.4_py3.8_env/lib/python3.8/site-packages/cryptography/hazmat/bindings/_openssl.abi3.so: mach-o, but wrong architecture',
        source: 'espressif/idf-eclipse-plugin#376',
      },
      { line: '\t/usr/local/Cellar/wine/4.0/lib/libwine.1.dylib: mach-o, but wrong architecture', source: 'nwutils/nw-builder#513' },
      {
        line: "LoadError - dlopen(/Library/Ruby/Gems/2.6.0/gems/ffi-1.15.5/lib/ffi_c.bundle, 0x0009): tried: '/Library/Ruby/Gems/2.6.0/gems/ffi-1.15.5/lib/ffi_c.bundle' (mach-o file, but is an incompatible architecture (have (x86_64), need (arm64e))) - /Library/Ruby/Gems/2.6.0/gems/ffi-1.15.5/lib/ffi_c.bundle",
        source: 'mateoguzmana/react-native-next-supabase-auth-monorepo#2',
      },
      {
        line: "fatal error LNK1112: module machine type 'x64' conflicts with target machine type 'x86'",
        source: 'huggingface/tokenizers#135',
      },
    ],
    miss: [
      'Architecture: x86_64',
      'file libfoo.dylib: Mach-O 64-bit dynamically linked shared library arm64',
      'error LNK2019: unresolved external symbol',
    ],
  },
  'path-has-whitespace': {
    match: [
      { line: 'Error: Detected a whitespace character in project paths.', source: 'esphome/esphome#16771' },
      { line: 'Your PATH contains spaces, TABs, and/or newline (\\n) characters.', source: 'LuckfoxTECH/luckfox-pico#312' },
      { line: 'Your PATH contains spaces, TABs, and/or newline (\\n) characters.', source: 'SeedSigner/seedsigner-os#1' },
    ],
    miss: ["./extremeflash/tftp_server.py:28:63: E231 missing whitespace after ':'", 'Trailing whitespace in the path list was removed'],
  },
  'time-test-failed': {
    match: [
      { line: '    FAIL: test_only_localtime (tzlocal.tests.TzLocalTests)', source: 'regebro/tzlocal#22' },
      { line: '         56 - libical-glib-timezone (Failed)', source: 'libical/libical#449' },
      { line: '\t  3 - chrono-test (Failed', source: 'OpenIndiana/oi-userland#14009' },
    ],
    miss: [
      '--- FAIL: TestCopyDirFail_DstInaccessible (0.00s)',
      ' FAIL  src/utils/__tests__/formattedTime.spec.js > formatDateTime > should return datetime with specified format shortTime',
      '  3 - runtime-test (Failed)',
      'ERROR:  time zone "Europe/Kyiv" not recognized',
    ],
  },
  'locale-test-failed': {
    match: [
      {
        line: 'ERROR: test_use_locale_context_manager (tests.test_xpath_token.XPath1TokenTest)',
        source: 'sissaschool/elementpath#32',
      },
      { line: ' FAIL  tests/unit/core/i18n/test_utils.js', source: 'mozilla/addons-frontend#2945' },
      { line: 'testNumbersValueClosedPattern(net.ontopia.topicmaps.query.core.NumbersModuleTest', source: 'ontopia/ontopia#434' },
    ],
    miss: [
      '+ERROR:  collation "caseinsensitive" for encoding "UTF8" does not exist',
      'FAILED tests/test_numbering.py::test_pages',
      'Test locale: en_US.UTF-8',
    ],
  },
  'unknown-option': {
    match: [
      {
        line: 'Conflicting collector combinations in option list; please refer to the release notes for the combinations allowed',
        source: 'milessabin/shapeless#814',
      },
      {
        line: "<home_dir>/.nerves/artifacts/nerves_system_rpi3-portable-1.13.0/images/fwup.conf:479: no such option 'delta-source-raw-offset'",
        source: 'nerves-project/nerves#559',
      },
      { line: "Unrecognized VM option 'UseConcMarkSweepGC'", source: 'docker-library/tomcat#307' },
      { line: 'FATAL ERROR: Unrecognized check name "unique_unit_address"', source: 'zephyrproject-rtos/zephyr#12685' },
      {
        line: 'Unknown argument "--add-repo" for command "config-manager". Add "--help" for more information about the arguments.',
        source: 'docker/docker-ce-packaging#1060',
      },
      { line: "Unrecognized VM option 'CMSClassUnloadingEnabled'", source: 'rdk/p2rank#44' },
      { line: 'node: --openssl-legacy-provider is not allowed in NODE_OPTIONS', source: 'hasura/gatsby-gitbook-starter#197' },
      {
        line: "I can't build the extension on macOS 12.4, since I get `node: --openssl-legacy-provider is not allowed in NODE_OPTIONS` error.",
        source: 'censortracker/censortracker#435',
      },
      { line: "error: unknown option `initial-branch'", source: 'scala-steward-org/scala-steward#2806' },
      { line: "error: unknown option `initial-branch=main'", source: 'docker/containerd-packaging#366' },
      { line: "ERROR: GIT: error: unknown switch `b'", source: 'nfdi4plants/ARCCommander#128' },
      { line: '%Error: Invalid Option: --build', source: 'verilator/verilator#2551' },
      { line: 'mksquashfs: invalid option', source: 'AppImage/AppImageKit#592' },
    ],
    miss: [
      // A Dockerfile instruction's flag is the builder's matter (buildkit-required).
      '[error] Unknown flag: chown',
      'usage: git init [-q | --quiet] [--bare]',
      'Unknown error',
      'options: --verbose',
      'mksquashfs: invalid option, see the usage below for help',
    ],
  },
  'container-engine': {
    match: [
      { line: 'ERROR: Multi-platform build is not supported for the docker driver.', source: 'NERSC/interactEM#312' },
      {
        line: 'Error: buildx failed with: ERROR: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
        source: 'tconbeer/sqlfmt#372',
      },
      {
        line: 'the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled',
        source: 'sentinel-official/sentinel-dvpnx#135',
      },
      {
        line: 'Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.',
        source: 'elhenro/endlessh-auto-report-abuseipdb#4',
      },
    ],
    miss: ['#5 [internal] load build definition from Dockerfile', 'docker buildx build --platform linux/amd64 .'],
  },
  'crlf-line-endings': {
    match: [
      { line: '  Line 1:27:   Delete `CRLF`  prettier/prettier', source: 'NiGhTTraX/ts-monorepo#63' },
      {
        line: "Semantic Analysis [531/1123] .\\src\\zinput\\src\\main.zig:1:28: error: invalid carriage return, only '\\n' line endings are supported",
        source: 'zigtools/zls#126',
      },
      { line: '#0 184.8           -package com.netflix.conductor.annotations.protogen;\\r\\n', source: 'Netflix/conductor#3400' },
      {
        line: "0.372 chmod: cannot access '/usr/local/bin/sedfile'$'\\r': No such file or directory",
        source: 'docker-mailserver/docker-mailserver#3755',
      },
      {
        line: 'ci-build_1  | /bin/bash: ./build-bits-linux.sh: /bin/bash^M: bad interpreter: No such file or directory',
        source: 'dotnet-architecture/eShopOnContainers#257',
      },
      {
        line: '/bin/sh: /startup.sh: /bin/bash^M: bad interpreter: No such file or directory',
        source: 'BioDepot/BioDepot-workflow-builder#9',
      },
      { line: "/entrypoint.sh: line 2: $'\\r': command not found", source: 'librespeed/speedtest#448' },
      { line: "line 1: $':\\r': command not found", source: 'mikaelnousiainen/RS41ng#45' },
      { line: "/usr/bin/evn: 'sh\\r' : No such file or directory", source: 'vcmi/vcmi#5863' },
      { line: "' is already registered with AC_CONFIG_FILES.", source: 'libsndfile/libsamplerate#7' },
    ],
    miss: [
      'exec user process caused: no such file or directory',
      '/bin/sh: 1: ./build.sh: not found',
      '/usr/bin/env: bad interpreter: No such file or directory',
      "configure.ac:312: error: `Makefile' is already registered with AC_CONFIG_FILES.",
    ],
  },
  'ruby-removed-api': {
    match: [
      { line: "-e:1:in `<main>': undefined method `exists?' for File:Class (NoMethodError)", source: 'wouterdebie/i2cssh#104' },
      { line: "undefined method `exists?' for File:Class (NoMethodError)", source: 'beefproject/beef#2739' },
      { line: "[ERROR] undefined method `exists?' for class File", source: 'DeployGate/deploygate-cli#324' },
      { line: "Error: undefined method `exists?' for File:Class", source: 'esrlabs/bake#195' },
    ],
    miss: ["undefined method `name' for nil:NilClass (NoMethodError)", 'File.exist?("xyz")', "undefined method `call' for #<Proc>"],
  },
  'openssl3-deprecated-api': {
    match: [
      {
        line: "openssl.c:143:9: error: 'ERR_peek_error_line_data' is deprecated: Since OpenSSL 3.0 [-Werror=deprecated-declarations]",
        source: 'zhaojh329/libuhttpd#22',
      },
      {
        line: 'cwa14890.c:1782:17: error: ‘DES_set_key_unchecked’ is deprecated: Since OpenSSL 3.0 [-Werror=deprecated-declarations]',
        source: 'OpenSC/OpenSC#2411',
      },
      { line: 'DECLARE_PEM_rw_cb_attr(OSSL_DEPRECATEDIN_3_0, RSAPrivateKey, RSA)', source: 'void-linux/xbps#400' },
    ],
    miss: [
      "warning: 'MD5_Final' is deprecated [-Wdeprecated-declarations]",
      '-- Found OpenSSL: /usr/lib/libcrypto.so (found version "3.0.2")',
    ],
  },
  'home-directory-unusable': {
    match: [
      { line: "[ERROR] Unhandled rejection Error: EACCES: permission denied, mkdir '/.npm'", source: 'apache/brooklyn#23' },
      { line: "EACCES: permission denied, mkdir '/homeless-shelter'", source: 'nix-community/npmlock2nix#187' },
      { line: "PermissionError: [Errno 13] Permission denied: '/.aider'", source: 'Aider-AI/aider#2865' },
      { line: 'error: failed to create directory `/.cache/uv`: Permission denied (os error 13)', source: 'i-am-bee/agentstack#611' },
      { line: "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/.config'", source: 'TheR1D/shell_gpt#382' },
    ],
    miss: [
      "mkdir: cannot create directory '.npm': Permission denied",
      "npm ERR! Error: EACCES: permission denied, mkdir '/home/node/.npm/_locks'",
      "cp: cannot stat '../.env': No such file or directory",
    ],
  },
  'linker-new-warning': {
    match: [
      {
        line: '| aarch64-poky-linux-ld: warning: <...>/bl31/bl31.elf has a LOAD segment with RWX permissions',
        source: 'Freescale/meta-freescale#1178',
      },
      {
        line: '/usr/bin/ld.bfd: warning: src/boot/efi/systemd-bootaa64.elf has a LOAD segment with RWX permissions',
        source: 'systemd/systemd#23789',
      },
      {
        line: 'ld.bfd: warning: build/release.x64/loader.elf has a LOAD segment with RWX permissions',
        source: 'cloudius-systems/osv#1322',
      },
    ],
    miss: ['  LOAD           0x000000 0x0000000040200000 0x0000000000200000 0x608084 0x68bca8 RWE 0x1000', 'LINK loader.elf'],
  },
  'perl-removed-syntax': {
    match: [
      {
        line: 'Unescaped left brace in regex is illegal here in regex; marked by <-- HERE in m/\\%{ <-- HERE NETWORK}/',
        source: 'warewulf/warewulf3#127',
      },
      {
        line: 'Unescaped left brace in regex is illegal here in regex; marked by <-- HERE in m/\\@{ <-- HERE prefix}\\@/ at subst line 110.',
        source: 'Tontonitch/interfacetable_v3t#63',
      },
      {
        line: 'Unescaped left brace in regex is deprecated here (and will be fatal in Perl 5.30), passed through in regex; marked by <-- HERE in m/^(.\\s*){ <-- HERE \\s*/ at /usr/local/bin/betty-style line 3544.',
        source: 'alx-tools/Betty#20',
      },
      {
        line: "Can't locate inc/Module/Install.pm in @INC (you may need to install the inc::Module::Install module) (@INC contains: /usr/local/lib64/perl5 /usr/share/perl5) at Makefile.PL line 1.",
        source: 'plack/psgi-specs#40',
      },
      {
        line: "Can't locate builder/MyBuilder.pm in @INC (you may need to install the builder::MyBuilder module) (@INC contains: /opt/perl-5.26.0-RC1/lib/5.26.0) at Build.PL line 12.",
        source: 'kazuho/p5-Server-Starter#46',
      },
    ],
    miss: ['perl -e "print 1"', 'Unescaped quote in string'],
  },
  'oci-runtime-failed': {
    match: [
      {
        line: 'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error reopening /dev/null inside container: open /dev/null: operation not permitted: unknown.',
        source: 'manala/ansible-roles#649',
      },
      {
        line: 'docker: Error response from daemon: OCI runtime create failed: container_linux.go:348: starting container process caused "chdir to cwd (\\"/home/jboss\\") set in config.json failed: permission denied": unknown.',
        source: 'moby/moby#37225',
      },
    ],
    miss: [
      'Successfully started container 3f2a9c1d7b8e',
      'runc version 1.1.12',
      // The runtime worked; the image lacks the program (image-lacks-program).
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "mysqladmin": executable file not found in $PATH: unknown',
    ],
  },
  'extension-undefined-symbol': {
    match: [
      {
        line: 'ImportError: /usr/local/lib/python3.5/dist-packages/urh/cythonext/signalFunctions.cpython-35m-x86_64-linux-gnu.so: undefined symbol: PyFPE_jbuf',
        source: 'jopohl/urh#347',
      },
      {
        line: 'ImportError: /usr/local/lib/python2.7/dist-packages/gevent/_semaphore.so: undefined symbol: PyUnicodeUCS4_DecodeUTF8',
        source: 'gevent/gevent#549',
      },
    ],
    miss: ["undefined symbol 'x' in expression", "/lib64/libc.so.6: version `GLIBC_2.34' not found (required by ./app)"],
  },
  'maven-resolution': {
    match: [
      {
        line: "[ERROR]     Non-resolvable parent POM: Could not transfer artifact com.jcabi:parent:pom:0.37.1 from/to central (https://maven.example.net/maven2): Received fatal alert: protocol_version and 'parent.relativePath' points at wrong local POM @ line 35, column 13 -> [Help 2]",
        source: 'yegor256/rultor#1317',
      },
      {
        line: '[ERROR] Failed to execute goal on project betonquest: Could not resolve dependencies for project org.betonquest:betonquest:jar:2.0.0-SNAPSHOT',
        source: 'BetonQuest/BetonQuest#1475',
      },
    ],
    miss: ['[INFO] BUILD SUCCESS', 'Downloaded from central: https://maven.example.net/maven2/org/x/1.0/x-1.0.pom'],
  },
  'http-repository-blocked': {
    match: [
      {
        line: 'org.eclipse.aether.resolution.ArtifactResolutionException: Could not transfer artifact org.hibernate:hibernate-core:jar:4.3.0-SNAPSHOT from/to maven-default-http-blocker (http://0.0.0.0/): Blocked mirror for repositories: [hibernate-snapshots (http://snapshots.jboss.org/maven2, default, releases+snapshots)] -> [Help 1]',
        source: 'reficio/p2-maven-plugin#271',
      },
      {
        line: '`Blocked mirror for repositories: [oracle-repository (http://download.oracle.com/maven, default, releases)]`.',
        source: 'openam-jp/openam#243',
      },
      { line: 'Tried to use insecure HTTP repository without TLS.', source: 'flosell/lambdacd#171' },
    ],
    miss: ['[INFO] BUILD SUCCESS', 'Downloaded from central: https://repo.maven.apache.org/maven2/org/x/1.0/x-1.0.pom'],
  },
  'seccomp-profile': {
    match: [
      {
        line: 'docker: Error response from daemon: failed to create shim: OCI runtime create failed: container_linux.go:380: starting container process caused: error adding seccomp filter rule for syscall clone3: permission denied: unknown.',
        source: 'mlcommons/training_results_v3.0#7',
      },
      {
        line: 'FATA[0001] failed to create shim: OCI runtime create failed: container_linux.go:349: starting container process caused "error adding seccomp filter rule for syscall clone3: permission denied": unknown',
        source: 'containerd/nerdctl#414',
      },
    ],
    miss: [' Security Options:', '  seccomp', '   Profile: default'],
  },
  'actions-runner-node': {
    match: [
      {
        line: "/__e/node20/bin/node: /lib64/libc.so.6: version `GLIBC_2.28' not found (required by /__e/node20/bin/node)",
        source: 'easybuilders/easybuild-framework#4573',
      },
      {
        line: "/root/actions-runner/externals/node20/bin/node: /lib64/libc.so.6: version `GLIBC_2.28' not found (required by /root/actions-runner/externals/node20/bin/node)",
        source: 'actions/checkout#1590',
      },
      { line: '##[error]Node run failed with exit code 1', source: 'actions/runner#337' },
    ],
    miss: ['Run actions/checkout@v4', '/usr/local/bin/node --version'],
  },
  'process-limit': {
    match: [
      {
        line: 'max number of threads [1024] for user [elasticsearch] is too low, increase to at least [2048]',
        source: 'vkhatri/chef-elasticsearch-cluster#92',
      },
      { line: 'bash: fork: retry: Resource temporarily unavailable', source: 'podman-container-tools/podman#17647' },
      { line: 'pthread_create failed: Resource temporarily unavailable', source: 'containers/toolbox#602' },
      { line: '/bin/sh: 1: Cannot fork', source: 'Ravinou/borgwarehouse#98' },
      { line: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable', source: 'moby/moby#19124' },
      { line: 'Error: glib: Error creating thread: Resource temporarily unavailable', source: 'lovell/sharp#1535' },
    ],
    miss: ['echo: write error: Resource temporarily unavailable', 'forking 4 workers'],
  },
  'buildkit-required': {
    match: [
      { line: '[error] Unknown flag: chown', source: 'sbt/sbt-native-packager#1230' },
      {
        line: 'failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 10: unknown instruction: SET',
        source: 'mathieuruellan/docker-piwigo#32',
      },
      {
        line: 'Error response from daemon: dockerfile parse error line 4: unknown instruction: HELLO',
        source: 'podman-container-tools/buildah#3474',
      },
      // Flags of newer Dockerfile syntax on a builder that predates them.
      { line: 'Error response from daemon: Dockerfile parse error line 12: Unknown flag: mount', source: 'facebook/mcrouter#398' },
      { line: 'Error response from daemon: dockerfile parse error line 15: Unknown flag: parents', source: 'element-hq/element-web#33962' },
      { line: 'ERROR: Dockerfile parse error line 23: Unknown flag: link', source: 'api-platform/demo#326' },
      {
        line: 'Error parsing reference: "abiosoft/caddy:builder as builder" is not a valid repository/tag: invalid reference format',
        source: 'abiosoft/caddy-docker#137',
      },
      // $BUILDPLATFORM is empty under the legacy builder.
      {
        line: 'failed to parse platform : "" is an invalid component of "": platform specifier component must match "^[A-Za-z0-9_-]+$": invalid argument',
        source: 'jeessy2/ddns-go#522',
      },
    ],
    miss: [
      'Step 2/2 : RUN echo hello',
      'unknown instruction set in this CPU',
      'Step 1/15 : FROM --platform=$BUILDPLATFORM golang:1.19-alpine AS builder',
      'failed to parse platform linux/amd64/v9: unknown variant',
    ],
  },
  'beam-version': {
    match: [
      {
        line: '** (CompileError) lib/ecto/query.ex:427: type dynamic/0 is a built-in type and it cannot be redefined',
        source: 'mirego/absinthe_error_payload#34',
      },
      { line: 'ERROR: OTP release 18 does not match required regex R15|R16|17', source: 'benoitc/hackney#220' },
      { line: '  please re-compile this module with an Erlang/OTP 25 compiler', source: 'elixir-lang/elixir#12514' },
    ],
    miss: ['Compiling 56 files (.ex)', '===> Compiling shards', 'Erlang/OTP 25 [erts-13.0.4] [source] [64-bit]'],
  },
  'mix-dependency-failed': {
    match: [
      {
        line: '** (Mix) Could not compile dependency :erlport, "/Users/username/.mix/rebar3 bare compile --paths "/Users/username/project/path/_build/dev/lib/*/ebin"" command failed.',
        source: 'hdima/erlport#49',
      },
      { line: 'could not compile dependency :xxx_rpi5, "mix compile" failed.', source: 'nerves-project/nerves#997' },
    ],
    miss: ['==> nerves', 'Generated xxx_rpi5 app'],
  },
  'otp-function-removed': {
    match: [
      {
        line: '** (UndefinedFunctionError) function :crypto.hmac/3 is undefined or private, use crypto:mac/4 instead',
        source: 'dashbitco/nimble_totp#28',
      },
      { line: 'warning: :crypto.hmac/3 is undefined or private. Did you mean one of:', source: 'pow-auth/assent#79' },
    ],
    miss: ['Compiling 56 files (.ex)', 'Erlang/OTP 25 [erts-13.0.4] [source] [64-bit]'],
  },
  'noexec-mount': {
    match: [
      {
        line: 'execve("/path/to/appimage/.mount_//executable", ["/path/to/appimage/.mount"...], 0x94b020 /* 66 vars */) = -1 EACCES (Permission denied)',
        source: 'AppImageCrafters/appimage-builder#302',
      },
      { line: 'make: ./config_arch: Permission denied', source: 'NVIDIA/gdrcopy#343' },
      { line: '/home/bla/.rbenv/plugins/ruby-build/bin/ruby-build: line 138: ./configure: Permission denied', source: 'rbenv/rbenv#208' },
      { line: ' bash: ./configure: Permission denied', source: 'IgnorantGuru/spacefm#64' },
      {
        line: 'java.io.IOException: Cannot run program "/tmp/extract-fa97ad59-e311-46da-acb4-e56e2d252405extractmongod": error=13, Permission denied',
        source: 'flapdoodle-oss/de.flapdoodle.embed.mongo#341',
      },
      {
        line: 'Fatal error: com.oracle.svm.core.util.VMError$HostedError: java.io.IOException: Cannot run program "/tmp/SVM-17161308199606515702/LibFFIHeaderDirectives" (in directory "/tmp/SVM-17161308199606515702"): error=13, Permission denied',
        source: 'graalvm/graalvm-demos#51',
      },
      { line: 'configure: error: cannot run C compiled programs.', source: 'rbenv/rbenv#208' },
      {
        line: 'Can\'t exec "/tmp/<SOME-FILENAMEHERE>": Permission denied at /usr/share/perl/5.26/IPC/Open3.pm line 178.',
        source: 'konstruktoid/hardening#52',
      },
      { line: 'make[2]: *** [scripts/Makefile.host:104: scripts/basic/fixdep] Error 126', source: 'phoenix-rtos/phoenix-rtos-project#30' },
      {
        line: '/tmp/snappy-1.1.4-6321baa3-1a72-41b6-bbbc-2b1a642bc8c8-libsnappyjava.so: failed to map segment from shared object: Operation not permitted',
        source: 'xerial/snappy-java#240',
      },
      {
        line: 'docker-compose: error while loading shared libraries: libz.so.1: failed to map segment from shared object: Operation not permitted',
        source: 'docker/compose#1339',
      },
      // The thread's line wraps before "Permission denied".
      { line: 'src/shell/shunit2: /tmp/shunit.LpTQbv/oneTimeSetUp: /bin/sh: bad interpreter: ', source: 'kward/shunit2#25' },
      // A mount listing of the filesystem programs run from.
      {
        line: '/dev/mapper/VolGroup01-tmp on /tmp type xfs (rw,nosuid,nodev,noexec,relatime,seclabel,attr2,inode64,noquota)',
        source: 'fox-it/log4j-finder#81',
      },
      {
        line: 'shm on /dev/shm type tmpfs (rw,nosuid,nodev,noexec,relatime,size=65536k,inode64)',
        source: 'ClangBuiltLinux/continuous-integration2#353',
      },
    ],
    miss: [
      'mkdir: cannot create directory /tmp/x: Permission denied',
      'exec /bin/sh',
      // The kernel's own filesystems are mounted noexec everywhere (DataDog/datadog-agent#7865).
      'cgroup2 on /sys/fs/cgroup type cgroup2 (ro,nosuid,nodev,noexec,relatime,seclabel)',
      'proc on /proc type proc (rw,nosuid,nodev,noexec,relatime)',
      // CRLF line endings, not a mount.
      '/bin/sh: ./run-all.sh: /bin/bash^M: bad interpreter: No such file or directory',
    ],
  },
  'network-unreachable-ipv4': {
    match: [
      {
        line: 'Connecting to github.com (github.com)|140.82.121.4|:443... failed: Network is unreachable.',
        source: 'int08h/roughenough#36',
      },
      { line: 'npm ERR! connect ENETUNREACH 151.101.32.162:443 - Local (0.0.0.0:0)', source: 'npm/npm#18292' },
      { line: '        Error: connect ENETUNREACH 63.251.162.12:443 - Local (0.0.0.0:0)', source: 'caffeinelabs/mops#304' },
    ],
    miss: ['npm ERR! connect ENETUNREACH 2606:4700::6810:1923:443 - Local (:::0)', 'npm ERR! code ENETUNREACH'],
  },
  'cli-option-removed': {
    match: [
      { line: '  The "--no-suggest" option does not exist.', source: 'composer/composer#7239' },
      { line: '16.51 The option "--no-dev" does not exist', source: 'growthbook/growthbook#3511' },
      { line: 'The option "--no-update" does not exist', source: 'hyperledger-iroha/iroha#5374' },
    ],
    miss: ['The file "composer.json" does not exist', 'Option --no-dev is deprecated'],
  },
  'apple-linker': {
    match: [
      { line: "ld: warning: ignoring duplicate libraries: '-lemutls_w', '-lgcc'", source: 'OpenFUSIONToolkit/OpenFUSIONToolkit#12' },
      {
        line: "          ld: multiple errors: invalid r_symbolnum=16 in '/Users/eric/Proj/rust/rustc_codegen_cranelift/build/stdlib_target/x86_64-apple-darwin/release/deps/std-6043c0e15839b1b8.37dz0diu3mok62ud.rcgu.o'",
        source: 'rust-lang/rustc_codegen_cranelift#1456',
      },
      {
        line: 'ld: Assertion failed: (resultIndex < sectData.atoms.size()), function findAtom, file Relocations.cpp, line 1336.',
        source: 'iains/gcc-14-branch#5',
      },
      {
        line: 'ld: Assertion failed: (addr + content.size() <= sectionEndAddr), function writeContentWithoutLinkEdit_block_invoke, file Layout.cpp, line 5690.',
        source: 'golang/go#61229',
      },
      { line: 'ld: GOT load reloc does not point to a LDR instruction in LibRaw::minolta_z2()', source: 'darktable-org/darktable#15345' },
    ],
    miss: ['ld: warning: -bind_at_load is deprecated on macOS', 'collect2: error: ld returned 1 exit status'],
  },
  'python-module-not-found': {
    match: [
      { line: "ModuleNotFoundError: No module named 'util'", source: 'uaf-arctic-eco-modeling/dvm-dos-tem#655' },
      { line: "ModuleNotFoundError: No module named 'api'", source: 'fireform-core/FireForm#118' },
    ],
    miss: ['Successfully installed requests-2.31.0', "No module named '/hello' on Python search path"],
  },
  'dependency-source-error': {
    match: [
      {
        line: '  --> /Users/brew/Library/Caches/Homebrew/cargo_cache/registry/src/index.crates.io-6f17d22bba15001f/time-0.3.28/src/format_description/parse/mod.rs:83:9',
        source: 'kpcyrd/sn0int#261',
      },
      {
        line: '  --> /Users/brew/Library/Caches/Homebrew/cargo_cache/registry/src/index.crates.io-6f17d22bba15001f/time-0.3.29/src/format_description/parse/mod.rs:83:9',
        source: 'orogene/orogene#315',
      },
    ],
    miss: ['  --> src/main.rs:12:5', '   Compiling time v0.3.34'],
  },
  'node-options-rejected': {
    match: [
      { line: 'node: --heap-prof is not allowed in NODE_OPTIONS', source: 'nodejs/node#54257' },
      { line: 'node: --use-env-proxy is not allowed in NODE_OPTIONS', source: 'carderne/pi-sandbox#14' },
      { line: 'node: --env-file= is not allowed in NODE_OPTIONS', source: 'cypress-io/github-action#1096' },
    ],
    miss: ['export NODE_OPTIONS=--max-old-space-size=4096', 'node --env-file=.env app.js'],
  },
  'go-build-settings': {
    match: [
      {
        line: 'package github.com/a/b: build constraints exclude all Go files in /mnt/renovate/gh/a/b',
        source: 'renovatebot/renovate#3354',
      },
      {
        line: 'go build github.com/zeromq/goczmq: build constraints exclude all Go files in /root/src/github.com/zeromq/goczmq',
        source: 'zeromq/goczmq#246',
      },
      { line: '\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.', source: 'golang/vscode-go#1595' },
    ],
    miss: ['go: downloading golang.org/x/sys v0.15.0', 'go mod vendor'],
  },
  'dotnet-icu-missing': {
    match: [
      {
        line: "Process terminated. Couldn't find a valid ICU package installed on the system. Set the configuration flag System.Globalization.Invariant to true if you want to run with no globalization support.",
        source: 'maxton/LibOrbisPkg#69',
      },
      {
        line: "#10 8.759 Process terminated. Couldn't find a valid ICU package installed on the system. Please install libicu using your package manager and try again.",
        source: 'containerbase/base#406',
      },
    ],
    miss: ['System.Globalization.CultureNotFoundException: Only the invariant culture is supported', 'apk add icu-libs'],
  },
  'assembler-error': {
    match: [
      { line: "  >> 178    /tmp/ccAuIVR8.s:211: Error: unsupported instruction `vpdpbusd'", source: 'spack/spack#46969' },
      { line: "  >> 1026    {standard input}:24675: Error: no such instruction: `vmovw 4(%rsp),%xmm2'", source: 'spack/spack#46969' },
      {
        line: "  ../kernel/x86_64/dgemm_kernel_4x4_haswell.S:1398: Error: ../kernel/x86_64/dgemm_kernel_4x4_haswell.S: no such instruction: `vpermpd $ 0xb1,%ymm0,%ymm0'",
        source: 'OpenMathLib/OpenBLAS#379',
      },
      { line: "/tmp/ccIZUmko.s:8: Error: unknown pseudo-op: `.base64'", source: 'resurrecting-open-source-projects/dcfldd#44' },
      { line: 'krnl386.exe16.asm: Assembler messages:', source: 'otya128/winevdm#12' },
      { line: 'error: {standard input}: Assembler messages:', source: 'lhmouse/MINGW-packages#12' },
      { line: "Error: 64bit mode not supported on 'i386'", source: 'grub4dos/ntloader#7' },
    ],
    miss: [
      'GNU assembler version 2.34 (x86_64-pc-linux-gnu) using BFD version (GNU Binutils) 2.34',
      'as --version',
      // Hand-written assembly for the wrong mode, not another binutils.
      "sum-no-jmp.s:34: Error: unsupported instruction `mov'",
    ],
  },
  'openssl-config': {
    match: [
      {
        line: 'ValueError: error:060800A3:digital envelope routines:EVP_DigestInit_ex:disabled for fips',
        source: 'aws/chalice#1442',
      },
      { line: 'openssl config failed: error:02001003:system library:fopen:No such process', source: 'openssl/openssl#3764' },
      {
        line: "C:/opscode/chef/embedded/lib/ruby/gems/3.0.0/gems/chef-config-17.1.35/lib/chef-config/config.rb:1262:in fips_mode=': Turning on FIPS mode failed: fingerprint does not match (OpenSSL::OpenSSLError) from C:/opscode/chef/embedded/lib/ruby/gems/3.0.0/gems/chef-config-17.1.35/lib/chef-config/config.rb:1262:in enable_fips_mode'",
        source: 'chef/chef#11743',
      },
      { line: '  | crypto/md5: use of MD5 is not allowed in FIPS 140-only mode', source: 'elastic/beats#43407' },
      { line: 'Auto configuration failed', source: 'nabijaczleweli/cargo-update#255' },
      // CouchDB's release on a FIPS host: OpenSSL's MD5 refused.
      {
        line: 'md5_dgst.c(82): OpenSSL internal error, assertion failed: Digest MD5 forbidden in FIPS mode!',
        source: 'apache/couchdb#1171',
      },
      {
        line: '140535779686304:error:0E078072:configuration file routines:DEF_LOAD:no such file:conf_def.c:197:',
        source: 'mantl/mantl#940',
      },
      { line: 'Unable to load config from /usr/local/ssl/openssl/cnf', source: 'OfficeDev/Office-Add-in-Nodejs-ServerAuth#23' },
      {
        line: "Can't open /home/username/.local/openssl/openssl.cnf for reading, No such file or directory",
        source: 'openssl/openssl#12367',
      },
    ],
    miss: [
      'Setting up openssl (3.0.11-1~deb12u2) ...',
      'error:0308010C:digital envelope routines::unsupported',
      '-- Found OpenSSL: /usr/lib/x86_64-linux-gnu/libcrypto.so (found version "3.0.11")',
    ],
  },
  'no-new-privileges': {
    match: [
      { line: 'sudo: The "no new privileges" flag is set, which prevents sudo from running as root.', source: 'topgrade-rs/topgrade#1006' },
      { line: 'sudo: The "no new privileges" flag is set, which prevents sudo from running as root.', source: 'Eugeny/tabby#9204' },
      {
        line: "sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?",
        source: 'sudo-project/sudo#129',
      },
    ],
    miss: ['sudo apt-get update', '--security-opt no-new-privileges:true', 'uid=0(root) gid=0(root) groups=0(root)'],
  },
  'url-malformed': {
    match: [
      { line: 'Uncaught error: {badmap,{error,invalid_uri,":"}}', source: 'erlang/rebar3#2744' },
      { line: 'InvalidUrlException "" "Invalid URL"', source: 'jgm/pandoc#5509' },
      { line: 'TypeError [ERR_INVALID_PROTOCOL]: Protocol "https:" not supported. Expected "http:"', source: 'microsoft/playwright#36650' },
      { line: '  [cause]: TypeError [ERR_INVALID_URL]: Invalid URL', source: 'noppa/xmllint-wasm#7' },
    ],
    miss: ['SCSS processing failed: file "stdin", line 10, col 9: malformed URL ', 'export https_proxy=http://proxy.example.net:3128'],
  },
  'git-https-auth-failed': {
    match: [
      { line: 'remote: Permission to micro/go-micro.git denied to github-actions[bot].', source: 'micro/go-micro#3638' },
      {
        line: "        fatal: could not read Username for 'https://git.vdb.to': terminal prompts disabled",
        source: 'cerc-io/stack-orchestrator#528',
      },
      {
        line: "\tfatal: could not read Username for 'https://github.com/': terminal prompts disabled",
        source: 'benmatselby/hugo-deploy-gh-pages#60',
      },
    ],
    miss: ['git@github.com: Permission denied (publickey).', "Username for 'https://github.com': "],
  },
  'proxy-failure': {
    match: [
      { line: 'log  : Response status code does not indicate success: 407 (Proxy Authentication Required).', source: 'dotnet/cli#3065' },
      { line: 'npm ERR! code E407', source: 'npm/npm#19820' },
      { line: 'npm ERR! 407 Proxy Authentication Required: windows-build-tools@lastest', source: 'npm/npm#19748' },
      { line: 'tunneling socket could not be established, statusCode=407', source: 'npm/npm#20305' },
      {
        line: 'docker: Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp :0: connect: connection refused.',
        source: 'docker/for-win#7935',
      },
      {
        line: 'Error while pulling image: Get https://index.docker.io/v1/repositories/gitlab/gitlab-ce/images: http: error connecting to proxy http://127.0.0.1:53847: dial tcp 127.0.0.1:53847: getsockopt: connection refused',
        source: 'docker-archive-public/docker.kitematic#3611',
      },
    ],
    miss: [
      'proxy=http://proxy.example.net:3128/',
      'Get:4 http://debmirror.example.net/debian bookworm/main amd64 libc6 amd64 2.36-9 [2757 kB]  407 kB/s',
      'Setting up squid-proxy (6.1) ...',
    ],
  },
  'beam-otp-mismatch': {
    match: [
      { line: '      (Use of opcode 154; this emulator supports only up to 153.)', source: 'emqx/emqtt-bench#65' },
      {
        line: "      Error: 7.616 [error] beam/beam_load.c(86): Error loading module 'Elixir.Code.Formatter':",
        source: 'erlef/setup-beam#117',
      },
      { line: '  (Use of opcode 182; this emulator supports only up to 180.)', source: 'seriyps/mtproto_proxy#113' },
      { line: '  corrupt atom table', source: 'tylerbutler/beryl#80' },
      {
        line: '2021-11-10T19:38:33.6689012Z   please re-compile this module with an 23 compiler (old-style fun with indices: 1/4)',
        source: 'pguyot/nabblockly#9',
      },
    ],
    miss: ['beam/beam_emu.c is compiled with -O2', '** (UndefinedFunctionError) function :crypto.hmac/3 is undefined or private'],
  },
  'kernel-fault': {
    match: [
      { line: 'RIP: 0010:ublk_init_queues+0x4e/0x1e0 [ublk_drv]', source: 'actions/runner-images#14175' },
      {
        line: '[Tue Dec  3 21:27:04 2024] task:node            state:D stack:0     pid:23041 ppid:21790  flags:0x00004002',
        source: 'amazonlinux/amazon-linux-2023#856',
      },
    ],
    miss: [
      '[  +0.000000] Call Trace:',
      'mysqld invoked oom-killer: gfp_mask=0x6000c0(GFP_KERNEL), order=0, oom_score_adj=-999',
      'RIP: the job was retired',
    ],
  },
  'kernel-headers-missing': {
    match: [
      { line: 'make[1]: *** /lib/modules/4.14.66-v7+/build: No such file or directory.  Stop.', source: 'raspberrypi/firmware#1029' },
      { line: 'make[1]: *** /lib/modules/4.9.59-v7+/build: No such file or directory.  Stop.', source: 'v4l2loopback/v4l2loopback#159' },
      { line: 'Your kernel headers for kernel 5.11.15_tkg_pds cannot be found at', source: 'Frogging-Family/linux-tkg#229' },
      {
        line: '/lib/modules/5.15.0-1041-azure/build/Is the correct kernel-devel package installed? [FAILED]',
        source: 'blue-build/legacy-template#125',
      },
      { line: 'The compiler used to compile the kernel (gcc', source: 'voidlinux/void-packages#5287' },
    ],
    miss: [
      'make -C /lib/modules/6.5.0-1021-azure/build M=/home/runner/work/vcam/vcam modules',
      "make[1]: Entering directory '/usr/lib/modules/6.15.4-2-cachyos-bore-lto/build'",
    ],
  },
  'kernel-module-missing': {
    match: [
      {
        line: 'modprobe: FATAL: Module overlay not found in directory /lib/modules/3.10.105-bsp-1.2-ayufan-77',
        source: 'ayufan-pine64/linux-build#76',
      },
      {
        line: 'Nov 27 08:22:56 19e4b159b253 modprobe[667]: modprobe: FATAL: Module overlay not found in directory /lib/modules/4.14.154-128.181.amzn2.x86_64',
        source: 'amazonlinux/container-images#41',
      },
      {
        line: "modprobe: ERROR: ../libkmod/libkmod.c:586 kmod_search_moddep() could not open moddep file '/lib/modules/4.4.0-28-generic/modules.dep.bin'",
        source: 'canonical/lxd#2321',
      },
    ],
    miss: ['modprobe overlay', 'Loading kernel module overlay... done', "Module not found: Error: Can't resolve './app'"],
  },
  'kernel-symbol-untraceable': {
    match: [
      { line: 'cannot attach kprobe, probe entry may not exist', source: 'iovisor/bcc#4434' },
      {
        line: "Exception: Failed to attach BPF program b'kprobe__nf_nat_l4proto_unique_tuple' to kprobe b'nf_nat_l4proto_unique_tuple'",
        source: 'iovisor/bcc#3185',
      },
      { line: 'Exception: Failed to attach BPF program kprobe__ip6t_do_table to kprobe ip6t_do_table', source: 'yadutaf/tracepkt#5' },
      { line: 'cannot attach uprobe, probe entry may not exist', source: 'harmonycloud/kindling#92' },
      { line: '[  805.005493] trace_kprobe: error: Invalid probed address or symbol', source: 'iovisor/bcc#4434' },
    ],
    miss: ['Attaching 1 probe...', 'kprobe_events: p:kprobes/myprobe do_sys_open', 'Failed to attach to the debugger'],
  },
  'ptrace-denied': {
    match: [
      {
        line: "error: failed to launch '/home/jreuter/Projects/Compilers/llvm-project/_build_lld/tools/lldb/unittests/tools/lldb-server/./environment_check': ptrace failed: Operation not permitted",
        source: 'llvm/llvm-project#203853',
      },
      { line: 'Could not attach to process.  If your uid matches the uid of the target', source: 'nasa/trick#616' },
      { line: 'process, check the setting of /proc/sys/kernel/yama/ptrace_scope, or try', source: 'nasa/trick#616' },
      { line: 'panic: unable to attach: operation not permitted', source: 'google/gvisor#8989' },
    ],
    miss: ['kernel.yama.ptrace_scope = 1', 'Attaching to process 4242', 'strace -f -p 4242'],
  },
  'expected-error-missing': {
    match: [
      { line: "\tlog_watcher_test.go:160: didn't fail to add file", source: 'google/mtail#111' },
      { line: '        read_test.go:82: Expected error, got none!', source: 'hashicorp/terraform#7724' },
      { line: 'AssertionError: expected [Function] to throw an error', source: 'juev/hledger-vscode#272' },
      {
        line: 'Failed asserting that exception of type "RuntimeException" is thrown.',
        source: 'kenjis/ci-app-for-ci-phpunit-test#7',
      },
      {
        line: 'AssertionError [ERR_ASSERTION]: listen should have failed at test/parallel/test-cluster-shared-handle-bind-privileged-port.js:51',
        source: 'nodejs/node#55378',
      },
      { line: '    Failed: DID NOT RAISE', source: 'psf/requests#2841' },
    ],
    miss: [
      'Failed asserting that two strings are identical.',
      'E   TypeError: expected str, bytes or os.PathLike object, not NoneType',
      '--- PASS: TestWatcherErrors (0.00s)',
      'error: expected an error code, got 200',
    ],
  },
  'permission-checks-as-root': {
    match: [
      {
        line: '      Command Injection Prevention > sanitizeJournalPath > should reject unreadable paths',
        source: 'juev/hledger-vscode#272',
      },
      { line: 'FAIL: test_invalid_permissions (test.test_sync.TestLocalFolder)', source: 'Backblaze/B2_Command_Line_Tool#427' },
      { line: 'FAILED test/test_env_files.py::test_permission_denied_handling - assert False', source: 'con/duct#348' },
      {
        line: 'Dir.delete raises an Errno::EACCES if lacking adequate permissions to remove the directory FAILED',
        source: 'rubinius/rubinius#3692',
      },
      { line: '  [fail] attempt to open a readonly regular file', source: 'scala-native/scala-native#834' },
      { line: '#   Failed test at t/29unreadable.t line 31.', source: 'simonwistow/Module-Pluggable#27' },
      { line: '--- FAIL: TestRead_PathNoPermission (0.00s)', source: 'hashicorp/terraform#7724' },
    ],
    miss: [
      "mkdir: cannot create directory '/build/out': Permission denied",
      'FAILED tests/test_api.py::test_login - assert 401 == 200',
      'Dir.delete removes the directory FAILED',
    ],
  },
  'colour-codes-in-output': {
    match: [
      { line: "assert 'drift math.add' in '\\x1b[31mdrift\\x1b[0m math.add'", source: 'mcp-hangar/mcp-hangar#1521' },
      {
        line: '"\\x1b[1mUsage:\\x1b[22m   \\x1b[95mcf fuse-daemon …"   vs   "Usage:   cf fuse-daemon <mountpoint> [options]"',
        source: 'commontoolsinc/labs#5714',
      },
      {
        line: "AssertionError: expected 'SETTLED [] <ESC>[33mtrue<ESC>[39m\\n' to contain 'SETTLED [] true'",
        source: 'Intrect-io/OpenSwarm#585',
      },
      { line: "    actual   '\\u001b[34m>\\u001b[39m First option'", source: 'Nano-Collective/nanocoder#843' },
      { line: '\\e[4mI\\e[24mnfo', source: 'modelcontextprotocol/inspector#2207' },
      { line: '       Compared values have no visual difference.', source: 'ekino/veggies#53' },
    ],
    miss: ["assert 'drift math.add' in 'drift math.add (x1b)'", 'ESC key pressed', 'printf "\\x1b" > /dev/null'],
  },
  'image-lacks-program': {
    match: [
      { line: 'exec: "/bin/sh": stat /bin/sh: no such file or directory', source: 'vllm-project/semantic-router#3312' },
      {
        line: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "mysqladmin": executable file not found in $PATH: unknown',
        source: 'wallabag/docker#342',
      },
    ],
    miss: ['/bin/sh: 1: mysqladmin: not found', 'exec /usr/local/bin/docker-entrypoint.sh: exec format error'],
  },
  'system-bus-unavailable': {
    match: [
      { line: 'Failed to create bus connection: No such file or directory', source: 'solita/docker-systemd#12' },
      { line: 'Failed to create bus connection: No such file or directory', source: 'rocker-org/rocker-versioned#89' },
      { line: 'Failed to create bus connection: No such file or directory', source: 'rstudio/r-docker#46' },
    ],
    miss: ["System has not been booted with systemd as init system (PID 1). Can't operate.", 'Created bus connection'],
  },
  'go-vcs-stamping': {
    match: [
      { line: 'error obtaining VCS status: exit status 128', source: 'opencontainers/runc#3730' },
      { line: 'error obtaining VCS status: exit status 128', source: 'triggermesh/triggermesh#673' },
      { line: 'error obtaining VCS status: exit status 128', source: 'tablelandnetwork/go-tableland#467' },
    ],
    miss: ['\tUse -buildvcs=false to disable VCS stamping.', 'fatal: not a git repository (or any of the parent directories): .git'],
  },
  'java-options-banner': {
    match: [
      {
        line: '[WARNING] Unrecognized output from [/usr/java/temurinjdk21.0.7+6/bin/javac, -version]: Picked up JAVA_TOOL_OPTIONS: -XX:ActiveProcessorCount=16 -XX:ErrorFile=./hs_err/hs_err_pid%p.log',
        source: 'apache/maven-jar-plugin#470',
      },
      {
        line: "Error: VASSAL requires Java 11 or later. The Java you are using (/usr/bin/java) has an unrecognizable version 'Picked up _JAVA_OPTIONS: -Dawt.useSystemAAFontSettings=lcd'.",
        source: 'vassalengine/vassal#10439',
      },
      {
        line: '/deployments/run-java.sh: line 332: [: Picked up JAVA_TOOL_OPTIONS: -javaagent:/appinsights/applicationinsights-agent.jar: integer expression expected',
        source: 'fabric8io-images/run-java-sh#117',
      },
      { line: "  version: 'Picked up _JAVA_OPTIONS: -XX:ParallelGCThreads=1", source: 'bcbio/bcbio-nextgen#529' },
    ],
    miss: ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8', 'openjdk version "21.0.7" 2025-04-15'],
  },
  'refuses-root': {
    match: [
      { line: 'pg_ctl: cannot be run as root', source: 'dbfixtures/pytest-postgresql#341' },
      {
        line: "/Library/Ruby/Gems/2.0.0/gems/claide-1.0.0/lib/claide/command.rb:439:in `help!': [!] You cannot run CocoaPods as root. (CLAide::Help)",
        source: 'bitrise-steplib/steps-cocoapods-install#16',
      },
      { line: '✗ [CLI] [ERROR] Woah! You appear to be trying to run flutter as root. (5ms)', source: 'schultek/jaspr#310' },
      { line: '[postgres\t] initdb: error: cannot be run as root', source: 'cachix/devenv#961' },
      {
        line: 'Error in fail: The current user is root, please run as non-root when using the hermetic Python interpreter. See https://github.com/bazelbuild/rules_python/pull/713.',
        source: 'cdxgen/cdxgen#1536',
      },
      { line: 'We strongly suggest that you run mpirun as a non-root user.', source: 'opencollab/arpack-ng#168' },
      { line: 'We strongly suggest that you run mpiexec as a non-root user.', source: 'parthenon-hpc-lab/parthenon#128' },
      { line: '    Do not use Bitbake as root', source: 'openbmc/openbmc#3625' },
      { line: 'mpirun has detected an attempt to run as root.', source: 'Homebrew/linuxbrew-core#13062' },
      { line: 'prterun has detected an attempt to run as root.', source: 'FEniCS/dolfinx#4456' },
      {
        line: '==> ERROR: Running makepkg as root is not allowed as it can cause permanent,',
        source: 'm1k1o/win10-in-docker#2',
      },
      {
        line: '[C 05:03:37.083 NotebookApp] Running as root is not recommended. Use --allow-root to bypass.',
        source: 'chusiang/ansible-jupyter.dockerfile#10',
      },
      {
        line: "[pid=3392][err] Running Nightly as root in a regular user's session is not supported.  ($HOME is /github/home which is owned by uid 1001.)",
        source: 'microsoft/playwright#27620',
      },
      { line: '🛑  The "docker" driver should not be used with root privileges.', source: 'kubernetes/minikube#8613' },
      {
        line: 'npm WARN cannot run in wd my-package@0.0.0 node ./node_modules/bower/bin/bower i (wd=/builds/author/my-package)',
        source: 'nodejs/docker-node#93',
      },
      { line: 'cannot run in wd %s %s (wd=%s) undefined bower install /root/project', source: 'npm/npm#18060' },
      {
        line: '2020-04-02 14:24:01.851  INFO [-,,,] 80 --- [initdb:pid(129)] i.z.t.d.p.embedded.EmbeddedPostgres      : initdb: cannot be run as root',
        source: 'opentable/otj-pg-embedded#142',
      },
      { line: 'Caused by: java.lang.RuntimeException: can not run elasticsearch as root', source: 'elastic/elasticsearch#25514' },
      {
        line: 'Exception in thread "main" java.lang.RuntimeException: don\'t run elasticsearch as root.',
        source: 'spujadas/elk-docker#87',
      },
      {
        line: 'configure: error: you should not run configure as root (set FORCE_UNSAFE_CONFIGURE=1 in environment to bypass this check)',
        source: 'spack/spack#5139',
      },
      {
        line: '> configure: error: you should not run configure as root (set FORCE_UNSAFE_CONFIGURE=1 in environment to bypass this check)',
        source: 'openwrt/packages#8752',
      },
    ],
    miss: [
      "WARNING: Running pip as the 'root' user can result in broken permissions",
      'Please log in (using, e.g., "su") as the (unprivileged) user that will',
      'sudo make install',
      'USER nonroot',
      'docker run --user 1000 to run as a non-root user',
    ],
  },
  'zip-timestamp-before-1980': {
    match: [
      {
        line: 'Exception in thread "main" java.lang.IllegalArgumentException: 1979-12-31 16:00:00 is not representable in the DOS time format. It must be in the range 1980-01-01 00:00:00 to 2107-12-31 23:59:59',
        source: 'bazelbuild/bazel#30592',
      },
      { line: '2024/07/09 23:46:03 WARN ValueError: ZIP does not support timestamps before 1980', source: 'pypa/hatch#1605' },
      { line: '    raise ValueError("zipinfo date can\'t be earlier than 1980")', source: 'pdm-project/pdm-backend#288' },
      { line: 'ValueError: ZIP does not support timestamps before 1980', source: 'pypa/wheel#418' },
    ],
    miss: ['SOURCE_DATE_EPOCH=315532800', "  adding 'wheel/__init__.py'"],
  },
  'rendering-differs': {
    match: [
      {
        line: 'E           matplotlib.testing.exceptions.ImageComparisonFailure: images not close (RMS 6.457):',
        source: 'matplotlib/matplotlib#17037',
      },
      {
        line: 'E           matplotlib.testing.exceptions.ImageComparisonFailure: images not close (RMS 3.652):',
        source: 'igraph/python-igraph#805',
      },
      { line: 'Error: Image files did not match.', source: 'GenericMappingTools/pygmt#1270' },
      {
        line: 'E                   AssertionError: Pixel (1, 2) in table_vertical_align: expected rgba(255, 0, 0, 255), got rgba(127, 0, 128, 255)',
        source: 'Kozea/WeasyPrint#1291',
      },
      {
        line: 'FAILED tests/test_pydyf.py::test_transform - AssertionError: Pixel (2, 4) in test_transform: reference rgba(0, 0, 0), got rgba(255, 255, 255)',
        source: 'CourtBouillon/pydyf#12',
      },
      { line: '[   59s] AssertionError:  average pixel value difference 6.1854 > epsilon 0.5000', source: 'python-pillow/Pillow#2116' },
    ],
    miss: [
      'images differ in size',
      'Error: Image files did not match the expected size',
      'ValueError: unsupported pixel format',
      'AssertionError: Pixel count 12 != 14',
    ],
  },
  'java-fonts-missing': {
    match: [
      { line: '    at sun.awt.FontConfiguration.getVersion(FontConfiguration.java:1264)', source: 'docker-library/openjdk#73' },
      {
        line: 'Caused by: java.lang.NullPointerException: Cannot load from short array because "sun.awt.FontConfiguration.head" is null',
        source: 'FlowingCode/GridExporterAddon#15',
      },
      {
        line: '            at java.desktop/sun.awt.FontConfiguration.getVersion(FontConfiguration.java:1262)',
        source: 'corretto/corretto-11#326',
      },
      { line: '     images differ in 2870 pixels (command output: 2870)', source: 'matomo-org/developer-documentation#776' },
    ],
    miss: [
      'images differ in size',
      'Fontconfig warning: ignoring C.UTF-8: not a valid language tag',
      '\tat sun.font.FontDesignMetrics.getMetrics(FontDesignMetrics.java:261)',
    ],
  },
  'default-branch-name': {
    match: [
      {
        line: 'called `Result::unwrap()` on an `Err` value: Error { code: -3, klass: 4, message: "cannot locate local branch \'master\'" }',
        source: 'tummychow/git-absorb#164',
      },
      { line: 'fatal: invalid reference: master', source: 'composer/composer#9378' },
    ],
    miss: ["Switched to a new branch 'main'", "Your branch is up to date with 'origin/master'."],
  },
  'gpg-signing-failed': {
    match: [
      { line: 'error: gpg failed to sign the data', source: 'genehack/Git-Wrapper#91' },
      { line: 'error: gpg failed to sign the data', source: 'copier-org/copier#616' },
      { line: '11:33:16 gpg: signing failed: Inappropriate ioctl for device', source: 'elastic/apm-agent-java#2577' },
    ],
    miss: ['gpg: Signature made Tue 01 Feb 2022', 'gpg: Good signature from "Jane <jane@example.org>"'],
  },
  'action-runtime-unsupported': {
    match: [
      {
        line: "Error: System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter ''using: node16' is not supported, use 'docker' or 'node12' instead.')",
        source: 'tcardonne/docker-github-runner#53',
      },
      {
        line: "Error: System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter ''using: node24' is not supported, use 'docker', 'node12', 'node16' or 'node20' instead.')",
        source: 'nebari-dev/nebari#3113',
      },
    ],
    miss: ["  using: 'node20'", "Download action repository 'actions/setup-node@v4'"],
  },
  'init-script-ulimit': {
    match: [
      { line: '/etc/init.d/docker: 62: ulimit: error setting limit (Invalid argument)', source: 'cloudfoundry/bosh#2493' },
      {
        line: 'run_fast_tests  Run fast tests  2024-02-21T00:00:42.9584377Z /etc/init.d/docker: 62: ulimit: error setting limit (Invalid argument)',
        source: 'causify-ai/kaizenflow#663',
      },
    ],
    miss: ['ulimit -n 65536', '/etc/init.d/docker start'],
  },
  'python-no-matching-release': {
    match: [
      {
        line: 'ERROR: Could not find a version that satisfies the requirement tensorflow (from versions: none)',
        source: 'tensorflow/tensorflow#85298',
      },
      {
        line: '  Could not find a version that satisfies the requirement tensorflow<2.0,>=1.15 (from -r requirements.txt (line 3)) (from versions: 0.12.1, 1.0.0, 1.0.1)',
        source: 'google-deepmind/open_spiel#137',
      },
    ],
    miss: ['ERROR: No matching distribution found for tensorflow', 'Collecting tensorflow<2.0,>=1.15 (from -r requirements.txt (line 3))'],
  },
  'filesystem-without-symlinks': {
    match: [
      { line: 'symlink(_build/install/default/lib/FrontC/opam): Operation not permitted', source: 'microsoft/WSL#11772' },
      {
        line: "41893 error EPROTO: protocol error, symlink '../atob/bin/atob.js' -> '/home/vagrant/DAPPS/guargua-code/node_modules/.bin/atob'",
        source: 'b9lab/truffle-vagrant-env#8',
      },
      // A VMware shared folder (vmhgfs-fuse) answers ENOTSUP.
      { line: 'ln: failed to create symbolic link ‘qemu/pyrebox’: Operation not supported', source: 'Cisco-Talos/pyrebox#12' },
    ],
    miss: ['symlink(_build/default/x) -> ok', 'Creating symlink /usr/bin/python -> python3'],
  },
  'rustup-toolchain-not-installed': {
    match: [
      { line: "error: toolchain '1.81.0-x86_64-unknown-linux-gnu' is not installed", source: 'Scille/parsec-cloud#9854' },
      { line: "error: toolchain '1.85.0-x86_64-unknown-linux-gnu' is not installed", source: 'rust-lang/rustup#4212' },
      { line: "error: toolchain '1.85-x86_64-unknown-linux-gnu' is not installed", source: 'shadow/shadow#3521' },
    ],
    miss: ['info: installing component rustc', "error: component 'clippy' is not available"],
  },
  'bazel-undeclared-inclusion': {
    match: [
      {
        line: "ERROR: /home/evan/.cache/bazel/_bazel_evan/180b6ea7081ea11eb90ea7e00a54ca93/external/boost/BUILD.bazel:506:1: undeclared inclusion(s) in rule '@boost//:container':",
        source: 'nelhage/rules_boost#174',
      },
      {
        line: "ERROR: /usr/local/google/home/laurenzo/.cache/bazel/_bazel_laurenzo/aeb2f2bb7cbc4eb68307c702c2306745/external/zlib_archive/BUILD.bazel:5:1: undeclared inclusion(s) in rule '@zlib_archive//:zlib':",
        source: 'iree-org/iree#117',
      },
      {
        line: "    ERROR: /Users/geoffreyi/deepmath/hol/BUILD:26:1: undeclared inclusion(s) in rule '//hol:trace':",
        source: 'bazelbuild/bazel#2171',
      },
    ],
    miss: [
      "this rule is missing dependency declarations for the following files included by 'hol/trace_main.cc':",
      'inclusion rule updated',
    ],
  },
  'go-module-mode': {
    match: [
      { line: 'build flag -mod=vendor only valid when using modules', source: 'cilium/hubble#79' },
      { line: 'build flag -mod=vendor only valid when using modules', source: 'Stackdriver/stackdriver-prometheus-sidecar#156' },
      { line: 'go: cannot find main module, but found .git/config in /go/src/github.com/m-lab/ndt-server', source: 'm-lab/ndt-server#330' },
    ],
    miss: ['GO111MODULE=on go test -race  -mod=vendor ./...', 'go: downloading github.com/pkg/errors v0.9.1'],
  },
  'cmake-build-program-missing': {
    match: [
      { line: '> [CXX1416] Could not find Ninja on PATH or in SDK CMake bin folders.', source: 'mingchen/docker-android-build-box#194' },
      {
        line: 'CMake Error: CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
        source: 'facebookarchive/xcbuild#108',
      },
      {
        line: 'CMake Error: CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
        source: 'Tudat/tudatBundle#45',
      },
    ],
    miss: ['-- Build files have been written to: /build', 'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage'],
  },
  'cmake-compiler-not-set': {
    match: [
      { line: 'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage', source: 'jbush001/NyuziProcessor#184' },
      { line: 'CMAKE_C_COMPILER not set, after EnableLanguage', source: 'cycfi/q#93' },
      { line: '    Generator NMake Makefiles does not support platform specification,', source: 'openPMD/openPMD-api#1889' },
      { line: '[        ] CMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage', source: 'canonical/multipass#4073' },
    ],
    miss: [
      '-- The C compiler identification is GNU 12.2.0',
      'CMake Error: CMAKE_C_COMPILER is not a full path to an existing compiler tool.',
    ],
  },
  'linker-not-found': {
    match: [
      { line: "collect2: fatal error: cannot find 'ld'", source: 'google/gvisor#26' },
      {
        line: 'Giving `ninja` in `_build` the linking stage fails with `collect2: fatal error: cannot find ‘ld’`.',
        source: 'wwmm/easyeffects#2194',
      },
      { line: "clang-15: error: invalid linker name in argument '-fuse-ld=gold'", source: 'jdart1/arasan-chess#44' },
    ],
    miss: ['/usr/bin/ld: cannot find -lssl', 'collect2: error: ld returned 1 exit status'],
  },
  'shallow-clone-no-tags': {
    match: [
      { line: 'fatal: No names found, cannot describe anything.', source: 'flux-framework/flux-core#534' },
      { line: "err b'fatal: No names found, cannot describe anything.\\n'", source: 'pypa/setuptools-scm#414' },
    ],
    miss: ['git describe --tags --always', 'v1.2.3-4-gdeadbee'],
  },
  'alpm-init-faccessat2-denied': {
    match: [
      { line: 'error: failed to initialize alpm library', source: 'archlinux/archlinux-docker#40' },
      { line: 'error: failed to initialize alpm library', source: 'bionade24/abs_cd#14' },
    ],
    miss: ['(could not find or read directory: /var/lib/pacman/)', ':: Synchronizing package databases...'],
  },
  'rosetta-x86-loader-missing': {
    match: [
      { line: 'rosetta error: failed to open elf at /lib64/ld-linux-x86-64.so.2', source: 'swiftlang/swift-docker#437' },
      {
        line: 'AAPT2 aapt2-8.2.2-10154469-linux Daemon #0: Unexpected error output: rosetta error: failed to open elf at /lib64/ld-linux-x86-64.so.2',
        source: 'cirruslabs/docker-images-android#72',
      },
    ],
    miss: ['rosetta error: bss_size overflow', 'rosetta error: Unable to open /proc/self/exe: 40'],
  },
  'ipv6-disabled-in-kernel': {
    match: [
      {
        line: 'Error: plugin type="bridge" failed (add): cni plugin bridge failed: open /proc/sys/net/ipv6/conf/eth0/accept_dad: no such file or directory',
        source: 'kubernetes-sigs/kind#3016',
      },
      {
        line: 'Error response from daemon: Cannot read IPv6 setup for bridge br-5b85391ca17e: open /proc/sys/net/ipv6/conf/br-5b85391ca17e/disable_ipv6: no such file or directory',
        source: 'bitcoin/bitcoin#35991',
      },
    ],
    miss: [
      'Command Output: time="2022-12-01T18:23:45-05:00" level=warning msg="Failed to load cached network config: network kind not found in CNI cache, falling back to loading network kind from disk"',
    ],
  },
  'execjs-runtime-unavailable': {
    match: [
      {
        line: 'ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes.',
        source: 'joshlarsen/jekyll4-deploy-gh-pages#3',
      },
      {
        line: '! Unable to load application: ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes.',
        source: 'klausmeyer/docker-registry-browser#447',
      },
    ],
    miss: ["  /github/workspace/vendor/bundle/ruby/2.6.0/gems/execjs-2.7.0/lib/execjs/runtimes.rb:58:in `autodetect'"],
  },
  'debhelper-compat-unsupported': {
    match: [
      { line: 'dh: Sorry, but 12 is the highest compatibility level supported by this debhelper.', source: 'bkw777/mainline#226' },
      {
        line: '    dh_clean: Compatibility levels before 5 are no longer supported (level 4 requested)',
        source: 'hydrogen-music/hydrogen#493',
      },
    ],
    miss: ["debian/rules:20: recipe for target 'clean' failed", 'dh: warning: Please specify the debhelper compat level exactly once.'],
  },
  'llvm-target-unsupported': {
    match: [
      {
        line: `cargo:warning=error: unable to create target: 'No available targets are compatible with triple "wasm32-unknown-unknown"'`,
        source: 'gyscos/zstd-rs#93',
      },
      {
        line: `error: unable to create target: 'No available targets are compatible with triple "wasm32-unknown-wasi"'`,
        source: 'WebAssembly/wasi-sdk#172',
      },
      {
        line: "cargo:warning=error: unable to create target: 'No available targets are compatible with this triple.'",
        source: 'cesarb/clear_on_drop#21',
      },
    ],
    miss: ["error: unknown target triple 'foo'", 'cargo:warning=1 error generated.'],
  },
  'gradle-java-toolchain-not-found': {
    match: [
      { line: '> No compatible toolchains found for request filter: {languageVersion=11, vendor=any,', source: 'gradle/gradle#16897' },
      {
        line: '   > Cannot find a Java installation on your machine matching this tasks requirements: {languageVersion=17, vendor=any, implementation=vendor-specific} for LINUX on x86_64.',
        source: 'runs-on/runs-on#111',
      },
      {
        line: '      > No locally installed toolchains match and toolchain download repositories have not been configured.',
        source: 'runs-on/runs-on#111',
      },
    ],
    miss: ["> Failed to calculate the value of task ':compileJava' property 'javaCompiler'.", 'FAILURE: Build failed with an exception.'],
  },
  'go-insecure-signature-algorithm': {
    match: [
      {
        line: '    apkverifier_test.go: v1-only-pkcs7-cert-bag-first-cert-not-used.apk did not verify: No valid cert chains found, last error: no valid signers: x509: cannot verify signature: insecure algorithm SHA1-RSA (temporarily override with GODEBUG=x509sha1=1)',
        source: 'avast/apkverifier#16',
      },
      {
        line: '    must.go:28: Failed at /builddir/build/BUILD/mangos-3.2.1/_build/src/go.nanomsg.org/mangos/v3/internal/test/certs_test.go:26: Error is not nil: x509: cannot verify signature: insecure algorithm SHA1-RSA (temporarily override with GODEBUG=x509sha1=1)',
        source: 'nanomsg/mangos#251',
      },
    ],
    miss: ['x509: certificate signed by unknown authority', 'crypto/x509: using SHA-256'],
  },
  'proc-sys-write-denied': {
    match: [
      {
        line: '                count_test.go:99: failed to drop VM cache: open /proc/sys/vm/drop_caches: permission denied',
        source: 'acln0/perf#15',
      },
      { line: 'mount: /proc/sys/fs/binfmt_misc: permission denied.', source: 'myoung34/docker-github-actions-runner#379' },
    ],
    miss: ['cat /proc/sys/vm/max_map_count', "Set sysctl 'net/netfilter/nf_conntrack_max' to 524288"],
  },
  'uid-not-mappable': {
    match: [
      {
        line: "ERROR: Service 'test' failed to build: failed to copy files: failed to copy file: Container ID 65536 cannot be mapped to a host ID",
        source: 'docker/compose#7265',
      },
      {
        line: 'failed to copy files: failed to copy directory: Error processing tar file(exit status 1): Container ID 268869 cannot be mapped to a host ID',
        source: 'docker/for-linux#1167',
      },
      {
        line: 'Error: potentially insufficient UIDs or GIDs available in user namespace (requested 1526776272:20 for /var/tmp/libpod_builder186017614/build/.git): Check /etc/subuid and /etc/subgid: lchown /var/tmp/libpod_builder186017614/build/.git: invalid argument',
        source: 'podman-container-tools/podman#10501',
      },
    ],
    miss: ['Error processing tar file(exit status 1): unexpected EOF', 'mapping uid 1000 to host uid 100999'],
  },
  'git-history-missing': {
    match: [
      {
        line: '    fatal: Invalid symmetric difference expression f49175a6238fcfc7907b9addf14d42f5cdee1f40...fbd7f9fa37e2b66a976680c4e54745d89e94a499',
        source: 'pre-commit/pre-commit#2598',
      },
      {
        line: "Error: fatal: ambiguous argument 'master..HEAD': unknown revision or path not in the working tree.",
        source: 'conventional-changelog/commitlint#6',
      },
    ],
    miss: [
      "[FAILED] fatal: ambiguous argument '0': unknown revision or path not in the working tree.",
      '$ git diff --name-only origin/main...HEAD',
    ],
  },
  'jdk-strong-encapsulation': {
    match: [
      {
        line: '    > java.lang.IllegalAccessError: class lombok.javac.apt.LombokProcessor (in unnamed module @0x5eb4340f) cannot access class com.sun.tools.javac.processing.JavacProcessingEnvironment (in module jdk.compiler) because module',
        source: 'SpaiR/imgui-java#49',
      },
      {
        line: 'Error:  java.lang.reflect.InaccessibleObjectException: Unable to make field private static final java.lang.ProcessEnvironment java.lang.ProcessEnvironment.theEnvironment accessible: module java.base does not "opens java.lang" to unnamed module @5c39da9e',
        source: 'scalacenter/sbt-scalafix#508',
      },
      {
        line: 'compile (default-compile) on project shenyu-common: Fatal error compiling: java.lang.IllegalAccessError: class lombok.javac.apt.LombokProcessor',
        source: 'apache/shenyu#1872',
      },
    ],
    miss: [
      'java.lang.IllegalAccessError: tried to access method com.google.common.base.Stopwatch.<init>()V',
      'java.lang.ClassNotFoundException: lombok.Data',
    ],
  },
  'jdk-tls-protocol-disabled': {
    match: [
      {
        line: '     but: was "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)"',
        source: 'elastic/elasticsearch#72122',
      },
      {
        line: '==> X fs2.io.net.tls.TLSSocketSuite.TLSSocket - google - TLSv1 - client writes before reading  0.111s javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
        source: 'typelevel/fs2#2373',
      },
      {
        line: '                javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
        source: 'testcontainers/testcontainers-java#4058',
      },
    ],
    miss: ['javax.net.ssl.SSLHandshakeException: PKIX path building failed', 'No appropriate protocol handler found'],
  },
  'compiler-lacks-standard': {
    match: [
      { line: 'g++: error: unrecognized command line option ‘-std=c++14’', source: 'jshun/ligra#35' },
      { line: 'cc1plus: error: unrecognized command line option "-std=c++11"', source: 'meili/TeamTalk#34' },
      { line: 'g++: error: unrecognized option ‘--std=c++11’', source: 'salilab/imp#587' },
      {
        line: "gcc.exe: error: unrecognized command line option '-std=c17'; did you mean '-std=c11'?",
        source: 'lvgl/lv_port_win_codeblocks#52',
      },
    ],
    miss: ['g++ -std=c++14 -O3 -DBYTERLE -o BFS BFS.C', "cc1: warning: command line option '-std=c++11' is valid for C++ but not for C"],
  },
  'linker-too-old-for-objects': {
    match: [
      {
        line: "/opt/bin/ld: /share/CACHEDEV1_DATA/.qpkg/Entware-ng/bin/../lib/gcc/x86_64-openwrt-linux-gnu/5.4.0/crti.o: unrecognized relocation (0x2a) in section `.init'",
        source: 'Entware/Entware-ng#365',
      },
      {
        line: "/bin/ld:  amd-blis-1.0/lib/libblis-amd-1.0-zen.a(bli_util_tapi.o): unrecognized relocation (0x2a) in section `.text'",
        source: 'flame/blis#263',
      },
      {
        line: "ros/catkin_ws/src/aubo_robot/aubo_driver/lib/lib64/libotgLib.a(otgnewslib.o): unrecognised relocation (0x2a) in section `.text'",
        source: 'AuboRobot/aubo_robot#4',
      },
    ],
    miss: [
      '/usr/bin/ld: final link failed: Bad value',
      "relocation R_X86_64_32 against `.rodata' can not be used when making a PIE object",
    ],
  },
  'c-runtime-objects-missing': {
    match: [
      {
        line: '  = note: /usr/lib/gcc/x86_64-alpine-linux-musl/9.3.0/../../../../x86_64-alpine-linux-musl/bin/ld: cannot find crti.o: No such file or directory',
        source: 'rust-lang/docker-rust#68',
      },
      { line: '/usr/bin/ld: cannot find crt1.o: No such file or directory', source: 'zephyrproject-rtos/zephyr#5989' },
    ],
    miss: ['/usr/bin/ld: cannot find -lcrypto', 'gcc -nostartfiles crti.o'],
  },
  'msvc-diagnostic': {
    match: [
      { line: "core\\smartview\\block\\blockT.h(39,34): error C2062: type 'WORD' unexpected", source: 'microsoft/mfcmapi#719' },
      {
        line: "2021-01-12T15:59:32.3769651Z   C:\\Program Files (x86)\\Windows Kits\\10\\Include\\10.0.17763.0\\um\\oaidl.h(502,17): error C2059: syntax error: '/'",
        source: 'getsentry/sentry-native#459',
      },
      {
        line: "    E:\\WS\\systeminformer\\phlib\\http.c(103,10): error C2065: 'ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED': undeclared identifier",
        source: 'winsiderss/systeminformer#2484',
      },
    ],
    miss: [
      // A file the compiler could not open, not code a release judges otherwise (avrdudes/avrdude#1194).
      "D:\\a\\avrdude\\avrdude\\src\\term.c(36,1): fatal  error C1083: Cannot open include file: 'readline/readline.h': No such file or directory",
      'metrics.h(1): warning C4819: The file contains a character that cannot be represented in the current code page (936).',
      'Building Custom Rule C:/src/CMakeLists.txt',
    ],
  },
  'msvc-code-page': {
    match: [
      {
        line: '1>d:\\prj\\openxcom\\src\\basescape\\manufacturestate.cpp(172): error C2001: newline in constant',
        source: 'OpenXcom/OpenXcom#1228',
      },
      {
        // Wrapped inside "code page".
        line: '  E:\\Code\\DotNet\\src\\mono\\mono\\utils\\checked-build.c(1): warning C4819: The file contains a character that cannot be represented in the current code',
        source: 'dotnet/runtime#129331',
      },
      {
        line: 'F:\\SoftWare\\vcpkg\\buildtrees\\crashpad\\src\\util/misc/metrics.h(1): warning C4819: The file contains a character that cannot be represented in the current code page (936). Save the file in Unicode format to prevent data loss',
        source: 'microsoft/vcpkg#34169',
      },
      {
        line: '        ...     stroage.c(1,1): warining C4819: The file contains a character that cannot be represented in the current code page (936).',
        source: 'winsiderss/systeminformer#753',
      },
    ],
    miss: ["blockT.h(39,34): error C2062: type 'WORD' unexpected"],
  },
  'code-page-codec': {
    match: [
      {
        line: "[错误] 测试过程中出现异常:'gbk' codec can't decode byte 0xbf in position 2: illegal multibyte sequence",
        source: 'kanhao100/zoffline-cn-tool#3',
      },
      {
        line: "'charmap' codec can't encode characters in position 753-755: character maps to <undefined>",
        source: 'howardpen9/kimi-code-mcp#2',
      },
      {
        line: "    UnicodeDecodeError: 'gbk' codec can't decode byte 0x9a in position 3379: illegal multibyte sequence",
        source: 'microsoft/MMdnn#159',
      },
    ],
    miss: [
      "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)",
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc1 in position 258: invalid start byte",
    ],
  },
  'cloud-credentials-missing': {
    match: [
      {
        line: 'E0709 16:14:10.516002      14 aws_credentials.go:77] while getting AWS credentials NoCredentialProviders: no valid providers in chain. Deprecated.',
        source: 'GoogleContainerTools/kaniko#1692',
      },
      {
        line: 'Error: no EC2 IMDS role found, operation error ec2imds: GetMetadata, canceled, context deadline exceeded',
        source: 'hashicorp/terraform-provider-aws#23150',
      },
      {
        line: '│ Error: NoCredentialProviders: no valid providers in chain. Deprecated.',
        source: 'eddycharly/terraform-provider-kops#1098',
      },
      {
        line: 'E           botocore.exceptions.ProfileNotFound: The config profile (default) could not be found',
        source: 'aws-deadline/deadline-cloud#831',
      },
    ],
    miss: ['Resolving credentials from the environment', 'aws configure list'],
  },
  'systemd-not-running': {
    match: [
      {
        line: 'fatal: [instance]: FAILED! => {"changed": false, "cmd": "/usr/bin/systemctl", "msg": "Failed to connect to bus: No such file or directory", "rc": 1}',
        source: 'geerlingguy/ansible-role-apache#232',
      },
      { line: "System has not been booted with systemd as init system (PID 1). Can't operate.", source: 'microsoft/WSL#6447' },
      { line: 'Failed to connect to bus: No such file or directory', source: 'OpenNebula/packages#29' },
    ],
    miss: ['Failed to create bus connection: No such file or directory', 'Connected to bus: unix:path=/run/dbus/system_bus_socket'],
  },
  'windows-long-path': {
    match: [
      {
        line: "ERROR: Could not install packages due to an EnvironmentError: [Errno 2] No such file or directory: 'C:\\\\Users\\\\username\\\\AppData\\\\Local\\\\Packages\\\\PythonSoftwareFoundation.Python.3.7_qbz5n2kfra8p0\\\\LocalCache\\\\local-packages\\\\Python37\\\\site-packages\\\\sklearn\\\\datasets\\\\tests\\\\data\\\\openml\\\\292\\\\api-v1-json-data-list-data_name-australian-limit-2-data_version-1-status-deactivated.json.gz'",
        source: 'pypa/pip#10045',
      },
      {
        line: 'Extracting... Unzip failed: Excepción al llamar a "ExtractToDirectory" con los argumentos "2": "No se puede encontrar una parte de la ruta de acceso \'C:\\Users\\xoseantonio.rubal\\scoop\\apps\\sts\\3.9.4\\_tmp\\sts-bundle\\sts-3.9.4.RELEASE\\features\\org.eclipse.jst.jsf.apache.trinidad.tagsupport.feature_2.6.1.v201802231403\\META-INF\\maven\\org.eclipse.webtools.jsf\\org.eclipse.jst.jsf.apache.trinidad.tagsupport.feature\\\'."',
        source: 'ScoopInstaller/Extras#889',
      },
    ],
    miss: [
      'C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.3\\include\\crt/host_config.h(164): fatal error C1189: #error:  -- unsupported Microsoft Visual Studio version!',
      'C:\\Users\\username>C:\\Users\\username\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe -m pip install scikit-learn',
    ],
  },
  'address-space-reserve': {
    match: [
      { line: 'Fatal error: Not enough heap memory to reserve minor heaps', source: 'rocq-prover/rocq#20539' },
      { line: 'fcl is failing with "Fatal error: Not enough heap memory to reserve minor heaps"', source: 'rocq-prover/rocq#22444' },
      { line: 'fatal error: failed to reserve page bitmap memory', source: 'golang/go#35568' },
    ],
    miss: ['Fatal error: exception Out_of_memory', 'fatal error: runtime: out of memory'],
  },
  'file-size-limit': {
    match: [
      { line: 'File size limit exceeded', source: 'erlang/otp#11661' },
      { line: 'programs would randomly error with "file size limit exceeded" because 1048576 * 512 bytes', source: 'facebook/sapling#353' },
      {
        line: '[2020-07-12T02:10:39.865Z] java.io.IOException: A file cannot be larger than the value set by ulimit.',
        source: 'adoptium/infrastructure#1443',
      },
    ],
    miss: ['Hit max file limit. Increase ulimit -n', 'error: file too large'],
  },
  'fortran-stack-segfault': {
    match: [
      { line: 'forrtl: severe (174): SIGSEGV, segmentation fault occurred', source: 'times-software/feff10#3' },
      { line: '  forrtl: severe (174): SIGSEGV, segmentation fault occurred', source: 'grimme-lab/xtb#393' },
    ],
    miss: ['forrtl: severe (24): end-of-file during read, unit 5', 'Segmentation fault (core dumped)'],
  },
  'buildx-attestation': {
    match: [
      { line: '#15 exporting attestation manifest sha256:XYZ done', source: 'kubernetes-sigs/aws-ebs-csi-driver#1489' },
      { line: '=> => exporting attestation manifest sha256:4e9bc11506...', source: 'ed-donner/alex#43' },
    ],
    miss: ['#14 exporting manifest sha256:1234 done', '--provenance=false'],
  },
  'own-hostname-unresolvable': {
    match: [
      { line: '        gkeeley13311: gkeeley13311: nodename nor servname provided, or not known', source: 'mozilla/MozStumbler#1277' },
      {
        line: '[2022-01-18T22:26:11.357Z] \tat java.base/java.net.InetAddress.getLocalHost(InetAddress.java:1641)',
        source: 'adoptium/aqa-tests#3236',
      },
      { line: 'java.net.UnknownHostException: noisynuc: noisynuc: Name or service not known', source: 'bndtools/bnd#3230' },
      {
        line: '[  FAILED  ] Uv/UVTransportContextTest.LookupHostnameAddress/0, where GetParam() = 0x55c41dac5d20 (25 ms)',
        source: 'pytorch/tensorpipe#237',
      },
    ],
    miss: [
      'java.net.UnknownHostException: repo.example.net: Name or service not known',
      '[       OK ] Uv/UVTransportContextTest.LookupHostnameAddress/0',
    ],
  },
  'powershell-term-not-recognized': {
    match: [
      {
        line: "& : The term 'Invoke-ps2exe' is not recognized as the name of a cmdlet, function, script file, or operable program. ",
        source: 'MScholtes/PS2EXE#82',
      },
      {
        line: "  C:\\Users\\Wouter : The term 'C:\\Users\\Wouter' is not recognized as the name of a cmdlet, function, script file, or ope",
        source: 'cloudbase/wnbd#27',
      },
    ],
    miss: ['Get-Command Invoke-ps2exe', 'Install-Module -Name ps2exe'],
  },
  'xcode-libarclite-removed': {
    match: [
      {
        line: 'ld: file not found: /Applications/Xcode-beta.app/Contents/Developer/Toolchains/XcodeDefault.xctoolchain/usr/lib/arc/libarclite_macosx.a',
        source: 'mxcl/PromiseKit#1308',
      },
      {
        line: '    ld: file not found: /Applications/Xcode.app/Contents/Developer/Toolchains/XcodeDefault.xctoolchain/usr/lib/arc/libarclite_macosx.a',
        source: 'CocoaPods/CocoaPods#11839',
      },
    ],
    miss: ['ld: file not found: /usr/lib/libfoo.a', 'Linking libarc.a'],
  },
  'xcode-developer-dir': {
    match: [
      {
        line: '      = note: xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: /Library/Developer/CommandLineTools/usr/bin/xcrun',
        source: 'rust-lang/cargo#10059',
      },
      { line: 'xcrun: error: SDK "iphoneos" cannot be located', source: 'faithfracture/Apple-Boost-BuildScript#44' },
    ],
    miss: ['xcrun --sdk iphoneos --show-sdk-path', 'xcode-select --install'],
  },
  'lint-verdict': {
    match: [
      { line: 'The following files are badly formatted:', source: 'friendlyanon/cmake-init#32' },
      { line: 'The following files were not formatted:', source: 'bernardolins/fake_server#50' },
      { line: 'src/firemon/procevent.c:306:6: error: syntax error [syntaxError]', source: 'netblue30/firejail#6874' },
      { line: 'warning: src/utils/system.cc,213,error,syntaxError,syntax error', source: 'owasp-modsecurity/ModSecurity#3307' },
      { line: 'would reformat examples/repo_example/hashed_bin_delegation.py', source: 'theupdateframework/python-tuf#1811' },
      {
        line: './lib/run/run.sh:113:17: warning: eval negates the benefit of arrays. Drop eval to preserve whitespace/symbols (or eval as string). [SC2294]',
        source: 'bpkg/bpkg#143',
      },
      { line: '  Error: File is not `gofmt`-ed with `-s` (gofmt)', source: 'golangci/golangci-lint-action#535' },
      {
        line: '  keycloak-26/Dockerfile:40 DL3066 info: Non-numeric user-id may not be resolvable by host system',
        source: 'camunda/keycloak#631',
      },
      { line: '[warn] Code style issues found in 19 files. Run Prettier with --write to fix.', source: 'Flowfin/jellyfin-plugin-sso#1222' },
    ],
    miss: [
      'All done! ✨ 🍰 ✨',
      'Checking formatting...',
      '32 files would be left unchanged.',
      // A compiler's own diagnostic names its warning flag, in kebab case, not a checker's camelCase id.
      "src/a.c:12:5: error: unused variable 'x' [-Werror=unused-variable]",
    ],
  },
  'locale-not-generated': {
    match: [
      {
        line: 'unknown location(0): fatal error: in "HeaderTest/test_xml_header_locale": std::runtime_error: locale::facet::_S_create_c_locale name not valid',
        source: 'ismrmrd/ismrmrd#269',
      },
      { line: 'locale::facet::_S_create_c_locale name not valid', source: 'frankyeh/DSI-Studio#90' },
      { line: 'Error: The locale requested by the environment is invalid:', source: 'osmose-qa/osmose-backend#384' },
      { line: 'initdb: error: invalid locale settings; check LANG and LC_* environment variables', source: 'pgvector/pgvector#197' },
      { line: 'initdb: invalid locale settings; check LANG and LC_* environment variables', source: 'inmanta/inmanta-core#2629' },
    ],
    miss: ['std::locale loc("");', 'locale -a', 'initdb: error: invalid value for parameter "lc_messages"'],
  },
  'sanitizer-memory-layout': {
    match: [
      {
        line: '==9508==Shadow memory range interleaves with an existing memory mapping. ASan cannot proceed correctly. ABORTING.',
        source: 'sio2project/sinol-make#221',
      },
      { line: 'AddressSanitizer:DEADLYSIGNAL', source: 'tpm2-software/tpm2-tss#2792' },
      { line: 'AddressSanitizer:DEADLYSIGNAL', source: 'igraph/igraph#2534' },
    ],
    miss: [
      '==1234==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010',
      'SUMMARY: AddressSanitizer: 24 byte(s) leaked',
    ],
  },
  'sanitizer-shadow-reserve': {
    match: [
      {
        line: "==70588==ReserveShadowMemoryRange failed while trying to map 0xdfff0001000 bytes. Perhaps you're using ulimit -v",
        source: 'google/sanitizers#1467',
      },
      {
        line: 'AddressSanitizer failed to allocate 0xdfff0001000 (15392894357504) bytes at address 2008fff7000 (errno: 12)',
        source: 'FreeRDP/FreeRDP#12839',
      },
      {
        line: '==17==ERROR: AddressSanitizer failed to allocate 0xdfff0001000 (15392894357504) bytes at address 2008fff7000 (errno: 12)',
        source: 'wch/r-debug#15',
      },
    ],
    miss: ['==1234==ERROR: AddressSanitizer: allocation-size-too-big', 'export ASAN_OPTIONS=detect_leaks=0'],
  },
  'tls-protocol-too-old': {
    match: [
      {
        line: "[ERROR]     Non-resolvable parent POM: Could not transfer artifact com.jcabi:parent:pom:0.37.1 from/to central (https://maven.example.net/maven2): Received fatal alert: protocol_version and 'parent.relativePath' points at wrong local POM @ line 35, column 13 -> [Help 2]",
        source: 'yegor256/rultor#1317',
      },
      {
        line: 'Could not fetch URL https://pypi.example.net/simple/pip/: There was a problem confirming the ssl certificate: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:590) - skipping',
        source: 'pypa/packaging-problems#196',
      },
      {
        line: 'Download error on https://pypi.example.net/simple/pip/: [Errno 1] _ssl.c:504: error:1407742E:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert protocol version -- Some packages may not be found!',
        source: 'pypa/pip#5607',
      },
    ],
    miss: ['ssl.PROTOCOL_TLSv1_2 is available', 'TLS 1.2 negotiated with the server'],
  },
  'compose-file-unsupported': {
    match: [
      {
        line: 'Invalid top-level property "x-mailer-environment". Valid top-level sections for this Compose file are: version, services, networks, volumes, and extensions starting with "x-".',
        source: 'X-Profiler/xprofiler-docker#3',
      },
      {
        line: 'Invalid top-level property "name". Valid top-level sections for this Compose file are: version, services, networks, volumes, secrets, configs, and extensions starting with "x-".',
        source: 'Mintplex-Labs/anything-llm#466',
      },
      { line: "'name' does not match any of the regexes: '^x-'", source: 'leangaurav/nginx_https_docker#3' },
    ],
    miss: ['name: my-project', 'services.api.volumes contains an invalid type, it should be a string'],
  },
  'protocols-database-missing': {
    match: [
      {
        line: ' (ConnectionFailure Network.BSD.getProtocolByName: does not exist (no such protocol name: tcp))',
        source: 'commercialhaskell/stack#4124',
      },
      {
        line: 'FailedConnectionException2 "github.com" 443 True getProtocolByName: does not exist (no such protocol name: tcp)',
        source: 'cuducos/my-internet-speed#10',
      },
    ],
    miss: ['Proto Recv-Q Send-Q Local Address Foreign Address State', 'RUN apt-get install -y netbase'],
  },
  'localtime-missing': {
    match: [
      { line: "  what():  Can't open /etc/localtime", source: 'pandas-dev/pandas#46217' },
      {
        line: '    EPIC FAIL: System.IO.FileNotFoundException: Could not find file "/etc/localtime"',
        source: 'linuxserver/docker-sonarr#51',
      },
      { line: '[Crash] Sys_error "/etc/localtime: No such file or directory"', source: 'mingchen/docker-android-build-box#48' },
    ],
    miss: ['ln -sf /usr/share/zoneinfo/Etc/UTC /etc/localtime', 'docker run -v /etc/localtime:/etc/localtime:ro -it --rm mongo bash'],
  },
  'session-time-zone-refused': {
    match: [
      { line: "SequelizeConnectionError: Unknown or incorrect time zone: '+5.5:00'", source: 'TarsCloud/TarsWeb#84' },
      { line: 'ORA-01882: timezone region not found', source: 'gvenzl/oci-oracle-xe#59' },
      {
        line: "{ Error: ER_UNKNOWN_TIME_ZONE: Unknown or incorrect time zone: 'Europe/Stockholm'",
        source: 'sequelize/sequelize#6120',
      },
      {
        line: 'org.postgresql.util.PSQLException: FATAL: invalid value for parameter "TimeZone": "Asia/Calcutta"',
        source: 'pgjdbc/pgjdbc#3642',
      },
    ],
    miss: ["SET time_zone = '+00:00';", 'Executing (default): SELECT 1+1 AS result', 'ERROR:  unrecognized configuration parameter "foo"'],
  },
  'watch-mode-without-ci': {
    match: [
      { line: ' › Press q to quit watch mode.', source: 'ipld/explore.ipld.io#4' },
      { line: 'Watch Usage', source: 'ipld/explore.ipld.io#4' },
      {
        line: '2019-08-15T20:30:13.4857633Z Press `a` to run all tests, or run Jest with `--watchAll`.',
        source: 'actions/starter-workflows#45',
      },
    ],
    miss: ['jest --watchAll=false --ci', ' › Press Enter to trigger a test run.', 'Watching for file changes...'],
  },
  'electron-runs-as-node': {
    match: [
      {
        line: 'build\t23-Sep-2021 15:20:17\t/usr/local/bamboo/.cache/Cypress/8.3.0/Cypress/Cypress: bad option: --no-sandbox',
        source: 'cypress-io/cypress#18224',
      },
      { line: "TypeError: Cannot read properties of undefined (reading 'whenReady')", source: 'electron/minimal-repro#622' },
    ],
    miss: ['node: bad option: --experimental-wasm-threads', "TypeError: Cannot read properties of undefined (reading 'length')"],
  },
  'qt-platform-plugin-unloadable': {
    match: [
      {
        line: 'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.',
        source: 'python-pillow/Pillow#4659',
      },
      {
        line: 'qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.',
        source: 'ActivityWatch/activitywatch#960',
      },
      {
        line: 'This application failed to start because it could not find or load the Qt platform plugin "xcb"',
        source: 'RazrFalcon/svgcleaner-gui#9',
      },
    ],
    miss: ['Available platform plugins are: xcb, linuxfb, vnc, wayland.', 'qt.qpa.xcb: could not connect to display '],
  },
  'registry-plain-http': {
    match: [
      {
        line: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head https://<url>: http: server gave HTTP response to HTTPS client',
        source: 'docker/cli#3186',
      },
      {
        line: 'Error getting v2 registry: Get \\"https://harbor.company.local/v2/\\/": http: server gave HTTP response to HTTPS client"',
        source: 'docker/buildx#1642',
      },
    ],
    miss: ['Client sent an HTTP request to an HTTPS server.', 'x509: certificate is valid for ingress.local, not harbor.company.local'],
  },
  'glibc-only-symbol-unresolved': {
    match: [
      { line: "pthread_support.c:(.text+0xe39): undefined reference to `gnu_get_libc_version'", source: 'crystal-lang/crystal#12035' },
      { line: "41 zdict.c:(.text+0x7ce): undefined reference to `__fprintf_chk'", source: 'valyala/gozstd#20' },
      { line: "12:42:59  gotsan.cc:(.text+0x4183): undefined reference to `__libc_stack_end'", source: 'edgexfoundry/go-mod-secrets#27' },
      { line: "(.text+0x3c): undefined reference to `__libc_csu_init'", source: 'gcarreno/setup-lazarus#25' },
      { line: 'LLD Link... ld.lld: error: undefined symbol: __isoc23_strtoul', source: 'ziglang/zig#17536' },
    ],
    miss: ["undefined reference to `GC_set_stackbottom'", "undefined reference to `__libc_start_main@GLIBC_2.34'"],
  },
  'hugo-feature-missing': {
    match: [
      {
        line: 'Building sites … ERROR 2019/05/29 07:47:46 error: failed to transform resource: TOCSS: failed to transform "scss/hugo-toc.scss" (text/x-scss): this feature is not available in your current Hugo version, see https://goo.gl/YMrWcn for more',
        source: 'htr3n/hyde-hyde#75',
      },
      {
        line: 'Error: Error building site: TOCSS: failed to transform "book.scss" (text/x-scss). Check your Hugo installation; you need the extended version to build SCSS/SASS.',
        source: 'CumulusNetworks/docs#1384',
      },
      {
        line: 'Building sites … ERROR 2018/07/10 07:15:09 error: failed to transform resource: failed to transform "scss/main.css" (text/css): this feature is not available in your current Hugo version',
        source: 'gohugoio/hugo#4923',
      },
    ],
    miss: [
      'hugo v0.111.3+extended linux/amd64 BuildDate=unknown',
      'Error: Error building site: TOCSS: failed to transform "sass/style.sass" (text/x-sass): SCSS processing failed',
    ],
  },
  'cxx-filesystem-unresolved': {
    match: [
      {
        line: "main.cpp:(.text.startup+0x4ac): undefined reference to `std::filesystem::__cxx11::path::_M_split_cmpts()'",
        source: 'SChernykh/p2pool#359',
      },
      {
        line: 'ImportError: /home/siwasaki/triton/python/triton/_C/libtriton.so: undefined symbol: _ZNKSt10filesystem7__cxx114path11parent_pathEv',
        source: 'triton-lang/triton#1036',
      },
    ],
    miss: ["undefined reference to `std::__cxx11::basic_string<char>::_M_create(unsigned long&, unsigned long)'", '#include <filesystem>'],
  },
  'darwin-sdk-symbol': {
    match: [
      { line: '"___darwin_check_fd_set_overflow", referenced from:', source: 'CesiumGS/cesium-unreal#699' },
      {
        line: "ld: weak import of symbol '___darwin_check_fd_set_overflow' not supported because of option: -no_weak_imports for architecture x86_64",
        source: 'asdf-vm/asdf-erlang#125',
      },
    ],
    miss: ['"_OBJC_CLASS_$_NSObject", referenced from:', 'x86_64-apple-darwin19.4.0'],
  },
  'proc-macro-unsupported-target': {
    match: [
      {
        line: 'error: cannot produce proc-macro for `proc_macro_lib v0.1.0 (/proc-macro-lib)` as the target `x86_64-unknown-linux-musl` does not support these crate types',
        source: 'rust-lang/cargo#7154',
      },
      {
        line: '  cannot produce proc-macro for `failure_derive v0.1.6` as the target `x86_64-unknown-linux-musl` does not support these crate types',
        source: 'rust-lang/cargo#7747',
      },
      {
        line: '  cannot produce proc-macro for `failure_derive v0.1.8` as the target `x86_64-unknown-linux-gnu` does not support these crate types',
        source: 'wasm-bindgen/wasm-pack#1177',
      },
    ],
    miss: ['error: proc-macro derive panicked', 'warning: dropping unsupported crate type `cdylib` for target `x86_64-unknown-linux-musl`'],
  },
  'kernel-log-restricted': {
    match: [
      {
        line: 'kubelet-containerd.sh[27857]: F1118 04:38:15.095965     167 server.go:269] failed to run Kubelet: failed to create kubelet: open /dev/kmsg: operation not permitted',
        source: 'rootless-containers/usernetes#204',
      },
      { line: 'dmesg: read kernel buffer failed: Operation not permitted', source: 'moby/moby#41318' },
    ],
    miss: ['Add CAP_SYSLOG to ensure that /dev/kmsg can be accessed', '[error] Failed initialize input kmsg.1'],
  },
  'feature-on-stable-channel': {
    match: [
      { line: 'error[E0554]: `#![feature]` may not be used on the stable release channel', source: 'albertsgarde/rustorio#18' },
      { line: '        error[E0554]: `#![feature]` may not be used on the stable release channel', source: 'saghen/blink.cmp#885' },
      { line: 'error[E0554]: `#![feature]` may not be used on the stable release channel', source: 'dtolnay/thiserror#278' },
    ],
    miss: ['Some errors have detailed explanations: E0554, E0658.', 'error[E0658]: use of unstable library feature'],
  },
  'signing-requires-team': {
    match: [
      {
        line: '[09:45:48]: ▸ ❌  error: Signing for "Snabble-Snabble" requires a development team. Select a development team in the Signing & Capabilities editor.',
        source: 'fastlane/fastlane#20122',
      },
      {
        line: '1. Signing for "Airship-AirshipAutomationResources" requires a development team. Select a development team in the Signing & Capabilities editor.',
        source: 'urbanairship/react-native-airship#469',
      },
      {
        line: 'error: Signing for "React-Core-AccessibilityResources" requires a development team.',
        source: 'StoDevX/AAO-React-Native#6589',
      },
    ],
    miss: ['Select a development team in the Signing & Capabilities editor.', 'Signing Identity:     "Apple Development: dev"'],
  },
  'codesign-keychain-refused': {
    match: [
      { line: '    target/x86_64-apple-darwin/release/all-smi: errSecInternalComponent', source: 'lablup/all-smi#385' },
      { line: '.build/CmdKeyHappy.app: errSecInternalComponent', source: 'frobware/cmd-key-happy#46' },
      { line: 'SecTrustSettingsSetTrustSettings: errSecInternalComponent', source: 'actions/runner-images#4519' },
    ],
    miss: ['** ARCHIVE FAILED **', 'errSecInternalComponentFoo is not an error'],
  },
  'executable-stack-refused': {
    match: [
      {
        line: 'Error: /t/node_modules/sodium-native/prebuilds/linux-x64/sodium-native.node: cannot enable executable stack as shared object requires: Invalid argument',
        source: 'fastify/fastify-secure-session#260',
      },
      {
        line: 'ImportError: /path/to/my/env/myenv_name/lib/python3.11/site-packages/jaxlib/xla_extension.so: cannot enable executable stack as shared object requires: Invalid argument',
        source: 'jax-ml/jax#26781',
      },
      {
        line: 'ImportError: libctranslate2-bc15bf3f.so.4.5.0: cannot enable executable stack as shared object requires: Invalid argument',
        source: 'OpenNMT/CTranslate2#1849',
      },
    ],
    miss: ['GNU_STACK      0x000000 0x0000000000000000 0x0000000000000000 0x000000 0x000000 RWE 0x10', 'execstack -c libfoo.so'],
  },
  'port-in-use': {
    match: [
      { line: 'Caused by: java.net.BindException: Address already in use', source: 'diennea/herddb#535' },
      {
        line: 'ERROR: for wca_db  Cannot start service wca_db: driver failed programming external connectivity on endpoint database (8804e35b3720): Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use',
        source: 'thewca/worldcubeassociation.org#8853',
      },
    ],
    miss: ['Listening on 0.0.0.0:3000', 'ERROR: for wca_db  Cannot start service wca_db: OCI runtime create failed'],
  },
  'go-build-cache-unusable': {
    match: [
      {
        line: 'go: disabling cache (/.cache/go-build) due to initialization failure: mkdir /.cache: permission denied',
        source: 'docker-library/golang#261',
      },
      {
        line: 'failed to initialize build cache at /home/runner/.cache/go-build: mkdir /home/runner/.cache/go-build: permission denied',
        source: 'actions/runner#4131',
      },
      {
        line: 'build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined',
        source: 'ChristopherHX/gitea-actions-runner#5',
      },
    ],
    miss: ['go: downloading github.com/pkg/errors v0.9.1', 'GOCACHE="/root/.cache/go-build"'],
  },
  'jupyter-kernel-missing': {
    match: [
      { line: 'NoSuchKernel in notebooks/examples/wms.ipynb:', source: 'geopython/OWSLib#774' },
      { line: 'No such kernel named python3', source: 'geopython/OWSLib#774' },
      {
        line: 'NoSuchKernel in how_to_guides/notebooks/100_datamodules/104_tiling.ipynb:',
        source: 'open-edge-platform/anomalib#742',
      },
    ],
    miss: ['Kernel started: 3f1c2a, name: python3', 'nbsphinx: executing notebooks/examples/wms.ipynb'],
  },
  'tz-database-missing': {
    match: [
      { line: '812   + database/postgres.privileges ................ Cannot determine local time zone', source: 'sqitchers/sqitch#494' },
      { line: 'In OlsonNames() : no Olson database found', source: 'rocker-org/rocker-versioned2#558' },
      { line: "  Unrecognized time zone 'PST8PDT'", source: 'r-dbi/RPostgres#593' },
      { line: "  what():  Can't open /usr/share/zoneinfo/US/Pacific", source: 'apache/arrow#40633' },
      {
        line: "System.TimeZoneNotFoundException: The time zone ID 'America/New_York' was not found on the local computer.",
        source: 'dotnet/dotnet-docker#1264',
      },
      {
        line: "www-local |  ---> System.IO.DirectoryNotFoundException: Could not find a part of the path '/usr/share/zoneinfo/Europe/Berlin'.",
        source: 'microsoft/dotnet-framework-docker#436',
      },
      {
        line: "  Message=Could not find file '/usr/share/zoneinfo/Canada/East-Saskatchewan'.",
        source: 'mattjohnsonpint/TimeZoneConverter#71',
      },
      { line: 'install (TZInfo::DataSourceNotFound)', source: 'fatfreecrm/fat_free_crm#800' },
      {
        line: "'_error_or_value25.status()' failed with Invalid: Cannot locate timezone 'US/Central': US/Central not found in timezone database",
        source: 'apache/arrow#46197',
      },
      {
        line: "TZInfo::DataSourceNotFound: tzinfo-data is not present. Please add gem 'tzinfo-data' to your Gemfile and run bundle install",
        source: 'phusion/passenger-docker#195',
      },
    ],
    miss: [
      'TZ=UTC',
      'ln -sf /usr/share/zoneinfo/Etc/UTC /etc/localtime',
      'Setting up tzdata (2024a-0ubuntu0.22.04) ...',
      'Fetching tzinfo-data 1.2024.1 (was 1.2023.4)',
    ],
  },
  'dwarf-version-unreadable': {
    match: [
      { line: '### unhandled dwarf2 abbrev form code 0x25', source: 'robinlinden/hastur#318' },
      { line: 'get_Form_szB: unhandled 35 (DW_FORM_rnglistx)', source: 'robinlinden/hastur#318' },
      { line: 'objdump: DWARF error: invalid or unhandled FORM value: 0x25', source: 'OpenCilk/opencilk-project#107' },
      { line: '### unhandled dwarf2 abbrev form code 0x23', source: 'Tripouille/gnlTester#11' },
    ],
    miss: ['--9897-- WARNING: Serious error when reading debug info', 'Reading symbols from ./a.out...', '-gdwarf-4'],
  },
  'lfs64-removed': {
    match: [
      { line: "dos_programs.cpp:1777:19: error: 'fopen64' was not declared in this scope; did", source: 'joncampbell123/dosbox-x#5612' },
      {
        line: "java.lang.UnsatisfiedLinkError: Error looking up function '__xstat64': Symbol not found: __xstat64",
        source: 'sbt/sbt#7455',
      },
      {
        line: "/home/oliver/src/libretro-super/libretro-swanstation/src/common/file_system.cpp:1532:7: error: 'fstat64' was not declared in this scope; did you mean 'stat64'?",
        source: 'libretro/swanstation#105',
      },
      {
        line: "/root/GoveeBTTempLogger/goveebttemplogger.cpp:924:23: error: aggregate 'ValidateDirectory(const std::filesystem::__cxx11::path&)::stat64 StatBuffer' has incomplete type and cannot be defined",
        source: 'wcbonner/GoveeBTTempLogger#82',
      },
    ],
    miss: ['checking for fopen64... yes', '#define _LARGEFILE64_SOURCE 1', "error: 'foo64' was not declared in this scope"],
  },
  'lua-removed-globals': {
    match: [
      { line: "mockagne.lua:145: attempt to call a nil value (global 'unpack')", source: 'mockagne/mockagne#3' },
      {
        line: "/home/gxy/install_package/torch/install/bin/lua: ./util/plot_util.lua:23: attempt to call global 'unpack' (a nil value)",
        source: 'junyanz/CycleGAN#33',
      },
      { line: "lua: .\\slaxml.lua:168: attempt to call global 'unpack' (a nil value)", source: 'Phrogz/SLAXML#1' },
    ],
    miss: ["attempt to call a nil value (global 'setup')", "attempt to index a nil value (field 'config')"],
  },
  'cldr-narrow-space': {
    match: [
      { line: '// "Jan 29, 2024, 3:24\\u{202F}PM"', source: 'php/php-src#13270' },
      { line: "'6/13/23, 3:27\\u202fPM'", source: 'python-babel/babel#1012' },
      {
        line: 'Since Unicode 15 standard arrived to browsers (Chrome 110+ and FireFox 109+) they add unicode "thin"  (`\\u202f`) space before AM/PM',
        source: 'bryntum/support#6193',
      },
      { line: '---- [3:33:13 PM] != [3:33:13 PM]', source: 'boostorg/locale#176' },
    ],
    miss: [
      '// "Jan 29, 2024, 3:24 PM"',
      '\\u2014 em dash',
      'U+2028 LINE SEPARATOR',
      // Two times: a time zone, not an invisible character.
      "AssertionError: expected 'Jul 8, 2012, 4:45 PM' to equal 'Jul 8, 2012, 2:45 PM'",
    ],
  },
  'curl-http09-refused': {
    match: [
      { line: '* Received HTTP/0.9 when not allowed', source: 'kristapsdz/kcgi#73' },
      { line: 'curl: (1) Received HTTP/0.9 when not allowed', source: 'yhirose/cpp-httplib#1945' },
      { line: '            "error": "Received HTTP/0.9 when not allowed\\n",', source: 'nextcloud/richdocuments#2084' },
    ],
    miss: ['curl --http0.9 https://example.com', '< HTTP/1.1 200 OK', 'HTTP/0.9 is disabled by default (added in 7.66.0)'],
  },
  'thread-start-refused': {
    match: [
      { line: "RuntimeError: can't start new thread", source: 'python/cpython#106038' },
      { line: "1:M 26 Jul 2023 23:50:34.371 # Fatal: Can't initialize Background Jobs.", source: 'ddev/ddev-redis#17' },
      { line: 'curl: (6) getaddrinfo() thread failed to start', source: 'moby/moby#42680' },
      {
        line: "- Curl error (6): Couldn't resolve host name for https://fedoramirror.example.net/metalink?repo=fedora-35&arch=x86_64 [getaddrinfo() thread failed to start]",
        source: 'podman-container-tools/buildah#3776',
      },
      { line: 'Failed to create CoreCLR, HRESULT: 0x80070008', source: 'myoung34/docker-github-actions-runner#219' },
      { line: '<jemalloc>: arena 0 background thread creation failed (1)', source: 'OSGeo/gdal#6331' },
      {
        line: 'OpenBLAS blas_thread_init: pthread_create failed for thread 1 of 16: Operation not permitted',
        source: 'HumanSignal/label-studio#3121',
      },
      {
        line: "[task 2024-05-24T04:15:45.087Z] [24/4:deescape-special-chars] Error: can't start new thread",
        source: 'mozilla/translations#630',
      },
    ],
    miss: [
      '<jemalloc>: arena 0 background thread creation failed (11)',
      'OpenBLAS blas_thread_init: pthread_create failed for thread 22 of 32: Resource temporarily unavailable',
      'clone3 is supported',
      'starting new thread pool',
    ],
  },
  'bsd-userland': {
    match: [
      { line: 'sed: 1: "./test.vcxproj": invalid command code .', source: 'roozbehid/dotnet-vcxproj#10' },
      { line: 'sed: 1: "/Users/Vaughan/dev/fork ...": invalid command code V', source: 'oven-sh/bun#1179' },
      { line: 'sed: 1: ":a": unused label \'a\'', source: 'HimbeersaftLP/ios-safari-remote-debug-kit#31' },
      { line: 'sed: illegal option -- -', source: 'johannjhang/zsh-interactive-cd#21' },
      { line: 'usage: sed script [-Ealn] [-i extension] [file ...]', source: 'kubernetes/kubernetes#28624' },
    ],
    miss: [
      "sed: -e expression #1, char 5: unterminated `s' command",
      "sed: can't read foo: No such file or directory",
      'grep: invalid option -- P',
    ],
  },
  'sh-is-dash': {
    match: [
      { line: '/bin/sh: 1: source: not found ', source: 'f4pga/prjxray#793' },
      { line: '/bin/sh: 1: [[: not found', source: 'TencentBlueKing/bk-bcs#57' },
      { line: '/usr/bin/sourcetrail: 8: /usr/bin/sourcetrail: [[: not found', source: 'CoatiSoftware/Sourcetrail#519' },
      { line: '/bin/sh: 1: Syntax error: "(" unexpected', source: 'wg/wrk#362' },
      { line: './configure: 12862: test: xyes: unexpected operator', source: 'UbuntuBudgie/budgie-indicator-applet#28' },
      { line: './configure: 13430: test: x: unexpected operator', source: 'mchehab/rasdaemon#89' },
    ],
    miss: [
      './configure: line 4213: test: xyes: binary operator expected',
      'bash: source: command not found',
      './git-repo-watcher: line 114: ${commit_message@Q}: bad substitution',
      'aapt2: 1: Syntax error: "(" unexpected',
    ],
  },
  'shell-metacharacters-in-value': {
    match: [
      { line: '/bin/sh: 1: Syntax error: "(" unexpected', source: 'iNavFlight/inav#6238' },
      { line: "/bin/bash: -c: line 0: syntax error near unexpected token `('", source: 'koreader/koreader#6354' },
      { line: "    /bin/bash: -c: line 0: syntax error near unexpected token `('", source: 'tommie/lx106-hal#12' },
    ],
    miss: ["script/build.sh: line 44: syntax error near unexpected token `$'do\\r''", 'aapt2: 1: Syntax error: "(" unexpected'],
  },
  'coreutils-cp-noclobber': {
    match: [
      { line: "cp: not replacing './/image/lib/mono/4.5/mscorlib.dll'", source: 'wine-mono/wine-mono#164' },
      { line: "cp: not replacing '/etc/default/readsb'", source: 'wiedehopf/adsb-scripts#35' },
      {
        line: 'cp: warning: behavior of -n is non-portable and may change in future; use --update=none instead',
        source: 'bareos/bareos#2157',
      },
    ],
    miss: ["cp: cannot stat '/ram/T/usb.log': No such file or directory", "'/etc/apt/sources.list' -> '/tmp/f/etc/apt/sources.list'"],
  },
  'file-watcher-emfile': {
    match: [
      { line: 'Error: Error watching file for changes: EMFILE', source: 'react/create-react-app#871' },
      { line: ' ERROR  Error watching file for changes: EMFILE', source: 'gitpoint/git-point#188' },
      { line: 'Error: watch EMFILE', source: 'liip/guess-the-liiper-ios#26' },
    ],
    miss: ["Error: EMFILE, too many open files '/Users/dasdsa/.babel.json'", 'watchman: 4.7.0 (installed via brew)'],
  },
  'linker-rejects-input': {
    match: [
      { line: 'error: unsupported linker arg: --unresolved-symbols', source: 'psanford/sqlite3vfs#11' },
      { line: '  = note: error: unsupported linker arg: --no-undefined-version', source: 'uber/hermetic_cc_toolchain#121' },
      { line: "/usr/bin/ld: unrecognized option '--push-state'", source: 'Project-OSRM/osrm-backend#3216' },
      {
        line: '[build] /usr/bin/ld: /home/user/.conan/data/xxx/2.9.2/rt/testing/package/aa3afc8eeaab8762bed41415720df294c1bf5e8c/lib/libxxx.a(xxx.cpp.o): unable to initialize decompress status for section .debug_info',
        source: 'conan-io/conan-docker-tools#391',
      },
    ],
    miss: ['collect2: error: ld returned 1 exit status', "gcc: error: unrecognized command-line option '-mavx512'"],
  },
  'font-missing': {
    match: [
      { line: '! Package fontspec Error: The font "FreeSerif" cannot be found.', source: 'sphinx-doc/sphinx-docker-images#4' },
      { line: '!pdfTeX error: pdflatex (file pplrij8r): Font pplrij8r at 1244 not found', source: 'manjaro/manjaro-user-guide#11' },
    ],
    miss: ['(/usr/share/texlive/texmf-dist/tex/latex/fontspec/fontspec.sty', 'Package fontspec Info: Font family FreeSerif(0) created'],
  },
  'xattr-unsupported': {
    match: [
      {
        line: '    basicfs_test.go:596: set xattrs /tmp/TestXattr427785272/001/test: Setxattr "user.test-0": operation not supported',
        source: 'syncthing/syncthing#8564',
      },
      {
        line: "[00:00:49]         node_test.go:260: testXattrFile: xattrs don't match ([{user.foo [98 97 114]}] != [])",
        source: 'restic/restic#4646',
      },
      {
        line: 'failed to register layer: lsetxattr security.capability /usr/libexec/gstreamer-1.0/gst-ptp-helper: operation not supported',
        source: 'Stirling-Tools/Stirling-PDF#849',
      },
    ],
    miss: [
      "/usr/bin/gnutar: Ignoring unknown extended header keyword `LIBARCHIVE.xattr.com.apple.metadata:kMDItemTextContentLanguage'",
      '--- FAIL: TestXattr (0.00s)',
    ],
  },
  'grep-egrep-obsolescent': {
    match: [
      { line: '[  266s] egrep: warning: egrep is obsolescent; using grep -E', source: 'qpdf/qpdf#761' },
      { line: '[  596s] +egrep: warning: egrep is obsolescent; using grep -E', source: 'openvswitch/ovs#395' },
    ],
    miss: ['egrep -v "^#" config', 'grep: foo: No such file or directory'],
  },
  'git-file-transport': {
    match: [
      { line: "fatal: transport 'file' not allowed", source: 'snoyberg/githash#27' },
      { line: "2022-10-20T22:27:32.3996819Z fatal: transport 'file' not allowed", source: 'commercialhaskell/stack#5908' },
      {
        line: "stderr=\"Cloning into \\'/build/.tmpWg7xJ7/submodule\\'...\\nfatal: transport \\'file\\' not allowed\\n\"",
        source: 'cargo-generate/cargo-generate#777',
      },
    ],
    miss: ["fatal: unable to access 'https://github.com/x/y.git/': Could not resolve host", 'protocol.file.allow=always'],
  },
  'icmp-socket-denied': {
    match: [
      { line: 'ping: socket: Operation not permitted', source: 'dotnet/dotnet-buildtools-prereqs-docker#475' },
      { line: '        ping_test.go:80: socket: permission denied', source: 'golang/go#15233' },
    ],
    miss: ['dial unix /var/run/docker.sock: connect: permission denied', 'ping: unknown host example.net'],
  },
  'package-manager-missing': {
    match: [
      { line: '/bin/sh: apt-get: command not found', source: 'docker-library/mysql#875' },
      { line: '/bin/sh: yum: command not found', source: 'acmesh-official/acme.sh#3400' },
    ],
    miss: ['/bin/sh: jq: command not found', 'apt-get install -y curl'],
  },
  'direct-io-unsupported': {
    match: [
      { line: '1: [4] Failed to create file handle: SPANN/SPTAGFullList.bin: Invalid argument', source: 'microsoft/SPTAG#329' },
      {
        line: "thread 'hummock::file_cache::file::tests::test_file_cache' panicked at 'called `Result::unwrap()` on an `Err` value: Io(Os { code: 22, kind: InvalidInput, message: \"Invalid argument\" })'",
        source: 'risingwavelabs/risingwave#5750',
      },
    ],
    miss: ['mount: /mnt: wrong fs type, bad option, bad superblock', 'Failed to create file handle: x.bin: No such file or directory'],
  },
  'archive-unpack-failed': {
    match: [
      {
        line: 'Error: Failed unpacking rock file: /tmp/luarocks_luarocks-rock-oauth-0.0.6-1-6405/oauth-0.0.6-1.src.rock',
        source: 'yagop/telegram-bot#18',
      },
      { line: 'Warning: Failed searching manifest: Failed extracting manifest file', source: 'leafo/moonscript#272' },
      { line: '              - opam-depext.1.1.2: Could not extract archive', source: 'ocaml/opam-repository#13034' },
    ],
    miss: ['Extracting archive...', 'Unpacking rock file /tmp/x.src.rock'],
  },
  'wheel-platform-unsupported': {
    match: [
      {
        line: 'PyMuPDF-1.16.7-cp36-cp36m-manylinux2010_x86_64.whl is not a supported wheel on this platform.',
        source: 'pymupdf/PyMuPDF#400',
      },
      {
        line: '580   ERROR: frozenlist-1.1.0-cp38-cp38-manylinux2014_x86_64.whl is not a supported wheel on this platform.',
        source: 'aio-libs/frozenlist#161',
      },
      {
        line: 'ERROR: punwrap-0.2.0_SNAPSHOT-cp38-cp38-musllinux_1_2_x86_64.whl is not a supported wheel on this platform.',
        source: 'PyO3/maturin#589',
      },
    ],
    miss: ['Downloading torch-1.7.1-cp38-cp38-manylinux1_x86_64.whl (776.8 MB)'],
  },
  'package-repo-os-release': {
    match: [
      {
        line: 'Ignore the mismatch and continue? [y/N]: pkg: repository FreeBSD contains packages for wrong OS version: FreeBSD:14:amd64',
        source: 'neomutt/neomutt#4401',
      },
      { line: 'Newer FreeBSD version for package zxfer:', source: 'neomutt/neomutt#4401' },
      { line: 'pkg: http://pkg.example.org/FreeBSD:11:amd64/latest/meta.txz: Not Found', source: 'facebook/zstd#3124' },
    ],
    miss: ['Updating FreeBSD repository catalogue...', "pkg: No SRV record found for the repo 'FreeBSD'"],
  },
  'bpf-program-rejected': {
    match: [
      { line: 'libbpf: failed to find valid kernel BTF', source: 'iovisor/bcc#4815' },
      { line: 'libbpf: Unsupported BTF_KIND:19', source: 'iovisor/bcc#4815' },
      {
        line: 'failed to resolve CO-RE relocation <byte_off> [446] struct inode.i_ctime (0:3 @ offset 24)',
        source: 'aquasecurity/tracee#3768',
      },
      { line: 'ERRO[0045] BPF program is too large. Processed 1000001 insn', source: 'open-telemetry/opentelemetry-ebpf-profiler#698' },
      { line: '  bpf_map.go:59: bpf init failed: bpf Load failed: load program: invalid argument:', source: 'kmesh-net/kmesh#1637' },
      {
        line: "libbpf: prog 'finish_task_switch': failed to create kprobe 'finish_task_switch' perf event: No such file or directory",
        source: 'iovisor/bcc#3328',
      },
      { line: 'attach Tracing/TraceFEntry: fentry security_socket_connect not supported"', source: 'cicd-sensor/cicd-sensor#46' },
    ],
    miss: ['libbpf: elf: skipping unrecognized data section(11) .rodata.str1.1', 'clang -g -O2 -target bpf -c skeleton/pid_iter.bpf.c'],
  },
  'tex-file-missing': {
    match: [
      { line: "! LaTeX Error: File `commath.sty' not found.", source: 'landreman/regcoil#18' },
      { line: "! LaTeX Error: File `fncychap.sty' not found.", source: 'sphinx-doc/sphinx#5566' },
      { line: "#21 38.38   '! LaTeX Error: File `tgtermes.sty' not found.'", source: 'certbot/website#754' },
      {
        line: '! Font T1/cmr/m/n/10=ecrm1000 at 10.0pt not loadable: Metric (TFM) file not found.',
        source: 'jgrassler/mkdocs-pandoc#1',
      },
    ],
    miss: ["LaTeX Warning: Reference `fig:1' on page 3 undefined on input line 52.", 'No file Certbot.ind.'],
  },
  'elf-misaligned-load': {
    match: [
      {
        line: 'error while loading shared libraries: libcudart.so.11.0: ELF load command address/offset not properly aligned',
        source: 'NixOS/patchelf#528',
      },
      {
        line: 'ImportError: /data/venv/lib/python3.9/site-packages/pxr/Tf/_tf.so: ELF load command address/offset not properly aligned',
        source: 'PixarAnimationStudios/OpenUSD#1814',
      },
      {
        line: 'ImportError: libTKernel-fb973b98.so.7.9.1: ELF load command address/offset not page-aligned',
        source: 'pypa/auditwheel#716',
      },
      {
        line: 'ImportError: /.../lib/python3.12/site-packages/saxonche.cpython-312-aarch64-linux-gnu.so: ELF load command past end of file',
        source: 'jvolkman/repairwheel#33',
      },
    ],
    miss: ['error while loading shared libraries: libfoo.so.1: cannot open shared object file: No such file or directory'],
  },
  'home-unset': {
    match: [
      { line: "thread 'main' panicked at 'Could not get home directory.', cli/deno_dir.rs:18:20", source: 'denoland/deno#6566' },
      { line: 'fatal: $HOME not set', source: 'milvus-io/milvus#30046' },
      { line: 'fatal: $HOME not set', source: 'hpc/charliecloud#1001' },
      { line: 'error: Parameter name: path1', source: 'NuGet/Home#2960' },
      { line: 'erlexec: HOME must be set', source: 'basho/node_package#135' },
      { line: 'Invalid argument(s): join(null, ".config"): part 0 was null, but part 1 was not.', source: 'dart-lang/pub#3167' },
    ],
    miss: ['export HOME=/home/runner', 'Parameter name: value', 'join("/home/ci", ".config")', 'JAVA_HOME must be set to a JDK'],
  },
  'locale-case-mapping': {
    match: [
      { line: "I don't know how to translate letters from upper to lower case.", source: 'Perl/perl5#6816' },
      { line: '08-07 14:55:39.776  8433  8449 I DOTNET  : Expected: "\u0131"', source: 'dotnet/runtime#132002' },
      {
        line: 'HDPI.toString().toLowerCase()                 // Output: hdp\u0131',
        source: 'winterDroid/android-drawable-importer-intellij-plugin#145',
      },
      { line: "Notice the `\u0130` 's instead `I` 's in generated files.", source: 'microsoft/PowerToys#6172' },
    ],
    miss: ['Good, your tr supports [:lower:] and [:upper:] to convert case.', 'İstanbul', 'Expected: "i"', 'converting to lower case'],
  },
  'name-lookup-under-case-mapping': {
    match: [
      {
        line: '> Could not find method debugImplementation() for arguments [file collection] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.',
        source: 'jitsi/jitsi-meet#6561',
      },
      {
        line: "java.lang.IllegalArgumentException: Value 'lifecycle' given for org.gradle.logging.level Gradle property is invalid (must be one of quiet, warn, lifecycle, info, or debug))",
        source: 'gradle/gradle#19585',
      },
    ],
    miss: [
      '> Could not find method compile() for arguments [com.android.support:appcompat-v7:28.0.0] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.',
      "Value 'verbose' given for org.gradle.logging.level Gradle property is invalid (must be one of quiet, warn, lifecycle, info, or debug)",
    ],
  },
  'path-argument-undefined': {
    match: [
      { line: '  Error: The "path" argument must be of type string. Received undefined', source: 's-weigand/setup-conda#432' },
      {
        line: 'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received type undefined',
        source: 'wwwebman/gulp-webpack-starter#54',
      },
      { line: 'TypeError: Path must be a string. Received undefined', source: 'fusepilot/create-cep-extension#1' },
    ],
    miss: [
      'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received an instance of URL',
      'TypeError [ERR_INVALID_ARG_TYPE]: The "data" argument must be of type string or an instance of Buffer. Received undefined',
    ],
  },
  'socket-protocol-unsupported': {
    match: [
      { line: '2024/10/17 17:51:09 WARN checksctp: Protocol not supported', source: 'wolfi-dev/os#31029' },
      { line: 'iperf3: error - unable to start stream listener: Protocol not supported', source: 'esnet/iperf#1561' },
    ],
    miss: ['curl: (1) Protocol "https" not supported or disabled in libcurl', "fatal: protocol 'https' is not supported"],
  },
  'compiler-not-found': {
    match: [
      { line: "nvcc fatal   : Cannot find compiler 'cl.exe' in PATH", source: 'Kwaai-AI-Lab/KwaaiNet#63' },
      { line: '  Could not find compiler set in environment variable CC:', source: 'actions/runner-images#9866' },
      { line: '  Could not find compiler set in environment variable CC:', source: 'osquery/osquery#234' },
      { line: 'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage', source: 'microhh/microhh#36' },
      { line: '  No CMAKE_CXX_COMPILER could be found.', source: 'dusty-nv/jetson-inference#1611' },
    ],
    miss: ['-- The C compiler identification is GNU 9.4.0', '-- Check for working C compiler: /usr/bin/cc -- works'],
  },
  'build-backend-failed': {
    match: [
      { line: '  × Getting requirements to build wheel did not run successfully.', source: 'OCA/l10n-brazil#3247' },
      { line: '× Getting requirements to build wheel did not run successfully.', source: 'PyMySQL/mysqlclient#620' },
      { line: '#22 57.88   × Getting requirements to build wheel did not run successfully.', source: 'getredash/redash#6419' },
    ],
    miss: ['  Getting requirements to build wheel: started', "  Building wheel for vcrpy (pyproject.toml): finished with status 'done'"],
  },
  'protobuf-gencode-runtime-mismatch': {
    match: [
      {
        line: 'google.protobuf.runtime_version.VersionError: Detected incompatible Protobuf Gencode/Runtime',
        source: 'OPM/ResInsight#14723',
      },
      { line: 'Gencode/Runtime versions when loading deq_bin.proto: gencode 7.35.0 runtime 6.33.6.', source: 'microsoft/qdk-ec#102' },
    ],
    miss: ['Generating code with protoc 25.1', 'runtime: goroutine stack exceeds 1000000000-byte limit'],
  },
  'config-script-missing': {
    match: [
      { line: "      FileNotFoundError: [Errno 2] No such file or directory: 'gdal-config'", source: 'initze/thaw-slump-segmentation#103' },
      {
        line: '      Could not find gdal-config. Make sure you have installed the GDAL native library and development headers.',
        source: 'initze/thaw-slump-segmentation#103',
      },
      {
        line: "  Failed to get options via gdal-config: [Errno 2] No such file or directory: 'gdal-config'",
        source: 'geopandas/geopandas#2212',
      },
      { line: 'configure: error: freetype-config not found.', source: 'oneinstack/oneinstack#236' },
      {
        line: 'Could not find gdlib-config in the search path. Please install libgd 2.0.28 or higher.',
        source: 'ICGC-TCGA-PanCancer/PCAP-core#23',
      },
      { line: '#21 7.377     Error: pg_config executable not found.', source: 'psycopg/psycopg2#1290' },
    ],
    miss: ['checking for pkg-config... /usr/bin/pkg-config', "  /usr/bin/ccache: unrecognized option '--show-config'"],
  },
  'socket-path-too-long': {
    match: [
      {
        line: 'ck. java.io.IOException: Cannot fit name [/localhome/jenkinssbt/workspace/sbt-validator/sock] in maximum unix domain socket length',
        source: 'sbt/sbt#3930',
      },
      {
        line: 'fatal: [local.innovativemedianetwork.com] => SSH Error: unix_listener: "/Users/jamessteinbach/.ansible/cp/ansible-ssh-local.innovativemedianetwork.com-22-vagrant.tRI3QuUSacSXgiA6" too long for Unix domain socket',
        source: 'evolution/wordpress#138',
      },
      {
        line: "socket-activation-helper: src/tls/socket-activation-helper.c:209: main: Assertion `res < sizeof (addr.sun_path)' failed.",
        source: 'cockpit-project/cockpit#13220',
      },
      { line: '# OSError: AF_UNIX path too long', source: 'oalders/dot-files#946' },
      { line: 'in a path that is too long for the Unix domain socket:', source: 'rnajena/poseidon#31' },
      { line: 'E   OSError: AF_UNIX path too long', source: 'headroomlabs-ai/headroom#2394' },
      {
        line: 'error: socket path ‘/private/var/folders/rs/k3cmq1b12238c_kx1xg1pndw0000gn/T/nix-build-nix-1.12pre5413_b4b1f452.drv-0/nix-test/var/nix/daemon-socket/socket’ is too long',
        source: 'NixOS/nixpkgs#27121',
      },
      { line: 'Cannot set up cache-control socket: XYMONTMP is too long for a socket path', source: 'xymon-monitoring/xymon#489' },
      { line: "gpg: can't connect to the agent: File name too long", source: 'Mic92/sops-nix#14' },
      {
        line: 'time="2022-05-26T12:39:28+05:30" level=fatal msg="instance name \\"0\\" too long: \\"/Users/thilinashashimalsenarath/Library/Application Support/rancher-desktop/lima/0/ssh.sock.1234567890123456\\" must be less than UNIX_PATH_MAX=104 characters, but is 108"',
        source: 'rancher-sandbox/rancher-desktop#2272',
      },
    ],
    miss: [
      'socket path: /tmp/app.sock',
      'OSError: [Errno 36] File name too long',
      "gpg: can't connect to the agent: IPC connect call failed",
    ],
  },
  'make-jobserver-fifo': {
    match: [
      {
        line: 'make[2]: *** Cannot open jobserver /tmp/GMfifo970408r: No such file or directory.  Stop.',
        source: 'LibreELEC/LibreELEC.tv#7068',
      },
      { line: 'make[2]: *** Cannot open jobserver /tmp/GMfifo14145r: No such file or directory.  Stop.', source: 'emmett1/lfs-scripts#38' },
      { line: 'make: *** cannot open jobserver /tmp/GMfifo157: No such file or directory.  Stop.', source: 'apptainer/apptainer#1447' },
    ],
    miss: ["make[1]: warning: jobserver unavailable: using -j1.  Add '+' to parent make rule.", 'make -j2 --jobserver-style=pipe'],
  },
  'overlay-tar-rename': {
    match: [
      { line: 'tar: .meteor/packages/babel-compiler: Directory renamed before its', source: 'docker/hub-feedback#727' },
      {
        line: 'tar: bundle/programs/server/npm/node_modules/express: Directory renamed before its status could be extracted',
        source: 'RocketChat/Docker.Official.Image#55',
      },
      { line: 'tar: dir1: Directory renamed before its status could be extracted', source: 'docker/for-mac#1219' },
    ],
    miss: ['tar: Exiting with failure status due to previous errors', "tar: Removing leading `/' from member names"],
  },
  'file-locking-unavailable': {
    match: [
      { line: 'error: failed to lock file: ~/simple_crate/Cargo.lock', source: 'rust-lang/cargo#3666' },
      { line: '        at sun.nio.ch.FileDispatcherImpl.lock0(Native Method)', source: 'sbt/sbt#2222' },
      {
        line: '   > Timeout waiting to lock file hash cache (project/.gradle/7.4.2/fileHashes). It is currently in use by this Gradle process.Owner Operation: unknown',
        source: 'gradle/gradle#20444',
      },
      {
        line: 'IOError: Unable to create file (unable to lock file, errno = 37, error message = ‘No locks available’)',
        source: 'ReactionMechanismGenerator/RMG-Py#1688',
      },
      {
        line: "OSError: Unable to create file (unable to lock file, errno = 37, error message = 'No locks available')",
        source: 'h5py/h5py#1082',
      },
      { line: 'OSError: [Errno 37] No locks available', source: 'ComparativeGenomicsToolkit/cactus#1299' },
      {
        line: "    #3 H5FDsec2.c line 939 in H5FD_sec2_lock(): unable to flock file, errno = 524, error message = 'Unknown error 524'",
        source: 'ALPSCore/ALPSCore#348',
      },
      { line: '  #006: H5Fint.c line 1898 in H5F_open(): unable to lock the file', source: 'HDFGroup/hdf5#3311' },
    ],
    miss: ['export HDF5_USE_FILE_LOCKING=FALSE', 'Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend'],
  },
  'openblas-thread-limit': {
    match: [
      {
        line: 'OpenBLAS warning: precompiled NUM_THREADS exceeded, adding auxiliary array for thread metadata.',
        source: 'TadasBaltrusaitis/OpenFace#1077',
      },
      {
        line: 'OpenBLAS : Program is Terminated. Because you tried to allocate too many memory regions.',
        source: 'rocker-org/rocker-versioned2#820',
      },
      {
        line: 'BLAS : Program is Terminated. Because you tried to allocate too many memory regions.',
        source: 'OpenMathLib/OpenBLAS#1882',
      },
    ],
    miss: ['export OPENBLAS_NUM_THREADS=1', 'OpenBLAS build complete. (BLAS CBLAS LAPACK LAPACKE)'],
  },
  'mpi-not-enough-slots': {
    match: [
      // A log cut at its width.
      { line: 'There are not enough slots available in the system to satis', source: 'nest/nest-simulator#1725' },
      { line: 'There are not enough slots available in the system to satisfy the 4', source: 'EESSI/software-layer#35' },
      { line: 'There are not enough slots available in the system to satisfy the 2', source: 'h5py/h5py#2627' },
      { line: 'There are not enough slots available in the system to satisfy the 8 slots', source: 'trilinos/Trilinos#3798' },
    ],
    miss: ['mpirun --oversubscribe -np 4 ./a.out', 'A "slot" is the Open MPI term for an allocatable unit where we can'],
  },
  'kvm-permission-denied': {
    match: [
      {
        line: "ProbeKVM: This user doesn't have permissions to use KVM (/dev/kvm).",
        source: 'EranBoudjnah/CleanArchitectureForAndroid#655',
      },
      { line: "CPU acceleration status: This user doesn't have permissions to use KVM (/dev/kvm).", source: 'microsoft/WSL#7149' },
      { line: '    Could not access KVM kernel module: Permission denied', source: 'libbpf/libbpf#747' },
    ],
    miss: [
      'Could not access KVM kernel module: No such file or directory',
      'emulator: ERROR: x86 emulation currently requires hardware acceleration!',
    ],
  },
  'kvm-unavailable': {
    match: [
      { line: 'emulator: ERROR: x86 emulation currently requires hardware acceleration!', source: 'travis-ci/travis-ci#8586' },
      { line: 'emulator: ERROR: x86_64 emulation currently requires hardware acceleration!', source: 'docker-android-sdk/android-29#1' },
      { line: 'CPU acceleration status: KVM requires a CPU that supports vmx or svm', source: 'cryptax/androidre#3' },
      { line: 'launch failed: KVM support is not enabled on this machine.', source: 'h3poteto/fedistar#438' },
      {
        line: 'launch failed: KVM support is not enabled on this machine.              ',
        source: 'electron-userland/electron-builder#7525',
      },
    ],
    miss: ['Please ensure KVM is properly installed and usable.', 'INFO    | Android emulator version 34.1.20.0'],
  },
  'jdk-removed-modules': {
    match: [
      {
        line: 'Exception in thread "main" java.lang.NoClassDefFoundError: javax/xml/bind/annotation/XmlSchema',
        source: 'linkedin/qark#335',
      },
      { line: 'Caused by: java.lang.ClassNotFoundException: javax.xml.bind.annotation.XmlSchema', source: 'google/talkback#32' },
      { line: '`java.lang.NoClassDefFoundError: javax/xml/bind/JAXBException`', source: 'OpenPlaceReviews/opendb#28' },
    ],
    miss: ['import javax.xml.bind.JAXBContext;', 'java --add-modules java.xml.bind -jar app.jar'],
  },
  'ffmpeg-removed-api': {
    match: [
      {
        line: '/<<PKGBUILDDIR>>/src/ffmpeg.cc:71:9: error: ‘av_register_all’ was not declared in this scope',
        source: 'performous/composer#45',
      },
      {
        line: '/home/zebradil/development/vendor/gpx2video/src/gpx2video.cpp:41:9: error: ‘avcodec_register_all’ was not declared in this scope',
        source: 'progweb/gpx2video#7',
      },
      {
        line: "../src/algorithms/io/audioloader.cpp:247:5: error: use of undeclared identifier 'av_free_packet'; did you mean 'av_init_packet'?",
        source: 'MTG/essentia#1411',
      },
      {
        line: "../src/D2VWitch.cpp:202:31: error: 'AVStream' {aka 'struct AVStream'} has no member named 'codec'",
        source: 'dubhatervapoursynth/D2VWitch#10',
      },
      // FFmpeg 7 removed the channel_layout API; FFmpeg 2.8 had no codecpar yet.
      {
        line: '15.99 hlsoutputstream.cc:116:26: error: ‘av_get_channel_layout’ was not declared in this scope; did you mean ‘set_channel_layout’?',
        source: 'swesterfeld/audiowmark#62',
      },
      {
        line: '15.99 hlsoutputstream.cc:119:10: error: ‘AVCodecContext’ {aka ‘struct AVCodecContext’} has no member named ‘channel_layout’; did you mean ‘ch_layout’?',
        source: 'swesterfeld/audiowmark#62',
      },
      {
        line: '../../src/Media/MediaSourceElement.cpp:107:47: error: ‘AVStream {aka struct AVStream}’ has no member named ‘codecpar’',
        source: 'OtherCrashOverride/c2play#16',
      },
    ],
    miss: ['av_register_all(); // from avformat', "checking for 'libavcodec' >= 55.34.1"],
  },
  'media-plugin-missing': {
    match: [
      { line: "[AVFilterGraph @ 0x555555600a80] No such filter: 'drawtext'", source: 'jrottenberg/ffmpeg#412' },
      { line: "Apr 21 13:08:02 video-convertor app/web.1: Unknown encoder 'libvpx'", source: 'shunjikonishi/heroku-buildpack-ffmpeg#3' },
      { line: "Unknown encoder 'libx264'", source: 'satoshiiizuka/siggraphasia2019_remastering#10' },
      { line: 'WARNING: erroneous pipeline: no element "qtdemux"', source: 'open-edge-platform/dlstreamer#349' },
      {
        line: "thread '<unnamed>' panicked at 'Could not build pipeline: Missing required gstreamer plugin `Unknown` for `textoverlay` element",
        source: 'QuantumEntangledAndy/neolink#59',
      },
      {
        line: "    Failed to find element factory with name 'textoverlay' for creating element', src/rtsp/gst/factory.rs:157:51",
        source: 'QuantumEntangledAndy/neolink#59',
      },
    ],
    miss: [
      'ffmpeg -i in.mp4 -vf "drawtext=text=\'x\'" out.mp4',
      'Setting up gstreamer1.0-plugins-good:amd64 (1.22.0-3) ...',
      '  configuration: --enable-gpl --enable-libx264 --enable-libfreetype',
    ],
  },
  'mysql-client-removed-api': {
    match: [
      {
        line: "/root/git/azerothcore-wotlk/src/common/Database/QueryResult.h:87:9: fatal error: unknown type name 'my_bool'",
        source: 'azerothcore/azerothcore-wotlk#3012',
      },
      { line: "client.c:439:3: error: use of undeclared identifier 'my_bool'", source: 'brianmario/mysql2#990' },
      { line: 'dbdimp.c:1754:31: error: ‘MYSQL_SECURE_AUTH’ undeclared (first use in this function)', source: 'perl5-dbi/DBD-mysql#149' },
      {
        line: "client.c:1438:3: error: call to undeclared function 'mysql_ssl_set'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
        source: 'brianmario/mysql2#1346',
      },
    ],
    miss: ['      my_bool res = mysql_read_query_result(client);', 'checking for mysql_ssl_set() in -lmysqlclient... yes'],
  },
  'linker-lib-missing': {
    match: [
      { line: '/usr/bin/ld: cannot find -lnsl', source: 'IBMSpectrumComputing/lsf-python-api#72' },
      { line: '    * Missing C library: z', source: 'haskell/zlib#13' },
      { line: '/usr/bin/ld: cannot find -lpthread', source: 'PaddlePaddle/Paddle#25484' },
      { line: '/usr/bin/ld: cannot find -lstdc++: No such file or directory', source: 'flutter/flutter#115910' },
      // Apple's ld64 says it its own way.
      { line: '          ld: library not found for -lgfortran', source: 'rust-ndarray/ndarray-linalg#222' },
      { line: 'ld: library not found for -lgcc_s.10.4', source: 'LuaJIT/LuaJIT#484' },
    ],
    miss: ['gcc -o app main.o -lssl -lcrypto', 'collect2: error: ld returned 1 exit status'],
  },
  'package-conflict': {
    match: [
      {
        line: '  - package curl-minimal-8.0.1-1.amzn2023.aarch64 conflicts with curl provided by curl-7.87.0-2.amzn2023.0.2.aarch64',
        source: 'DBezemer/rpm-haproxy#65',
      },
      {
        line: 'package curl-minimal-...amzn2023....x86_64 from @System conflicts with curl provided by curl-8.17.0-1.amzn2023....x86_64 from amazonlinux',
        source: 'valkey-io/valkey-glide#6639',
      },
      {
        line: "       #7 4.062 (try to add '--allowerasing' to command line to replace conflicting packages or '--skip-broken' to skip uninstallable packages)",
        source: 'test-kitchen/kitchen-docker#396',
      },
    ],
    miss: ['Installed: curl-8.0.1-1.amzn2023.x86_64', 'Dependencies resolved.'],
  },
  'package-format-unsupported': {
    match: [
      {
        line: "dpkg-deb: error: archive 'mucommander_1.1.0-1_amd64.deb' uses unknown compression for member 'control.tar.zst', giving up",
        source: 'mucommander/mucommander#771',
      },
      {
        line: "dpkg-deb: error: archive 'mydumper_0.13.0-3.buster_amd64.deb' uses unknown compression for member 'control.tar.zst', giving up",
        source: 'mydumper/mydumper#884',
      },
      {
        line: "dpkg-deb: error: archive 'Downloads/cis-hardening.deb' uses unknown compression for member 'control.tar.zst', giving up",
        source: 'ovh/debian-cis#175',
      },
    ],
    miss: ["dpkg-deb: building package 'app' in 'app_1.0_amd64.deb'.", 'Selecting previously unselected package zstd.'],
  },
  'uid-already-taken': {
    match: [
      { line: 'useradd: UID 1000 is not unique', source: 'bagisto/bagisto-docker#36' },
      { line: "#11 0.170 groupadd: GID '1000' already exists", source: 'heroku/shaas#38' },
      { line: 'ubuntu-toolbox-latest[66635]: useradd: UID 1000 is not unique', source: 'containers/toolbox#1483' },
    ],
    miss: ['useradd -m -u 1001 builder', "usermod: user 'ubuntu' does not exist"],
  },
  'debhelper-compat': {
    match: [
      { line: 'dh: error: Compatibility levels before 7 are no longer supported (level 5 requested)', source: 'mer-hybris/libgbinder#97' },
      {
        line: 'dh_clean: error: Compatibility levels before 7 are no longer supported (level 5 requested)',
        source: 'squentin/gmusicbrowser#228',
      },
      {
        line: '    dh_clean: Compatibility levels before 5 are no longer supported (level 4 requested)',
        source: 'hydrogen-music/hydrogen#493',
      },
    ],
    miss: ['dh: warning: Compatibility levels before 10 are deprecated (level 9 in use)', 'debhelper (>= 13)'],
  },
  'tls-legacy-renegotiation': {
    match: [
      {
        line: 'ssl.SSLError: [SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:1131)',
        source: 'urllib3/urllib3#2653',
      },
      {
        line: '804B1EBA547F0000:error:0A000152:SSL routines:final_renegotiate:unsafe legacy renegotiation disabled:../ssl/statem/extensions.c:879:',
        source: 'openssl/openssl#21296',
      },
      {
        line: '<urlopen error [SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:997)>',
        source: 'C0D3D3V/Moodle-DL#154',
      },
    ],
    miss: ['Secure Renegotiation IS supported', 'Options = UnsafeLegacyRenegotiation'],
  },
  'foreign-arch-compiler-flag': {
    match: [
      { line: "2.305 gcc: error: unrecognized command-line option '-m64'", source: 'sharovik/toggl-to-jira#17' },
      { line: '#32 70.92 c++: error: unrecognized command-line option ‘-m64’', source: 'CoolProp/CoolProp#2095' },
      { line: "#6 3.081 cc1: error: unrecognized command line option '-m64'", source: 'apache/datafusion-ballista#234' },
      { line: "#13 0.241 g++: error: unrecognized command-line option '-mavx2'", source: 'alexdobin/STAR#1666' },
    ],
    miss: ["gcc: error: unrecognized command-line option '--foo'", 'CFLAGS="-O2 -m64"'],
  },
  'python-c-api-changed': {
    match: [
      { line: 'ushuffle_cython.c:215:12: fatal error: longintrepr.h: No such file or directory', source: 'guma44/ushuffle#9' },
      {
        line: "      src/pyfastnoiselite/pyfastnoiselite.cpp:220:12: fatal error: 'longintrepr.h' file not found",
        source: 'tizilogic/PyFastNoiseLite#1',
      },
      {
        line: 'hatchet/cython_modules/reader_modules.c:198:12: fatal error: longintrepr.h: No such file or directory',
        source: 'hatchet/hatchet#494',
      },
      {
        line: 'rgbmatrix/core.cpp:12633:55: error: ‘PyLongObject’ {aka ‘struct _longobject’} has no member named ‘ob_digit’',
        source: 'hzeller/rpi-rgb-led-matrix#1671',
      },
      {
        line: "src/server/wsgi_interp.c:2223:17: error: implicit declaration of function 'PySys_AddWarnOption'; did you mean 'PySys_ResetWarnOptions'? [-Wimplicit-function-declaration]",
        source: 'GrahamDumpleton/mod_wsgi#907',
      },
      {
        line: " src/c/_cffi_backend.c:6121:9: error: call to undeclared function '_PyErr_WriteUnraisableMsg'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
        source: 'EnricoMi/publish-unit-test-result-action#633',
      },
    ],
    miss: [
      '#include "longintrepr.h"',
      'Include/longintrepr.h was moved to Include/cpython/longintrepr.h',
      // gcc 14 refusing a pointer type: the compiler's strictness, not the Python API (mjschultz/py-radix#57).
      'radix/_radix.c:527:37: error: passing argument 2 of ‘PyList_Append’ from incompatible pointer type [-Wincompatible-pointer-types]',
      "src/main.c:10:5: error: implicit declaration of function 'pthread_yield'",
    ],
  },
  'cuda-arch-unsupported': {
    match: [
      { line: "nvcc fatal   : Unsupported gpu architecture 'compute_35'", source: 'microsoft/vcpkg#41274' },
      { line: "nvcc fatal   : Unsupported gpu architecture 'compute_35'", source: 'lisa-analysis-tools/GBGPU#7' },
      { line: "nvcc fatal   : Unsupported gpu architecture 'compute_30'", source: 'flashlight/flashlight#213' },
    ],
    miss: ['-gencode arch=compute_35,code=sm_35', 'nvcc: NVIDIA (R) Cuda compiler driver'],
  },
  'cudnn-version-mismatch': {
    match: [
      {
        line: 'E tensorflow/stream_executor/cuda/cuda_dnn.cc:396] Loaded runtime CuDNN library: 7102 (compatibility version 7100) but source was compiled with 7005 (compatibility version 7000).  If using a binary install, upgrade your CuDNN library to match.',
        source: 'ufoym/deepo#36',
      },
      {
        line: '2022-12-16 16:11:58.828108: E external/org_tensorflow/tensorflow/compiler/xla/stream_executor/cuda/cuda_dnn.cc:421] Loaded runtime CuDNN library: 8.4.0 but source was compiled with: 8.6.0.',
        source: 'borisdayma/dalle-mini#316',
      },
    ],
    miss: [
      'Successfully opened dynamic library libcudnn.so.8',
      'I tensorflow/stream_executor/cuda/cuda_dnn.cc:368] Loaded cuDNN version 8600',
    ],
  },
  'cuda-no-kernel-image': {
    match: [
      { line: 'RuntimeError: CUDA error: no kernel image is available for execution on the device', source: 'rahul-goel/fused-ssim#19' },
      { line: '>>>RuntimeError: Unknown: no kernel image is available for execution on the device', source: 'jax-ml/jax#11967' },
    ],
    miss: ['CUDA error: out of memory', 'Found kernel image for sm_86'],
  },
  'cuda-devices-unavailable': {
    match: [
      {
        line: 'Check failed: error == cudaSuccess (46 vs. 0)  all CUDA-capable devices are busy or unavailable',
        source: 'NVIDIA/DIGITS#2005',
      },
      {
        line: 'THCudaCheck FAIL file=/opt/conda/conda-bld/pytorch_1503970438496/work/torch/lib/THC/generic/THCStorage.cu line=66 error=46 : all CUDA-capable devices are busy or unavailable',
        source: 'pytorch/pytorch#3871',
      },
      { line: 'RuntimeError: CUDA error: all CUDA-capable devices are busy or unavailable', source: 'iffiX/machin#25' },
    ],
    miss: ['-> CUDA driver version is insufficient for CUDA runtime version'],
  },
  'container-hook-failed': {
    match: [
      {
        line: 'nvidia-container-cli: mount error: failed to add device rules: unable to find any existing device filters attached to the cgroup: bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted',
        source: 'NVIDIA/nvidia-container-toolkit#1487',
      },
      {
        line: 'docker: Error response from daemon: failed to create shim: OCI runtime create failed: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: Running hook #1:: error running hook: exit status 1, stdout: , stderr: nvidia-container-cli: container error: cgroup subsystem devices not found: unknown.',
        source: 'NixOS/nixpkgs#127146',
      },
      { line: 'nvidia-container-cli: permission error: capability change failed: operation not permitted', source: 'NVIDIA/enroot#88' },
    ],
    miss: ['nvidia-container-cli: requirement error: unsatisfied condition: cuda>=11.8'],
  },
  'cuda-driver-too-old': {
    match: [
      { line: 'The NVIDIA driver on your system is too old (found version 9000).', source: 'wuhuikai/FastFCN#37' },
      { line: '-> CUDA driver version is insufficient for CUDA runtime version', source: 'NVIDIA/nvidia-docker#498' },
      {
        line: 'luajit: cuda runtime error (35) : CUDA driver version is insufficient for CUDA runtime version at /tmp/luarocks_cutorch-scm-1-384/cutorch/lib/THC/THCGeneral.c:16',
        source: 'torch/cutorch#318',
      },
    ],
    miss: [
      '| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2 |',
      'Please update your GPU driver by downloading and installing a new',
    ],
  },
  'chromedriver-version-mismatch': {
    match: [
      { line: 'session not created: This version of ChromeDriver only supports Chrome version 114', source: 'discourse/discourse#23116' },
      { line: 'Current browser version is 116.0.5845.96 with binary path /usr/bin/google-chrome', source: 'discourse/discourse#23116' },
      {
        line: 'Message: session not created: This version of ChromeDriver only supports Chrome version 85',
        source: 'heroku/heroku-buildpack-chromedriver#27',
      },
      {
        line: ' Error: An error occurred while retrieving a new session: "session not created: This version of ChromeDriver only supports ',
        source: 'Enterprise-CMCS/macpro-quickstart-serverless#196',
      },
    ],
    miss: ['Starting ChromeDriver 114.0.5735.90 on port 9515', 'Only local connections are allowed.'],
  },
  'no-x-display': {
    match: [
      {
        line: 'No X11 DISPLAY variable was set, but this program performed an operation which requires it.',
        source: 'mastodon-sc/mastodon#107',
      },
      { line: 'QXcbConnection: Could not connect to display', source: 'cloudify/sPDF#40' },
      { line: 'QXcbConnection: Could not connect to display :1', source: 'jeanphix/Ghost.py#342' },
      { line: 'qt.qpa.xcb: could not connect to display :0.0', source: 'stepjam/PyRep#297' },
      { line: '  actual: java.awt.HeadlessException: null', source: 'incanter/incanter#308' },
      { line: 'java.awt.HeadlessException: ', source: 'mastodon-sc/mastodon#107' },
    ],
    miss: ['export DISPLAY=:99', 'Xvfb :99 -screen 0 1280x1024x24 &', '-Djava.awt.headless=true'],
  },
  'gl-driver-missing': {
    match: [
      { line: 'libGL error: failed to load driver: swrast', source: 'moveit/moveit_ci#1' },
      {
        line: 'libGL error: MESA-LOADER: failed to open swrast: Error loading shared library /usr/lib/xorg/modules/dri/swrast_dri.so: No such file or directory (search paths /usr/lib/xorg/modules/dri, suffix _dri)',
        source: 'pierlon/scrcpy-docker#2',
      },
      { line: 'libGL error: unable to load driver: swrast_dri.so', source: 'tashrifbillah/glxgears-containers#1' },
    ],
    miss: [
      'libGL: OpenDriver: trying /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so',
      'OpenGL renderer string: llvmpipe (LLVM 15.0.7, 256 bits)',
    ],
  },
  'imagemagick-policy': {
    match: [
      {
        line: "attempt to perform an operation not allowed by the security policy `PS' @ error/constitute.c/IsCoderAuthorized/408",
        source: 'nextcloud/server#24614',
      },
      {
        line: "convert: attempt to perform an operation not allowed by the security policy `PDF' @ error/constitute.c/IsCoderAuthorized/408.",
        source: 'the-paperless-project/paperless#439',
      },
      { line: "mogrify: not authorized `PDF' @ error/constitute.c/IsCoderAuthorized/408.", source: 'ImageMagick/ImageMagick#1310' },
    ],
    miss: [
      '<policy domain="coder" rights="none" pattern="PDF" />',
      "convert-im6.q16: no images defined `bla.png' @ error/convert.c/ConvertImageCommand/3229.",
    ],
  },
  'disk-watermark': {
    match: [
      {
        line: '{"@timestamp":"2023-10-09T20:16:42.431Z", "log.level": "INFO", "message":"low disk watermark [85%] exceeded on [UVmxck05TsaZeX_CKraw6g][635c527a0d73][/usr/share/elasticsearch/data] free: 12gb[14.4%], replicas will not be assigned to this node"}',
        source: 'newrelic/node-newrelic#1803',
      },
      {
        line: '[elasticsearch] [2015-08-13 12:03:18,801][INFO ][org.elasticsearch.cluster.routing.allocation.decider] [Kehl of Tauran] low disk watermark [85%] exceeded on [eLujVjWAQ8OHdhscmaf0AQ][Jackhammer] free: 59.8gb[12.8%], replicas will not be assigned to this node',
        source: 'elastic/elasticsearch#12852',
      },
      {
        line: '  1> [2019-03-18T18:45:27,176][WARN ][o.e.c.r.a.DiskThresholdMonitor] [node_t2] high disk watermark [90%] exceeded on [BY2R46gDQlCOF6x8VIUBvA][][/dev/null] free: 0b[0%], shards will be relocated away from this node',
        source: 'elastic/elasticsearch#40174',
      },
    ],
    miss: ['cluster.routing.allocation.disk.watermark.low: 500mb', 'disk watermark settings updated'],
  },
  'yarn-immutable-install': {
    match: [
      {
        line: '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.',
        source: 'AztecProtocol/aztec-packages#23000',
      },
      {
        line: '2021-05-28T13:48:22.9912155Z ➤ YN0028: The lockfile would have been created by this install, which is explicitly forbidden.',
        source: 'yarnpkg/berry#2948',
      },
      {
        line: '14:23:30.407 | ➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.',
        source: 'jonssonyan/cf-workers-proxy#16',
      },
    ],
    miss: ['➤ YN0000: · Done in 3s 120ms', 'yarn install --immutable'],
  },
  'git-lfs-pointer': {
    match: [
      {
        line: '/opt/gcc-arm-none-eabi-9-2020-q2-update/bin/../lib/gcc/arm-none-eabi/9.3.1/../../../../arm-none-eabi/bin/ld:../../../../third_party/silabs/gecko_sdk/platform/emdrv/nvm3/lib/libnvm3_CM4_gcc.a: file format not recognized; treating as linker script',
        source: 'openthread/ot-efr32#439',
      },
      { line: "UnpicklingError: invalid load key, 'v'.", source: 'fhalab/embeddings_reproduction#11' },
      { line: 'version https://git-lfs.github.com/spec/v1', source: 'git-lfs/git-lfs#4240' },
      { line: 'version https://git-lfs.github.com/spec/v1', source: 'git-lfs/git-lfs#1056' },
      {
        line: 'ld: warning: ignoring file ~/Library/Developer/Xcode/DerivedData/Planetary-fjsowinuoajswjaxifmsuhhptcol/Build/Products/Debug-iphonesimulator/libssb-go.a, building for iOS Simulator-x86_64 but attempting to link with file built for unknown-unsupported file format ( 0x76 0x65 0x72 0x73 0x69 0x6F 0x6E 0x20 0x68 0x74 0x74 0x70 0x73 0x3A 0x2F 0x2F )',
        source: 'planetary-social/planetary-ios#945',
      },
    ],
    miss: ['git lfs install --system --skip-repo', "_pickle.UnpicklingError: invalid load key, '\\x00'."],
  },
  'registry-auth-missing': {
    match: [
      { line: 'npm error code ENEEDAUTH', source: 'ranxianglei/opencode-acp#366' },
      { line: '17:16:08  npm ERR! need auth This command requires you to be logged in.', source: 'semantic-release/semantic-release#2167' },
      { line: 'npm ERR! need auth auth required for publishing', source: 'actions/npm#17' },
    ],
    miss: ['npm notice Publishing to https://npm.example.net/ with tag latest', 'npm whoami'],
  },
  'gradle-native-services': {
    match: [
      { line: '> Could not initialize native services.', source: 'docker-library/official-images#16075' },
      { line: "Failed to load native library 'libnative-platform.so' for Linux amd64.", source: 'gradle/gradle#8107' },
      { line: "   > Failed to load native library 'libnative-platform.so' for Linux amd64.", source: 'gradle/docker-gradle#255' },
    ],
    miss: ['Gradle could not start your build.', 'Starting a Gradle Daemon (subsequent builds will be faster)'],
  },
  'ssh-key-format': {
    match: [
      { line: 'paramiko.ssh_exception.SSHException: not a valid RSA private key file', source: 'Xpra-org/xpra#2307' },
      { line: "SSHException('not a valid OPENSSH private key file',)", source: 'paramiko/paramiko#340' },
      { line: '    paramiko.ssh_exception.SSHException: not a valid RSA private key file', source: 'Evidlo/remarkable_mouse#3' },
    ],
    miss: ['-----BEGIN OPENSSH PRIVATE KEY-----', 'ssh-keygen -m PEM -t rsa'],
  },
  'ipv6-unreachable': {
    match: [
      {
        line: 'npm ERR! network request to https://npm.example.net/natural failed, reason: connect ETIMEDOUT 2606:4700::6810:1223:443',
        source: 'npm/cli#4163',
      },
      {
        line: 'error: [libpostal] http://localhost:4400/parse?address=Example: {"errno":-61,"code":"ECONNREFUSED","syscall":"connect","address":"::1","port":4400,"retries":0}',
        source: 'pelias/docker#292',
      },
      {
        line: "t/01-load-debugger-html.t ......... Can't get debugger gui': Can't connect to localhost:62106 (Connection refused)",
        source: 'brummett/Devel-hdb#95',
      },
      {
        line: '2016-02-11 01:30:15.543453 RPC/Address.cc:215 in refresh() WARNING[5742:thread 1]: Unknown error from getaddrinfo("::1", "80"): Address family for hostname not supported',
        source: 'logcabin/logcabin#207',
      },
      {
        line: 'npm ERR! request to https://npm.example.net/homebridge failed, reason: connect EHOSTUNREACH 2606:4700::6810:1623:443',
        source: 'homebridge/homebridge#3325',
      },
      { line: 'Error: connect ECONNREFUSED ::1:9081', source: 'Kiyozz/electron-tsdown#32' },
      { line: 'Error: connect ECONNREFUSED ::1:3306', source: 'mysqljs/mysql#2547' },
      { line: 'connect ECONNREFUSED ::1:49497', source: 'westy92/html-pdf-chrome#314' },
      {
        line: '* Immediate connect fail for 2600:1f18:2148:bc01:f43d:e203:cafd:8307: Network is unreachable',
        source: 'orbstack/orbstack#1906',
      },
      { line: 'OSError: [Errno 99] Cannot assign requested address', source: 'docker-library/python#261' },
      {
        line: 'Could not create server TCP listening socket ::*:6379: unable to bind socket, errno: 97',
        source: 'Ezka77/xen-orchestra-ce#38',
      },
      { line: '        listen_test.go:238: no dualstack port available', source: 'golang/go#10721' },
      {
        line: '1:M 12 Mar 2021 04:45:21.245 # Could not create server TCP listening socket ::*:6379: unable to bind socket, errno: 97',
        source: 'redis/docker-library-redis#273',
      },
      {
        line: '2017-08-24 21:08:27,062 ERROR [stderr] (main) Caused by: java.net.SocketException: Protocol family unavailable',
        source: 'Shippable/support#3796',
      },
      {
        line: 'ERROR: youtube - Bail out! libuhttpmock:ERROR:libuhttpmock/uhm-server.c:1398:uhm_server_run: assertion failed (error == NULL): Could not listen on address ::1, port 41085: Error binding to address: Address not available (g-io-error-quark, 0)',
        source: 'alpinelinux/docker-abuild#25',
      },
      { line: 'gpg: keyserver receive failed: Cannot assign requested address', source: 'docker-library/mongo#450' },
      { line: 'gpg: keyserver receive failed: Cannot assign requested address', source: 'azavea/docker-django#57' },
      { line: 'Error: listen EADDRNOTAVAIL ::1:36480', source: 'restify/node-restify#1545' },
      {
        line: 'C++ exception with description "src/kj/async-io.c++:671: requirement not met: DNS lookup failed.; params.host = ::; params.service = http; gai_strerror(status) = Address family for hostname not supported',
        source: 'capnproto/capnproto#72',
      },
    ],
    miss: [
      'npm ERR! connect ENETUNREACH 151.101.32.162:443 - Local (0.0.0.0:0)',
      'Error: connect ECONNREFUSED 127.0.0.1:4200',
      'Listening on [::]:8080',
    ],
  },
  'registry-rate-limit': {
    match: [
      {
        line: '  Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
        source: 'rtCamp/action-slack-notify#52',
      },
      {
        line: 'ERROR: Preparation failed: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit (docker.go:142:0s)',
        source: 'cattle-ops/terraform-aws-gitlab-runner#270',
      },
    ],
    miss: ['Pulling docker image docker:latest ...', 'rate limit: 5000 requests per hour remaining'],
  },
  'python-call-signature-changed': {
    match: [
      { line: "TypeError: kwargs_from_env() got an unexpected keyword argument 'ssl_version'", source: 'TophantTechnology/ARL#697' },
      { line: "TypeError: kwargs_from_env() got an unexpected keyword argument 'ssl_version'", source: 'ansible/galaxy_collection#358' },
    ],
    miss: ["TypeError: 'NoneType' object is not subscriptable", 'def kwargs_from_env(environment=None, ssl_version=None):'],
  },
  'python-stdlib-missing': {
    match: [
      { line: "ModuleNotFoundError: No module named '_ctypes'", source: 'pyenv/pyenv#1933' },
      { line: "ModuleNotFoundError: No module named '_ctypes'", source: 'Homebrew/linuxbrew-core#1007' },
      { line: 'ImportError: No module named _ctypes', source: 'pyenv/pyenv#785' },
    ],
    miss: ["ModuleNotFoundError: No module named 'requests'", 'import ctypes', 'Collecting cffi>=1.8'],
  },
  'runtime-memory-limit': {
    match: [
      {
        line: 'Fatal error: Allowed memory size of 1610612736 bytes exhausted (tried to allocate 4096 bytes) in phar:///usr/local/bin/composer/src/Composer/DependencyResolver/Solver.php on line 201',
        source: 'composer/composer#10042',
      },
      {
        line: '    STDOUT: Fatal error: Allowed memory size of 1073741824 bytes exhausted (tried to allocate 72 bytes) in phar:///usr/local/bin/composer/src/Composer/DependencyResolver/Decisions.php on line 40',
        source: 'djoos-cookbooks/composer#78',
      },
      { line: 'Could not reserve enough space for 2097152KB object heap', source: 'apache/maven-mvnd#644' },
      { line: 'Could not reserve enough space for object heap', source: 'PacificBiosciences/SMRT-Analysis#315' },
    ],
    miss: ['memory_limit = -1', 'Error occurred during initialization of VM', 'JAVA_OPTS=-Xmx2g'],
  },
  'session-keyring-quota': {
    match: [
      {
        line: 'Error: OCI runtime error: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: join session keyring: create session key: disk quota exceeded',
        source: 'ansible/workshops#1450',
      },
      {
        line: 'unable to join session keyring: unable to create session key: disk quota exceeded',
        source: 'taskcluster/community-tc-config#793',
      },
    ],
    miss: ['dd: error writing /home/x: Disk quota exceeded', 'keyctl show @s'],
  },
  'iptables-table-missing': {
    match: [
      {
        line: "iptables v1.8.4 (legacy): can't initialize iptables table `nat': Table does not exist (do you need to insmod?)",
        source: 'byJoey/Actions-bbr-v3#30',
      },
      {
        line: "iptables v1.8.9 (legacy): can't initialize iptables table `nat': Table does not exist (do you need to insmod?)",
        source: 'devcontainers/features#1235',
      },
      { line: "iptables v1.6.0: can't initialize iptables table `nat'", source: 'kubernetes/kubernetes#71305' },
    ],
    miss: ['iptables -t nat -L -n', 'modprobe: FATAL: Module overlay not found in directory /lib/modules/6.8.0'],
  },
  'surefire-forked-booter-missing': {
    match: [
      { line: 'Error: Could not find or load main class org.apache.maven.surefire.booter.ForkedBooter', source: 'yegor256/rultor#1283' },
      { line: 'Error: Could not find or load main class org.apache.maven.surefire.booter.ForkedBooter', source: 'iipc/openwayback#383' },
    ],
    miss: [
      '[INFO] --- maven-surefire-plugin:2.12.4:test (default-test) @ app ---',
      'Error: Could not find or load main class com.example.Main',
    ],
  },
  'git-identity-unknown': {
    match: [
      { line: '    *** Please tell me who you are.', source: 'unisonweb/unison#1967' },
      { line: 'lerna ERR! *** Please tell me who you are.', source: 'energywebfoundation/origin#2216' },
      {
        line: 'main_test.go:54: failed to create initial commit: exit status 128, out: Author identity unknown',
        source: 'openshift/ci-tools#2861',
      },
    ],
    miss: ['git config --global user.email "you@example.com"', '[main (root-commit) 1a2b3c4] initial commit'],
  },
  'git-fsck-rejected': {
    match: [
      {
        line: 'error: object 0b404df8c030cdeaca7b373956c3a697efd32f78: zeroPaddedFilemode: contains zero-padded file modes',
        source: 'pallets/flask#2065',
      },
      {
        line: 'error: object 5e6ecdad9f69b1ff789a17733b8edc6fd7091bd8: badTimezone: invalid author/committer line - bad time zone',
        source: 'psf/requests#3088',
      },
      { line: 'fatal: fsck error in packed object', source: 'WiseLibs/better-sqlite3#908' },
    ],
    miss: ['remote: Counting objects: 100% (233/233), done.', 'Checking connectivity... done.'],
  },
  'time-syscalls-refused': {
    match: [
      {
        line: 'teslamate_1  | clock_gettime(CLOCK_MONOTONIC, _) failed: Operation not permitted (1)',
        source: 'teslamate-org/teslamate#2302',
      },
      { line: 'clock_gettime(CLOCK_MONOTONIC, _) failed: Operation not permitted (1)', source: 'docker-library/rabbitmq#462' },
      {
        line: '1996002192:error:0D0D90AD:asn1 encoding routines:ASN1_TIME_adj:error getting time:crypto/asn1/a_time.c:330:',
        source: 'alpinelinux/docker-alpine#135',
      },
    ],
    miss: ['1:M 02 Jul 2021 10:42:35.049 * monotonic clock: POSIX clock_gettime', 'date: invalid date'],
  },
  'java-truststore-empty': {
    match: [
      {
        line: 'javax.net.ssl.SSLException: java.lang.RuntimeException: Unexpected error: java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty',
        source: 'microsoft/openjdk-docker#74',
      },
      {
        line: 'Exception in thread "main" javax.net.ssl.SSLException: Unexpected error: java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty',
        source: 'docker-library/openjdk#261',
      },
    ],
    miss: ['PKIX path building failed: unable to find valid certification path to requested target', 'keytool -list -cacerts'],
  },
  'conda-terms-not-accepted': {
    match: [
      {
        line: 'CondaToSNonInteractiveError: Terms of Service have not been accepted for the following channels. Please accept or remove them before proceeding:',
        source: 'andrewrothstein/ansible-miniconda#38',
      },
      {
        line: '[2025-07-15T19:41:39.043Z] CondaToSNonInteractiveError: Terms of Service have not been accepted for the following channels. Please accept or remove them before proceeding:',
        source: 'NVIDIA/cudf-spark#13114',
      },
    ],
    miss: [
      '    ‣ conda tos accept --override-channels --channel CHANNEL',
      'By continuing this installation you are accepting this license agreement:',
    ],
  },
  'go-checksum-mismatch': {
    match: [
      { line: 'verifying github.com/wI2L/jsondiff@v0.5.1: checksum mismatch', source: 'wI2L/jsondiff#21' },
      { line: 'This download does NOT match an earlier download recorded in go.sum.', source: 'wI2L/jsondiff#21' },
      { line: 'go: github.com/VictoriaMetrics/fastcache@v1.13.0: verifying module: checksum mismatch', source: 'goproxyio/goproxy#232' },
      { line: 'This download does NOT match the one reported by the checksum server.', source: 'goproxyio/goproxy#232' },
    ],
    miss: ['go: downloading github.com/wI2L/jsondiff v0.5.1', 'sha256 checksum OK', 'Test output does not match expected:'],
  },
  'rustup-no-default-toolchain': {
    match: [
      {
        line: "error: no override and no default toolchain set; run 'rustup default stable' to set the stable toolchain as default",
        source: 'Morganamilo/paru#348',
      },
      { line: 'error: no default toolchain configured', source: 'Cogitri/Tau#265' },
      { line: 'no installed toolchains', source: 'repi/shadertoy-browser#64' },
      { line: 'error: no override and no default toolchain set', source: 'oxsecurity/megalinter#975' },
    ],
    miss: [
      "error: toolchain 'nightly-2024-01-01' is not installed",
      'info: default toolchain set to stable',
      'rustup 1.27.1 (54dd3d00f 2024-04-24)',
    ],
  },
  'semaphores-exhausted': {
    match: [
      {
        line: '2020-08-06 09:40:47.034 CST [28825] FATAL:  could not create semaphores: No space left on device',
        source: 'PostgresApp/PostgresApp#583',
      },
      {
        line: '2020-08-06 09:40:47.034 CST [28825] DETAIL:  Failed system call was semget(5432001, 17, 03600).',
        source: 'PostgresApp/PostgresApp#583',
      },
      { line: 'semget failed: No space left on device', source: 'ecmwf/eckit#51' },
      {
        line: 'PHP Warning: sem_get(): failed for key 0x6602b303: No space left on device in /path/to/friendica/src/Core/Lock/SemaphoreLock.php on line 41',
        source: 'friendica/friendica#8200',
      },
    ],
    miss: ['dd: error writing /tmp/x: No space left on device', 'Semaphore acquired by worker 3', '  max_connections = 100'],
  },
  'locked-memory-limit': {
    match: [
      { line: 'metal: warning: failed to mlock shmem - Cannot allocate memory', source: 'OpenAMP/libmetal#112' },
      { line: 'Error initializing core: Failed to lock memory: cannot allocate memory', source: 'cgswong/docker-vault#4' },
      {
        line: '[1652739463.054681] [cn0022:4071024:0]        ib_iface.c:1035 UCX  ERROR ibv_create_cq(cqe=4096) failed: Cannot allocate memory',
        source: 'openucx/ucx#8229',
      },
      {
        line: 'misc/ibvwrap.cc:278 NCCL WARN Call to ibv_reg_mr_iova2 failed with error Cannot allocate memory',
        source: 'NVIDIA/nccl-tests#206',
      },
      { line: 'panic: io_uring_setup: cannot allocate memory', source: 'godzie44/go-uring#7' },
      { line: 'io_uring runtime probe failed: Cannot allocate memory', source: 'ai-dynamo/nixl#1942' },
      { line: 'This is failing with `Unix.Unix_error(Unix.ENOMEM, "io_uring_register_buffers", "")`.', source: 'ocaml-multicore/eio#80' },
      { line: 'runtime: increase the mlock limit (ulimit -l) or', source: 'quic-interop/quic-interop-runner#80' },
      { line: 'bash: ulimit: max locked memory: cannot modify limit: Operation not permitted', source: 'gitpod-io/gitpod#16222' },
    ],
    miss: ['fatal error: out of memory', 'io_uring: using 4 rings', 'Cannot allocate memory', 'max locked memory       (kbytes, -l) 64'],
  },
  'bash-too-old': {
    match: [
      { line: './hack/build-jsonnet.sh: line 16: mapfile: command not found', source: 'openshift/cluster-monitoring-operator#149' },
      { line: '/Users/youssou/PeerTube/scripts/build/client.sh: line 5: declare: -A: invalid option', source: 'Chocobozzz/PeerTube#3859' },
      { line: './sshto: line 479: declare: -A: invalid option', source: 'vaniacer/sshto#21' },
      { line: 'bash: declare: -A: invalid option', source: 'MFlowCode/MFC-develop#48' },
      { line: './hack/test.sh: line 27: test_flags[@]: unbound variable', source: 'stackitcloud/cloud-provider-stackit#1504' },
      { line: './scripts/test.sh: line 130: RUN_ARG[@]: unbound variable', source: 'etcd-io/etcd#21124' },
      { line: './git-repo-watcher: line 114: ${commit_message@Q}: bad substitution', source: 'kolbasa/git-repo-watcher#4' },
      { line: './sshto: line 568: ${name,,}: bad substitution', source: 'vaniacer/sshto#21' },
    ],
    miss: ['sh: 1: mapfile: not found', 'tar: invalid option -- P', 'declare -A map=()', '14:56:27 /bin/sh: 9: Bad substitution'],
  },
  'sysv-shared-memory-refused': {
    match: [
      {
        line: '2014-08-01 06:30:00 UTC FATAL:  could not create shared memory segment: Invalid argument',
        source: 'travis-ci/travis-ci#2606',
      },
      {
        line: '2014-08-01 06:30:00 UTC DETAIL:  Failed system call was shmget(key=5432001, size=40140800, 03600).',
        source: 'travis-ci/travis-ci#2606',
      },
      { line: 'FATAL:  could not create shared memory segment: No space left on device', source: 'yandex-qatools/postgresql-embedded#157' },
      { line: '[-]  SYSTEM ERROR : shmget() failed', source: 'AFLplusplus/AFLplusplus#858' },
      { line: '[-]  SYSTEM ERROR : shmget() failed', source: 'MicrosoftDocs/WSL#39' },
    ],
    miss: [
      'ERROR:  could not resize shared memory segment "/PostgreSQL.2088012784" to 50438144 bytes: No space left on device',
      'shared_buffers = 128MB',
    ],
  },
  'browser-did-not-start': {
    match: [
      {
        line: "WebDriverError: unknown error: Chrome failed to start: crashed. (unknown error: DevToolsActivePort file doesn't exist)",
        source: 'giggio/node-chromedriver#205',
      },
      {
        line: "Selenium::WebDriver::Error::UnknownError: unknown error: DevToolsActivePort file doesn't exist",
        source: 'titusfortner/webdrivers#217',
      },
      { line: "(unknown error: DevToolsActivePort file doesn't exist)", source: 'SeleniumHQ/docker-selenium#1309' },
    ],
    miss: ['Starting ChromeDriver 97.0.4692.71 on port 9515', 'DevTools listening on ws://127.0.0.1:9222/devtools/browser/x'],
  },
  'shared-memory-small': {
    match: [
      {
        line: '2020-06-15T18:09:29.0630894Z java.lang.RuntimeException: java.lang.InternalError: a fault occurred in a recent unsafe memory access operation in compiled Java code',
        source: 'github/codeql-action#66',
      },
      { line: 'algo-1-xxsq9_1  | RuntimeError: DataLoader worker (pid(s) 76) exited unexpectedly', source: 'aws/sagemaker-python-sdk#937' },
      { line: '  File "multiprocessing/synchronize.py", line 57, in __init__', source: 'JuliaContainerization/Sandbox.jl#16' },
      { line: '[start_behavior-29]     sl = self._semlock = _multiprocessing.SemLock(', source: 'usnistgov/ARIAC#355' },
      {
        line: 'session deleted because of page crash from unknown error: cannot determine loading status from tab crashed',
        source: 'SeleniumHQ/docker-selenium#589',
      },
      {
        line: 'ERROR: Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm).',
        source: 'pangeo-data/pangeo-docker-images#258',
      },
      { line: 'Bus error - the host /dev/shm or /tmp mount likely just ran out of space', source: 'moul/travis-docker#17' },
      { line: 'Bus error (core dumped)', source: 'POSTECH-CVLab/point-transformer#50' },
      {
        line: 'ERROR:  could not resize shared memory segment "/PostgreSQL.2088012784" to 50438144 bytes: No space left on device',
        source: 'docker-library/postgres#416',
      },
      {
        line: 'PG::DiskFull: ERROR: could not resize shared memory segment "/PostgreSQL.394945862" to 16777216 bytes: No space left on device',
        source: 'PrecisionNutrition/pndev#41',
      },
      {
        line: 'WARNING:discardable_shared_memory_manager.cc(197)] Less than 64MB of free space in temporary directory for shared memory files',
        source: 'chrome-php/chrome#389',
      },
    ],
    miss: [
      'Get:12 http://debmirror.example.net/debian bookworm/main amd64 libxshmfence1 amd64 1.3-1 [8820 B]',
      'Setting up libxcb-shm0:amd64 (1.15-1) ...',
      'Starting ChromeDriver 74.0.3729.6 on port 9515',
      'Segmentation fault (core dumped)',
    ],
  },
};

function matches(signature: Signature, line: string): boolean {
  return lineMatches(signature, parseBuildLog(line).lines[0]?.body ?? '');
}

describe('error classes', () => {
  it('every class has real lines, and every tested class exists', () => {
    expect(Object.keys(CLASSES).sort()).toEqual(ERROR_CLASSES.map((c) => c.id).sort());
  });

  it('every class is matched on lines from at least two projects', () => {
    for (const [id, { match }] of Object.entries(CLASSES)) {
      const projects = new Set(match.map((m) => m.source.replace(/#\d+$/, '')));
      expect(projects.size, id).toBeGreaterThanOrEqual(2);
      for (const m of match) expect(m.source, id).toMatch(/^[\w.-]+\/[\w.-]+#\d+$/);
    }
  });

  for (const c of ERROR_CLASSES) {
    const cases = CLASSES[c.id];
    describe(c.id, () => {
      it.each(cases?.match.map((m) => [m.source, m.line]) ?? [])('matches the line from %s', (_source, line) =>
        expect(matches(c, line)).toBe(true),
      );
      it.each(cases?.miss ?? [])('does not match %s', (line) => expect(matches(c, line)).toBe(false));
    });
  }
});
