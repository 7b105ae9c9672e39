/**
 * Causes the log implies without naming them: a limit B set (address space, a small /dev/shm, one core), a
 * mount B made read-only, a name only A resolves, a helper B lacks, a bound the log states in brackets. Each
 * log is real (the thread beside it); each case has the difference that ranked first before the mechanism.
 */
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { parseBuildLog, rankDifferences } from '../../src/rank/index.js';

const GiB = 1024 ** 3;

/** A difference as the differ reports it; `undefined` on a side is a fact that side lacks. */
function change(facet: string, key: string, a: Difference['a'], b: Difference['b'], scope = 'host'): Difference {
  const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  const d: Difference = { scope, facet, key, kind };
  if (a !== undefined) d.a = a;
  if (b !== undefined) d.b = b;
  return d;
}

function pkg(version: string, manager = 'apk') {
  return { version, status: 'installed', manager };
}

function firstKey(log: string[], differences: Difference[]): string {
  const ranked = rankDifferences(differences, { log: parseBuildLog(log.join('\n')) });
  return `${ranked[0]!.facet}.${ranked[0]!.key}`;
}

describe('causes the log implies', () => {
  it('a bound in brackets ("nim (>= 1.0.0)") that B misses: nim, not the nimble the step runs', () => {
    // inim-repl/INim#99
    const log = ['$ nimble build', 'Unsatisfied dependency: nim (>= 1.0.0)'];
    expect(firstKey(log, [change('toolchains', 'nim', '1.3.5', '0.15.3'), change('toolchains', 'nimble', '0.11.4', '0.8.0')])).toBe(
      'toolchains.nim',
    );
  });

  it('pinned memory refused (RDMA, io_uring): the locked-memory limit, not an open-file limit that also fell', () => {
    // NVIDIA/nccl-tests#206; godzie44/go-uring#7
    const differences = [
      change('resources', 'ulimit_memlock', 'unlimited', 8192),
      change('resources', 'ulimit_nofile', 1048576, 65535),
      change('env', 'NCCL_DEBUG', 'WARN', 'INFO'),
    ];
    expect(firstKey(['misc/ibvwrap.cc:278 NCCL WARN Call to ibv_reg_mr_iova2 failed with error Cannot allocate memory'], differences)).toBe(
      'resources.ulimit_memlock',
    );
    expect(firstKey(['panic: io_uring_setup: cannot allocate memory'], differences)).toBe('resources.ulimit_memlock');
  });

  it('an emulator without hardware acceleration: the KVM module B has not loaded, not a storage driver that also changed', () => {
    // docker-android-sdk/android-29#1
    const log = [
      'emulator: ERROR: x86_64 emulation currently requires hardware acceleration!',
      'Please ensure KVM is properly installed and usable.',
      'CPU acceleration status: KVM requires a CPU that supports vmx or svm',
    ];
    const differences = [
      change('modules', 'kvm', 'loaded', undefined),
      change('docker', 'storage_driver', 'overlay2', 'aufs'),
      change('kernel', 'release', '5.4.0-29-generic', '5.3.0-51-generic'),
    ];
    expect(firstKey(log, differences)).toBe('modules.kvm');
  });

  it('an option a coreutils program rejects: the coreutils package, not the shell that ran the script', () => {
    // flant/multiwerf's get.sh on CentOS 7 (coreutils 8.22 has no sha256sum --ignore-missing): werf/werf#1544
    const log = [
      'curl -L https://example.net/get.sh | bash',
      "sha256sum: unrecognized option '--ignore-missing'",
      "Try 'sha256sum --help' for more information.",
    ];
    const differences = [
      change('packages', 'coreutils', pkg('8.28-1ubuntu1', 'dpkg'), pkg('8.22-23.el7', 'rpm')),
      change('toolchains', 'bash', '4.4.19', '4.2.46'),
      change('packages', 'curl', pkg('7.58.0-2ubuntu3.7', 'dpkg'), pkg('7.29.0-51.el7', 'rpm')),
    ];
    expect(firstKey(log, differences)).toBe('packages.coreutils');
  });

  it('a package another release renamed: the OS release, not the same mirror host at other addresses', () => {
    // stitionai/devika#523: playwright install --with-deps on Ubuntu 24.04 (libasound2 became libasound2t64).
    const log = [
      'Reading state information... Done',
      'Package libasound2 is a virtual package provided by:',
      ' liboss4-salsa-asound2 4.2-build2020-1ubuntu3',
    ];
    const mirror = (addresses: string[], source: string) => ({ host: 'debmirror.example.net', addresses, source });
    const differences = [
      change('os', 'version_id', '22.04', '24.04'),
      change(
        'mirrors',
        'http://debmirror.example.net/ubuntu',
        mirror(['185.125.190.36'], '/etc/apt/sources.list'),
        mirror(['185.125.190.39', '91.189.91.83'], '/etc/apt/sources.list.d/ubuntu.sources'),
      ),
      change('kernel', 'release', '5.15.0-105-generic', '6.8.0-31-generic'),
    ];
    expect(firstKey(log, differences)).toBe('os.version_id');
  });

  it('SIGILL where B only gained CPU features: those features (SVE/SME a runtime detects and the guest cannot run), not another CPU model', () => {
    // bazelbuild/bazel#25414: the JVM in an arm64 container on an Apple M4.
    const log = [
      '# A fatal error has been detected by the Java Runtime Environment:',
      '#  SIGILL (0x4) at pc=0x0000ffffa5f3fc5c, pid=1802, tid=1803',
    ];
    const base = ['fp', 'asimd', 'aes', 'sha2', 'atomics', 'bf16'];
    const flags: Difference = {
      scope: 'host',
      facet: 'cpu',
      key: 'flags',
      kind: 'changed',
      a: base,
      b: [...base, 'sve2', 'sme'],
      detail: { onlyB: ['sve2', 'sme'] },
    };
    const differences = [
      flags,
      change('cpu', 'model', 'Apple M3 Pro', 'Apple M4 Pro'),
      change('kernel', 'version', '#1 SMP Thu Oct 24 19:28:55 UTC 2024', '#1 SMP Fri Nov 29 17:22:03 UTC 2024'),
    ];
    expect(firstKey(log, differences)).toBe('cpu.flags');
  });

  it("git's `cannot run ssh`: the ssh client B lacks, not the Rust toolchain whose paths the log prints", () => {
    // EmbarkStudios/cargo-deny-action#67
    const log = [
      '    Updating git repository `ssh://git@github.com/org/repo.git`',
      'error: cannot run ssh: No such file or directory',
      'fatal: unable to fork',
      '  failed to clone into: /usr/local/cargo/git/db/(...)',
    ];
    const differences = [
      change('packages', 'openssh-client', pkg('9.3_p2-r0'), undefined),
      change('packages', 'git', pkg('2.40.1-r0'), pkg('2.40.3-r0')),
      change('toolchains', 'rustc', '1.72.1', '1.73.0'),
    ];
    expect(firstKey(log, differences)).toBe('packages.openssh-client');
  });

  it("a -sys crate's missing .pc file: the -devel package B lacks, not a PKG_CONFIG_PATH that only gained a directory", () => {
    // earth-mover/icechunk#1400
    const log = [
      '  Could not find openssl via pkg-config:',
      '  > PKG_CONFIG_PATH=/usr/local/lib/pkgconfig PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 pkg-config --libs --cflags openssl',
      '  The system library `openssl` required by crate `openssl-sys` was not found.',
    ];
    const differences = [
      change('packages', 'openssl-devel', pkg('1:1.0.2k-26.el7_9', 'yum'), undefined),
      change('env', 'PKG_CONFIG_PATH', '/usr/local/lib/pkgconfig', '/usr/local/lib/pkgconfig:/usr/share/pkgconfig'),
      change('toolchains', 'rustc', '1.90.0', '1.91.1'),
    ];
    expect(firstKey(log, differences)).toBe('packages.openssl-devel');
  });

  it('a .pc file pkg-config cannot find: the -dev package B lacks, not a PKG_CONFIG_PATH only B sets', () => {
    // tauri-apps/tauri#5781: the variable comes before pkg-config's own directories, which B still searches.
    const log = [
      '[gtk/stderr] Package librsvg-2.0 was not found in the pkg-config search path.',
      "[gtk/stderr] Perhaps you should add the directory containing `librsvg-2.0.pc'",
      '[gtk/stderr] to the PKG_CONFIG_PATH environment variable',
      "[gtk/stderr] No package 'librsvg-2.0' found",
    ];
    const differences = [
      change('packages', 'librsvg2-dev', pkg('2.52.5+dfsg-3ubuntu0.2'), undefined),
      change('env', 'PKG_CONFIG_PATH', undefined, '/usr/local/lib/pkgconfig'),
      change('toolchains', 'rustc', '1.67.1', '1.68.0'),
    ];
    expect(firstKey(log, differences)).toBe('packages.librsvg2-dev');
  });

  it('Go running gcc is not a container start: the image is not what lacks the program', () => {
    // golang/go#26988 (Go 1.11's go test runs vet, which needs cgo's gcc)
    const image = (id: string) => ({ id, digests: [`golang@${id}`], architecture: 'amd64', os: 'linux', created: '2018-08-25T00:00:00Z' });
    const differences = [
      change('toolchains', 'go', '1.10.3', '1.11'),
      change('images', 'postgres:15', image('sha256:aaa'), image('sha256:bbb')),
      change('images', 'redis:7-alpine', image('sha256:ccc'), image('sha256:ddd')),
    ];
    expect(firstKey(['exec: "gcc": executable file not found in $PATH'], differences)).not.toMatch(/^images\./);
  });

  it('out of memory under an address-space limit B sets: the limit, not the user or the cores', () => {
    // openSUSE/obs-build#854
    const differences = [
      change('resources', 'ulimit_as', 'unlimited', 22906492928),
      change('security', 'uid', 1000, 399),
      change('cpu', 'cores', 2, 4),
    ];
    expect(firstKey(['[   37s] RangeError: WebAssembly.Instance(): Out of memory: wasm memory'], differences)).toBe('resources.ulimit_as');
  });

  it("MSVC's out-of-heap error is memory, not another MSVC release", () => {
    // appveyor/ci#742
    const log = [
      ' fatal error C1060: compiler is out of heap space',
      'cl : Command line error D8040: error creating or communicating with child process',
    ];
    const differences = [
      change('resources', 'mem_total', 16 * GiB, 4 * GiB),
      change('toolchains', 'msbuild', '14.0.25123.0', '14.0.25420.1'),
    ];
    expect(firstKey(log, differences)).toBe('resources.mem_total');
  });

  it('the log prints B\'s core count ("1 logical cores"): the cores', () => {
    // pycroscopy/sidpy#59
    const log = [
      ' tests/proc/test_comp_utils.py::TestParallelCompute::test_respect_requested_cores Number of CPU free cores set to: 1 given that the CPU has 1 logical cores.',
      ' Rank 0 starting computing on 1 cores (requested 2 cores)',
    ];
    const differences = [change('cpu', 'cores', 4, 1), change('resources', 'mem_total', 8 * GiB, 4 * GiB)];
    expect(firstKey(log, differences)).toBe('cpu.cores');
  });

  it('ENOSPC with 57 GiB of disk free: the 64 MiB /dev/shm', () => {
    // sourcegraph/scip-clang#180
    const log = [
      '[18:26:41 debug] driver    : creating queues for IPC',
      '[18:26:41 error] driver    : driver caught exception No space left on device',
    ];
    const differences = [
      change('resources', 'shm_size:/dev/shm', 32 * GiB, 64 * 1024 ** 2),
      change('resources', 'disk_free:/', 384 * GiB, 57 * GiB),
    ];
    expect(firstKey(log, differences)).toBe('resources.shm_size:/dev/shm');
  });

  it("semget's ENOSPC is the kernel's semaphore limit, not /dev/shm", () => {
    // greenplum-db/pxf#262
    const log = [
      '"FATAL","XX000","could not create semaphores: No space left on device (pg_sema.c:126)","Failed system call was semget(118, 17, 03600)."',
    ];
    const differences = [
      change('sysctl', 'kernel.sem', '500 2048000 200 4096', '250 32000 32 128'),
      change('resources', 'shm_size:/dev/shm', 8 * GiB, 64 * 1024 ** 2),
      change('sysctl', 'kernel.shmmax', '500000000', '18446744073692774399'),
    ];
    expect(firstKey(log, differences)).toBe('sysctl.kernel.sem');
  });

  it('a read-only file system: the root B mounts read-only, not the capabilities B dropped', () => {
    // bitnami/containers#52992
    const log = ["touch: cannot touch '/opt/bitnami/opensearch/config/opensearch.yml': Read-only file system"];
    const differences = [
      change('mounts', '/', 'overlay rw,relatime', 'overlay ro,relatime', 'container:opensearch'),
      change('security', 'capabilities', 'cap_chown,cap_dac_override,cap_fowner,cap_setgid,cap_setuid', '', 'container:opensearch'),
    ];
    expect(firstKey(log, differences)).toBe('mounts./');
  });

  it('a segfault in an allocator test on 64 KiB pages: the page size, not the older libc', () => {
    // jemalloc/jemalloc#2408
    const log = [
      '=== test/unit/psset ===',
      'test/test.sh: line 34: 11256 Segmentation fault      (core dumped) $JEMALLOC_TEST_PREFIX ${t}',
    ];
    const differences = [change('kernel', 'page_size', 4096, 65536), change('libc', 'version', '2.31', '2.28')];
    expect(firstKey(log, differences)).toBe('kernel.page_size');
  });

  it("mysqld's unknown variable: the server that dropped it, not the client package", () => {
    // standardnotes/server#1055
    const differences = [
      change('toolchains', 'mysqld', '8.3.0', '8.4.0'),
      change('packages', 'mysql-community-client', pkg('8.3.0-1.el8', 'rpm'), pkg('8.4.0-1.el8', 'rpm')),
    ];
    expect(firstKey(["[Server] unknown variable 'default-authentication-plugin=mysql_native_password'."], differences)).toBe(
      'toolchains.mysqld',
    );
  });

  it('a name only A resolves (a captured lookup) outranks the other name server B asks', () => {
    // elifesciences/elife-xpub#176
    const log = ['error during connect: Get http://docker:2375/v1.37/version: dial tcp: lookup docker on 100.64.0.10:53: no such host'];
    const differences = [
      change('custom', 'getent hosts docker', '172.17.0.3      docker', undefined, 'container:job'),
      change('dns', 'nameservers', ['10.10.0.2'], ['100.64.0.10'], 'container:job'),
    ];
    expect(firstKey(log, differences)).toBe('custom.getent hosts docker');
  });

  it("bash syntax under /bin/sh: the captured check that says B's sh is dash, before the OS name", () => {
    // facebook/rocksdb#1494
    const differences = [
      change('custom', 'readlink -f /bin/sh', '/usr/bin/bash', '/bin/dash', 'image:build'),
      change('os', 'pretty_name', 'CentOS Linux 7 (Core)', 'Ubuntu 16.04.1 LTS', 'image:build'),
    ];
    expect(firstKey(['14:56:27 /bin/sh: 9: Bad substitution'], differences)).toBe('custom.readlink -f /bin/sh');
  });

  it('a quoted version the tool refuses ("Version "24.04" of Ubuntu"): the OS release, not the libc it ships', () => {
    // swift-actions/setup-swift#685
    const log = ['Error: Unexpected error, unable to continue.', 'Error: Version "24.04" of Ubuntu is not supported'];
    const differences = [change('os', 'version_id', '22.04', '24.04'), change('libc', 'version', '2.35', '2.39')];
    expect(firstKey(log, differences)).toBe('os.version_id');
  });

  it('a thread start refused on a node whose libseccomp predates clone3: the libseccomp, not the older kernel', () => {
    // kyverno/policy-reporter#358
    const log = ['runtime/cgo: pthread_create failed: Operation not permitted', 'SIGABRT: abort'];
    const differences = [
      change('packages', 'libseccomp', pkg('2.5.3-1', 'rpm'), pkg('2.4.1-2', 'rpm')),
      change('kernel', 'release', '4.18.0-147.5.1.6.h934.eulerosv2r9.x86_64', '3.10.0-862.14.1.5.h591.eulerosv2r7.x86_64'),
    ];
    expect(firstKey(log, differences)).toBe('packages.libseccomp');
  });

  it('newuidmap refused under no_new_privs (a captured NoNewPrivs check): the flag, not SELinux', () => {
    // rootless-containers/rootlesskit#551
    const log = [
      '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 81652 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted',
    ];
    const differences = [
      change('custom', 'grep NoNewPrivs /proc/self/status', 'NoNewPrivs:\t0', 'NoNewPrivs:\t1'),
      change('security', 'selinux', 'enforcing', 'permissive'),
    ];
    expect(firstKey(log, differences)).toBe('custom.grep NoNewPrivs /proc/self/status');
  });

  it('MSBuild asks for .NETFramework,Version=v4.6.1: the targeting pack of that version B lacks, not the 4.8 one it upgraded', () => {
    // actions/runner-images#5279 (windows-2019 -> windows-2022)
    const log = [
      'C:\\Program Files\\dotnet\\sdk\\6.0.201\\Microsoft.Common.CurrentVersion.targets(1220,5): error MSB3644: The reference assemblies for .NETFramework,Version=v4.6.1 were not found.',
    ];
    const vs = (version: string) => pkg(version, 'vs-installer');
    const differences = [
      change('packages', 'Microsoft.Net.Component.4.6.1.TargetingPack', vs('16.11.31603.221'), undefined),
      change('packages', 'Microsoft.Net.Component.4.8.TargetingPack', vs('16.11.31603.221'), vs('17.1.32210.191')),
    ];
    expect(firstKey(log, differences)).toBe('packages.Microsoft.Net.Component.4.6.1.TargetingPack');
  });

  it('unshare(CLONE_NEWUSER) refused in a pod that runs under a seccomp filter: the filter, not the older engine', () => {
    // podman-container-tools/buildah#2262
    const log = ['Error during unshare(CLONE_NEWUSER): Operation not permitted', 'Error: error running buildah: exit status 1'];
    const differences = [
      change('custom', 'grep Seccomp: /proc/self/status', 'Seccomp:\t0', 'Seccomp:\t2', 'container:step-build'),
      change('docker', 'server_version', '19.03.8', '18.09.9'),
      change('kernel', 'release', '5.3.0-45-generic', '4.15.0-91-generic'),
    ];
    expect(firstKey(log, differences)).toBe('custom.grep Seccomp: /proc/self/status');
  });
});
