import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACET_IDS } from '../../src/fingerprint/types.js';
import { ERROR_CLASSES } from '../../src/rank/classes.js';
import { lineMatches, SIGNATURES, type Signature } from '../../src/rank/signatures.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { SOURCE_DIAGNOSTICS } from '../../src/rank/source-diagnostics.js';
import { ALL_TOKEN_KINDS } from '../../src/rank/tokens.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** A line of a real tool's output kept in test/rank/fixtures (see its README). */
function fixtureLine(file: string, contains: string): string {
  const line = readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .find((l) => l.includes(contains));
  if (line === undefined) throw new Error(`${file} has no line containing ${contains}`);
  return line;
}

/** Lines from the scenario logs (real issue reports) and from real tools run here. */
const CASES: Record<string, { match: string[]; miss: string[] }> = {
  'exec-format-error': {
    match: [
      '#9 0.117 exec /bin/sh: exec format error',
      'standard_init_linux.go:219: exec user process caused: exec format error',
      // actions/setup-node#994, electron-userland/electron-builder#5816: macOS's EBADARCH through libuv.
      'Error: spawn Unknown system error -86',
      // evanw/esbuild#1655: a macOS esbuild binary copied into an Alpine image, ENOEXEC by number.
      '<ref *1> Error: spawnSync /usr/src/app/.yarn/unplugged/esbuild-npm-0.13.3-0c72846e03/node_modules/esbuild/lib/yarn-pnp-esbuild Unknown system error -8',
      fixtureLine('exec-format-error.log', 'sh: 1:'),
      fixtureLine('exec-format-error.log', 'cannot execute binary file'),
      fixtureLine('exec-format-error.log', 'OSError'),
      // mingchen/docker-android-build-box#67 and mit-cml/appinventor-sources#3473: x86-64 aapt on arm64, read by sh as a script.
      'AAPT2 aapt2-4.2.2-7147631-linux Daemon #0: Unexpected error output: /root/.gradle/caches/transforms-2/files-2.1/be0f/aapt2-4.2.2-7147631-linux/aapt2: 1: /root/.gradle/caches/transforms-2/files-2.1/be0f/aapt2-4.2.2-7147631-linux/aapt2: Syntax error: "(" unexpected',
      '     [java] /tmp/aapt1370354150768286643: 1: Syntax error: "(" unexpected',
      // arduino/arduino-cli#520 and git-lfs/git-lfs#4492: macOS's word for it.
      'Error: fork/exec /Users//Library/arduino15/packages/builtin/tools/ctags/5.8-arduino11/ctags: bad CPU type in executable',
      'fork/exec /var/folders/4d/hy7gsq2n22jccp96wdbpt3100000gn/T/go-build614314336/b001/exe/mangen: bad CPU type in executable',
      // swift-actions/setup-swift#705 and espressif/esp-idf#589: the shell runs the ELF header
      // as a command.
      '/opt/hostedtoolcache/swift-Ubuntu/6.0.2/arm64/usr/bin/swift: 1: ELF: not found',
      '/home/pi/esp/xtensa-esp32-elf/bin/xtensa-esp32-elf-gcc: 1: /home/pi/esp/xtensa-esp32-elf/bin/xtensa-esp32-elf-gcc: ELF: not found',
    ],
    miss: [
      '#9 [linux/arm64 2/5] RUN mkdir -p /usr/apps/service-config',
      'the file format is documented in docs/format.md',
      // A bash script run by dash is a shell difference, not an architecture.
      './build.sh: 1: ./build.sh: Syntax error: "(" unexpected',
      './configure: 12: Syntax error: "(" unexpected',
      // iNavFlight/inav#6238: the shell's own syntax error (WSL's Windows PATH with "(x86)").
      '/bin/sh: 1: Syntax error: "(" unexpected',
      './build.sh: 1: elfedit: not found',
    ],
  },
  'ldd-not-found': {
    match: ['#30 0.288 \tlibfuse3.so.4 => not found', fixtureLine('ldd-missing-lib.log', '=> not found')],
    miss: [fixtureLine('ldd-missing-lib.log', 'libc.so.6 =>'), 'Package libfuse3 found in cache'],
  },
  'shared-library-missing': {
    match: [
      'Error loading shared library libssl.so.48: No such file or directory (needed by /usr/bin/pgbouncer)',
      '/usr/local/lib/singularity/sexec: error while loading shared libraries: libsingularity.so.1: cannot open shared object file: No such file or directory',
      fixtureLine('ldd-missing-lib.log', 'error while loading'),
      // dotnet/cli#8939 and dotnet/core#4749: .NET names no soname when none of the OpenSSL it knows is there.
      'No usable version of the libssl was found',
      'No usable version of libssl was found',
      // IBM/mcp-context-forge#6262: WeasyPrint's cffi on macOS without Homebrew's GLib.
      "OSError: cannot load library 'libgobject-2.0-0': dlopen(libgobject-2.0-0, 0x0002): tried: ...",
      "Additionally, ctypes.util.find_library() did not manage to locate a library called 'libgobject-2.0-0'",
    ],
    miss: ['Setting up libssl3:amd64 (3.0.11-1~deb12u2) ...', 'ldconfig: /usr/lib/libfoo.so.1 is not a symbolic link'],
  },
  'glibc-version-not-found': {
    match: [
      "forge: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.33' not found (required by forge)",
      // At link time: conda-forge/ctng-compiler-activation-feedstock#123 (a 2.12 sysroot), canonical/flutter-snap#48.
      "... libmpi.so: undefined reference to `memcpy@GLIBC_2.14'",
      "/snap/flutter/current/usr/lib/x86_64-linux-gnu/librt.so: undefined reference to `__pthread_attr_setsigmask_internal@GLIBC_PRIVATE'",
    ],
    miss: ['ldd (Ubuntu GLIBC 2.35-0ubuntu3.1) 2.35', 'GLIBC_2.33 found', "main.c:(.text+0x1a): undefined reference to `foo'"],
  },
  'kernel-too-old': {
    match: [
      'FATAL: kernel too old',
      'runtime: update your kernel to 5.3.15+, 5.4.2+, or 5.5+',
      '14775:C 15 Mar 2025 06:00:36.066 # WARNING Your kernel has a bug that could lead to data corruption during background save. Please upgrade to the latest stable kernel.',
    ],
    miss: [
      'Linux 4.4.0-21-generic',
      'kernel: [ 0.000000] Linux version 6.1.0',
      'No usable sandbox! Update your kernel or see https://chromium.googlesource.com/chromium/src/+/main/docs/linux/suid_sandbox_development.md',
    ],
  },
  'binfmt-register-failed': {
    match: [
      'installing: arm64 cannot write to /proc/sys/fs/binfmt_misc/register: write /proc/sys/fs/binfmt_misc/register: invalid argument',
    ],
    miss: ['installing: arm64 OK', 'cat /proc/sys/fs/binfmt_misc/qemu-aarch64'],
  },
  'syscall-invalid-argument': {
    match: [
      "Error: error stat'ing file '/run/user/0/crun': Invalid argument: OCI runtime error",
      'docker: Error response from daemon: error creating overlay mount to /var/lib/docker/overlay/x-init/merged: invalid argument.',
    ],
    miss: ['error: invalid argument "--foo" for "--platform" flag', 'Invalid argument list for --jobs', 'clone3: Function not implemented'],
  },
  'syscall-not-implemented': {
    match: [
      'clone3: Function not implemented',
      // ziglang/zig#20959: Zig's start-up code on a 2.6.18 kernel.
      'unexpected errno: 38',
      // supabase/cli#377: Deno's file watcher under QEMU on an M1 Mac.
      '> error: Function not implemented (os error 38)',
    ],
    miss: ['unexpected errno: 384', 'Invalid argument list for --jobs'],
  },
  'user-namespace-denied': {
    match: [
      // nextflow-io/nextflow#2531: user.max_user_namespaces is 0 on the cluster node.
      "  ch-run[11544]: can't init user+mount namespaces: Invalid argument (ch_core.c:381 22)",
      'unshare: unshare failed: Operation not permitted',
      'bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged user namespaces.',
      'Error: user namespaces are not enabled in /proc/sys/kernel/unprivileged_userns_clone',
      // apptainer/apptainer#2027
      'ERROR  : Failed to create user namespace: Permission denied',
      // genuinetools/img#247: RHEL 7 with user.max_user_namespaces 0.
      'nsenter: failed to unshare namespaces: Invalid argument',
    ],
    miss: ['unshare --user --map-root-user true', 'namespace default created'],
  },
  'apt-post-invoke-failed': {
    match: [
      // debuerreotype/docker-debian-artifacts#197, CircleCI-Public/docker-orb#184, tianon/docker-brew-ubuntu-core#217.
      "E: Problem executing scripts APT::Update::Post-Invoke 'rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true'",
    ],
    miss: ["E: Problem executing scripts DPkg::Post-Invoke 'test -x /usr/bin/foo'", 'E: Sub-process returned an error code'],
  },
  'seccomp-filter-refused': {
    match: [
      // NixOS/nix#5258, cryspen/hax#71, DeterminateSystems/nix-installer#734: Nix's sandbox under QEMU or Rosetta.
      'error: while setting up the build environment: unable to load seccomp BPF program: Invalid argument',
      '#8 14.67 error: unable to load seccomp BPF program: Invalid argument',
      '             error: unable to load seccomp BPF program: Invalid argument',
    ],
    miss: ['error: adding seccomp filter rule for syscall clone3: permission denied', 'Seccomp:\t2'],
  },
  'operation-not-permitted': {
    match: [
      "rm: cannot remove '/var/cache/apt/archives/partial': Operation not permitted",
      'clone3 failed: EPERM',
      'audit: type=1400 apparmor="DENIED" operation="mount"',
    ],
    miss: [
      'Permitted operations are listed below',
      'The operation completed successfully',
      // canonical/ubuntu.com#14593: libstdc++'s own EPERM for a program linked without threads.
      '  what():  Enable multithreading to use std::thread: Operation not permitted',
    ],
  },
  'arm-eabi-helper-missing': {
    match: [
      // RedisJSON/RedisJSON#20: the module built on 32-bit ARM (armv7l) without libgcc's division helper.
      '1:M 13 May 00:07:06.920 # Module /usr/local/lib/rejson.so failed to load: /usr/local/lib/rejson.so: undefined symbol: __aeabi_uldivmod',
      // zeromq/libzmq#4725: NDK r27 on the runner.
      "ld.lld: error: non-exported symbol '__aeabi_ldivmod' in '/usr/local/lib/android/sdk/ndk/27.0.12077973/toolchains/llvm/prebuilt/linux-x86_64/lib/clang/18/lib/linux/libclang_rt.builtins-arm-android.a(aeabi_ldivmod.S.o)' is referenced by DSO",
    ],
    miss: ['warning: format ‘%ld’ expects argument of type ‘long int’, but argument 2 has type ‘int64_t’ [-Wformat=]'],
  },
  'mount-helper-missing': {
    match: [
      // kubernetes-sigs/nfs-subdir-external-provisioner#120
      'Output: mount: /var/lib/kubelet/pods/x/volumes/kubernetes.io~nfs/root: bad option; for several filesystems (e.g. nfs, cifs) you might need a /sbin/mount.<type> helper program',
    ],
    miss: ['Mounting command: mount', 'mount: /mnt: mount point does not exist.'],
  },
  'chown-not-permitted': {
    match: [
      // nerves-project/nerves#997: the Docker build runner's image moved to a non-root user.
      "chown: changing ownership of '/nerves/build': Operation not permitted",
    ],
    miss: ["chown: cannot access '/nerves/build': No such file or directory", 'chown -R builder:builder /nerves'],
  },
  'notebook-kernel-died': {
    match: [
      // pymovements/pymovements#694: nbsphinx on a Read the Docs builder with less memory.
      'nbsphinx.NotebookError: DeadKernelError in tutorials/pymovements-in-10-minutes.ipynb:',
      'Kernel died',
    ],
    miss: ['Kernel started: 6b1f0c2e', 'Restarting kernel'],
  },
  'database-role-missing': {
    match: [
      // lacanoid/pgsparql#1: installcheck run as root with no PGUSER.
      'psql: error: FATAL:  role "root" does not exist',
    ],
    miss: ['ERROR:  relation "users" does not exist', 'CREATE ROLE'],
  },
  'source-lacks-architecture': {
    match: [
      // jabley/homebrew-wrk2#6
      'lj_arch.h:55:2: error: "No support for this architecture (yet)"',
      '#error "No target architecture defined"',
    ],
    miss: ['#error "Need at least GCC 4.3 or newer"', 'checking host system type... aarch64-apple-darwin21.1.0'],
  },
  'kernel-userspace-mismatch': {
    match: [
      // projectcalico/calico#8372
      'stderr="ipset v7.11: Kernel and userspace incompatible: settype hash:ip with revision 6 not supported by userspace."',
    ],
    miss: ['ipset v7.17, protocol version: 7'],
  },
  'jvm-unknown-host': {
    match: [
      // NixOS/nixpkgs#165794: the Nix build sandbox has no name server.
      'Cannot download a dependency: java.net.UnknownHostException: download.jetbrains.com',
      // broadinstitute/picard#641: behind a proxy the Gradle wrapper was not told of.
      'Exception in thread "main" java.net.UnknownHostException: services.gradle.org',
    ],
    miss: [
      // adoptium/aqa-tests#3236: the machine's own name, undotted (own-hostname-unresolvable).
      '[2022-01-18T22:26:11.357Z] Caused by: java.net.UnknownHostException: test-packet-ubu',
      'java.net.UnknownHostException: noisynuc: noisynuc: Name or service not known',
    ],
  },
  'dns-resolution-failed': {
    match: [
      "  Temporary failure resolving 'debmirror.example.net'",
      // glibc's EAI_AGAIN as PHP (inviqa/dock-cli#130) and Python (hexenwail/hexenwail#86) print it: "resolv" is not in it.
      '  failed to open stream: php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution',
      'urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>',
      'curl: (6) Could not resolve host: github.com',
      'npm ERR! request to https://npm.example.net/x failed, reason: getaddrinfo EAI_AGAIN npm.example.net',
      'dial tcp: lookup proxy.golang.org on 127.0.0.53:53: no such host',
      "  Could not resolve 'debmirror.example.net'",
    ],
    miss: [
      'Resolving deltas: 100% (12/12), done.',
      'Hit:1 http://debmirror.example.net/debian bookworm InRelease',
      // nodejs/node#44003: localhost is no name server's to answer (localhost-unresolvable).
      'Error: getaddrinfo ENOTFOUND localhost',
      // Resolution of packages, not of names: npm's peer dependencies, Gradle's plugins (junit-team/junit-framework#1487), Maven coordinates.
      'npm ERR! Could not resolve dependency:',
      "17:51:06.915 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] - Plugin Repositories (could not resolve plugin artifact 'com.gradle.build-scan:com.gradle.build-scan.gradle.plugin:1.14')",
      '   > Could not resolve com.android.tools.build:gradle:7.0.0.',
    ],
  },
  'connection-failed': {
    match: [
      '  Could not connect to debmirror.example.net:80 (151.101.2.132), connection timed out',
      'npm ERR! network request to https://npm-registry.example.com/x.tgz failed, reason: connect ETIMEDOUT 104.16.17.35:443',
      fixtureLine('curl-refused.log', 'Failed to connect'),
      'Error: connect ECONNREFUSED 127.0.0.1:18443',
      'WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.18/main: temporary error (try again later)',
      // git:// (port 9418) behind a firewall: zurb/foundation-apps#422, thin-edge/meta-tedge#469.
      'fatal: unable to connect to github.com:',
      'fatal: unable to connect to git.yoctoproject.org:',
      // ruby/rubygems#4950: an IPv6 name server listed first.
      'Retrying fetcher due to error (2/4): Bundler::HTTPError Could not fetch specs from https://gems.example.net/',
      // oven-sh/bun#5548 and #4988: Zig's error name, as Bun prints it.
      'error: ConnectionRefused downloading tarball @trysound/sax@0.2.0',
      'error: ConnectionRefused downloading package manifest figlet',
    ],
    miss: ['Connected to debmirror.example.net', 'Get:1 http://debmirror.example.net/debian bookworm InRelease [151 kB]'],
  },
  'html-instead-of-api': {
    match: [
      // spring-projects/spring-boot#25135: a registry mirror that served HTML; moby/moby#15949: a 408 page on a jumbo-MTU path.
      '#3 ERROR: encountered unknown type text/html; children may not be fetched',
      "Error parsing HTTP response: invalid character '<' looking for beginning of value: \"<html><body><h1>408 Request Time-out",
    ],
    miss: ['Content-Type: text/html; charset=utf-8', "invalid character 'x' in literal true (expecting 'r')"],
  },
  'apt-hash-sum-mismatch': {
    match: [
      'E: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy/InRelease  Hash Sum mismatch',
      '   Hashes of expected file:\n'.trim() + ' File has unexpected size (1234 != 1200). Mirror sync in progress?',
      // piwheels/piwheels#144, babybuddy/babybuddy#41: pip's hash-checking mode against another index.
      'THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.',
      'THESE PACKAGES DO NOT MATCH THE HASHES FROM Pipfile.lock!. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.',
    ],
    miss: ['Get:5 http://archive.ubuntu.com/ubuntu jammy-updates/main amd64 Packages [1,234 kB]', 'sha256sum: OK'],
  },
  'release-not-valid-yet': {
    match: [
      'E: Release file for http://debmirror.example.net/debian/dists/bookworm-updates/InRelease is not valid yet (invalid for another 5h 12min 3s).',
      // UBC-Thunderbots/Software#3615: apt 3 on a robot whose clock was days behind.
      'W: An error occurred during the signature verification. The repository is not updated and the previous index files will be used. OpenPGP signature verification failed: http://debmirror.example.net/debian-security trixie-security InRelease: Sub-process /usr/bin/sqv returned an error code (1), error message is: Verifying signature: Not live until 2026-02-18T18:03:51Z',
      // gpgv and pacman-key on keys made after the machine's clock.
      'gpgv: key FBB75451 was created 157366305 seconds in the future (time warp or clock problem)',
      'gpg: key B3D53065DB03D61E was created 10631 seconds in the future (time warp or clock problem)',
    ],
    miss: ['Release file for bookworm downloaded', 'The value is valid', 'The feature is not live until the next release'],
  },
  'repository-signature': {
    match: [
      // ublue-os/arch-distrobox#2
      'Do you want to delete it? [Y/n] error: base-devel: signature from "Levente Polyak (anthraxx) <levente@leventepolyak.net>" is unknown trust',
      "E: The repository 'https://packages.microsoft.com/ubuntu/22.04/prod jammy Release' is no longer signed.",
      "W: GPG error: https://dl.yarnpkg.com/debian stable InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 23E7166788B63E1E",
      // AlmaLinux/docker-images#110, logdna/logdna-agent-v2#596: dnf with keys the image does not ship or accept.
      'Public key for platform-python-3.6.8-56.el8_9.3.alma.1.x86_64.rpm is not installed. Failing package is: platform-python-3.6.8-56.el8_9.3.alma.1.x86_64',
      "Import of key(s) didn't help, wrong key(s)?",
      'Error: GPG check FAILED',
      // chainguard-images/images#231 (melange's apk), ValveSoftware/steam-runtime#81 (debootstrap).
      'WARNING: Ignoring https://apkmirror.example.net/alpine/edge/main: UNTRUSTED signature',
      'E: Release signed by unknown key (key id 40976EAF437D05B5)',
    ],
    miss: [
      'Get:2 https://packages.microsoft.com/ubuntu/22.04/prod jammy InRelease [3,632 B]',
      'WARNING: allowing untrusted packages',
      'commit signed-off-by: A <a@b>',
      'Importing GPG key 0xC21AD6EA:',
    ],
  },
  'dpkg-error': {
    match: [
      'dpkg: error processing archive /var/cache/apt/archives/libgcc1_1%3a4.9.2-10_amd64.deb (--unpack):',
      ' pre-dependency problem - not installing libgcc1:amd64',
      'E: Sub-process /usr/bin/dpkg returned an error code (1)',
    ],
    miss: ['Selecting previously unselected package libgcc1:amd64.', 'Processing triggers for libc-bin (2.36-9) ...'],
  },
  'illegal-instruction': {
    match: [
      'LogLevelTest.testLogLevel ***Exception: Illegal',
      fixtureLine('bash-sigill.log', 'Illegal instruction'),
      fixtureLine('bash-sigill.log', 'exit code'),
      // redis/redis#15175 (Redis's crash report) and a cargo test binary: the number after a colon.
      '1:M 06 May 2026 18:31:29.988 # Redis 8.6.3 crashed by signal: 4, si_code: 1',
      "error: test failed, to rerun pass `--lib`; process didn't exit successfully: `target/release/deps/vibesql_executor-65f60ae8cd83078d` (signal: 4)",
      // NixOS/nixpkgs#504266: NumPy 2.4's x86-64-v2 baseline on an older CPU; TensorFlow's own check.
      'RuntimeError: NumPy was built with baseline optimizations: ',
      "The TensorFlow library was compiled to use AVX instructions, but these aren't available on your machine.",
    ],
    miss: ['error: illegal character in identifier', 'Illegal option -- x', 'received signal: 42'],
  },
  'no-space-left': {
    match: [
      fixtureLine('dd-enospc.log', 'No space left'),
      'npm ERR! code ENOSPC',
      // openshift/os#935 and pingcap/tidb-operator#1386: a build pod evicted for the node's disk.
      'Message:      The node was low on resource: ephemeral-storage. Container rhcos-art-rhcos-4-12-201-cosa was using 3002060Ki, which exceeds its request of 0.',
      "  message: 'The node was low on resource: ephemeral-storage. Container main was using",
      // commercialhaskell/stack#429: tar under a French locale, its message cut short.
      '> /usr/bin/tar: ghc-7.8.4/utils/compare_sizes : mkdir impossible: no space left',
      // runelite/runelite#9156 and Nesvilab/FragPipe#306: the JVM's performance-data file in a full /tmp.
      'OpenJDK 64-Bit Server VM warning: Insufficient space for shared memory file:',
      '"OpenJDK 64-Bit Server VM warning: Insufficient space for shared memory file:',
    ],
    miss: [
      'Need to get 0 B/1,234 kB of archives. After this operation, 5,120 kB of additional disk space will be used.',
      'space left: 4 GB',
      // dart-lang/build#1711: inotify's watch cap, reported as ENOSPC.
      "FileSystemException: Failed to watch path, path = 'xxx/untitled2' (OS Error: No space left on device, errno = 28)",
      // neondatabase/neon#4232 and PrecisionNutrition/pndev#41: PostgreSQL's parallel workers outgrow /dev/shm.
      'FATAL:  could not resize shared memory segment "/PostgreSQL.3944613150" to 1048576 bytes: No space left on device',
      'PG::DiskFull: ERROR: could not resize shared memory segment "/PostgreSQL.394945862" to 16777216 bytes: No space left on device',
    ],
  },
  'out-of-memory': {
    match: [
      // nhaarman/acorn#129: Gradle on a 4 GiB runner, the JVM's default heap a quarter of it.
      '> GC overhead limit exceeded',
      'Expiring Daemon because JVM heap space is exhausted',
      // KitwareMedical/ITKTubeTK#787: cc1plus killed on a 4 GiB runner; Raku/App-Rakubrew#56: a 1.5 GiB data-size limit.
      '  c++: internal compiler error: Killed (program cc1plus)',
      'MoarVM panic: Memory allocation failed; could not allocate 660952 bytes',
      // microsoft/mssql-docker#114 and #293: SQL Server's own check of the VM's memory.
      'sqlservr: This program requires a machine with at least 2000 megabytes of memory.',
      // dimitri/pgloader#804 (SBCL's dynamic space on a smaller VM) and MaestSi/MetONTIIME#92 (Nextflow's own check).
      'mmap: Can not allocate memory',
      '  Process requirement exceeds available memory -- req: 10 GB; avail: 7.4 GB',
      // dotnet/runtime#13799: `ulimit -v` left the runtime no address space to reserve.
      '/usr/share/dotnet/sdk/3.0.100/Roslyn/Microsoft.CSharp.Core.targets(59,5): error : Failed to create CoreCLR, HRESULT: 0x8007000E [/home/dotnetapp/myWebApp.csproj]',
      'c++: fatal error: Killed signal terminated program cc1plus',
      // cgeo/cgeo#5963 and ElektraInitiative/libelektra#4503: the OOM killer took Gradle's daemon.
      '04:46.040  Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)',
      'The message received from the daemon indicates that the daemon has disappeared.',
      'webpack_1         | Killed',
      'ckeditor_webpack_1 exited with code 137',
      // rust-lang/rust#20577 and ProfessionalWiki/NeoWiki#1180: make's word for a recipe the kernel killed;
      // retrofw/retrofw.github.io#32: the same, and the shell's, in a Chinese locale.
      'make: *** [x86_64-unknown-linux-gnu/stage0/lib/rustlib/x86_64-unknown-linux-gnu/lib/stamp.rustc] Error 137',
      'make: *** [Makefile:391: ts-test] Error 137',
      'make[2]: *** [s-automata] 错误 137',
      '/bin/sh: 行 1: 14574 已杀死               build/genautomata ../../gcc/common.md ../../gcc/config/mips/mips.md insn-conditions.md > tmp-automata.c',
      fixtureLine('bash-killed.log', 'Killed'),
      fixtureLine('bash-killed.log', 'exit code'),
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      // bgpeer/nodekit#154: strict overcommit refuses the Go runtime's reservations.
      '__vm_enough_memory: not enough memory for the allocation',
      // eclipse-archived/codewind#189: the Go compiler killed in a 512 MB agent.
      '10:12:42  go build crypto/elliptic: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed',
      // appveyor/ci#742: MSVC on a 4 GB worker.
      ' fatal error C1060: compiler is out of heap space',
      // actions/runner-images#785: GraalVM's native-image on a Windows runner with a small page file.
      "OpenJDK 64-Bit Server VM warning: INFO: os::commit_memory(0x0000000778d00000, 478150656, 0) failed; error='The paging file is too small for this operation to complete' (DOS error/errno=1455)",
      // openSUSE/obs-build#854: a build under ulimit -v.
      '[   37s] RangeError: WebAssembly.Instance(): Out of memory: wasm memory',
      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
      'MemoryError: Unable to allocate 2.00 GiB for an array with shape (16384, 16384) and data type float64',
    ],
    miss: [
      'make: *** [Makefile:12: all] Error 2',
      '    ERROR 137 lines skipped',
      // JuulLabs/indexeddb#125: the daemon's command line names a JVM flag after the error; the JVM refused another flag.
      'Process command line: /Library/Java/JavaVirtualMachines/temurin-17.jdk/Contents/Home/bin/java -XX:MaxPermSize=2048m -XX:+HeapDumpOnOutOfMemoryError -Xmx4g',
      'Killed 3 stale containers before starting',
      'exit code 1',
      'warning C4996: strcpy: This function or variable may be unsafe',
      // cgswong/docker-vault#4, openucx/ucx#8229: pinned memory refused at the locked-memory limit, with RAM to spare.
      'Error initializing core: Failed to lock memory: cannot allocate memory',
      'ib_iface.c:1035 UCX  ERROR ibv_create_cq(cqe=4096) failed: Cannot allocate memory',
      // dyninst/dyninst#101: the loader's static TLS reserve, not RAM.
      'dyninst_group_test.dyn_g++_64_none_none: error while loading shared libraries: [...]/libdyninstAPI_RT.so: cannot allocate memory in static TLS block',
    ],
  },
  'too-many-open-files': {
    match: [
      // rancher-sandbox/rancher-desktop#713 and amundsen-io/amundsen#247: Elasticsearch's bootstrap check.
      '1]: max file descriptors [4096] for elasticsearch process is too low, increase to at least [65535]',
      'es_amundsen         | [1]: max file descriptors [4096] for elasticsearch process is too low, increase to at least [65535]',
      'OSError: [Errno 24] Too many open files',
      fixtureLine('python-emfile.log', 'Too many'),
      "Error: EMFILE: too many open files, watch '/app/src'",
      // fastai/fastai#23 and pytorch/pytorch#973: DataLoader workers passing tensors by descriptor.
      'RuntimeError: received 0 items of ancdata',
    ],
    miss: ['Opened 24 files', 'ulimit -n 1024', 'msg, ancdata, flags, addr = sock.recvmsg(1, socket.CMSG_LEN(bytes_size))'],
  },
  'x509-strict-rejected': {
    match: [
      // python/cpython#138193: Python 3.13's strict verification.
      'urllib3.exceptions.SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Missing Authority Key Identifier (_ssl.c:1032)',
      'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Basic Constraints of CA cert not marked critical (_ssl.c:1028)',
    ],
    miss: [
      'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate',
    ],
  },
  'certificate-verify-failed': {
    match: [
      // npm/npm#8125 and lightgbm-org/LightGBM#2554: lines no anchor reached until the twenty-ninth stop.
      'npm ERR! code SELF_SIGNED_CERT_IN_CHAIN',
      "  Unable to locally verify the issuer's authority.",
      // rust-lang/cargo#4785: libgit2's words, under cargo fetching its registry.
      '  [16/-17] The SSL certificate is invalid',
      "fatal: unable to access 'https://git.linaro.org/toolchain/gcc.git/': server certificate verification failed. CAfile: /etc/ssl/certs/ca-certificates.crt CRLfile: none",
      fixtureLine('tls-self-signed.log', 'curl: (60)'),
      fixtureLine('tls-self-signed.log', 'CERTIFICATE_VERIFY_FAILED'),
      'Get "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority',
      // uglymagoo/plexmediaserver-installer#12 and Ysurac/openmptcprouter#186: wget's own words.
      'ERROR: The certificate of ‘dev2day.de’ is not trusted.',
      // actions/upload-artifact#321 (Node), redhat-developer/s2i-dotnetcore#374 and NuGet/Home#8169 (.NET).
      'Error: Create Artifact Container failed: unable to verify the first certificate',
      // cisco/libacvp#880 and mxe/mxe#2380: libcurl's error 60 in its own words, printed by programs built on it.
      '[ACVP][ERROR]: Curl failed with code 60 (SSL peer certificate or SSH remote key was not OK)',
      'When connecting, I get the error code "60 - SSL peer certificate or SSH remote key was not OK".',
      // srvrco/getssl#891: the same error in older curl's words.
      '"Peer certificate cannot be authenticated with known CA certificates."',
      '/usr/lib64/dotnet/sdk/5.0.206/NuGet.targets(131,5): error :   The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot [/opt/app-root/src/Api/Api.csproj]',
      'NuGet.targets(123,5): error :   The remote certificate is invalid according to the validation procedure. [/home/u/WebApp1/WebApp1.csproj]',
      "ERROR: cannot verify www.openmptcprouter.com's certificate, issued by ‘CN=R3,O=Let's Encrypt,C=US’:",
      // golang/go#11404: git on macOS (Secure Transport) under a gitconfig CA bundle of the work CA only.
      "fatal: unable to access 'https://go.googlesource.com/tools/': SSL: certificate verification failed (result: 5)",
      // No CA bundle in the image at all: alexryabtsev/docker-workshop#1 and trion-development/docker-ng-cli#14 (curl's
      // error 77), hitalos/laravel#9 (OpenSSL), mattermost/mattermost-docker-preview#18 (Go).
      'curl: (77) Problem with the SSL CA cert (path? access rights?)',
      "fatal: unable to access 'https://gitlab.com/': Problem with the SSL CA cert (path? access rights?)",
      ' error setting certificate verify locations:',
      'x509: failed to load system roots and no roots provided',
      // rustls: pkgxdev/pkgx#146 (through reqwest) and denoland/deno#7662.
      'error sending request for url (https://dist.tea.xyz/openssl.org/darwin/aarch64/versions.txt): error trying to connect: invalid peer certificate contents: invalid peer certificate: UnknownIssuer',
      'error: Uncaught Http: error sending request for url (https://example.com/): error trying to connect: invalid certificate: UnknownIssuer',
      // Erlang's ssl behind an intercepting proxy: erlang/rebar3#2569, gleam-lang/gleam#402, hexpm/hex#137, processone/tsung#408.
      'TLS client: In state certify at ssl_handshake.erl:1899 generated CLIENT ALERT: Fatal - Unknown CA',
      '11:51:57.877 [error] SSL: :certify: ssl_handshake.erl:1606:Fatal error: unknown ca',
      'Error: {tls_alert,  {unknown_ca,  "TLS client: In state certify at ssl_handshake.erl:2125 generated CLIENT ALERT: Fatal - Unknown CA\\n"}}',
    ],
    miss: [
      // erlang/otp#4481's server side: the peer refusing B's certificate, not B distrusting the peer.
      'TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Unknown',
      'Setting up ca-certificates (20230311) ...',
      'Updating certificates in /etc/ssl/certs...',
      'The certificate of the build is trusted',
      // docker-library/openjdk#262: Java's empty truststore is a class of its own (java-truststore-empty).
      'Exception in thread "main" javax.net.ssl.SSLException: Unexpected error: java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty',
    ],
  },
  'certificate-name-mismatch': {
    match: [
      // Tiryoh/ros2_setup_scripts_ubuntu#54: curl's words for it.
      "curl: (60) SSL: no alternative certificate subject name matches target host name 'raw.githubusercontent.com'",
      // openshift/origin#9241: a wildcard search domain sent github.com to another host.
      "F0609 05:01:49.810021       1 builder.go:204] Error: build error: fatal: unable to access 'https://github.com/blongden/phpinfo.git/': Unable to communicate securely with peer: requested domain name does not match the server's certificate.",
      // containerd/containerd#4452 and docker/cli#995: the name resolved to another server.
      'failed to fetch anonymous token: Get https://git.com/jwt/auth?scope=repository%3Atest%2Fdemo%3Apull&service=container_registry: x509: certificate is valid for staging.venture.com, test.venture.com, venture.com, www.venture.com, not git.com',
      'error during connect: Get https://rum-docker.okta1.com:2376/v1.37/containers/json: x509: certificate is not valid for any names, but wanted to match rum-docker.okta1.com',
    ],
    miss: ['x509: certificate signed by unknown authority', 'The certificate is valid for 90 days'],
  },
  'certificate-expired': {
    match: [
      'error An unexpected error occurred: "https://registry.yarnpkg.com/react: certificate has expired".',
      'Get "https://r.example/v2/": x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:00Z is before 2024-01-01T00:00:00Z',
    ],
    miss: ['token expired, refreshing', 'Updating certificates in /etc/ssl/certs...'],
  },
  'cross-device-link': {
    match: [
      "#8 41.20  unable to install new version of '/usr/include/x86_64-linux-gnu/bits/types.h': Invalid cross-device link",
      'rename /a /b: EXDEV',
    ],
    miss: ['ln -s /usr/lib/x /usr/lib/y', 'device ready'],
  },
  'locale-encoding': {
    match: [
      // Tracebacks cut before the UnicodeDecodeError: artix-linux/artools#24 (gtk-doc), moby/moby#39669 (yamllint),
      // veltzer/book-openbook#89 (mako).
      '  File "/usr/lib/python3.6/encodings/ascii.py", line 26, in decode',
      '21:16:00 return codecs.ascii_decode(input, self.errors)[0]',
      '  File "/usr/lib/python3.4/encodings/ascii.py", line 26, in decode',
      "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 152: ordinal not in range(128)",
      'bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)',
      'perl: warning: Setting locale failed.',
      // BitBake in containers without a UTF-8 locale: gmacario/easy-build#243, siemens/meta-iot2000#59.
      'Please use a locale setting which supports utf-8.',
      // Sphinx under jupyter-book on Windows without PYTHONUTF8: jupyter-book/jupyter-book#575.
      "'charmap' codec can't encode character '\\uf06a' in position 3835: character maps to <undefined>",
    ],
    miss: [
      'Generating locales (this might take a while)...',
      'LANG=en_US.UTF-8',
      '  File "/usr/lib/python3.6/encodings/utf_8.py", line 16, in decode',
    ],
  },
  'permission-denied': {
    match: [
      // Bundler in a container run as another user: envygeeks/jekyll-docker#255, docker-library/ruby#66.
      'There was an error while trying to write to `/srv/jekyll/Gemfile.lock`. It is likely that you',
      'export validate_path failed for report.json: target directory is not writable',
      '(caused by: directory write test failed: open /data/.opndossier_write_test_...: permission denied)',
      fixtureLine('nobody-permission-denied.log', 'touch'),
    ],
    miss: ['chmod 0755 /usr/local/bin/app', 'permissions: read, write'],
  },
  'read-only-file-system': {
    match: [
      // hazelcast/charts#75, bitnami/containers#52992, galaxyproject/tools-iuc#6107: a root or /tmp mounted read-only.
      '\tCaused by: java.io.IOException: Read-only file system',
      "touch: cannot touch '/opt/bitnami/opensearch/config/opensearch.yml': Read-only file system",
      "OSError: [Errno 30] Read-only file system: '/tmp/p2g_927b8faa-730b-404d-a862-2631430ec16b'",
    ],
    miss: ['Mounting /usr read-only', 'export validate_path failed for report.json: target directory is not writable'],
  },
  'file-mode-mismatch': {
    match: [
      '  Expected: 420   Received: 384',
      'Permissions 0644 for /root/.ssh/id_rsa are too open.',
      // nefelim4ag/systemd-swap#26, eikek/docspell#2370: a tight umask
      'dpkg-deb: error: control directory has bad permissions 750 (must be >=0755 and <=0775)',
      '[error] dpkg-deb: error: control directory has bad permissions 770 (must be >=0755 and <=0775)',
      // saaranshM/unsnooze#22: Node's assert on the mode a umask of 0002 gave.
      "    '664' !== '644'",
    ],
    miss: ['  Expected: 200   Received: 404', 'mode: production', "    '200' !== '404'", "    '644' !== '744'"],
  },
  'world-writable-refused': {
    match: [
      // webdevops/Dockerfile#266: GitLab's world-writable checkout.
      ' [WARNING] Ansible is being run in a world writable directory (/builds/vshn/ansibleplaybookexample), ignoring it as an ansible.cfg source.',
      // orchardup/docker-mysql#3: a config file on a VirtualBox share.
      "Warning: World-writable config file '/etc/mysql/conf.d/my.cnf' is ignored",
      // flutter/flutter#95664: Ruby's check of PATH.
      '/System/Library/Frameworks/Ruby.framework/Versions/2.6/usr/lib/ruby/2.6.0/universal-darwin20/rbconfig.rb:229: warning: Insecure world writable dir /usr/local/bin in PATH, mode 040777',
    ],
    miss: ['drwxrwxrwx 2 root root 4096 Jan  1 00:00 /tmp', 'chmod 0777 /srv/app'],
  },
  'package-lock-held': {
    match: [
      'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 362451 (unattended-upgr)',
      'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      fixtureLine('dpkg-lock.log', 'lock'),
    ],
    miss: ['Reading package lists... Done', 'npm WARN lockfile package-lock.json is up to date'],
  },
  'docker-api-version': {
    match: [
      // actions/runner-images#7080: Compose v1 against Docker 23 on the Windows runner.
      'The current Compose file version is not compatible with your engine version. Please upgrade your Compose file to a more recent version, or set a COMPOSE_API_VERSION in your environment.',
      'structure_test_v1.go:188: stderr: Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.41',
      fixtureLine('docker-api-too-new.log', 'too new'),
    ],
    miss: [' API version:       1.52', 'Client: Docker Engine - Community'],
  },
  'cgroup-error': {
    match: [
      'Error: failed to start containerd task "x": cgroups: cgroup mountpoint does not exist: unknown',
      'Failed to create /init.scope control group: Read-only file system (systemd cgroup)',
      // corretto/corretto-21#143: the JVM's container support on a kernel without cgroup v1 memory.
      '[0.001s][debug][os,container] One or more required controllers disabled at kernel level.',
      // canonical/microk8s#651: kubelet 1.15 on Fedora 31, the first release to boot cgroup v2 only.
      'microk8s.daemon-kubelet[5736]: F0917 23:34:14.857370    5736 server.go:273] failed to run Kubelet: mountpoint for cpu not found',
      // DataDog/datadog-agent#7865: an agent that looks for cgroup v1 mounts on a unified host, and the mount listing.
      '2021-04-13 07:22:54 UTC | PROCESS | WARN | (pkg/util/containers/providers/cgroup/cgroup_detect.go:137 in parseCgroupMountPoints) | No mountPoints were detected, current cgroup root is: /host/sys/fs/cgroup/',
      'cgroup2 on /sys/fs/cgroup type cgroup2 (ro,nosuid,nodev,noexec,relatime,seclabel)',
    ],
    miss: [
      // zalando-incubator/kopf#334: a preflight warning kubeadm goes on past.
      '\t[WARNING IsDockerSystemdCheck]: detected "cgroupfs" as the Docker cgroup driver. The recommended driver is "systemd". Please follow the guide at https://kubernetes.io/docs/setup/cri/',
      'Cgroup Driver: systemd',
      'Cgroup Version: 2',
      'Error: mountpoint for /data not found in fstab',
    ],
  },
  'toolchain-version-not-found': {
    match: ['Version 3.4 was not found in the local cache', 'Error: Version 3.6 with arch x64 not found'],
    miss: [
      'Successfully set up CPython (3.12.1)',
      'Found in cache @ /opt/hostedtoolcache/Python/3.12.1/x64',
      // CocoaPods/Xcodeproj#964: a project file's version string, not a toolchain release.
      "/Library/Ruby/Gems/2.6.0/gems/xcodeproj-1.25.0/lib/xcodeproj/project.rb:85:in `initialize': [Xcodeproj] Unable to find compatibility version string",
    ],
  },
  'toolchain-requirement': {
    match: [
      'go: go.mod requires go >= 1.21.0 (running go 1.19.13; GOTOOLCHAIN=local)',
      'error vite@5.0.0: The engine "node" is incompatible with this module.',
      '  CMake 3.16 or higher is required.  You are running version 3.10.2',
      "ERROR: Package 'black' requires a different Python: 3.6.9 not in '>=3.7'",
      'error: package `clap v4.5.0` cannot be built because it requires rustc 1.74 or newer, while the currently active rustc version is 1.70.0',
    ],
    miss: ['go: downloading golang.org/x/sys v0.15.0', 'node v20.10.0'],
  },
  'program-loader-missing': {
    match: [
      // AppImageCommunity/pkg2appimage#373: the file is there; the host's binfmt handler for AppImages is not in the container.
      './functions.sh: line 222: ./appimagetool: No such file or directory',
      // elm-lang/elm-platform#216: a glibc-linked elm-make on Alpine.
      'Error: spawn /usr/lib/node_modules/elm/Elm-Platform/0.18.0/.cabal-sandbox/bin/elm-make ENOENT',
      // vercel/turborepo#2223, biomejs (b158b): execFileSync spawns synchronously.
      '#0 4.118 <ref *1> Error: spawnSync /usr/local/share/.config/yarn/global/node_modules/turbo-linux-64/bin/turbo ENOENT',
      fixtureLine('busybox-glibc-binary.log', 'sh: /t'),
      fixtureLine('busybox-glibc-binary.log', 'exec /t'),
      '/bin/sh: ./app: not found',
      'standard_init_linux.go:228: exec user process caused: no such file or directory',
      '/bin/sh: ./build.sh: /usr/bin/python3: bad interpreter: No such file or directory',
    ],
    miss: [
      '/bin/sh: 1: make: not found',
      // moshensky/pdf-visual-diff#26: GraphicsMagick starting gs, which B lacks.
      'Error: Command failed: execvp failed, errno = 2 (No such file or directory)',
      // aws/aws-cdk#10261: NodejsFunction bundling on an Alpine image without bash.
      'Failed to bundle asset MyTestStack/ListenerHandler/Code/Stage, bundle output is located at /tmp/cdk.outIHIFKl/bundling-temp-kHPOof-error: Error: spawnSync bash ENOENT',
      "ls: cannot access '/t': No such file or directory",
      // CRLF line endings, not a missing interpreter (crlf-line-endings)
      '/bin/sh: ./build.sh: /bin/bash^M: bad interpreter: No such file or directory',
    ],
  },
  'timezone-date-mismatch': {
    match: ['    Expected: "2024-01-01"', "zoneinfo._common.ZoneInfoNotFoundError: 'No time zone found with key Europe/Kyiv'"],
    miss: ['    Expected: 420   Received: 384', 'Current default time zone: Etc/UTC'],
  },
  'command-not-found': {
    match: [
      // zalando-incubator/kopf#334: kubeadm's preflight check.
      '\t[ERROR FileExisting-conntrack]: conntrack not found in system path',
      // dalibo/pandocker#213: pandoc (Haskell's process library) starting a converter B's image dropped.
      '  rsvg-convert: createProcess: runInteractiveProcess: exec: does not exist (No such file or directory)',
      "[WARNING] Could not convert image '/tmp/tex2pdf.-3d2f/a2bb.svg': check that rsvg-convert is in path.",
      // huggingface/tokenizers#97: under sudo, PATH lost ~/.cargo/bin.
      'error: Can not find Rust compiler',
      // GoogleContainerTools/jib#2777: the Gradle daemon's PATH has no docker.
      'BuildStepsExecutionException: Cannot run program "docker": error=2, No such file or directory',
      // klakegg/docker-hugo#67, cloud-gov/pages-build-container#461: Hugo's modules need go, which the image lacks.
      'Error: failed to download modules: binary with name "go" not found',
      '2024-05-07 19:13:15 INFO [build-hugo] Error: failed to load modules: failed to download modules: binary with name "go" not found',
      '/bin/sh: 1: make: not found',
      'bash: jq: command not found',
      'exec: "gcc": executable file not found in $PATH',
      // EmbarkStudios/cargo-deny-action#67: git fetching over ssh in an image without an ssh client.
      'error: cannot run ssh: No such file or directory',
      // mkenney/docker-npm#18: node-gyp in an Alpine image without make.
      'gyp ERR! stack Error: not found: make',
      // TylerGubala/blenderpy#118, aws/aws-cli#5038 (its pager): Python's subprocess names the program twice.
      "      error: [Errno 2] No such file or directory: 'svn': 'svn'",
      "[Errno 2] No such file or directory: 'less': 'less'",
    ],
    miss: [
      // zonkyio/embedded-database-spring-test#4: a binary that is there but cannot start (a glibc binary on musl).
      'java.io.IOException: Cannot run program "/tmp/embedded-pg/PG-785b618641f5eefce5b5079f2c9458dd/bin/initdb": error=2, No such file or directory',
      'make: Nothing to be done for all.',
      'libfoo.so.1 => not found',
      'Error: not found: the requested page',
      // docker-library/docker#560 and ovn-org/ovn-kubernetes#5968: an image store's objects, not programs.
      'Error response from daemon: no match for platform in manifest: not found',
      'Command Output: ctr: content digest sha256:9c04829e9...: not found',
    ],
  },
  'manifest-not-found': {
    match: [
      'no such manifest: docker.io/yourname/test:2-arm64',
      'Error response from daemon: manifest for acme/app:1.2 not found: manifest unknown: manifest unknown',
    ],
    miss: ['$ docker manifest inspect yourname/test:2-arm64', 'writing manifest sha256:abc done'],
  },
  'qemu-emulation-crash': {
    match: [
      'qemu: uncaught target signal 11 (Segmentation fault) - core dumped',
      "qemu-aarch64-static: Could not open '/lib/ld-linux-aarch64.so.1': No such file or directory",
      "aarch64-binfmt-P: Could not open '/lib/ld-linux-aarch64.so.1': No such file or directory",
      "Chrome process error: x86_64-binfmt-P: Could not open '/lib64/ld-linux-x86-64.so.2': No such file or directory",
    ],
    miss: [
      'Setting up qemu-user-static (1:7.2+dfsg-7) ...',
      'qemu-aarch64 registered',
      'update-binfmts: warning: qemu-aarch64 already enabled',
    ],
  },
  'segmentation-fault': {
    match: ['Segmentation fault (core dumped)', 'app_1 exited with code 139'],
    miss: [
      'fault tolerance enabled',
      'exited with code 0',
      // coroot/coroot-node-agent#124: Go's nil-pointer panic after the eBPF map failed to load.
      '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x8c9a99]',
    ],
  },
  'python-externally-managed': {
    match: ['error: externally-managed-environment'],
    miss: ['Successfully installed requests-2.31.0', 'managed environment variables'],
  },
  'openssl-unsupported': {
    match: [
      // jborean93/smbprotocol#173 and lbryio/lbry-sdk#3710: hashlib's legacy digests under OpenSSL 3.
      'spnego.exceptions.BadMechanismError: SpnegoError (1): unsupported hash type md4, Context: U',
      'ValueError: unsupported hash type ripemd160',
      'Error: error:0308010C:digital envelope routines::unsupported',
      "  code: 'ERR_OSSL_EVP_UNSUPPORTED'",
      // actions/runner-images#8016: a .p12 exported with RC2, read by OpenSSL 3.
      '00E7D85CF87F0000:error:0308010C:digital envelope routines:inner_evp_generic_fetch:unsupported:crypto/evp/evp_fetch.c:341:Global default library context, Algorithm (RC2-40-CBC : 0), Properties ()',
    ],
    miss: ['unsupported platform: freebsd', 'OpenSSL 3.0.11 19 Sep 2023'],
  },
  'tls-handshake-failed': {
    match: [
      'curl: (35) error:0A000152:SSL routines::unsafe legacy renegotiation disabled',
      "fatal: unable to access 'https://x/': gnutls_handshake() failed: The TLS connection was non-properly terminated.",
      // datajoint/datajoint-python#728 (Python on Debian 10's OpenSSL) and mysqljs/mysql#2210 (Node 12 to an old server).
      'ssl.SSLError: [SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1056)',
      "  reason: 'unsupported protocol',",
    ],
    miss: [
      'TLS 1.3 connection using TLS_AES_256_GCM_SHA384',
      'handshake complete',
      // Go's word for a URL without a scheme it knows.
      'Get "localhost:8080/health": unsupported protocol scheme ""',
    ],
  },
  'docker-cli-unsupported': {
    match: [
      "docker: 'buildx' is not a docker command.",
      'unknown flag: --platform',
      'ERROR: BuildKit is enabled but the buildx component is missing or broken.',
    ],
    miss: ['docker buildx build --platform linux/arm64 .', '#1 [internal] load build definition from Dockerfile'],
  },
  'dbus-autolaunch': {
    match: [
      // docker/docker-credential-helpers#105, python-poetry/poetry#1917
      'error getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      '  g-spawn-exit-error-quark: Error spawning command line “dbus-launch --autolaunch=93716890c157416eacbb2d8801a1e4f6 --binary-syntax --close-stderr”: Child process exited with code 1 (1)',
    ],
    miss: ['dbus-daemon[1]: [session uid=1000 pid=1] Activating service name=org.freedesktop.portal.Desktop'],
  },
  'os-unsupported': {
    match: [
      // pypa/gh-action-pypi-publish#54: a Docker container action on a macOS runner.
      '2021-01-15T17:48:26.9586610Z ##[error]Container action is only supported on Linux',
    ],
    miss: ['Python 2.7 is not supported any more', 'warning: this option is not supported on this platform'],
  },
  'powershell-core-variable': {
    // microsoft/msquic#4810: the script ran under Windows PowerShell 5.1.
    match: ["The variable '$IsLinux' cannot be retrieved because it has not been set."],
    miss: ["The variable '$config' cannot be retrieved because it has not been set."],
  },
  'windows-sdk-missing': {
    match: [
      // microsoft/vcpkg#42247 (a Chinese-language Visual Studio): the code is the same in every language.
      '         D:\\VisualStudio\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.Cpp.WindowsSDK.targets(46,5): error MSB8036: 找不到 Windows SDK 版本 10.0.26100.0。',
    ],
    miss: ['error MSB3073: The command "exit 1" exited with code 1.'],
  },
  'windows-symlink-privilege': {
    // microsoft/WSL#12923: CMake's file(CREATE_LINK) without Developer Mode.
    match: ['A required privilege is not held by the client.'],
    miss: ['Access is denied.'],
  },
  'actions-cache-service-missing': {
    // nektos/act#257: act did not provide the runner's cache service.
    match: [
      '[Tests/tests]   💬  ::debug::getCacheEntry - Attempt 1 of 2 failed with error: Cache Service Url not found, unable to restore cache.',
    ],
    miss: ['Cache not found for input keys: Linux-apt'],
  },
  'mingw-sh-in-path': {
    // OpenEtherCATsociety/SOEM#351: Git's sh.exe on PATH under CMake 3.16.
    match: ['  sh.exe was found in your PATH, here:'],
    miss: ['-- Found sh.exe: C:/Program Files/Git/usr/bin/sh.exe'],
  },
  'hypervisor-conflict': {
    // kubernetes/minikube#4913: a Jenkins host that also runs KVM jobs.
    match: ['VBoxManage: error: VT-x is being used by another hypervisor (VERR_VMX_IN_VMX_ROOT_MODE).'],
    miss: ['VBoxManage: error: Could not find a registered machine named minikube'],
  },
  'docker-daemon-unreachable': {
    match: [
      // actions/actions-runner-controller#893
      'error: could not create a builder instance with TLS data loaded from environment. Please use `docker context create <context-name>` to create a context for current environment',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
      // microsoft/azure-pipelines-agent#1003: the agent service ran as NETWORK SERVICE.
      'error during connect: Post http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.27/build?buildargs=%7B%7D&cachefrom=%5B%5D&cgroupparent=&cpuperiod=0&cpuquota=0&cpusetcpus=&cpusetmems=&cpushares=0&dockerfile=dockerfile&labels=%7B%7D&memory=0&memswap=0&networkmode=default&rm=1&shmsize=0&t=iis&ulimits=null: open //./pipe/docker_engine: Access is denied. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.',
    ],
    miss: [
      'Docker daemon started',
      'Server: Docker Engine - Community',
      'open //./pipe/docker_engine: The system cannot find the file specified.',
    ],
  },
  'git-dubious-ownership': {
    match: [
      "fatal: detected dubious ownership in repository at '/__w/repo/repo'",
      '\tgit config --global --add safe.directory /__w/repo/repo',
    ],
    miss: ['fatal: not a git repository (or any of the parent directories): .git', 'ownership transferred'],
  },
  'release-expired': {
    match: [
      'E: Release file for http://debsecurity.example.net/archive/debian/20210101T000000Z/dists/buster-updates/InRelease is expired (invalid since 1073d 5h 13min 4s). Updates for this repository will not be applied.',
    ],
    miss: ['token expired, refreshing', 'Release file downloaded'],
  },
  'header-missing': {
    match: [
      // haskell/zlib#13: Cabal's check of a package's foreign libraries.
      '    * Missing (or bad) header file: zlib.h',
      // actions/runner-images#11279, actions/runner-images#1344: CMake's find_package short of a -dev package.
      '  Could NOT find SQLite3 (missing: SQLite3_INCLUDE_DIR SQLite3_LIBRARY)',
      '  Could NOT find Boost (missing: Boost_INCLUDE_DIR) (Required is at least',
      // pmorissette/bt#408 (MSVC)
      "          bt/core.c(210): fatal error C1083: Cannot open include file: 'longintrepr.h': No such file or directory",
      // flutter/flutter#154633 (CMake's pkg_check_modules)
      '  The following required packages were not found:',
      // docker-library/redmine#363 (psych's extconf.rb)
      'yaml.h not found',
      // rapierorg/telegram-bot-swift#108, let-def/texpresso#114: clang's form.
      "/home/hd/CityHelper/cityhelper/.build/checkouts/telegram-bot-swift/Sources/CCurl/include/shim.h:4:9: error: 'curl/curl.h' file not found",
      "  cargo:warning=xetex/xetex-core.h:21:10: fatal error: 'harfbuzz/hb.h' file not found",
      'src/x.c:1:10: fatal error: zlib.h: No such file or directory',
      'fatal error: openssl/ssl.h: No such file or directory',
      // cosmic-utils/cosmic-ext-applet-external-monitor-brightness#15, emeceve/loquaz#6: Rust's pkg-config crate, then and now.
      'The system library `libudev` required by crate `libudev-sys` was not found.',
      "  error: could not find system library 'glib-2.0' required by the 'glib-sys' crate",
    ],
    miss: [
      'cc -c src/x.c -o x.o',
      "ls: cannot access 'x.txt': No such file or directory",
      '-- Could NOT find Doxygen (missing: DOXYGEN_EXECUTABLE)',
    ],
  },
  'package-not-found': {
    match: [
      fixtureLine('apt-unable-to-locate.log', 'Unable to locate'),
      'ERROR: No matching distribution found for requests',
      "E: Package 'python' has no installation candidate",
      // verdaccio/verdaccio#1880 and #413: a private registry that does not proxy the package
      "npm ERR! 404  'flatted@^2.0.1' is not in the npm registry.",
      'npm ERR! 404 Not Found: body-parser@~1.13.2',
      // Ubuntu 24.04's t64 renames: wazuh/wazuh-indexer#456, bitfocus/companion-pi#30.
      'Package libasound2 is a virtual package provided by:',
      // spack/spack#37765 (a Fedora base has no epel-release), cardano-community/guild-operators#1447 (RHEL 9 dropped
      // ncurses-compat-libs), sous-chefs/ruby_build#172 and ZoneMinder/zmdockerfiles#70 (PowerTools renamed).
      'No match for argument: epel-release',
      'Error: Unable to find a match: ncurses-compat-libs',
      'STDERR: Error: No matching repo to modify: powertools.',
      'Error: No matching repo to modify: PowerTools.',
    ],
    miss: [
      'Reading package lists...',
      'Found package curl 8.5.0',
      'npm ERR! code ELIFECYCLE',
      'Last metadata expiration check: 0:00:05 ago on Thu May 18 15:38:24 2023.',
    ],
  },
};

