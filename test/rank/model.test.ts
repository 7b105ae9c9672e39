/** The pieces of the model, one table each: mentions, relevance, magnitude, differential logs, calibration. */
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { calibrate } from '../../src/rank/calibrate.js';
import { rankDifferences } from '../../src/rank/index.js';
import { commonLines, lineKey } from '../../src/rank/differential.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { magnitudeOf } from '../../src/rank/magnitude.js';
import { mentionFindings } from '../../src/rank/mention-match.js';
import { scanMentions } from '../../src/rank/mentions.js';
import { imageWords, packageWords, relevanceOf } from '../../src/rank/relevance.js';

const changed = (facet: string, key: string, a: Difference['a'], b: Difference['b']): Difference => ({
  scope: 'host',
  facet,
  key,
  kind: 'changed',
  a,
  b,
});

describe('mentions', () => {
  const m = scanMentions(
    parseBuildLog(
      [
        '$ node -v',
        'v16.13.0',
        'go: downloading go1.21.3 (linux/amd64)',
        'Python 3.12.1 is not supported by this package',
        'export NODE_OPTIONS=--max-old-space-size=4096',
        'if (process.env.CI) { fail("CI=true") }',
        'Error: Node Sass does not yet support your current environment',
      ].join('\n'),
    ),
  );
  it.each([
    ['versions', '16.13.0'],
    ['versions', '1.21.3'],
    ['versions', '3.12.1'],
    ['words', 'go'],
    ['words', 'python'],
    ['env', 'NODE_OPTIONS'],
    ['env', 'CI'],
    ['phrases', 'node'],
  ] as const)('%s has %s', (map, key) => expect(m[map].has(key)).toBe(true));
  it.each([
    ['versions', '10.0.0.1'],
    ['env', 'Error'],
  ] as const)('%s does not have %s', (map, key) => expect(m[map].has(key)).toBe(false));
});

