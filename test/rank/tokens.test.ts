import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { archSpellings, canonicalArch, extractTokens, type TokenKind } from '../../src/rank/tokens.js';

function tokens(line: string, kind: TokenKind): string[] {
  const parsed = parseBuildLog(line).lines[0]!;
  return extractTokens(parsed, [kind]).map((t) => t.value);
}

describe('extractTokens', () => {
  it.each<[TokenKind, string, string[]]>([
    ['soname', '#30 0.288 \tlibfuse3.so.4 => not found', ['libfuse3.so.4']],
    ['soname', 'Error loading shared library libssl.so.48: No such file or directory (needed by /usr/bin/pgbouncer)', ['libssl.so.48']],
    ['soname', "forge: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.33' not found (required by forge)", ['libc.so.6']],
    ['soname', 'dyld: Library not loaded: /usr/local/opt/icu4c/lib/libicuuc.67.dylib', ['libicuuc.67.dylib']],
    ['soname', 'Setting up libssl3:amd64 (3.0.11-1~deb12u2) ...', []],
    // erlef/setup-beam#292: OpenSSL's symbol version names its release, and so the library.
    [
      'soname',
      "Failed to load NIF library: '/otp/lib/crypto-5.5/priv/lib/crypto.so: undefined symbol: EVP_sm4_cbc, version OPENSSL_3.0.0'",
      ['libcrypto.so.3', 'libssl.so.3'],
    ],
    [
      'soname',
      "node: /usr/lib/libcrypto.so.1.1: version `OPENSSL_1_1_1' not found (required by node)",
      ['libcrypto.so.1.1', 'libssl.so.1.1'],
    ],
    ['host', '  Could not connect to debmirror.example.net:80 (151.101.2.132), connection timed out', ['debmirror.example.net']],
    [
      'host',
      "E: The repository 'https://packages.microsoft.com/ubuntu/22.04/prod jammy Release' is no longer signed.",
      ['packages.microsoft.com'],
    ],
    ['host', "  Temporary failure resolving 'debmirror.example.net'", ['debmirror.example.net']],
    ['host', 'curl: (6) Could not resolve host: github.com', ['github.com']],
    ['host', 'File "setup.py", line 36, in <module>', []],
    ['ip', 'npm ERR! network request to https://x.example.com/a.tgz failed, reason: connect ETIMEDOUT 104.16.17.35:443', ['104.16.17.35']],
    ['ip', ' Version:           29.0.0.1', []],
    // cri-o/cri-o#5663: yum failing over IPv6, the address written out; Go's compressed spelling.
    [
      'ip',
      'repomd.xml: [Errno 14] curl#7 - "Failed to connect to 2600:1f16:c1:5e03:a992:8ee1:99d2:6f8: Network is unreachable"',
      ['2600:1f16:c1:5e03:a992:8ee1:99d2:6f8'],
    ],
    ['ip', 'dial tcp [2606:4700::6810:1923]:443: connect: network is unreachable', ['2606:4700::6810:1923']],
    ['ip', 'Jan 03 01:49:48 banwagong localkube[30646]: std::vector<int> at 0xdead::beef', []],
    ['arch', '#9 [linux/arm64 2/5] RUN mkdir -p /usr/apps/service-config', ['aarch64']],
    ['arch', 'Error: Version 3.4 with arch x64 not found', ['x86_64']],
    ['arch', 'docker buildx build --platform linux/arm/v7,linux/386 .', ['arm', 'i386']],
    ['arch', 'installing: arm64 cannot write to /proc/sys/fs/binfmt_misc/register', ['aarch64']],
    ['arch', 'the farm64 and xarm64 words are not architectures', []],
    // platformio/platformio-core#1103: a toolchain only built for ARM, asked for on an x86_64 host.
    ['arch', "Error: Could not find a version that satisfies the requirement '~1.40802.0' for your system 'linux_x86_64'", ['x86_64']],
    ['arch', 'Downloading numpy-1.26.4-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.whl (14.2 MB)', ['aarch64']],
    ['arch', 'the my_linux_x86_64_build and linux_x86_64sum words name no platform', []],
    ['package', 'dpkg: error processing archive /var/cache/apt/archives/libgcc1_1%3a4.9.2-10_amd64.deb (--unpack):', ['libgcc1']],
    // Samsung/ONE#10966: Pillow 10 removed a constant.
    ['package', "AttributeError: module 'PIL.Image' has no attribute 'ANTIALIAS'", ['pil']],
    ['package', ' pre-dependency problem - not installing libgcc1:amd64', ['libgcc1']],
    ['package', 'Err:12 http://debmirror.example.net/debian bullseye/main amd64 libelf1 amd64 0.183-1', ['libelf1']],
    ['package', 'E: Unable to locate package envdiff-no-such-package', ['envdiff-no-such-package']],
    ['package', 'Reading package lists...', []],
    // chatmail/core#4705: OpenSSL's Configure in a manylinux image without perl-IPC-Cmd.
    [
      'package',
      "  Can't locate IPC/Cmd.pm in @INC (@INC contains: /usr/local/lib64/perl5 /usr/share/perl5) at ./Configure line 23.",
      ['perl-ipc-cmd', 'libipc-cmd-perl'],
    ],
    // briandfoy/PerlPowerTools#210: a script's own check for a cpan module.
    [
      'package',
      "    #                   'blib/script/robots requires the Perl Curses module!",
      ['curses', 'perl-curses', 'libcurses-perl'],
    ],
    // edf-hpc/puppet-hpc#109: facter's lsbdistid, empty without lsb_release.
    [
      'tool',
      '> Error: Unsupported osfamily (Debian) or lsbdistid () at /etc/puppet/environments/XXXXXXX/modules_generic/apt/manifests/params.pp:39 on node xxxxx',
      ['lsb_release'],
    ],
    // geerlingguy/ansible-for-devops#312, initze/thaw-slump-segmentation#103
    ['tool', '    "msg": "Unable to find any of pip2, pip to use.  pip needs to be installed."', ['pip2']],
    // chromebrew/chromebrew#4630, elementary/granite#584
    ['tool', "src/meson.build:275:5: ERROR: Program 'vapigen' not found", ['vapigen']],
    ['tool', 'Program vapigen found: NO', ['vapigen']],
    ['tool', "FileNotFoundError: [Errno 2] No such file or directory: 'gtk-update-icon-cache'", ['gtk-update-icon-cache']],
    // nerves-project/nerves#559
    [
      'tool',
      "<home_dir>/.nerves/artifacts/nerves_system_rpi3-portable-1.13.0/images/fwup.conf:479: no such option 'delta-source-raw-offset'",
      ['fwup'],
    ],
    ['tool', "      FileNotFoundError: [Errno 2] No such file or directory: 'gdal-config'", ['gdal-config']],
    // ICGC-TCGA-PanCancer/PCAP-core#23
    ['tool', 'Could not find gdlib-config in the search path. Please install libgd 2.0.28 or higher.', ['gdlib-config']],
    ['process', 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 362451 (unattended-upgr)', ['unattended-upgr']],
    ['glibc', "forge: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.33' not found (required by forge)", ['2.33']],
    ['apiversion', 'Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.41', ['1.52', '1.41']],
    ['version', '  | Version:           29.0.0', ['29.0.0']],
    ['version', 'go: go.mod requires go >= 1.21.0 (running go 1.19.13; GOTOOLCHAIN=local)', ['1.21.0']],
    ['path', "cp: cannot open '/src/app.conf' for reading: Permission denied", ['/src/app.conf']],
    ['path', 'http://example.com/a/b is a URL, not a path', []],
    ['mode', '  Expected: 420   Received: 384', ['384']],
    ['mode', '  Expected: 200   Received: 404', []],
    ['cpuflag', 'this binary requires AVX512F; your CPU lacks avx512f and avx2', ['avx512f', 'avx2']],
    ['tool', '/bin/sh: 1: make: not found', ['make']],
    ['tool', 'error vite@5.0.0: The engine "node" is incompatible with this module.', ['node']],
    ['tool', '  CMake 3.16 or higher is required.  You are running version 3.10.2', ['cmake']],
    ['tool', "ERROR: Package 'black' requires a different Python: 3.6.9 not in '>=3.7'", ['python']],
    ['tool', 'error: package `clap v4.5.0` cannot be built because it requires rustc 1.74 or newer', ['rustc']],
    // woowacourse-teams/2025-yagu-bogu#1125: gradlew on an image without findutils.
    ['tool', 'xargs is not available', ['xargs']],
    // theislab/scvelo#854: click 8.1 removed _unicodefun, which black imported.
    [
      'package',
      "ImportError: cannot import name '_unicodefun' from 'click' (/home/runner/.cache/pre-commit/repofpjqa5l5/py_env-python3/lib/python3.8/site-packages/click/__init__.py)",
      ['click'],
    ],
    // theryangeary/choose#70 and ljedrz/pea2pea#18.
    ['tool', 'error: linker `aarch64-linux-gnu-gcc` not found', ['aarch64-linux-gnu-gcc']],
    ['tool', '  Could not find `protoc` installation and this build crate cannot proceed without', ['protoc']],
    ['tool', '/bin/sh: ./app: not found', ['app']],
    // TylerGubala/blenderpy#118 (subprocess), GoogleContainerTools/jib#2777 (the JVM).
    ['tool', "      error: [Errno 2] No such file or directory: 'svn': 'svn'", ['svn']],
    ['tool', 'BuildStepsExecutionException: Cannot run program "docker": error=2, No such file or directory', ['docker']],
    ['tool', "FileNotFoundError: [Errno 2] No such file or directory: 'setup.cfg'", []],
    // KBVE/kbve#12325: git runs a subcommand it lacks as the program git-lfs.
    ['tool', "git: 'lfs' is not a git command.", ['git-lfs']],
    // fleet-commander/fc-client#21: configure with $PKG_CONFIG empty runs pkg-config's option as the command.
    ['tool', './configure: line 2702: --variable=systemduserunitdir: command not found', ['pkg-config']],
    // actions/runner-images#9290: autoreconf (Perl) on a macOS image without Homebrew's libtool.
    [
      'tool',
      'Can\'t exec "glibtoolize": No such file or directory at /opt/homebrew/Cellar/autoconf/2.72/share/autoconf/Autom4te/FileUtils.pm line 318.',
      ['glibtoolize'],
    ],
    ['tool', "git: 'lfs' is not a docker command.", []],
    ['image', 'no such manifest: docker.io/yourname/test:2-arm64', ['docker.io/yourname/test:2-arm64']],
  ])('%s in %s', (kind, line, expected) => expect(tokens(line, kind)).toEqual(expected));

  it('keeps the expected mode of a mode pair', () => {
    const line = parseBuildLog('  Expected: 420   Received: 384').lines[0]!;
    expect(extractTokens(line, ['mode'])).toMatchObject([{ kind: 'mode', value: '384', expected: 420 }]);
  });

  it('finds the soname in a real ldd run and ignores libraries that resolved', () => {
    const log = parseBuildLog(readFileSync(join(import.meta.dirname, 'fixtures', 'ldd-missing-lib.log'), 'utf8'));
    const notFound = log.lines.find((l) => l.text.includes('=> not found'))!;
    expect(extractTokens(notFound, ['soname']).map((t) => t.value)).toEqual(['libenvdifffoo.so.1']);
  });

  it('each token carries its line', () => {
    const log = parseBuildLog('first\nE: Unable to locate package foo\n');
    const [token] = extractTokens(log.lines[1]!, ['package']);
    expect(token?.line.number).toBe(2);
  });
});

describe('architecture synonyms', () => {
  it.each([
    ['arm64', 'aarch64'],
    ['AArch64', 'aarch64'],
    ['amd64', 'x86_64'],
    ['x64', 'x86_64'],
    ['armhf', 'arm'],
    ['armv7l', 'arm'],
    ['ppc64el', 'ppc64le'],
    ['mips64le', 'mips64el'],
  ])('%s -> %s', (name, canonical) => expect(canonicalArch(name)).toBe(canonical));

  it('lists every spelling of a canonical name', () => {
    expect(archSpellings('aarch64')).toEqual(expect.arrayContaining(['arm64', 'aarch64']));
    expect(canonicalArch('sparc64')).toBeUndefined();
  });
});