/**
 * Captured facets, plus facets of hand-made fingerprints (`git.core.autocrlf`, `dns.nameserver`, `tls.ca_bundle`)
 * that no probe writes yet.
 */
const KNOWN_FACETS: readonly string[] = [...FACET_IDS, 'git', 'dns', 'certificates', 'tls', 'modules'];

function matches(signature: Signature, line: string): boolean {
  const body = parseBuildLog(line).lines[0]?.body ?? '';
  return lineMatches(signature, body);
}

describe('failure signatures', () => {
  it('every signature has test lines, and every tested id exists', () => {
    // Error classes and source diagnostics have their own tables of real lines: classes.test.ts, source-diagnostics.test.ts.
    const classes = new Set([...ERROR_CLASSES, ...SOURCE_DIAGNOSTICS].map((c) => c.id));
    expect(Object.keys(CASES).sort()).toEqual(
      SIGNATURES.map((s) => s.id)
        .filter((id) => !classes.has(id))
        .sort(),
    );
  });

  it('ids are unique and entries are well-formed', () => {
    expect(new Set(SIGNATURES.map((s) => s.id)).size).toBe(SIGNATURES.length);
    for (const s of SIGNATURES) {
      expect(s.patterns.length, s.id).toBeGreaterThan(0);
      expect(s.implicates.length, s.id).toBeGreaterThan(0);
      expect(s.meaning.length, s.id).toBeGreaterThan(10);
      expect(s.anchors.length, s.id).toBeGreaterThan(0);
      for (const a of s.anchors) expect(a, s.id).toBe(a.toLowerCase());
      for (const p of s.patterns) expect(p.global || p.sticky, `${s.id} ${p}`).toBe(false); // .test() must not keep state
      for (const imp of s.implicates) {
        expect(KNOWN_FACETS, `${s.id} -> ${imp.facet}`).toContain(imp.facet);
        expect(imp.weight, s.id).toBeGreaterThan(0);
        expect(imp.weight, s.id).toBeLessThanOrEqual(1);
      }
      for (const kind of s.tokens) expect(ALL_TOKEN_KINDS, s.id).toContain(kind);
    }
  });

  for (const signature of SIGNATURES.filter((s) => CASES[s.id] !== undefined)) {
    const cases = CASES[signature.id];
    describe(signature.id, () => {
      it.each(cases?.match ?? [])('matches %s', (line) => expect(matches(signature, line)).toBe(true));
      it.each(cases?.miss ?? [])('does not match %s', (line) => expect(matches(signature, line)).toBe(false));
    });
  }
});