describe('mention findings', () => {
  const log = parseBuildLog(
    ['Using Python 3.12 from /usr/bin/python3', "ModuleNotFoundError: No module named 'imp' (python 3.12)"].join('\n'),
  );
  const m = scanMentions(log);
  it('a minor version on a line naming the tool names B', () => {
    const f = mentionFindings(changed('toolchains', 'python3', '3.11.7', '3.12.1'), m);
    expect(f.some((x) => /3\.12, B's version/.test(x.why))).toBe(true);
  });
  it('a version that does not tell A from B is no evidence', () => {
    expect(mentionFindings(changed('toolchains', 'python3', '3.12.0', '3.12.1'), m).filter((x) => /version/.test(x.why))).toEqual([]);
  });
});

describe('relevance', () => {
  const m = scanMentions(parseBuildLog(['Step 1/4 : FROM docker.io/library/node:18', 'npm ERR! code ELIFECYCLE'].join('\n')));
  const image = (key: string) => changed('images', key, { id: 'a' }, { id: 'b' });
  it.each([
    [image('node:18'), 'touched'],
    [image('postgres:15'), 'untouched'],
    [changed('toolchains', 'npm', '9.1.0', '9.2.0'), 'touched'],
    [changed('toolchains', 'gh', '2.45.0', '2.46.0'), 'untouched'],
    [changed('packages', 'libc6', { version: '2.35' }, { version: '2.36' }), 'neutral'],
    // An npm failure shows nothing a kernel decides.
    [changed('kernel', 'release', '6.1', '6.2'), 'untouched'],
    [changed('kernel', 'machine', 'x86_64', 'aarch64'), 'neutral'],
    [
      changed(
        'mirrors',
        'http://deb.example.net/debian',
        { host: 'deb.example.net', addresses: ['192.0.2.1'] },
        { host: 'deb.example.net', addresses: ['192.0.2.2'] },
      ),
      'untouched',
    ],
    [changed('mirrors', 'proxy.http', 'http://proxy.example:3128', ''), 'neutral'],
  ])('%j is %s', (d, expected) => {
    const f = relevanceOf(d, m).factor;
    expect(f > 1 ? 'touched' : f < 1 ? 'untouched' : 'neutral').toBe(expected);
  });
  it('without a log everything is neutral', () => expect(relevanceOf(image('postgres:15'), undefined).factor).toBe(1));
  it.each([
    // Afforess/Factorio-Stdlib#126, riverrun/one_time_pass_ecto#9, grunwaldlab/poppr#197: the runtime shows in file names only.
    [
      "./stdlib/area/area.lua:412: attempt to call a nil value (global 'unpack')",
      changed('packages', 'lua5.2', { version: '5.2.4' }, { version: '5.3.3' }),
    ],
    [
      '       (one_time_pass_ecto 1.0.3) lib/one_time_pass_ecto/base.ex:73: OneTimePassEcto.Base.gen_hotp/3',
      changed('packages', 'esl-erlang', { version: '1:23.3.1-1' }, { version: '1:24.0-1' }),
    ],
    [
      '── 1. Failure: rrmlg produces the correct mlgs (@test-round-robin.R#24) ───────',
      changed('packages', 'r-base-core', { version: '3.5.2' }, { version: '3.6.0' }),
    ],
  ])('a log that runs %j touches the runtime that ships it', (line, d) => {
    expect(relevanceOf(d, scanMentions(parseBuildLog(line))).factor).toBeGreaterThan(1);
    expect(relevanceOf(d, scanMentions(parseBuildLog('npm ERR! code ELIFECYCLE'))).factor).toBeLessThan(1);
  });
  it('a service image the log reaches through none of its clients counts less than an unnamed build image', () => {
    const quiet = scanMentions(parseBuildLog('npm ERR! code ELIFECYCLE'));
    expect(relevanceOf(image('postgres:15'), quiet).factor).toBeLessThan(relevanceOf(image('node:18-bookworm'), quiet).factor);
    expect(relevanceOf(image('redis:7-alpine'), quiet).factor).toBeLessThan(relevanceOf(image('golang:1.22'), quiet).factor);
  });
  it.each([
    // coder/coder#13767, docker-library/php#628: the client, or its protocol, names the service the build talked to.
    ['pg_dump: error: server version: 16.3 (Debian 16.3-1.pgdg120+1); pg_dump version: 14.12 (Ubuntu 14.12-1.pgdg22.04+1)', 'postgres:16'],
    ['SQLSTATE[HY000] [2054] The server requested authentication method unknown to the client', 'mysql:latest'],
  ])('a log showing %j talks to %s', (line, ref) => {
    const m = scanMentions(parseBuildLog(line));
    expect(relevanceOf(image(ref), m).factor).toBeGreaterThanOrEqual(relevanceOf(image('node:18-bookworm'), m).factor);
  });
  it.each([
    // PyCQA/flake8#1845, psf/black#2768: a linter's verdict on a Python file; excalidraw/excalidraw#1593: tsc's on a TypeScript one.
    ["./extremeflash/tftp_server.py:28:63: E231 missing whitespace after ':'", changed('toolchains', 'python3', '3.11.4', '3.12.0')],
    [
      'error: cannot format test.py: cannot use --safe with this file; failed to parse source file.',
      changed('toolchains', 'python3', '3.10.1', '3.7.12'),
    ],
    ['TypeScript error in /usr/src/app/src/components/App.tsx(134,22):', changed('toolchains', 'node', '12.16.1', '14.2.0')],
  ])('a log running %j on a runtime touches the runtime, and is no evidence against it', (line, d) => {
    const m = scanMentions(parseBuildLog(line));
    expect(relevanceOf(d, m).factor).toBeGreaterThan(1);
    expect(mentionFindings(d, m)).toEqual([]);
  });
  it('a kernel release counts fully only on a log that shows something a kernel decides', () => {
    const kernel = changed('kernel', 'release', '5.15.0-1034-azure', '5.15.0-1036-azure');
    const factor = (log: string) => relevanceOf(kernel, scanMentions(parseBuildLog(log))).factor;
    // vim/vim#8146-style test output (a Lua message changed): nothing a kernel decides.
    expect(factor('E5108: Error executing lua [string ":lua"]:1: attempt to call a nil value (global \'foo\')')).toBeLessThan(1);
    // opencontainers/runc#2196: checkpoint and restore; docker/for-linux#58: exit code 139 is SIGSEGV.
    expect(factor('    checkpoint_test.go:260: Did not restore the pipe correctly:')).toBe(1);
    expect(factor("The command '/bin/sh -c yum update -y' returned a non-zero code: 139")).toBe(1);
    expect(factor('mount: /mnt: permission denied.')).toBe(1);
  });
  it('another CPU model counts only on a log that shows something a CPU decides', () => {
    const cpu = changed('cpu', 'model', 'Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz', 'AMD EPYC 7763 64-Core Processor');
    // scrapinghub/dateparser#1237: a tz-rules assertion; jemalloc/jemalloc#2272: threads; docmost/docmost#1822: a CPU level.
    expect(
      relevanceOf(cpu, scanMentions(parseBuildLog("E   AssertionError: Lists differ: [('Ma[201 chars]nfo=<StaticTzInfo 'UTC'>))"))).factor,
    ).toBeLessThan(1);
    expect(relevanceOf(cpu, scanMentions(parseBuildLog('<jemalloc>: background thread creation failed (11)'))).factor).toBe(1);
    expect(
      relevanceOf(cpu, scanMentions(parseBuildLog('Unsupported CPU: Prebuilt binaries for linux-x64 require v2 microarchitecture'))).factor,
    ).toBe(1);
    // etal/cnvkit#1103: a build that went quiet until the builder stopped it (a worker pool of one).
    expect(relevanceOf(cpu, scanMentions(parseBuildLog('E: Build killed with signal TERM after 60 minutes of inactivity'))).factor).toBe(1);
  });
  it('names packages and images the way logs do', () => {
    expect(packageWords('libsqlite3-0')).toEqual(expect.arrayContaining(['libsqlite3-0', 'libsqlite3', 'sqlite3', 'sqlite']));
    expect(imageWords('docker.io/library/postgres:15')).toEqual(expect.arrayContaining(['postgres', 'postgres:15']));
  });
});

describe('magnitude', () => {
  it.each([
    [changed('toolchains', 'gcc', '10.2.1', '11.1.0'), 'major', true],
    [changed('toolchains', 'cmake', '3.27.1', '3.27.2'), 'patch', false],
    [changed('toolchains', 'python3', '3.11.7', '3.12.1'), 'minor', true],
    [changed('toolchains', 'node', 'v16.13.0', 'v18.2.0'), 'major', true],
    [changed('libc', 'version', '2.31', '2.35'), 'minor', true],
    [changed('packages', 'libssl3', { version: '3.0.2-0ubuntu1.10' }, { version: '3.0.2-0ubuntu1.12' }), 'build', false],
    [changed('packages', 'openssl', { version: '1.1.1w-0' }, { version: '3.0.11-1' }), 'major', true],
    // OpenSSL before 3 counted its series in the second and third numbers: 1.1.0 -> 1.1.1 brought TLS 1.3
    // (datajoint/datajoint-python#728: Debian 9 -> 10), 1.0.2 -> 1.1.0 the new soname.
    [changed('packages', 'libssl1.1', { version: '1.1.0l-1~deb9u1' }, { version: '1.1.1d-0+deb10u2' }), 'minor', false],
    [changed('packages', 'openssl', { version: '1.0.2u-1' }, { version: '1.1.1k-1' }), 'major', true],
    // glibc's development snapshots: 2.25.90 is 2.26 in the making (ocaml/ocaml#7567: Fedora rawhide).
    [changed('libc', 'version', '2.25', '2.25.90'), 'minor', true],
    // Elsewhere a .9x is only a patch (rpm 4.19.94 is a pre-release of another numbering).
    [changed('packages', 'rpm', { version: '4.19.1.1-1.fc40' }, { version: '4.19.94-1.fc41' }), 'patch', false],
    // Java 8 to Java 6 in the old numbering (mockito/mockito#829), and 8 to 11 across the renumbering.
    [changed('toolchains', 'java', '1.8.0_111', '1.6.0_41'), 'major', true],
    [changed('toolchains', 'java', '1.8.0_292', '11.0.11'), 'major', true],
  ])('%j is a %s step (ABI %s)', (d, step, abi) => expect(magnitudeOf(d)).toMatchObject({ step, abi }));
  it('a compiler major jump outweighs a cmake patch', () => {
    expect(magnitudeOf(changed('toolchains', 'gcc', '10.2.1', '11.1.0'))!.factor).toBeGreaterThan(
      2 * magnitudeOf(changed('toolchains', 'cmake', '3.27.1', '3.27.2'))!.factor,
    );
  });
});

describe('differential logs', () => {
  it('compares lines without timestamps, ANSI, BuildKit step prefixes or durations', () => {
    const good = parseBuildLog(['2024-01-01T00:00:00.0000000Z \x1b[32mok\x1b[0m', '#7 0.345 DONE 1.2s', 'warning: x'].join('\n'));
    const bad = parseBuildLog(['2024-05-05T10:11:12.5Z ok', '#9 2.000 DONE 3.4s', 'warning: x', 'error: y'].join('\n'));
    expect([...commonLines(bad, good)].sort()).toEqual([0, 1, 2]);
    expect(lineKey('took 12.5s in /tmp/build-abc123')).toBe(lineKey('took 3s in /tmp/build-xyz'));
  });
  it('without a passing log nothing is common', () => expect(commonLines(parseBuildLog('a\nb'), undefined).size).toBe(0));
});

describe('calibration', () => {
  it('is monotone and maps [0, 1] into [0, 1]', () => {
    let last = -1;
    for (let raw = 0; raw <= 1.0001; raw += 0.01) {
      const c = calibrate(raw);
      expect(c).toBeGreaterThanOrEqual(last);
      expect(c).toBeLessThanOrEqual(1);
      last = c;
    }
    expect(calibrate(0)).toBe(0);
  });
});

describe('reasoning over values', () => {
  const rank = (differences: Difference[], log: string) => rankDifferences(differences, { log: parseBuildLog(log) });
  const GiB = 1024 ** 3;

  it('"no space left" with gigabytes still free points at inodes, not the bytes', () => {
    const ranked = rank(
      [changed('resources', 'disk_free:/', 170 * GiB, 132 * GiB), changed('resources', 'inodes_free:/', 5_000_000, 0)],
      'write /var/lib/docker/tmp/x: no space left on device',
    );
    expect(ranked[0]?.key).toBe('inodes_free:/');
    // Nearly full: the bytes are the cause.
    const full = rank([changed('resources', 'disk_free:/', 40 * GiB, 0.2 * GiB)], 'No space left on device');
    expect(full[0]?.reasons.some((r) => r.source === 'log')).toBe(true);
  });

  it("a log running from under B's install path names the variable that chose it", () => {
    const ranked = rank(
      [
        changed('env', 'ANDROID_NDK_HOME', '/opt/android/sdk/ndk/23.2.8568313', '/opt/android/sdk/ndk/25.1.8937393'),
        changed('toolchains', 'cmake', '3.24.1', '3.24.2'),
      ],
      'CMake Error at /opt/android/sdk/ndk/25.1.8937393/build/cmake/android-legacy.toolchain.cmake:168 (message):',
    );
    expect(ranked[0]?.key).toBe('ANDROID_NDK_HOME');
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toContain("under B's ANDROID_NDK_HOME");
  });

  it("a variable B adds, holding a path beside the project's files, is not named by their paths", () => {
    // move-coop/parsons#1358: an older ruff, not the virtualenv the project's pyproject.toml sits beside.
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'VIRTUAL_ENV', kind: 'added', b: '/Users/matthewkrausse/parsons/.venv' },
        changed('toolchains', 'ruff', '0.9.10', '0.6.9'),
      ],
      ['ruff failed', '  Cause: Failed to parse /Users/matthewkrausse/parsons/pyproject.toml', 'Unknown rule selector: `TC`'].join('\n'),
    );
    expect(ranked[0]?.key).toBe('ruff');
    // commons-app/apps-android-commons#3587: the SDK under the same home directory as the project is not named either.
    const sdk = rank(
      [
        { scope: 'host', facet: 'env', key: 'ANDROID_SDK_ROOT', kind: 'removed', a: '/Users/nicolasraoul/Library/Android/sdk' },
        changed('toolchains', 'java', '1.8.0_242', '11.0.6'),
      ],
      '/Users/nicolasraoul/src/commons-app/app/build/generated/source/kapt/prodDebug/fr/free/nrw/commons/settings/SettingsActivity_MembersInjector.java:13: error: package javax.annotation.processing does not exist',
    );
    expect(sdk[0]?.key).toBe('java');
  });

  it('a linker speaking under its program name ("ld.lld: error:") names that linker, not the compiler driver', () => {
    // llvm/llvm-project#60859: lld 16 rejects version scripts naming undefined symbols; clang moved too.
    const ranked = rank(
      [changed('toolchains', 'clang', '15.0.7', '16.0.0-rc2'), changed('toolchains', 'lld', '15.0.7', '16.0.0-rc2')],
      "ld.lld: error: version script assignment of 'global' to symbol 'HMI' failed: symbol not defined",
    );
    expect(ranked[0]?.key).toBe('lld');
  });

  it('advice to set a variable ("run with `RUST_BACKTRACE=1`") is not the build reading it', () => {
    // Thomas-Jean/blake3#6: rustler's build script panics on Erlang 26; the panic's note names RUST_BACKTRACE.
    const m = scanMentions(
      parseBuildLog('  note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nexport RUSTFLAGS=-Dwarnings'),
    );
    const advice = mentionFindings({ scope: 'host', facet: 'env', key: 'RUST_BACKTRACE', kind: 'added', b: '1' }, m);
    expect(advice[0]?.why).toContain('suggests setting');
    expect(advice[0]!.weight).toBeLessThan(0.2);
    const set = mentionFindings({ scope: 'host', facet: 'env', key: 'RUSTFLAGS', kind: 'added', b: '-Dwarnings' }, m);
    expect(set[0]!.weight).toBeGreaterThan(0.3);
  });

  it('a version among a list of available ones names what exists, not what ran', () => {
    // apache/beam#31100: setup-java lists the JDKs it has for the arm64 runner.
    const m = scanMentions(
      parseBuildLog(
        [
          "  Error: Could not find satisfied version for SemVer '8'. ",
          '  Available versions: 22.0.1+8, 22.0.0+36, 21.0.3+9.0.LTS, 21.0.2+13.0.LTS, 21.0.1+12.0.LTS, 21.0.0+35.0.LTS, 20.0.2+9, 20.0.1+9, 17.0.10+7',
        ].join('\n'),
      ),
    );
    const found = mentionFindings(changed('toolchains', 'java', '17.0.10', '21.0.2'), m);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.why).toContain('one of a list of versions');
      expect(f.weight).toBeLessThan(0.2);
    }
  });

  it('tar refused by the system (EINVAL from chown) is a user-namespace limit, not a tar that rejects its options', () => {
    // dockcross/dockcross#395: rootless podman maps one uid; tar is only rebuilt.
    const ranked = rank(
      [
        changed('packages', 'tar', { version: '1.29b-1.1' }, { version: '1.29b-1.1+b1' }),
        changed('docker', 'storage_driver', 'overlay2', 'vfs'),
        changed('custom', 'cat /proc/self/uid_map', '         0          0 4294967295', '         0       1000          1'),
      ],
      [
        'tar: git-2.22.0/configure: Cannot change ownership to uid 110493, gid 5000: Invalid argument',
        'tar: Exiting with failure status due to previous errors',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('cat /proc/self/uid_map');
    expect(scanMentions(parseBuildLog("tar: unrecognized option '--zstd'")).rejectedBy.has('tar')).toBe(true);
    // itzg/docker-minecraft-server#685: BusyBox's words for the same.
    expect(scanMentions(parseBuildLog('find: unrecognized: -printf')).rejectedBy.has('find')).toBe(true);
  });

  it('a JDK patch bump does not change class-file versions; a JAVA_HOME moved to another major does', () => {
    const ranked = rank(
      [
        changed('toolchains', 'java', '11.0.22', '11.0.23'),
        changed('env', 'JAVA_HOME', '/usr/lib/jvm/java-11-openjdk-amd64', '/usr/lib/jvm/java-8-openjdk-amd64'),
      ],
      '[ERROR] Fatal error compiling: invalid target release: 11',
    );
    expect(ranked[0]?.key).toBe('JAVA_HOME');
  });

  it('a setting printed with its value is evidence: "UID 0" names security.uid 0', () => {
    const ranked = rank(
      [changed('security', 'uid', 1000, 0), changed('kernel', 'release', '6.8.0-57-generic', '5.15.0-136-generic')],
      '#5 0.562 useradd: UID 0 is not unique',
    );
    expect(ranked[0]?.key).toBe('uid');
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toContain("uid 0, B's value");
  });

  it("id's output is a setting too: uid=1001(vscode) names security.uid 1001", () => {
    const ranked = rank(
      [changed('security', 'uid', 1000, 1001), changed('os', 'version_id', '22.04', '24.04')],
      '$ id -a\nuid=1001(vscode) gid=1001(vscode) groups=1001(vscode)',
    );
    expect(ranked[0]?.key).toBe('uid');
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toContain("uid 1001, B's value");
  });

  it('exec format error: a tag only B has, built for arm64, ranks above a kernel patch bump', () => {
    const image = { id: 'sha256:9e4a', digests: [], architecture: 'arm64', os: 'linux', created: '2022-09-22T18:04:31Z' };
    const ranked = rank(
      [
        { scope: 'host', facet: 'images', key: 'controller:v2.4.4', kind: 'added', b: image },
        changed('kernel', 'release', '5.4.209-116.363.amzn2.x86_64', '5.4.214-120.368.amzn2.x86_64'),
      ],
      'standard_init_linux.go:228: exec user process caused: exec format error',
    );
    expect(ranked[0]?.key).toBe('controller:v2.4.4');
  });

  it('"architecture \'arm64\'" names cpu.arch arm64 (actions/setup-python#856)', () => {
    const ranked = rank(
      [changed('cpu', 'arch', 'x86_64', 'arm64'), changed('os', 'version_id', '13.6.5', '14.4.1')],
      "Error: The version '3.7.16' with architecture 'arm64' was not found for macOS 14.4.1.",
    );
    expect(ranked[0]?.key).toBe('arch');
  });

  it('a GLIBC_ version A lacks too refutes the C library change: A passed with the same libc', () => {
    const ranked = rank(
      [
        changed(
          'packages',
          'glibc',
          { version: '2.26-62.amzn2', status: 'installed', manager: 'rpm' },
          { version: '2.26-63.amzn2', status: 'installed', manager: 'rpm' },
        ),
        changed('toolchains', 'node', '16.20.2', '18.14.2'),
      ],
      "node: /lib64/libm.so.6: version `GLIBC_2.27' not found (required by node)",
    );
    expect(ranked[0]?.key).toBe('node');
  });

  it('a missing libssl.so.1.1 names the package that shipped it, by library name and version', () => {
    const pkg = (version: string) => ({ version, status: 'installed', manager: 'pacman' });
    const ranked = rank(
      [
        { scope: 'host', facet: 'packages', key: 'openssl-1.1', kind: 'removed', a: pkg('1.1.1.w-1') },
        changed('packages', 'openssl', pkg('3.1.3-1'), pkg('3.1.4-1')),
      ],
      '> vessel: error while loading shared libraries: libssl.so.1.1: cannot open shared object file: No such file or directory',
    );
    expect(ranked[0]?.key).toBe('openssl-1.1');
  });

  // streetcomplete/StreetComplete#5281: the Android Gradle plugin on a runner whose JAVA_HOME moved to JDK 11.
  it("the lines after an error that say where the JDK is name B's JAVA_HOME", () => {
    const ranked = rank(
      [
        changed(
          'env',
          'JAVA_HOME',
          '/opt/hostedtoolcache/Java_Adopt_jdk/17.0.8-101/x64',
          '/opt/hostedtoolcache/Java_Adopt_jdk/11.0.20-101/x64',
        ),
        changed('toolchains', 'java', '11.0.22', '11.0.23'),
      ],
      [
        "   > Failed to apply plugin 'com.android.internal.application'.",
        '      > Android Gradle plugin requires Java 17 to run. You are currently using Java 11.',
        '         Your current JDK is located in /opt/hostedtoolcache/Java_Adopt_jdk/11.0.20-101/x64',
        '         You can try some of the following options:',
        '          - changing the IDE settings.',
        '          - changing the JAVA_HOME environment variable.',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('JAVA_HOME');
  });

  it("the CPU's architecture follows from the kernel's machine", () => {
    const ranked = rank(
      [changed('cpu', 'arch', 'x86_64', 'aarch64'), changed('kernel', 'machine', 'x86_64', 'aarch64')],
      'exec /usr/local/bin/docker-entrypoint.sh: exec format error',
    );
    expect(ranked.map((r) => `${r.facet}.${r.key}`)).toEqual(['kernel.machine', 'cpu.arch']);
    expect(ranked[1]?.reasons[0]?.text).toBe('follows from the kernel.machine change');
  });

  it('a libc version across C libraries follows from the family change and ranks below it', () => {
    const ranked = rank(
      [changed('libc', 'version', '2.36', '1.2.5'), changed('libc', 'family', 'glibc', 'musl')],
      'Error relocating /app/node_modules/x.node: __memcpy_chk: symbol not found',
    );
    expect(ranked.map((r) => r.key)).toEqual(['family', 'version']);
    expect(ranked[1]?.reasons[0]?.text).toBe('follows from the libc.family change');
  });

  it('an error naming a kernel setting points at it, not at the kernel release', () => {
    const ranked = rank(
      [changed('kernel', 'release', '5.15.0-91-generic', '5.4.0-150-generic'), changed('sysctl', 'kernel.yama.ptrace_scope', 0, 1)],
      'Could not attach to process.  If your uid matches the uid of the target process, check the setting of /proc/sys/kernel/yama/ptrace_scope, or try again as the root user.',
    );
    expect(ranked[0]?.key).toBe('kernel.yama.ptrace_scope');
  });

  it('a package swapped for its next version is one upgrade: the new one unless the log misses the old one', () => {
    const pkg = (version: string) => ({ version, status: 'install ok installed', manager: 'dpkg' });
    const swap = (): Difference[] => [
      { scope: 'host', facet: 'packages', key: 'libssl1.1', kind: 'removed', a: pkg('1.1.1f-1ubuntu2.19') },
      { scope: 'host', facet: 'packages', key: 'libssl3', kind: 'added', b: pkg('3.0.2-0ubuntu1.10') },
    ];
    // dlenski/gp-saml-gui#37: OpenSSL 3 refuses legacy renegotiation.
    const behaviour = rankDifferences(swap(), {
      log: parseBuildLog(
        'gp-saml-gui: error: SSL error: [SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:997)',
      ),
    });
    expect(behaviour[0]?.key).toBe('libssl3');
    // RIPE-NCC/ripe-atlas-software-probe#91: a binary linked to the old library.
    const missing = rankDifferences(swap(), {
      log: parseBuildLog(
        '/usr/local/atlas/bin/rchoose: error while loading shared libraries: libcrypto.so.1.1: cannot open shared object file: No such file or directory',
      ),
    });
    expect(missing[0]?.key).toBe('libssl1.1');
  });

  it('a library loaded from a directory only B puts on LD_LIBRARY_PATH points at that variable', () => {
    const lib = '/apps/local/spack/software/gcc-9.3.0/lib64';
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'LD_LIBRARY_PATH', kind: 'added', b: `${lib}:/opt/other/lib` },
        changed('packages', 'libstdc++6', { version: '12.2.0-14' }, { version: '12.3.0-1' }),
      ],
      `ImportError: ${lib}/libstdc++.so.6: version \`GLIBCXX_3.4.30' not found (required by /opt/conda/lib/python3.10/site-packages/x.so)`,
    );
    expect(ranked[0]?.key).toBe('LD_LIBRARY_PATH');
    expect(ranked[0]?.reasons.some((r) => r.text.includes(`from ${lib}, which only B's LD_LIBRARY_PATH lists`))).toBe(true);
  });

  it("an XS module under a directory only B's PERL5LIB lists: PERL5LIB, not an LD_LIBRARY_PATH that gained a parent of it", () => {
    // easybuilders/easybuild-easyblocks#2336: the loader searches each directory itself, perl below its own.
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'PERL5LIB', kind: 'added', b: '/usr/lib64/perl5/vendor_perl:/usr/share/perl5/vendor_perl' },
        changed(
          'env',
          'LD_LIBRARY_PATH',
          '/opt/site/easybuild/software/GCCcore/10.2.0/lib64',
          '/opt/site/easybuild/software/GCCcore/10.2.0/lib64:/usr/lib64',
        ),
      ],
      'perl: symbol lookup error: /usr/lib64/perl5/vendor_perl/auto/Cwd/Cwd.so: undefined symbol: Perl_xs_apiversion_bootcheck',
    );
    expect(ranked[0]?.key).toBe('PERL5LIB');
  });

  it("Python's KeyError on an environment variable B lacks points at it", () => {
    // adrienverge/yamllint#605: HOME unset in the build environment.
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'HOME', kind: 'removed', a: '/export/home/builder' },
        changed('toolchains', 'python3', '3.9.2', '3.9.16'),
      ],
      [">       self.addCleanup(os.environ.update, HOME=os.environ['HOME'])", "E           KeyError: 'HOME'"].join('\n'),
    );
    expect(ranked[0]?.key).toBe('HOME');
  });

  it('a version seen only in a path shows where a program runs from, not the failure', () => {
    // sbdchd/squawk#212: a binary under nvm's node directory cannot load libssl.so.1.1.
    const pkg = (version: string) => ({ version, status: 'install ok installed', manager: 'dpkg' });
    const log =
      '/home/u/.nvm/versions/node/v18.1.0/lib/node_modules/squawk-cli/js/binaries/squawk: error while loading shared libraries: libssl.so.1.1: cannot open shared object file: No such file or directory';
    const ranked = rank(
      [
        changed('toolchains', 'node', '16.15.0', '18.1.0'),
        { scope: 'host', facet: 'packages', key: 'libssl1.1', kind: 'removed', a: pkg('1.1.1f-1ubuntu2') },
      ],
      log,
    );
    expect(ranked[0]?.key).toBe('libssl1.1');
    expect(ranked[1]?.reasons.some((r) => r.text.includes("18.1.0, B's version (in a path)"))).toBe(true);
  });

  it('a Docker cgroup driver follows from the cgroup version', () => {
    const ranked = rank(
      [changed('docker', 'cgroup_driver', 'cgroupfs', 'systemd'), changed('docker', 'cgroup_version', '1', '2')],
      'Failed to create temporary directory.',
    );
    expect(ranked.map((r) => r.key)).toEqual(['cgroup_version', 'cgroup_driver']);
  });

  it('a pull that times out on the request points at a jumbo MTU, not a minor Docker upgrade', () => {
    const ranked = rank(
      [changed('docker', 'server_version', '1.9.1', '1.10.0'), changed('network', 'mtu:eth1', 1500, 9000)],
      `Error parsing HTTP response: invalid character '<' looking for beginning of value: "<html><body><h1>408 Request Time-out</h1>`,
    );
    expect(ranked[0]?.key).toBe('mtu:eth1');
  });

  it('cargo released with rustc yields to the compiler on a tie, not when the log implicates cargo alone', () => {
    const pair = [changed('toolchains', 'cargo', '1.79.0', '1.80.0'), changed('toolchains', 'rustc', '1.79.0', '1.80.0')];
    const compile = rank(
      pair,
      [
        'error[E0282]: type annotations needed for `Box<_>`',
        '  --> /home/u/.cargo/registry/src/index.crates.io-6f17d22bba15001f/time-0.3.34/src/format_description/parse/mod.rs:83:9',
      ].join('\n'),
    );
    expect(compile.map((r) => r.key)).toEqual(['rustc', 'cargo']);
    const lock = rank(
      [changed('toolchains', 'cargo', '1.88.0', '1.75.0'), changed('toolchains', 'rustc', '1.88.0', '1.75.0')],
      [
        'error: failed to parse lock file at: /src/Cargo.lock',
        '',
        'Caused by:',
        '  lock file version 4 requires `-Znext-lockfile-bump`',
      ].join('\n'),
    );
    expect(lock.map((r) => r.key)).toEqual(['cargo', 'rustc']);
  });

  it("B's TZ overrides the system time zone: with both changed, TZ ranks first", () => {
    const ranked = rank(
      [changed('time', 'timezone', 'Etc/UTC', 'Pacific/Auckland'), { scope: 'host', facet: 'env', key: 'TZ', kind: 'added', b: 'NZST-12' }],
      'test_duplicate: [  ERROR   ] --- "2005-05-26T06:45:15+12:00" != "2005-05-25T16:45:15-02:00"',
    );
    expect(ranked.map((r) => r.key)).toEqual(['TZ', 'timezone']);
    expect(ranked[1]?.reasons[0]?.text).toBe("B's TZ variable overrides the system time zone");
    // TZ taken away on B: the system zone is what B's programs see again.
    const unset = rank(
      [changed('time', 'timezone', 'Etc/UTC', 'Pacific/Auckland'), { scope: 'host', facet: 'env', key: 'TZ', kind: 'removed', a: 'UTC' }],
      'AssertionError: assert "2005-05-26T06:45:15+12:00" == "2005-05-25T18:45:15+00:00"',
    );
    expect(unset[0]?.key).toBe('timezone');
  });

  it('a command not found is not explained by directories only added to PATH', () => {
    const log = "/usr/bin/env: 'python': No such file or directory";
    const pathOf = (b: string) => rank([changed('env', 'PATH', '/usr/local/bin:/usr/bin:/bin', b)], log)[0]!.score;
    expect(pathOf('/home/u/.pyenv/shims:/usr/local/bin:/usr/bin:/bin')).toBeLessThan(pathOf('/usr/local/bin:/bin'));
  });

  it('a HOME that does not exist is suspect; another real home is not', () => {
    const home = (b: string) => rankDifferences([changed('env', 'HOME', '/home/sebastic', b)])[0]!.score;
    // The table prior's factor of 2 or more, under the weighted geometric mean with the measured rate of a
    // changed variable (family.ts, 0.35 on the table), is still more than its 0.35th power (1.27).
    expect(home('/nonexistent')).toBeGreaterThan(1.3 * home('/home/runner'));
  });

  it('a log running dnf touches the CentOS image, not the Debian or Alpine ones', () => {
    const img = (key: string) =>
      ({ scope: 'host', facet: 'images', key, kind: 'changed', a: { id: 'sha256:a' }, b: { id: 'sha256:b' } }) as Difference;
    const log = 'ERROR: process "/bin/sh -c dnf update -y && dnf install -y gcc" did not complete successfully';
    const mentions = scanMentions(parseBuildLog(log));
    expect(relevanceOf(img('quay.io/centos/centos:stream10'), mentions).factor).toBeGreaterThanOrEqual(1);
    expect(relevanceOf(img('redis:7-alpine'), mentions).factor).toBeLessThan(1);
    expect(relevanceOf(img('debian:bookworm'), mentions).factor).toBeLessThan(1);
  });

  it("an upper-case variable names its tool: HELM_EXPERIMENTAL_OCI is helm's", () => {
    const m = scanMentions(parseBuildLog('Error: this feature has been marked as experimental. Please set HELM_EXPERIMENTAL_OCI=1'));
    expect(m.words.has('helm')).toBe(true);
  });

  it("the log naming B's kernel release names the kernel", () => {
    const d = changed('kernel', 'release', '4.18.0-25-generic', '5.0.0-27-generic');
    const m = scanMentions(parseBuildLog('Error: no module available for the current kernel (5.0.0-27-generic)'));
    expect(mentionFindings(d, m).map((f) => f.why)).toContain("the log names 5.0.0, B's version");
  });

  it("a large number on an error line is B's value; in a settings dump it is not", () => {
    const d = changed('resources', 'ulimit_nofile', 1048576, 1073741816);
    const error = scanMentions(parseBuildLog('Error: open files limit 1073741816 is too high for erl_child_setup'));
    expect(mentionFindings(d, error).map((f) => f.why)).toContain("an error line prints 1073741816, B's ulimit_nofile");
    const dump = scanMentions(parseBuildLog('(00.096881) files stat: fs/nr_open 1073741816'));
    expect(mentionFindings(d, dump)).toEqual([]);
  });

  it('a minimum version the log states points at the tool B has below it (gildas/bitbucket-cli#118)', () => {
    const make = changed('toolchains', 'make', '4.4.1', '3.81');
    const m = scanMentions(parseBuildLog('Makefile:107: *** Please use GNU Make 4 at least.  Stop.'));
    expect(mentionFindings(make, m).map((f) => f.why)).toContain('the log requires make 4 or later: B has 3.81, A has 4.4.1');
    // A requirement both meet, or one stated for another tool, says nothing.
    expect(mentionFindings(changed('toolchains', 'make', '4.4.1', '4.3'), m)).toEqual([]);
    const sqlite = scanMentions(parseBuildLog('ERROR! Unexpected Exception: SQLite 3.8.3 or later is required (found 3.7.17).'));
    expect(mentionFindings(changed('packages', 'sqlite', { version: '3.8.11' }, { version: '3.7.17' }), sqlite)[0]?.weight).toBeGreaterThan(
      0.5,
    );
    expect(mentionFindings(make, sqlite)).toEqual([]);
  });

  it('a minimum version stated for a part of the name (the SDK of zephyr-sdk) counts when A meets it and B does not (timvideos/litex-buildenv#193)', () => {
    const m = scanMentions(parseBuildLog(['  You need at least SDK version 0.10.2.', '  You have version 0.10.1'].join('\n')));
    const sdk = (a: string, b: string) => changed('toolchains', 'zephyr-sdk', a, b);
    expect(mentionFindings(sdk('0.10.2', '0.10.1'), m).map((f) => f.why)).toContain(
      'the log requires sdk 0.10.2 or later: B has 0.10.1, A has 0.10.2',
    );
    // Below it on both sides, a part of another name may be another SDK: it says nothing.
    expect(mentionFindings(sdk('0.10.0', '0.10.1'), m).some((f) => f.why.startsWith('the log requires'))).toBe(false);
  });

  it("a limit read at a prompt and answered with B's value is the log showing that limit (numpy/numpy#18631, ONLYOFFICE/Docker-DocumentServer#491)", () => {
    // bash prints sizes in KiB: 2097152 KiB is B's 2 GiB address space.
    const as = scanMentions(parseBuildLog(['$ ulimit -v', '2097152', '$ python -c "import numpy as np"', 'Segmentation fault'].join('\n')));
    expect(mentionFindings(changed('resources', 'ulimit_as', 3758096384, 2147483648), as).map((f) => f.why)).toContain(
      "the log reads ulimit_as and shows B's value",
    );
    // A's value, or another limit, is not it.
    expect(mentionFindings(changed('resources', 'ulimit_as', 2147483648, 3758096384), as).some((f) => f.why.includes('reads'))).toBe(false);
    expect(mentionFindings(changed('resources', 'ulimit_stack', 8388608, 2147483648), as).some((f) => f.why.includes('reads'))).toBe(false);
    const nofile = scanMentions(parseBuildLog(['container $ ulimit -n', '1073741816'].join('\n')));
    expect(mentionFindings(changed('resources', 'ulimit_nofile', 1048576, 1073741816), nofile).map((f) => f.why)).toContain(
      "the log reads ulimit_nofile and shows B's value",
    );
  });

  it('a Linux kernel against a Darwin one is another kernel, not a major step', () => {
    expect(magnitudeOf(changed('kernel', 'release', '5.3.0-19-generic', '18.7.0'))).toBeUndefined();
    expect(magnitudeOf(changed('kernel', 'release', '5.4.0-52-generic', '6.8.0-1-generic'))).toMatchObject({ step: 'major' });
  });

  it("a log working under B's TMPDIR points at it; the default /tmp does not (onekey-sec/unblob#106)", () => {
    const log = parseBuildLog(
      [
        'tests/test_extractor.py::TestCarveUnknownChunks::test_multiple_chunks FAILED',
        '2021-12-08 21:16.50 [info     ] Extracting unknown chunk       chunk=0x0-0x4 path=/run/user/1000/pytest-of-vlaci/pytest-2/test_multiple_chunks0/0-4.unknown',
      ].join('\n'),
    );
    const m = scanMentions(log);
    const tmpdir = (b: string): Difference => ({ scope: 'host', facet: 'env', key: 'TMPDIR', kind: 'added', b });
    expect(mentionFindings(tmpdir('/run/user/1000'), m).map((f) => f.why)).toContain("the log works under /run/user/1000, B's TMPDIR");
    expect(mentionFindings(tmpdir('/tmp'), m)).toEqual([]);
    expect(mentionFindings(tmpdir('/scratch/tmp'), m)).toEqual([]);
  });

  it("Go's VCS stamping failing points at Go only across 1.18, else at git's ownership check", () => {
    const log = 'error obtaining VCS status: exit status 128\n\tUse -buildvcs=false to disable VCS stamping.';
    const git = changed('packages', 'git', { version: '1:2.30.2-1' }, { version: '1:2.30.2-1+deb11u1' });
    const top = (go: Difference) => rank([go, git], log)[0]!.key;
    expect(top(changed('toolchains', 'go', '1.17.8', '1.18'))).toBe('go');
    expect(top(changed('toolchains', 'go', '1.19.5', '1.20.1'))).toBe('git');
  });

  it("a PATH naming the user's home is not named by the log's paths under that home (GoogleContainerTools/distroless#744)", () => {
    const log = [
      'ERROR: /usr/local/google/home/howardjohn/go/src/istio.io/distroless/base/BUILD:44:11: PasswdTar base/passwd.tar failed (Exit 127)',
      "/usr/bin/env: 'python': No such file or directory",
    ].join('\n');
    const ranked = rank(
      [
        changed(
          'env',
          'PATH',
          '/usr/local/bin:/usr/bin:/bin',
          '/usr/local/google/home/howardjohn/.pyenv/shims:/usr/local/bin:/usr/bin:/bin',
        ),
        { scope: 'host', facet: 'packages', key: 'python-is-python3', kind: 'removed', a: { version: '3.9.2-1' } },
      ],
      log,
    );
    expect(ranked[0]?.key).toBe('python-is-python3');
    expect(ranked[1]?.reasons.some((r) => r.text.includes('howardjohn'))).toBe(false);
  });

  it("tools named by their own words: kubectl's skew warning, kustomize's Kustomization type", () => {
    const skew = rank(
      [changed('toolchains', 'kubectl', '1.24.4', '1.25.0'), changed('toolchains', 'go', '1.18.5', '1.19.0')],
      'check Kubernetes failed, error: WARNING: version difference between client (1.25) and server (1.23) exceeds the supported minor version skew of +/-1',
    );
    expect(skew[0]?.key).toBe('kubectl');
    const kustomize = rank(
      [
        { scope: 'host', facet: 'toolchains', key: 'kustomize', kind: 'removed', a: '3.8.5' },
        changed('toolchains', 'go', '1.15.5', '1.15.6'),
      ],
      'Error: json: cannot unmarshal object into Go struct field Kustomization.patchesStrategicMerge of type patch.StrategicMerge',
    );
    expect(kustomize[0]?.key).toBe('kustomize');
  });

  it('the package of a tool is named by its files and prose, unless only its packaging changed (mhasbini/duprule#29)', () => {
    const m = scanMentions(
      parseBuildLog('"uniq" is not exported by the List::Util module\nCan\'t continue after import errors at ./duprule.pl line 4.'),
    );
    const perl = (a: string, b: string) => changed('packages', 'perl', { version: a }, { version: b });
    expect(mentionFindings(perl('5.26.0-1', '5.22.1-9ubuntu0.2'), m).map((f) => f.why)).toContain('an error line names perl');
    expect(mentionFindings(perl('5.22.1-9', '5.22.1-9ubuntu0.2'), m)).toEqual([]);
  });

  it('a minimum version neither side meets refutes the change (A failed it too)', () => {
    const m = scanMentions(parseBuildLog('Error: Python 3.6 or later is required'));
    const found = mentionFindings(changed('toolchains', 'python3', '3.5.2', '3.5.3'), m);
    expect(found[0]).toMatchObject({ refutes: true, weight: 0 });
  });

  it("a tool's word seen only inside a path on the error line counts half", () => {
    const node = changed('toolchains', 'node', '18.16.0', '18.16.1');
    const inPath = scanMentions(parseBuildLog('Error: cannot open /usr/lib/node_modules/npm/node-gyp/lib/build.js'));
    const inProse = scanMentions(parseBuildLog('Error: could not run "node-gyp" to build the addon'));
    const weight = (m: ReturnType<typeof scanMentions>) =>
      mentionFindings(node, m).find((f) => f.why.startsWith('an error line names'))?.weight ?? 0;
    expect(weight(inPath)).toBeCloseTo(weight(inProse) / 2);
  });

  it("a program's version banner confirms which version ran, not that it failed: it counts half", () => {
    const java = changed('toolchains', 'java', '21.0.8', '21.0.9');
    const weight = (log: string) => mentionFindings(java, scanMentions(parseBuildLog(log)))[0]?.weight ?? 0;
    expect(weight('openjdk 21.0.9 2025-10-21 LTS')).toBeCloseTo(weight('running on 21.0.9 here') / 2);
  });

  it("the daemon's API version follows from its release, unless the log names the API version itself", () => {
    const pair = [changed('docker', 'api_version', '1.41', '1.42'), changed('docker', 'server_version', '20.10.23', '23.0.0')];
    const plain = rank(pair, 'ERROR: failed to solve: registry mirror was not used');
    expect(plain.map((r) => r.key)).toEqual(['server_version', 'api_version']);
    expect(plain[1]?.reasons[0]?.text).toBe('follows from the docker.server_version change');
    const named = rank(
      [changed('docker', 'api_version', '1.40', '1.39'), changed('docker', 'server_version', '19.03.6', '18.09.7')],
      'Error response from daemon: client version 1.40 is too new. Maximum supported API version is 1.39',
    );
    expect(named.find((r) => r.key === 'api_version')?.reasons[0]?.text).not.toMatch(/^follows from/);
  });

  it("node-gyp's sign-off names the kernel and tools it ran on, not what failed", () => {
    // hashgraph/hedera-sourcify#103: an arm64 host with no prebuilt binding; "System Linux 6.4.16-linuxkit" is a report.
    const m = scanMentions(parseBuildLog(['gyp ERR! stack Error: not found: python2', 'gyp ERR! System Linux 6.4.16-linuxkit'].join('\n')));
    expect(m.versions.has('6.4.16')).toBe(false);
    const ranked = rank(
      [changed('kernel', 'machine', 'x86_64', 'aarch64'), changed('kernel', 'release', '5.15.49-linuxkit', '6.4.16-linuxkit')],
      ['gyp ERR! stack Error: not found: python2', 'gyp ERR! System Linux 6.4.16-linuxkit'].join('\n'),
    );
    expect(ranked[0]?.key).toBe('machine');
  });

  it("npm's --verbose report of the machine names no version the failure is about (lovell/sharp#3208)", () => {
    const lines = ['npm verb stack Error: command failed', 'npm verb Darwin 21.4.0', 'npm verb node v16.13.1', 'npm verb npm  v8.3.0'];
    const m = scanMentions(parseBuildLog(lines.join('\n')));
    expect([...m.versions.keys()].filter((v) => ['8.3.0', '16.13.1', '21.4.0'].includes(v))).toEqual([]);
    // The stack line is npm's error, and still one.
    expect(m.lines.find((l) => l.line.body.includes('command failed'))?.error).toBe(true);
  });

  it('a name built by changing case, not found under a Turkish locale, names the locale', () => {
    // jitsi/jitsi-meet#6561: Gradle capitalises "implementation" to "İmplementation" under tr_TR.
    const ranked = rank(
      [changed('locale', 'LANG', 'en_US.UTF-8', 'tr_TR.UTF-8'), changed('toolchains', 'gradle', '6.0.1', '6.1.1')],
      '> Could not find method debugImplementation() for arguments [file collection] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.',
    );
    expect(ranked[0]?.key).toBe('LANG');
  });

  it('a path argument received undefined names the path variable B does not set', () => {
    // s-weigand/setup-conda#432: macos-14 runners have no $CONDA.
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'CONDA', kind: 'removed', a: '/usr/local/miniconda' },
        { scope: 'host', facet: 'env', key: 'RUNNER_NAME', kind: 'removed', a: 'GitHub Actions 12' },
        changed('cpu', 'arch', 'x86_64', 'arm64'),
      ],
      ['Adding conda path to PATH', '  undefined', '  Error: The "path" argument must be of type string. Received undefined'].join('\n'),
    );
    expect(ranked[0]?.key).toBe('CONDA');
  });

  it('a socket protocol the kernel does not offer names the module B has not loaded', () => {
    // wolfi-dev/os#31029: no sctp module on the runner.
    const ranked = rank(
      [
        { scope: 'host', facet: 'modules', key: 'sctp', kind: 'removed', a: 'loaded' },
        changed('packages', 'lksctp-tools', { version: '1.0.19-r3' }, { version: '1.0.20-r0' }),
      ],
      ['+ checksctp --version', 'checksctp: Protocol not supported', 'make: *** [Makefile:136: test/lksctp-tools] Error 1'].join('\n'),
    );
    expect(ranked[0]?.key).toBe('sctp');
  });

  it('threads refused on an old host name the C library that crossed to clone3', () => {
    // HumanSignal/label-studio#3070: the image moved from glibc 2.31 to 2.35.
    const ranked = rank(
      [changed('libc', 'version', '2.31', '2.35'), changed('toolchains', 'python3', '3.8.10', '3.10.6')],
      [
        'OpenBLAS blas_thread_init: pthread_create failed for thread 1 of 40: Operation not permitted',
        '  File "/usr/local/lib/python3.10/dist-packages/django/core/wsgi.py", line 12, in get_wsgi_application',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('version');
    // Downwards the new library is not the one that starts threads with clone3.
    const down = rank(
      [changed('libc', 'version', '2.35', '2.31'), changed('toolchains', 'python3', '3.10.6', '3.8.10')],
      'OpenBLAS blas_thread_init: pthread_create failed for thread 1 of 40: Operation not permitted',
    );
    expect(down.find((r) => r.key === 'version')?.reasons.some((r) => /clone3/.test(r.text))).toBe(false);
  });

  it('qemu crashing names the image that installs the emulators, though the log never names it', () => {
    // tonistiigi/binfmt#240: binfmt:latest moved to qemu 9.2.
    const ranked = rank(
      [
        changed('images', 'tonistiigi/binfmt:latest', { id: 'sha256:1' }, { id: 'sha256:2' }),
        changed('packages', 'containerd.io', { version: '1.7.24-1' }, { version: '1.7.25-1' }),
      ],
      [
        '#8 73.70 qemu: uncaught target signal 11 (Segmentation fault) - core dumped',
        '#8 74.78 dpkg: error processing package libc-bin (--configure):',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('tonistiigi/binfmt:latest');
  });

  it("another engine answering at B's DOCKER_HOST socket, named percent-encoded in the request, is the cause", () => {
    // podman-container-tools/podman#15928: DOCKER_HOST points at Podman's socket.
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'DOCKER_HOST', kind: 'added', b: 'unix:////run/user/1000/podman/podman.sock' },
        { scope: 'host', facet: 'env', key: 'DOCKER_API_VERSION', kind: 'added', b: '1.40' },
      ],
      'request returned Bad Request for API route and version http://%2F%2Frun%2Fuser%2F1000%2Fpodman%2Fpodman.sock/v1.40/build?buildargs=%7B%7D&cachefrom=%5B%5D',
    );
    expect(ranked[0]?.key).toBe('DOCKER_HOST');
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toContain("under B's DOCKER_HOST");
  });

  it('threads refused in a container name its seccomp profile before its capabilities', () => {
    // podman-container-tools/podman#11862: Podman's default profile lacks clone3; --privileged works.
    const ranked = rank(
      [
        changed('security', 'capabilities', '=ep', 'cap_chown,cap_dac_override,cap_fowner,cap_kill'),
        changed('security', 'seccomp', 'unconfined', '/usr/share/containers/seccomp.json'),
      ],
      ['    _start_new_thread(self._bootstrap, ())', "RuntimeError: can't start new thread"].join('\n'),
    );
    expect(ranked[0]?.key).toBe('seccomp');
  });

  it('an error line naming a library by its bare name names the shared library B lacks', () => {
    // erlang/docker-erlang-otp#122: erlang:slim without libssl1.1, so the crypto application cannot load.
    const ranked = rank(
      [
        { scope: 'host', facet: 'libraries', key: 'libcrypto.so.1.1', kind: 'removed', a: ['/usr/lib/x86_64-linux-gnu/libcrypto.so.1.1'] },
        changed('images', 'erlang:slim', { id: 'sha256:1' }, { id: 'sha256:2' }),
      ],
      [
        '$ docker run -it --rm erlang:slim erl -s crypto -s inets -s ssl',
        '{"init terminating in do_boot",{undef,[{crypto,start,[],[]},{init,start_em,1,[]},{init,do_boot,3,[]}]}}',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('libcrypto.so.1.1');
    expect(ranked[0]?.reasons[0]?.text).toContain('an error line names crypto');
  });

  it("a tool's name seen only as a site's host in a URL is not the tool", () => {
    // hiero-ledger/hiero-json-rpc-relay#3656: "https://gh.io/gha-cache-sunset" is a link, not the gh CLI.
    const gh = changed('toolchains', 'gh', '2.68.1', '2.69.0');
    const named = (log: string) => mentionFindings(gh, scanMentions(parseBuildLog(log))).some((f) => /error line names gh/.test(f.why));
    expect(named('#13 ERROR: This legacy service is shutting down. For more information: https://gh.io/gha-cache-sunset')).toBe(false);
    expect(named('error: gh auth login failed: token expired')).toBe(true);
  });

  it("a captured part of a tool (node's libuv) ranks with the tool, which takes its score", () => {
    // mysqljs/mysql#2210: Node 12 raised the TLS minimum; libuv and V8 moved with it.
    const ranked = rank(
      [
        changed('toolchains', 'node', '11.14.0', '12.0.0'),
        changed('custom', 'node -p process.versions.uv', '1.27.0', '1.28.0'),
        changed('custom', 'node -p process.versions.v8', '7.0.276.38-node.18', '7.4.288.21-node.16'),
      ],
      [
        "  library: 'SSL routines',",
        'Error: 4486972864:error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol:../deps/openssl/openssl/ssl/statem/statem_lib.c:1922',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('node');
    expect(ranked[1]?.reasons[0]?.text).toBe('a part of the tool whose version changed');
    // A command printing the tool's own version is the same fact: neither is put under the other.
    const helm = rank(
      [changed('toolchains', 'helm', '3.0.1', '3.0.2'), changed('custom', 'helm version --short', 'v3.0.1+g7c22ef9', 'v3.0.2+g19e47ee')],
      'Error: chart requires kubeVersion: >=1.16.0-0 which is incompatible with Kubernetes v1.15.11',
    );
    expect(helm.flatMap((r) => r.reasons.map((x) => x.text))).not.toContain('a part of the tool whose version changed');
    // prezly/theme-kit-js#1028: Node 22's ICU prints "GMT" for a zero offset; the part's score lifts Node above the time zone.
    const icu = rank(
      [
        changed('toolchains', 'node', '18.12.1', '22.22.0'),
        changed('custom', 'node -p process.versions.icu', '71.1', '77.1'),
        changed('time', 'timezone', 'Europe/Brussels', 'UTC'),
      ],
      [
        '● formatTime › appends the timezone offset when a moment-style timeFormat is provided',
        '    Expected pattern: /^10:00 GMT[+-]\\d{2}:\\d{2}$/',
        '    Received string:  "10:00 GMT"',
      ].join('\n'),
    );
    expect(icu.map((r) => r.key).slice(0, 2)).toEqual(['node', 'node -p process.versions.icu']);
  });

  it("Node's own internals in a stack trace show the build runs on Node", () => {
    const m = scanMentions(
      parseBuildLog(
        [
          "  library: 'SSL routines',",
          'Error: 4486972864:error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol:../deps/openssl/openssl/ssl/statem/statem_lib.c:1922',
        ].join('\n'),
      ),
    );
    expect(relevanceOf(changed('toolchains', 'node', '10.16.0', '12.22.0'), m).factor).toBeGreaterThan(1);
  });

  it("Buildah's numbered steps show the build runs through podman and buildah, unnamed", () => {
    // podman-container-tools/buildah#2308: "Error: error building at STEP "RUN apt-get update && …"".
    const m = scanMentions(
      parseBuildLog(['/bin/sh: 1: Bad substitution', 'Error: error building at STEP "RUN apt-get update"'].join('\n')),
    );
    for (const tool of ['podman', 'buildah'])
      expect(relevanceOf(changed('toolchains', tool, '1.8.1', '1.8.2'), m).factor).toBeGreaterThan(1);
  });

  it("dnf's failed GPG check names the release package that ships the signing keys", () => {
    // AlmaLinux/docker-images#110: an almalinux:8.8 image whose release package predates the new key.
    const ranked = rank(
      [
        changed('packages', 'almalinux-release', { version: '8.8-3.el8' }, { version: '8.8-1.el8' }),
        changed('kernel', 'release', '6.2.0-1018-azure', '6.5.0-1011-azure'),
      ],
      [
        "Import of key(s) didn't help, wrong key(s)?",
        'Public key for sqlite-libs-3.26.0-19.el8_9.x86_64.rpm is not installed. Failing package is: sqlite-libs-3.26.0-19.el8_9.x86_64',
        'Error: GPG check FAILED',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('almalinux-release');
  });

  it('no Docker daemon inside a build container that lost CAP_SYS_ADMIN names its capabilities', () => {
    // aws/aws-codebuild-docker-images#574: the project ran without privileged mode.
    const ranked = rank(
      [
        changed('security', 'capabilities', 'cap_chown,cap_net_admin,cap_sys_admin,cap_sys_ptrace', 'cap_chown,cap_net_raw'),
        changed('cpu', 'arch', 'x86_64', 'aarch64'),
        changed('toolchains', 'docker', '20.10.17', '20.10.15'),
      ],
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    );
    expect(ranked[0]?.key).toBe('capabilities');
  });
  it("an Android SDK package's parts and A's version on the log name the package B lacks", () => {
    // margelo/react-native-mmkv#604: the project pins an NDK the machine does not have.
    const sdk = (version: string) => ({ version, status: 'installed', manager: 'sdkmanager' });
    const ranked = rank(
      [
        { scope: 'host', facet: 'packages', key: 'ndk;24.0.8215888', kind: 'removed', a: sdk('24.0.8215888') },
        { scope: 'host', facet: 'packages', key: 'ndk;25.1.8937393', kind: 'added', b: sdk('25.1.8937393') },
        changed('cpu', 'arch', 'x86_64', 'arm64'),
      ],
      [
        '[CXX1101] NDK at /Users/dev/Library/Android/sdk/ndk/24.0.8215888 did not have a source.properties file',
        '* What went wrong:',
        "A problem occurred configuring project ':react-native-mmkv'.",
        '> NDK is not installed',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('ndk;24.0.8215888');
    expect(ranked[0]?.reasons.some((r) => r.text.includes("the log names ndk;24.0.8215888 at 24.0.8215888, A's version"))).toBe(true);
    expect(packageWords('build-tools;34.0.0')).toContain('34.0.0');
    expect(packageWords('platforms;android-34')).not.toContain('platforms');
  });

  it('an image is not named by the registry that serves it', () => {
    // dotnet/core#3309: every MSBuild line says "Microsoft"; mcr.microsoft.com is where the SDK image comes from.
    const ranked = rank(
      [
        changed('images', 'mcr.microsoft.com/dotnet/core/sdk:2.2.401-bionic', { id: 'sha256:1c7e' }, { id: 'sha256:8d2a' }),
        changed('kernel', 'release', '5.3.1-050301-generic', '5.0.0-29-generic'),
      ],
      [
        'MSBUILD : error MSB1025: An internal failure occurred while running MSBuild.',
        'Microsoft.Build.BackEnd.NodeFailedToLaunchException: The FileName property should not be a directory unless UseShellExecute is set.',
      ].join('\n'),
    );
    expect(
      ranked
        .find((r) => r.facet === 'images')
        ?.reasons.map((r) => r.text)
        .join(' '),
    ).not.toContain('microsoft');
  });

  it('memory pinned past the locked-memory limit names the lost CAP_IPC_LOCK, not the memory size', () => {
    // cgswong/docker-vault#4: the container ran without --cap-add IPC_LOCK.
    const ranked = rank(
      [
        changed('security', 'capabilities', 'CHOWN,DAC_OVERRIDE,IPC_LOCK,SETUID', 'CHOWN,DAC_OVERRIDE,SETUID'),
        changed('resources', 'mem_total', 2099249152, 1044049920),
      ],
      'Error initializing core: Failed to lock memory: cannot allocate memory',
    );
    expect(ranked[0]?.key).toBe('capabilities');
    expect(ranked[0]?.reasons[0]?.text).toContain('B drops CAP_IPC_LOCK');
  });

  it("a Docker socket refused on a desktop VM names the desktop's release", () => {
    // docker/for-mac#4755: Docker Desktop 2.3.2.0 changed who may open the shared socket.
    const ranked = rank(
      [changed('toolchains', 'docker-desktop', '2.3.1.0', '2.3.2.0'), changed('docker', 'server_version', '19.03.8', '19.03.12')],
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/json: dial unix /var/run/docker.sock: connect: permission denied',
    );
    expect(ranked[0]?.key).toBe('docker-desktop');
  });

  it("a runtime identifier on an error line that spells a distribution's release names B's OS release", () => {
    // dotnet/sdk#39733: .NET 7's SDK does not know Alpine 3.19's runtime identifier.
    const log = "error NETSDK1083: The specified RuntimeIdentifier 'alpine.3.19-x64' is not recognized.";
    const os = changed('os', 'version_id', '3.18.6', '3.19.1');
    const why = mentionFindings(os, scanMentions(parseBuildLog(log))).map((f) => f.why);
    expect(why).toContain("an error line names alpine.3.19-x64, B's OS release");
    // Where the build ran, in a prompt, is not what failed.
    const prompt = "⬢ [fedora-41] ❯ sudo yum groupinstall -y 'Development Tools'";
    expect(mentionFindings(changed('os', 'version_id', '40', '41'), scanMentions(parseBuildLog(prompt)))).toEqual([]);
  });

  it("a header's guard saying a library is older than a version requires that version", () => {
    // turanszkij/WickedEngine#1062: FAudio needs SDL 2.24; Ubuntu 22.04 ships 2.0.20.
    const m = scanMentions(parseBuildLog('FAudio_platform_sdl2.c:34:2: error: #error "SDL version older than 2.24.0"'));
    expect(m.requirements.map((r) => [r.name, r.version])).toEqual([['sdl', '2.24.0']]);
  });

  it('an error that goes on to name the variable that would have supplied what is missing names it', () => {
    // torrust/torrust-tracker#441: the publish step did not get the secret.
    const ranked = rank(
      [
        { scope: 'host', facet: 'env', key: 'CARGO_REGISTRY_TOKEN', kind: 'removed', a: '(redacted)' },
        changed('toolchains', 'cargo', '1.71.1', '1.72.0'),
      ],
      [
        '  cargo publish -p torrust-tracker-located-error',
        '    Updating crates.io index',
        'error: no token found, please run `cargo login`',
        'or use environment variable CARGO_REGISTRY_TOKEN',
      ].join('\n'),
    );
    expect(ranked[0]?.key).toBe('CARGO_REGISTRY_TOKEN');
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toContain('the error goes on to name CARGO_REGISTRY_TOKEN');
  });

  it('a file an error line cannot find, under a directory named after a package B lacks, names the package', () => {
    // godotengine/godot#38167 (a Portuguese MSBuild): focal's Mono packages came without mono-roslyn.
    const ranked = rank(
      [
        { scope: 'host', facet: 'packages', key: 'mono-roslyn', kind: 'removed', a: { version: '6.8.0.105-0xamarin3' } },
        changed('libc', 'version', '2.27', '2.31'),
      ],
      '/usr/lib/mono/msbuild/Current/bin/Microsoft.CSharp.CurrentVersion.targets(333,5): error MSB4019: o projeto importado "/usr/lib/mono/msbuild/Current/bin/Roslyn/Microsoft.CSharp.Core.targets" não foi localizado.',
    );
    expect(ranked[0]?.key).toBe('mono-roslyn');
    expect(ranked[0]?.reasons.map((r) => r.text).join(' ')).toContain('cannot find a file under a directory of mono-roslyn');
  });

  it('a program that cannot start names a captured check of the interpreter scripts name by path', () => {
    // buildkite/agent#2734: a NixOS agent has no /bin/bash for the plugin's hook script.
    const ranked = rank(
      [changed('custom', 'command -v /bin/bash', '/bin/bash', ''), changed('os', 'id', 'ubuntu', 'nixos')],
      '🚨 Error: error running "/tmp/buildkite-agent-bootstrap-hook-runner-1100140013": fork/exec /tmp/buildkite-agent-bootstrap-hook-runner-1100140013: no such file or directory',
    );
    expect(ranked[0]?.key).toBe('command -v /bin/bash');
  });
});
