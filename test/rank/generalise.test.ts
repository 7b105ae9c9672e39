/**
 * The ranking on failures no signature was written for: each case is a log line
 * shape from the issue that asked for it, a cause, and the decoys every pair of
 * runners has (an unrelated image rebuilt, patch bumps of tools the build never
 * runs). The cause must rank first.
 */
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { isVolatile } from '../../src/diff/volatile.js';
import { parseBuildLog, rankDifferences } from '../../src/rank/index.js';
import { looksLikeError, scanMentions } from '../../src/rank/mentions.js';
import { packageWords } from '../../src/rank/relevance.js';
import { hostAdded, hostChange, hostRemoved, installed, toolChange } from '../helpers/differences.js';

const DECOYS: Difference[] = [
  {
    scope: 'host',
    facet: 'images',
    key: 'postgres:15',
    kind: 'changed',
    a: { id: 'sha256:aaa', digests: ['postgres@sha256:111'], architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z' },
    b: { id: 'sha256:bbb', digests: ['postgres@sha256:222'], architecture: 'amd64', os: 'linux', created: '2024-02-01T00:00:00Z' },
    detail: { fields: ['id', 'digests', 'created'] },
  },
  {
    scope: 'host',
    facet: 'images',
    key: 'redis:7-alpine',
    kind: 'changed',
    a: { id: 'sha256:ccc', digests: ['redis@sha256:333'], architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z' },
    b: { id: 'sha256:ddd', digests: ['redis@sha256:444'], architecture: 'amd64', os: 'linux', created: '2024-02-01T00:00:00Z' },
    detail: { fields: ['id', 'digests', 'created'] },
  },
  { scope: 'host', facet: 'toolchains', key: 'gh', kind: 'changed', a: '2.45.0', b: '2.46.0', detail: { direction: 'upgrade' } },
  { scope: 'host', facet: 'toolchains', key: 'ruby', kind: 'changed', a: '3.0.2', b: '3.0.6', detail: { direction: 'upgrade' } },
  { scope: 'host', facet: 'toolchains', key: 'cmake', kind: 'changed', a: '3.27.1', b: '3.27.2', detail: { direction: 'upgrade' } },
  {
    scope: 'host',
    facet: 'kernel',
    key: 'release',
    kind: 'changed',
    a: '6.5.0-1014-azure',
    b: '6.5.0-1015-azure',
    detail: { direction: 'upgrade' },
  },
  { scope: 'host', facet: 'env', key: 'GITHUB_RUN_ID', kind: 'changed', a: '7412298534', b: '7412309981', detail: { volatile: true } },
];

function first(cause: Difference, log: string, extra: Difference[] = []): Difference {
  const ranked = rankDifferences([...DECOYS, ...extra, cause], { log: parseBuildLog(log) });
  return ranked[0]!;
}

describe('ranking failures no signature names', () => {
  it('a C++ diagnostic points at the compiler that changed major, not at a cmake patch', () => {
    const log = [
      '[ 42%] Building CXX object src/CMakeFiles/core.dir/buffer.cpp.o',
      "src/buffer.h:12:5: error: 'uint8_t' does not name a type",
    ].join('\n');
    expect(first(toolChange('g++', '10.2.1', '11.1.0'), log).key).toBe('g++');
  });

  it('a short variable in assignment context is found: process.env.CI', () => {
    const cause: Difference = hostAdded('env', 'CI', 'true');
    const log = [
      '> jest --ci',
      'process.env.CI = true: treating warnings as errors because process.env.CI = true.',
      'Failed to compile.',
    ].join('\n');
    expect(first(cause, log).key).toBe('CI');
  });

  it('a version written with a v prefix names the runtime: node -v v16.13.0', () => {
    const log = ['$ node -v', 'v16.13.0', 'npm ERR! code 1', 'npm ERR! gyp ERR! stack Error: `make` failed with exit code: 2'].join('\n');
    expect(first(toolChange('node', '14.18.1', '16.13.0'), log).key).toBe('node');
  });

  it('a tool named in prose: the Go toolchain', () => {
    const log = 'build failed: this module needs a newer release of the Go toolchain (go1.21 or later)';
    expect(first(toolChange('go', '1.21.3', '1.20.7'), log).key).toBe('go');
  });

  it('exit code 137 points at memory', () => {
    const cause: Difference = { scope: 'host', facet: 'docker', key: 'mem_total', kind: 'changed', a: 8_000_000_000, b: 2_000_000_000 };
    const log = [
      '#12 [build 5/6] RUN npm run build',
      '#12 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 137',
    ].join('\n');
    expect(first(cause, log).key).toBe('mem_total');
  });

  it('a GLIBCXX version names the C++ runtime package', () => {
    const cause: Difference = {
      scope: 'host',
      facet: 'packages',
      key: 'libstdc++6',
      kind: 'changed',
      a: installed('12.3.0-1ubuntu1~22.04', 'dpkg'),
      b: installed('10.5.0-1ubuntu1~20.04', 'dpkg'),
      detail: { direction: 'downgrade' },
    };
    const log = "./app: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by ./app)";
    expect(first(cause, log).key).toBe('libstdc++6');
  });

  it('a tool named only inside a test identifier counts as touched (vim: Test_lua_blob)', () => {
    // Real lines from vim's test suite after a Lua upgrade changed its error messages.
    const log = [
      '        From test_lua.vim:',
      '        Found errors in Test_lua_blob():',
      "        command line..script runtest.vim[473]..function RunTheTest[44]..Test_lua_blob line 29: Expected 'x' but got 'y'",
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, toolChange('lua', '5.4.2', '5.4.3')], { log: parseBuildLog(log) });
    const at = (key: string) => ranked.findIndex((d) => d.key === key);
    // Above the patch bumps the log never names (ruby, cmake); a minor bump elsewhere (gh) is the family rates' call.
    expect(at('lua')).toBeLessThan(at('cmake'));
    expect(at('lua')).toBeLessThan(at('ruby'));
    expect(ranked[at('lua')]!.reasons.map((r) => r.text).join(' ')).toMatch(/uses lua/);
  });

  it("a tool's own input file names it wherever it lives; another tool's setting prefix names that tool weakly (Doxyfile, DOT_UML_DETAILS)", () => {
    // Real lines from open-quantum-safe/liboqs#1046: an older doxygen ignores tags of a newer Doxyfile.
    const log = [
      "warning: ignoring unsupported tag 'PYTHON_DOCSTRING' at line 236, file docs/.Doxyfile",
      "warning: ignoring unsupported tag 'DOT_UML_DETAILS' at line 2417, file docs/.Doxyfile",
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, toolChange('dot', '2.47.3', '2.42.2'), toolChange('doxygen', '1.9.1', '1.8.17')], {
      log: parseBuildLog(log),
    });
    expect(ranked[0]!.key).toBe('doxygen');
  });

  it("meson's required version of a library points at the -devel package that ships it (libsystemd >= 230)", () => {
    // Real lines from systemd/systemd-netlogd#22 (CentOS 7 ships systemd 219).
    const log = [
      "Native dependency libsystemd found: NO found '219' but need: '>= 230'",
      "meson.build:142:0: ERROR:  Invalid version of dependency, need 'libsystemd' ['>= 230'] found '219'.",
    ].join('\n');
    const devel: Difference = {
      scope: 'host',
      facet: 'packages',
      key: 'systemd-devel',
      kind: 'changed',
      a: installed('239-10.fc29', 'rpm'),
      b: installed('219-62.el7_6.2', 'rpm'),
      detail: { direction: 'downgrade' },
    };
    const ranked = rankDifferences([...DECOYS, toolChange('meson', '0.49.2', '0.47.2'), devel], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('systemd-devel');
  });

  it('an address inside a captured command output is named by the log (ubicloud/ubicloud#507)', () => {
    const log = [
      'ERROR: failed to solve: ruby:3.2.2-alpine3.17: failed to do request:',
      '"https://registry-1.docker.io/v2/library/ruby/manifests/3.2.2-alpine3.17":',
      'dial tcp: lookup registry-1.docker.io on 192.168.0.1:53: read udp',
      '172.17.0.2:48484->192.168.0.1:53: i/o timeout',
    ].join('\n');
    const resolver: Difference = hostChange(
      'custom',
      'grep ^nameserver /run/systemd/resolve/resolv.conf',
      'nameserver 192.168.1.1',
      'nameserver 192.168.0.1',
    );
    const ranked = rankDifferences([...DECOYS, resolver], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe(resolver.key);
    expect(ranked[0]!.reasons.map((r) => r.text).join(' ')).toMatch(/has 192\.168\.0\.1/);
  });

  it('with no signature at all, an image the log never names does not win over one it uses', () => {
    const cause: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'node:18-bullseye',
      kind: 'changed',
      a: { id: 'sha256:eee', digests: ['node@sha256:555'], architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z' },
      b: { id: 'sha256:fff', digests: ['node@sha256:666'], architecture: 'amd64', os: 'linux', created: '2024-02-01T00:00:00Z' },
      detail: { fields: ['id', 'digests', 'created'] },
    };
    const log = ['Step 1/8 : FROM node:18-bullseye', 'Step 5/8 : RUN yarn build', 'The command returned a non-zero code: 1'].join('\n');
    const ranked = rankDifferences([...DECOYS, cause], { log: parseBuildLog(log) });
    const at = (key: string) => ranked.findIndex((d) => d.key === key);
    expect(at('node:18-bullseye')).toBeLessThan(at('postgres:15'));
    expect(at('node:18-bullseye')).toBeLessThan(at('gh'));
  });

  it('an image ref matches with or without registry, library/ and tag', () => {
    const node: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'node:18',
      kind: 'changed',
      a: { id: 'sha256:1' },
      b: { id: 'sha256:2' },
    };
    const log = 'Error response from daemon: manifest for docker.io/library/node:18 not found: manifest unknown: manifest unknown';
    const top = first(node, log);
    expect(top.key).toBe('node:18');
    expect(rankDifferences([node], { log: parseBuildLog(log) })[0]!.reasons[0]!.text).toContain(
      'the log names image docker.io/library/node:18',
    );
  });

  it('the passing log removes the lines both builds printed (--good-log)', () => {
    const cause: Difference = {
      scope: 'host',
      facet: 'cpu',
      key: 'flags',
      kind: 'changed',
      a: ['sse4_2', 'avx2'],
      b: ['sse4_2'],
      detail: { onlyA: ['avx2'] },
    };
    const disk: Difference = { scope: 'host', facet: 'resources', key: 'disk_free:/', kind: 'changed', a: 40e9, b: 10e9 };
    const good = ['2024-01-01T00:00:00.0000000Z warning: No space left on device while caching (ignored)', '#7 0.345 running tests'].join(
      '\n',
    );
    const bad = [
      '2024-03-01T10:00:00.1234567Z warning: No space left on device while caching (ignored)',
      '#9 1.234 running tests',
      'Illegal instruction (core dumped)',
    ].join('\n');
    const withGood = rankDifferences([disk, cause], { log: parseBuildLog(bad), goodLog: parseBuildLog(good) });
    expect(withGood[0]!.key).toBe('flags');
    const reasons = withGood.find((d) => d.key === 'disk_free:/')!.reasons;
    expect(reasons.some((r) => r.source === 'log')).toBe(false);
  });

  const cause = (facet: string, key: string, a: Difference['a'], b: Difference['b'], detail?: Difference['detail']): Difference => ({
    scope: 'host',
    facet,
    key,
    kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
    ...(a === undefined ? {} : { a }),
    ...(b === undefined ? {} : { b }),
    ...(detail ? { detail } : {}),
  });
  it.each([
    ['uid', cause('security', 'uid', 0, 1001), "npm ERR! Error: EACCES: permission denied, mkdir '/__w/app/app/node_modules/.cache'"],
    ['umask', cause('security', 'umask', '0022', '0077'), "cp: cannot open '/build/out/lib.so' for reading: Permission denied"],
    [
      'clock',
      cause('time', 'skew_s', 0.2, -86400),
      'E: Release file for http://deb.example.net/debian/dists/bookworm-updates/InRelease is not valid yet (invalid for another 23h 59min 10s).',
    ],
    ['open files', cause('resources', 'ulimit_nofile', 65536, 1024), "Error: EMFILE: too many open files, watch '/app/src'"],
    ['memory', cause('resources', 'mem_total', 16e9, 4e9), 'c++: fatal error: Killed signal terminated program cc1plus'],
    [
      'locale',
      cause('locale', 'LANG', 'en_US.UTF-8', 'C'),
      "UnicodeEncodeError: 'ascii' codec can't encode character '\\u2713' in position 0: ordinal not in range(128)",
    ],
    [
      'node ABI',
      toolChange('node', '16.20.2', '18.19.0'),
      'was compiled against a different Node.js version using NODE_MODULE_VERSION 93.',
    ],
    ['JDK', toolChange('java', '17.0.9', '11.0.21'), '    class file has wrong version 61.0, should be 55.0'],
    ['Python minor', toolChange('python3', '3.11.7', '3.12.1'), "ModuleNotFoundError: No module named 'distutils'"],
    [
      'inotify',
      cause('sysctl', 'fs.inotify.max_user_watches', 524288, 8192),
      "Error: ENOSPC: System limit for number of file watchers reached, watch '/app/src'",
    ],
    [
      'time zone',
      cause('time', 'timezone', 'Etc/UTC', 'Europe/Berlin'),
      'Expected: "2024-03-01T00:00:00.000Z" Received: "2024-02-29T23:00:00.000Z"',
    ],
    [
      'C compiler',
      toolChange('gcc', '10.2.1', '13.2.0'),
      "src/util.c:42:5: error: implicit declaration of function 'strlcpy' [-Wimplicit-function-declaration]",
    ],
  ] as const)('%s: ranks the cause first', (_name, d, log) => {
    const top = first(d as Difference, log);
    expect(`${top.facet}/${top.key}`).toBe(`${d.facet}/${d.key}`);
  });
});

/** A package as its manager (dpkg unless told) reports it. */
function pkg(key: string, a: string | null, b: string | null, manager = 'dpkg'): Difference {
  const value = (v: string) => ({ version: v, status: manager === 'dpkg' ? 'install ok installed' : 'installed', manager });
  if (a === null) return { scope: 'host', facet: 'packages', key, kind: 'added', b: value(b!) };
  if (b === null) return { scope: 'host', facet: 'packages', key, kind: 'removed', a: value(a) };
  return { scope: 'host', facet: 'packages', key, kind: 'changed', a: value(a), b: value(b) };
}

describe('what the failing program and its output show', () => {
  it("a runtime's own stack frames (node:internal/…) say where an error passed, not that the runtime failed (lynx-family/lynx-stack#1730)", () => {
    const log = [
      'rust wasm file schema version: 0.2.101',
      'this binary schema version: 0.2.100',
      '',
      'Error: Command failed: wasm-bindgen --out-dir dist --target bundler --out-name standard ',
      '../../../target/wasm32-unkno wn-unknown/release/web_style_transformer.wasm at genericNodeError ',
      '(node:internal/errors:985:15) at wrappedFn (node:internal/errors:539:14) at checkExecSyncError ',
    ].join('\n');
    const downgrade = (key: string, a: string, b: string): Difference => ({ ...toolChange(key, a, b), detail: { direction: 'downgrade' } });
    const node = downgrade('node', '22.19.0', '22.18.0');
    expect(first(downgrade('wasm-bindgen', '0.2.101', '0.2.100'), log, [node]).key).toBe('wasm-bindgen');
  });

  it("a compiler's new error under a packaging revision of the same release points at the distribution's build flags (chu11/freeipmi-mirror#71)", () => {
    const log = [
      `/bin/bash ../libtool  --tag=CC   --mode=compile gcc -DHAVE_CONFIG_H -I. -I../config  -I../common/debugutil -I../common/miscutil -I../common/portability -I../libfreeipmi/include -I../libfreeipmi/include -I../libfreeipmi -DIPMI_IPCKEY=\\"/var/lib/freeipmi/ipckey\\" -DIPMI_DEBUG_IPCKEY=\\"../libfreeipmi/driver/ipmi-semaphores.h\\" -D_REENTRANT -Wdate-time -D_FORTIFY_SOURCE=2  -g -O2 -Werror=implicit-function-declaration -ffile-prefix-map=/<<PKGBUILDDIR>>=. -fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security -fcf-protection -c -o spec/libfreeipmi_la-ipmi-entity-ids-spec.lo \`test -f 'spec/ipmi-entity-ids-spec.c' || echo './'\`spec/ipmi-entity-ids-spec.c`,
      'sel/ipmi-sel-string-supermicro-x10dimm-common.c: In function ‘sel_string_output_supermicro_x10dimm_event_data2_event_data3’:',
      'sel/ipmi-sel-string-supermicro-x10dimm-common.c:87:14: error: implicit declaration of function ‘sel_string_output_supermicro_dimm_e',
    ].join('\n');
    const gcc = toolChange('gcc', '13.2.0-16', '13.2.0-19');
    expect(first(pkg('dpkg-dev', '1.22.5', '1.22.6'), log, [gcc]).key).toBe('dpkg-dev');
    // Across the compiler's own major release, the compiler stays first.
    expect(first(pkg('dpkg-dev', '1.22.5', '1.22.6'), log, [toolChange('gcc', '13.2.0-16', '14.1.0-1')]).key).toBe('gcc');
  });

  it.each([
    ['zeutro/openabe#24', "zparser.yy:42.9-24: error: %define variable 'api.parser.class' is not used"],
    ['YosysHQ/yosys#536', "frontends/verilog/verilog_parser.y:142.9-19: error: %define variable 'parse.error' is not used"],
    ['mhulden/foma#55', 'regex.y:194.36-76: syntax error, unexpected {...}'],
    [
      'facebook/fbthrift#491',
      'parse/thrifty.yy:65:13: error: ‘struct apache::thrift::compiler::yy::parser::symbol_type’ has no member named ‘token’',
    ],
  ])('an error at a position in a grammar file names bison, not the OS release that moved it (%s)', (_source, line) => {
    const log = ['[ 12%] Building frontends/verilog/verilog_parser.tab.cc', line, 'make: *** [all] Error 2'].join('\n');
    const os: Difference = hostChange('os', 'version_id', '20.04', '18.04');
    const gcc: Difference = { ...toolChange('gcc', '9.4.0', '7.5.0'), detail: { direction: 'downgrade' as const } };
    expect(first(pkg('bison', '2:3.5.1+dfsg-1', '2:3.0.4.dfsg-1build1'), log, [os, gcc]).key).toBe('bison');
  });

  it.each([
    ['tianon/docker-brew-debian#67', 'tar (child): xz: Cannot exec: No such file or directory'],
    ['luizm/action-sh-checker#33', '  tar (grandchild): xz: Cannot exec: No such file or directory'],
  ])('the decompressor tar could not run is the package B lacks, not tar (%s)', (_source, line) => {
    const log = [
      line,
      'tar (child): Error is not recoverable: exiting now',
      'tar: Child returned status 2',
      'tar: Error is not recoverable: exiting now',
    ].join('\n');
    expect(first(pkg('xz-utils', '5.2.5-2.1', null), log, [pkg('tar', '1.34+dfsg-1', '1.34+dfsg-1.2')]).key).toBe('xz-utils');
  });

  it("Maven's plugin coordinates (org.apache.maven.plugins) name a namespace, not a Maven that changed (apache/shenyu#1872)", () => {
    const log = [
      '$ ./mvnw compile',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.7.0:compile (default-compile) on project shenyu-common: Fatal error compiling: java.lang.IllegalAccessError: class lombok.javac.apt.LombokProcessor',
    ].join('\n');
    const java: Difference = { ...toolChange('java', '11.0.12', '16.0.2'), detail: { direction: 'upgrade' } };
    const ranked = rankDifferences([...DECOYS, toolChange('maven', '3.6.3', '3.8.1'), java], { log: parseBuildLog(log) });
    const maven = ranked.find((r) => r.key === 'maven')!;
    expect(maven.reasons.some((r) => r.text.startsWith('an error line names maven:'))).toBe(false);
    expect(ranked[0]!.key).toBe('java');
  });

  it.each([
    ['pyTooling/Actions#81', '2024-05-23T09:16:11.8207988Z error: externally-managed-environment'],
    ['Exiv2/exiv2#3056', 'error: externally-managed-environment'],
  ])("a probe of PEP 668's marker file is the fact pip's refusal is about, above the OS release that ships it (%s)", (_source, line) => {
    const marker: Difference = hostChange(
      'custom',
      'ls /usr/lib/python3*/EXTERNALLY-MANAGED',
      "ls: cannot access '/usr/lib/python3*/EXTERNALLY-MANAGED': No such file or directory",
      '/usr/lib/python3.12/EXTERNALLY-MANAGED',
    );
    const os: Difference = hostChange('os', 'version_id', '22.04', '24.04');
    expect(
      first(marker, [line, '× This environment is externally managed'].join('\n'), [os, toolChange('python3', '3.10.12', '3.12.3')]).key,
    ).toBe(marker.key);
  });

  it("a library's symbol declared otherwise by B's headers names the library, by its stem (nullptrlabs/pgmodeler#1824)", () => {
    const log =
      "src/xmlparser.cpp:182:42: error: invalid conversion from 'const xmlError*' {aka 'const _xmlError*'} to 'xmlError*' {aka '_xmlError*'} [-fpermissive]";
    const gcc = pkg('gcc', '13.2.1-3', '13.2.1-5', 'pacman');
    expect(
      first(pkg('libxml2', '2.11.5-1', '2.12.0-1', 'pacman'), log, [gcc, pkg('qt5-base', '5.15.10-1', '5.15.11-1', 'pacman')]).key,
    ).toBe('libxml2');
  });

  it("a type B's client library no longer declares names its -dev package above its siblings (perl5-dbi/DBD-mysql#149)", () => {
    const log = [
      'dbdimp.c:1749:11: error: unknown type name ‘my_bool’',
      'dbdimp.c:1754:31: error: ‘MYSQL_SECURE_AUTH’ undeclared (first use in this function)',
    ].join('\n');
    const common = pkg('mysql-common', '5.7.19-1ubuntu14.04', '8.0.3-rc-1ubuntu14.04');
    expect(first(pkg('libmysqlclient-dev', '5.7.19-1ubuntu14.04', '8.0.3-rc-1ubuntu14.04'), log, [common]).key).toBe('libmysqlclient-dev');
  });

  it.each([
    ['kubernetes/kubernetes#104303', 'F0811 13:31:01.771818       1 server.go:488] failed complete: too many open files'],
    ['cilium/cilium#35542', "Error: EMFILE: too many open files, watch '/'"],
  ])('an open-file limit B raised is not the one a process ran into; the inotify cap B lowered may be (%s)', (_source, line) => {
    const num = (facet: string, key: string, a: number, b: number): Difference => ({ scope: 'host', facet, key, kind: 'changed', a, b });
    const ranked = rankDifferences(
      [...DECOYS, num('resources', 'ulimit_nofile', 1024, 1048576), num('sysctl', 'fs.inotify.max_user_instances', 512, 128)],
      { log: parseBuildLog(line) },
    );
    expect(ranked[0]!.key).toBe('fs.inotify.max_user_instances');
    expect(ranked.find((r) => r.key === 'ulimit_nofile')!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it.each([
    [
      'apache/casbin-pycasbin#192',
      ['long_description = fh.read()', "UnicodeDecodeError: 'charmap' codec can't decode byte 0x8f in position 12735: character maps to"],
      'cp1252',
    ],
    [
      'klen/pylama#93',
      [
        "long_description=_read('README.rst'),",
        "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc2 in position 148: ordinal not in range(128)",
      ],
      'ANSI_X3.4-1968',
    ],
  ] as const)(
    "a file read that cannot decode points at the locale's charmap, not at PYTHONIOENCODING, which only sets stdio's (%s)",
    (_source, lines, charmap) => {
      const locale: Difference = hostChange('locale', 'charmap', 'UTF-8', charmap);
      const io: Difference = { scope: 'host', facet: 'env', key: 'PYTHONIOENCODING', kind: 'removed', a: 'utf-8' };
      expect(first(locale, lines.join('\n'), [io]).key).toBe('charmap');
    },
  );

  it("B's HOME named whole on an error line, trailing slash and all, points at HOME though its words are common (anoma/juvix#1490)", () => {
    const log = [
      "Run stack install --system-ghc --ghc-options='-split-sections -optl-static'",
      "Preventing creation of stack root '/github/home/.stack/'. Parent directory '/github/home/' is owned by someone else.",
      'Error: Process completed with exit code 1.',
    ].join('\n');
    const home: Difference = { scope: 'container:build', facet: 'env', key: 'HOME', kind: 'changed', a: '/home/runner', b: '/github/home' };
    const uid: Difference = { scope: 'container:build', facet: 'security', key: 'uid', kind: 'changed', a: 1001, b: 0 };
    const ranked = rankDifferences([...DECOYS, uid, home], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('HOME');
  });

  it('a SIGILL after B starts building for its own CPU points at the flags that ask for it (sstadick/hck#25)', () => {
    const log = [
      'error: failed to run custom build command for `libc v0.2.98`',
      '',
      'Caused by:',
      "  process didn't exit successfully: `/tmp/cargo-installMEiNJj/release/build/libc-d4f829098caa5901/build-script-build` (signal: 4, SIGILL: illegal instruction)",
    ].join('\n');
    const flags: Difference = hostAdded('env', 'RUSTFLAGS', '-C target-cpu=native');
    const backtrace: Difference = hostAdded('env', 'RUST_BACKTRACE', '1');
    expect(first(flags, log, [backtrace]).key).toBe('RUSTFLAGS');
  });

  it("a git:// fetch that times out points at the insteadOf rewrite only A's git had (lamassu/lamassu-server#53)", () => {
    const log = [
      'npm ERR! git fetch -a origin (git://github.com/maraoz/browserify-buffertools.git) fatal: unable to connect to github.com:',
      'npm ERR! git fetch -a origin (git://github.com/maraoz/browserify-buffertools.git) github.com[0: 192.30.252.128]: errno=Connection timed out',
    ].join('\n');
    const rewrite: Difference = { scope: 'host', facet: 'git', key: 'url.https://.insteadof', kind: 'removed', a: 'git://' };
    const npm: Difference = { ...toolChange('npm', '1.4.28', '1.4.14'), detail: { direction: 'downgrade' as const } };
    expect(first(rewrite, log, [npm]).key).toBe('url.https://.insteadof');
  });

  it.each([
    [
      'markhobson/docker-maven-chrome#6',
      "cp: cannot create regular file '/root/.m2/settings.xml': No such file or directory",
      'test -d /root/.m2 && echo present',
      'present',
      '',
    ],
    ['sifive/freedom-tools#3', '/bin/sh: 1: ./configure: not found', 'readlink -f /bin/sh', '/usr/bin/bash', '/usr/bin/dash'],
  ])('a captured check of a path an error line names is about the failure (%s)', (_source, line, key, a, b) => {
    const probe: Difference = { scope: 'host', facet: 'custom', key, kind: 'changed', a, b };
    const os: Difference = hostChange('os', 'version_id', '22.04', '24.04');
    expect(first(probe, line, [os, toolChange('maven', '3.5.2', '3.5.3')]).key).toBe(key);
  });

  it("a qemu handler for A's own architecture follows from B's other machine, which explains the emulated binary's failure (mingchen/docker-android-build-box#95)", () => {
    const log =
      "AAPT2 aapt2-7.0.3-7396180-linux Daemon #0: Unexpected error output: qemu-x86_64: Could not open '/lib64/ld-linux-x86-64.so.2': No such file or directory";
    const machine: Difference = hostChange('kernel', 'machine', 'x86_64', 'aarch64');
    const handler: Difference = {
      scope: 'host',
      facet: 'binfmt',
      key: 'qemu-x86_64',
      kind: 'added',
      b: { enabled: true, interpreter: '/usr/bin/qemu-x86_64', flags: 'POCF' },
    };
    const ranked = rankDifferences([...DECOYS, handler, machine], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('machine');
    expect(
      ranked.find((r) => r.key === 'qemu-x86_64')!.reasons.some((r) => r.text.includes('because its own machine is another one')),
    ).toBe(true);
  });

  it('a package source B reached at an address A had too is not the cause; the network under the build is (vocdoni/vocdoni-node#425)', () => {
    const log = 'Could not connect to debmirror.example.net:80 (199.232.150.132), connection timed out';
    const source = (addresses: string[]) => ({
      host: 'debmirror.example.net',
      addresses,
      source: '/etc/apt/sources.list.d/debian.sources',
    });
    const mirror: Difference = {
      scope: 'host',
      facet: 'mirrors',
      key: 'http://debmirror.example.net/debian',
      kind: 'changed',
      a: source(['199.232.150.132']),
      b: source(['199.232.150.132', '2a04:4e42:8e::644']),
    };
    const mtu: Difference = { scope: 'host', facet: 'docker', key: 'mtu', kind: 'changed', a: 1400, b: 1500 };
    expect(first(mtu, log, [mirror]).key).toBe('mtu');
  });

  it('a missing build program is the cause of the compiler lines CMake prints after it (facebookarchive/xcbuild#259)', () => {
    const log = [
      'cmake -Bbuild -H. -G Ninja -DCMAKE_INSTALL_PREFIX= ',
      'CMake Error: CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
      'CMake Error: Error required internal CMake variable not set, cmake may be not be built correctly.',
      'Missing variable is:',
      'CMAKE_C_COMPILER',
      'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage',
      '-- Configuring incomplete, errors occurred!',
    ].join('\n');
    const gcc: Difference = { ...toolChange('gcc', '8.3.0', '7.4.0'), detail: { direction: 'downgrade' as const } };
    expect(first(pkg('ninja-build', '1.8.2-1', null), log, [gcc]).key).toBe('ninja-build');
  });

  it.each([
    ['BZFlag-Dev/bzflag#309', 'error: line 26: Unknown tag: copyright:\tCopyright (c) 1993-2021 Tim Riker'],
    ['libconfuse/libconfuse#71', 'error: line 32: Unknown tag: Copyright:         ISC'],
  ])("rpmbuild's spec error names rpm-build, not the OS release that moved it (%s)", (_source, line) => {
    const log = ['rpmbuild -tb confuse-3.0.tar.gz', line].join('\n');
    const os: Difference = hostChange('os', 'version_id', '34', '35');
    expect(first(pkg('rpm-build', '4.16.1.3-1.fc34', '4.17.0-4.fc35', 'rpm'), log, [os]).key).toBe('rpm-build');
  });

  it.each([
    ['pothosware/SoapySDR#306', '/home/user/src/SoapySDR/build/python/SoapySDR.i:38: Error: Syntax error in input(1).'],
    ['ravidavi/OpenFrames#6', '/OpenFrames/include/OpenFrames/FrameTransform.hpp:37: Error: Syntax error in input(1).'],
  ])("SWIG's syntax error names SWIG, not the OS release that moved it (%s)", (_source, line) => {
    const log = [line, 'make[2]: *** [swig/CMakeFiles/_PyOF.dir/PyOFPYTHON_wrap.cxx] Error 1'].join('\n');
    const os: Difference = hostChange('os', 'version_id', '37', '38');
    expect(first(pkg('swig', '4.0.2-17.fc37', '4.1.0-1.fc38', 'rpm'), log, [os]).key).toBe('swig');
  });

  it('a program an error line runs by path names the package that ships it (debian/trixie sqv, a new verifier)', () => {
    const log = [
      'Err:4 https://llvm-apt.example.net/trixie llvm-toolchain-trixie-21 InRelease',
      '  Sub-process /usr/bin/sqv returned an error code (1), error message is: Signing key on 6084F3CF814B57C1CF12EFD515CF4D18AF4F7421 is not bound',
    ].join('\n');
    const os: Difference = hostChange('os', 'version_id', '12', '13');
    expect(first(pkg('sqv', null, '1.3.0-3'), log, [os, pkg('gpgv', '2.2.40-1.1', '2.4.7-21+b3')]).key).toBe('sqv');
  });

  it('a program rejecting an option points at its own version, not the compiler that also moved (markh794/mhvtl#151)', () => {
    const log = [
      '(cd kernel; tar --sort=name --mtime=@1 --format=gnu -czf ../mhvtl_kernel.tgz *)',
      "tar: unrecognized option '--sort=name'",
      'make: *** [install] Error 64',
    ].join('\n');
    expect(first(pkg('tar', '2:1.30-9.el8', '2:1.26-35.el7'), log, [toolChange('gcc', '8.5.0', '4.8.5')]).key).toBe('tar');
  });

  it("a shell builtin's rejection is its shell's (Chocobozzz/PeerTube#3859: declare -A on bash 3.2)", () => {
    const log = [
      '/Users/dev/PeerTube/scripts/build/client.sh: line 5: declare: -A: invalid option',
      'declare: usage: declare [-afFirtx] [-p] [name[=value] ...]',
      'npm ERR! command failed',
    ].join('\n');
    const bash: Difference = { ...toolChange('bash', '5.1.4', '3.2.57'), detail: { direction: 'downgrade' as const } };
    expect(first(bash, log, [toolChange('node', '14.15.0', '14.16.0')]).key).toBe('bash');
  });

  it('an RSpec "to include" whose epoch seconds differ by whole hours is a time zone (rubyforgood/casa#1065)', () => {
    const log = [
      '    Failure/Error:',
      `       expected "attachment; filename=\\"case-contacts-report-1577854800.csv\\"; filename*=UTF-8''case-contacts-report-1577854800.csv" to include "attachment; filename=\\"case-contacts-report-1577836800.csv"`,
    ].join('\n');
    const tz: Difference = hostChange('time', 'timezone', 'Etc/UTC', 'America/New_York');
    const lang: Difference = hostChange('locale', 'LANG', 'C.UTF-8', 'en_US.UTF-8');
    expect(first(tz, log, [lang]).key).toBe('timezone');
  });

  it('a library the log names by its base name wins over one it does not name (prisma/orm#25817)', () => {
    const moved = (key: string): Difference => ({
      scope: 'host',
      facet: 'libraries',
      key,
      kind: 'changed',
      a: [`/lib/${key}`, `/usr/lib/${key}`],
      b: [`/usr/lib/${key}`],
    });
    const log = 'prisma:warn Prisma failed to detect the libssl/openssl version to use, and may not work as expected.';
    expect(first(moved('libssl.so.3'), log, [moved('libcrypto.so.3')]).key).toBe('libssl.so.3');
  });

  it('a step run as a chosen user (docker run --user) points at the uid that differs (lambci/docker-lambda#155)', () => {
    const log = [
      '$ docker run --rm  -ti --user ec2-user lambci/lambda:build-ruby2.5 bundle -v',
      "/var/lang/lib/ruby/2.5.0/rubygems/core_ext/kernel_require.rb:135:in `require': cannot load such file -- bundler (LoadError)",
    ].join('\n');
    const uid: Difference = { scope: 'host', facet: 'security', key: 'uid', kind: 'changed', a: 0, b: 500 };
    expect(first(uid, log, [toolChange('bundler', '1.17.3', '2.0.1')]).key).toBe('uid');
  });

  it("a variable's version named by a wrapped error message (facebookresearch/pytorch3d#68: MACOSX_DEPLOYMENT_TARGET)", () => {
    const log = [
      "    /Users/dev/envs/p37/lib/python3.7/site-packages/torch/include/pybind11/cast.h:579:34: error: aligned allocation function of type 'void *",
      "(std::size_t, std::align_val_t)' **is only available on macOS 10.14 or newer**",
    ].join('\n');
    const target: Difference = hostChange('env', 'MACOSX_DEPLOYMENT_TARGET', '10.14', '10.9');
    const clang: Difference = { ...toolChange('clang', '11.0.0', '11.0.3') };
    expect(first(target, log, [clang]).key).toBe('MACOSX_DEPLOYMENT_TARGET');
  });

  it("a library's function the compiler cannot find points at the library, not at the compiler's patch (brianmario/mysql2#1346)", () => {
    const log = [
      "client.c:1438:3: error: call to undeclared function 'mysql_ssl_set'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
      "/opt/homebrew/opt/mysql-client/include/mysql/mysql.h:797:14: note: 'mysql_close' declared here",
    ].join('\n');
    const client = pkg('mysql-client', '8.2.0', '8.3.0', 'brew');
    expect(first(client, log, [toolChange('clang', '15.0.0', '15.0.0.1')]).key).toBe('mysql-client');
  });

  it("a library's function GCC only warns about still names the library the build fails on (nmeum/depp#1: libgit2)", () => {
    const log = [
      "wrapper.c:107:25: warning: implicit declaration of function 'git_error_set_str'; did you mean 'giterr_set_str'? [-Wimplicit-function-declaration]",
      'remote.go:986:27: cannot use cbool(opts.UpdateFetchhead) (value of type _Ctype_int) as _Ctype_uint value in assignment',
    ].join('\n');
    const libgit2 = pkg('libgit2-dev', '1.7.2-r0', '1.8.1-r0', 'apk');
    const os: Difference = hostChange('os', 'version_id', '3.20.0', '3.21_alpha20240606');
    expect(first(libgit2, log, [os, pkg('gcc', '13.2.1_git20240309-r0', '14.1.0-r0', 'apk')]).key).toBe('libgit2-dev');
  });

  it("a directory the build still looks in under A's prefix names the prefix B moved (tldr-pages/tldr-c-client#80)", () => {
    const log = [
      "ld: warning: directory not found for option '-L/usr/local/opt/curl/lib'",
      'ld: library not found for -lcurl',
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    const prefix: Difference = hostChange('custom', 'brew --prefix', '/usr/local', '/opt/homebrew');
    expect(first(prefix, log, [toolChange('clang', '13.0.0', '13.1.6')]).key).toBe('brew --prefix');
    // Not a directory that merely shares the prefix's text.
    const other: Difference = { ...prefix, a: '/usr/loc', b: '/opt/homebrew' };
    expect(first(other, log, [toolChange('clang', '13.0.0', '13.1.6')]).key).toBe('clang');
  });

  it('a host the JVM cannot resolve is a proxy B added and Java ignores, or a name server B lacks (broadinstitute/picard#641, NixOS/nixpkgs#165794)', () => {
    const log = [
      'Downloading` https://services.gradle.org/distributions/gradle-2.13-bin.zip',
      '',
      'Exception in thread "main" java.net.UnknownHostException: services.gradle.org',
      '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:184)',
    ].join('\n');
    const proxy = hostAdded('mirrors', 'proxy.https', 'http://proxy.example.corp:8080');
    const search = hostChange('dns', 'search', ['home'], ['corp.example.org']);
    expect(first(proxy, log, [search, toolChange('java', '1.8.0_101', '1.8.0_102')]).key).toBe('proxy.https');
    const sandbox = [
      'Downloading native dependencies (LLVM, sysroot etc). This is a one-time action performed only on the first run of the compiler.',
      'Cannot download a dependency: java.net.UnknownHostException: download.jetbrains.com',
    ].join('\n');
    const nameservers: Difference = { scope: 'host', facet: 'dns', key: 'nameservers', kind: 'removed', a: ['192.168.178.1'] };
    expect(first(nameservers, sandbox, [hostChange('security', 'uid', 1000, 30001)]).key).toBe('nameservers');
  });

  it("a function Erlang/OTP's crypto removed names Erlang/OTP, not the Elixir running on it (hexpm/pbcs#19)", () => {
    const log = [
      '  1) test python passlib pbkdf2_sha512 (PBCSTest)',
      '     test/pbcs_test.exs:87',
      '     ** (UndefinedFunctionError) function :crypto.hmac/3 is undefined or private, use crypto:mac/4 instead',
      '     code: |> check_vectors(19_000, 64, :sha512)',
      '     stacktrace:',
      '       (crypto 5.0) :crypto.hmac(:sha512, "", "")',
      '       (pbcs 0.1.2) lib/pbcs/pkcs5.ex:7: PBCS.PKCS5.pbkdf2/5',
      '       test/pbcs_test.exs:13: anonymous fn/4 in PBCSTest.check_vectors/4',
      '       (elixir 1.12.0-rc.1) lib/enum.ex:930: Enum."-each/2-lists^foreach/1-0-"/2',
    ].join('\n');
    const elixir = toolChange('elixir', '1.11.4', '1.12.0-rc.1');
    expect(first(toolChange('erlang', '23.3.1', '24.0-rc3'), log, [elixir]).key).toBe('erlang');
  });

  it('an x86-64 program Apple silicon cannot run names Rosetta 2 when B lacks it (esp8266/Arduino#8725, electron-userland/electron-builder#5816)', () => {
    const rosetta = pkg('com.apple.pkg.RosettaUpdateAuto', '13.0.1', null, 'pkgutil');
    const arduino = toolChange('arduino-cli', '0.28.0', '0.29.0');
    const bad =
      'Error during build: fork/exec /Users/alessio/Library/Arduino15/packages/esp8266/tools/xtensa-lx106-elf-gcc/3.0.4-gcc10.3-1757bed/bin/xtensa-lx106-elf-g++: bad CPU type in executable';
    expect(first(rosetta, bad, [arduino, hostChange('cpu', 'model', 'Apple M1 Pro', 'Apple M2')]).key).toBe(rosetta.key);
    const spawn =
      '  ⨯ Cannot spawn /Users/linus/coding/dbgate/app/node_modules/app-builder-bin/mac/app-builder: Error: spawn Unknown system error -86';
    expect(first(rosetta, spawn, [toolChange('node', '15.14.0', '16.0.0'), hostChange('kernel', 'release', '20.3.0', '20.4.0')]).key).toBe(
      rosetta.key,
    );
  });

  it('ExecJS finding no JavaScript runtime names the Node.js B lacks, or a daemon that cannot start it (joshlarsen/jekyll4-deploy-gh-pages#3, klausmeyer/docker-registry-browser#447)', () => {
    const log = [
      'Building Jekyll site...',
      'bundler: failed to load command: jekyll (/github/workspace/vendor/bundle/ruby/2.6.0/bin/jekyll)',
      'ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes.',
      "  /github/workspace/vendor/bundle/ruby/2.6.0/gems/execjs-2.7.0/lib/execjs/runtimes.rb:58:in `autodetect'",
    ].join('\n');
    const node: Difference = { scope: 'image:jekyll', facet: 'toolchains', key: 'node', kind: 'removed', a: '12.16.2' };
    const env: Difference = { scope: 'image:jekyll', facet: 'env', key: 'JEKYLL_ENV', kind: 'added', b: 'production' };
    expect(first(node, log, [env, toolChange('ruby', '2.6.3', '2.6.5')]).key).toBe('node');
    // With node on both, a daemon whose seccomp profile refuses it to start (klausmeyer/docker-registry-browser#447).
    const refused = [
      'Puma starting in single mode...',
      '* Puma version: 5.5.2 (ruby 3.0.2-p107) ("Zawgyi")',
      '! Unable to load application: ExecJS::RuntimeUnavailable: Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes.',
      "/usr/local/bundle/gems/execjs-2.7.0/lib/execjs/runtimes.rb:58:in `autodetect': Could not find a JavaScript runtime. See https://github.com/rails/execjs for a list of available runtimes. (ExecJS::RuntimeUnavailable)",
      "\tfrom /usr/local/bundle/gems/execjs-2.7.0/lib/execjs.rb:5:in `<module:ExecJS>'",
    ].join('\n');
    const daemon: Difference = {
      ...hostChange('docker', 'server_version', '20.10.10', '19.03.12'),
      detail: { direction: 'downgrade' as const },
    };
    const kernel = hostChange('kernel', 'release', '4.19.0-17-amd64', '4.19.0-18-amd64');
    const containerd: Difference = {
      ...hostChange('docker', 'containerd_version', '1.4.11', '1.2.2'),
      detail: { direction: 'downgrade' as const },
    };
    const api: Difference = { ...hostChange('docker', 'api_version', '1.41', '1.40'), detail: { direction: 'downgrade' as const } };
    expect(first(daemon, refused, [kernel, containerd, api, toolChange('ruby', '3.0.2', '3.0.3')]).key).toBe('server_version');
  });

  it('a package only B has, picked up by the build at its very version, is a suspect before a tool that merely changed (mikke89/RmlUi#964)', () => {
    const log = [
      '-- Found SDL3::SDL3 v3.4.10',
      '-- Using RmlUi backend SDL_SDLrenderer for samples',
      'CMake Error: SDL3_image could not be found.',
    ].join('\n');
    const sdl3 = pkg('sdl3', null, '3.4.10', 'brew');
    const cmake = toolChange('cmake', '3.31.6', '4.0.3');
    expect(first(sdl3, log, [cmake, pkg('sdl2_image', '2.8.8', '2.8.10', 'brew')]).key).toBe('sdl3');
  });

  it("a plugin's version banner (protoc-gen-go v1.28.1) is not Go's version (golang/protobuf#1595)", () => {
    const log = [
      'protos/test.proto: This file contains proto3 optional fields, but --experimental_allow_proto3_optional was not set.',
      '$ protoc --version',
      'libprotoc 3.12.4',
      '$ protoc-gen-go --version',
      'protoc-gen-go v1.28.1',
    ].join('\n');
    const protoc: Difference = { ...toolChange('protoc', '25.3', '3.12.4'), detail: { direction: 'downgrade' as const } };
    expect(first(protoc, log, [toolChange('go', '1.22.0', '1.22.1')]).key).toBe('protoc');
  });

  it("kubectl's GoVersion names the Go that built kubectl, not the machine's Go (kubernetes-sigs/kustomize#3896)", () => {
    const log = [
      'kubectl version',
      'Client Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.1-5-g76a04fc", GitCommit:"c8d1f56fb3e20d7ee2b4e0280425ef95a013e9ee", GitTreeState:"clean", BuildDate:"2021-03-20T23:43:28Z", GoVersion:"go1.15.7", Compiler:"gc", Platform:"linux/amd64"}',
      'kubectl apply -k /tmp/tmp.fRhMynmO20/base',
      'error: json: unknown field "metadata"',
    ].join('\n');
    const kubectl: Difference = { ...toolChange('kubectl', '1.21.0', '1.20.1'), detail: { direction: 'downgrade' as const } };
    const go: Difference = { ...toolChange('go', '1.16.3', '1.15.7'), detail: { direction: 'downgrade' as const } };
    expect(first(kubectl, log, [go]).key).toBe('kubectl');
  });

  it('a program run from a directory only B puts on PATH is what PATH chose (abizovnuralem/go2_omniverse#28)', () => {
    const log = [
      "ModuleNotFoundError: No module named 'catkin_pkg'",
      'CMake Error at /opt/ros/humble/share/ament_cmake_core/cmake/core/ament_package_xml.cmake:95 (message):',
      '  execute_process(/home/shaoshu/anaconda3/bin/python3',
      '  /opt/ros/humble/share/ament_cmake_core/cmake/core/package_xml_2_cmake.py',
      '  returned error code 1',
    ].join('\n');
    const path = hostChange(
      'env',
      'PATH',
      '/opt/ros/humble/bin:/usr/local/bin:/usr/bin:/bin',
      '/home/shaoshu/anaconda3/bin:/home/shaoshu/anaconda3/condabin:/opt/ros/humble/bin:/usr/local/bin:/usr/bin:/bin',
    );
    const catkin = pkg('python3-catkin-pkg-modules', '0.5.2-1', '1.0.0-100');
    expect(first(path, log, [catkin]).key).toBe('PATH');
    // A directory both PATHs list chose nothing new.
    const same = hostChange('env', 'PATH', '/home/shaoshu/anaconda3/bin:/usr/bin', '/home/shaoshu/anaconda3/bin:/usr/bin:/snap/bin');
    expect(first(same, log, [catkin]).key).toBe('python3-catkin-pkg-modules');
  });

  it('a clock half a second off fails a cluster that compares clocks, not a certificate check (cockroachdb/cockroach#44405)', () => {
    const skew = (b: number): Difference => ({ ...hostChange('time', 'skew_s', 0.003, b), detail: { volatile: true } });
    const tz = hostChange('time', 'timezone', 'Etc/UTC', 'America/Los_Angeles');
    const cluster =
      'F200127 17:11:14.219768 189 server/server.go:268  [n3] clock synchronization error: this node is more than 500ms away from at least half of the known nodes (1 of 2 are within the offset)';
    expect(first(skew(0.71), cluster, [tz]).key).toBe('skew_s');
    // A certificate is valid for days: two seconds cannot expire one (oban-bg/oban#564).
    const expired =
      '16:40:42.579 [info]  TLS :client: In state :certify at ssl_handshake.erl:1882 generated CLIENT ALERT: Fatal - Certificate Expired';
    const erlang: Difference = { ...toolChange('erlang', '24.1.2', '24.0.2'), detail: { direction: 'downgrade' as const } };
    expect(first(erlang, expired, [skew(2)]).key).toBe('erlang');
  });

  it('an OCI runtime that failed to create the container is the runtime tool itself, not the daemon above it (containers/crun#1400)', () => {
    const log = [
      '# docker start traefik',
      'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: bpf create `0: (61) r2 = *(u32 *)(r1 +0)',
      '1: (54) w2 &= 65535',
    ].join('\n');
    const crun = toolChange('crun', '1.13', '1.14');
    const docker = hostChange('docker', 'server_version', '24.0.7', '25.0.0');
    expect(first(crun, log, [docker, pkg('containerd.io', '1.6.26-1', '1.6.27-1')]).key).toBe('crun');
  });

  it("Puppeteer's missing Chrome is the build it downloads, not the machine's Chrome (digital-analytics-program/gov-wide-code#197)", () => {
    const log = [
      'Error: Could not find Chrome (ver. 128.0.6613.119). This can occur if either',
      '         1. you did not perform an installation before running the script (e.g. `npx puppeteer browsers install ${browserType}`) or',
      '         2. your cache path is incorrectly configured (which is: /home/runner/.cache/puppeteer).',
    ].join('\n');
    const npm = toolChange('npm', '11.6.2', '12.0.1');
    const chrome = toolChange('google-chrome', '148.0.7778.96', '149.0.7812.55');
    expect(first(npm, log, [chrome]).key).toBe('npm');
  });

  it('a variable only go reads matters on a Go build, before one nothing there reads (evanw/esbuild#63)', () => {
    const log = ['GOPATH=`pwd` go build -o esbuild esbuild/main', 'esbuild/main: cannot find package', 'make: *** [esbuild] Error 1'].join(
      '\n',
    );
    const variables = [hostAdded('env', 'EDITOR', 'vim'), hostAdded('env', 'NODE_NAME', 'agent-7')];
    const ranked = rankDifferences([...variables, hostAdded('env', 'GO111MODULE', 'on')], { log: parseBuildLog(log) });
    const owned = ranked.find((r) => r.key === 'GO111MODULE')!;
    expect(ranked.indexOf(owned)).toBe(0);
    expect(owned.reasons.map((r) => r.text)).toContain('the build uses go, which reads GO111MODULE (line 1)');
    // Jenkins' NODE_NAME names the agent, not a setting of Node.
    const agent = ranked.find((r) => r.key === 'NODE_NAME')!;
    expect(agent.reasons.some((r) => r.text.includes('which reads'))).toBe(false);
  });

  it('a read-only file system answers as the mount that is read-only, not as the user B runs as (hazelcast/charts#75)', () => {
    const log = [
      '\tCaused by: java.io.IOException: Read-only file system',
      '\t\tat java.io.UnixFileSystem.createFileExclusively(Native Method)',
      '\t\tat io.netty.util.internal.NativeLibraryLoader.load(NativeLibraryLoader.java:183)',
    ].join('\n');
    const user = hostChange('security', 'uid', 0, 65534);
    expect(first(hostChange('mounts', '/', 'overlay rw,relatime', 'overlay ro,relatime'), log, [user]).key).toBe('/');
  });

  it('Qt\'s "From 6.5.0" is not the kernel 6.5.0-35-generic (ActivityWatch/activitywatch#960)', () => {
    const log = [
      'qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.',
      'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.',
      'This application failed to start because no Qt platform plugin could be initialized.',
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '6.5.0-35-generic', '6.8.0-47-generic');
    const ranked = rankDifferences([...DECOYS, kernel], { log: parseBuildLog(log) });
    const row = ranked.find((r) => r.facet === 'kernel' && r.key === 'release' && r.a === '6.5.0-35-generic')!;
    expect(row.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it("binaryen's parse exception names wasm-opt, which clang ran because B's PATH has it (WebAssembly/wasi-sdk#485)", () => {
    const log = [
      'FAILED: tests/compile-only/wasm32-wasip2.-O0.addresses.c.wasm',
      '[parse exception: surprising value (at 0:8)]',
      'Fatal: error parsing wasm (try --debug for more info)',
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    expect(first(hostAdded('toolchains', 'wasm-opt', '118'), log, [toolChange('clang', '18.1.3', '18.1.8')]).key).toBe('wasm-opt');
  });

  it('.NET on Windows without ICU cannot find an IANA zone: icu.dll before the zone B runs in (arika0093/BlazorLocalTime#19)', () => {
    const log = [
      "Error: System.TimeZoneNotFoundException: The time zone ID 'America/Sao_Paulo' was not found on the local computer.",
      '   at System.TimeZoneInfo.FindSystemTimeZoneById(String id)',
      '   at BlazorLocalTime.BlazorLocalTimeProvider.OnAfterRenderAsync(Boolean firstRender)',
    ].join('\n');
    const icu: Difference = { scope: 'host', facet: 'libraries', key: 'icu.dll', kind: 'removed', a: ['C:\\Windows\\System32\\icu.dll'] };
    const zone = hostChange('time', 'timezone', 'E. South America Standard Time', 'UTC');
    expect(first(icu, log, [zone]).key).toBe('icu.dll');
  });

  it("a path printed with B's letters outside ASCII mangled names the variable that holds it (apache/maven#8190)", () => {
    const log = [
      'Failed to load native library:jansi-2.3.4-42a78e9e6c4110f-jansi.dll. osinfo: Windows/x86_64',
      "java.lang.UnsatisfiedLinkError: C:\\Users\\\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\\AppData\\Local\\Temp\\jansi-2.3.4-42a78e9e6c4110f-jansi.dll: Can't find dependent libraries",
      'Default locale: ru_RU, platform encoding: Cp1251',
    ].join('\n');
    const temp = hostChange(
      'env',
      'TEMP',
      'C:\\Users\\vivanov\\AppData\\Local\\Temp',
      'C:\\Users\\\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440\\AppData\\Local\\Temp',
    );
    expect(first(temp, log, [hostChange('locale', 'LANG', 'en_US', 'ru_RU')]).key).toBe('TEMP');
  });

  it("a JNI wrapper's name (libsodiumjni) shows the build uses the macOS library it wraps (VirtusLab/scala-cli#2037)", () => {
    const log = [
      'Uploading 4 GitHub repository secrets',
      "Error: java.lang.UnsatisfiedLinkError: Can't load library: /Users/alex/Library/Caches/Coursier/v1/libsodiumjni/0.0.3/libsodiumjni-0.0.3-x86_64-apple-darwin.dylib",
      '  libsodiumjni.internal.LoadLibrary.initialize(LoadLibrary.java:16)',
    ].join('\n');
    const lib: Difference = {
      scope: 'host',
      facet: 'libraries',
      key: 'libsodium.23.dylib',
      kind: 'removed',
      a: ['/usr/local/opt/libsodium/lib/libsodium.23.dylib'],
    };
    const row = rankDifferences([lib], { log: parseBuildLog(log) })[0]!;
    expect(row.reasons.map((r) => r.text)).toContain('the build uses libsodium (line 2)');
  });

  it("an error traced into glibc's own headers answers as the C library, before the compiler that printed it (git/git 0a6d290)", () => {
    const log = [
      "./git-compat-util.h:344:11: error: '_Generic' is a C11 extension [-Werror,-Wc11-extensions]",
      "/usr/include/string.h:265:3: note: expanded from macro 'strchr'",
      "/usr/include/x86_64-linux-gnu/sys/cdefs.h:838:3: note: expanded from macro '__glibc_const_generic'",
    ].join('\n');
    const libc = hostChange('libc', 'version', '2.42', '2.43');
    expect(first(libc, log, [toolChange('clang', '20.1.8', '21.1.6')]).key).toBe('version');
    // NVIDIA/cuda-samples#378: nvcc prints the header's line in parentheses, and the OS release changed too.
    const nvccLog = [
      '  /usr/include/x86_64-linux-gnu/bits/mathcalls.h(81): error: exception',
      '  specification is incompatible with that of previous function "sinpi"',
    ].join('\n');
    const glibc241 = hostChange('libc', 'version', '2.40', '2.41');
    const extra = [toolChange('nvcc', '12.8.93', '12.9.86'), hostChange('os', 'version_id', '24.10', '25.04')];
    expect(first(glibc241, nvccLog, extra).key).toBe('version');
  });

  it('a C library that changed with the OS release ranks under the release when the log names neither', () => {
    const log = ['$ ./gradlew assembleRelease', 'FAILURE: Build failed with an exception.'].join('\n');
    const release = hostChange('os', 'version_id', '20.04', '22.04');
    const ranked = rankDifferences([...DECOYS, hostChange('libc', 'version', '2.31', '2.35'), release], { log: parseBuildLog(log) });
    expect(ranked.findIndex((r) => r.facet === 'os')).toBeLessThan(ranked.findIndex((r) => r.facet === 'libc'));
  });

  it("a Windows path of B's printed with its \\t read as a tab names the variable that holds it (numpy/numpy#26107)", () => {
    const log = [
      "(py12) PS C:\\Users\\mwojc\\git\\ffnet> f2py.exe -m '_ffnet' -c 'ffnet.f'",
      'Using meson backend',
      'Program C:\tools\\miniforge3\\envs\\py12\\python.exe found: NO',
      'meson.build:11:22: ERROR: C:\tools\\miniforge3\\envs\\py12\\python.exe not found',
    ].join('\n');
    const prefix = hostChange('env', 'CONDA_PREFIX', 'C:\\Users\\mwojc\\miniforge3\\envs\\py12', 'C:\\tools\\miniforge3\\envs\\py12');
    expect(first(prefix, log, [toolChange('meson', '1.3.2', '1.4.0')]).key).toBe('CONDA_PREFIX');
  });

  it('ENOSYS under emulation answers as the machine, not a newer kernel, which has every call an older one had (supabase/cli#377)', () => {
    const log = ['> Serving supabase/functions/foo', '> Watcher Process started.', '> error: Function not implemented (os error 38)'].join(
      '\n',
    );
    const machine = hostChange('kernel', 'machine', 'x86_64', 'aarch64');
    const ranked = rankDifferences([...DECOYS, hostChange('kernel', 'release', '5.10.104-linuxkit', '5.10.124-linuxkit'), machine], {
      log: parseBuildLog(log),
    });
    expect(ranked[0]!.key).toBe('machine');
  });

  it("bash's 'USER: unbound variable' names the variable B does not set (cachix/install-nix-action#122)", () => {
    const log = [
      '/runner/_work/_actions/cachix/install-nix-action/v16/lib/install-nix.sh: line 20: USER: unbound variable',
      'Error: Command failed: /runner/_work/_actions/cachix/install-nix-action/v16/lib/install-nix.sh',
      '    at Object.<anonymous> (/runner/_work/_actions/cachix/install-nix-action/v16/lib/main.js:4:17)',
    ].join('\n');
    const user: Difference = { scope: 'host', facet: 'env', key: 'USER', kind: 'removed', a: 'runner' };
    expect(first(user, log, [toolChange('node', '16.13.2', '12.22.9')]).key).toBe('USER');
  });

  it("the loader's missing symbol names its library by prefix: LLVMBuildGEP is LLVM's (docker-library/postgres#1080)", () => {
    const log = [
      'ActiveRecord::TooManyOrTest#test_too_many_or:',
      'RuntimeError: Wrapped undumpable exception for: ActiveRecord::StatementInvalid: PG::UndefinedFile: ERROR:  could not load library "/usr/local/lib/postgresql/llvmjit.so": Error relocating /usr/local/lib/postgresql/llvmjit.so: LLVMBuildGEP: symbol not found',
    ].join('\n');
    const llvm = pkg('llvm15-libs', '15.0.7-r0', null);
    const ranked = rankDifferences([...DECOYS, pkg('busybox', '1.36.0-r0', '1.36.1-r0'), llvm], { log: parseBuildLog(log) });
    const row = ranked.find((r) => r.key === 'llvm15-libs')!;
    expect(row.reasons.some((r) => r.text.includes('uses LLVMBuildGEP, which this library declares'))).toBe(true);
  });

  it('a one-letter command the shell could not find names no tool that starts with it (swift-actions/setup-swift#705)', () => {
    const log = [
      '/opt/hostedtoolcache/swift-Ubuntu/6.0.2/arm64/usr/bin/swift: 2: G: not found',
      '/opt/hostedtoolcache/swift-Ubuntu/6.0.2/arm64/usr/bin/swift: 4: Syntax error: newline unexpected',
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, hostChange('kernel', 'machine', 'x86_64', 'aarch64')], { log: parseBuildLog(log) });
    const gh = ranked.find((r) => r.key === 'gh')!;
    expect(gh.reasons.some((r) => /\bnames g\b/.test(r.text))).toBe(false);
  });

  it('RubyGems is the tool a gem install runs, not one the build never names (ruby/rubygems#1687)', () => {
    const log = [
      'Installing byebug 9.0.5 with native extensions',
      '',
      'Errno::EACCES: Permission denied @ dir_s_mkdir - /usr/local/lib/ruby/gems/2.2.0/extensions/x86_64-linux/2.2.0-static/byebug-9.0.5',
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, toolChange('rubygems', '2.6.4', '2.7.0')], { log: parseBuildLog(log) });
    const rubygems = ranked.find((r) => r.key === 'rubygems')!;
    expect(rubygems.reasons.some((r) => /never names it/.test(r.text))).toBe(false);
    expect(ranked[0]!.key).toBe('rubygems');
  });

  it("Apple's linker refusing an option answers as ld: ld64 is the program that rejected its call (Homebrew/homebrew-core#52461)", () => {
    const log = [
      '/usr/local/opt/llvm/bin/clang-10  -isysroot `xcrun --show-sdk-path`  file.c',
      'ld: unknown option: -platform_version',
      'clang-10: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    const ld64: Difference = { ...toolChange('ld64', '530', '450.3'), detail: { direction: 'downgrade' as const } };
    expect(first(ld64, log, [toolChange('python3', '3.7.7', '3.8.2'), toolChange('cmake', '3.16.5', '3.17.0')]).key).toBe('ld64');
  });

  it("a source file's extension does not name the compiler whose version a line quotes (rr-debugger/rr#2884)", () => {
    const log = [
      '[ 52%] Building C object CMakeFiles/clone_bad_tls.dir/src/test/clone_bad_tls.c.o',
      'lto1: fatal error: bytecode stream in file ‘CMakeFiles/rr.dir/src/Dwarf.cc.o’ generated with LTO version 9.2 instead of the expected 11.0',
      'compilation terminated.',
      'lto-wrapper: fatal error: /usr/bin/c++ returned 1 exit status',
      'compilation terminated.',
      '/usr/bin/ld.bfd: error: lto-wrapper failed',
      'collect2: error: ld returned 1 exit status',
    ].join('\n');
    const clang = toolChange('clang', '11.0.0', '12.0.0');
    expect(first(toolChange('gcc', '10.3.1', '11.1.1'), log, [clang]).key).toBe('gcc');
  });

  it("a heap the JVM cannot reserve under an address-space limit names the limit, not the JVM's patch release (riboviz/riboviz#375)", () => {
    const log = [
      '$ java -Xmx3g -version',
      'Error occurred during initialization of VM',
      'Could not allocate metaspace: 1073741824 bytes # 1GB',
      '$ java -Xmx4g -version',
      'Error occurred during initialization of VM',
      'Could not reserve enough space for 4194304KB object heap',
    ].join('\n');
    const limit = hostChange('custom', 'ulimit -v', 'unlimited', '4194304');
    const java: Difference = { ...toolChange('java', '1.8.0_292', '1.8.0_272'), detail: { direction: 'downgrade' as const } };
    expect(first(limit, log, [java, hostChange('resources', 'mem_total', 17179869184, 134217728000)]).key).toBe('ulimit -v');
  });

  it('a CREATE refused in the public schema points at a database server that crossed PostgreSQL 15 (db-migrate/pg#71)', () => {
    const log = [
      'users_db_1   | 2023-01-26 17:47:59.294 UTC [76] ERROR:  permission denied for schema public at character 28',
      'turnstile_1  | [ERROR] unhandledRejection',
      'turnstile_1  | [ERROR] error: permission denied for schema public',
    ].join('\n');
    const node = toolChange('node', '18.12.1', '18.13.0');
    const score = (a: string, b: string) => {
      const server: Difference = { ...toolChange('postgres', a, b), scope: 'container:users_db' };
      const ranked = rankDifferences([...DECOYS, node, server], { log: parseBuildLog(log) });
      return ranked.find((d) => d.key === 'postgres')!.score;
    };
    expect(first({ ...toolChange('postgres', '14.6', '15.1'), scope: 'container:users_db' }, log, [node]).key).toBe('postgres');
    expect(score('14.6', '15.1')).toBeGreaterThan(0.8);
    // Within the releases that already refuse it, another minor release is a weaker suspect.
    expect(score('15.1', '15.2')).toBeLessThan(score('14.6', '15.1') - 0.05);
  });

  it('an application a runtime splits into a package of its own, missing by name, is that package (apache/couchdb#1327)', () => {
    const log = [
      `ERROR: generate failed while processing /home/1251148/apache-couchdb-2.1.1/rel: {'EXIT',{{badmatch,{error,"os_mon: Missing application directory."}},`,
      '         [{rebar_reltool,generate,2,',
      '                         [{file,"src/rebar_reltool.erl"},{line,53}]},',
    ].join('\n');
    const osMon = pkg('erlang-os_mon', 'R16B-03.18.el7', null, 'rpm');
    const selinux = hostChange('security', 'selinux', 'permissive', 'enforcing');
    expect(first(osMon, log, [selinux, pkg('erlang-erts', 'R16B-03.18.el7', 'R16B-03.16.el7', 'rpm')]).key).toBe('erlang-os_mon');
  });

  it('a file B cannot find under the directory of a runtime B lacks names that runtime (netlify/build-image#667)', () => {
    const log = [
      'Starting build script',
      '3:41:53 PM: Installing dependencies',
      '3:41:53 PM: /opt/build-bin/run-build-functions.sh: line 205: /opt/buildhome/python3.7/bin/activate: No such file or directory',
      '3:41:53 PM: Error setting python version from runtime.txt',
    ].join('\n');
    const python37: Difference = { scope: 'host', facet: 'toolchains', key: 'python3.7', kind: 'removed', a: '3.7' };
    const libc: Difference = { ...hostChange('libc', 'version', '2.23', '2.31'), detail: { direction: 'upgrade' } };
    expect(first(python37, log, [libc, toolChange('python3', '3.5.2', '3.8.10')]).key).toBe('python3.7');
  });

  it("a path under A's HOME that B cannot find names HOME, even when B's is one level deep (manusa/actions-setup-minikube#46)", () => {
    const log = [
      "chmod: cannot access '/home/runner/.kube': No such file or directory",
      'Error: Command failed: sudo chmod -R a+r /home/runner/.kube /actions-runner/_work/_temp/.minikube',
      '    at checkExecSyncError (child_process.js:621:11)',
    ].join('\n');
    const home = hostChange('env', 'HOME', '/home/runner', '/root');
    expect(first(home, log, [hostChange('security', 'uid', 1001, 0)]).key).toBe('HOME');
  });

  it('a variable that only sets system properties passes no option a runtime could refuse (ExpediaGroup/graphql-kotlin#1425)', () => {
    const log = [
      'Starting a Gradle Daemon, 1 busy and 1 stopped Daemons could not be reused, use --status for details',
      'Unable to start the daemon process.',
      "Unrecognized VM option 'MaxPermSize=512m'",
      'Error: Could not create the Java Virtual Machine.',
    ].join('\n');
    const opts = (b: string): Difference => ({ scope: 'host', facet: 'env', key: 'GRADLE_OPTS', kind: 'added', b });
    const java = toolChange('java', '11.0.14', '17.0.2');
    expect(first(java, log, [opts('-Dorg.gradle.daemon=true')]).key).toBe('java');
    expect(first(opts('-XX:MaxPermSize=512m -Dfile.encoding=UTF-8'), log, [toolChange('java', '17.0.2', '17.0.3')]).key).toBe(
      'GRADLE_OPTS',
    );
  });

  it("pnpm's engine range, lines below the tool it names, is a requirement B's version misses (angular/dev-infra#2655)", () => {
    const log = [
      ' ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)',
      '',
      'Your pnpm version is incompatible with "/tmp/renovate/repos/github/angular/angular-cli".',
      '',
      'Expected version: ^9.15.6',
      'Got: 9.15.4',
    ].join('\n');
    const corepack = toolChange('corepack', '0.31.0', '0.30.0');
    expect(first(toolChange('pnpm', '9.15.6', '9.15.4'), log, [corepack, toolChange('node', '22.14.0', '22.13.1')]).key).toBe('pnpm');
  });

  it("the version a wrapper runs is the build tool's, whatever the machine has installed (libretro/RetroArch#17264)", () => {
    const log = [
      'Downloading https://services.gradle.org/distributions/gradle-6.7.1-bin.zip',
      'Welcome to Gradle 6.7.1!',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      'Could not compile build',
    ].join('\n');
    const java = toolChange('java', '11.0.25', '17.0.13');
    expect(first(java, log, [toolChange('gradle', '8.11.1', '8.12')]).key).toBe('java');
    // The wrapper's own version moved: that is the change.
    expect(first(toolChange('gradle', '6.6', '6.7.1'), log, [toolChange('java', '17.0.12', '17.0.13')]).key).toBe('gradle');
  });

  it('a captured linker-flags value that hands over the library the linker cannot find is the change (OpenPrinting/cups#949)', () => {
    const log = [
      'ld: warning: -single_module is obsolete',
      'ld: library not found for -lssl',
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    const flags: Difference = hostChange(
      'custom',
      'pkg-config --libs openssl',
      '-L/opt/homebrew/Cellar/openssl@3/3.2.1/lib -lssl -lcrypto',
      '-L/opt/homebrew/Cellar/openssl@3/3.3.0 -lssl -lcrypto',
    );
    expect(first(flags, log, [pkg('libsqlite3-0', '3.37.2-2ubuntu0.1', '3.37.2-2ubuntu0.3')]).key).toBe('pkg-config --libs openssl');
  });

  it("a name that resolves to B's own name server is that server's answer, even on A's network (MichaIng/DietPi#2949)", () => {
    const log = [
      'Resolving raw.githubusercontent.com (raw.githubusercontent.com)... 192.168.0.8',
      'Connecting to raw.githubusercontent.com (raw.githubusercontent.com)|192.168.0.8|:443... failed: Connection refused.',
    ].join('\n');
    const dns: Difference = hostChange('dns', 'nameservers', ['192.168.0.1'], ['192.168.0.8']);
    const version: Difference = hostChange('kernel', 'version', '#1213 SMP', '#1219 SMP');
    const ranked = rankDifferences([...DECOYS, version, pkg('wget', '1.18-5+deb9u2', '1.18-5+deb9u3'), dns], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('nameservers');
    expect(ranked[0]!.reasons.some((r) => r.text.includes("B's nameservers has 192.168.0.8, the address the log names"))).toBe(true);
  });

  it("libcurl's coded error names curl, whichever program made the transfer (amethyst/space-menace#50: cargo)", () => {
    const log = [
      '$ cargo run',
      'warning: spurious network error (2 tries remaining): [28] Timeout was reached (download of `im v12.3.4` failed to transfer more than 10 bytes in 30s)',
      'warning: spurious network error (2 tries remaining): [28] Timeout was reached (failed to download any data for `httpdate v0.3.2` within 30s)',
    ].join('\n');
    const curl = pkg('curl', '7.68.0-1', '7.69.0-1', 'pacman');
    const ranked = rankDifferences([...DECOYS, toolChange('cargo', '1.41.0', '1.42.0'), curl], { log: parseBuildLog(log) });
    expect(ranked.find((d) => d.key === 'curl')!.reasons.some((r) => r.text.startsWith('an error line names curl'))).toBe(true);
  });

  it("npm's pointer to its own debug log is no sign the build runs from under B's npm cache (conventional-changelog/commitlint#543)", () => {
    const log = [
      'npm ERR! code ETARGET',
      'npm ERR! notarget No matching version found for @commitlint/rules@^7.3.1',
      'npm ERR! A complete log of this run can be found in:',
      'npm ERR!     /Users/CDura/.npm/_logs/2019-01-17T23_34_20_182Z-debug.log',
    ].join('\n');
    const cache: Difference = hostAdded('env', 'npm_config_cache', '/Users/CDura/.npm');
    const ranked = rankDifferences([...DECOYS, cache], { log: parseBuildLog(log) });
    expect(ranked.find((d) => d.key === 'npm_config_cache')!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it("nginx's own [emerg] line shows nginx at work, inside systemd's journal (aws-solutions/centralized-logging-with-opensearch#323)", () => {
    const log = [
      'Apr 09 03:34:58 ip-10-0-0-1 nginx[2564]: nginx: [emerg] unknown directive "ssl" in /etc/nginx/conf.d/default.conf:8',
      'Apr 09 03:34:58 ip-10-0-0-1 nginx[2564]: nginx: configuration file /etc/nginx/nginx.conf test failed',
      'Apr 09 03:34:59 ip-10-0-0-1 systemd[1]: Failed to start The nginx HTTP and reverse proxy server.',
    ].join('\n');
    const ami: Difference = hostChange('custom', 'ec2-metadata --ami-id', 'ami-0c2ab3b8', 'ami-05572e39');
    const nginx = pkg('nginx', '1:1.22.1-1.amzn2.0.4', '1:1.26.3-1.amzn2.0.1', 'rpm');
    expect(first(nginx, log, [ami, pkg('systemd', '219-78.amzn2.0.22', '219-78.amzn2.0.23', 'rpm')]).key).toBe('nginx');
  });

  it('a multi-platform build the docker driver refuses names the containerd image store A had (orbstack/orbstack#2348)', () => {
    const log = [
      'ERROR: failed to build: Multi-platform build is not supported for the docker driver.',
      'Switch to a different driver, or turn on the containerd image store, and try again.',
    ].join('\n');
    const store = (a: string, b: string): Difference => ({ scope: 'host', facet: 'docker', key: 'storage_driver', kind: 'changed', a, b });
    const buildx: Difference = hostChange('docker', 'buildx_version', 'v0.21.1-desktop.2', 'v0.22.0');
    expect(first(store('overlayfs', 'overlay2'), log, [buildx]).key).toBe('storage_driver');
    // B moved to the containerd store: that is not what refuses several platforms.
    expect(first(store('overlay2', 'overlayfs'), log, [buildx]).key).toBe('buildx_version');
  });

  it('an unimplemented system call under emulation points at QEMU before a kernel patch (armbian/build#10713)', () => {
    const log = [
      'tar: include/config: Cannot mkdir: Function not implemented',
      'dpkg: error processing package linux-headers-edge-meson64 (--configure)',
    ].join('\n');
    const kernel: Difference = hostChange('kernel', 'release', '6.8.0-136-generic', '6.8.0-138-generic');
    expect(first(toolChange('qemu-aarch64', '10.2.1', '8.2.2'), log, [kernel]).key).toBe('qemu-aarch64');
  });

  it("a per-platform package the build cannot find names B's architecture (event-driven-io/emmett-starter-postgresql#2)", () => {
    const log = [
      ' => ERROR [app builder  9/10] RUN npm run build',
      '0.173 Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).',
      '0.173     at requireWithFriendlyError (/app/node_modules/rollup/dist/native.js:59:9)',
    ].join('\n');
    const arch: Difference = hostChange('cpu', 'arch', 'x86_64', 'arm64');
    expect(first(arch, log, [toolChange('npm', '10.9.2', '11.3.0'), toolChange('node', '22.16.0', '22.14.0')]).key).toBe('arch');
    // A build for the architecture A had is not B's.
    const back: Difference = { ...arch, a: 'arm64', b: 'x86_64' };
    expect(first(back, log, [toolChange('npm', '10.9.2', '11.3.0')]).key).toBe('npm');
  });

  it("an installer with no binary for B's platform names B's architecture, not the node npm's report names (Medium/phantomjs#579)", () => {
    const log = [
      'Unexpected platform or architecture: linux/arm64',
      'It seems there is no binary available for your platform/architecture',
      'npm ERR! Linux 3.19.0-33-generic',
      'npm ERR! node v4.2.1',
      'npm ERR! npm  v3.10.5',
      'npm ERR! code ELIFECYCLE',
    ].join('\n');
    const machine: Difference = hostChange('kernel', 'machine', 'x86_64', 'aarch64');
    expect(first(machine, log, [toolChange('node', '4.4.7', '4.2.1')]).key).toBe('machine');
    // npm's report of the versions it ran with is about the machine, not the failure.
    const report = scanMentions(parseBuildLog(log));
    expect(report.words.get('node')?.error).toBe(false);
    expect(report.versions.has('4.2.1')).toBe(false);
  });

  it("glibc's own deprecation, made an error by -Werror, speaks for the C library before the compiler (pmem/issues#551)", () => {
    const log = [
      "../../src/../src/common/file_linux.c: In function 'device_dax_alignment':",
      '../../src/../src/common/file_linux.c:190:13: error: In the GNU C Library, "major" is defined',
      ' by <sys/sysmacros.h>. For historical compatibility, it is',
      ' "major", you should undefine it after including <sys/types.h>. [-Werror]',
    ].join('\n');
    const libc: Difference = hostChange('libc', 'version', '2.24', '2.25');
    expect(first(libc, log, [toolChange('gcc', '6.3.1', '7.1.1')]).key).toBe('version');
  });

  it("ICU's versioned namespace on the error line names B's ICU, not the compiler's rebuild (php/php-src#18831)", () => {
    const log = [
      "/usr/include/unicode/unistr.h: In function 'icu_76::UnicodeString icu_76::operator+(const UnicodeString&, const S&)':",
      "/usr/include/unicode/unistr.h:4118:46: error: 'toU16StringView' is not a member of 'icu_76::internal'",
    ].join('\n');
    const icu = pkg('icu-dev', '74.2-r0', '76.1-r0', 'apk');
    expect(first(icu, log, [pkg('g++', '14.2.0-r4', '14.2.0-r6', 'apk')]).key).toBe('icu-dev');
    // Xcode's install directory is no namespace (actions/runner-images#13137).
    const xcode = parseBuildLog("xcode-select: error: invalid developer directory '/Applications/Xcode_26.app'");
    const ranked = rankDifferences([...DECOYS, toolChange('xcode', '16.4', '26.0.1')], { log: xcode });
    expect(ranked.find((d) => d.key === 'xcode')!.reasons.some((r) => r.text.includes("B's major version"))).toBe(false);
  });

  it('a refused symlink points at the mount whose type cannot hold one, before another mount that changed (Cisco-Talos/pyrebox#12)', () => {
    const log = 'ln: failed to create symbolic link ‘qemu/pyrebox’: Operation not supported\n[!] Oops... build failed!';
    const share: Difference = hostAdded('mounts', '/mnt/hgfs', 'fuse.vmhgfs-fuse rw,nosuid,nodev,relatime');
    const tmpfs: Difference = hostChange(
      'mounts',
      '/run/user/1000',
      'tmpfs rw,nosuid,nodev,relatime,size=404028k',
      'tmpfs rw,nosuid,nodev,relatime,size=816424k',
    );
    expect(first(share, log, [tmpfs]).key).toBe('/mnt/hgfs');
  });

  it("a certificate name curl no longer matches points at curl's security update (Tiryoh/ros2_setup_scripts_ubuntu#54)", () => {
    const log = [
      'sudo curl -sSL https://raw.githubusercontent.com/ros/rosdistro/master/ros.key -o /usr/share/keyrings/ros-archive-keyring.gpg',
      "curl: (60) SSL: no alternative certificate subject name matches target host name 'raw.githubusercontent.com'",
    ].join('\n');
    const kernel: Difference = hostChange('kernel', 'release', '5.15.0-1041-azure', '5.15.0-1042-azure');
    const curl = pkg('curl', '7.81.0-1ubuntu1.10', '7.81.0-1ubuntu1.11');
    expect(first(curl, log, [kernel, pkg('libssl3', '3.0.2-0ubuntu1.9', '3.0.2-0ubuntu1.10')]).key).toBe('curl');
  });

  it("cffi's library it cannot load names the package B lacks (IBM/mcp-context-forge#6262)", () => {
    const log = [
      "OSError: cannot load library 'libgobject-2.0-0': dlopen(libgobject-2.0-0, 0x0002): tried: ...",
      "Additionally, ctypes.util.find_library() did not manage to locate a library called 'libgobject-2.0-0'",
    ].join('\n');
    const os: Difference = hostChange('os', 'version_id', '15.5', '15.6');
    expect(first(pkg('glib', '2.84.0', null, 'brew'), log, [os]).key).toBe('glib');
  });

  it("a camelCase API's prefix names its library (xmlFree -> libxml2; void-linux/void-packages#47473)", () => {
    const log = "../src/object/uri.cpp:86:9: error: 'xmlFree' was not declared in this scope; did you mean 'xmlFreeURI'?";
    const libxml = pkg('libxml2-devel', '2.11.6_1', '2.12.3_1', 'xbps');
    expect(first(libxml, log, [toolChange('gcc', '13.2.0', '13.2.0.1')]).key).toBe('libxml2-devel');
  });

  it("a limit's number and its own word on an error line name that limit, not its sibling (dotnet/corefx#10398)", () => {
    const log = 'System.IO.IOException : The configured user limit (128) on the number of inotify instances has been reached.';
    const sysctl = (key: string, a: number, b: number): Difference => ({ scope: 'host', facet: 'sysctl', key, kind: 'changed', a, b });
    const instances = sysctl('fs.inotify.max_user_instances', 1024, 128);
    const watches = sysctl('fs.inotify.max_user_watches', 524288, 8192);
    const ranked = rankDifferences([...DECOYS, watches, instances], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('fs.inotify.max_user_instances');
    const named = (key: string) => ranked.find((r) => r.key === key)!.reasons.some((r) => r.text.includes('prints 128'));
    expect(named('fs.inotify.max_user_instances')).toBe(true);
    expect(named('fs.inotify.max_user_watches')).toBe(false);
  });

  it("pip's notice of its own new release is about the machine, not the failure (tensorflow/tensorflow#85298)", () => {
    const log = [
      'ERROR: Could not find a version that satisfies the requirement tensorflow (from versions: none)',
      '[notice] A new release of pip is available: 24.2 -> 24.3.1',
      'ERROR: No matching distribution found for tensorflow',
    ].join('\n');
    const pip = toolChange('pip', '24.3.1', '24.2');
    const ranked = rankDifferences([...DECOYS, pip, toolChange('python3', '3.12.8', '3.13.1')], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('python3');
    expect(ranked.find((r) => r.key === 'pip')!.reasons.some((r) => r.text.includes('24.2'))).toBe(false);
  });

  it('an exception named in capitals (IOException, OSError) makes its line an error', () => {
    expect(looksLikeError('System.IO.IOException : The configured user limit (128) has been reached.')).toBe(true);
    expect(looksLikeError("OSError: [Errno 24] Too many open files: '/tmp/x'")).toBe(true);
    expect(looksLikeError('Running IOTests in 4 workers')).toBe(false);
  });

  it("an error asking for the runtime release A's home variable points at names that variable (jspecify/jspecify#558, circleci/circleci-images#506)", () => {
    const gradle = [
      '$ ./gradlew clean assemble',
      '* What went wrong:',
      'Cannot find a Java installation on your machine (Linux 6.6.15-2rodete2-amd64 amd64) matching the Daemon JVM defined requirements: Compatible with Java 21 (from gradle/gradle-daemon-jvm.properties).',
    ].join('\n');
    const unset: Difference = { scope: 'host', facet: 'env', key: 'JAVA_HOME', kind: 'removed', a: '/home/user/jdk-21.0.2' };
    const noise = [
      toolChange('java', '11.0.22', '11.0.23'),
      hostChange('kernel', 'release', '6.5.13-1rodete2-amd64', '6.6.15-2rodete2-amd64'),
    ];
    expect(first(unset, gradle, noise).key).toBe('JAVA_HOME');
    // The machine the tool describes in its message, "(Linux 6.6.15-2rodete2-amd64 amd64)", is no complaint about its kernel.
    const kernel = rankDifferences([...DECOYS, ...noise], { log: parseBuildLog(gradle) }).find((r) => r.key === 'release')!;
    expect(kernel.reasons.some((r) => r.source === 'log')).toBe(false);
    const cordova = "Requirements check failed for JDK 8 ('1.8.*')! Detected version: 11.0.8";
    const home = hostChange('env', 'JAVA_HOME', '/usr/local/openjdk-8', '/usr/local/openjdk-11');
    const ranked = rankDifferences([...DECOYS, home], { log: parseBuildLog(cordova) });
    expect(ranked.find((r) => r.key === 'JAVA_HOME')!.reasons.some((r) => r.text.includes('an error asks for openjdk 8'))).toBe(true);
    // Both sides at the release asked for: the variable is not what the error is about.
    const same = hostChange('env', 'JAVA_HOME', '/usr/lib/jvm/jdk-21.0.1', '/usr/lib/jvm/jdk-21.0.2');
    const both = rankDifferences([...DECOYS, same], { log: parseBuildLog(gradle) });
    expect(both.find((r) => r.key === 'JAVA_HOME')!.reasons.some((r) => r.text.includes('an error asks for'))).toBe(false);
  });

  it('of two variables cut at the same space, the one whose whole value the log prints was cut (rust-mobile/ndk#92)', () => {
    const log = [
      'error: linking with `C:\\Program Files (x86)\\Android\\android-sdk\\ndk-bundle\\toolchains\\llvm\\prebuilt\\windows-x86_64\\bin\\aarch64-linux-android30-clang.cmd` failed: exit code: 1',
      "  = note: 'C:\\Program' is not recognized as an internal or external command,",
      '          operable program or batch file.',
    ].join('\n');
    const ndk = hostChange('env', 'ANDROID_NDK_HOME', 'C:\\android-ndk-r21d', 'C:\\Program Files (x86)\\Android\\android-sdk\\ndk-bundle');
    const java = hostChange(
      'env',
      'JAVA_HOME',
      'C:\\hostedtoolcache\\windows\\jdk\\8.0.272\\x64',
      'C:\\Program Files\\AdoptOpenJDK\\jdk-8.0.272.10-hotspot',
    );
    expect(first(ndk, log, [java]).key).toBe('ANDROID_NDK_HOME');
  });

  it("a C diagnostic in one compiler's wording names that compiler before the other one (nim-lang/Nim#2620, brianmario/mysql2#990)", () => {
    const gccWords = '.../nimcache/stdlib_system.c:6097:41: error: \u2018__ATOMIC_RELAXED\u2019 undeclared (first use in this function)';
    const gcc = toolChange('gcc', '4.8.2', '4.6.3');
    const clang = toolChange('clang', '3.4', '3.0');
    const byGcc = rankDifferences([...DECOYS, clang, gcc], { log: parseBuildLog(gccWords) });
    expect(byGcc[0]!.key).toBe('gcc');
    const clangWords = "client.c:439:3: error: use of undeclared identifier 'my_bool'";
    const byClang = rankDifferences([...DECOYS, gcc, clang], { log: parseBuildLog(clangWords) });
    expect(byClang.findIndex((r) => r.key === 'clang')).toBeLessThan(byClang.findIndex((r) => r.key === 'gcc'));
  });

  it('a library with a section type the linker or strip does not know was built by newer tools: its package, not a newer binutils (AdaCore/gprbuild#119, linuxdeploy/linuxdeploy#272)', () => {
    const ld = [
      "/home/denis/GNAT/2021/bin/../libexec/gcc/x86_64-pc-linux-gnu/10.3.1/ld: /lib64/libc.so.6: unknown type [0x13] section `.relr.dyn'",
      '/home/denis/GNAT/2021/bin/../libexec/gcc/x86_64-pc-linux-gnu/10.3.1/ld: skipping incompatible /lib64/libc.so.6 when searching for /lib64/libc.so.6',
    ].join('\n');
    const libc = hostChange('libc', 'version', '2.35', '2.36');
    expect(first(libc, ld, [pkg('binutils', '2.38-6.1', '2.39-1.1', 'rpm'), toolChange('gcc', '12.1.1', '12.2.1')]).key).toBe('version');
    const strip =
      "ERROR: Strip call failed: /tmp/appimage_extracted_0299051fc9707c0ee1f44f4a07981aee/usr/bin/strip: tauri-example.AppDir/usr/lib/libffi.so.8: unknown type [0x13] section `.relr.dyn'";
    expect(
      first(pkg('libffi', '3.4.4-1', '3.4.6-1', 'pacman'), strip, [hostChange('kernel', 'release', '6.7.4-arch1-1', '6.7.5-arch1-1')]).key,
    ).toBe('libffi');
  });

  it("VS Code's command 'code' is not named by every 'error code' (microsoft/vscode-remote-release#7958)", () => {
    const log = 'ERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF';
    const ranked = rankDifferences([...DECOYS, toolChange('code', '1.74.3', '1.75.0')], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'code')!.reasons.some((r) => r.source === 'log')).toBe(false);
    const named = rankDifferences([...DECOYS, toolChange('code', '1.74.3', '1.75.0')], {
      log: parseBuildLog('Error: Visual Studio Code is unable to watch for file changes in this large workspace'),
    });
    expect(named.find((r) => r.key === 'code')!.reasons.some((r) => r.source === 'log')).toBe(true);
  });

  it("the Actions runner's 'Node run failed' names no Node release (purcell/setup-emacs#3)", () => {
    const log = [
      '  mkdir: /nix: Read-only file system',
      "  ##[error]Action failed with error: Error: The process 'sh' failed with exit code 1",
      '  ##[error]Node run failed with exit code 1',
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, toolChange('node', '12.13.0', '12.14.0')], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'node')!.reasons.some((r) => r.text.includes('an error line names node'))).toBe(false);
  });

  it("a compiler's command line is no error for the words in its options (garmin/pyrex#46)", () => {
    const command =
      '| g++  -MMD -MT build/disk_interface.o -MF build/disk_interface.o.d -g -Wall -Wextra -Wno-deprecated -Wno-missing-field-initializers -Wno-unused-parameter -fno-rtti -fno-exceptions -c src/disk_interface.cc -o build/disk_interface.o';
    expect(looksLikeError(command)).toBe(false);
    expect(looksLikeError("gcc: error: unrecognized command-line option '-Wno-foo'")).toBe(true);
    expect(looksLikeError('/usr/bin/ld: cannot find -lgsl')).toBe(true);
  });

  it("names the C++ compiler as g++ and clang++, not a cross compiler's g++ (plasma-umass/slipcover#33, libretiny-eu/libretiny#89)", () => {
    const named = rankDifferences([...DECOYS, toolChange('gcc', '10.2.1', '6.3.0')], {
      log: parseBuildLog("error: command '/usr/bin/g++' failed with exit code 1"),
    });
    expect(named.find((r) => r.key === 'gcc')!.reasons.some((r) => r.text.includes('names g++'))).toBe(true);
    const cross = rankDifferences([...DECOYS, toolChange('gcc', '8.3.0', '10.2.1')], {
      log: parseBuildLog('sh: 1: arm-none-eabi-g++: not found'),
    });
    expect(cross.find((r) => r.key === 'gcc')!.reasons.some((r) => r.text.includes('names g++'))).toBe(false);
  });

  it('a Portuguese or Chinese build reports failure in its own words', () => {
    // godotengine/godot#38167 (pt-BR MSBuild), microsoft/vcpkg#42247 (zh-CN MSBuild).
    expect(looksLikeError('Projeto de compilação pronto "Novo Projeto De Jogo.csproj" -- FALHA.')).toBe(true);
    expect(looksLikeError('找不到 Windows SDK 版本 10.0.26100.0。')).toBe(true);
    expect(looksLikeError('Compilando a configuração de solução "Debug|Any CPU".')).toBe(false);
  });

  it('a log sending requests through the proxy only B sets names that proxy (eirslett/frontend-maven-plugin#198)', () => {
    const log = [
      "[INFO] Running 'npm install --color=false --proxy=http://10.0.3.1:8123' in /home/rof/src/webapp/resources/js",
      '[INFO] npm ERR! TypeError: Request path contains unescaped characters.',
    ].join('\n');
    const proxy: Difference = hostAdded('mirrors', 'proxy.http', 'http://10.0.3.1:8123');
    const ranked = rankDifferences([...DECOYS, toolChange('node', '0.12.0', '0.12.2'), proxy], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('proxy.http');
    expect(ranked[0]!.reasons.some((r) => r.text.includes('10.0.3.1:8123'))).toBe(true);
  });

  it('a rebuilt image ranks below the change inside it that the log implicates (facebook/fresco#2354)', () => {
    const log = [
      'emulator -avd test -no-audio -no-window',
      '/opt/android/sdk/emulator/qemu/linux-x86_64/qemu-system-armel: error while loading shared libraries: libpulse.so.0: cannot open shared object file: No such file or directory',
    ].join('\n');
    const image: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'circleci/android:api-28',
      kind: 'changed',
      a: { id: 'sha256:1f4b7e2c9a0d', digests: ['circleci/android@sha256:aa11'] },
      b: { id: 'sha256:8e3d1c5b7a9f', digests: ['circleci/android@sha256:bb22'] },
    };
    const emulator: Difference = {
      ...pkg('emulator', '28.0.25', '29.0.11', 'sdkmanager'),
      scope: 'image:circleci/android:api-28',
    };
    const ranked = rankDifferences([...DECOYS, image, emulator], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('emulator');
    expect(ranked[1]!.key).toBe('circleci/android:api-28');
    expect(ranked[1]!.reasons[0]!.text).toMatch(/follows from the changes inside it/);
  });

  it('a TLS failure without a URL is an https request: the https proxy B added, not the http one (craigburke/client-dependencies-gradle#103)', () => {
    const log =
      '> javax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target';
    const proxy = (key: string): Difference => ({
      scope: 'host',
      facet: 'mirrors',
      key,
      kind: 'added',
      b: 'http://proxy.corp.example:8080',
    });
    expect(first(proxy('proxy.https'), log, [proxy('proxy.http')]).key).toBe('proxy.https');
  });

  it("a source whose CDN handed out another address of its block is not blamed for a signing failure (yarnpkg's repository key expiring)", () => {
    const log =
      'W: GPG error: https://yarnrepo.example.net/debian stable InRelease: The following signatures were invalid: EXPKEYSIG 23E7166788B63E1E Yarn Packaging <yarn@dan.cx>';
    const mirror: Difference = {
      scope: 'host',
      facet: 'mirrors',
      key: 'https://yarnrepo.example.net/debian',
      kind: 'changed',
      a: { host: 'yarnrepo.example.net', addresses: ['104.16.171.99'] },
      b: { host: 'yarnrepo.example.net', addresses: ['104.16.172.99'] },
    };
    const key: Difference = hostChange(
      'custom',
      'gpg --no-default-keyring --keyring /etc/apt/trusted.gpg.d/yarn.gpg --list-keys 23E7166788B63E1E | head -1',
      'pub   rsa4096 2016-10-05 [SC] [expires: 2022-02-02]',
      'pub   rsa4096 2016-10-05 [SC] [expired: 2022-02-02]',
    );
    expect(first(key, log, [mirror]).facet).toBe('custom');
  });

  it('a linker the build asks for by option (-fuse-ld=mold) is the missing tool, not the driver that reports it (tree-sitter/tree-sitter#3465)', () => {
    const log = [
      'error: linking with `clang` failed: exit status: 1',
      "  = note: clang: error: invalid linker name in argument '-fuse-ld=mold'",
    ].join('\n');
    const mold: Difference = { scope: 'host', facet: 'toolchains', key: 'mold', kind: 'removed', a: '2.32.0' };
    const ranked = rankDifferences([...DECOYS, toolChange('clang', '17.0.6', '18.1.8'), mold], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('mold');
    expect(ranked.find((r) => r.key === 'clang')!.reasons.some((r) => /names (?:ld|clang)\b/.test(r.text))).toBe(false);
  });

  it('the installed package whose own code raised the exception is the one that changed (deadsnakes/issues#262, webstudio-is/webstudio#4868)', () => {
    const pip = scanMentions(
      parseBuildLog(
        '~$ python3.12 -m pip list -o\nERROR: Exception:\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/pip/_internal/cli/base_command.py", line 165, in exc_logging_wrapper\n    status = run_func(*args)\n             ^^^^^^^^^^^^^^^\n  File "/usr/lib/python3/dist-packages/pip/_internal/commands/list.py", line 169, in run\n    for d in get_environment(options.path).iter_installed_distributions(\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3/dist-packages/pip/_internal/metadata/__init__.py", line 36, in get_environment\n    from .pkg_resources import Environment\n  File "/usr/lib/python3/dist-packages/pip/_internal/metadata/pkg_resources.py", line 9, in <module>\n    from pip._vendor import pkg_resources\n  File "/usr/lib/python3/dist-packages/pip/_vendor/pkg_resources/__init__.py", line 2164, in <module>\n    register_finder(pkgutil.ImpImporter, find_on_path)\n                    ^^^^^^^^^^^^^^^^^^^\nAttributeError: module \'pkgutil\' has no attribute \'ImpImporter\'. Did you mean: \'zipimporter\'?',
      ),
    );
    expect([...pip.raisedIn.keys()]).toEqual(['pip']);
    const corepack = scanMentions(
      parseBuildLog(
        [
          'Error: Cannot find matching keyid: {"signatures":[]}',
          '    at verifySignature (/usr/local/lib/node_modules/corepack/dist/lib/corepack.cjs:21535:47)',
        ].join('\n'),
      ),
    );
    expect([...corepack.raisedIn.keys()]).toEqual(['corepack']);
    // Code lines of a traceback (raise …) and frames outside installed packages name nothing.
    const own = scanMentions(
      parseBuildLog(['  File "/src/app/main.py", line 3, in <module>', '    raise ValueError(x)', 'ValueError: x'].join('\n')),
    );
    expect(own.raisedIn.size).toBe(0);
    const ranked = rankDifferences([...DECOYS, toolChange('pip', '23.2.1', '22.0.2'), toolChange('setuptools', '68.2.2', '59.6.0')], {
      log: parseBuildLog(
        '~$ python3.12 -m pip list -o\nERROR: Exception:\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/pip/_internal/cli/base_command.py", line 165, in exc_logging_wrapper\n    status = run_func(*args)\n             ^^^^^^^^^^^^^^^\n  File "/usr/lib/python3/dist-packages/pip/_internal/commands/list.py", line 169, in run\n    for d in get_environment(options.path).iter_installed_distributions(\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3/dist-packages/pip/_internal/metadata/__init__.py", line 36, in get_environment\n    from .pkg_resources import Environment\n  File "/usr/lib/python3/dist-packages/pip/_internal/metadata/pkg_resources.py", line 9, in <module>\n    from pip._vendor import pkg_resources\n  File "/usr/lib/python3/dist-packages/pip/_vendor/pkg_resources/__init__.py", line 2164, in <module>\n    register_finder(pkgutil.ImpImporter, find_on_path)\n                    ^^^^^^^^^^^^^^^^^^^\nAttributeError: module \'pkgutil\' has no attribute \'ImpImporter\'. Did you mean: \'zipimporter\'?',
      ),
    });
    expect(ranked[0]!.key).toBe('pip');
  });

  it("a tool's setting named on an error line names the variable that sets it (nodejs/node-gyp#2456)", () => {
    const log = [
      'gyp ERR! find VS msvs_version was set from command line or npm config',
      'gyp ERR! find VS - looking for Visual Studio version 2017',
      'gyp ERR! find VS could not find a version of Visual Studio 2017 or newer to use',
    ].join('\n');
    const msvs: Difference = hostAdded('env', 'npm_config_msvs_version', '2017');
    const ranked = rankDifferences([...DECOYS, toolChange('node', '14.17.3', '14.17.0'), msvs], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('npm_config_msvs_version');
    expect(ranked[0]!.reasons.some((r) => r.text.includes('names msvs_version'))).toBe(true);
  });

  it('what the log asks to install is the package B lacks (beyondgrep/ack3#217, actions/runner-images#14462)', () => {
    const ack = scanMentions(parseBuildLog("#   'You need to install the perl-doc package to use this program.'"));
    expect([...ack.installHints.keys()]).toEqual(['perl-doc']);
    const icu = scanMentions(
      parseBuildLog(
        "Couldn't find a valid ICU package installed on the system. Please install libicu (or icu-libs) using your package manager and try again.",
      ),
    );
    expect([...icu.installHints.keys()]).toEqual(['libicu']);
    // freebroccolo/docker-haskell#64: GHC's -fllvm asks for the LLVM B's image dropped.
    const llvm = scanMentions(
      parseBuildLog(
        [
          '<no location info>: error:',
          "    Warning: Couldn't figure out LLVM version!",
          '             Make sure you have installed LLVM 3.9',
        ].join('\n'),
      ),
    );
    expect([...llvm.installHints.keys()]).toEqual(['llvm']);
    const perlDoc = pkg('perl-doc', '5.26.1-6ubuntu0.3', null);
    const uid: Difference = { scope: 'host', facet: 'security', key: 'uid', kind: 'changed', a: 1000, b: 0 };
    expect(first(perlDoc, "#   'You need to install the perl-doc package to use this program.'", [uid]).key).toBe('perl-doc');
    // redpanda-data/redpanda#78: python3-venv is python3.6-venv on a system whose Python is 3.6.
    const venvLog = [
      'The virtual environment was not created successfully because ensurepip is not',
      'available.  On Debian/Ubuntu systems, you need to install the python3-venv',
      'package using the following command.',
    ].join('\n');
    const venv = pkg('python3.6-venv', '3.6.9-1~18.04ubuntu1', null);
    const venvFirst = rankDifferences([...DECOYS, toolChange('cmake', '3.16.3', '3.12.0'), venv], { log: parseBuildLog(venvLog) })[0]!;
    expect(venvFirst.key).toBe('python3.6-venv');
    expect(venvFirst.reasons.some((r) => r.text.includes('asks to install python3-venv'))).toBe(true);
  });

  it('an error naming a mount point itself points at that mount, not at a sibling sharing its last word (docker-library/postgres#435)', () => {
    const log = 'lemp-postgresql | FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership';
    const mount = (key: string): Difference => ({
      scope: 'container:lemp-postgresql',
      facet: 'mounts',
      key,
      kind: 'changed',
      a: 'fuse.osxfs rw,nosuid,nodev,relatime',
      b: 'cifs rw,relatime,vers=3.02,uid=0',
    });
    const ranked = rankDifferences([...DECOYS, mount('/etc/postgresql'), mount('/var/lib/postgresql/data')], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('/var/lib/postgresql/data');
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked[0]!.reasons.some((r) => r.text.includes('names /var/lib/postgresql/data'))).toBe(true);
  });

  it("a program rejecting its call behind a build tool's tag ([exec] tar: …) names that program (openlvc/portico#297)", () => {
    const log = [
      '     [exec] tar: unrecognized option: transform=s,jre,portico-2.2.0/jre,g',
      '     [exec] BusyBox v1.29.3 (2019-01-24 07:45:07 UTC) multi-call binary.',
    ].join('\n');
    expect([...scanMentions(parseBuildLog(log)).rejectedBy.keys()]).toEqual(['tar']);
    const tar = pkg('tar', '1.30+dfsg-6', null);
    expect(first(tar, log, [toolChange('java', '1.8.0_222', '1.8.0_212')]).key).toBe('tar');
  });

  it("a program rejecting its call behind a CI agent's time and step tags names that program (jonnyzzz/TeamCity.Node#46)", () => {
    const log = [
      '[14:55:17][Install] sed: invalid option -- E',
      '[14:55:17][Install] Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...',
    ].join('\n');
    expect([...scanMentions(parseBuildLog(log)).rejectedBy.keys()]).toEqual(['sed']);
    const sed = pkg('sed', '4.2.1-10.el6', '4.1.5-8.el5', 'rpm');
    expect(first(sed, log, [pkg('bash', '4.1.2-15.el6_5.1', '3.2-24.el5', 'rpm')]).key).toBe('sed');
  });

  it('a missing header names the -dev package B lacks, not a package that ships no headers (ROCm/ROCm-docker#127)', () => {
    const log = '/tmp/tmpdebje0fu/main.c:4:10: fatal error: Python.h: No such file or directory';
    const dev = pkg('libpython3.10-dev', '3.10.12-1~22.04.3', null);
    const certs = pkg('ca-certificates', '20240203~22.04.1', '20230311ubuntu0.22.04.1');
    const ranked = rankDifferences([...DECOYS, certs, dev], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('libpython3.10-dev');
  });

  it('a build killed for memory on a machine with more memory blames the cores that started more workers (ProfessionalWiki/NeoWiki#1180)', () => {
    const log = ['Error: executing ... npm run test: exit status 137', 'Status=stopped OOMKilled=true'].join('\n');
    const num = (facet: string, key: string, a: number, b: number): Difference => ({ scope: 'host', facet, key, kind: 'changed', a, b });
    const ranked = rankDifferences([...DECOYS, num('resources', 'mem_total', 16624058368, 67258126336), num('cpu', 'cores', 8, 32)], {
      log: parseBuildLog(log),
    });
    expect(ranked[0]!.key).toBe('cores');
    expect(ranked.find((r) => r.key === 'mem_total')!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it('failing https requests point at the https proxy B added, not at its name servers (devcontainers/cli#751)', () => {
    const log =
      'ERROR: failed to solve: failed to authorize: failed to fetch anonymous token: Get "https://auth.registry.example.net/token?scope=repository%3Adocker%2Fdockerfile%3Apull": Forbidden';
    const proxy: Difference = hostAdded('mirrors', 'proxy.https', 'http://proxy.corp.example:8080');
    const dns: Difference = hostChange('dns', 'nameservers', ['192.168.1.1'], ['10.20.0.10']);
    expect(first(proxy, log, [dns]).key).toBe('proxy.https');
  });

  it("a compiler named only by its diagnostics' prefix (error CS0246) is a tool the build uses", () => {
    const log = "Program.cs(3,7): error CS0246: The type or namespace name 'Newtonsoft' could not be found";
    const ranked = rankDifferences([...DECOYS, toolChange('dotnet', '6.0.404', '7.0.100')], { log: parseBuildLog(log) });
    const dotnet = ranked.find((r) => r.key === 'dotnet')!;
    expect(dotnet.reasons.some((r) => r.text.includes('never names it'))).toBe(false);
    expect(ranked[0]!.key).toBe('dotnet');
  });

  it('an issue reference in a test name (gh-5422) does not name the gh tool (tarantool/tarantool#5950)', () => {
    const log =
      '  [014] WARGING: unix socket\'s "/home/ubuntu/actions-runner/_work/tarantool/tarantool/test/var/014_box/gh-5422-broken_snapshot.socket-iproto" path has length 108 symbols that is longer than 107.';
    const ranked = rankDifferences(DECOYS, { log: parseBuildLog(log) });
    const gh = ranked.find((r) => r.key === 'gh')!;
    expect(gh.reasons.some((r) => r.text.includes('the build uses gh'))).toBe(false);
  });

  it('a world-writable directory on a machine that added a drvfs share blames the share, not the umask or the tool (geerlingguy/ansible-for-kubernetes#107)', () => {
    const log = [
      '[WARNING]: Ansible is being run in a world writable directory (/mnt/c/Users/dev/ansible-solr-container), ignoring it as',
      "ls: cannot access 'roles': No such file or directory",
    ].join('\n');
    const share: Difference = hostAdded('mounts', '/mnt/c', '9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000;gid=1000');
    const home: Difference = hostAdded('mounts', '/home', 'ext4 rw,relatime');
    const ranked = rankDifferences([...DECOYS, toolChange('ansible', '2.11.6', '2.12.1'), home, share], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('/mnt/c');
    // The warning names the share's path: another mount B added is not implicated by it.
    expect(ranked.find((r) => r.key === '/home')!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it('a user name inside the paths under its home is not the log naming who runs the build (bpftrace/bpftrace#3139)', () => {
    const user: Difference = hostChange('env', 'USER', 'vmalik', 'root');
    const paths = parseBuildLog(['/home/vmalik/src/bpf/bpftrace/tests/utils.cpp:375: Failure', 'Expected: false'].join('\n'));
    const ranked = rankDifferences([...DECOYS, user], { log: paths });
    expect(ranked.find((r) => r.key === 'USER')!.reasons.some((r) => r.source === 'log')).toBe(false);
    // B's user named on an error line outside a path is (karma-runner/karma-chrome-launcher#158).
    const prose = parseBuildLog(
      '[1025/084740.006078:ERROR:zygote_host_impl_linux.cc(88)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    );
    const named = rankDifferences([...DECOYS, user], { log: prose });
    expect(named.find((r) => r.key === 'USER')!.reasons.some((r) => r.source === 'log')).toBe(true);
  });

  it('gpg failing to sign without a terminal blames the missing tty, not a patch release of GnuPG 2 (reahl/reahl#309)', () => {
    const log = [
      'gpg: using "31E6D14EE2BBF650" as default secret key for signing',
      'gpg: signing failed: Inappropriate ioctl for device',
    ].join('\n');
    const gnupg = pkg('gnupg', '2.2.19-3ubuntu2', '2.2.4-1ubuntu1.4');
    const tty: Difference = hostChange('custom', 'tty', '/dev/pts/0', 'not a tty');
    expect(first(tty, log, [gnupg]).key).toBe('tty');
    // GnuPG 1 against 2 is another way of signing altogether.
    const gnupg1 = pkg('gnupg', '1.4.20-1ubuntu3', '2.2.4-1ubuntu1.4');
    const ranked = rankDifferences([...DECOYS, gnupg1], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('gnupg');
  });

  it("a build under B's GOPATH is not the log naming GOPATH: in GOPATH mode the sources live there (Stackdriver/stackdriver-prometheus-sidecar#156)", () => {
    const log = parseBuildLog(
      '!! command failed: build -o /home/rye/go/src/github.com/Stackdriver/stackdriver-prometheus-sidecar/stackdriver-prometheus-sidecar -ldflags',
    );
    const gopath: Difference = hostChange('env', 'GOPATH', '/home/travis/gopath', '/home/rye/go');
    const ranked = rankDifferences([...DECOYS, gopath], { log });
    expect(ranked.find((r) => r.key === 'GOPATH')!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it('a command missing by its own name points at the package that installs it: mkimage is u-boot-tools (grisp/grisp2-rtems-toolchain#6)', () => {
    const log = ['make[1]: mkimage: Command not found', 'make[1]: *** [Makefile:28: b-imx7/demo.zImage] Error 127'].join('\n');
    const ranked = rankDifferences(
      [...DECOYS, pkg('device-tree-compiler', '1.5.1-1', '1.4.5-3'), pkg('u-boot-tools', '2020.10+dfsg-1ubuntu0~20.04.2', null)],
      { log: parseBuildLog(log) },
    );
    expect(ranked[0]!.key).toBe('u-boot-tools');
    expect(ranked[0]!.reasons.some((r) => r.text.includes('mkimage'))).toBe(true);
  });

  it("a symbol the C library lost blames the rebuilt musl, whatever its step, over the OS's minor release (gradle/foojay-toolchains#5)", () => {
    const log =
      '        Error: failed /root/.gradle/jdks/amazon-corretto-21/amazon-corretto-21.0.3.9.1-linux-x64/lib/server/libjvm.so, because Error relocating /root/.gradle/jdks/amazon-corretto-21/amazon-corretto-21.0.3.9.1-linux-x64/lib/server/libjvm.so: posix_fallocate64: symbol not found';
    const apk = (key: string, a: string, b: string): Difference => ({ ...pkg(key, a, b, 'apk'), scope: 'image:build' });
    const os: Difference = { scope: 'image:build', facet: 'os', key: 'version_id', kind: 'changed', a: '3.18.6', b: '3.19.1' };
    const ranked = rankDifferences(
      [...DECOYS, os, apk('gcompat', '1.1.0-r1', '1.1.0-r4'), apk('musl', '1.2.4-r2', '1.2.4_git20230717-r4')],
      {
        log: parseBuildLog(log),
      },
    );
    expect(ranked[0]!.key).toBe('musl');
  });

  it('an unknown authority behind a proxy B added blames the proxy, not a CA bundle that grew (anchore/grype#653)', () => {
    const log =
      'ERROR failed to fetch latest version: Get "https://toolbox-data.anchore.io/grype/releases/latest/VERSION": x509: certificate signed by unknown authority';
    const bundle = (a: number, b: number): Difference => ({
      scope: 'host',
      facet: 'tls',
      key: 'ca_bundle',
      kind: 'changed',
      a: { path: '/etc/ssl/certs/ca-certificates.crt', certs: a },
      b: { path: '/etc/ssl/certs/ca-certificates.crt', certs: b },
    });
    const proxy: Difference = hostAdded('mirrors', 'proxy.https', 'http://proxy.corp.example:8080');
    expect(first(proxy, log, [bundle(137, 140)]).key).toBe('proxy.https');
    // A bundle that lost authorities is what no longer trusts the server.
    expect(first(bundle(140, 12), log).key).toBe('ca_bundle');
  });

  it('a user profile that gained letters outside ASCII is suspect before any log line names it (NativeScript/android#1094)', () => {
    const log = [
      'Error: java.util.concurrent.ExecutionException: com.android.builder.internal.aapt.v2.Aapt2Exception: AAPT2 error: check logs for details',
      "Execution failed for task ':app:mergeDebugResources'.",
    ].join('\n');
    const profile = hostChange('env', 'USERPROFILE', 'C:\\Users\\Leo', 'C:\\Users\\Léo');
    const lang = hostChange('locale', 'LANG', 'en_US.UTF-8', 'fr_FR.UTF-8');
    expect(first(profile, log, [lang, toolChange('java', '1.8.0_161', '1.8.0_171')]).key).toBe('USERPROFILE');
    // The same path, ASCII on both sides, is only another user.
    const other = hostChange('env', 'USERPROFILE', 'C:\\Users\\Leo', 'C:\\Users\\Lea');
    expect(first(other, log, [lang]).key).not.toBe('USERPROFILE');
  });

  it("the key apt misses, found in A's captured key listing and not in B's, names that listing (rapidsai/docker#471)", () => {
    const log = [
      "#5 3.599 W: GPG error: https://nvrepo.example.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY A4B469963BF863CC",
      "#5 3.599 E: The repository 'https://nvrepo.example.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease' is not signed.",
    ].join('\n');
    const keys = hostChange(
      'custom',
      'keys',
      'pub   rsa4096 [SC] EB69 3B30 35CD 5710 E231  E123 A4B4 6996 3BF8 63CC',
      'pub   rsa4096 [SC] AE09 FE4B BD22 3A84 B2CC  FCE3 F60F 4B3D 7FA2 AF80',
    );
    const mirror = hostChange(
      'mirrors',
      'https://nvrepo.example.com/compute/cuda/repos/ubuntu2004/x86_64',
      { host: 'nvrepo.example.com', addresses: ['152.199.39.144'] },
      { host: 'nvrepo.example.com', addresses: ['152.195.19.97'] },
    );
    const ranked = rankDifferences([...DECOYS, mirror, keys], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('keys');
    expect(ranked[0]!.reasons.some((r) => r.text.includes('A4B469963BF863CC'))).toBe(true);
  });

  it('a signature apt cannot check names a captured count of trusted keys over a rebuilt GnuPG (rapidsai/docker#471)', () => {
    const log =
      "#5 3.599 W: GPG error: https://nvrepo.example.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY A4B469963BF863CC";
    const keys = hostChange('custom', 'apt-key list | grep -c pub', '14', '13');
    const gnupg = pkg('gnupg', '2.2.19-3ubuntu2.2', '2.2.19-3ubuntu2.1');
    expect(first(keys, log, [gnupg, hostChange('os', 'version_id', '20.04', '20.04.1')]).key).toBe('apt-key list | grep -c pub');
  });

  it('ENOMEM where B cut the locked-memory limit blames the limit, not a rustc release (DataDog/glommio#1)', () => {
    const log =
      "thread 'executor::task_optimized_for_throughput' panicked at 'cannot initialize I/O event notification: Os { code: 12, kind: Other, message: \"Cannot allocate memory\" }', src/parking.rs:359:19";
    const memlock = hostChange('resources', 'ulimit_memlock', 8388608, 65536);
    expect(first(memlock, log, [toolChange('rustc', '1.45.2', '1.46.0')]).key).toBe('ulimit_memlock');
    // A limit B raised is not one a process ran into.
    expect(first(hostChange('resources', 'ulimit_memlock', 65536, 8388608), log, [toolChange('rustc', '1.45.2', '1.46.0')]).key).toBe(
      'rustc',
    );
  });

  it("the system's open-file table, full, blames its ceiling when the process limit rose (widelands/widelands#5005)", () => {
    const log = [
      '[100%] Linking CXX executable wl_create_spritesheet',
      'ld: cannot find ../graphic/animation/libgraphic_animation.a: Too many open files in system',
    ].join('\n');
    const maxfiles = hostChange('sysctl', 'kern.maxfiles', 32768, 3404);
    const nofile = hostChange('resources', 'ulimit_nofile', 1024, 3404);
    expect(first(maxfiles, log, [nofile, toolChange('gcc', '7.4.0', '7.5.0')]).key).toBe('kern.maxfiles');
  });

  it("an operation refused under a captured seccomp profile names that profile, not a kernel's minor step (podman-container-tools/podman#9645)", () => {
    const log = [
      '$ podman run --rm test_arch cargo init myproject',
      "  failed to resolve path '/home/user/myproject/.git/': Operation not permitted; class=Os (2)",
    ].join('\n');
    const profile = hostChange('custom', 'grep -c faccessat2 /etc/containers/seccomp.json', '1', '0');
    const kernel = hostChange('kernel', 'release', '5.11.2-arch1-1', '5.10.16-arch1-1');
    expect(first(profile, log, [kernel]).key).toBe('grep -c faccessat2 /etc/containers/seccomp.json');
  });

  it("a test writing under macOS's per-user temporary directory does not name TMPDIR: every user has another (streambed/streambed-rs#14)", () => {
    const log = [
      'Writing to /var/folders/_9/6jpmdl_91cbgk_gk5f_0b9mw0000gn/T/test_set_get_secret',
      "thread 'confidant::tests::test_set_get_secret' panicked at 'assertion failed: ss.create_secret(\"some.secret\", data.clone()).await.is_err()', src/confidant/mod.rs:220:9",
    ].join('\n');
    const tmpdir = hostChange(
      'env',
      'TMPDIR',
      '/var/folders/k2/3x9q_rmn0b1c7_5v2l8xw4hh0000gn/T/',
      '/var/folders/_9/6jpmdl_91cbgk_gk5f_0b9mw0000gn/T/',
    );
    // As the diff marks it: another random name under /var/folders is volatile.
    if (isVolatile('env', 'TMPDIR', tmpdir.a, tmpdir.b)) tmpdir.detail = { volatile: true };
    const ranked = rankDifferences([...DECOYS, tmpdir], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'TMPDIR')!.reasons.some((r) => r.source === 'log')).toBe(false);
    // A temporary directory moved somewhere else altogether is still named by the paths under it.
    const moved = hostChange('env', 'TMPDIR', '/var/folders/k2/3x9q_rmn0b1c7_5v2l8xw4hh0000gn/T/', '/Volumes/scratch/tmp/');
    const log2 = parseBuildLog('Writing to /Volumes/scratch/tmp/test_set_get_secret\nerror: assertion failed');
    expect(
      rankDifferences([...DECOYS, moved], { log: log2 })
        .find((r) => r.key === 'TMPDIR')!
        .reasons.some((r) => r.source === 'log'),
    ).toBe(true);
  });

  it('a requirement a program states in words ("is not supported") makes its line an error line (containerd/runwasi#1139)', () => {
    expect(
      looksLikeError(
        'Your compiler (cc) is not supported due to a memcmp related bug reported in https://gcc.gnu.org/bugzilla/show_bug.cgi?id=95189.',
      ),
    ).toBe(true);
  });

  it('a privileged system call refused as root is a policy, not a file the new user cannot write (bazelbuild/bazel#418)', () => {
    const log = 'src/main/tools/namespace-sandbox.c:545: mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL): Permission denied';
    const caps = hostChange('security', 'capabilities', '0000003fffffffff', '00000000a80425fb');
    const uid = hostChange('security', 'uid', 1000, 0);
    const ranked = rankDifferences([...DECOYS, uid, caps], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('capabilities');
    expect(ranked.find((r) => r.key === 'uid')!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it("a clang diagnostic names Xcode's clang, as macOS fingerprints call it, over the OS's minor release (Unidata/netcdf-c#2886)", () => {
    const log =
      "/Users/wfisher/Desktop/gitprojects/netcdf-c/h5_test/tst_h_files4.c:167:64: error: incompatible function pointer types passing 'herr_t (hid_t, const char *, const H5L_info2_t *, void *)'";
    const clang = toolChange('apple-clang', '1500.1.0.2.5', '1500.3.9.4');
    expect(first(clang, log, [hostChange('os', 'version_id', '14.3.1', '14.4')]).key).toBe('apple-clang');
  });

  it("MSBuild's missing platform toolset names the compiler and build engine B has, not a variable vcpkg reads (microsoft/vcpkg#7065)", () => {
    const log =
      "C:\\Program Files (x86)\\Microsoft Visual Studio\\2017\\Enterprise\\Common7\\IDE\\VC\\VCTargets\\Microsoft.Cpp.Platform.targets(57,5): error MSB8020: The build tools for v142 (Platform Toolset = 'v142') cannot be found. To build using the v142 build tools, please install v142 build tools.";
    const triplet = hostAdded('env', 'VCPKG_DEFAULT_TRIPLET', 'x86-windows');
    const ranked = rankDifferences(
      [...DECOYS, triplet, toolChange('msvc', '14.21.27702', '14.16.27023'), toolChange('msbuild', '16.1.76.45076', '15.9.21.664')],
      {
        log: parseBuildLog(log),
      },
    );
    expect(['msvc', 'msbuild']).toContain(ranked[0]!.key);
    for (const key of ['msvc', 'msbuild']) expect(ranked.find((r) => r.key === key)!.reasons.some((r) => r.source === 'log')).toBe(true);
  });

  it("a system header the compiler cannot find names a captured look at macOS's SDK headers package (oracle/graal#1818)", () => {
    const log =
      "/Users/anka/graal-shopify/sulong/tests/com.oracle.truffle.llvm.tests.native/src/callbackLibrary.c:30:10: fatal error: 'stdlib.h' file not found";
    const probe = hostChange(
      'custom',
      'pkgutil --pkg-info com.apple.pkg.macOS_SDK_headers_for_macOS_10.14',
      'package-id: com.apple.pkg.macOS_SDK_headers_for_macOS_10.14',
      "No receipt for 'com.apple.pkg.macOS_SDK_headers_for_macOS_10.14' found at '/'.",
    );
    expect(first(probe, log, [toolChange('apple-clang', '1001.0.46.4', '1100.0.33.12')]).key).toBe(probe.key);
  });

  it("the binary dyld cannot load, in a Homebrew keg at B's very revision, names that formula (shivammathur/setup-php#823)", () => {
    const log = [
      "dyld[2438]: Library not loaded: '@loader_path/../../../../opt/icu4c/lib/libicuio.74.dylib'",
      "  Referenced from: '/usr/local/Cellar/php@8.1/8.1.27_1/bin/php'",
    ].join('\n');
    // A versioned formula is its program, by name.
    expect(packageWords('php@8.1')).toContain('php');
    const php = pkg('php@8.1', '8.1.27', '8.1.27_1', 'brew');
    expect(first(php, log, [pkg('curl', '8.5.0', '8.6.0', 'brew')]).key).toBe('php@8.1');
    // The keg at A's version is not B's rebuild.
    const same = pkg('php@8.1', '8.1.27_1', '8.1.28', 'brew');
    expect(
      rankDifferences([...DECOYS, same], { log: parseBuildLog(log) })[0]!.reasons.some(
        (r) => r.text.includes('Referenced') || r.text.includes("B's build"),
      ),
    ).toBe(false);
  });

  it("a test runner's worker count that is B's core count names the cores (emscripten-core/emscripten#24342)", () => {
    const log = [
      'Using 36 parallel test processes',
      "emcc: error: '/home/circleci/node-v18.3.0-linux-x64/bin/node /home/circleci/project/node_modules/.bin/babel /tmp/emtest_yhfuvyt1/emscripten_temp_k542c65w/io.jso1.js -o /tmp/emtest_yhfuvyt1/tmpceha_zyababel.js",
    ].join('\n');
    // Free disk differs between any two runs: the differ marks it volatile.
    const disk: Difference = { ...hostChange('resources', 'disk_free:/', 61203472384, 48771350528), detail: { volatile: true } };
    expect(first(hostChange('cpu', 'cores', 4, 36), log, [disk]).key).toBe('cores');
  });

  it('file modes a test compares, apart by the bits the two umasks differ by, name the umask (elastic/kibana#174441)', () => {
    const log = [
      'FAIL  src/cli_plugin/install/zip.test.js',
      '  | ● kibana cli › zip › checkFilePermission › verify consistency of modes of files',
      '  | expect(received).toEqual(expected) // deep equality',
      '  | Expected: "755"',
      '  | Received: "775"',
    ].join('\n');
    const umask = hostChange('security', 'umask', '0022', '0002');
    expect(first(umask, log, [hostChange('security', 'uid', 1000, 1001)]).key).toBe('umask');
    // Modes apart by a bit neither umask touches are about something else.
    const other = hostChange('security', 'umask', '0022', '0027');
    const ranked = rankDifferences([...DECOYS, other], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'umask')!.reasons.some((r) => r.text.includes('differ by'))).toBe(false);
  });

  it("symbolic modes apart by the umasks' bits name the umask: a diff of two lines, one line, ls -l (uutils/coreutils#6638, peak/s5cmd#406, istio/istio#37151)", () => {
    const umask = hostChange('security', 'umask', '0022', '0002');
    const others = [toolChange('cargo', '1.80.0', '1.80.1'), hostChange('env', 'USER', 'runner', 'user')];
    const diffLines = [
      '$ cargo test -q --features chmod -- test_chmod_ugoa',
      'Diff < left / right > :',
      '<chmod: file: new permissions are r-xr-xrwx, not r-xr-xr-x',
      '>chmod: file: new permissions are r-xrwxrwx, not r-xr-xr-x',
    ].join('\n');
    expect(first(umask, diffLines, others).key).toBe('umask');
    const oneLine = ['--- FAIL: TestCopyDirToS3 (0.01s)', '    mode: expected -rw-r--r-- got -rw-rw-r--'].join('\n');
    expect(first(umask, oneLine, others).key).toBe('umask');
    const lsLines = [
      '-rw-r--r-- 1 howardjohn primarygroup 21978 Feb  3 10:52 ./istio-old/tools/packaging/common/envoy_bootstrap.json',
      '-rw-r----- 1 howardjohn primarygroup 21978 Feb  3 10:53 ./istio/tools/packaging/common/envoy_bootstrap.json',
    ].join('\n');
    expect(first(hostChange('security', 'umask', '0022', '0027'), lsLines, others).key).toBe('umask');
    // The same lines under umasks that differ in other bits say nothing about the umask.
    const ranked = rankDifferences([...DECOYS, hostChange('security', 'umask', '0022', '0077'), ...others], {
      log: parseBuildLog(diffLines),
    });
    expect(ranked.find((r) => r.key === 'umask')!.reasons.some((r) => r.text.includes('differ by'))).toBe(false);
  });

  it("a flag only B's variable has, whose subject an error line names, outranks the compiler it reached (Cockatrice/Cockatrice#4382, actions/setup-node#356)", () => {
    const a = '-march=x86-64 -mtune=generic -O2 -pipe -fno-plt';
    const cflags = hostChange('env', 'CFLAGS', a, `${a} -fexceptions -Wp,-D_FORTIFY_SOURCE=2 -Wformat -Werror=format-security`);
    const fortify = [
      '/usr/include/features.h:397:4: error: #warning _FORTIFY_SOURCE requires compiling with optimization (-O) [-Werror=cpp]',
      '  397 | #  warning _FORTIFY_SOURCE requires compiling with optimization (-O)',
    ].join('\n');
    expect(first(cflags, fortify, [toolChange('gcc', '10.2.0', '11.1.0')]).key).toBe('CFLAGS');
    const nodeOptions = hostChange(
      'env',
      'NODE_OPTIONS',
      '--max-old-space-size=4096',
      '--max-old-space-size=4096 --openssl-legacy-provider',
    );
    const setupNode =
      'Run actions/setup-node@v2.4.1\n/home/runner/runners/2.283.3/externals/node12/bin/node: --openssl-legacy-provider is not allowed in NODE_OPTIONS';
    const ranked = rankDifferences([...DECOYS, nodeOptions, toolChange('node', '16.13.0', '17.1.0')], { log: parseBuildLog(setupNode) });
    expect(ranked.find((r) => r.key === 'NODE_OPTIONS')!.reasons.some((r) => r.text.includes('add --openssl-legacy-provider'))).toBe(true);
    // A flag named by a word every stack prints (--require and "at Module.require") has no subject of its own.
    const preload = hostAdded('env', 'NODE_OPTIONS', '--require /tmp/vscode-js-debug-bootloader.js');
    const stack = rankDifferences([...DECOYS, preload], {
      log: parseBuildLog("Error: Cannot find module 'x'\n    at Module.require (internal/modules/cjs/loader.js:1026:19)"),
    });
    expect(stack.find((r) => r.key === 'NODE_OPTIONS')!.reasons.some((r) => r.text.includes('add --require'))).toBe(false);
    // A flag both sides pass says nothing about the difference.
    const same = hostChange('env', 'CFLAGS', `${a} -Wp,-D_FORTIFY_SOURCE=2`, `${a} -Wp,-D_FORTIFY_SOURCE=2 -g`);
    const both = rankDifferences([...DECOYS, same], { log: parseBuildLog(fortify) });
    expect(both.find((r) => r.key === 'CFLAGS')!.reasons.some((r) => r.text.includes('an error line names'))).toBe(false);
  });

  it("a kernel that is WSL1's syscall translation outranks patch noise, where moving between Linux releases would not (microsoft/WSL#3053, redis/redis#7218)", () => {
    const lsan = [
      '$ ./hello',
      '==1070==LeakSanitizer has encountered a fatal error.',
      '==1070==HINT: For debugging, try setting environment variable LSAN_OPTIONS=verbosity=1:log_threads=1',
    ].join('\n');
    const noise = [
      pkg('gcc-7', '7.3.0-16ubuntu3', '7.3.0-27ubuntu1~18.04'),
      hostChange('env', 'PATH', '/usr/bin:/bin', '/usr/bin:/bin:/mnt/c/Windows'),
    ];
    expect(first(hostChange('kernel', 'release', '4.15.0-20-generic', '4.4.0-17134-Microsoft'), lsan, noise).key).toBe('release');
    const redis = 'Could not connect to Redis at 127.0.0.1:6379: setsockopt(TCP_NODELAY): Invalid argument';
    const wsl1 = hostChange('kernel', 'release', '4.15.0-99-generic', '4.4.0-18362-Microsoft');
    const tools = pkg('redis-tools', '5:4.0.9-1ubuntu0.2', '5:4.0.9-1');
    expect(first(wsl1, redis, [tools]).key).toBe('release');
    // The same distance between two Linux releases is an ordinary kernel change.
    const linux = hostChange('kernel', 'release', '4.15.0-99-generic', '4.4.0-184-generic');
    const ranked = rankDifferences([...DECOYS, linux, tools], { log: parseBuildLog(redis) });
    expect(ranked[0]!.key).not.toBe('release');
  });

  it('a switch programs read to change their mode or output outranks variables that say nothing (tombell/test-status#45, celery/django-celery-results#412)', () => {
    const jest = [
      '● Module › it renders a module with the proper size',
      "  - TypeError: Cannot call method 'renderIntoDocument' of undefined",
    ].join('\n');
    const noise = [hostAdded('env', 'ATOM_HOME', '/home/rjouchet/.atom'), hostChange('env', 'SHLVL', '2', '1')];
    expect(first(hostAdded('env', 'NODE_ENV', 'production'), jest, noise).key).toBe('NODE_ENV');
    const sphinx = [
      'Running Sphinx v7.2.6',
      "Handler <function correct_copyright_year at 0x7f6891a0cae0> for event 'config-inited' threw an exception (exception: string index out of range)",
    ].join('\n');
    expect(first(hostAdded('env', 'SOURCE_DATE_EPOCH', '1699613320'), sphinx, [hostAdded('env', 'LC_ALL', 'C.UTF-8')]).key).toBe(
      'SOURCE_DATE_EPOCH',
    );
  });

  it("a library's symbol the compiler or linker misses names that library's package, opaque structs and removed packages too (puma/puma#1195, ocaml/opam-repository#8316)", () => {
    const puma = [
      'compiling mini_ssl.c',
      'mini_ssl.c: In function ‘get_dh1024’:',
      'mini_ssl.c:90:5: error: dereferencing pointer to incomplete type ‘DH {aka struct dh_st}’',
      '   dh->p = BN_bin2bn(dh1024_p, sizeof(dh1024_p), NULL);',
    ].join('\n');
    const libssl = pkg('libssl-dev', '1.0.1t-1+deb8u6', '1.1.0c-2');
    expect(first(libssl, puma, [toolChange('gcc', '4.9.2', '6.3.0'), hostChange('libc', 'version', '2.19', '2.24')]).key).toBe(
      'libssl-dev',
    );
    const gsl = [
      "# /home/opam/.opam/4.03.0/build/gsl.1.19.2/_build/src/mlgsl_sf.c:484: undefined reference to `gsl_sf_legendre_array_n'",
      '# collect2: error: ld returned 1 exit status',
    ].join('\n');
    const ranked = rankDifferences(
      [...DECOYS, pkg('libgsl-dev', '2.1+dfsg-2', null), pkg('libblas-dev', '3.6.0-2ubuntu2', '1.2.20110419-10')],
      {
        log: parseBuildLog(gsl),
      },
    );
    expect(ranked[0]!.key).toBe('libgsl-dev');
    expect(ranked[0]!.reasons.some((r) => r.text.includes('gsl_sf_legendre_array_n, which this library declares'))).toBe(true);
  });

  it("an operation refused inside a rebuilt image blames the image before the runner's kernel build bump (martinthomson/i-d-template#293)", () => {
    const log = [
      'make: /bin/sh: Operation not permitted',
      'git clone -q --depth 10 --reference ~/git-reference \\',
      '    -b main https://github.com/martinthomson/i-d-template lib',
      'make: *** [Makefile:9: lib/main.mk] Error 127',
    ].join('\n');
    const image: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'martinthomson/i-d-template:latest',
      kind: 'changed',
      a: { id: 'sha256:2c3d', digests: ['martinthomson/i-d-template@sha256:111'], architecture: 'amd64', os: 'linux' },
      b: { id: 'sha256:8f9e', digests: ['martinthomson/i-d-template@sha256:222'], architecture: 'amd64', os: 'linux' },
      detail: { fields: ['id', 'digests'] },
    };
    const kernel = hostChange('kernel', 'release', '4.15.0-1077-aws', '4.15.0-1103-aws');
    expect(first(image, log, [kernel]).key).toBe('martinthomson/i-d-template:latest');
  });

  it("the CUDA version a mismatch names is nvcc's, and a captured command's --format flag names nothing (vllm-project/vllm#1060)", () => {
    const log = [
      '          raise RuntimeError(CUDA_MISMATCH_MESSAGE.format(cuda_str_version, torch.version.cuda))',
      '      RuntimeError:',
      '      The detected CUDA version (12.2) mismatches the version that was used to compile',
      '      PyTorch (11.7). Please make sure to use the same CUDA versions.',
    ].join('\n');
    const driver = hostChange('custom', 'nvidia-smi --query-gpu=driver_version --format=csv,noheader', '535.86.10', '535.104.05');
    expect(first(toolChange('nvcc', '11.7.99', '12.2.140'), log, [driver]).key).toBe('nvcc');
  });

  it("every GPU busy names a GPU's compute mode that became exclusive, not an older driver (iffiX/machin#25)", () => {
    const log = [
      'RuntimeError: CUDA error: all CUDA-capable devices are busy or unavailable',
      'For debugging consider passing CUDA_LAUNCH_BLOCKING=1.',
    ].join('\n');
    const mode = hostChange('custom', 'nvidia-smi --query-gpu=compute_mode --format=csv,noheader', 'Default', 'Exclusive_Process');
    const driver = hostChange('custom', 'nvidia-smi --query-gpu=driver_version --format=csv,noheader', '470.57.02', '460.73.01');
    expect(first(mode, log, [driver]).key).toBe(mode.key);
  });

  it("the GPU toolkit's failing prestart hook names the toolkit, not containerd's patch release (NVIDIA/nvidia-container-toolkit#1487)", () => {
    const log = [
      "docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error running prestart hook #0: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy'",
      'nvidia-container-cli: mount error: failed to add device rules: unable to find any existing device filters attached to the cgroup: bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted',
    ].join('\n');
    const toolkit = pkg('nvidia-container-toolkit', '1.17.8-1', '1.18.0-1');
    const containerd = pkg('containerd.io', '1.7.28-1~ubuntu.24.04~noble', '1.7.29-1~ubuntu.24.04~noble');
    const kernel = hostChange('kernel', 'release', '6.8.0-85-generic', '6.8.0-87-generic');
    expect(first(toolkit, log, [containerd, kernel]).key).toBe('nvidia-container-toolkit');
  });

  it('an operation refused where SELinux went from disabled to enforcing names SELinux over a hook library bump (NVIDIA/enroot#88)', () => {
    const log = [
      '[opc@inst-2a21p-distinct-cougar pytorch]$ enroot start cuda',
      'nvidia-container-cli: permission error: capability change failed: operation not permitted',
      '[ERROR] /etc/enroot/hooks.d/98-nvidia.sh exited with return code 1',
    ].join('\n');
    const selinux = hostChange('security', 'selinux', 'disabled', 'enforcing');
    expect(first(selinux, log, [pkg('libnvidia-container1', '1.4.0-1', '1.5.0-1', 'rpm')]).key).toBe('selinux');
  });

  it("a cross linker's undefined reference names the cross GCC of its triple over the host's GCC (apache/nuttx#7281)", () => {
    const log = [
      "arm-none-eabi-ld: nuttx/staging/libc.a(lib_impure.o):(.data.impure_data+0x4): undefined reference to `__sf'",
      "arm-none-eabi-ld: nuttx/staging/libc.a(lib_impure.o):(.data.impure_data+0x8): undefined reference to `__sf'",
    ].join('\n');
    const cross = toolChange('arm-none-eabi-gcc', '10.3.1', '11.3.1');
    expect(first(cross, log, [toolChange('gcc', '9.4.0', '11.3.0')]).key).toBe('arm-none-eabi-gcc');
  });

  it("C diagnostics in a kernel tree built for MIPS are the MIPS cross compiler's, not the host GCC's (frno7/linux#89)", () => {
    const log = [
      'In file included from ./arch/mips/include/asm/mipsregs.h:17,',
      '                 from ./arch/mips/include/asm/mach-generic/spaces.h:15,',
      './include/linux/types.h:30:33: error: ‘bool’ cannot be defined via ‘typedef’',
      '   30 | typedef _Bool                   bool;',
      './include/linux/types.h:30:33: note: ‘bool’ is a keyword with ‘-std=c23’ onwards',
      './include/linux/types.h:30:1: error: useless type name in empty declaration [-Werror]',
      'cc1: all warnings being treated as errors',
    ].join('\n');
    const cross = toolChange('mipsr5900el-unknown-linux-gnu-gcc', '14.3.0', '15.2.0');
    expect(first(cross, log, [toolChange('gcc', '14.3.0', '15.2.1')]).key).toBe(cross.key);
  });

  it('the program musl cannot relocate is the package B upgraded, not the moving tag of its image (jlandure/alpine-chrome#39)', () => {
    const log = [
      'Error relocating /usr/lib/chromium/chrome: _ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev: symbol not found',
      'Error relocating /usr/lib/chromium/chrome: _ZNSt19_Sp_make_shared_tag5_S_eqERKSt9type_info: symbol not found',
    ].join('\n');
    const chromium = pkg('chromium', '76.0.3809.132-r0', '77.0.3865.75-r0', 'apk');
    const image: Difference = {
      ...DECOYS[0]!,
      key: 'zenika/alpine-chrome:latest',
    };
    expect(first(chromium, log, [image, pkg('nss', '3.45-r0', '3.46-r0', 'apk')]).key).toBe('chromium');
    // A packaging revision rebuilds the same program: it is not what now needs more.
    expect(first(chromium, log, [image, pkg('chromium-swiftshader', '77.0.3865.75-r0', '77.0.3865.75-r1', 'apk')]).key).toBe('chromium');
  });

  it("curl's resolver thread refused names the old Docker, not a libseccomp that already knows clone3 (podman-container-tools/buildah#3776)", () => {
    const log = [
      "Error: Failed to download metadata for repo 'fedora': Cannot prepare internal mirrorlist: Curl error (6): Couldn't resolve host name for https://fedoramirror.example.net/metalink?repo=fedora-35&arch=x86_64 [getaddrinfo() thread failed to start]",
    ].join('\n');
    const seccomp = pkg('libseccomp2', '2.5.3-2', '2.5.1-1+deb11u1');
    const podman = toolChange('podman', '3.4.4', '3.0.1');
    expect(first(podman, log, [seccomp, hostChange('kernel', 'release', '5.15.0-3-amd64', '5.10.0-11-amd64')]).key).toBe('podman');
    // Before 2.5, libseccomp does not know clone3 at all.
    expect(first(pkg('libseccomp2', '2.5.3-2', '2.4.4-1'), log, [podman]).key).toBe('libseccomp2');
  });

  it('an operation refused in a container that ran unconfined on A and under the default seccomp profile on B names that option (tomwillfixit/arc-welder#3)', () => {
    const log = [
      'google-chrome --user-data-dir=/data',
      'Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = Operation not permitted',
    ].join('\n');
    const options = hostChange('docker', 'security_options', ['name=seccomp,profile=unconfined'], ['name=seccomp,profile=default']);
    const server = hostChange('docker', 'server_version', '17.12.0-ce', '1.12.3');
    expect(first(options, log, [server]).key).toBe('security_options');
  });

  it("pip failing to find a distribution names the index B's pip.conf adds, though pip never prints its host (pypa/packaging-problems#135)", () => {
    const log = [
      '  File "/Users/user/scram/environment/lib/python3.4/site-packages/pip/index.py", line 514, in find_requirement',
      "    'No matching distribution found for %s' % req",
      'pip.exceptions.DistributionNotFound: No matching distribution found for fs==0.5.4',
    ].join('\n');
    const index: Difference = {
      scope: 'host',
      facet: 'mirrors',
      key: 'https://pypi.example.net/pypi/',
      kind: 'added',
      b: { host: 'pypi.example.net', addresses: ['151.101.0.223'], source: '/Users/user/.pip/pip.conf' },
    };
    expect(first(index, log, [hostChange('os', 'version_id', '10.13', '10.12')]).key).toBe(index.key);
  });

  it("TeX's own error lines name TeX Live, any of its packages, and a captured look at its tree (sphinx-doc/sphinx#14465, pandoc/dockerfiles#183, jgrassler/mkdocs-pandoc#1)", () => {
    const capacity = [
      '! TeX capacity exceeded, sorry [input stack size=10000].',
      '<inserted text> \\the \\everycr',
      'l.629 \\sphinxmidrule',
    ].join('\n');
    const os = hostChange('os', 'version_id', '15.5', '26.5');
    expect(first(toolChange('texlive', '2025', '2026'), capacity, [os, toolChange('sphinx', '8.2.3', '9.0.4')]).key).toBe('texlive');
    const missing = ['Error producing PDF.', "! LaTeX Error: File `roboto.sty' not found.", 'l.10 \\usepackage'].join('\n');
    const tree = hostChange('custom', 'kpsewhich -var-value TEXMFDIST', '/usr/share/texlive/texmf-dist', '/opt/texlive/texdir/texmf-dist');
    // pandoc reports LaTeX's failure ("Error producing PDF."): it is at work, not what failed.
    expect(first(tree, missing, [toolChange('pandoc', '2.9.2.1', '2.19.2'), os]).key).toBe(tree.key);
    expect(first(pkg('texlive-science', '2019.20190930-1', null), missing, [os]).key).toBe('texlive-science');
    // Its own name on the line ("pandoc: Error producing PDF from TeX source.") passes the failure on too.
    const font = [
      'pandoc: Error producing PDF from TeX source.',
      '! Font T1/cmr/m/n/10=ecrm1000 at 10.0pt not loadable: Metric (TFM) file not found.',
      '<to be read again> ',
    ].join('\n');
    const fonts = pkg('texlive-fonts-recommended', '2013.20140215-1', null);
    expect(first(fonts, font, [toolChange('pandoc', '1.12.2.1', '1.16.0.2')]).key).toBe('texlive-fonts-recommended');
  });

  it('a HOME that gained letters outside ASCII is suspect even though HOME is a real directory on both (bazelbuild/bazel#7255)', () => {
    const log =
      'Error: An unexpected error occurred while trying to open file /tmp/t??st/.cache/bazel/_bazel_Viesis/install/5b71f1c3449ce6d1b7b4dca217afa78b/_embedded_binaries/A-server.jar';
    const home = hostChange('env', 'HOME', '/home/viesis', '/tmp/tēst');
    const disk: Difference = { ...hostChange('resources', 'disk_free:/tmp', 8589934592, 2147483648), detail: { volatile: true } };
    expect(first(home, log, [disk]).key).toBe('HOME');
    // Before any line shows it mangled: a HOME that gained such letters outranks a rebuilt runner's decoys.
    expect(first(home, ['$ bazel version', 'Extracting Bazel installation...'].join('\n')).key).toBe('HOME');
  });

  it('a program that answers its call with its usage is the one that rejected it (actions/cache#316: zstd --long)', () => {
    const log = [
      '/bin/tar --use-compress-program zstd -T0 --long=30 -cf cache.tzst -P -C /home/runner/work/rocket-chip/rocket-chip --files-from manifest.txt',
      'Incorrect parameters',
      'Usage : ',
      '      zstd [args] [FILE(s)] [-o file] ',
    ].join('\n');
    const zstd = pkg('zstd', '1.3.3+dfsg-2ubuntu1', '1.3.1+dfsg-1~ubuntu0.16.04.1');
    expect(first(zstd, log, [pkg('tar', '1.30+dfsg-6', '1.28-2.1ubuntu0.2')]).key).toBe('zstd');
  });

  it("a Jest assertion report shows Node at work: a V8 message that changed wording is Node's major (facebook/react#24915)", () => {
    const log = [
      '    expect(received).toBe(expected) // Object.is equality',
      '    Expected: "Cannot read property \'useState\' of null"',
      '    Received: "Cannot read properties of null (reading \'useState\')"',
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '5.4.0-1086-gcp', '21.5.0');
    expect(first(toolChange('node', '14.20.0', '16.16.0'), log, [kernel]).key).toBe('node');
  });

  it("a privileged port refused names the kernel's threshold that rose to 1024 over an SELinux now enforcing (apache/devlake#2290)", () => {
    const log = [
      '2022/06/21 17:46:06 [emerg] 12#12: bind() to 0.0.0.0:80 failed (13: Permission denied)',
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)',
    ].join('\n');
    const threshold = hostChange('sysctl', 'net.ipv4.ip_unprivileged_port_start', 0, 1024);
    const kernel = hostChange('kernel', 'release', '5.15.0-1020-azure', '5.15.0-1023-azure');
    expect(first(threshold, log, [kernel, hostChange('security', 'selinux', 'disabled', 'enforcing')]).key).toBe(threshold.key);
    // A threshold that fell lets more programs bind: it explains no refusal.
    expect(
      first(hostChange('sysctl', 'net.ipv4.ip_unprivileged_port_start', 1024, 0), log, [toolChange('nginx', '1.21.6', '1.22.0')]).key,
    ).toBe('nginx');
  });

  it("Package.resolved names SwiftPM over the OS's release (microsoft/appcenter#2404)", () => {
    const log = [
      'Resolve Package Graph',
      'Package.resolved file is corrupted or malformed; fix or delete the file to continue: unsupported schema version 2xcodebuild: error: Could not resolve package dependencies:',
      '  Package.resolved file is corrupted or malformed; fix or delete the file to continue: unsupported schema version 2',
    ].join('\n');
    const os = hostChange('os', 'version_id', '12.3', '11.6.5');
    expect(first(toolChange('swift', '5.6', '5.5.2'), log, [os]).key).toBe('swift');
  });

  it("a Darwin release inside a target triple is the build's directory name, not the kernel the failure met (asdf-vm/asdf-erlang#125)", () => {
    const log = [
      ' GEN\tobj/x86_64-apple-darwin19.4.0/opt/MADE',
      "ld: weak import of symbol '___darwin_check_fd_set_overflow' not supported because of option: -no_weak_imports for architecture x86_64",
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '19.3.0', '19.4.0');
    expect(first(toolChange('clang', '11.0.0', '11.0.3'), log, [kernel]).key).toBe('clang');
  });

  it('a library the linker cannot find is not the runtime package B only upgraded (crystal-lang/crystal#5477)', () => {
    const log = ["crystal eval 'p 1'", '/usr/bin/ld: cannot find -lpcre', '/usr/bin/ld: cannot find -levent'].join('\n');
    const crystal = toolChange('crystal', '0.23.1', '0.24.1');
    expect(first(crystal, log, [pkg('libpcre3', '2:8.39-9', '2:8.44-2')]).key).toBe('crystal');
    // Its -dev package gone is what the linker misses.
    expect(first(pkg('libpcre3-dev', '2:8.39-9', null), log, [crystal]).key).toBe('libpcre3-dev');
  });

  it("a compositor's start-up report of the kernel it runs on is no complaint about that kernel (chimera-linux/cports#1658)", () => {
    const log = [
      "root@cbuild: /builddir/kwindowsystem-6.0.0/build$ QT_QPA_PLATFORM=xcb xwfb-run -e /dev/stdout -- ctest -E 'kwindowinfox11test|threadtest|kwindowsystem(x11test|-kwindoweffectstest)' --output-on-failure",
      '[10:46:22.570] Command line: weston --no-config --backend headless --socket wayland-1276',
      '[10:46:22.570] OS: Linux, 6.7.10_1, #1 SMP PREEMPT_DYNAMIC Fri Mar 15 23:56:15 UTC 2024, x86_64',
      "[10:46:22.572] Output 'headless' enabled with head(s) headless",
      '               arbitrary resolutions: no',
    ].join('\n');
    const xwayland = hostChange('custom', 'command -v Xwayland', '/usr/bin/Xwayland', '');
    const kernel = hostChange('kernel', 'release', '6.7.9_1', '6.7.10_1');
    expect(first(xwayland, log, [kernel]).key).toBe(xwayland.key);
  });

  it("minikube's '(CPUs=4) (1 available)' names B's core count (kubernetes/minikube#8045)", () => {
    const log = [
      '~/Downloads$ minikube start --memory 4096 --cpus 4',
      '✨  Using the docker driver based on existing profile',
      '🤷  docker "minikube" container is missing, will recreate.',
      '🔥  Creating Kubernetes in docker container with (CPUs=4) (1 available), Memory=4096MB (7962MB available) ...',
    ].join('\n');
    const cores = hostChange('cpu', 'cores', 4, 1);
    const flags = hostChange('cpu', 'flags', ['fpu', 'sse4_2', 'avx2', 'vmx'], ['fpu', 'sse4_2', 'avx2', 'hypervisor']);
    expect(first(cores, log, [flags]).key).toBe('cores');
  });

  it("minikube's 'greater than the available cpus of 1' names B's core count (kubernetes/minikube#15609)", () => {
    const log = [
      'ubuntu $ minikube start --driver=none',
      '😄  minikube v1.28.0 on Ubuntu 20.04 (amd64)',
      '✨  Using the none driver based on user configuration',
      '',
      '⛔  Exiting due to RSRC_INSUFFICIENT_CORES: Requested cpu count 2 is greater than the available cpus of 1',
    ].join('\n');
    const cores = hostChange('cpu', 'cores', 2, 1);
    const kernel: Difference = {
      ...hostChange('kernel', 'release', '5.4.0-131-generic', '5.4.0-88-generic'),
      detail: { direction: 'downgrade' },
    };
    expect(first(cores, log, [kernel]).key).toBe('cores');
  });

  it("Bundler's 'your local platform is x86_64-linux' names B's machine over Bundler's own version (ifmeorg/ifme#2231)", () => {
    const log = [
      'remote: -----> Installing dependencies using bundler 2.3.25        ',
      'remote:        Your bundle only supports platforms ["aarch64-linux", "arm64-darwin-21",        ',
      'remote:        "arm64-darwin-22", "x86_64-darwin-20"] but your local platform is x86_64-linux.        ',
      'remote:        `bundle lock --add-platform x86_64-linux` and try again.        ',
      'remote:  !     Failed to install gems via Bundler.        ',
    ].join('\n');
    const machine = hostChange('kernel', 'machine', 'arm64', 'x86_64');
    expect(first(machine, log, [toolChange('bundler', '2.4.12', '2.3.25')]).key).toBe('machine');
  });

  it('an architecture named on a line a signature explains links the machine too (gradle/gradle#20355)', () => {
    const log = [
      '- Failed to notify build listener.',
      "> /Users/u/Library/Caches/JNA/temp/jna377.tmp: dlopen(/Users/u/Library/Caches/JNA/temp/jna377.tmp, 0x0001): tried: '/Users/u/Library/Caches/JNA/temp/jna377.tmp' (fat file, but missing compatible architecture (have 'i386,x86_64', need 'arm64e')), '/usr/lib/jna377.tmp' (no such file)",
    ].join('\n');
    const ranked = rankDifferences([hostChange('kernel', 'machine', 'x86_64', 'arm64')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.source === 'log' && r.text.includes('architecture'))).toBe(true);
  });

  it('an image only one side has did not change architecture, whatever architecture the log names (opensearch-project/opensearch-build#4580)', () => {
    const log = ['fatal glibc error cpu does not support x86-64-v2', 'Architecture:                    x86_64'].join('\n');
    const image = { id: 'sha256:4281871339a4', architecture: 'amd64', os: 'linux' };
    const gone: Difference = { scope: 'host', facet: 'images', key: 'opensearchproject/opensearch:2.8.0', kind: 'removed', a: image };
    const ranked = rankDifferences([gone], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('architecture'))).toBe(false);
  });

  it("a platform tag names its architecture: PlatformIO's 'for your system' (platformio/platformio-core#1103)", () => {
    const log = [
      'PackageManager: Installing toolchain-gccarmlinuxgnueabi @ ~1.40802.0',
      "Error: Could not find a version that satisfies the requirement '~1.40802.0' for your system 'linux_x86_64'",
    ].join('\n');
    const machine = hostChange('kernel', 'machine', 'armv7l', 'x86_64');
    expect(first(machine, log, [hostChange('os', 'id', 'raspbian', 'ubuntu')]).key).toBe('machine');
  });

  it('a module that lacks an attribute names the distribution it is imported from: PIL is Pillow (Samsung/ONE#10966)', () => {
    const log = [
      '    PIL.Image.ANTIALIAS)).astype(np.float32)',
      "AttributeError: module 'PIL.Image' has no attribute 'ANTIALIAS'",
      'Raw data have been packaged to inception_v3_test_data.h5',
    ].join('\n');
    const pillow = pkg('Pillow', '9.5.0', '10.0.0', 'pip');
    const ranked = rankDifferences([pillow, toolChange('pip', '23.1.2', '23.2'), pkg('numpy', '1.24.3', '1.24.4', 'pip')], {
      log: parseBuildLog(log),
    });
    expect(ranked[0]!.key).toBe('Pillow');
    expect(ranked[0]!.reasons.some((r) => r.source === 'log' && r.text.includes('module pil'))).toBe(true);
  });

  it('a module the build cannot import is the distribution that ships it: serial is pyserial (arduino/arduino-cli#455)', () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "/root/.arduino15/packages/esp32/tools/esptool_py/2.6.1/esptool.py", line 37, in <module>',
      '    import serial',
      'ImportError: No module named serial',
      'Error: build failed: exit status 1',
    ].join('\n');
    const pyserial = pkg('pyserial', '3.4', null, 'pip');
    expect(first(pyserial, log, [pkg('setuptools', '44.1.1', null, 'pip'), toolChange('pip', '20.3.4', '23.0.1')]).key).toBe('pyserial');
  });

  it('Debian ships a module as python-<module>: the image lost python-serial, not gained python3-serial (arduino/arduino-cli#455)', () => {
    const log = [
      '  File "/root/.arduino15/packages/esp32/tools/esptool_py/2.6.1/esptool.py", line 37, in <module>',
      '    import serial',
      'ImportError: No module named serial',
    ].join('\n');
    const python2Serial = pkg('python-serial', '3.4-2', null);
    const python3Serial = pkg('python3-serial', null, '3.4-2');
    expect(first(python2Serial, log, [python3Serial, pkg('python2.7', '2.7.15~rc1-1ubuntu0.1', '2.7.15-4ubuntu4~18.04.1')]).key).toBe(
      'python-serial',
    );
  });

  it('a host key B does not know is what `ssh-keygen -F` captured, not a security patch of OpenSSH (mdsol/docker-ssh-exec#4)', () => {
    const log = ['Host key verification failed.', 'fatal: Could not read from remote repository.'].join('\n');
    const knownHost = hostChange('custom', 'ssh-keygen -F github.com', 'github.com ssh-rsa AAAAB3NzaC1yc2EAAAABIwAAAQEAq2A7hRGmdnm9', '');
    expect(first(knownHost, log, [pkg('openssh-client', '1:6.7p1-5+deb8u2', '1:6.7p1-5+deb8u3')]).key).toBe('ssh-keygen -F github.com');
  });

  it('an agent on both sides under another socket path is still an agent: the keys it offers changed (recallnet/ipc#309)', () => {
    const log = [
      '2.929   failed to authenticate when downloading repository',
      '2.929 ',
      '2.929 Caused by:',
      '2.929   ERROR: Repository not found.',
      '2.929   ; class=Ssh (23); code=Eof (-20)',
    ].join('\n');
    const keys = hostChange('custom', 'ssh-add -l | wc -l', '1', '2');
    const socket = hostChange('env', 'SSH_AUTH_SOCK', '/tmp/ssh-XXXXa1b2/agent.4121', '/tmp/ssh-XXXXc3d4/agent.5230');
    const ranked = rankDifferences([keys, socket], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('ssh-add -l | wc -l');
    expect(ranked.find((d) => d.key === 'SSH_AUTH_SOCK')!.reasons.some((r) => r.text.includes('no SSH agent'))).toBe(false);
  });

  it('an error line naming a tool B lacks altogether outweighs a release of a tool B has under the same name (bazel-contrib/rules_python#660)', () => {
    const log = [
      '==================== Test output for //:py_import_test:',
      'env: python: No such file or directory',
      '================================================================================',
    ].join('\n');
    const python2: Difference = { scope: 'host', facet: 'toolchains', key: 'python', kind: 'removed', a: '2.7.18' };
    expect(first(python2, log, [toolChange('python3', '3.8.9', '3.9.12')]).key).toBe('python');
  });

  it("a directory variable only A sets, and B's program fails on that directory's default: buildah under su (podman-container-tools/buildah#1042)", () => {
    const log = [
      'buildah bud http://raw.githubusercontent.com/fatherlinux/two-pizza-team/master/Dockerfile-fedora-experiment',
      'mkdir /var/run/user/1000: permission denied',
      'ERRO[0000] exit status 1',
    ].join('\n');
    const runtimeDir: Difference = { scope: 'host', facet: 'env', key: 'XDG_RUNTIME_DIR', kind: 'removed', a: '/run/user/1000' };
    const sshConnection: Difference = {
      scope: 'host',
      facet: 'env',
      key: 'SSH_CONNECTION',
      kind: 'removed',
      a: '192.0.2.7 51234 192.0.2.9 22',
    };
    expect(first(runtimeDir, log, [sshConnection]).key).toBe('XDG_RUNTIME_DIR');
    // The default is often A's very value: a line that only works under it is no failure on it (gap-system/GAP.jl, ~/.julia).
    const depot: Difference = { scope: 'host', facet: 'env', key: 'JULIA_DEPOT_PATH', kind: 'removed', a: '/home/bla/.julia' };
    const created = rankDifferences([depot], {
      log: parseBuildLog(
        "ERROR: InitError: Error thrown by GAP: Error, module '/home/bla/.julia/packages/GAP/7w7Vl/deps/build/gap-4.11.0-julia-1.5/pkg/ferret-1.0.3/bin/x86_64-pc-linux-gnu-julia64-kv7-v1.5/ferret.so' not found",
      ),
    });
    expect(created[0]!.reasons.some((r) => r.text.includes("A's JULIA_DEPOT_PATH"))).toBe(false);
  });

  it("a call that no longer fits a system header's declaration names the library whose header it is (DanBloomberg/leptonica#107)", () => {
    const log = [
      " gifio.c:124:9: error: too few arguments to function 'DGifCloseFile'",
      '          DGifCloseFile(gif);',
      ' In file included from gifio.c:72:0:',
      ' /usr/include/gif_lib.h:183:9: note: declared here',
      '      int DGifCloseFile(GifFileType * GifFile, int *ErrorCode);',
    ].join('\n');
    const giflib = pkg('giflib', '5.0.6-1', '5.1.0-1', 'pacman');
    expect(first(giflib, log, [toolChange('gcc', '4.9.2', '4.9.3')]).key).toBe('giflib');
  });

  it("a candidate under a library's include directory names that library (otfried/ipe-tools#57)", () => {
    const log = [
      "xmloutputdev.cpp:156:21: error: no matching function for call to 'GfxState::getLineDash(double**, int*, double*)'",
      "/usr/include/poppler/GfxState.h:1506:32: note: candidate: 'const std::vector<double>& GfxState::getLineDash(double*)'",
    ].join('\n');
    const poppler = pkg('libpoppler-private-dev', '22.02.0-2ubuntu0.1', '22.12.0-2');
    const ranked = rankDifferences([poppler], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.source === 'log' && r.text.includes("poppler's header"))).toBe(true);
  });

  it("geninfo's error is lcov's: lcov 2.0 made a mismatch fatal (linux-test-project/lcov#341)", () => {
    const log = [
      'geninfo: ERROR: mismatched end line for _ZN42Test_Parameters_Initialize_Parameters_Test8TestBodyEv at /home/runner/work/GMGPolar/GMGPolar/tests/comparetest.cpp:47: 47 -> 52',
      '\t(use "geninfo --ignore-errors mismatch ..." to bypass this error)',
      'gmake[1]: *** [CMakeFiles/coverage.dir/build.make:73: CMakeFiles/coverage] Error 1',
    ].join('\n');
    const lcov = pkg('lcov', '1.14-2', '2.0-4ubuntu2');
    expect(first(lcov, log, [hostChange('os', 'version_id', '22.04', '24.04')]).key).toBe('lcov');
  });

  it("a version written after another tool's name is that tool's: nodejs 10.15.3 is not macOS 10.15.3 (asdf-vm/asdf#662)", () => {
    const log = [
      'asdf: No version set for command node',
      'you might want to add one of the following in your .tool-versions file:',
      '',
      'nodejs 10.15.3',
      'nodejs 9.11.1',
    ].join('\n');
    const macos = hostChange('os', 'version_id', '10.15.3', '10.14.6');
    const ranked = rankDifferences([macos], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('10.15.3'))).toBe(false);
    // Its own name before it keeps it: "chrome=80.0.3987.87" is google-chrome-stable's (web-platform-tests/wpt.fyi#1788).
    const chrome = pkg('google-chrome-stable', '79.0.3945.130-1', '80.0.3987.87-1');
    const session = 'Error waiting for test runs: unknown error - 100: chrome not reachable\n  (Session info: chrome=80.0.3987.87)';
    const own = rankDifferences([chrome], { log: parseBuildLog(session) });
    expect(own[0]!.reasons.some((r) => r.text.includes("80.0.3987.87, B's version"))).toBe(true);
  });

  it.each([
    [
      'JuliaContainerization/Sandbox.jl#75',
      'overlay',
      '┌ Warning: Could not find loaded `overlay` module, try `sudo modprobe overlay` or export SANDBOX_SKIP_OVERLAYFS_CHECK=true to disable this check!',
    ],
    ['kubernetes/minikube#6404', 'br_netfilter', 'modprobe: FATAL: Module br_netfilter not found in directory /lib/modules/4.19.79+'],
  ])('a kernel module the log asks for by name is one B has not loaded (%s)', (_source, module, line) => {
    const log = [line, 'ERROR: Could not find any available executors for x86_64-linux-gnu-julia_version+1.7.1!'].join('\n');
    const gone: Difference = { scope: 'host', facet: 'modules', key: module, kind: 'removed', a: 'loaded' };
    const other: Difference = { scope: 'host', facet: 'modules', key: 'vhci_hcd', kind: 'added', b: 'loaded' };
    const ranked = rankDifferences([gone, other, toolChange('julia', '1.7.0', '1.7.1')], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe(module);
    expect(ranked[0]!.reasons.some((r) => r.text.includes(`asks for kernel module ${module}`))).toBe(true);
  });

  it("the build asks for Qt5, and B's qt formula is Qt 6 (debauchee/barrier#1207)", () => {
    const log = [
      'CMake Error at src/gui/CMakeLists.txt:3 (find_package):',
      '  By not providing "FindQt5.cmake" in CMAKE_MODULE_PATH this project has',
      '  asked CMake to find a package configuration file provided by "Qt5", but',
      '  CMake did not find one.',
      '  Could not find a package configuration file provided by "Qt5" with any of',
    ].join('\n');
    const qt = pkg('qt', '5.15.2', '6.1.1', 'brew');
    expect(first(qt, log, [toolChange('cmake', '3.20.2', '3.20.5'), hostChange('os', 'version_id', '11.3.1', '11.4')]).key).toBe('qt');
  });

  it('a segmentation fault under a lower stack limit is the stack overflowing, not a kernel rebuild (gher-uliege/DIVA#10)', () => {
    const log = [
      './divacutNCDF: line 54: 31561 Segmentation fault      (core dumped) ../../DIVA3D/bin/test_inpolygon.a $ncfile $contfile $outfile',
      '###################',
      'End of divacutNCDF',
    ].join('\n');
    const stack = hostChange('custom', 'ulimit -s', 'unlimited', '8192');
    const kernel = hostChange('kernel', 'release', '3.10.0-862.14.4.el7.x86_64', '3.10.0-957.1.3.el7.x86_64');
    expect(first(stack, log, [kernel]).key).toBe('ulimit -s');
  });

  it('a captured check whose answer on B is the system refusing a path, and the build failing under it (eclipse-sw360/sw360#804)', () => {
    const log = [
      'dira@server:/usr/local/src/sw360$ mvn package -P deploy -DskipTests',
      '[ERROR] Could not create local repository at /home/dira271641/.m2/repository -> [Help 1]',
      '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
    ].join('\n');
    const home = hostChange(
      'custom',
      `stat -c '%U %a' "$HOME"`,
      'dira271641 755',
      "stat: cannot stat '/home/dira271641': No such file or directory",
    );
    const maven: Difference = { ...toolChange('maven', '3.6.3', '3.3.9'), detail: { direction: 'downgrade' as const } };
    expect(first(home, log, [maven, hostChange('os', 'version_id', '18.04', '16.04')]).key).toBe(`stat -c '%U %a' "$HOME"`);
  });

  it("an os-release field's name is no word of the failure: 'pretty' in a step's path is not PRETTY_NAME (wantedly/step-pretty-slack-notify#32)", () => {
    const log = [
      '1 gem installed',
      "rbenv: version `2.1.5' is not installed (set by /pipeline/pretty-slack-notify-fd13d054-52fb-4bd6-9fd7-e501f9daa9ea/.ruby-version)",
    ].join('\n');
    const rbenv = hostAdded('env', 'RBENV_ROOT', '/usr/local/rbenv');
    const pretty = hostChange('os', 'pretty_name', 'Debian GNU/Linux 8 (jessie)', 'Ubuntu 14.04.4 LTS');
    expect(first(rbenv, log, [pretty]).key).toBe('RBENV_ROOT');
  });

  it("ninja's own 'build stopped' line does not make a packaging revision of ninja the cause (manticoresoftware/columnar#47)", () => {
    const log = [
      '    FAILED: CMakeFiles/cmTC_56e17.dir/testCXXCompiler.cxx.o',
      "    error: environment variable 'SOURCE_DATE_EPOCH' ('') must be a non-negative decimal integer <= 253402300799",
      '    ninja: build stopped: subcommand failed.',
    ].join('\n');
    const clang: Difference = { ...toolChange('clang', '15.0.7', '16.0.6'), scope: 'image:build' };
    const ninja: Difference = { ...pkg('ninja-build', '1.11.1-1', '1.11.1-2'), scope: 'image:build' };
    expect(first(clang, log, [ninja]).key).toBe('clang');
  });
});

describe("what a failure's own names point at", () => {
  it("a header the compiler cannot find is the library's whose name it bears: proj_api.h is libproj-dev's (pietern/goestools#130)", () => {
    const log = [
      '/home/dev/goestools/src/goesproc/proj.h:16:10: fatal error: proj_api.h: No such file or directory',
      '   16 | #include <proj_api.h>',
      'compilation terminated.',
    ].join('\n');
    const proj = pkg('libproj-dev', '6.3.1-1', '8.2.1-1');
    expect(first(proj, log, [toolChange('gcc', '9.4.0', '11.2.0'), hostChange('os', 'version_id', '20.04', '22.04')]).key).toBe(
      'libproj-dev',
    );
  });

  it.each([
    [
      'a command not found on PATH is the package that ships it: xelatex is texlive-xetex (jupyter/docker-stacks#353)',
      [
        '500 : Internal Server Error',
        'nbconvert failed: xelatex not found on PATH, if you have not installed xelatex you may need to do so.',
      ],
      ['texlive-xetex', '2014.20141024-2'],
      ['texlive-latex-base', '2014.20141024-2'],
    ],
    [
      'an autoconf name left unexpanded carries the name of the package whose macro it is: GTK_DOC (tdz/gtkglext#1)',
      [
        'docs/reference/gtkglext/Makefile.am:112: ENABLE_GTK_DOC does not appear in AM_CONDITIONAL',
        'autoreconf: automake failed with exit status: 1',
      ],
      ['gtk-doc-tools', '1.18-2'],
      ['gnome-common', '3.1.0-0ubuntu4'],
    ],
  ])('%s', (_title, lines, [cause, version], [other, otherVersion]) => {
    const gone = pkg(cause!, version!, null);
    expect(first(gone, lines.join('\n'), [pkg(other!, otherVersion!, null)]).key).toBe(cause);
  });

  it("a wrapper's ERROR prefix still shows the program that rejected its call: pacstrap is arch-install-scripts' (manjaro/manjaro-docker#37)", () => {
    const log = [
      'env -i pacstrap -C /usr/share/manjaro-tools/pacman-default.conf -c -d -G -M /tmp/tmp.7DLhH40wnp pacman sed systemd',
      "==> ERROR: pacstrap: invalid option -- 'd'",
      'make: *** [Makefile:7: rootfs] Error 1',
    ].join('\n');
    const scripts = pkg('arch-install-scripts', '27-1', '28-1', 'pacman');
    expect(first(scripts, log, [pkg('systemd', '254.5-1', '255.2-2', 'pacman')]).key).toBe('arch-install-scripts');
  });

  it.each([
    [
      'ostreedev/ostree#2439',
      'bison',
      '3.7.6',
      '3.8',
      ['11.1.0', '11.2.0'],
      'src/ostree/parse-datetime.c:481:6: error: conflicting types for ‘yyerror’; have ‘void(parser_control *, const char *)’',
    ],
    [
      'libguestfs/libguestfs#24',
      'gperf',
      '3.0.4',
      '3.1',
      ['6.2.1', '6.3.1'],
      "errnostring-gperf.gperf:505:1: error: conflicting types for 'guestfs_int_string_to_errno_lookup'",
    ],
  ])("a compiler error in generated code is the generator's when it changed (%s)", (_source, tool, a, b, gcc, line) => {
    const log = [line, 'make[3]: *** [Makefile:2339: generated.lo] Error 1'].join('\n');
    expect(first(toolChange(tool, a, b), log, [toolChange('gcc', gcc[0]!, gcc[1]!)]).key).toBe(tool);
  });

  it("a TLS failure in rustls' words is an https request, which B sends through a proxy (denoland/deno#2301)", () => {
    const log = [
      'Downloading https://deno.example.net/welcome.ts',
      'WARN RS - Sending fatal alert BadCertificate',
      'an error occurred trying to connect: invalid certificate: UnknownIssuer',
    ].join('\n');
    const https: Difference = { scope: 'host', facet: 'mirrors', key: 'proxy.https', kind: 'added', b: 'http://proxy.corp.example:8080' };
    const http: Difference = { ...https, key: 'proxy.http' };
    expect(first(https, log, [http]).key).toBe('proxy.https');
  });

  it('an operation refused in a container that lost CAP_SYS_ADMIN is the capabilities, not the AppArmor profile that came with them (dandi/dandi-hub#5)', () => {
    const log = ['ERROR  : Could not virtualize file system namespace: Operation not permitted', 'ABORT  : Retval = 255'].join('\n');
    const caps = hostChange(
      'security',
      'capabilities',
      'privileged: all capabilities incl. CAP_SYS_ADMIN',
      'docker default: CAP_CHOWN,CAP_DAC_OVERRIDE,CAP_SETUID',
    );
    const apparmor = hostChange('security', 'apparmor', 'unconfined', 'docker-default');
    expect(first(caps, log, [apparmor]).key).toBe('capabilities');
  });

  it.each([
    ['mariusae/trickle#22', 'aarch64', 'configure: error: cannot guess build type; you must specify one'],
    ['skvadrik/re2c#584', 'loongarch64', 'checking build system type... ./build-aux/config.guess: unable to guess system type'],
  ])("an old config.guess that does not know B's machine is the machine, not the kernel its report names (%s)", (_source, arch, line) => {
    const log = [line, `uname -m = ${arch}`, 'uname -r = 6.6.0-32.7.v2505.ky11'].join('\n');
    const machine = hostChange('kernel', 'machine', 'x86_64', arch);
    expect(first(machine, log, [hostChange('kernel', 'release', '6.8.0-1014-azure', '6.6.0-32.7.v2505.ky11')]).key).toBe('machine');
  });

  it.each([
    ['nanomsg/nng#1195', 'armv7l', "posix_atomic.c:(.text+0x514): undefined reference to `__atomic_fetch_add_8'"],
    ['jemalloc/jemalloc#1401', 'riscv64', "lib/libjemalloc.so: undefined reference to `__atomic_compare_exchange_1'"],
  ])('atomics the linker cannot find are a processor that needs libatomic for them (%s)', (_source, arch, line) => {
    const log = ["/usr/bin/ld: src/libnng_testlib.a(posix_atomic.c.o): in function `nni_atomic_add64':", line].join('\n');
    const machine = hostChange('kernel', 'machine', 'x86_64', arch);
    const gcc: Difference = { ...toolChange('gcc', '9.2.1', '8.3.0'), detail: { direction: 'downgrade' as const } };
    const top = rankDifferences([...DECOYS, gcc, machine], { log: parseBuildLog(log) })[0]!;
    expect(top.key).toBe('machine');
    expect(top.reasons.some((r) => r.source === 'log' && r.text.includes('no native instruction'))).toBe(true);
  });
});

describe('what a rebuilt image or an unnamed runtime brings', () => {
  it("Redis' background threads refused after its image was rebuilt on a newer C library: the image, not a kernel patch (redis/redis#12364)", () => {
    const log = [
      '1:C 29 Jun 2023 08:58:09.984 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 29 Jun 2023 08:58:09.984 * Running mode=standalone, port=6379.',
      '1:M 29 Jun 2023 08:58:09.984 # Server initialized',
      "1:M 29 Jun 2023 08:58:09.984 # Fatal: Can't initialize Background Jobs.",
    ].join('\n');
    const image: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'redis:6.2',
      kind: 'changed',
      a: { id: 'sha256:59ca', digests: ['redis@sha256:111'], architecture: 'amd64', os: 'linux', created: '2023-05-10T00:00:00Z' },
      b: { id: 'sha256:2726', digests: ['redis@sha256:222'], architecture: 'amd64', os: 'linux', created: '2023-06-13T00:00:00Z' },
      detail: { fields: ['id', 'digests', 'created'] },
    };
    const kernel = hostChange('kernel', 'release', '4.18.0-477.13.1.el8_8.x86_64', '4.18.0-497.el8.x86_64');
    const ranked = rankDifferences([image, kernel], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('redis:6.2');
  });

  it("a shared library the loader cannot relocate is its package's by the library's stem: libgeos.so is geos (SEED-platform/seed#2006)", () => {
    const log = [
      'libstdc++.so.6 => /usr/lib/libstdc++.so.6 (0x7fcc14c84000)',
      'Error relocating /usr/lib/libgeos.so: _ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev: symbol not found',
      'Error relocating /usr/lib/libgeos.so: _ZNSt13runtime_errorC2EOS_: symbol not found',
    ].join('\n');
    const geos = pkg('geos', '3.7.2-r0', '3.8.0-r0', 'apk');
    const alpine: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'alpine:3.10',
      kind: 'changed',
      a: { id: 'sha256:aaa', digests: ['alpine@sha256:111'], architecture: 'amd64', os: 'linux', created: '2019-10-21T00:00:00Z' },
      b: { id: 'sha256:bbb', digests: ['alpine@sha256:222'], architecture: 'amd64', os: 'linux', created: '2019-12-24T00:00:00Z' },
      detail: { fields: ['id', 'digests', 'created'] },
    };
    const ranked = rankDifferences([alpine, geos], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('geos');
  });

  it.each([
    [
      'Snapchat/KeyDB#99',
      ['[err]: BITOP lshift string in tests/unit/bitops.tcl', "Expected '\u0000g' to equal or match 'abcdefg'"],
      ['8.6.8', '8.5.13'],
    ],
    [
      'exercism/tcl#368',
      ['---- Result was:', '2009-02-19T02:46:40', '---- Result should have been (exact matching):', '==== gigasecond-2 FAILED'],
      ['8.6.15', '9.0.0'],
    ],
  ])("a Tcl test suite's report shows the build runs on tclsh (%s)", (_source, lines, [a, b]) => {
    const tclsh: Difference = { ...toolChange('tclsh', a!, b!), detail: { direction: a! < b! ? 'upgrade' : 'downgrade' } };
    const os = hostChange('os', 'version_id', '10.15', '11.7');
    expect(first(tclsh, lines.join('\n'), [os]).key).toBe('tclsh');
  });

  it("a library's type the compiler cannot find outranks the compiler's strictness (OtherCrashOverride/c2play#16: an older libavcodec)", () => {
    const log = [
      '../../src/Media/MediaSourceElement.cpp: In member function ‘void MediaSourceElement::SetupPins()’:',
      '../../src/Media/MediaSourceElement.cpp:112:3: error: ‘AVCodecHWConfig’ was not declared in this scope',
    ].join('\n');
    const libavcodec = pkg('libavcodec-dev', '7:4.1.6-1~deb10u1', '7:3.4.11-0ubuntu0.1');
    const gcc = toolChange('gcc', '4.9.2', '5.4.0');
    const ranked = rankDifferences([...DECOYS, gcc, libavcodec], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('libavcodec-dev');
    expect(ranked[1]!.key).toBe('gcc');
    expect(ranked[1]!.reasons[0]!.text).toContain('libavcodec-dev declares the identifier the compiler missed');
    // With no library that declares it, the compiler's strictness stands.
    expect(first(gcc, log).key).toBe('gcc');
  });

  it("a struct another release changed is found in clang's words too: no member named 'x' in 'struct y'", () => {
    const m = scanMentions(parseBuildLog("src/decode.c:88:14: error: no member named 'codecpar' in 'struct AVStream'"));
    expect([...m.missingSymbols.keys()]).toEqual(['AVStream']);
    const gcc = scanMentions(
      parseBuildLog(
        'hlsoutputstream.cc:119:10: error: ‘AVCodecContext’ {aka ‘struct AVCodecContext’} has no member named ‘channel_layout’',
      ),
    );
    expect([...gcc.missingSymbols.keys()]).toEqual(['AVCodecContext']);
  });

  it('a linker\'s "multiple errors" line is an error line, "0 errors" is not (CyberShadow/dhcptest#38)', () => {
    expect(looksLikeError("ld: multiple errors: symbol count from symbol table and dynamic symbol table differ in 'dhcptest.o'")).toBe(
      true,
    );
    expect(looksLikeError('Build finished: 0 errors: 2 warnings')).toBe(false);
    expect(looksLikeError('No errors: all 12 checks passed')).toBe(false);
    const log = [
      "ld: multiple errors: symbol count from symbol table and dynamic symbol table differ in '/Users/gc/src/dhcptest.o'",
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    const ld = toolChange('ld', 'ld64-857.1', 'ld-1015.7');
    expect(first(ld, log, [toolChange('clang', '14.0.3', '15.0.0')]).key).toBe('ld');
  });

  it("GLib's CRITICAL level is an error line: it names the library whose invariant broke (nnstreamer/nnstreamer#4030)", () => {
    expect(looksLikeError('(unittest_tizen_sensor:272725): GStreamer-CRITICAL **: 01:09:02.734: ')).toBe(true);
    expect(looksLikeError('critical path: 12 tasks')).toBe(false);
  });

  it('"Git version 2.0.0 is required. Found 1.8.5." is a requirement B misses (semantic-release/semantic-release#856)', () => {
    const log = [
      '[Semantic release]: Running semantic-release version 15.6.1',
      '[semantic-release]: Git version 2.0.0 is required. Found 1.8.5.',
      'npm ERR! code ELIFECYCLE',
      'npm ERR! @acme/components@0.0.0-development semantic-release: `npm run build && semantic-release`',
    ].join('\n');
    const git = { ...toolChange('git', '2.18.0', '1.8.5'), detail: { direction: 'downgrade' as const } };
    const npm = { ...toolChange('npm', '6.1.0', '5.6.0'), detail: { direction: 'downgrade' as const } };
    const node = { ...toolChange('node', '10.6.0', '8.11.3'), detail: { direction: 'downgrade' as const } };
    const top = first(git, log, [npm, node]) as ReturnType<typeof rankDifferences>[number];
    expect(top.key).toBe('git');
    expect(top.reasons.some((r) => r.text.includes('the log requires git 2.0.0 or later: B has 1.8.5, A has 2.18.0'))).toBe(true);
    expect(looksLikeError('[semantic-release]: Git version 2.0.0 is required. Found 1.8.5.')).toBe(true);
    expect(looksLikeError('Login required to continue')).toBe(false);
    expect(looksLikeError('libfoo1 is required by libbar2')).toBe(false);
  });

  it("an error line printing B's whole version names the suffix only B has (jenkins-x/jx#5815: 2.23.0.windows.1)", () => {
    const log = [
      'helm client        v2.13.1+g618447c',
      'git                2.23.0.windows.1',
      'verifying packages',
      'error: failed to parse semantic version for current version 2.23.0.windows.1 for package git: Invalid character(s) found in patch number "0.windows.1"',
    ].join('\n');
    const helm = { ...toolChange('helm', '2.14.3', '2.13.1'), detail: { direction: 'downgrade' as const } };
    expect(first(toolChange('git', '2.23.0', '2.23.0.windows.1'), log, [helm]).key).toBe('git');
    // Another build number under the same suffix is a version step, which versionFindings weighs.
    const kernel = hostChange('kernel', 'release', '5.15.0-40-generic', '5.15.0-41-generic');
    const gyp = 'npm ERR! gyp ERR! System Linux 5.15.0-41-generic\nnpm ERR! gyp ERR! node -v v18.6.0';
    expect(first(toolChange('node', '16.16.0', '18.6.0'), gyp, [kernel]).key).toBe('node');
  });

  it("a word of a source file's name is not the setting that holds the same word (nautilus-cyberneering/git-queue#219)", () => {
    const log = [
      ' FAIL  __tests__/e2e/main.test.ts (11.704 s)',
      '  ● GitHub Action › should create a new job',
      '    expect(received).toBe(expected) // Object.is equality',
    ].join('\n');
    const email: Difference = { scope: 'host', facet: 'git', key: 'user.email', kind: 'removed', a: 'ci@example.com' };
    const branch: Difference = hostAdded('git', 'init.defaultBranch', 'main');
    expect(first(email, log, [branch]).key).toBe('user.email');
    // The same word as a device or a directory still names it.
    const kvm: Difference = hostChange('custom', 'ls /dev/kvm', '/dev/kvm', 'ls: cannot access /dev/kvm: No such file or directory');
    expect(first(kvm, 'qemu-system-x86_64: Could not access KVM kernel module: No such file or directory').key).toBe('ls /dev/kvm');
  });

  it("pip building a package from source on B's newer Python blames the Python, not pip's minor bump (numpy/numpy#23808)", () => {
    const log = [
      'Collecting numpy',
      '  Using cached numpy-1.24.3.tar.gz (10.9 MB)',
      '  Getting requirements to build wheel ... error',
      '  error: subprocess-exited-with-error',
      '  × Getting requirements to build wheel did not run successfully.',
    ].join('\n');
    const python = toolChange('python3', '3.11.3', '3.12.0b1');
    expect(first(python, log, [toolChange('pip', '23.0.1', '23.1.2')]).key).toBe('python3');
  });

  it("Python's banner names the compiler that built Python, not one the failure met (NixOS/nixpkgs#504266)", () => {
    const log = [
      '$ python',
      'Python 3.13.12 (main, Feb  3 2026, 17:53:27) [GCC 15.2.0] on linux',
      '>>> import numpy',
      'Traceback (most recent call last):',
      'ImportError: cannot load module _multiarray_umath',
    ].join('\n');
    const [gcc] = rankDifferences([toolChange('gcc', '14.3.0', '15.2.0')], { log: parseBuildLog(log) });
    expect(gcc!.reasons[0]!.text).toContain("the log names 15.2.0, B's version (a version banner)");
  });

  it('"set `DATABASE_URL` to use query macros" asks for a variable B does not set (synthdb/synthdb#1)', () => {
    const log = [
      '   Compiling synthdb v0.1.3',
      'error: set `DATABASE_URL` to use query macros online, or run `cargo sqlx prepare` to update the query cache',
    ].join('\n');
    const url: Difference = { scope: 'host', facet: 'env', key: 'DATABASE_URL', kind: 'removed', a: 'postgres://localhost:5432/app' };
    const [ranked] = rankDifferences([url], { log: parseBuildLog(log) });
    expect(ranked!.reasons[0]!.text).toContain('an error line asks for DATABASE_URL, which B does not set');
  });

  it('a cross-device link under a mount only B has blames the mount before the storage driver (ocaml/dune#2892)', () => {
    const log = '# Error: link: /home/opam/.cache/dune/db/v2/temp/promoting: Invalid cross-device link';
    const mount = hostAdded('mounts', '/home/opam/.cache/dune', 'tmpfs rw,relatime,size=1048576k');
    expect(first(mount, log, [hostChange('docker', 'storage_driver', 'overlay2', 'btrfs')]).key).toBe('/home/opam/.cache/dune');
  });

  it('an error line naming PATH in capitals reads the variable (hashicorp/vagrant#11085)', () => {
    const log = [
      'Vagrant failed to initialize at a very early stage:',
      'Failed to locate the powershell executable on the available PATH. Please',
    ].join('\n');
    const path = hostChange('env', 'PATH', '/usr/bin:/mnt/c/Windows/System32/WindowsPowerShell/v1.0/', '/usr/bin');
    expect(first(path, log, [toolChange('vagrant', '2.2.4', '2.2.5')]).key).toBe('PATH');
    // In lower case it is a word of the message, not the variable.
    const [plain] = rankDifferences([path], { log: parseBuildLog('error: no such file or directory in the given path') });
    expect(plain!.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it('a sentence wrapped over two lines is one error line: its subject names the tool (hashicorp/vagrant#5975)', () => {
    const log = [
      '$ vagrant up --provider=virtualbox',
      'Vagrant has detected that you have a version of VirtualBox installed',
      'that is not supported. Please install one of the supported versions',
      'listed below to use Vagrant:',
    ].join('\n');
    expect(scanMentions(parseBuildLog(log)).words.get('virtualbox')?.line.number).toBe(2);
    expect(scanMentions(parseBuildLog(log)).words.get('virtualbox')?.error).toBe(true);
    // A step's title followed by a message of its own is two lines, not one sentence.
    const pep668 = scanMentions(parseBuildLog('Run pip install requests\nerror: externally-managed-environment'));
    expect(pep668.words.get('requests')?.error).toBe(false);
  });

  it("MySQL's client headers (my_config.h) name the client library, whatever the package manager calls it (farcepest/MySQLdb1#132)", () => {
    expect(packageWords('dev-db/mariadb')).toContain('mariadb');
    expect(packageWords('mariadb101-client')).toContain('mariadb');
    expect(packageWords('python311-setuptools')).not.toContain('python');
    const log = ['    _mysql.c:36:10: fatal error: my_config.h: No such file or directory', '    #include "my_config.h"'].join('\n');
    const mariadb = pkg('dev-db/mariadb', '10.2.7', '10.2.8', 'portage');
    expect(first(mariadb, log, [toolChange('gcc', '6.4.0', '7.2.0')]).key).toBe('dev-db/mariadb');
  });

  it('the linker\'s own line before the driver\'s "linker command failed" is an error line (scipy/scipy#19357)', () => {
    const log = [
      "  ld: warning: duplicate -rpath '/opt/openblas/lib' ignored",
      "  ld: duplicate LC_RPATH '/opt/gcc-13.2.0/lib' in '/opt/openblas/lib/libopenblas.dylib'",
      '  clang: error: linker command failed with exit code 1',
    ].join('\n');
    const m = scanMentions(parseBuildLog(log));
    expect(m.words.get('lc_rpath')?.error).toBe(true);
    expect(m.words.get('ignored')?.error).toBe(false);
  });

  it('GHC\'s "Error loading shared library -lncursesw" asks for ncurses\' wide build, which ncurses-dev ships (benz0li/ghc-musl#10)', () => {
    const log = ['<no location info>: error:', '    Error loading shared library -lncursesw: No such file or directory'].join('\n');
    const ncurses = pkg('ncurses-dev', '6.4_p20231125-r0', '6.4_p20240420-r1', 'apk');
    const pcre = pkg('pcre2-dev', '10.43-r0', '10.43-r1', 'apk');
    const [top] = rankDifferences([...DECOYS, pcre, ncurses], { log: parseBuildLog(log) });
    expect(top!.key).toBe('ncurses-dev');
    expect(top!.reasons.some((r) => r.text.includes('the linker cannot find -lncursesw, which this package provides'))).toBe(true);
  });

  it('a cgroup refused implicates a captured check of the policy over cgroups (projectatomic/oci-systemd-hook#49)', () => {
    const log = [
      'Failed to create /system.slice/docker-3d6b9270976f.scope/init.scope control group: Permission denied',
      'Failed to allocate manager object: Permission denied',
    ].join('\n');
    const sebool = hostChange(
      'custom',
      'getsebool container_manage_cgroup',
      'container_manage_cgroup --> on',
      'container_manage_cgroup --> off',
    );
    const docker = hostChange('docker', 'server_version', '1.12.6', '1.13.1');
    expect(first(sebool, log, [docker]).key).toBe('getsebool container_manage_cgroup');
  });

  it('a command B cannot run points at the package B lacks that ships it, under another name (thermotools/thermopack#100)', () => {
    const log = [
      'Generating dot graphs using 11 parallel threads...',
      'sh: dot: command not found',
      'error: problems opening map file /Users/ci/thermopack/doc/doxygen/html/inherit_graph_107.map for inclusion in the docs!',
    ].join('\n');
    const doxygen = pkg('doxygen', '1.9.7', '1.9.8', 'brew');
    expect(first(pkg('graphviz', '9.0.0', null, 'brew'), log, [doxygen]).key).toBe('graphviz');
  });

  it('the package B lacks that ships the very command wins over one that ships a near name (LinuxCNC/linuxcnc#833)', () => {
    const log = ['/usr/bin/env: ‘python’: No such file or directory', '/usr/bin/xgettext: no input file given'].join('\n');
    const python2 = pkg('python2', '2.7.18-1.fc32', null, 'rpm');
    const unversioned = pkg('python-unversioned-command', '3.8.2-2.fc32', null, 'rpm');
    expect(first(unversioned, log, [python2, toolChange('python3', '3.8.2', '3.8.3')]).key).toBe('python-unversioned-command');
  });

  it("git's own complaint, quoted by the tool that ran it, names git (ckeditor/ckeditor5-dev#441)", () => {
    const log = [
      'lerna ERR! initialize caught error',
      'lerna ERR! Error: fatal: empty string is not a valid pathspec. please use . instead if you meant to match all paths',
      'lerna ERR!     at Function.module.exports.sync (/usr/local/lib/node_modules/lerna/node_modules/execa/index.js:303:26)',
    ].join('\n');
    expect(first(toolChange('git', '2.15.1', '2.19.0'), log, [toolChange('node', '8.11.4', '8.12.0')]).key).toBe('git');
  });

  it("a Haskell program's call stack names the program, not GHC (lierdakil/pandoc-crossref#240)", () => {
    const log = [
      'pandoc-crossref: Error in $: Incompatible API versions: encoded with [1,20] but attempted to decode with [1,17,6,1].',
      'CallStack (from HasCallStack):',
      '  error, called at ./Text/Pandoc/JSON.hs:111:48 in pndc-typs-1.17.6.1-986986a4:Text.Pandoc.JSON',
      'Error running filter pandoc-crossref:',
    ].join('\n');
    const ghc = hostAdded('toolchains', 'ghc', '8.6.5');
    expect(first(toolChange('pandoc', '2.7.3', '2.8'), log, [ghc]).key).toBe('pandoc');
  });

  it('a missing shared library: a package that only moved version keeps its sonames, below what else changed (Sparticuz/chromium#318)', () => {
    const log = [
      'Failed to launch the browser process!',
      '/tmp/chromium: error while loading shared libraries: libnspr4.so: cannot open shared object file: No such file or directory',
    ].join('\n');
    const runtime = hostChange('env', 'AWS_EXECUTION_ENV', 'AWS_Lambda_nodejs20.x', 'AWS_Lambda_nodejs22.x');
    const routine = pkg('publicsuffix', '20211207.1025-1', '20230209.2326-1~ubuntu22.04.1');
    expect(first(runtime, log, [routine]).key).toBe('AWS_EXECUTION_ENV');
  });

  it('an error line naming the version a captured command printed on B points at that command (google/comprehensive-rust#1584)', () => {
    const log = [
      'E: Failed to fetch mirror+file:/etc/apt/apt-mirrors.txt/pool/main/b/binutils/binutils-aarch64-linux-gnu_2.38-4ubuntu2.3_amd64.deb  404  Not Found [IP: 52.147.219.192 80]',
      'E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?',
    ].join('\n');
    const policy = hostChange(
      'custom',
      'apt-cache policy binutils-aarch64-linux-gnu | grep Candidate',
      '  Candidate: 2.38-4ubuntu2.4',
      '  Candidate: 2.38-4ubuntu2.3',
    );
    const [top] = rankDifferences([...DECOYS, policy], { log: parseBuildLog(log) });
    expect(top!.reasons.some((r) => r.text.includes('an error line names 2.38-4ubuntu2.3'))).toBe(true);
    // A's version on the line names nothing B changed.
    const [other] = rankDifferences([{ ...policy, a: policy.b, b: policy.a }], { log: parseBuildLog(log) });
    expect(other!.reasons.some((r) => r.text.includes('an error line names 2.38'))).toBe(false);
  });
});

describe('twenty-eighth stop: who speaks, and which copy of a runtime', () => {
  it("a GLIBCXX version missing from a bundled libstdc++ is the newer compiler's, not a libstdc++ B upgraded (matlab-actions/setup-matlab#201)", () => {
    const log = [
      "      Invalid MEX-file '/home/runner/work/mex/arrayProduct.mexa64':",
      '      /opt/hostedtoolcache/MATLAB/x64/bin/glnxa64/../../sys/os/glnxa64/libstdc++.so.6:',
      "      version `GLIBCXX_3.4.32' not found (required by /home/runner/work/mex/arrayProduct.mexa64)",
    ].join('\n');
    const runtime = pkg('libstdc++6', '12.3.0-1ubuntu1~22.04', '14.2.0-4ubuntu2~24.04');
    expect(first(toolChange('gcc', '11.4.0', '13.3.0'), log, [runtime]).key).toBe('gcc');
    // An older libstdc++ on B is still the first suspect.
    expect(first(pkg('libstdc++6', '14.2.0-4ubuntu2~24.04', '12.3.0-1ubuntu1~22.04'), log).key).toBe('libstdc++6');
  });

  it("conda spells C++ as cxx: libstdc++.so.6 is libstdcxx-ng's (a conda environment's libraries)", () => {
    const log = [
      'ImportError: /usr/share/miniconda3/envs/app/lib/libstdc++.so.6: cannot open shared object file: No such file or directory',
      'Traceback (most recent call last):',
    ].join('\n');
    const gfortran = pkg('libgfortran-ng', '12.2.0', '13.1.0', 'conda');
    expect(first(pkg('libstdcxx-ng', '12.2.0', '13.1.0', 'conda'), log, [gfortran]).key).toBe('libstdcxx-ng');
  });

  it("a checker's finding in the compiler's format is the checker's: cppcheck's [syntaxError] (netblue30/firejail#6874)", () => {
    const log = [
      "cppcheck -q -j '4' --force --error-exitcode=1 --enable=warning,performance .",
      'src/firemon/procevent.c:306:6: error: syntax error [syntaxError]',
      'make: *** [Makefile:379: cppcheck] Error 1',
    ].join('\n');
    expect(first(toolChange('cppcheck', '2.13.0', '2.7'), log, [toolChange('gcc', '13.3.0', '11.4.0')]).key).toBe('cppcheck');
  });

  it('clang on an error line names the compiler CC chose, not a gcc patch (cpp-best-practices/gui_starter_template#24)', () => {
    const log = [
      "error: unknown warning option '-Wduplicated-branches' [clang-diagnostic-unknown-warning-option]",
      "error: unknown warning option '-Wlogical-op'; did you mean '-Wlong-long'? [clang-diagnostic-unknown-warning-option]",
    ].join('\n');
    expect(first(hostChange('env', 'CC', 'clang', 'gcc'), log, [toolChange('gcc', '9.2.1', '9.3.0')]).key).toBe('CC');
  });

  it("a file missing under a package's own directory is that package's release (bitcoin/bitcoin#13991)", () => {
    const log = [
      'E: No such script: /usr/share/debootstrap/scripts/bionic',
      'Traceback (most recent call last):',
      "subprocess.CalledProcessError: Command '['bin/make-base-vm', '--suite', 'bionic', '--arch', 'amd64', '--lxc']' returned non-zero exit status 1",
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '4.15.0-32-generic', '4.9.0-7-amd64');
    expect(first(pkg('debootstrap', '1.0.95ubuntu0.1', '1.0.89'), log, [kernel]).key).toBe('debootstrap');
  });

  it('a Node release on the same side of 17 brings no OpenSSL 3: the distribution OpenSSL does (RedHatInsights/insights-chrome#2036)', () => {
    const log = [
      'Error: error:0308010C:digital envelope routines::unsupported',
      '    at new Hash (node:internal/crypto/hash:67:19)',
      '    at Object.createHash (node:crypto:130:10)',
    ].join('\n');
    const node = toolChange('node', '16.16.0', '16.17.0');
    expect(first(pkg('openssl-libs', '1:1.1.1q-1.fc35', '1:3.0.5-1.fc36', 'rpm'), log, [node]).key).toBe('openssl-libs');
    expect(first(toolChange('node', '16.16.0', '18.12.0'), log).key).toBe('node');
  });

  it('a plugin speaking under its own name names not the program it plugs into (golang/protobuf#1294)', () => {
    const log = [
      'protoc-gen-go: unable to determine Go import path for "something.proto"',
      'Please specify either:',
      '--go_out: protoc-gen-go: Plugin failed with status code 1.',
    ].join('\n');
    expect(first(toolChange('protoc-gen-go', '1.25.0', '1.26.0'), log, [toolChange('protoc', '3.14.0', '3.15.6')]).key).toBe(
      'protoc-gen-go',
    );
  });

  it("a clash with a declaration in the C library's stdlib.h points at the C library's headers (shadowsocks/shadowsocks-libev#255)", () => {
    const log = [
      "utils.h:172:7: error: conflicting types for 'itoa'",
      "/usr/include/stdlib.h:183:10: note: previous declaration of 'itoa' was here",
    ].join('\n');
    const [top] = rankDifferences([...DECOYS, pkg('cygwin', '1.7.9-1', '1.7.34-6', 'cygwin-setup')], { log: parseBuildLog(log) });
    expect(top!.reasons.some((r) => r.text.includes("the C library's own headers"))).toBe(true);
  });

  it("a missing header under a tool's own include directory is that tool's release (flathub/org.octave.Octave#15)", () => {
    const log = [
      'sosfilt.cc:16:27: fatal error: octave/config.h: No such file or directory',
      ' #include <octave/config.h>',
      'compilation terminated.',
    ].join('\n');
    const [top] = rankDifferences([...DECOYS, toolChange('octave', '4.2.2', '4.3.0')], { log: parseBuildLog(log) });
    expect(top!.reasons.some((r) => r.text.includes("the compiler cannot find octave's header"))).toBe(true);
  });

  it('"not found in $PATH" words a failed lookup, not a build reading PATH: the package B lacks comes first (bufbuild/buf#14)', () => {
    const log = [
      'docker run --volume="/home/user/code/myproject:/work" --workdir="/work" bufbuild/buf:latest \\',
      "check breaking --against-input '.git#branch=master'",
      'could not clone .git: exec: "git": executable file not found in $PATH',
    ].join('\n');
    const path = hostChange('env', 'PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', '/usr/local/bin:/usr/bin:/bin');
    expect(first(pkg('git', '2.24.1-r0', null, 'apk'), log, [path]).key).toBe('git');
    expect(scanMentions(parseBuildLog(log)).env.has('PATH')).toBe(false);
  });

  it("a volume over the certificate directory empties Java's truststore (cathive/concourse-sonarqube-resource#16)", () => {
    const log = [
      'ERROR: Error during SonarQube Scanner execution',
      'ERROR: Caused by: java.lang.RuntimeException: Unexpected error: java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty',
    ].join('\n');
    const mount = hostAdded('mounts', '/etc/ssl/certs', 'ext4 ro,relatime');
    expect(first(mount, log, [toolChange('java', '1.8.0_151', '1.8.0_162')]).key).toBe('/etc/ssl/certs');
  });

  it("the JVM's fault in an unsafe memory access is a mapped file on a full disk (github/codeql-action#66)", () => {
    const log = [
      'Running TRAP import for CodeQL database at /home/runner/work/_temp/codeql_databases/cpp...',
      'Oops! A fatal internal error occurred.',
      'java.lang.RuntimeException: java.lang.InternalError: a fault occurred in a recent unsafe memory access operation in compiled Java code',
    ].join('\n');
    const disk = hostChange('resources', 'disk_free:/home/runner/work', 107374182400, 15032385536);
    expect(first(disk, log, [toolChange('java', '11.0.22', '11.0.23')]).key).toBe('disk_free:/home/runner/work');
  });

  it('an option refused without the program named is refused by the program the command line above passed it to (verilator/verilator#2551)', () => {
    const log = [
      'verilator -cc --exe --build -j top.v sim_main.cpp',
      '%Error: Invalid Option: --build',
      'make: *** [Makefile:38: default] Error 1',
    ].join('\n');
    const make = toolChange('make', '4.3', '4.2.1');
    expect(first(toolChange('verilator', '4.100', '4.028'), log, [make]).key).toBe('verilator');
    const mentions = scanMentions(parseBuildLog(log));
    expect([...mentions.rejectedBy.keys()]).toEqual(['verilator']);
  });
  it('a runner image label ranks below the tool its new image changed, even where the log names neither (cypress-io/github-action#634)', () => {
    const log = ['success Building development bundle - 97.705s', 'http://localhost:8000/ timed out after 60000ms'].join('\n');
    const label = hostChange('env', 'ImageVersion', '20221106.1', '20221113.1');
    const ranked = rankDifferences([...DECOYS, label, toolChange('node', '16.14.2', '18.12.1')], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('node');
    expect(ranked.find((d) => d.key === 'ImageVersion')!.reasons[0]!.text).toMatch(/runner image label/);
  });
  it("a refused connection while B's IPv6 state differs points at IPv6, not at the installer's major bump (oven-sh/bun#4988)", () => {
    const log = [
      '$ bun install --verbose',
      'bun install v1.0.0 (35040366)',
      'error: ConnectionRefused downloading package manifest bun-types',
      'error: ConnectionRefused downloading package manifest figlet',
    ].join('\n');
    const ipv6 = hostChange('network', 'ipv6', 'disabled', 'enabled');
    expect(first(ipv6, log, [toolChange('bun', '0.8.1', '1.0.0')]).key).toBe('ipv6');
  });
  it('a package source that resolves to nothing where B lists no name server follows from the resolver (freedombox/freedom-maker#86)', () => {
    const log = [
      '+ chroot /tmp/tmpVxZuTf apt-get update',
      'Err:1 http://debmirror.example.net/debian unstable InRelease',
      "  Could not resolve 'debmirror.example.net'",
    ].join('\n');
    const servers: Difference = { scope: 'host', facet: 'dns', key: 'nameservers', kind: 'changed', a: ['192.168.122.1'], b: [] };
    const source: Difference = {
      scope: 'host',
      facet: 'mirrors',
      key: 'http://debmirror.example.net/debian',
      kind: 'changed',
      a: { host: 'debmirror.example.net', addresses: ['151.101.12.204'], source: '/etc/apt/sources.list' },
      b: { host: 'debmirror.example.net', addresses: [], source: '/etc/apt/sources.list' },
    };
    expect(first(servers, log, [source]).key).toBe('nameservers');
  });
  it("a variable that spells the tool's install path ranks just below the tool (opencontainers/runtime-tools#804)", () => {
    const log = [
      '  Running [/home/runner/golangci-lint-2.6.2-linux-amd64/golangci-lint run] in [/home/runner/work/runtime-tools/runtime-tools] ...',
      '  panic: file requires newer Go version go1.26 (application built with go1.25) [recovered, repanicked]',
    ].join('\n');
    const goroot = hostChange('env', 'GOROOT', '/opt/hostedtoolcache/go/1.25.7/x64', '/opt/hostedtoolcache/go/1.26.0/x64');
    const ranked = rankDifferences([...DECOYS, goroot, toolChange('go', '1.25.7', '1.26.0')], { log: parseBuildLog(log) });
    expect(ranked.map((d) => d.key).slice(0, 2)).toEqual(['go', 'GOROOT']);
  });
  it("a stack frame's source file names its language, not the runtime's version (apache/pulsar#6660)", () => {
    const log = [
      'org.apache.pulsar.client.api.PulsarClientException$BrokerPersistenceException: Not enough non-faulty bookies available',
      '\tat org.apache.pulsar.client.api.PulsarClientException.unwrap(PulsarClientException.java:691)',
    ].join('\n');
    const ranked = rankDifferences([toolChange('java', '1.8.0_242', '1.8.0_252')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.map((r) => r.text).join('\n')).not.toMatch(/names java/);
    const bazel = rankDifferences([toolChange('bazel', '8.4.2', '8.6.0')], {
      log: parseBuildLog('ERROR: .../external/rules_go++go_sdk+main___download_0/BUILD.bazel:80:15: fetching failed'),
    });
    expect(bazel[0]!.reasons.some((r) => r.source === 'log')).toBe(true);
  });
  it('an operation refused where B runs inside a user namespace points at the captured uid_map, not a daemon bump (nestybox/sysbox#823)', () => {
    const log = [
      '$ docker run --rm --privileged docker.io/tonistiigi/binfmt:latest --install all',
      'error: operation not permitted',
      'cannot mount binfmt_misc filesystem at /proc/sys/fs/binfmt_misc',
    ].join('\n');
    const uidMap = hostChange('custom', 'cat /proc/self/uid_map', '         0          0 4294967295', '         0     165536      65536');
    const daemon: Difference = { scope: 'host', facet: 'docker', key: 'server_version', kind: 'changed', a: '25.0.3', b: '27.1.1' };
    expect(first(uidMap, log, [daemon]).key).toBe('cat /proc/self/uid_map');
  });
});

describe('thirtieth stop: what a missing command, module, key or kernel names', () => {
  it('a rendering that no longer matches its reference image points at the library that draws it, not the interpreter (CourtBouillon/pydyf#12)', () => {
    const log = [
      'RUN python3 -m pytest',
      'FAILED tests/test_pydyf.py::test_transform - AssertionError: Pixel (2, 4) in test_transform: reference rgba(0, 0, 0), got rgba(255, 255, 255)',
    ].join('\n');
    const ghostscript = hostChange('packages', 'ghostscript', installed('9.55.0-r1', 'apk'), installed('9.56.1-r0', 'apk'));
    expect(first(ghostscript, log, [toolChange('python3', '3.9.12', '3.10.4')]).key).toBe('ghostscript');
  });
  it('a command B cannot run points at the package B lacks that ships it, not one B merely updated (GoogleCloudPlatform/buildpacks#253)', () => {
    const log = [
      "  Getting requirements to build wheel: finished with status 'error'",
      '      /bin/sh: 1: krb5-config: not found',
      "      subprocess.CalledProcessError: Command 'krb5-config --libs gssapi' returned non-zero exit status 127.",
    ].join('\n');
    const removed = hostRemoved('packages', 'libkrb5-dev', installed('1.19.2-2ubuntu0.1', 'dpkg'));
    const updated = hostChange(
      'packages',
      'libgssapi-krb5-2',
      installed('1.19.2-2ubuntu0.1', 'dpkg'),
      installed('1.16-2ubuntu0.2', 'dpkg'),
    );
    expect(first(removed, log, [updated]).key).toBe('libkrb5-dev');
  });
  it("a Perl module Perl cannot locate points at the distribution's package of it, whatever its capitals (chatmail/core#4705)", () => {
    const log = [
      "  Can't locate IPC/Cmd.pm in @INC (@INC contains: /tmp/build/target/release/build/openssl-sys-eb0e71befa5d3727/out/openssl-build/build/src/util/perl /usr/share/perl5)",
      '  BEGIN failed--compilation aborted at ./Configure line 23.',
    ].join('\n');
    const removed = hostRemoved('packages', 'perl-IPC-Cmd', installed('1:0.80-4.el7', 'rpm'));
    const openssl = hostChange('packages', 'openssl-devel', installed('1:1.0.2k-26.el7_9', 'rpm'), installed('1:1.0.2k-25.el7_9', 'rpm'));
    expect(first(removed, log, [openssl]).key).toBe('perl-IPC-Cmd');
  });
  it("ping refused on B blames the dropped CAP_NET_RAW when A's ping_group_range admitted no group either (mcdonc/klangk#2045)", () => {
    const log = ['~$ ping bizon', 'ping: socktype: SOCK_RAW', 'ping: socket: Operation not permitted'].join('\n');
    const caps = hostChange(
      'security',
      'capabilities',
      'cap_chown,cap_net_bind_service,cap_net_raw,cap_setuid',
      'cap_chown,cap_net_bind_service,cap_setuid',
    );
    const range = hostChange('sysctl', 'net.ipv4.ping_group_range', '1 0', '0 0');
    expect(first(caps, log, [range]).key).toBe('capabilities');
    // Where A's range admitted the user's groups and B's does not, the range is the account.
    const narrowed = hostChange('sysctl', 'net.ipv4.ping_group_range', '0 2147483647', '1 0');
    const same = hostChange('security', 'uid', 1000, 1001);
    expect(first(narrowed, log, [same]).key).toBe('net.ipv4.ping_group_range');
  });
  it("a module build that finds no headers for B's kernel blames the headers package B lacks, not the one it updated (Frogging-Family/linux-tkg#229)", () => {
    const log = [
      '$ sudo dkms autoinstall',
      'Error! echo',
      'Your kernel headers for kernel 5.11.15_tkg_pds cannot be found at',
      '/lib/modules/5.11.15_tkg_pds/build or /lib/modules/5.11.15_tkg_pds/source.',
    ].join('\n');
    const devel = hostRemoved('packages', 'kernel-devel', installed('5.11.15_tkg_pds-1', 'rpm'));
    const headers = hostChange('packages', 'kernel-headers', installed('5.11.12_tkg_pds-1', 'rpm'), installed('5.11.15_tkg_pds-1', 'rpm'));
    expect(first(devel, log, [headers]).key).toBe('kernel-devel');
  });
  it('an index apk no longer trusts blames the keys package B lacks, not the one it updated (chainguard-images/images#231)', () => {
    const log = [
      '[INFO] [arch:x86_64] installing key /usr/share/apk/keys/x86_64/wolfi-signing.rsa.pub',
      'fetch https://apkmirror.example.net/alpine/edge/main/x86_64/APKINDEX.tar.gz',
      'WARNING: Ignoring https://apkmirror.example.net/alpine/edge/main: UNTRUSTED signature',
    ].join('\n');
    const gone = hostRemoved('packages', 'alpine-keys', installed('2.4-r1', 'apk'));
    const wolfi = hostChange('packages', 'wolfi-keys', installed('1-r1', 'apk'), installed('1-r2', 'apk'));
    expect(first(gone, log, [wolfi]).key).toBe('alpine-keys');
  });
  it("git's missing subcommand blames the package that ships it, not git's own upgrade (KBVE/kbve#12325)", () => {
    const log = [
      'git -c lfs.url=... lfs pull --include="apps/**"',
      "git: 'lfs' is not a git command.",
      '##[error]Process completed with exit code 1.',
    ].join('\n');
    const lfs = hostRemoved('packages', 'git-lfs', installed('3.4.1-1ubuntu0.3', 'dpkg'));
    expect(first(lfs, log, [toolChange('git', '2.43.0', '2.49.0')]).key).toBe('git-lfs');
  });
  it("a kernel oops under the build blames B's kernel, not the OS release that came with it (actions/runner-images#14175)", () => {
    const log = [
      'RIP: 0010:ublk_init_queues+0x4e/0x1e0 [ublk_drv]',
      'Call Trace:',
      ' ublk_ctrl_add_dev+0x31a/0x5e0 [ublk_drv]',
      ' io_uring_cmd+0xa3/0x140',
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '6.8.0-1052-azure', '6.17.0-1015-azure');
    const os = hostChange('os', 'version_id', '22.04', '24.04');
    expect(first(kernel, log, [os]).key).toBe('release');
  });
  it('ranlib refusing its option blames the binutils B added, whose ranlib shadows the platform one (rust-openssl/rust-openssl#1154)', () => {
    const log = [
      'ar: creating apps/libapps.a',
      'ranlib: invalid option -- c',
      'ar: creating libcrypto.a',
      'ranlib: invalid option -- c',
    ].join('\n');
    const binutils = hostAdded('packages', 'binutils', installed('2.32', 'brew'));
    expect(first(binutils, log, [toolChange('rustc', '1.37.0', '1.38.0-beta.5'), toolChange('xcode', '10.3', '11.0')]).key).toBe(
      'binutils',
    );
  });
  it("a symbol's OpenSSL version names libcrypto among the libraries that moved (erlef/setup-beam#292)", () => {
    const log = [
      '/otp/erts-15.0/bin/beam.smp: /lib64/libtinfo.so.6: no version information available (required by /otp/erts-15.0/bin/beam.smp)',
      '":load_failed, Failed to load NIF library: \'/otp/lib/crypto-5.5/priv/lib/crypto.so: undefined symbol: EVP_sm4_cbc, version OPENSSL_3.0.0\'"',
    ].join('\n');
    const moved = (key: string) => hostChange('libraries', key, [`/usr/lib/x86_64-linux-gnu/${key}`], [`/usr/lib64/${key}`]);
    expect(first(moved('libcrypto.so.3'), log, [moved('libtinfo.so.6')]).key).toBe('libcrypto.so.3');
  });
  it('a package is used where the log runs a command it ships under another name (open-mpi, svn), not where prose says "find"', () => {
    expect(packageWords('subversion')).toContain('svn');
    expect(packageWords('openssh-client')).toContain('ssh');
    expect(packageWords('findutils')).not.toContain('find');
    // b66b: Open MPI launching ranks over ssh in an image without an ssh client.
    const log = [
      '--------------------------------------------------------------------------',
      'The value of the MCA parameter "plm_rsh_agent" was set to a path',
      'that could not be found:',
      '  plm_rsh_agent: ssh : rsh',
    ].join('\n');
    const ssh = hostRemoved('packages', 'openssh-client', installed('1:7.6p1-4ubuntu0.7', 'dpkg'));
    const other = hostRemoved('packages', 'libnuma1', installed('2.0.11-2.1ubuntu0.1', 'dpkg'));
    expect(first(ssh, log, [other]).key).toBe('openssh-client');
  });
  it('a prebuilt binary Node cannot spawn on Alpine blames the glibc compatibility package B lacks (vercel/turborepo#2223)', () => {
    const log = [
      'Error: Command failed: node /usr/local/share/.config/yarn/global/node_modules/turbo/bin/turbo --version',
      '<ref *1> Error: spawnSync /usr/local/share/.config/yarn/global/node_modules/turbo-linux-64/bin/turbo ENOENT',
      '    at Object.spawnSync (node:internal/child_process:1110:20)',
    ].join('\n');
    const compat = hostRemoved('packages', 'libc6-compat', installed('1.2.3-r0', 'apk'));
    expect(first(compat, log, [toolChange('node', '18.10.0', '18.11.0')]).key).toBe('libc6-compat');
  });
  it("autoreconf that cannot exec glibtoolize blames the libtool B lacks, not autoconf's update (actions/runner-images#9290)", () => {
    const log = [
      '  autoreconf: running: glibtoolize --copy --force',
      '  Can\'t exec "glibtoolize": No such file or directory at /opt/homebrew/Cellar/autoconf/2.72/share/autoconf/Autom4te/FileUtils.pm line 318.',
      '  autoreconf: error: glibtoolize failed with exit status: 2',
    ].join('\n');
    const libtool = hostRemoved('packages', 'libtool', installed('2.4.7', 'brew'));
    const autoconf = hostChange('packages', 'autoconf', installed('2.71', 'brew'), installed('2.72', 'brew'));
    expect(first(libtool, log, [autoconf]).key).toBe('libtool');
  });
  it('modules the BEAM cannot load blame the OTP release that compiled them, not the OS under it (tylerbutler/beryl#80)', () => {
    const log = [
      "> code:load_file('cursors@@main').",
      '{error,badfile}',
      "beam/beam_load.c(150): Error loading module 'cursors@@main':",
      '  corrupt atom table',
    ].join('\n');
    const os = hostChange('os', 'version_id', '3.21.2', '3.22.0');
    const openssl = hostChange('packages', 'openssl', installed('3.3.2-r4', 'apk'), installed('3.5.0-r0', 'apk'));
    expect(first(toolChange('erl', '27.2.1', '28.0.1'), log, [os, openssl]).key).toBe('erl');
  });
  it("a profile botocore cannot find blames the AWS_PROFILE only B sets, not the Python in the traceback's path (aws-deadline/deadline-cloud#831)", () => {
    const log = [
      '>           raise ProfileNotFound(profile=profile_name)',
      'E           botocore.exceptions.ProfileNotFound: The config profile (default) could not be found',
      '../.local/share/hatch/env/virtual/deadline/lib/python3.13/site-packages/botocore/session.py:424: ProfileNotFound',
    ].join('\n');
    expect(first(hostAdded('env', 'AWS_PROFILE', 'default'), log, [toolChange('python3', '3.12.11', '3.13.7')]).key).toBe('AWS_PROFILE');
  });
});

describe('thirty-first stop: numeric drift, GPU capabilities, Java runtimes and limits', () => {
  it('a result past its tolerance blames the BLAS flavour B switched to, not a rebuilt interpreter the log names (scipy/scipy#20472)', () => {
    const log = [
      '[gw1] linux -- Python 3.9.19 $PREFIX/bin/python',
      '    assert norm(A @ x - b) <= 2e-6*norm(b)',
      'E   assert 3.5355292454346426e-06 <= (2e-06 * 1.240298651028214)',
    ].join('\n');
    const blas = hostChange(
      'packages',
      'libblas',
      installed('3.9.0-22_linux64_openblas', 'conda'),
      installed('3.9.0-22_linux64_blis', 'conda'),
    );
    const python = hostChange(
      'packages',
      'python',
      installed('3.9.19-h0755675_0_cpython', 'conda'),
      installed('3.9.19-h0755675_0_cpython_1', 'conda'),
    );
    expect(first(blas, log, [python]).key).toBe('libblas');
  });
  it("a linear-algebra routine that no longer converges blames MKL's threading layer B unset (eddelbuettel/mkl4deb#2)", () => {
    const log = ['Error in solve(crossprod(a), crossprod(a, b)) : ', '  the leading minor of order 1404 is not positive definite'].join(
      '\n',
    );
    const layer = hostRemoved('env', 'MKL_THREADING_LAYER', 'GNU');
    const verbose = hostAdded('env', 'MKL_DEBUG', '1');
    expect(first(layer, log, [verbose, hostChange('security', 'gid', 1000, 0)]).key).toBe('MKL_THREADING_LAYER');
  });
  it('an illegal instruction blames the BLAS build B links, not a CPU of the same generation (CoSMoMVPA/CoSMoMVPA#33)', () => {
    const log = [
      'panic: Illegal instruction -- stopping myself...',
      '/home/travis/build.sh: line 41:  5843 Illegal instruction     $OCTAVE --eval "${TC}"',
    ].join('\n');
    const blas = hostChange('libraries', 'libblas.so.3', ['/usr/lib/libblas/libblas.so.3'], ['/usr/lib/openblas-base/libblas.so.3']);
    const model = hostChange(
      'cpu',
      'model',
      'Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz',
      'Intel(R) Xeon(R) Platinum 8275CL CPU @ 3.00GHz',
    );
    expect(first(blas, log, [model]).key).toBe('libblas.so.3');
  });
  it('a segmentation fault blames a stack limit B sets where A had none, however "unlimited" was written (Reference-LAPACK/lapack#354)', () => {
    const log = [
      './EIG/xeigtstz < nep.in > znep.out 2>&1',
      '/bin/sh: line 1: 17422 Segmentation fault      (core dumped) ./EIG/xeigtstz < nep.in > znep.out 2>&1',
    ].join('\n');
    const nofile = hostChange('resources', 'ulimit_nofile', 65536, 1024);
    expect(first(hostChange('resources', 'ulimit_stack', -1, 8388608), log, [nofile]).key).toBe('ulimit_stack');
    expect(first(hostChange('resources', 'ulimit_stack', 'unlimited', 8388608), log, [nofile]).key).toBe('ulimit_stack');
  });
  it("a diagnostic that names clang is about clang's release, not gcc's (STEllAR-GROUP/octotiger#384)", () => {
    const log = [
      '/opt/cuda/11.3.0/targets/x86_64-linux/include/crt/host_config.h:147:2: error: -- unsupported clang version! clang version must be less than 12 and greater than 3.2 .',
    ].join('\n');
    expect(first(toolChange('clang', '11.0.0', '12.0.0'), log, [toolChange('gcc', '9.1.0', '11.2.0')]).key).toBe('clang');
  });
  it("a Java compile that fails where B's JAVA_HOME is a runtime blames JAVA_HOME (synthetichealth/synthea#575)", () => {
    const log = [
      ':compileJava FAILED',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':compileJava'.",
    ].join('\n');
    const home = hostChange('env', 'JAVA_HOME', 'C:\\Program Files\\Java\\jdk-12.0.2', 'C:\\Program Files\\Java\\jre1.8.0_221');
    expect(first(home, log, [hostChange('locale', 'charmap', 'UTF-8', 'CP1252')]).key).toBe('JAVA_HOME');
  });
  it('Jetty short of threads blames the many more cores B has (HtmlUnit/htmlunit#462)', () => {
    const log = [
      'java.lang.IllegalStateException: Insufficient configured threads: required=5 < max=5 for QueuedThreadPool[qtp1712943792]@661972b0{STARTED,2<=2<=5,i=2,r=-1,q=0}',
      '\tat org.eclipse.jetty.util.thread.ThreadPoolBudget.check(ThreadPoolBudget.java:165)',
    ].join('\n');
    const nofile = hostChange('resources', 'ulimit_nofile', 10240, 1048576);
    expect(first(hostChange('cpu', 'cores', 4, 16), log, [nofile, toolChange('java', '1.8.0_322', '1.8.0_312')]).key).toBe('cores');
  });
  it('a Vulkan call that fails in a container blames the driver capabilities B no longer asks for (adamrehn/ue4-docker#137)', () => {
    const log = [
      'LogCore: Assertion failed:  [File:/home/ue4/UnrealEngine/Engine/Source/Runtime/VulkanRHI/Private/VulkanUtil.cpp] [Line: 690] ',
      'VulkanRHI::vkGetPhysicalDeviceSurfaceFormatsKHR(Device.GetPhysicalHandle(), Surface, &NumFormats, nullptr) failed, VkResult=-13',
    ].join('\n');
    const caps = hostChange('env', 'NVIDIA_DRIVER_CAPABILITIES', 'all', 'compute,graphics,utility');
    const toolkit = hostChange('packages', 'nvidia-container-toolkit', installed('1.4.0-1', 'dpkg'), installed('1.5.0-1', 'dpkg'));
    const docker = hostChange('docker', 'server_version', '20.10.5', '20.10.6');
    expect(first(caps, log, [toolkit, docker]).key).toBe('NVIDIA_DRIVER_CAPABILITIES');
  });
});

describe('thirty-first stop: what the log says is not there', () => {
  it("make's report that a recipe failed does not name make (texinfo's makeinfo failed under it)", () => {
    const log = [
      "doc/bfd.texinfo:325: unknown command `colophon'",
      "doc/bfd.texinfo:336: unknown command `cygnus'",
      "Makefile:353: recipe for target 'bfd.info' failed",
      'make[3]: *** [bfd.info] Error 1',
    ].join('\n');
    const texinfo = hostChange('packages', 'texinfo', installed('4.13a.dfsg.1-10', 'dpkg'), installed('5.2.0.dfsg.1-2', 'dpkg'));
    expect(first(texinfo, log, [toolChange('make', '3.81', '4.0')]).key).toBe('texinfo');
  });
  it('a UTF-8 decode error blames Python 3, not a locale that kept its language and UTF-8 (WebAssembly/wabt#1180)', () => {
    const log = [
      '  File "/usr/lib64/python3.7/codecs.py", line 322, in decode',
      '    (result, consumed) = self._buffer_decode(data, self.errors, final)',
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 225: invalid start byte",
    ].join('\n');
    const python = toolChange('python', '2.7.15', '3.7.4');
    expect(first(python, log, [hostChange('locale', 'LANG', 'en_US.UTF-8', 'C.UTF-8')]).key).toBe('python');
  });
  it('a warning that a tool does not exist blames the tool B lacks, not the npm that reports the failure (mbasso/asm-dom-boilerplate#6)', () => {
    const log = [
      'WARNING:root:java does not seem to exist, required for closure compiler, which is optional (define JAVA in /home/u/.emscripten if you want it)',
      'ERROR:root:fatal: closure compiler is not configured correctly',
      "Makefile:104: recipe for target 'dist/wasm' failed",
      'npm ERR! asm-dom-boilerplate@0.1.0 start: `make start`',
    ].join('\n');
    const java: Difference = { scope: 'host', facet: 'toolchains', key: 'java', kind: 'removed', a: '10.0.2' };
    expect(first(java, log, [toolChange('npm', '5.6.0', '6.4.1'), toolChange('node', '8.11.4', '10.10.0')]).key).toBe('java');
  });
});

describe('thirty-second stop: what the log says about limits, libraries and switches', () => {
  it("a toolchain request for JetBrains' JDK blames the JBR B lacks, not a JAVA_HOME_<n> only B sets (romainguy/kotlin-explorer#4)", () => {
    const log = [
      '* What went wrong:',
      "Could not determine the dependencies of task ':compileKotlinJvm'.",
      '> No matching toolchains found for requested specification: {languageVersion=17, vendor=JETBRAINS, implementation=vendor-specific} for LINUX on x86_64.',
      '   > No locally installed toolchains match and toolchain download repositories have not been configured.',
    ].join('\n');
    const added = hostAdded('env', 'JAVA_HOME_17_X64', '/usr/lib/jvm/temurin-17-jdk-amd64');
    expect(first(hostRemoved('toolchains', 'jbr', '17.0.10'), log, [added, toolChange('java', '17.0.10', '11.0.21')]).key).toBe('jbr');
  });
  it('an open-file limit that moved by 2% is not why a watcher ran out of inotify instances (grafana/loki#1153)', () => {
    const log = [
      'level=error ts=2019-10-14T16:21:22.143910463Z caller=filetargetmanager.go:261 msg="Failed to create target" error="filetarget.fsnotify.NewWatcher: too many open files"',
      'root@promtail-22r6h:/# ulimit -n',
      '1048576',
    ].join('\n');
    const instances = hostChange('sysctl', 'fs.inotify.max_user_instances', 512, 128);
    expect(first(instances, log, [hostChange('resources', 'ulimit_nofile', 1048576, 1024000)]).key).toBe('fs.inotify.max_user_instances');
  });
  it('advice to raise a kernel setting does not blame the one B already has higher (tud-zih-energy/lo2s#133)', () => {
    const log = [
      "[29993381748090][pid: 23291][tid: 139717931222848][ERROR]: requested sampling event 'instructions' is not available!",
      "[30014679462732][pid: 23301][tid: 139798486488896][ WARN]: cpu-clock isn't available, trying to use a fallback event",
      '[30014680483668][pid: 23301][tid: 139798486488896][ERROR]: mapping memory for recording events failed. You can try to decrease the buffer size with the -m flag, or try to increase the amount of mappable memory by increasing /proc/sys/kernel/perf_event_mlock_kb',
    ].join('\n');
    const paranoid = hostChange('sysctl', 'kernel.perf_event_paranoid', -1, 3);
    const mlock = hostChange('sysctl', 'kernel.perf_event_mlock_kb', 516, 516000);
    expect(first(paranoid, log, [mlock, hostChange('sysctl', 'kernel.kptr_restrict', 0, 1)]).key).toBe('kernel.perf_event_paranoid');
  });
  it('rr without performance counters blames the CPU flags a VM dropped, not perf (rr-debugger/rr#1753)', () => {
    const log = [
      '$ rr record ./jpegtran -transverse -outfile testout.jpg testimg.jpg',
      "[FATAL /home/roc/rr/rr/src/PerfCounters.cc:203:start_counter() errno: ENOENT] Unable to open performance counter with 'perf_event_open'; are perf events enabled? Try 'perf record'.",
      'Aborted (core dumped)',
    ].join('\n');
    const flags = hostChange('cpu', 'flags', ['fpu', 'sse2', 'arch_perfmon', 'pebs', 'avx2'], ['fpu', 'sse2', 'avx2', 'hypervisor']);
    expect(first(flags, log, [toolChange('perf', '4.4.13', '4.2.8')]).key).toBe('flags');
  });
  it("a mount listing's noexec on the kernel's cgroup filesystem is no noexec /tmp: cgroup v2 is (DataDog/datadog-agent#7865)", () => {
    const log = [
      '2021-04-13 07:22:54 UTC | PROCESS | WARN | (pkg/util/containers/providers/cgroup/cgroup_detect.go:137 in parseCgroupMountPoints) | No mountPoints were detected, current cgroup root is: /host/sys/fs/cgroup/',
      'root@d6d9293d2d3c:/# mount | grep cgroup',
      'cgroup2 on /sys/fs/cgroup type cgroup2 (ro,nosuid,nodev,noexec,relatime,seclabel)',
    ].join('\n');
    const selinux = hostChange('security', 'selinux', 'permissive', 'enforcing');
    expect(first(hostChange('kernel', 'cgroup', 'v1', 'v2'), log, [selinux]).key).toBe('cgroup');
  });
  it('a world-writable directory blames the mode B captured, not a umask B tightened (ansible/ansible#75383)', () => {
    const log = [
      'ansible 2.9.6',
      '  config file = /etc/ansible/ansible.cfg',
      '[WARNING]: Ansible is being run in a world writable directory (/home/u/repo), ignoring it as an ansible.cfg source.',
    ].join('\n');
    const mode = hostChange('custom', 'stat -c %a $PWD', '775', '777');
    expect(first(mode, log, [hostChange('security', 'umask', '0002', '0022')]).key).toBe('stat -c %a $PWD');
  });
  it('an empty $BUILDPLATFORM blames a Docker engine below 23, whose default builder is the legacy one (jeessy2/ddns-go#522)', () => {
    const log = [
      'Sending build context to Docker daemon  696.3kB',
      'Step 1/15 : FROM --platform=$BUILDPLATFORM golang:1.19-alpine AS builder',
      'failed to parse platform : "" is an invalid component of "": platform specifier component must match "^[A-Za-z0-9_-]+$": invalid argument',
      'make: *** [Makefile:18: build_docker_image] Error 1',
    ].join('\n');
    const engine = hostChange('docker', 'server_version', '23.0.0', '20.10.23');
    expect(first(engine, log, [toolChange('make', '4.3', '4.2.1')]).key).toBe('server_version');
  });
  it("a missing musl build blames B's C library, not npm; another musl release is not it (parcel-bundler/watcher#147)", () => {
    const log = [
      '/app/node_modules/@parcel/watcher/index.js:25',
      "Error: No prebuild or local build of @parcel/watcher found. Tried @parcel/watcher-linux-x64-musl. Please ensure it is installed (don't use --no-optional when installing with npm).",
    ].join('\n');
    const musl = hostChange('packages', 'musl', installed('1.2.4-r1', 'apk'), installed('1.2.4-r2', 'apk'));
    const family = hostChange('libc', 'family', 'glibc', 'musl');
    expect(first(family, log, [musl, toolChange('npm', '9.7.2', '9.8.0'), toolChange('node', '20.4.0', '20.5.0')]).key).toBe('family');
  });
  it("one line naming A's version as requested and B's as available blames that tool (actions/runner-images#1413)", () => {
    const log = [
      '* What went wrong:',
      "Execution failed for task ':stripDebugDebugSymbols'.",
      '> No version of NDK matched the requested version 21.0.6113669. Versions available locally: 21.3.6528147, 21.3.6528147',
    ].join('\n');
    const ndk = toolChange('android-ndk', '21.0.6113669', '21.3.6528147');
    expect(first(ndk, log, [toolChange('gradle', '6.1.1', '6.6')]).key).toBe('android-ndk');
  });
  it('a directory that is not writable blames who owns it, as B captured, over another uid (ohs-foundation/android-fhir#2614)', () => {
    const log = [
      "> Failed to apply plugin 'androidx.benchmark'.",
      '      > Failed to install the following SDK components:',
      '            build-tools;33.0.1 Android SDK Build-Tools 33.0.1',
      '        The SDK directory is not writable (/opt/android)',
    ].join('\n');
    const owner = hostChange('custom', 'stat -c %U:%G /opt/android', 'vscode:vscode', 'root:root');
    expect(first(owner, log, [hostChange('security', 'uid', 1001, 1000)]).key).toBe('stat -c %U:%G /opt/android');
  });
  it("a Py* struct without its member blames Python's C API, not a new gcc (hzeller/rpi-rgb-led-matrix#1671)", () => {
    const log = [
      'rgbmatrix/core.cpp:12633:55: error: ‘PyLongObject’ {aka ‘struct _longobject’} has no member named ‘ob_digit’',
      '12633 |             const digit* digits = ((PyLongObject*)x)->ob_digit;',
      "error: command '/usr/bin/gcc' failed with exit code 1",
    ].join('\n');
    expect(first(toolChange('python3', '3.11.9', '3.12.4'), log, [toolChange('gcc', '13.2.1', '14.1.1')]).key).toBe('python3');
  });
  it('Yarn\'s descriptor protocol ("argon2@npm:0.44.0") does not name the npm tool (yarnpkg/berry#7103)', () => {
    const log = [
      '$ yarn install',
      "➤ YN0009: │ unrs-resolver@npm:1.11.1 couldn't be built successfully (exit code 1)",
      "➤ YN0009: │ argon2@npm:0.44.0 couldn't be built successfully (exit code 1)",
      'Error: EBADF: bad file descriptor, fstat',
    ].join('\n');
    expect(first(toolChange('node', '24.14.1', '24.15.0'), log, [toolChange('npm', '11.11.0', '11.12.1')]).key).toBe('node');
  });
  it('an error saying network access is disabled blames the switch B turned off (nodejs/corepack#561)', () => {
    const log = [
      'root@436cdc8b9722:/src# yarn',
      "UsageError: Network access disabled by the environment; can't reach npm repository https://npm.example.net",
    ].join('\n');
    const ipv6 = hostChange('network', 'ipv6', 'enabled', 'disabled');
    expect(first(hostAdded('env', 'COREPACK_ENABLE_NETWORK', '0'), log, [ipv6]).key).toBe('COREPACK_ENABLE_NETWORK');
  });
});

describe('thirty-second stop: newer runtimes, missing pieces and refused calls', () => {
  it('a wheel built from source on a newer Python blames that Python, not pip (semantica-agi/semantica#1025)', () => {
    const log = [
      'RUN pip install --no-cache-dir ".[explorer]"',
      "building 'gensim.models.word2vec_inner' extension",
      "error: [Errno 2] No such file or directory: 'gcc'",
      'ERROR: Failed building wheel for gensim',
    ].join('\n');
    expect(first(toolChange('python3', '3.13.13', '3.14.4'), log, [toolChange('pip', '25.3', '26.0.1')]).key).toBe('python3');
  });
  it("pkg_resources gone blames a Python that crossed 3.12, not setuptools' upgrade (data-prep-kit/data-prep-kit#703)", () => {
    const log = [
      'data_processing/utils/pipinstaller.py:21: in <module>',
      '    import pkg_resources',
      "E   ModuleNotFoundError: No module named 'pkg_resources'",
    ].join('\n');
    const setuptools = hostChange('packages', 'python3-setuptools', installed('59.6.0-1.2', 'dpkg'), installed('68.1.2-2', 'dpkg'));
    expect(first(toolChange('python3', '3.10.12', '3.12.3'), log, [setuptools, toolChange('pip', '22.0.2', '24.0')]).key).toBe('python3');
  });
  it("CMake's find_package missing a library's headers blames the -dev package B lacks (actions/runner-images#11279)", () => {
    const log = [
      'CMake Error at /usr/local/share/cmake-3.31/Modules/FindPackageHandleStandardArgs.cmake:233 (message):',
      '  Could NOT find SQLite3 (missing: SQLite3_INCLUDE_DIR SQLite3_LIBRARY)',
      '  (Required is at least version "3.7.17")',
    ].join('\n');
    const dev = hostRemoved('packages', 'libsqlite3-dev', installed('3.37.2-2ubuntu0.3', 'dpkg'));
    expect(first(dev, log, [toolChange('cmake', '3.30.5', '3.31.2')]).key).toBe('libsqlite3-dev');
  });
  it('a tool that cannot find its environment variables blames its variables B lacks, not node (Schniz/fnm#933)', () => {
    const log = [
      '~/tmp/baz:>fnm use',
      "error: We can't find the necessary environment variables to replace the Node version.",
      'You should setup your shell profile to evaluate `fnm env`, see https://github.com/Schniz/fnm#shell-setup on how to do this',
    ].join('\n');
    const dir = hostRemoved('env', 'FNM_DIR', '/Users/dev/Library/Application Support/fnm');
    expect(first(dir, log, [toolChange('node', '18.14.2', '19.7.0')]).key).toBe('FNM_DIR');
  });
  it("ThreadSanitizer refused personality(2) blames B's seccomp profile (golang/go#35547)", () => {
    const log = [
      '--- FAIL: TestRace (16.94s)',
      '        socket_test.go:363: race not detected for test 0: err:<nil> out:FATAL: ThreadSanitizer CHECK failed: ./gotsan.cpp:14108 "((personality(old_personality | ADDR_NO_RANDOMIZE))) != ((-1))" (0xffffffffffffffff, 0xffffffffffffffff)',
    ].join('\n');
    const seccomp = hostAdded('docker', 'security_options', ['name=seccomp,profile=default']);
    expect(first(seccomp, log, [hostChange('sysctl', 'vm.mmap_rnd_bits', 14, 18)]).key).toBe('security_options');
  });
  it('CocoaPods refusing root blames the uid 0 B runs as (bitrise-steplib/steps-cocoapods-install#16)', () => {
    const log = [
      'Installing Pods',
      '=> sudo "pod" "_1.0.1_" "--version"',
      "/Library/Ruby/Gems/2.0.0/gems/claide-1.0.0/lib/claide/command.rb:439:in `help!': [!] You cannot run CocoaPods as root. (CLAide::Help)",
    ].join('\n');
    expect(first(hostChange('security', 'uid', 501, 0), log, [toolChange('cocoapods', '1.0.0', '1.0.1')]).key).toBe('uid');
  });
});

describe('thirty-second stop: a vet check, a module name, a handshake that stalls', () => {
  it("go test's vet failing a check Go 1.24 added blames that Go, not the OS release (cri-o/cri-o#8923)", () => {
    const log = [
      '# github.com/cri-o/cri-o/internal/resourcestore',
      './resourcecleaner.go:69:18: non-constant format string in call to github.com/cri-o/cri-o/internal/log.Infof',
      'FAIL    github.com/cri-o/cri-o/internal/resourcestore [build failed]',
    ].join('\n');
    const go = toolChange('go', '1.23.4', '1.24.0');
    expect(first(go, log, [hostChange('os', 'version_id', '41', '42')]).key).toBe('go');
  });
  it('a Python module imported under another name blames its package: em is EmPy (PX4/PX4-Autopilot#22654)', () => {
    const log = [
      '  File "/src/PX4-Autopilot/msg/tools/px_generate_uorb_topic_files.py", line 354, in generate_by_template',
      '    em.RAW_OPT: True, em.BUFFERED_OPT: True})',
      "AttributeError: module 'em' has no attribute 'RAW_OPT'",
    ].join('\n');
    const empy = hostChange('packages', 'empy', installed('3.3.4', 'pip'), installed('4.0.1', 'pip'));
    expect(first(empy, log, [toolChange('python3', '3.10.12', '3.11.6')]).key).toBe('empy');
  });
  it("a TLS handshake that stops after the client's hello blames an MTU that does not fit, larger or smaller (microsoft/WSL#4517)", () => {
    const log = [
      '* Connected to testlink.example.net (52.39.78.238) port 443 (#0)',
      '* successfully set certificate verify locations:',
      '*   CAfile: /etc/ssl/cert.pem',
      '* TLSv1.2 (OUT), TLS handshake, Client hello (1):',
    ].join('\n');
    const bundle = hostChange(
      'tls',
      'ca_bundle',
      { path: '/etc/ssl/certs/ca-certificates.crt', certs: 137 },
      { path: '/etc/ssl/cert.pem', certs: 133 },
    );
    expect(first(hostChange('network', 'mtu:eth0', 1350, 1500), log, [bundle, toolChange('curl', '7.68.0', '7.58.0')]).key).toBe(
      'mtu:eth0',
    );
  });
});

describe('thirty-second stop: the machine a program reports', () => {
  it("a program reporting a high CPU count that is B's blames the cores (gvenzl/oci-oracle-xe#64)", () => {
    const log = [
      'CONTAINER: machine has high CPU count: 128',
      '/opt/oracle/container-entrypoint.sh: line 156: ((: 128 = 32 : attempted assignment to non-variable (error token is "= 32 ")',
      'CONTAINER: increasing SGA_TARGET to 1800MB.',
    ].join('\n');
    expect(first(hostChange('cpu', 'cores', 8, 128), log, [hostChange('docker', 'server_version', '20.10.12', '20.10.14')]).key).toBe(
      'cores',
    );
  });
  it('Gradle out of JVM heap blames a machine with a quarter of the memory (nhaarman/acorn#129)', () => {
    const log = [
      'Expiring Daemon because JVM heap space is exhausted',
      '> Task :samples:hello:mergeDebugResources FAILED',
      '* What went wrong:',
      '> GC overhead limit exceeded',
    ].join('\n');
    const os = hostChange('os', 'pretty_name', 'macOS 10.14.4', 'Debian GNU/Linux 9 (stretch)');
    expect(first(hostChange('resources', 'mem_total', 17179869184, 4294967296), log, [os]).key).toBe('mem_total');
  });
});

describe('thirty-second stop: a question nobody answers', () => {
  it("Corepack's download prompt in a devcontainer blames the prompt switch B lacks, not Corepack's upgrade (mastodon/mastodon#31189)", () => {
    const log = [
      'Running the postCreateCommand from devcontainer.json...',
      '== Installing JS dependencies ==',
      '! Corepack is about to download https://yarnrepo.example.net/4.3.1/packages/yarnpkg-cli/bin/yarn.js',
      '? Do you want to continue? [Y/n] ',
    ].join('\n');
    const prompt = hostRemoved('env', 'COREPACK_ENABLE_DOWNLOAD_PROMPT', '0');
    expect(first(prompt, log, [toolChange('corepack', '0.28.2', '0.29.3'), toolChange('node', '20.15.1', '20.16.0')]).key).toBe(
      'COREPACK_ENABLE_DOWNLOAD_PROMPT',
    );
  });
});

describe('thirty-second stop: banners and vendors', () => {
  it("CMake's compiler identification is a banner: the cmake 4 that failed outranks AppleClang's longer version (aja-video/libajantv2#60)", () => {
    const log = [
      '$ cmake  -S .  -B build',
      '-- The C compiler identification is AppleClang 17.0.0.17000013',
      '-- Detecting C compiler ABI info - done',
      'CMake Error at cmake/CMakeOptions.cmake:54 (get_filename_component):',
      '  get_filename_component called with incorrect number of arguments',
      '-- Configuring incomplete, errors occurred!',
    ].join('\n');
    expect(first(toolChange('cmake', '3.31.6', '4.1.0-rc3'), log, [toolChange('clang', '17.0.0', '17.0.0.17000013')]).key).toBe('cmake');
  });
  it("a TLS version refused by another vendor's JDK blames the vendor B captured over a JDK patch (elastic/elasticsearch#72122)", () => {
    const log = [
      'java.lang.AssertionError: ',
      'Expected: (is "The client supported protocol versions [TLSv1.1] are not accepted by server preferences [TLS12]")',
      '     but: was "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)"',
    ].join('\n');
    const vendor = hostChange(
      'custom',
      "java -XshowSettings:properties -version 2>&1 | grep 'java.vendor ='",
      '    java.vendor = AdoptOpenJDK',
      '    java.vendor = Azul Systems, Inc.',
    );
    expect(first(vendor, log, [toolChange('java', '11.0.22', '11.0.23')]).key).toBe(vendor.key);
  });
});

describe('thirty-second stop: a locked-down kernel', () => {
  it("root refused an MSR write blames B's kernel lockdown (Secure Boot), not a kernel rebuild (rr-debugger/rr#2933)", () => {
    const log = [
      '$ sudo /usr/share/doc/rr/examples/zen_workaround.py',
      '  File "/usr/share/doc/rr/examples/zen_workaround.py", line 46, in <module>',
      "    os.write(msr, struct.pack('<q', val))",
      'PermissionError: [Errno 1] Operation not permitted',
    ].join('\n');
    const lockdown = hostChange(
      'custom',
      'cat /sys/kernel/security/lockdown',
      '[none] integrity confidentiality',
      'none [integrity] confidentiality',
    );
    const kernel = hostChange('kernel', 'version', '#1 SMP Debian 5.10.40-1 (2021-05-28)', '#1 SMP Debian 5.10.46-1 (2021-06-24)');
    const microcode = hostChange('packages', 'amd64-microcode', installed('3.20191218.1', 'dpkg'), installed('3.20210608.1', 'dpkg'));
    const ranked = rankDifferences([...DECOYS, kernel, microcode, lockdown], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe(lockdown.key);
    // Linked by the log, not only by being a check the user chose to capture.
    expect(ranked[0]!.reasons.some((r) => r.source === 'log')).toBe(true);
  });
});

describe('thirty-second stop: a tools version the package asks for', () => {
  it("SwiftPM's tools version above the installed one blames Swift, not the macOS release (actions/runner#1405)", () => {
    const log = [
      'xcodebuild: error: Could not resolve package dependencies:',
      "  package at 'https://github.com/rudifa/rfSwiftUI' @ 90adcdad19a3becd519a9701447bf90ca3ab1121 is using Swift tools version 5.5.0 but the installed version is 5.3.0",
      'Error: Process completed with exit code 74.',
    ].join('\n');
    const os = hostChange('os', 'version_id', '11.6', '10.15.7');
    expect(first(toolChange('swift', '5.5', '5.3.2'), log, [os, toolChange('xcode', '13.0', '12.4')]).key).toBe('swift');
  });
});

describe("thirty-third stop: a library's own header rejected", () => {
  it("an error inside ICU's headers (unicode/) blames ICU's upgrade, not the OS release (docker-library/php#1586)", () => {
    const log = [
      "/usr/include/unicode/char16ptr.h:372:13: error: 'u16string_view' in namespace 'std' does not name a type; did you mean 'u16string'?",
      "/usr/include/unicode/stringpiece.h:134:29: error: 'enable_if_t' in namespace 'std' does not name a template type",
    ].join('\n');
    const icu = hostChange('packages', 'icu-dev', installed('74.2-r0', 'apk'), installed('76.1-r0', 'apk'));
    const os = hostChange('os', 'version_id', '3.21.3', '3.22.0');
    const libstdcxx = hostChange('packages', 'libstdc++', installed('14.2.0-r4', 'apk'), installed('14.2.0-r6', 'apk'));
    expect(first(icu, log, [os, libstdcxx]).key).toBe('icu-dev');
  });
  it('the -dev package that ships the header ranks above its runtime sibling (EnterpriseDB/repmgr#44)', () => {
    const log = "       /usr/include/postgresql/libpq-fe.h:547:1: error: unknown type name 'pg_int64'";
    const server = hostChange('packages', 'postgresql-9.2', installed('9.2.9-1', 'dpkg'), installed('9.2.10-1', 'dpkg'));
    const dev = hostChange('packages', 'postgresql-server-dev-9.2', installed('9.2.9-1', 'dpkg'), installed('9.2.10-1', 'dpkg'));
    expect(first(dev, log, [server]).key).toBe(dev.key);
  });
  it('a -dev package of the header only one side has counts too: server-dev-9.3 gone, -9.2 in its place (EnterpriseDB/repmgr#44)', () => {
    const log = "       /usr/include/postgresql/libpq-fe.h:547:1: error: unknown type name 'pg_int64'";
    const server = hostChange('packages', 'postgresql-9.2', installed('9.2.9-1', 'dpkg'), installed('9.2.10-1', 'dpkg'));
    const gone = hostRemoved('packages', 'postgresql-server-dev-9.3', installed('9.3.6-1', 'dpkg'));
    expect(first(gone, log, [server]).key).toBe(gone.key);
  });
  it('the C++ library, the kernel interface and a missing header name no library of their own', () => {
    const m = scanMentions(
      parseBuildLog(
        [
          "/usr/include/c++/11/bits/std_function.h:435:145: error: parameter packs not expanded with '...':",
          "/usr/include/linux/mount.h:95:6: error: redeclaration of 'enum fsconfig_command'",
          '/usr/local/include/ruby-3.3.0/x86_64-linux/ruby/config.h:82:40: fatal error: jemalloc/jemalloc.h: No such file or directory',
        ].join('\n'),
      ),
    );
    expect([...m.declaredIn.keys()]).toEqual([]);
  });
});

describe('thirty-third stop: options, calls and downloads of another release', () => {
  it('a JVM option unknown after JAVA_HOME moved to another JDK blames JAVA_HOME, not a java patch (trinodb/trino#22012)', () => {
    const log = [
      '+ ./mvnw -v',
      "Unrecognized VM option 'G1NumCollectionsKeepPinned=10000000'",
      'Error: Could not create the Java Virtual Machine.',
      'Error: A fatal exception has occurred. Program will exit.',
    ].join('\n');
    const home = hostChange(
      'env',
      'JAVA_HOME',
      '/opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/22.0.1-8/x64',
      '/usr/lib/jvm/temurin-17-jdk-amd64',
    );
    expect(first(home, log, [toolChange('java', '11.0.22', '11.0.23'), toolChange('maven', '3.9.6', '3.9.7')]).key).toBe('JAVA_HOME');
  });
  it("a Python call that no longer fits the callee blames the library's major release, not the caller's patch (ansible/galaxy_collection#358)", () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "/opt/hostedtoolcache/Python/3.8.18/x64/lib/python3.8/site-packages/compose/cli/command.py", line 152, in get_project',
      '    client = get_client(',
      "TypeError: kwargs_from_env() got an unexpected keyword argument 'ssl_version'",
    ].join('\n');
    const docker = hostChange('packages', 'docker', installed('6.1.3', 'pip'), installed('7.0.0', 'pip'));
    const urllib3 = hostChange('packages', 'urllib3', installed('1.26.18', 'pip'), installed('2.1.0', 'pip'));
    const compose = toolChange('compose', '2.23.0', '2.23.3');
    const ranked = rankDifferences([...DECOYS, compose, urllib3, docker], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('docker');
  });
  it("a download that 404s for B's architecture blames the architecture, not the OS release (anza-xyz/platform-tools#84)", () => {
    const log = [
      '❯ anchor build',
      '[2024-11-18T10:30:44.126522000Z ERROR cargo_build_sbf] Failed to install platform-tools: HTTP status client error (404 Not Found) for url (https://github.com/anza-xyz/platform-tools/releases/download/v1.42/platform-tools-osx-x86_64.tar.bz2)',
    ].join('\n');
    const machine = hostChange('kernel', 'machine', 'arm64', 'x86_64');
    expect(first(machine, log, [hostChange('os', 'version_id', '15.1', '14.7.1')]).key).toBe('machine');
  });
  it('a program missing by its path blames the removed suite whose name it carries (postgis/h3-pg#107)', () => {
    const log = [
      '/bin/sh: line 1: /usr/bin/llvm-lto: No such file or directory',
      'make: *** [/usr/lib/postgresql/pgxs/src/makefiles/pgxs.mk:238: install] Error 127',
      'ERROR: command returned 2: make PG_CONFIG=/usr/bin/pg_config install',
    ].join('\n');
    const llvm = hostRemoved('packages', 'llvm', installed('14.0.6-3', 'pacman'));
    const postgresql = hostChange('packages', 'postgresql', installed('14.5-5', 'pacman'), installed('14.5-6', 'pacman'));
    expect(first(llvm, log, [postgresql]).key).toBe('llvm');
  });
});

describe('thirty-third stop: failures that only look like the kernel', () => {
  it("libstdc++'s std::thread EPERM blames libstdc++, not the kernel (canonical/ubuntu.com#14593)", () => {
    const log = [
      "terminate called after throwing an instance of 'std::system_error'",
      '  what():  Enable multithreading to use std::thread: Operation not permitted',
      'Aborted',
    ].join('\n');
    const libstdcxx = hostChange(
      'packages',
      'libstdc++6',
      installed('10.3.0-1ubuntu1~20.04', 'dpkg'),
      installed('10.5.0-1ubuntu1~20.04', 'dpkg'),
    );
    const kernel = hostChange('kernel', 'release', '5.15.0-67-generic', '5.15.0-126-generic');
    expect(first(libstdcxx, log, [kernel]).key).toBe('libstdc++6');
  });
  it("ipset's kernel and userspace revisions blame the kernel, not the ipset B added (projectcalico/calico#8372)", () => {
    const log =
      'felix/ipsets.go 569: Bad return code from \'ipset list\'. error=exit status 1 family="inet" stderr="ipset v7.11: Kernel and userspace incompatible: settype hash:ip with revision 6 not supported by userspace."';
    const kernel = hostChange('kernel', 'release', '5.15.138-flatcar', '6.5.11-300.fc39.x86_64');
    const ipset = hostAdded('packages', 'ipset', installed('7.17-6.fc39', 'rpm'));
    expect(first(kernel, log, [ipset]).key).toBe('release');
  });
  it('HDF5 1.8 -> 1.10 on a Lustre mount that grants flock blames HDF5, not the mount (ALPSCore/ALPSCore#348)', () => {
    const log = [
      '    #1 H5Fint.c line 1168 in H5F_open(): unable to lock the file or initialize file structure',
      "    #3 H5FDsec2.c line 939 in H5FD_sec2_lock(): unable to flock file, errno = 524, error message = 'Unknown error 524'",
    ].join('\n');
    const mount = hostChange('mounts', '/global/cscratch1', 'lustre rw,flock,lazystatfs', 'lustre rw,flock,lazystatfs,user_xattr');
    expect(first(toolChange('hdf5', '1.8.16', '1.10.1'), log, [mount, toolChange('gcc', '6.3.0', '7.1.0')]).key).toBe('hdf5');
  });
});

describe('thirty-third stop: what a tool reports about B', () => {
  it('a tool reporting the variable B set, in words, links it over a rebuilt image (metabase/metabase#13732)', () => {
    const log = [
      'cypress:cli:run run to spawn.start args ["--run-project","/home/circleci/project","--config-file","frontend/test/cypress.json"]',
      '  cypress:cli DISPLAY environment variable is set to :99 on Linux',
      '  cypress:cli Assuming this DISPLAY points at working X11 server,',
      '  cypress:cli Cypress will not spawn own Xvfb',
    ].join('\n');
    const image: Difference = {
      ...DECOYS[0]!,
      key: 'circleci/clojure:lein-2.9.1-node-browsers',
      a: {
        id: 'sha256:eee',
        digests: ['circleci/clojure@sha256:555'],
        architecture: 'amd64',
        os: 'linux',
        created: '2020-10-01T00:00:00Z',
      },
      b: {
        id: 'sha256:fff',
        digests: ['circleci/clojure@sha256:666'],
        architecture: 'amd64',
        os: 'linux',
        created: '2020-11-01T00:00:00Z',
      },
    };
    expect(first(hostAdded('env', 'DISPLAY', ':99'), log, [image, toolChange('node', '12.18.4', '12.19.0')]).key).toBe('DISPLAY');
  });
  it('a user setting the variable in the log is not a tool reporting it', () => {
    const m = scanMentions(parseBuildLog('> set -x OPENBLAS_NUM_THREADS 64'));
    expect(m.reported.size).toBe(0);
  });
  it("a unified diff's header prints file times in the machine's zone, which the test did not compare (ossc-db/pg_hint_plan#199)", () => {
    const log = [
      'diff -U3 /home/u/pg_hint_plan/expected/ut-S.out /home/u/pg_hint_plan/results/ut-S.out',
      '--- /home/u/pg_hint_plan/expected/ut-S.out\t2024-08-23 16:17:58.047311683 +0900',
      '+++ /home/u/pg_hint_plan/results/ut-S.out\t2024-08-23 17:43:41.903915128 +0900',
    ].join('\n');
    expect(scanMentions(parseBuildLog(log)).zoneOffsets.size).toBe(0);
  });
  it("a program under B's JAVA_HOME that does not exist links JAVA_HOME (autonomousapps/dependency-analysis-gradle-plugin#1033)", () => {
    const log = [
      '* What went wrong:',
      "Execution failed for task ':lib:compileDebugJavaWithJavac'.",
      '   > Execution failed for JdkImageTransform: /Users/u/Library/Android/sdk/platforms/android-34/core-for-system-modules.jar.',
      '         > jlink executable /Library/Java/JavaVirtualMachines/temurin-17.jre/Contents/Home/bin/jlink does not exist.',
    ].join('\n');
    const home = hostChange(
      'env',
      'JAVA_HOME',
      '/Library/Java/JavaVirtualMachines/temurin-17.jdk/Contents/Home',
      '/Library/Java/JavaVirtualMachines/temurin-17.jre/Contents/Home',
    );
    expect(first(home, log, [toolChange('gradle', '8.2.1', '8.3')]).key).toBe('JAVA_HOME');
  });
  it("libpq connecting as B's user with no PGUSER blames PGUSER (lacanoid/pgsparql#1)", () => {
    const log = [
      '============== dropping database "contrib_regression" ==============',
      'psql: error: FATAL:  role "root" does not exist',
      'command failed: "/usr/lib/postgresql/12/bin/psql" -X -c "DROP DATABASE IF EXISTS \\"contrib_regression\\"" "postgres"',
    ].join('\n');
    const dev = hostChange(
      'packages',
      'postgresql-server-dev-12',
      installed('12.5-1.pgdg100+1', 'dpkg'),
      installed('12.6-1.pgdg100+1', 'dpkg'),
    );
    expect(first(hostRemoved('env', 'PGUSER', 'postgres'), log, [dev]).key).toBe('PGUSER');
  });
});

describe('thirty-third stop: whose API, which interpreter, what memory', () => {
  it("NumPy's C API (PyArray_Descr) names NumPy 2, not a test runner's major (epics-modules/pyDevSup#37)", () => {
    const log = [
      "../dbfield.c: In function 'build_array':",
      "../dbfield.c:101:13: error: 'PyArray_Descr' {aka 'struct _PyArray_Descr'} has no member named 'elsize'",
    ].join('\n');
    const numpy = hostChange('packages', 'numpy', installed('1.26.4', 'pip'), installed('2.0.0', 'pip'));
    const nose2 = hostChange('packages', 'nose2', installed('0.14.1', 'pip'), installed('0.15.1', 'pip'));
    expect(first(numpy, log, [nose2]).key).toBe('numpy');
  });
  it('an f-string a tool wrote, refused as invalid syntax, blames the older Python, not the OS release (emscripten-core/emscripten#17298)', () => {
    const log = [
      'File "/home/u/emsdk/upstream/emscripten/emcc.py", line 177',
      "     logger.debug(f'(not saving intermediate {name} because not generating JS)')",
      '                                                                             ^',
      'SyntaxError: invalid syntax',
    ].join('\n');
    const os = hostChange('os', 'version_id', '18.04', '16.04');
    const libc = hostChange('libc', 'version', '2.27', '2.23');
    expect(first(toolChange('python3', '3.6.9', '3.5.2'), log, [os, libc]).key).toBe('python3');
  });
  it("Python 2 code under B's python, which a captured check shows is 3, blames that check (aws-actions/codeguru-security#9)", () => {
    const log = [
      '    File "/usr/bin/yum", line 30',
      '    except KeyboardInterrupt, e:',
      '                            ^',
      '    SyntaxError: invalid syntax',
    ].join('\n');
    const python = hostChange('custom', 'readlink -f /usr/bin/python', '/usr/bin/python2.7', '/usr/bin/python3.9');
    expect(first(python, log, [toolChange('python3', '3.7.16', '3.9.16'), toolChange('pip', '20.2.2', '23.0.1')]).key).toBe(python.key);
  });
  it('a notebook kernel that died on a machine with less memory blames the memory (pymovements/pymovements#694)', () => {
    const log = [
      "    raise NotebookError(type(e).__name__ + ' in ' +",
      'nbsphinx.NotebookError: DeadKernelError in tutorials/pymovements-in-10-minutes.ipynb:',
      'Kernel died',
    ].join('\n');
    const memory = hostChange('resources', 'mem_total', 17179869184, 7516192768);
    expect(first(memory, log, [toolChange('python3', '3.11.7', '3.9.18')]).key).toBe('mem_total');
  });
});

describe('thirty-third stop: the first failure, not its summary', () => {
  it("a non-root runner's chown refused, under Mix's summary, blames the user, not Elixir (nerves-project/nerves#997)", () => {
    const log = [
      '|Elixir.Docker| Starting Build... (this may take a while)',
      "chown: changing ownership of '/nerves/build': Operation not permitted",
      'could not compile dependency :xxx_rpi5, "mix compile" failed.',
      '** (Mix) The Nerves Docker build_runner encountered an error while setting permissions:',
    ].join('\n');
    const uid: Difference = { scope: 'image:nerves_system_br', facet: 'security', key: 'uid', kind: 'changed', a: 0, b: 1000 };
    expect(first(uid, log, [toolChange('elixir', '1.16.3', '1.17.2'), toolChange('erlang', '26.2.1', '26.2.5')]).key).toBe('uid');
  });
  it("Gradle's doubled host name that does not resolve blames B's hostname over its name servers (mozilla/MozStumbler#1277)", () => {
    const log = [
      '    What went wrong:',
      "    A problem occurred evaluating project ':android'.",
      '        gkeeley13311: gkeeley13311: nodename nor servname provided, or not known',
    ].join('\n');
    const hostname = hostAdded('custom', 'scutil --get HostName', 'gkeeley13311');
    const dns: Difference = {
      scope: 'host',
      facet: 'dns',
      key: 'nameservers',
      kind: 'changed',
      a: ['192.168.1.1'],
      b: ['10.0.0.1'],
      detail: { onlyA: ['192.168.1.1'], onlyB: ['10.0.0.1'] },
    };
    expect(first(hostname, log, [dns]).key).toBe(hostname.key);
  });
});

describe('thirty-third stop: helpers and engines', () => {
  it('mount(8) without the helper for "-t nfs" blames the NFS package B lacks, not the CIFS one (kubernetes-sigs/nfs-subdir-external-provisioner#120)', () => {
    const log = [
      '  Warning  FailedMount  32s (x8 over 96s)  kubelet  MountVolume.SetUp failed for volume "root" : mount failed: exit status 32',
      'Mounting command: mount',
      'Mounting arguments: -t nfs 10.0.0.5:/export /var/lib/kubelet/pods/x/volumes/kubernetes.io~nfs/root',
      'Output: mount: /var/lib/kubelet/pods/x/volumes/kubernetes.io~nfs/root: bad option; for several filesystems (e.g. nfs, cifs) you might need a /sbin/mount.<type> helper program',
    ].join('\n');
    const nfs = hostRemoved('packages', 'nfs-common', installed('1:1.3.4-2.5ubuntu3.4', 'dpkg'));
    const cifs = hostRemoved('packages', 'cifs-utils', installed('2:6.9-1ubuntu0.1', 'dpkg'));
    expect(first(nfs, log, [cifs, hostChange('cpu', 'arch', 'x86_64', 'aarch64')]).key).toBe('nfs-common');
  });
  it("Compose v1's 'file version is not compatible with your engine version' blames Docker 23 (actions/runner-images#7080)", () => {
    const log = [
      '  File "compose\\container.py", line 44, in from_id',
      'The current Compose file version is not compatible with your engine version. Please upgrade your Compose file to a more recent version, or set a COMPOSE_API_VERSION in your environment.',
    ].join('\n');
    const server = hostChange('docker', 'server_version', '20.10.23', '23.0.1');
    expect(
      first(server, log, [hostChange('kernel', 'version', '10.0.17763.3887', '10.0.17763.4010'), toolChange('compose', '2.15.1', '2.16.0')])
        .key,
    ).toBe('server_version');
  });
});

describe('thirty-third stop: an environment named after its interpreter', () => {
  it("conda's environment named py3.8-dev follows from Python 3.7 -> 3.8, which it lifts (jupyter/notebook#5261)", () => {
    const log = [
      'Process SpawnPoolWorker-9:',
      'Traceback (most recent call last):',
      '  File "/opt/anaconda3/envs/py3.8-dev/lib/python3.8/multiprocessing/process.py", line 313, in _bootstrap',
      "AttributeError: Can't get attribute 'f' on <module '__main__' (built-in)>",
    ].join('\n');
    const env = hostChange('env', 'CONDA_DEFAULT_ENV', 'py3.7-dev', 'py3.8-dev');
    const prefix = hostChange('env', 'CONDA_PREFIX', '/opt/anaconda3/envs/py3.7-dev', '/opt/anaconda3/envs/py3.8-dev');
    expect(first(toolChange('python3', '3.7.6', '3.8.2'), log, [env, prefix]).key).toBe('python3');
  });
});

describe("thirty-third stop: a test harness's header", () => {
  it("pytest's session header names its own release as a banner: the program the test runs comes first (jupyter/nbconvert#1246)", () => {
    const log = [
      '$ pytest -k svg2pdf',
      'platform linux -- Python 3.8.2, pytest-5.4.1, py-1.8.0, pluggy-0.13.1',
      'nbconvert/preprocessors/tests/test_svg2pdf.py ....F                      [100%]',
      '=================================== FAILURES ===================================',
      "    @onlyif_cmds_exist('inkscape')",
      '    def test_output(self):',
      '>       nb, res = preprocessor(nb, res)',
    ].join('\n');
    const inkscape = hostChange('packages', 'inkscape', installed('0.92.5-1.fc32', 'rpm'), installed('1.0-0.rc1.fc33', 'rpm'));
    const pytest = hostChange('packages', 'python3-pytest', installed('4.6.9-2.fc32', 'rpm'), installed('5.4.1-1.fc33', 'rpm'));
    expect(first(inkscape, log, [pytest]).key).toBe('inkscape');
  });
});

describe('thirty-third stop: another C++ standard library', () => {
  it('libc++ where A had libstdc++ explains a std:: member gone, over the OS (WayfireWM/wf-shell#49)', () => {
    const log = [
      "../src/background/background.cpp:150:14: error: no member named 'random_shuffle' in namespace 'std'",
      '        std::random_shuffle(images.begin(), images.end());',
      '        ~~~~~^',
    ].join('\n');
    const libcxx = hostAdded('libraries', 'libc++.so.1', ['/usr/lib/libc++.so.1']);
    const os = hostChange('os', 'id', 'arch', 'freebsd');
    expect(first(libcxx, log, [os]).key).toBe('libc++.so.1');
  });
});

describe('thirty-third stop: a 32-bit ARM runtime helper', () => {
  it('__aeabi_uldivmod unresolved blames the move to 32-bit ARM, not a rebuilt image or a compiler (RedisJSON/RedisJSON#20)', () => {
    const log = [
      'Redis version=3.9.103, bits=32',
      '1:M 13 May 00:07:06.920 # Module /usr/local/lib/rejson.so failed to load: /usr/local/lib/rejson.so: undefined symbol: __aeabi_uldivmod',
    ].join('\n');
    const machine = hostChange('kernel', 'machine', 'x86_64', 'armv7l');
    expect(first(machine, log, [toolChange('gcc', '6.3.0', '4.9.2')]).key).toBe('machine');
  });
});

describe("thirty-fourth stop: a JDK under its package's name", () => {
  it("Homebrew's openjdk 18 -> 19 under a Java stack trace outranks a patch of the java toolchain (javalin/javalin#1679)", () => {
    const log = [
      '20220928 17:09:36.303 [main] ERROR / io.javalin.Javalin - Failed to start Javalin',
      'Exception in thread "main" java.lang.reflect.InvocationTargetException',
      '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:119)',
      '\tat java.base/java.lang.reflect.Method.invoke(Method.java:578)',
      '\tat io.javalin.core.LoomUtil.getExecutorService(LoomUtil.kt:22)',
    ].join('\n');
    const openjdk = hostChange('packages', 'openjdk', installed('18.0.2', 'brew'), installed('19', 'brew'));
    expect(first(openjdk, log, [toolChange('java', '11.0.22', '11.0.23')]).key).toBe('openjdk');
  });
});

describe("thirty-fourth stop: a JDK's home named after its release", () => {
  it('JAVA_HOME .../jdk_17_latest -> .../jdk_21_latest follows from Java 17 -> 21 and ranks below it (apache/kafka#14742)', () => {
    const log = [
      '> Task :streams:compileJava',
      "/home/jenkins/workspace/streams/src/main/java/org/apache/kafka/streams/kstream/internals/WindowStoreMaterializer.java:46: warning: [this-escape] possible 'this' escape before subclass is fully initialized",
      '        retentionPeriod = retentionPeriod();',
      'error: warnings found and -Werror specified',
    ].join('\n');
    const home = hostChange(
      'env',
      'JAVA_HOME',
      '/home/jenkins/tools/hudson.model.JDK/jdk_17_latest',
      '/home/jenkins/tools/hudson.model.JDK/jdk_21_latest',
    );
    expect(first(toolChange('java', '17.0.9', '21.0.1'), log, [home]).key).toBe('java');
  });

  it('a JAVA_HOME that names another vendor, not another release, is not a consequence', () => {
    const ranked = rankDifferences(
      [toolChange('java', '17.0.9', '21.0.1'), hostChange('env', 'JAVA_HOME', '/usr/lib/jvm/temurin-17-jdk', '/usr/lib/jvm/zulu-21-jdk')],
      { log: parseBuildLog('$ echo $JAVA_HOME\nerror: JAVA_HOME is not a JDK') },
    );
    expect(ranked.find((d) => d.key === 'JAVA_HOME')!.reasons.some((r) => /names the java release/.test(r.text))).toBe(false);
  });
});

describe('thirty-fourth stop: a zone the database does not know by name', () => {
  it("FreeBSD's older zoneinfo package, not the local time zone, explains an unknown America/Godthab (arp242/goatcounter#422)", () => {
    const log = [
      'panic: tz.init: unknown time zone America/Godthab',
      '',
      'goroutine 1 [running]:',
      'zgo.at/tz.init.0()',
      '        /root/go/pkg/mod/zgo.at/tz@v0.0.0-20200520034804-aeba38d94d93/alias.go:14 +0x137',
    ].join('\n');
    const zoneinfo = hostChange('packages', 'zoneinfo', installed('2020d', 'pkg'), installed('2019c', 'pkg'));
    expect(first(zoneinfo, log, [hostChange('time', 'timezone', 'Asia/Ho_Chi_Minh', 'UTC')]).key).toBe('zoneinfo');
  });

  it("a test harness's inventory line (Php: …, pgsql: …, OS: Linux …) names the kernel as a banner does (mudrd8mz/moodle-block_course_contents#29)", () => {
    const log = [
      'Moodle 4.1.6+ (Build: 20231013), d188d58ce93badf7cb8d1b2a99b2ad00eb62c681',
      'Php: 7.4.33, pgsql: 12.11 (Ubuntu 12.11-0ubuntu0.20.04.1), OS: Linux 5.15.0-86-generic x86_64',
      'There was 1 failure:',
      'Failed asserting that two strings are equal.',
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '6.2.0-1014-azure', '5.15.0-86-generic');
    const ranked = rankDifferences([kernel], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons[0]!.text).toMatch(/^the log names 5\.15\.0, B's version \(a version banner\)/);
  });
});

describe("thirty-fourth stop: C23, GCC 15's default", () => {
  it("a call with arguments to a function declared with () is GCC 15's C23, not the C library (NixOS/nixpkgs#516242)", () => {
    const log = [
      "Token.xs: In function 'get_new_byte':",
      "Token.xs:31:7: error: too many arguments to function 'isaac'; expected 0, have 1",
      '   31 |       isaac(&ctx->isaac_ctx);',
      'rand.h:41:6: note: declared here',
      '   41 | void isaac(/*_ randctx *r _*/);',
    ].join('\n');
    const libc = hostChange('libc', 'version', '2.40', '2.42');
    expect(first(toolChange('gcc', '14.3.0', '15.2.0'), log, [libc]).key).toBe('gcc');
  });
});

describe("thirty-fourth stop: a library's configuration script", () => {
  const log = [
    "      FileNotFoundError: [Errno 2] No such file or directory: 'gdal-config'",
    '      Could not find gdal-config. Make sure you have installed the GDAL native library and development headers.',
    '      [end of output]',
    '  note: This error originates from a subprocess, and is likely not a problem with pip.',
    'error: metadata-generation-failed',
  ].join('\n');

  it('gdal-config missing blames libgdal-dev, which B lacks, over a pip upgrade pip only reports (initze/thaw-slump-segmentation#103)', () => {
    const dev = hostRemoved('packages', 'libgdal-dev', installed('3.4.1+dfsg-1build4', 'dpkg'));
    expect(first(dev, log, [toolChange('pip', '23.3.1', '24.0'), toolChange('python3', '3.10.12', '3.10.14')]).key).toBe('libgdal-dev');
  });

  it('with no development package gone, a new Python minor explains the build from source (geopandas/geopandas#2212)', () => {
    expect(first(toolChange('python3', '3.9.7', '3.10.0'), log, [toolChange('pip', '21.3.1', '21.2.3')]).key).toBe('python3');
  });
});

describe("thirty-fourth stop: B's locale by name", () => {
  it("a program's report of the locale it formats in, B's pt-BR, links LANG over a node patch (devops-thiago/ThrillhouseBot#661)", () => {
    const log = [
      'TestingLibraryElementError: Unable to find an element with the text: 184,320.',
      "$ node -e 'console.log(Intl.DateTimeFormat().resolvedOptions().locale, (184320).toLocaleString())'",
      'pt-BR | 184.320',
    ].join('\n');
    const lang = hostChange('locale', 'LANG', 'en_US.UTF-8', 'pt_BR.UTF-8');
    const ranked = rankDifferences([...DECOYS, toolChange('node', '22.18.0', '22.17.1'), lang], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('LANG');
    expect(ranked[0]!.reasons[0]!.text).toMatch(/^the log shows B's locale pt-BR, and never A's/);
  });

  it("a log that shows A's locale too says nothing of B's", () => {
    const log = ['Error: expected 1,5 to equal 1.5', 'locales: de-DE en-US'].join('\n');
    const ranked = rankDifferences([hostChange('locale', 'LANG', 'en_US.UTF-8', 'de_DE.UTF-8')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => /B's locale/.test(r.text))).toBe(false);
  });
});

describe('thirty-fourth stop: one place under both homes', () => {
  const log = [
    'The cypress npm package is installed, but the Cypress binary is missing.',
    'We expected the binary to be installed here: /root/.cache/Cypress/4.3.0/Cypress/Cypress',
    "- You're caching 'node_modules' but are not caching this path: /home/bamboo/.cache/Cypress",
  ].join('\n');

  it("a cache looked for under A's HOME and B's links HOME (cypress-io/cypress-docker-images#287)", () => {
    const home = hostChange('env', 'HOME', '/root', '/home/bamboo');
    const url = hostChange('env', 'CYPRESS_baseUrl', 'http://localhost:8080', 'https://qa-50-run-cypress-test.example.com');
    expect(first(home, log, [url]).key).toBe('HOME');
  });

  it('unrelated paths under the two directories link nothing', () => {
    const other = ['error: cannot write /root/build/out.o', 'using /home/bamboo/.cache/Cypress'].join('\n');
    const ranked = rankDifferences([hostChange('env', 'HOME', '/root', '/home/bamboo')], { log: parseBuildLog(other) });
    expect(ranked[0]!.reasons.some((r) => /under both/.test(r.text))).toBe(false);
  });
});

describe("thirty-fourth stop: A's install still named", () => {
  it("a CMake cache that runs A's Homebrew keg of cmake, which B's upgrade removed, blames cmake over a ninja patch (neovim/neovim#23038)", () => {
    const log = [
      "ninja: Entering directory `.deps'",
      '[0/1] Re-running CMake...',
      '/bin/sh: /usr/local/Cellar/cmake/3.25.1/bin/cmake: No such file or directory',
      'FAILED: build.ninja',
      "ninja: error: rebuilding 'build.ninja': subcommand failed",
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, toolChange('ninja', '1.11.0', '1.11.1'), toolChange('cmake', '3.25.1', '3.26.3')], {
      log: parseBuildLog(log),
    });
    expect(ranked[0]!.key).toBe('cmake');
    expect(ranked[0]!.reasons[0]!.text).toMatch(/^the log cannot find A's build of cmake \(3\.25\.1\)/);
  });
});

describe('thirty-fourth stop: half the disk, still gigabytes', () => {
  it("a full disk while pulling a large image blames B's halved free space over a daemon upgrade (GameLabGraz/Maroon#600)", () => {
    const log = [
      'docker: failed to register layer: write /opt/unity/Editor/Data/Resources/PackageManager/',
      'ProjectTemplates/libcache/com.unity.template.3d-cross-platform-17.0.11/ScriptAssemblies/',
      'Unity.VisualScripting.Shared.Editor.pdb: no space left on device',
    ].join('\n');
    const disk = hostChange('resources', 'disk_free:/', 31457280000, 15032385536);
    expect(first(disk, log, [hostChange('docker', 'server_version', '28.0.4', '28.5.1')]).key).toBe('disk_free:/');
  });
});

describe('thirty-fourth stop: a program looked up under several names', () => {
  it("Ansible's pip module finding none of pip2, pip blames python2-pip, which B lacks, over a python3 B adds (geerlingguy/ansible-for-devops#312)", () => {
    const log = [
      '192.168.60.5 | FAILED! => {',
      '    "ansible_facts": {',
      '        "discovered_interpreter_python": "/usr/bin/python"',
      '    },',
      '    "msg": "Unable to find any of pip2, pip to use.  pip needs to be installed."',
      '}',
    ].join('\n');
    const pip2 = hostRemoved('packages', 'python2-pip', installed('8.1.2-14.el7', 'rpm'));
    expect(first(pip2, log, [hostAdded('toolchains', 'python3', '3.6.8')]).key).toBe('python2-pip');
  });
});

describe('thirty-fourth stop: the package manager the line names', () => {
  it('a packageManager check that names Yarn blames the yarn patch over an npm major (apache/opendal#3727)', () => {
    const log = [
      'error This project\'s package.json defines "packageManager": "yarn@3.5.1". However the current global version of Yarn is 1.22.21.',
      '',
      'Presence of the "packageManager" field indicates that the project is meant to be used with Corepack, a tool included by default with all official Node.js distributions starting from 16.9 and 14.19.',
      'Error: Process completed with exit code 1.',
    ].join('\n');
    expect(first(toolChange('yarn', '1.22.19', '1.22.21'), log, [toolChange('npm', '9.8.1', '10.2.3')]).key).toBe('yarn');
  });
});

describe('thirty-fourth stop: a product named, not its image', () => {
  const log = [
    'Extract /root/.embedpostgresql/postgresql-10.3-1-linux-x64-binaries.tar.gz START',
    "2018-04-18 18:12:12 [pool-5-thread-3] ERROR r.y.q.e.postgresql.PostgresProcess  - Failed to read PID file (File '/builds/team-dir/project-dir/postgres/postmaster.pid' does not exist)",
  ].join('\n');

  it('an embedded PostgreSQL that fails as root blames the user, not a rebuilt postgres:15 the log never pulls (yandex-qatools/postgresql-embedded#130)', () => {
    expect(first(hostChange('security', 'uid', 1000, 0), log).key).toBe('uid');
  });

  it('the same image named by its reference still counts as used', () => {
    const pulled = `Pulling postgres:15 ... done\n${log}`;
    const ranked = rankDifferences(DECOYS, { log: parseBuildLog(pulled) });
    expect(ranked[0]!.key).toBe('postgres:15');
  });
});

describe('thirty-fourth stop: a driver relaying what it ran', () => {
  it("RubyGems' native-extension summary does not name Ruby as the failing tool (CircleCI-Public/cimg-ruby#155)", () => {
    const log = ['Building native extensions. This could take a while...', '\tERROR: Failed to build gem native extension.'].join('\n');
    const ranked = rankDifferences([toolChange('ruby', '3.0.2', '3.0.6')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => /error line names gem/.test(r.text))).toBe(false);
  });

  it("pip's own disclaimer does not name pip as the failing tool (docker-library/python#1025)", () => {
    const log = [
      'error: subprocess-exited-with-error',
      'note: This error originates from a subprocess, and is likely not a problem with pip.',
    ].join('\n');
    const ranked = rankDifferences([toolChange('pip', '23.3.1', '24.0')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => /error line names pip/.test(r.text))).toBe(false);
  });
});

describe('thirty-fifth stop: a captured check whose failure the build printed', () => {
  it("`hostname -f` failing on B, word for word as the build's shell printed it, outranks B's other name server (chef-boneyard/delivery-cluster#120)", () => {
    const log = ['chef > `hostname -f`', 'hostname: Name or service not known', ' => ""'].join('\n');
    const hostname = hostChange('custom', 'hostname -f', 'chef-server.example.internal', 'hostname: Name or service not known');
    const nameservers = hostChange('dns', 'nameservers', ['10.0.2.3'], ['33.33.0.2']);
    expect(first(hostname, log, [nameservers]).key).toBe('hostname -f');
  });
});

describe('thirty-fifth stop: where a tool looks without its variable', () => {
  it('PUB_CACHE unset on B, and Gradle naming a package under …\\Pub\\Cache on another drive than the project (flutter/flutter#142893)', () => {
    const log = [
      '* What went wrong:',
      "Could not determine the dependencies of task ':flutter_plugin_android_lifecycle:test'.",
      "> Could not create task ':flutter_plugin_android_lifecycle:testReleaseUnitTest'.",
      '   > this and base files have different roots: E:\\Apps\\Flutter\\Flutter projects\\tutorial2\\build\\flutter_plugin_android_lifecycle and C:\\Users\\taehy\\AppData\\Local\\Pub\\Cache\\hosted\\pub.dev\\flutter_plugin_android_lifecycle-2.0.17\\android.',
    ].join('\n');
    const pubCache = hostRemoved('env', 'PUB_CACHE', 'E:\\Apps\\Flutter\\.pub-cache');
    expect(first(pubCache, log, [toolChange('flutter', '3.16.8', '3.16.9')]).key).toBe('PUB_CACHE');
  });
});

describe('thirty-fifth stop: the linker and its libraries', () => {
  it("a static link's missing -lyaml blames Alpine's yaml-static, not the GCC whose collect2 summarises it (84codes/crystal-packages#21)", () => {
    const log = [
      '#12 91.25 E: Error target noir failed to compile:',
      '#12 91.25 /usr/lib/gcc/aarch64-alpine-linux-musl/14.2.0/../../../../aarch64-alpine-linux-musl/bin/ld: cannot find -lyaml (this usually means you need to install the development package for libyaml): No such file or directory',
      '#12 91.25 collect2: error: ld returned 1 exit status',
    ].join('\n');
    const yaml = hostRemoved('packages', 'yaml-static', installed('0.2.5-r2', 'apk'));
    expect(first(yaml, log, [toolChange('gcc', '13.2.1', '14.2.0')]).key).toBe('yaml-static');
  });

  it("clang's missing <any> blames the gcc-12 B added without its C++ headers (heapwolf/socket#356)", () => {
    const log = [
      '• Unable to build +119ms',
      "/home/USER/.nvm/versions/node/v19.9.0/lib/node_modules/@socketsupply/socket/node_modules/@socketsupply/socket-linux-x64/src/common.hh:126:10: fatal error: 'any' file not found",
      '#include <any>',
      '1 error generated.',
    ].join('\n');
    const gcc12 = hostAdded('packages', 'gcc-12', installed('12.1.0-2ubuntu1~22.04', 'dpkg'));
    expect(first(gcc12, log, [toolChange('node', '18.16.0', '19.9.0')]).key).toBe('gcc-12');
  });
});

describe('thirty-fifth stop: where an error is located and what it names', () => {
  it("an error located in the SDK's own modulemap blames Xcode, not the Java that merely wraps the error (TimOrtel/GRPC-Kotlin-Multiplatform#49)", () => {
    const log = [
      '> Task :kmp-grpc-core:cinteropGRPCClientIosArm64',
      "Exception in thread \"main\" java.lang.Error: /Applications/Xcode.app/Contents/Developer/Platforms/iPhoneOS.platform/Developer/SDKs/iPhoneOS18.4.sdk/usr/include/c_standard_library.modulemap:313:8: error: module '_stddef' requires feature 'found_incompatible_headers__check_search_paths'",
    ].join('\n');
    expect(first(toolChange('xcode', '16.2', '16.3'), log, [toolChange('java', '17.0.14', '21.0.6')]).key).toBe('xcode');
  });

  it("Nix's HOME=/homeless-shelter, and a cache directory under it that cannot be created (bytecodealliance/wasmtime#1197)", () => {
    const log = [
      '   Compiling wasmtime-interface-types v0.12.0 (/private/tmp/nix-build-wasmtime-v0.12.0.drv-0/source/crates/interface-types)',
      'running 3 tests',
      'Error: failed to create cache directory: /homeless-shelter/Library/Caches/BytecodeAlliance.wasmtime',
      '',
      'Caused by:',
      '    Permission denied (os error 13)',
    ].join('\n');
    const home = hostChange('env', 'HOME', '/Users/ggreif', '/homeless-shelter');
    const tmpdir = hostChange(
      'env',
      'TMPDIR',
      '/var/folders/xq/1h6yb4q52m1bq8v1p8c6d0zr0000gn/T',
      '/private/tmp/nix-build-wasmtime-v0.12.0.drv-0',
    );
    expect(first(home, log, [tmpdir]).key).toBe('HOME');
  });

  it("a build running under B's home says nothing about HOME when the error is not about the place", () => {
    const log =
      'ERROR: /home/jenkins/.cache/bazel/_bazel_root/2682/external/rules_java/toolchains/BUILD:254:14: JavaToolchainCompileBootClasspath failed';
    const ranked = rankDifferences([hostChange('env', 'HOME', '/home/ubuntu', '/home/jenkins')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => /path under/.test(r.text))).toBe(false);
  });

  it("setuptools' major step, for a distutils module it dropped, outranks a Python patch (apache/arrow-adbc#2176)", () => {
    const log = [
      '  File "/home/runner/miniconda3/envs/test/lib/gobject-introspection/giscanner/ccompiler.py", line 29, in <module>',
      '    from distutils.msvccompiler import MSVCCompiler',
      "ModuleNotFoundError: No module named 'distutils.msvccompiler'",
    ].join('\n');
    const setuptools = hostChange('packages', 'setuptools', installed('73.0.1', 'conda'), installed('75.1.0', 'conda'));
    const python = hostChange('packages', 'python', installed('3.12.5', 'conda'), installed('3.12.6', 'conda'));
    expect(first(setuptools, log, [python]).key).toBe('setuptools');
  });

  it("pkg-config gone, and a library's header not found where only pkg-config's -I would point (tid-kijyun/Kanna#134)", () => {
    const log = [
      'note: you may be able to install libxml-2.0 using your system-packager:',
      '    apt-get install libxml2-dev',
      "/usr/include/libxml2/libxml/tree.h:17:10: error: 'libxml/xmlversion.h' file not found",
      "Kanna.swift:28:8: error: could not build Objective-C module 'SwiftClibxml2'",
    ].join('\n');
    const pkgConfig = hostRemoved('packages', 'pkg-config', installed('0.29.1-0ubuntu1', 'dpkg'));
    const libxml = hostChange(
      'packages',
      'libxml2-dev',
      installed('2.9.3+dfsg1-1ubuntu0.1', 'dpkg'),
      installed('2.9.3+dfsg1-1ubuntu0.2', 'dpkg'),
    );
    expect(first(pkgConfig, log, [libxml]).key).toBe('pkg-config');
  });

  it("Meson's report of the programs it found is a banner, not the failure (qtile/qtile#5208)", () => {
    const log = [
      'Project name: pygobject',
      'Project version: 3.52.1',
      'Found CMake: /usr/local/bin/cmake (3.31.6)',
      'Run-time dependency girepository-2.0 found: NO (tried pkgconfig and cmake)',
      "../meson.build:31:9: ERROR: Dependency 'girepository-2.0' is required but not found.",
    ].join('\n');
    const pygobject = hostChange('packages', 'PyGObject', installed('3.50.0', 'pip'), installed('3.52.1', 'pip'));
    expect(first(pygobject, log, [toolChange('cmake', '3.31.5', '3.31.6')]).key).toBe('PyGObject');
  });
});

describe('thirty-fifth stop: what a tool and a runtime are named by', () => {
  it("an option fwup's own configuration file uses, which B's older fwup does not know, blames fwup over Erlang (nerves-project/nerves#559)", () => {
    const log = [
      'Building <project_path>/_build/rpi3_dev/nerves/images/<project_name>.fw...',
      "<home_dir>/.nerves/artifacts/nerves_system_rpi3-portable-1.13.0/images/fwup.conf:479: no such option 'delta-source-raw-offset'",
      "fwup: Error parsing configuration file '<home_dir>/.nerves/artifacts/nerves_system_rpi3-portable-1.13.0/images/fwup.conf'",
      '** (Mix) Nerves encountered an error. %IO.Stream{device: :standard_io, line_or_bytes: :line, raw: true}',
    ].join('\n');
    expect(first(toolChange('fwup', '1.8.1', '1.5.1'), log, [toolChange('erlang', '23.0.2', '23.1.1')]).key).toBe('fwup');
  });

  it("an extension wanting R_getVarEx, R's own API, blames R's downgrade over a package B upgraded (r-lib/pak#860)", () => {
    const log = [
      "  unable to load shared object '/tmp/Rtmp096jPo/pkg-lib14e7f5d36f9d5/pak/library/cli/libs/cli.so':",
      '    /tmp/Rtmp096jPo/pkg-lib14e7f5d36f9d5/pak/library/cli/libs/cli.so: undefined symbol: R_getVarEx',
      '  Error: loading failed',
    ].join('\n');
    const libcurl = hostChange('packages', 'libcurl4', installed('8.5.0-2ubuntu10.1', 'dpkg'), installed('8.5.0-2ubuntu10.6', 'dpkg'));
    expect(first(toolChange('R', '4.5.3', '4.4.1'), log, [libcurl]).key).toBe('R');
  });
});

describe("thirty-fifth stop: Xcode's and Apple ld's words", () => {
  it('xcodebuild\'s "(in target … from project …)" names Xcode, which B upgraded (invertase/firestore-ios-sdk-frameworks#75)', () => {
    const log = [
      "error: DT_TOOLCHAIN_DIR cannot be used to evaluate LIBRARY_SEARCH_PATHS, use TOOLCHAIN_DIR instead (in target 'Firebase' from project 'Pods')",
      '',
      "warning: The macOS deployment target 'MACOSX_DEPLOYMENT_TARGET' is set to 10.11, but the range of supported deployment target versions is 10.13 to 14.0.99. (in target 'PromisesObjC' from project 'Pods')",
    ].join('\n');
    const firebase = hostChange('packages', 'firebase_core', installed('2.15.1', 'pub'), installed('2.16.0', 'pub'));
    expect(first(toolChange('xcode', '14.3.1', '15.0'), log, [firebase]).key).toBe('xcode');
  });

  it('Apple ld\'s undefined "_iconv_open" blames the libiconv MacPorts put beside the system\'s (crystal-lang/crystal#3263)', () => {
    const log = [
      '  "_iconv", referenced from:',
      '      _*Iconv#convert<Pointer(Pointer(UInt8)), Pointer(UInt64), Pointer(Pointer(UInt8)), Pointer(UInt64)>:UInt64 in Iconv.o',
      '  "_iconv_close", referenced from:',
      '      _*Iconv#close:Int32 in Iconv.o',
      'ld: symbol(s) not found for architecture x86_64',
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'Error: execution of command failed with code: 1: `cc -o "/Users/jefurry/.cache/crystal/crystal-run-hello.tmp" "${@}"  -rdynamic`',
    ].join('\n');
    const iconv = hostChange(
      'libraries',
      'libiconv.2.dylib',
      ['/usr/lib/libiconv.2.dylib'],
      ['/opt/local/lib/libiconv.2.dylib', '/usr/lib/libiconv.2.dylib'],
    );
    expect(first(iconv, log, [toolChange('clang', '7.3.0', '8.0.0')]).key).toBe('libiconv.2.dylib');
  });
});

describe("thirty-fifth stop: Cabal's foreign-library check", () => {
  it('"Missing (or bad) header file: zlib.h" and "Missing C library: z" blame zlib-devel over a stack upgrade (haskell/zlib#13)', () => {
    const log = [
      'Configuring zlib-0.6.1.2...',
      '    Cabal-simple_mPHDZzAJ_1.24.2.0_ghc-8.0.2: Missing dependency on a foreign',
      '    library:',
      '    * Missing (or bad) header file: zlib.h',
      '    * Missing C library: z',
    ].join('\n');
    const zlib = hostRemoved('packages', 'zlib-devel', installed('1.2.3-29.el6', 'rpm'));
    expect(first(zlib, log, [toolChange('stack', '1.4.0', '1.5.0')]).key).toBe('zlib-devel');
  });
});

describe("thirty-fifth stop: GNOME's build tools and GLib's types", () => {
  it("Meson's \"Program 'vapigen' not found\" blames the vala package B lacks, not a Meson upgrade (chromebrew/chromebrew#4630)", () => {
    const log = ['Program vapigen found: NO', '', "src/meson.build:275:5: ERROR: Program 'vapigen' not found"].join('\n');
    const vala = hostRemoved('packages', 'vala', installed('0.50.1', 'crew'));
    expect(first(vala, log, [toolChange('meson', '0.55.3', '0.56.0')]).key).toBe('vala');
  });

  it('a GLib type deprecated under -Werror blames the GLib headers B upgraded (tklengyel/drakvuf#851)', () => {
    const log = [
      "libdrakvuf.h:187:5: error: ‘GTimeVal’ is deprecated: Use 'GDateTime' instead [-Werror=deprecated-declarations]",
      '  187 |     GTimeVal timestamp;',
    ].join('\n');
    const glib = hostChange('packages', 'libglib2.0-dev', installed('2.60.4-1', 'dpkg'), installed('2.62.4-1', 'dpkg'));
    expect(first(glib, log, [toolChange('gcc', '9.1.0', '9.2.1')]).key).toBe('libglib2.0-dev');
  });
});

describe("thirty-fifth stop: a line comparing both sides' releases", () => {
  it("Kotlin's JVM-target check naming Java 11 and 21 blames B's Java, not a Gradle minor (Longi94/JavaSteam#339)", () => {
    const log = [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':compileKotlin'.",
      '> Inconsistent JVM Target Compatibility Between Java and Kotlin Tasks',
      "  Inconsistent JVM-target compatibility detected for tasks 'compileJava' (11) and 'compileKotlin' (21).",
    ].join('\n');
    expect(first(toolChange('java', '11.0.27', '21.0.7'), log, [toolChange('gradle', '8.13', '8.14')]).key).toBe('java');
  });
});

describe("thirty-fifth stop: MSVC's code page", () => {
  it('"C2001: newline in constant" under a double-byte code page blames the code page, not an MSVC patch (OpenXcom/OpenXcom#1228)', () => {
    const log = [
      '1>d:\\prj\\openxcom\\src\\basescape\\manufacturestate.cpp(172): error C2001: newline in constant',
      "1>d:\\prj\\openxcom\\src\\basescape\\manufacturestate.cpp(173): error C2143: syntax error: missing ';' before 'else'",
    ].join('\n');
    const charmap = hostChange('locale', 'charmap', 'cp1252', 'cp936');
    expect(first(charmap, log, [toolChange('msvc', '19.16.27032', '19.16.27034')]).key).toBe('charmap');
  });
});

describe('thirty-fifth stop: a build without isolation', () => {
  it('UV_NO_BUILD_ISOLATION=1 and a build backend that cannot import setuptools, over a Python and a setuptools patch (astral-sh/uv#12128)', () => {
    const log = [
      'uv venv',
      'Using CPython 3.13.2 interpreter at: /usr/bin/python3.13',
      'uv pip install -e .',
      '  × Failed to build `pybuild @ file:///home/jakku/Dev/pybuild`',
      '  ├─▶ The build backend returned an error',
      '  ╰─▶ Call to `setuptools.build_meta.build_editable` failed (exit status: 1)',
      '      Traceback (most recent call last):',
      '        File "<string>", line 8, in <module>',
      '          import setuptools.build_meta as backend',
      "      ModuleNotFoundError: No module named 'setuptools'",
    ].join('\n');
    const isolation = hostAdded('env', 'UV_NO_BUILD_ISOLATION', '1');
    expect(first(isolation, log, [toolChange('python3', '3.13.1', '3.13.2'), toolChange('setuptools', '75.8.0', '75.8.2')]).key).toBe(
      'UV_NO_BUILD_ISOLATION',
    );
  });
});

describe("thirty-fifth stop: pip's words for a package", () => {
  it('"Getting requirements to build wheel" does not name the wheel tool as failing (Taxel/PlexTraktSync#1534)', () => {
    const log = [
      "  Getting requirements to build wheel: finished with status 'error'",
      '  error: subprocess-exited-with-error',
      '  × Getting requirements to build wheel did not run successfully.',
    ].join('\n');
    const ranked = rankDifferences([toolChange('wheel', '0.40.0', '0.41.0')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => /error line names wheel/.test(r.text))).toBe(false);
  });
});

describe('thirty-sixth stop: a value that reads the same but does not parse', () => {
  it("http_proxy gaining a trailing space, and rebar3's invalid_uri, outrank the Erlang and rebar3 upgrades the stack trace names (erlang/rebar3#2744)", () => {
    const log = [
      'Uncaught error in rebar_core. Run with DIAGNOSTIC=1 to see stacktrace or consult rebar3.crashdump',
      'Uncaught error: {badmap,{error,invalid_uri,":"}}',
      'Stack trace to the error location:',
      '[{maps,get,[host,{error,invalid_uri,":"},[]],[{file,"maps.erl"},{line,187}]},',
      ' {rebar_utils,set_httpc_options,2,',
    ].join('\n');
    const proxy = hostChange('env', 'http_proxy', 'http://127.0.0.1:10809', 'http://127.0.0.1:10809 ');
    const others = [
      toolChange('erlang', '24.3.4', '25.0.4'),
      toolChange('rebar3', '3.19.0', '3.20.0'),
      hostAdded('env', 'https_proxy', 'http://127.0.0.1:10809'),
    ];
    expect(first(proxy, log, others).key).toBe('http_proxy');
  });

  it('with no log at all, a variable that only gained a trailing space outranks a minor upgrade', () => {
    const space = hostChange('env', 'JAVA_TOOL_OPTIONS', '-Xmx2g', '-Xmx2g ');
    const ranked = rankDifferences([toolChange('gradle', '8.4', '8.5'), space], { log: parseBuildLog('') });
    expect(ranked[0]!.key).toBe('JAVA_TOOL_OPTIONS');
  });
});

describe('thirty-sixth stop: the language is not its compiler', () => {
  it('"code that C++ parser accepted", a Swift diagnostic, does not put an error line on gcc (pointfreeco/swift-issue-reporting#150)', () => {
    const log = [
      '[48/121] Compiling SwiftSyntax AbsolutePosition.swift',
      '/home/runner/work/Mockable/Mockable/.build/checkouts/xctest-dynamic-overlay/Sources/IssueReporting/ErrorReporting.swift:78:3: error: extraneous code at top level',
      '/home/runner/work/Mockable/Mockable/.build/checkouts/xctest-dynamic-overlay/Sources/IssueReporting/ErrorReporting.swift:1:1: error: new Swift parser generated errors for code that C++ parser accepted',
    ].join('\n');
    const gcc = toolChange('gcc', '11.4.0', '13.3.0');
    const ranked = rankDifferences([gcc, hostChange('os', 'version_id', '22.04', '24.04')], { log: parseBuildLog(log) });
    const reasons = ranked.find((r) => r.key === 'gcc')!.reasons;
    expect(reasons.filter((r) => r.source === 'log')).toEqual([]);
  });
});

describe('thirty-sixth stop: which side has the long-path remedy', () => {
  const log = [
    'Executing tests from //very_long_path/very_long_path/very_long_path/very_long_path/very_long_path:very_long_path',
    'ERROR(tools/test/windows/tw.cc:1283) ERROR: src/main/native/windows/process.cc(95): WaitableProcess::Create(D:\\a\\d2ru2cha\\execroot\\__main__\\bazel-out\\x64_windows-fastbuild\\bin\\very_long_path\\very_long_path\\very_long_path\\very_long_path\\very_long_path\\very_long_path.exe.runfiles\\__main__\\very_long_path\\very_long_path\\very_long_path\\very_long_path\\very_long_path\\very_long_path.exe): ERROR: src/main/native/windows/util.cc(287): AsExecutablePathForCreateProcess',
  ].join('\n');

  it("B's drive making no 8.3 short names outranks long paths B turned on and a TEMP B shortened (bazelbuild/bazel#11833)", () => {
    const shortNames = hostChange(
      'custom',
      'fsutil 8dot3name query D:',
      'The volume state is: 0 (8dot3 name creation is ENABLED)',
      'The volume state is: 1 (8dot3 name creation is DISABLED)',
    );
    const longPaths = hostChange(
      'custom',
      'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem /v LongPathsEnabled',
      'LongPathsEnabled    REG_DWORD    0x0',
      'LongPathsEnabled    REG_DWORD    0x1',
    );
    const temp = hostChange('env', 'TEMP', 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp', 'D:\\Temp');
    expect(first(shortNames, log, [longPaths, temp]).key).toBe('fsutil 8dot3name query D:');
  });

  it('long paths turned off on B still explain the same line', () => {
    const longPaths = hostChange(
      'custom',
      'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem /v LongPathsEnabled',
      'LongPathsEnabled    REG_DWORD    0x1',
      'LongPathsEnabled    REG_DWORD    0x0',
    );
    expect(first(longPaths, log).key).toMatch(/LongPathsEnabled/);
  });
});

describe('thirty-sixth stop: what the C library and the Mac bring', () => {
  it("grpc's own gettid() clashing with the one glibc 2.30 declares blames glibc, not the gcc the diagnostic comes from (clearlinux/distribution#1151)", () => {
    const log = [
      "ERROR: /tmp/bazel/external/grpc/BUILD:507:1: C++ compilation of rule '@grpc//:gpr_base' failed (Exit 1)",
      "external/grpc/src/core/lib/gpr/log_linux.cc:43:13: error: ambiguating new declaration of 'long int gettid()'",
      '   43 | static long gettid(void) { return syscall(__NR_gettid); }',
    ].join('\n');
    const glibc = hostChange('libc', 'version', '2.29', '2.30');
    expect(first(glibc, log, [toolChange('gcc', '9.1.1', '9.2.1')]).key).toBe('version');
  });

  it("an x86 jq's 'Bad CPU type in executable' blames the Rosetta B lacks, as a captured pkgutil check (bazel-contrib/rules_jvm_external#594)", () => {
    const log = [
      '$ bazel run @unpinned_maven_provided//:pin',
      '.../bazel-out/darwin_arm64-fastbuild/bin/external/unpinned_maven_provided/pin: line 10: ../unpinned_maven_provided/jq: Bad CPU type in executable',
    ].join('\n');
    const rosetta = hostChange('custom', 'pkgutil --pkgs=com.apple.pkg.RosettaUpdateAuto', 'com.apple.pkg.RosettaUpdateAuto', '');
    expect(first(rosetta, log, [toolChange('bazel', '4.1.0', '4.2.0')]).key).toBe('pkgutil --pkgs=com.apple.pkg.RosettaUpdateAuto');
  });
});

describe('thirty-sixth stop: a Windows path names directories, not tools', () => {
  it("git in C:\\Users\\…\\git\\github.com\\… is a folder on buck2's failed symlink line, as in a Unix path (facebook/buck2#146)", () => {
    const log = [
      'Action failed: root//:print (symlinked_dir buck-headers)',
      'Internal error: symlink(original=../../../../../../../library.hpp, link=C:\\Users\\SteveFan\\git\\github.com\\facebookincubator\\buck2\\examples\\hello_world\\buck-out\\v2\\gen\\root\\fb50fd37ce946800\\__print__\\buck-headers\\library.hpp)',
    ].join('\n');
    const git = toolChange('git', '2.39.2.windows.1', '2.40.0.windows.1');
    const ranked = rankDifferences([git], { log: parseBuildLog(log) });
    const log0 = ranked[0]!.reasons.find((r) => r.source === 'log');
    expect(log0?.text).toMatch(/^an error line names git \(in a path\)/);
  });
});

describe('thirty-sixth stop: the credentials git sends', () => {
  it("the Authorization header actions/checkout left in B's git config, not the git upgrade, explains a push denied to github-actions[bot] (micro/go-micro#3638)", () => {
    const log = [
      'cutting: v6.3.12 (18 commits since v6.3.11)',
      'remote: Permission to micro/go-micro.git denied to github-actions[bot].',
      'fatal: ... The requested URL returned error: 403',
    ].join('\n');
    const header = hostAdded('git', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic ***');
    expect(first(header, log, [toolChange('git', '2.49.0', '2.50.0')]).key).toBe('http.https://github.com/.extraheader');
  });
});

describe('thirty-sixth stop: options the JVM is handed', () => {
  it("JAVA_OPTS choosing a second collector outranks a JDK patch the 'Could not create the Java Virtual Machine' line names (milessabin/shapeless#814)", () => {
    const log = [
      'Conflicting collector combinations in option list; please refer to the release notes for the combinations allowed',
      'Error: Could not create the Java Virtual Machine.',
      'Error: A fatal exception has occurred. Program will exit.',
    ].join('\n');
    const opts = hostAdded('env', 'JAVA_OPTS', '-XX:+UseParallelGC');
    expect(first(opts, log, [toolChange('java', '1.8.0_152', '1.8.0_162'), hostRemoved('env', 'SBT_OPTS', '-Xmx2G')]).key).toBe(
      'JAVA_OPTS',
    );
  });
});

describe('thirty-sixth stop: a home outside ASCII on the failing line', () => {
  it('node.h not found under c:\\users\\пользователь2\\… blames the user profile, not an MSBuild minor (ipfs/js-ipfs#1318)', () => {
    const log = [
      '> node-gyp configure build',
      'c:\\users\\пользователь2\\appdata\\roaming\\npm\\node_modules\\ipfs\\node_modules\\fs-ext\\fs-ext.cc(20): fatal error C1083: Не у',
      'дается открыть файл включение: node.h: No such file or directory, (компилируется исходный файл ..\\fs-ext.cc) [C:\\Users\\',
    ].join('\n');
    const profile = hostChange('env', 'USERPROFILE', 'C:\\Users\\alex', 'C:\\Users\\Пользователь2');
    expect(first(profile, log, [toolChange('msbuild', '15.6.85', '15.7.179')]).key).toBe('USERPROFILE');
  });
});

describe('thirty-sixth stop: curl tells what the server answered', () => {
  it("'curl: (22) … error: 403' is the bottle host's answer: the older Homebrew that still asks it comes before a curl upgrade (Genymobile/scrcpy#2247)", () => {
    const log = [
      '$ brew install scrcpy',
      '==> Downloading https://bottles.example.net/bottles/aom-2.0.2.catalina.bottle.tar.gz',
      'curl: (22) The requested URL returned error: 403 Forbidden',
      'Error: Failed to download resource "aom"',
    ].join('\n');
    const brew = toolChange('brew', '3.1.0', '3.0.11');
    const curl = toolChange('curl', '7.64.1', '7.77.0');
    const ranked = rankDifferences([curl, brew], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'curl')!.reasons.filter((r) => r.source === 'log')).toEqual([]);
  });
});

describe("thirty-sixth stop: a release's code name", () => {
  const log = [
    "(!) The 'moby' option is not supported on debian 'trixie' because 'moby-cli'",
    '    and related system packages are not available in that distribution.',
    'ERROR: Feature "Docker (docker-outside-of-docker)" failed to install!',
  ].join('\n');

  it("'not supported on debian 'trixie'' names B's Debian 13 by its code name (cloudposse/atmos#2975)", () => {
    const release = hostChange('os', 'version_id', '12', '13');
    const libc = hostChange('packages', 'libc6', installed('2.36-9+deb12u10', 'dpkg'), installed('2.41-12', 'dpkg'));
    const ranked = rankDifferences([libc, release], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'version_id')!.reasons[0]!.text).toMatch(/^an error line names trixie, B's OS release/);
  });

  it("an apt source's suite in a URL is the image's release, not the host's", () => {
    const release = hostChange('os', 'version_id', '12', '13');
    const apt = "Error: The repository 'https://pkgrepo.example.net/gyazo/debian trixie InRelease' is not signed.";
    const ranked = rankDifferences([release], { log: parseBuildLog(apt) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('names trixie'))).toBe(false);
  });
});

describe('thirty-sixth stop: a heap a 32-bit process cannot hold', () => {
  it("'Could not reserve enough space for object heap' on an i686 machine blames the architecture over half the memory (read-write-web/rww-play#40)", () => {
    const log = [
      '[ensmse@fedora framework]$ ./build play',
      'Error occurred during initialization of VM',
      'Could not reserve enough space for object heap',
      'Error: Could not create the Java Virtual Machine.',
    ].join('\n');
    const machine = hostChange('kernel', 'machine', 'x86_64', 'i686');
    const memory = hostChange('resources', 'mem_total', 8_270_000_000, 4_080_000_000);
    expect(first(machine, log, [memory, toolChange('java', '1.7.0_40', '1.7.0_45')]).key).toBe('machine');
  });
});

describe('thirty-sixth stop: the macro file a configure script was generated without', () => {
  it('an unexpanded PKG_CHECK_MODULES blames the pkg-config B lacks, not a kernel patch (Yubico/pam-u2f#30)', () => {
    const log = [
      'checking for pam_start in -lpam... yes',
      "./configure: line 12047: syntax error near unexpected token `LIBU2FHOST,'",
      "./configure: line 12047: `PKG_CHECK_MODULES(LIBU2FHOST, u2f-host, , )'",
    ].join('\n');
    const pkgConfig = hostRemoved('packages', 'pkg-config', installed('0.28-1', 'dpkg'));
    const kernel = hostChange(
      'kernel',
      'version',
      '#1 SMP Debian 3.16.7-ckt11-1+deb8u3 (2015-08-04)',
      '#1 SMP Debian 3.16.7-ckt20-1+deb8u2 (2016-01-02)',
    );
    const top = first(pkgConfig, log, [kernel]) as ReturnType<typeof rankDifferences>[number];
    expect(top.key).toBe('pkg-config');
    expect(top.reasons[0]!.source).toBe('log');
  });
});

describe('thirty-sixth stop: a host in FIPS mode', () => {
  it('a TLS handshake OpenSSL refuses blames crypto.fips_enabled turned on, over a cgroup v2 host (dotnet/aspnetcore#54366)', () => {
    const log = [
      '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
      '* TLSv1.3 (IN), TLS alert, no application protocol (632):',
      '* OpenSSL/3.1.1: error:0A000460:SSL routines::reason(1120)',
      'curl: (35) OpenSSL/3.1.1: error:0A000460:SSL routines::reason(1120)',
    ].join('\n');
    const fips = hostChange('sysctl', 'crypto.fips_enabled', 0, 1);
    expect(first(fips, log, [hostChange('kernel', 'cgroup', 'v1', 'v2')]).key).toBe('crypto.fips_enabled');
  });
});

describe('thirty-sixth stop: a refusal at a path whose permissions a check captured', () => {
  it("'cannot move … to /usr/local/bin/hadolint: Permission denied' blames /usr/local/bin losing its 777, over the runner's other uid (jbergstroem/hadolint-gh-action#144)", () => {
    const log = [
      '> Run /runner/_work/_actions/jbergstroem/hadolint-gh-action/v1/install.sh',
      "mv: cannot move '/tmp/hadolint' to '/usr/local/bin/hadolint': Permission denied",
      'Error: Process completed with exit code 1.',
    ].join('\n');
    const mode = hostChange('custom', "stat -c '%a %U:%G' /usr/local/bin", '777 root:root', '755 root:root');
    expect(first(mode, log, [hostChange('security', 'uid', 1001, 1000)]).key).toBe("stat -c '%a %U:%G' /usr/local/bin");
  });
});

describe('thirty-seventh stop: what the CPU, the account and the neighbouring line say', () => {
  it('a bus error on an armv7l builder outranks less memory on it: 32-bit ARM faults on a misaligned access (appneta/tcpreplay#705)', () => {
    const log = [
      '[tcpprep] Auto/Router mode test: /bin/bash: line 1: 2371998 Bus error               ../src/tcpprep --no-arg-comment --dbug=1 -i ./test.pcap -o test.auto_router1 -a router >> test.log 2>&1',
      'make[2]: *** [Makefile:690: auto_router] Error 135',
      'Program received signal SIGBUS, Bus error.',
    ].join('\n');
    const arch = hostChange('cpu', 'arch', 'x86_64', 'armv7l');
    const memory = hostChange('resources', 'mem_total', 16_750_000_000, 4_294_967_296);
    expect(first(arch, log, [memory, toolChange('gcc', '11.2.0', '11.3.0')]).key).toBe('arch');
  });

  it('the same bus error with B on x86 does not blame the architecture over a smaller /dev/shm', () => {
    const log = ['Bus error (core dumped)', 'make: *** [test] Error 135'].join('\n');
    const shm = hostChange('resources', 'shm_size', 2_147_483_648, 67_108_864);
    expect(first(shm, log, [hostChange('cpu', 'arch', 'armv7l', 'x86_64')]).key).toBe('shm_size');
  });

  it('"New Lockfile: 1.9.0" under "Old Lockfile: 1.9.1" names both sides of the CocoaPods change (actions/runner-images#590)', () => {
    const log = [
      'Verifying no changes',
      '[!] There were changes to the lockfile in deployment mode:',
      'COCOAPODS:',
      '  New Lockfile: 1.9.0',
      '  Old Lockfile: 1.9.1',
    ].join('\n');
    const pods = toolChange('cocoapods', '1.9.1', '1.9.0');
    expect(first(pods, log, [toolChange('ruby', '2.6.5', '2.7.0'), toolChange('node', '12.16.1', '12.16.0')]).key).toBe('cocoapods');
  });

  it("Windows' docker pipe refusing the agent implicates the account it runs as over the docker client (microsoft/azure-pipelines-agent#1003)", () => {
    const log = [
      '2017-06-02T00:49:30.4591971Z Task         : Docker',
      'error during connect: Post http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.27/build?buildargs=%7B%7D: open //./pipe/docker_engine: Access is denied. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.',
      'C:\\Program Files\\Docker\\docker.exe failed with return code: 1',
    ].join('\n');
    const account = hostChange('custom', 'whoami', 'nt authority\\system', 'nt authority\\network service');
    expect(first(account, log, [toolChange('docker', '17.06.0-ce', '17.03.1-ee-3')]).key).toBe('whoami');
  });

  it('Multipass\'s "KVM support is not enabled" implicates the KVM modules B lacks over the node the stack trace names (h3poteto/fedistar#438)', () => {
    const log = [
      'Building snap.',
      'node:internal/errors:867',
      '  const err = new Error(message);',
      '              ^',
      'Error: Command failed: snapcraft ',
      'launch failed: KVM support is not enabled on this machine.',
      'Please ensure the following:',
      "1. The system's CPU supports virtualization.",
      '2. Virtualization is enabled in the system BIOS.',
      '3. The KVM kernel modules are loaded.',
      'Starting Snapcraft 7.2.9',
      "An error occurred with the instance when trying to launch with 'multipass': returned exit code 2.",
    ].join('\n');
    const kvm = hostRemoved('modules', 'kvm_intel', 'loaded');
    const ranked = rankDifferences([...DECOYS, toolChange('node', '18.14.0', '16.19.1'), hostRemoved('modules', 'kvm', 'loaded'), kvm], {
      log: parseBuildLog(log),
    });
    expect(ranked[0]!.facet).toBe('modules');
    expect(ranked[0]!.reasons.some((r) => r.source === 'log')).toBe(true);
  });

  it("GraphicsMagick's delegate it could not start (execvp, then the gs command line) is ghostscript B lacks (moshensky/pdf-visual-diff#26)", () => {
    const log = [
      'Error: Command failed: execvp failed, errno = 2 (No such file or directory)',
      'gm convert: "gs" "-q" "-dBATCH" "-dSAFER" "-dMaxBitmap=50000000" "-dNOPAUSE" "-sDEVICE=ppmraw" "-r300x300" "-sOutputFile=/var/folders/sp/T/gm8P4mXA" "--" "/var/folders/sp/T/gmSIOddt" "-c" "quit".',
      'gm convert: Postscript delegate failed (/var/folders/sp/T/gm3uZQeX).',
    ].join('\n');
    const gs = hostRemoved('packages', 'ghostscript', installed('9.54.0', 'brew'));
    expect(
      first(gs, log, [hostChange('os', 'version_id', '11.4', '11.5.2'), hostRemoved('packages', 'libpng', installed('1.6.37', 'brew'))])
        .key,
    ).toBe('ghostscript');
  });

  it("a cross toolchain's path (/usr/lib/gcc/arm-none-eabi/…) names the newlib package for that triple over the host's libc6-dev (thaletterb/STM32-ST7735-LCD-Library#1)", () => {
    expect(packageWords('libnewlib-arm-none-eabi')).toContain('arm-none-eabi');
    const log = [
      ' from ../startup_stm32f10x.c:3:',
      '/usr/lib/gcc/arm-none-eabi/4.8.2/include/stdint.h:9:26: fatal error: stdint.h: No such file or directory',
      ' # include_next <stdint.h>',
      'compilation terminated.',
    ].join('\n');
    const newlib = hostRemoved('packages', 'libnewlib-arm-none-eabi', installed('2.1.0-2', 'dpkg'));
    const libc = hostChange('packages', 'libc6-dev', installed('2.19-0ubuntu6.5', 'dpkg'), installed('2.19-0ubuntu6.6', 'dpkg'));
    expect(first(newlib, log, [libc]).key).toBe('libnewlib-arm-none-eabi');
  });

  it('pnpm naming PNPM_HOME two lines under its error, after the shell setup printed it, is the variable B lacks (MasahiroSakoda/dotfiles#28)', () => {
    const log = [
      'export PNPM_HOME="/Users/runner/Library/pnpm"',
      'To start using pnpm, run:',
      'source /Users/runner/.bashrc',
      ' ERR_PNPM_NO_GLOBAL_BIN_DIR  Unable to find the global bin directory',
      '',
      'Run "pnpm setup" to create it automatically, or set the global-bin-dir setting, or the PNPM_HOME env variable. The global bin directory should be in the PATH.',
    ].join('\n');
    const home = hostRemoved('env', 'PNPM_HOME', '/Users/masahiro/Library/pnpm');
    expect(first(home, log, [toolChange('pnpm', '8.9.0', '8.9.2')]).key).toBe('PNPM_HOME');
  });

  it('mkoctfile on the command line is Octave at work: its downgrade outranks an OS minor step (NanoComp/h5utils#18)', () => {
    const log = [
      'mkoctfile -DHAVE_CONFIG_H -O2 -fPIC ./h5read.cc ./arrayh5.c  -lhdf5 -lz -lm ',
      'gcc: fatal error: cannot specify ‘-o’ with ‘-c’, ‘-S’ or ‘-E’ with multiple files',
      'compilation terminated.',
    ].join('\n');
    const ranked = rankDifferences([...DECOYS, toolChange('octave', '11.3', '7.3.0'), hostChange('os', 'version_id', '13', '12')], {
      log: parseBuildLog(log),
    });
    expect(ranked.findIndex((r) => r.key === 'octave')).toBeLessThan(ranked.findIndex((r) => r.key === 'version_id'));
  });

  it('a path past MAX_PATH that B, on Windows, cannot open implicates Windows over the NDK the path names (react/react-native#33528)', () => {
    const deep =
      'D:\\PERSONAL\\PROGRAMMING\\REACTNATIVE\\TestnewArc\\node_modules\\react-native\\ReactAndroid\\build\\intermediates\\cxx\\Debug\\363s2q4f/obj/local/armeabi-v7a/objs-debug/fabricjni/D_/PERSONAL/PROGRAMMING/REACTNATIVE/TestnewArc/node_modules/react-native/ReactAndroid/src/main/java/com/facebook/react/fabric/jni/JBackgroundExecutor.o';
    const log = [`  error: unable to open output file '${deep}': 'No such file or directory'`, '  1 error generated.'].join('\n');
    const os = hostChange('os', 'id', 'darwin', 'windows');
    const log2 = [
      '  make: *** [C:/Users/user/AppData/Local/Android/Sdk/ndk/21.4.7075529/build//../build/core/build-binary.mk:478: ComponentFactory.o] Error 1',
      log,
    ].join('\n');
    const ndks = hostChange('custom', 'ls $ANDROID_HOME/ndk', '21.4.7075529', '21.4.7075529\n23.1.7779620');
    expect(first(os, log2, [ndks]).key).toBe('id');
  });

  it("FreeBSD's stdlib.h named in the compiler's note implicates the OS release over git, which the build path names (romkatv/gitstatus#414)", () => {
    const log = [
      "/tmp/gitstatus-build.RM73UgtRcb/libgit2/src/util.c:739:28: error: incompatible function pointer types passing 'int (void *, const void *, const void *)' to parameter of type 'int (*)(const void *, const void *, void *)' [-Wincompatible-function-pointer-types]",
      '/usr/include/stdlib.h:396:11: note: passing argument to parameter here',
      '*** [src/CMakeFiles/git2internal.dir/util.c.o] Error code 1',
    ].join('\n');
    const release = hostChange('os', 'version_id', '13.2', '14.0');
    expect(first(release, log, [toolChange('git', '2.41.0', '2.42.1')]).key).toBe('version_id');
  });

  it("AFL's shmget() failing on a Mac implicates macOS's kern.sysv.shmall, spelled its own way (AFLplusplus/AFLplusplus#858)", () => {
    const log = [
      'ASAN_OPTIONS=detect_leaks=0 ./afl-showmap -m none -q -o .test-instr0 ./test-instr < /dev/null',
      '[-]  SYSTEM ERROR : shmget() failed',
      '    Stop location : afl_shm_init(), src/afl-sharedmem.c:247',
      '       OS message : Invalid argument',
    ].join('\n');
    const shmall = hostChange('sysctl', 'kern.sysv.shmall', 98304, 1024);
    expect(first(shmall, log, [hostChange('sysctl', 'kern.maxfilesperproc', 24576, 10240)]).key).toBe('kern.sysv.shmall');
  });

  it("an emulator told it may not use /dev/kvm implicates B's /dev/kvm mode over a KVM module B lacks (microsoft/WSL#7149)", () => {
    const log = [
      '$ emulator -avd api29',
      "ProbeKVM: This user doesn't have permissions to use KVM (/dev/kvm).",
      'The KVM line in /etc/group is: [kvm:x:108:davisj]',
      'emulator: ERROR: x86 emulation currently requires hardware acceleration!',
      "CPU acceleration status: This user doesn't have permissions to use KVM (/dev/kvm).",
    ].join('\n');
    const mode = hostChange('custom', "stat -c '%U:%G %a' /dev/kvm", 'root:kvm 660', 'root:root 600');
    expect(first(mode, log, [hostRemoved('modules', 'kvm_intel', 'loaded')]).key).toBe("stat -c '%U:%G %a' /dev/kvm");
  });

  it("Qt's xcb plugin failing after Qt moved to 5.15 implicates Qt over a distribution rebuild of libxkbcommon (FashionFreedom/Seamly2D#463)", () => {
    const log = [
      'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.',
      'This application failed to start because no Qt platform plugin could be initialized. Reinstalling the application may fix this problem.',
      'Aborted (core dumped)',
    ].join('\n');
    const xkb = hostChange('packages', 'libxkbcommon0', installed('0.10.0-1', 'dpkg'), installed('0.10.0-1ubuntu0.1', 'dpkg'));
    expect(first(toolChange('qt', '5.14.2', '5.15.2'), log, [xkb]).key).toBe('qt');
  });

  it('a bare segmentation fault puts a library upgrade above a kernel ABI rebuild of the same release (dotnet/cli#4109)', () => {
    const log = ['$ dotnet restore', 'log  : Restoring packages for /xx/project.json...', 'Segmentation fault'].join('\n');
    const curl = hostChange('packages', 'libcurl3', installed('7.38.0-4+deb8u3', 'dpkg'), installed('7.50.1-1', 'dpkg'));
    const kernel = hostChange('kernel', 'release', '4.4.0-1-deepin-amd64', '4.4.0-2-deepin-amd64');
    const ranked = rankDifferences([curl, kernel], { log: parseBuildLog(log) });
    expect(ranked[0]!.key).toBe('libcurl3');
  });

  it("a header not found after Homebrew moved to /opt/homebrew implicates the prefix over clang's major upgrade (pothosware/homebrew-pothos#65)", () => {
    const log = [
      '==> cmake .. -DLIBUSB_INCLUDE_DIR=/usr/local/include/libusb-1.0',
      '==> make install',
      "/tmp/airspyhf-20250304-47013-nbje2a/airspyhf-1.0/libairspyhf/src/airspyhf.c:34:10: fatal error: 'libusb.h' file not found",
      '1 error generated.',
    ].join('\n');
    const prefix = hostChange('env', 'HOMEBREW_PREFIX', '/usr/local', '/opt/homebrew');
    expect(first(prefix, log, [toolChange('clang', '15.0.0', '16.0.0')]).key).toBe('HOMEBREW_PREFIX');
  });

  it('a prefix that moved from /opt/homebrew back to /usr/local is no such reason', () => {
    const log = "src/a.c:3:10: fatal error: 'libusb.h' file not found";
    const back = hostChange('env', 'HOMEBREW_PREFIX', '/opt/homebrew', '/usr/local');
    const ranked = rankDifferences([back, toolChange('clang', '15.0.0', '16.0.0')], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'HOMEBREW_PREFIX')!.reasons.some((r) => /opt\/homebrew/.test(r.text))).toBe(false);
  });

  it("gperf 3.1's size_t lookup conflicting with the code's own declaration outranks gcc's major upgrade (systemd/systemd#5039)", () => {
    const log = [
      "./src/basic/af-from-name.h:140:1: error: conflicting types for 'lookup_af'",
      ' lookup_af (register const char *str, register size_t len)',
      "/var/tmp/portage/sys-apps/systemd-232/work/systemd-232/src/basic/af-list.c:26:30: note: previous declaration of 'lookup_af' was here",
      ' static const struct af_name* lookup_af(register const char *str, register unsigned int len);',
    ].join('\n');
    expect(first(toolChange('gperf', '3.0.4', '3.1'), log, [toolChange('gcc', '5.4.0', '6.3.0')]).key).toBe('gperf');
  });

  it('progress lines that print a version (Running, Using, Compiling, Pouring, a bare v1.2.3) read as banners', () => {
    const log = ['Running Sphinx v4.3.2', 'v10.18.1', 'error: something failed'].join('\n');
    for (const [key, a, b] of [
      ['sphinx', '4.2.0', '4.3.2'],
      ['node', '12.22.0', '10.18.1'],
    ] as const) {
      const ranked = rankDifferences([toolChange(key, a, b)], { log: parseBuildLog(log) });
      expect(ranked[0]!.reasons.some((r) => r.text.includes('(a version banner)'))).toBe(true);
    }
  });
});

describe('thirty-eighth stop: tags, checks and guards that name what B has', () => {
  it("a wheel's macOS platform tag on an error line names B's macOS release (scikit-learn/scikit-learn#18932)", () => {
    const log = [
      "  AssertionError: would build wheel with unsupported tag ('cp39', 'cp39', 'macosx_11_0_x86_64')",
      '  ERROR: Failed building wheel for scikit-learn',
    ].join('\n');
    const os = hostChange('os', 'version_id', '10.15.7', '11.0.1');
    expect(first(os, log, [toolChange('python3', '3.9.0', '3.9.1')]).key).toBe('version_id');
  });

  it('a one-number OS release (Debian 11) is not a macOS platform tag', () => {
    const log = "AssertionError: would build wheel with unsupported tag ('cp39', 'cp39', 'macosx_11_0_x86_64')";
    const ranked = rankDifferences([hostChange('os', 'version_id', '10', '11')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('platform tag'))).toBe(false);
  });

  it('a captured check that says no on B, and an error calling that very thing missing (composer/docker#97)', () => {
    const log = [
      'Your requirements could not be resolved to an installable set of packages.',
      '  - moontoast/math 1.1.2 requires ext-bcmath * -> the requested PHP extension bcmath is missing from your system.',
    ].join('\n');
    const check = hostChange('custom', `php -r 'echo extension_loaded("bcmath") ? "yes" : "no";'`, 'yes', 'no');
    expect(first(check, log, [toolChange('composer', '1.8.6', '1.9.0')]).key).toBe(check.key);
  });

  it("the project's own #error asking for a libc implicates the C library family over gcc (erlang/otp#4437)", () => {
    const log = [
      'sys/unix/sys_signal_stack.c:169:2: error: #error "beamasm requires a libc that can guarantee that sigaltstack works"',
      ' #error "beamasm requires a libc that can guarantee that sigaltstack works"',
    ].join('\n');
    expect(first(hostChange('libc', 'family', 'glibc', 'musl'), log, [toolChange('gcc', '8.3.0', '9.3.0')]).key).toBe('family');
  });

  it("Ubuntu's ports archive on B follows from B's machine (MicrosoftDocs/sql-docs#5650)", () => {
    const log = ['# sudo ACCEPT_EULA=Y apt-get install msodbcsql17', 'E: Unable to locate package msodbcsql17'].join('\n');
    const machine = hostChange('kernel', 'machine', 'x86_64', 'aarch64');
    const ports = hostAdded('mirrors', 'http://ports.example.net/ubuntu-ports', {
      host: 'ports.example.net',
      addresses: ['192.0.2.7'],
      source: '/etc/apt/sources.list',
    });
    const archive = hostRemoved('mirrors', 'http://archive.example.net/ubuntu', {
      host: 'archive.example.net',
      addresses: ['192.0.2.8'],
      source: '/etc/apt/sources.list',
    });
    expect(first(machine, log, [ports, archive]).key).toBe('machine');
  });

  it("a umask that takes away others' read implicates apt's missing key (OutlineFoundation/outline-server#1029)", () => {
    const log = [
      "W: GPG error: https://dockerrepo.example.net/linux/ubuntu focal InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 7EA0A9C3F273FCD8",
      "E: The repository 'https://dockerrepo.example.net/linux/ubuntu focal InRelease' is not signed.",
    ].join('\n');
    const apt = hostChange('packages', 'apt', installed('2.0.6', 'dpkg'), installed('2.0.2ubuntu0.2', 'dpkg'));
    expect(first(hostChange('security', 'umask', '0022', '0007'), log, [apt]).key).toBe('umask');
    const looser = rankDifferences([hostChange('security', 'umask', '0027', '0022'), apt], { log: parseBuildLog(log) });
    expect(looser[0]!.key).toBe('apt');
  });

  it('a node_modules path on an error line does not name Node (podman-desktop/extension-bootc#1447)', () => {
    const log =
      'Caught exception in startup: Error: electron.launch: Electron failed to install correctly, please delete node_modules/electron and try installing again';
    const ranked = rankDifferences([toolChange('node', '22.13.1', '22.14.0')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.source === 'log' && r.text.includes('node_modules'))).toBe(false);
  });

  it("the command line tools selected in place of Xcode implicate configure's failing compiler check (BlueWallet/BlueWallet#5273)", () => {
    const log = ['...', 'configure: error: C compiler cannot create executables', '...'].join('\n');
    const selected = hostChange(
      'custom',
      'xcode-select -p',
      '/Applications/Xcode.app/Contents/Developer',
      '/Library/Developer/CommandLineTools',
    );
    expect(first(selected, log, [hostChange('os', 'version_id', '13.1', '12.6.2')]).key).toBe('xcode-select -p');
  });

  it("a module build set off inside Xcode's SDK implicates Xcode over Gradle (ttypic/swift-klib-plugin#58)", () => {
    const log = [
      "<unknown>:0: warning: using sysroot for 'MacOSX' but targeting 'iPhone'",
      "/Applications/Xcode.app/Contents/Developer/Platforms/MacOSX.platform/Developer/SDKs/MacOSX15.4.sdk/usr/include/copyfile.h:35:10: note: while building module 'DarwinFoundation' imported from /Applications/Xcode.app/Contents/Developer/Platforms/MacOSX.platform/Developer/SDKs/MacOSX15.4.sdk/usr/include/copyfile.h:35:",
      '* What went wrong:',
      "Execution failed for task ':oidc-crypto:swiftklibKCryptoIosSimulatorArm64'.",
    ].join('\n');
    expect(first(toolChange('xcode', '16.1', '16.3'), log, [toolChange('gradle', '8.10.2', '8.12')]).key).toBe('xcode');
  });

  it("pip's wheel package missing bdist_wheel is the wheel package, as pip lists it (docker-library/official-images#18808)", () => {
    const log = [
      "252.7   Building wheel for starkbank-ecdsa (setup.py): finished with status 'error'",
      '252.7   × python setup.py bdist_wheel did not run successfully.',
      "252.7       error: invalid command 'bdist_wheel'",
    ].join('\n');
    const wheel = hostChange('packages', 'wheel', installed('0.45.1', 'pip'), installed('0.46.1', 'pip'));
    expect(first(wheel, log, [toolChange('python3', '3.11.11', '3.11.12')]).key).toBe('wheel');
  });

  it('a PATH that put MSYS2 before MSVC is the cause of link.exe failing, not a spelling of the MSVC version (Deltares/Ribasim#2608)', () => {
    const log = ['     Compiling num_cpus v1.17.0', '15:49:12   error: linking with `link.exe` failed: exit code: 1'].join('\n');
    const msvc = 'C:\\VS\\VC\\Tools\\MSVC\\';
    const path = hostChange(
      'env',
      'PATH',
      `${msvc}14.44.35207\\bin\\HostX64\\x64;C:\\Windows\\system32`,
      `C:\\msys64\\usr\\bin;${msvc}14.50.35717\\bin\\HostX64\\x64;C:\\Windows\\system32`,
    );
    expect(first(path, log, [toolChange('msvc', '14.44.35207', '14.50.35717')]).key).toBe('PATH');
  });

  it("a service check that answers failed on B, and the error naming the service's socket as missing (PromyLOPh/guix-install-action#29)", () => {
    const log = [
      'Run guix shell --pure -m manifest.scm -- make -j$(nproc)',
      '    LANG: en_US.utf8',
      "guix shell: error: failed to connect to `/var/guix/daemon-socket/socket': No such file or directory",
      'Error: Process completed with exit code 1.',
    ].join('\n');
    const service = hostChange('custom', 'systemctl is-active guix-daemon.service', 'active', 'failed');
    expect(first(service, log, [hostChange('locale', 'LANG', 'C.UTF-8', 'en_US.utf8')]).key).toBe(service.key);
  });

  it("a development package only B has, whose functions a static library calls unlinked, outranks gcc's upgrade (the-tcpdump-group/tcpslice#5)", () => {
    const log = [
      "./../libpcap/libpcap.a(pcap-canusb-linux.o): In function `canusb_close':",
      "/home/denis/libpcap/./pcap-canusb-linux.c:333: undefined reference to `libusb_close'",
      'collect2: error: ld returned 1 exit status',
    ].join('\n');
    const usb = hostAdded('packages', 'libusb-1.0-0-dev', installed('2:1.0.20-1', 'dpkg'));
    expect(first(usb, log, [toolChange('gcc', '5.4.0', '6.1.1')]).key).toBe('libusb-1.0-0-dev');
  });

  it("kubeadm's preflight warning about the cgroup driver is not the failure; the program it did not find is (zalando-incubator/kopf#334)", () => {
    const log = [
      '\t[WARNING IsDockerSystemdCheck]: detected "cgroupfs" as the Docker cgroup driver. The recommended driver is "systemd". Please follow the guide at https://kubernetes.io/docs/setup/cri/',
      'error execution phase preflight: [preflight] Some fatal errors occurred:',
      '\t[ERROR FileExisting-conntrack]: conntrack not found in system path',
    ].join('\n');
    const conntrack = hostRemoved('packages', 'conntrack', installed('1:1.4.4+snapshot20161117-6ubuntu2', 'dpkg'));
    expect(first(conntrack, log, [hostChange('kernel', 'release', '5.0.0-1031-gcp', '4.15.0-1077-gcp')]).key).toBe('conntrack');
  });

  it('an image the failing command runs is one the build uses, not yet the change that broke it (Homebrew/install#761)', () => {
    const log = [
      'podman run -it --rm docker.io/library/ubuntu:20.04 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
      '==> Checking for `sudo` access (which may request your password)...',
      "Don't run this as root!",
    ].join('\n');
    const image: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'docker.io/library/ubuntu:20.04',
      kind: 'changed',
      a: {
        id: 'sha256:e40c',
        digests: ['docker.io/library/ubuntu@sha256:24a0'],
        architecture: 'amd64',
        os: 'linux',
        created: '2023-03-01T04:38:07Z',
      },
      b: {
        id: 'sha256:6df8',
        digests: ['docker.io/library/ubuntu@sha256:b795'],
        architecture: 'amd64',
        os: 'linux',
        created: '2023-03-08T04:32:21Z',
      },
      detail: { fields: ['id', 'digests', 'created'] },
    };
    const marker: Difference = {
      scope: 'container:brew-install',
      facet: 'custom',
      key: 'ls -a /.dockerenv /run/.containerenv',
      kind: 'changed',
      a: '/.dockerenv',
      b: '/run/.containerenv',
    };
    expect(first(marker, log, [image]).key).toBe(marker.key);
  });

  it('"certificate" on a TLS error line names no particular package of certificates', () => {
    const log = 'verify error:num=18:self signed certificate';
    const ca = hostChange('packages', 'ca-certificates', installed('20230311', 'dpkg'), installed('20240203', 'dpkg'));
    const ranked = rankDifferences([ca], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.startsWith('the log mentions certificate'))).toBe(false);
  });
});

describe('thirty-ninth stop: versions, names and lines read the way the tools write them', () => {
  it("a zone change whose offsets make the log's shift explains it before one that moves clocks by other hours (vyadh/teamcity-deployment-dashboard#29)", () => {
    const log = [
      'FAIL src/util/dateTimes.test.js',
      '  ● time is formatted to the correct time zone',
      '    Expected: "7:30:00 pm"',
      '    Received: "6:30:00 pm"',
    ].join('\n');
    const london = (scope: string, b: string): Difference => ({
      scope,
      facet: 'time',
      key: 'timezone',
      kind: 'changed',
      a: 'Europe/London',
      b,
    });
    // Either order: the one that fits wins, not the one listed first.
    expect(first(london('image:build', 'Etc/UTC'), log, [london('host', 'Europe/Minsk')]).scope).toBe('image:build');
    expect(first(london('host', 'Etc/UTC'), log, [london('image:build', 'Europe/Minsk')]).scope).toBe('host');
  });

  it("a lost SDK package's release, printed without its build number, names what B lacks (jerson/react-native-fast-rsa#74)", () => {
    const log = [
      '> Configure project :react-native-fast-rsa',
      "[CXX1300] CMake '3.10.2' was not found in SDK, PATH, or by cmake.dir property.",
      "[CXX1301] - CMake '3.22.1' found in SDK did not satisfy requested version.",
    ].join('\n');
    const lost = hostRemoved('packages', 'cmake;3.10.2.4988404', installed('3.10.2.4988404', 'sdkmanager'));
    expect(first(lost, log, [hostAdded('packages', 'cmake;3.22.1', installed('3.22.1', 'sdkmanager'))]).key).toBe(lost.key);
  });

  it("pkg-config's module carries its API version in its name: glib-2.0 >= 2.66 asks for glib (gtk-rs/gtk4-rs#554)", () => {
    const log = [
      'warning: `"pkg-config" "--libs" "--cflags" "glib-2.0" "glib-2.0 >= 2.66"` did not exit successfully: exit status: 1',
      'error: failed to run custom build command for `glib-sys v0.15.0`',
    ].join('\n');
    const glib = hostChange(
      'packages',
      'libglib2.0-dev',
      installed('2.68.1-1~ubuntu21.04.1', 'dpkg'),
      installed('2.64.6-1~ubuntu20.04.4', 'dpkg'),
    );
    const ranked = rankDifferences([glib], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.startsWith('the log requires glib 2.66 or later'))).toBe(true);
  });

  it('a Rust build script listing the variables it may read is no sign it read them (gtk-rs/gtk4-rs#554)', () => {
    const log = [
      'error: failed to run custom build command for `glib-sys v0.15.0`',
      '  cargo:rerun-if-env-changed=PKG_CONFIG_PATH',
      '  cargo:rerun-if-env-changed=PKG_CONFIG',
    ].join('\n');
    const path = hostRemoved('env', 'PKG_CONFIG_PATH', '/usr/local/lib/pkgconfig');
    const ranked = rankDifferences([path], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('the log sets or reads PKG_CONFIG_PATH'))).toBe(false);
    expect(ranked[0]!.reasons.some((r) => r.text.includes('a build script lists PKG_CONFIG_PATH'))).toBe(true);
    // openssl-sys prints the value it read after the list (attriaayush/ghostie#13): that line reads it.
    const read = [
      '[openssl-sys 0.9.77] cargo:rerun-if-env-changed=OPENSSL_LIB_DIR',
      '[openssl-sys 0.9.77] OPENSSL_LIB_DIR = ',
      `[openssl-sys 0.9.77] thread 'main' panicked at 'OpenSSL library directory does not exist: [""]'`,
    ].join('\n');
    const dir = hostAdded('env', 'OPENSSL_LIB_DIR', '');
    const readRanked = rankDifferences([dir], { log: parseBuildLog(read) });
    expect(
      readRanked[0]!.reasons.some((r) =>
        r.text.includes('the log sets or reads OPENSSL_LIB_DIR: `[openssl-sys 0.9.77] OPENSSL_LIB_DIR =`'),
      ),
    ).toBe(true);
  });

  it('a product named the dotted way (Xamarin.iOS) is that tool, not its siblings that share the first word (actions/runner-images#775)', () => {
    const log =
      ' MTOUCH : error MT0091: This version of Xamarin.iOS requires the iOS 13.4 SDK (shipped with Xcode 11.4). [/Users/runner/work/1/s/test-project/xamarin-ios/xamarin-ios.csproj]';
    const ios = toolChange('xamarin-ios', '13.14.1.39', '13.16.0.13');
    expect(
      first(ios, log, [toolChange('xamarin-android', '10.2.0.100', '10.3.1.4'), toolChange('xamarin-mac', '6.14.1.39', '6.16.0.13')]).key,
    ).toBe('xamarin-ios');
  });

  it("Gentoo's category before a package's name is the same package to the error classes (alsa-project/alsa-lib#356)", () => {
    const log = "x86_64-pc-linux-gnu-ld: error: version script assignment of 'ALSA_0.9.5' to symbol 'alsa_lisp' failed: symbol not defined";
    const lld = hostChange('packages', 'sys-devel/lld', installed('16.0.6', 'portage'), installed('17.0.2', 'portage'));
    const ranked = rankDifferences([lld], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('LLD refused a version script'))).toBe(true);
  });

  it("a source or object file a command is given is a module's name, not a complaint (alsa-project/alsa-lib#356)", () => {
    expect(looksLikeError('libtool: link: clang -m32 -shared .libs/conf.o .libs/error.o .libs/socket.o -o .libs/libasound.so.2.0.0')).toBe(
      false,
    );
    expect(looksLikeError('src/error.c:12:5: error: expected expression')).toBe(true);
    expect(looksLikeError('fatal error: missing.h: No such file or directory')).toBe(true);
  });

  it("a mangled C++ symbol's namespace names its library: _ZN7httplib… is cpp-httplib's (bugs.gentoo.org/939561)", () => {
    const log = [
      '# ccache gcc --version',
      'ccache: symbol lookup error: ccache: undefined symbol: _ZN7httplib6Client19set_default_headersESt18unordered_multimapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES7_NS_6detail16case_ignore_hashENS8_17case_ignore_equalESaISt4pairIKS7_S7_EEE',
      "meson.build:1:0: ERROR: Unknown compiler(s): [['x86_64-pc-linux-gnu-gcc']]",
    ].join('\n');
    const httplib = hostChange('packages', 'dev-cpp/cpp-httplib', installed('0.16.3', 'portage'), installed('0.17.3-r1', 'portage'));
    expect(first(httplib, log, [toolChange('gcc', '13.3.1', '14.2.1')]).key).toBe(httplib.key);
  });

  it("a stable rustc refusing #![feature] points at what chose the channel, not at cargo's colours (dtolnay/thiserror#278)", () => {
    const log = [
      '> cargo build',
      'error[E0554]: `#![feature]` may not be used on the stable release channel',
      '   --> /Users/dev/.cargo/registry/src/index.crates.io-6f17d22bba15001f/thiserror-1.0.53/src/lib.rs:238:50',
    ].join('\n');
    const bootstrap = hostRemoved('env', 'RUSTC_BOOTSTRAP', '1');
    expect(first(bootstrap, log, [hostRemoved('env', 'CARGO_TERM_COLOR', 'always')]).key).toBe('RUSTC_BOOTSTRAP');
  });

  it("B's version in a path is where the program lives, not a version it printed (fastlane/fastlane#12488)", () => {
    const log =
      " /usr/local/Cellar/ruby/2.3.1_2/lib/ruby/2.3.0/rubygems/version.rb:207:in `initialize': [!] Malformed version number string com.apple.CoreSimulator.SimRuntime.iOS-11-2 (ArgumentError)";
    const ranked = rankDifferences([toolChange('ruby', '2.3.1', '2.3.1_2')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("prints B's whole version"))).toBe(false);
  });

  it("CMake's error message on the indented lines under its header names the program that failed, from B's PATH (PRBonn/bonnet#7)", () => {
    const log = [
      'ImportError: "from catkin_pkg.package import parse_package" failed: No module named catkin_pkg.package',
      'CMake Error at /opt/ros/kinetic/share/catkin/cmake/safe_execute_process.cmake:11 (message):',
      '  execute_process(/home/dev/anaconda2/envs/tensorflow/bin/python',
      '  "/opt/ros/kinetic/share/catkin/cmake/parse_package_xml.py"',
      '  returned error code 1',
    ].join('\n');
    const path = hostChange(
      'env',
      'PATH',
      '/opt/ros/kinetic/bin:/usr/bin:/bin',
      '/home/dev/anaconda2/envs/tensorflow/bin:/opt/ros/kinetic/bin:/usr/bin:/bin',
    );
    const catkin = hostChange('packages', 'python-catkin-pkg', installed('0.3.9-100', 'dpkg'), installed('0.4.1-100', 'dpkg'));
    expect(first(path, log, [catkin]).key).toBe('PATH');
  });

  it("a symbol only glibc defines names the C library, and zig's own glibc stubs when zig links (ziglang/zig#17536, gcarreno/setup-lazarus#25)", () => {
    const csu = "(.text+0x3c): undefined reference to `__libc_csu_init'";
    expect(first(hostChange('libc', 'version', '2.31', '2.35'), csu, [toolChange('gcc', '9.4.0', '11.4.0')]).key).toBe('version');
    const zig = ['LLD Link... ld.lld: error: undefined symbol: __isoc23_strtoul', '>>> referenced by main.c'].join('\n');
    expect(first(toolChange('zig', '0.11.0', '0.12.0-dev.933+b0f031f573'), zig, [hostChange('libc', 'version', '2.37', '2.38')]).key).toBe(
      'zig',
    );
  });

  it("an index without B's platform, pulled by an engine that moved to containerd's image store (docker-library/docker#560)", () => {
    const log = [
      'docker pull internal-docker.example.net/myimage:0.85.0',
      'Error response from daemon: no match for platform in manifest: not found',
    ].join('\n');
    const store: Difference = {
      scope: 'container:dind',
      facet: 'docker',
      key: 'storage_driver',
      kind: 'changed',
      a: 'overlay2',
      b: 'overlayfs',
    };
    const ranked = rankDifferences([store], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("containerd's store"))).toBe(true);
  });

  it('a prerequisite check reporting the version it found is a banner, not a complaint (lfn-cnti/testsuite#1556)', () => {
    const log = [
      'Global kubectl found. Version: 1.22',
      'No Local kubectl version found',
      "Error connecting to 'github.com:443': Operation timed out",
    ].join('\n');
    const ranked = rankDifferences([toolChange('kubectl', '1.23.6', '1.22.9')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("1.22, B's version (a version banner)"))).toBe(true);
  });

  it('"mismatches" says what "mismatch" says (vllm-project/vllm#1060)', () => {
    expect(looksLikeError('The detected CUDA version (12.2) mismatches the version that was used to compile')).toBe(true);
  });

  it("one line naming both versions is a mismatch report even where B's was printed before (zsa/wally#125)", () => {
    const log = [
      'Wails v1.16.7 - Building Application',
      '✓ Updating go.mod (Wails version 1.16.6 => v1.16.7)',
      'go: github.com/wailsapp/wails@v1.16.7: missing go.sum entry; to add it:',
      'Error: exit status 1',
    ].join('\n');
    const ranked = rankDifferences([toolChange('wails', '1.16.6', '1.16.7')], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("one line names A's version 1.16.6 and B's 1.16.7"))).toBe(true);
  });

  it('an import error wrapped over two lines names the tool whose module it is (zephyrproject-rtos/zephyr#58094)', () => {
    const log = [
      '-- Found west (found suitable version 0.13.1, minimum required is 0.7.1)',
      'CMake Error at SOF/zephyr/cmake/modules/zephyr_module.cmake:77 (message):',
      '  Traceback (most recent call last):',
      "  ImportError: cannot import name 'MalformedConfig'",
      "                      from 'west.configuration'",
    ].join('\n');
    expect(first(toolChange('west', '1.0.0', '0.13.1'), log, [toolChange('cmake', '3.25.1', '3.26.3')]).key).toBe('west');
    // A tool merely being installed is no import that failed.
    const install = ['-----> Installing pip', '       Your Pipfile.lock (d26635) is out of date. Expected: (00ad98).'].join('\n');
    const ranked = rankDifferences([toolChange('pip', '9.0.2', '9.0.3')], { log: parseBuildLog(install) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("the tool's own"))).toBe(false);
  });

  it('a shared .NET runtime B lacks, or a variable steering SDK resolution, before the SDK patch (JetBrains/teamcity-docker-images#25, dotnet/core#8308)', () => {
    const framework = [
      '[dotnet test] Testhost process exited with error: It was not possible to find any compatible framework version',
      "[dotnet test] The framework 'Microsoft.AspNetCore.App', version '3.1.0' (x64) was not found.",
    ].join('\n');
    const runtime = hostRemoved('toolchains', 'aspnetcore-runtime-3.1', '3.1.22');
    expect(first(runtime, framework, [toolChange('dotnet', '6.0.100', '6.0.101')]).key).toBe(runtime.key);
    const resolver = 'MSB4276: The default SDK resolver failed to resolve SDK "Microsoft.NET.Sdk.Web" because directory "" did not exist.';
    const sdks = hostAdded('env', 'MSBuildSDKsPath', 'C:\\Program Files\\dotnet\\sdk\\5.0.408\\Sdks');
    expect(first(sdks, resolver, [toolChange('dotnet', '7.0.201', '7.0.202')]).key).toBe('MSBuildSDKsPath');
  });

  it('a version with a build number is printed by its release (NuGet/Home#12851: "Updating NuGet.exe to 6.7.0." of 6.7.0.127)', () => {
    const log = [
      '| Currently running NuGet.exe 4.7.1.',
      '| Updating NuGet.exe to 6.7.0.',
      '| C:\\agent\\x.nugetrestore.targets(65,17): error MSB4186: Invalid static method invocation syntax: "[MSBuild]::VersionGreaterThanOrEquals". Method \'[MSBuild]::VersionGreaterThanOrEquals\' not found.',
    ].join('\n');
    expect(first(toolChange('nuget', '6.6.1.2', '6.7.0.127'), log, [toolChange('dotnet', '7.0.400', '7.0.401')]).key).toBe('nuget');
  });

  it("Xcode asking for a team to sign a pod's resource bundle names Xcode (urbanairship/react-native-airship#469)", () => {
    const log =
      '1. Signing for "Airship-AirshipCoreResources" requires a development team. Select a development team in the Signing & Capabilities editor.';
    expect(first(toolChange('xcode', '13.4.1', '14.1'), log, [hostChange('os', 'version_id', '12.6', '12.6.1')]).key).toBe('xcode');
  });

  it('a package only B has, in a conflict apt reports, blocks what the build installs (houmain/keymapper#145)', () => {
    const log = [
      '$>sudo apt-get install -y libappindicator3-dev',
      'The following packages have unmet dependencies:',
      ' libayatana-appindicator3-1 : Conflicts: libappindicator3-1',
      'E: Error, pkgProblemResolver::Resolve generated breaks, this may be caused by held packages.',
    ].join('\n');
    const ayatana = hostAdded('packages', 'libayatana-appindicator3-1', installed('0.5.90-7ubuntu2', 'dpkg'));
    expect(first(ayatana, log, [hostChange('os', 'version_id', '20.04', '22.04')]).key).toBe(ayatana.key);
    const ranked = rankDifferences([ayatana], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('in conflict with what the build installs'))).toBe(true);
  });

  it("undefined references after B's flags gained -flto name the flags (briansmith/ring#1444)", () => {
    const log =
      "/usr/bin/ld: ring.adedeaa1-cgu.6:(.text._ZN4ring2ec10curve255196x2551911x25519_ecdh17h8ed944f9db65476aE+0x5f): undefined reference to `GFp_x25519_scalar_mult_generic_masked'";
    const flags = hostChange('env', 'CFLAGS', '-march=x86-64 -O2 -pipe -fno-plt', '-march=x86-64 -O2 -pipe -fno-plt -flto');
    const binutils = hostChange('packages', 'binutils', installed('2.36.1-3', 'pacman'), installed('2.37-2', 'pacman'));
    expect(first(flags, log, [binutils]).key).toBe('CFLAGS');
  });
});

describe('fortieth stop: what a change can do, read from how it changed', () => {
  it('a package rebuilt at the same upstream version, only named by a word, ranks below a real upstream bump (libavg/libavg#411)', () => {
    const log = [
      'Exception occurred:',
      '  File "/usr/lib/python2.7/dist-packages/sphinx/ext/graphviz.py", line 219, in render_dot_html',
      "IOError: [Errno 2] No such file or directory: 'sphinxdoc/_build/_images/inheritance-1353c3fb.png.map'",
      'The full traceback has been saved in /tmp/sphinx-err-JuAbJ4.log, if you want to report the issue to the developers.',
    ].join('\n');
    const graphviz = hostChange('packages', 'graphviz', installed('2.26.3-14', 'dpkg'), installed('2.30.1-1', 'dpkg'));
    const sphinx = hostChange('packages', 'python-sphinx', installed('1.1.3+dfsg-4', 'dpkg'), installed('1.1.3+dfsg-7', 'dpkg'));
    expect(first(graphviz, log, [sphinx]).key).toBe('graphviz');
  });

  it("a library's packaging revision cannot drop a symbol version: the variable that found the newer runtime can (nodejs/build#1548)", () => {
    const log = "node: /lib64/libstdc++.so.6: version `GLIBCXX_3.4.20' not found (required by node)";
    const path = hostRemoved('env', 'LD_LIBRARY_PATH', '/data/gcc-4.9/lib64');
    const rebuilt = hostChange('packages', 'libstdc++', installed('4.8.5-28.el7_5.1', 'rpm'), installed('4.8.5-28.el7', 'rpm'));
    expect(first(path, log, [rebuilt]).key).toBe('LD_LIBRARY_PATH');
  });

  it('a lower user-namespace limit that still allows thousands denies nobody; dmesg_restrict closes /dev/kmsg (rootless-containers/usernetes#204)', () => {
    const log =
      'kubelet-containerd.sh[27857]: F1118 04:38:15.095965     167 server.go:269] failed to run Kubelet: failed to create kubelet: open /dev/kmsg: operation not permitted';
    const restrict = hostChange('sysctl', 'kernel.dmesg_restrict', 0, 1);
    const namespaces = hostChange('sysctl', 'user.max_user_namespaces', 63381, 31452);
    expect(first(restrict, log, [namespaces]).key).toBe('kernel.dmesg_restrict');
    const ranked = rankDifferences([namespaces], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('create user namespaces'))).toBe(false);
  });

  it("V8's trace of its last collections is a heap out of memory: the heap cap A set and B lacks (microsoft/BotFramework-Composer#1289)", () => {
    const log = [
      '$ node scripts/build.js',
      'Creating an optimized production build...',
      '<--- Last few GCs --->',
      '[471:0x55563aaaaae0]   288341 ms: Mark-sweep 1330.7 (1422.8) -> 1330.1 (1422.8) MB, 954.8 / 0.0 ms  (average mu = 0.150, current mu = 0.013) allocation failure scavenge might not succeed',
    ].join('\n');
    const options = hostRemoved('env', 'NODE_OPTIONS', '--max-old-space-size=4096');
    expect(first(options, log, [toolChange('node', '12.13.0', '12.13.1')]).key).toBe('NODE_OPTIONS');
    const removed = rankDifferences([options], { log: parseBuildLog(log) });
    expect(removed[0]!.reasons.some((r) => r.text.includes('smaller heap cap'))).toBe(true);
    // A cap B raised explains no heap running out.
    const raised = hostChange('env', 'NODE_OPTIONS', '--max-old-space-size=2048', '--max-old-space-size=8192');
    const ranked = rankDifferences([raised], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('smaller heap cap'))).toBe(false);
  });

  it("the pg gem's missing libpq header is PostgreSQL's own where Homebrew splits off no -dev package (ossf/best-practices-badge#413)", () => {
    const log = [
      'current directory: /Users/dan/.rbenv/versions/2.3.1/lib/ruby/gems/2.3.0/gems/pg-0.18.4/ext',
      'checking for libpq-fe.h... no',
      "Can't find the 'libpq-fe.h header",
      '*** extconf.rb failed ***',
    ].join('\n');
    const postgres = hostRemoved('packages', 'postgresql', installed('9.5.3', 'brew'));
    expect(first(postgres, log, [toolChange('ruby', '2.3.0', '2.3.1')]).key).toBe('postgresql');
    // Its configuration script too, from the one package Homebrew has.
    const script = ['Error: pg_config executable not found.', 'pg_config is required to build psycopg2 from source.'].join('\n');
    expect(first(postgres, script, [toolChange('python3', '3.8.5', '3.8.6')]).key).toBe('postgresql');
  });

  it("a tool's variable for how its output looks is no cause its name alone makes (wasm-bindgen/wasm-pack#1177)", () => {
    const log = [
      'cargo install wasm-pack',
      'error: failed to compile `wasm-pack v0.10.3`, intermediate artifacts can be found at `/tmp/cargo-install8SJwiv`',
      'Caused by:',
      '  cannot produce proc-macro for `failure_derive v0.1.8` as the target `x86_64-unknown-linux-gnu` does not support these crate types',
    ].join('\n');
    const flags = hostAdded('env', 'RUSTFLAGS', '-Ctarget-feature=+crt-static');
    expect(first(flags, log, [hostAdded('env', 'CARGO_TERM_COLOR', 'always')]).key).toBe('RUSTFLAGS');
    const color = rankDifferences([hostAdded('env', 'CARGO_TERM_COLOR', 'always')], { log: parseBuildLog(log) });
    const flagsOnly = rankDifferences([hostAdded('env', 'CARGO_INCREMENTAL', '0')], { log: parseBuildLog(log) });
    expect(color[0]!.score).toBeLessThan(flagsOnly[0]!.score);
  });

  it("MSVC's machine-type conflict is an architecture mismatch: a captured look at Python's bitness (huggingface/tokenizers#135)", () => {
    const log = [
      "fatal error LNK1112: module machine type 'x64' conflicts with target machine type 'x86'",
      'error: cargo failed with code: 101',
    ].join('\n');
    const bits = hostChange('custom', 'python -c "import platform; print(platform.architecture()[0])"', '64bit', '32bit');
    expect(first(bits, log, [toolChange('rustc', '1.40.0', '1.42.0')]).key).toBe(bits.key);
  });

  it("multiple definitions after B's flags gained -fno-common name the flags (Xastir/Xastir#164)", () => {
    const log =
      "/usr/lib/gcc/x86_64-pc-linux-gnu/9.2.0/../../../../x86_64-pc-linux-gnu/bin/ld: x_spider.o:(.bss+0x0): multiple definition of `pname'; db.o:(.bss+0x408): first defined here";
    const flags = hostChange('env', 'CFLAGS', '-O2 -pipe -march=native', '-O2 -pipe -march=native -fno-common');
    const binutils = hostChange('packages', 'sys-devel/binutils', installed('2.32-r1', 'portage'), installed('2.33.1-r1', 'portage'));
    expect(first(flags, log, [binutils]).key).toBe('CFLAGS');
  });

  it("an error naming the SDK's build for B's platform, where A ran another OS, names the OS (koreader/koreader#2887)", () => {
    const log = [
      '/Users/jash/Src/koreader/base/toolchain/android-ndk-r12b/build/tools/make_standalone_toolchain.py --force --arch arm --api 9',
      'Could not find GCC/binutils: /Users/jash/Src/koreader/base/toolchain/android-ndk-r12b/toolchains/arm-linux-androideabi-4.9/prebuilt/darwin-x86_64',
      'make[1]: *** [android-toolchain] Error 1',
    ].join('\n');
    const os = hostChange('os', 'id', 'ubuntu', 'macos');
    expect(
      first(os, log, [hostAdded('env', 'ANDROID_NDK_HOME', '/usr/local/opt/android-ndk'), toolChange('make', '4.1', '3.81')]).key,
    ).toBe('id');
    // A tool's output directory for the host is no build that is missing (bazel-out/darwin_arm64-fastbuild/bin).
    const bazel = 'ERROR: /tmp/x/BUILD.bazel:3:10: failed: (Exit 1): error executing command bazel-out/darwin_arm64-fastbuild/bin/image.sh';
    const ranked = rankDifferences([os], { log: parseBuildLog(bazel) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("B's platform"))).toBe(false);
  });

  it("a package built for B's kernel release that apt cannot find names the kernel (actions/runner-images#2291)", () => {
    const log = [
      'Reading state information...',
      'E: Unable to locate package linux-modules-extra-5.4.0-1032-azure',
      "E: Couldn't find any package by glob 'linux-modules-extra-5.4.0-1032-azure'",
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '5.4.0-1031-azure', '5.4.0-1032-azure');
    const meta = hostChange('packages', 'linux-image-azure', installed('5.4.0.1031.29', 'dpkg'), installed('5.4.0.1032.30', 'dpkg'));
    expect(first(kernel, log, [meta]).key).toBe('release');
    // A report of the system the build ran on names the release without anything missing.
    const report = ['npm ERR! gyp ERR! System Linux 5.15.0-41-generic', 'npm ERR! gyp ERR! node -v v18.6.0'].join('\n');
    const ranked = rankDifferences([hostChange('kernel', 'release', '5.15.0-40-generic', '5.15.0-41-generic')], {
      log: parseBuildLog(report),
    });
    expect(ranked[0]!.reasons.some((r) => r.text.includes("B's kernel release"))).toBe(false);
  });

  it('std::filesystem left unresolved names the compiler whose C++ library it is, not the Python that loaded it (triton-lang/triton#1036)', () => {
    const log = [
      'Traceback (most recent call last):',
      'ImportError: /home/u/triton/python/triton/_C/libtriton.so: undefined symbol: _ZNKSt10filesystem7__cxx114path11parent_pathEv',
    ].join('\n');
    expect(first(toolChange('gcc', '11.3.0', '8.5.0'), log, [toolChange('python3', '3.10.6', '3.9.13')]).key).toBe('gcc');
  });

  it('a libSystem __darwin_ symbol another SDK lacks names Xcode before its clang (CesiumGS/cesium-unreal#699)', () => {
    const log = [
      'Undefined symbols for architecture x86_64:',
      '"___darwin_check_fd_set_overflow", referenced from:',
      'httplib::detail::SocketStream::is_readable() const in libCesiumIonClient.a(Connection.cpp.o)',
      'ld: symbol(s) not found for architecture x86_64',
    ].join('\n');
    expect(first(toolChange('xcode', '11.3.1', '12.4'), log, [toolChange('clang', '11.0.0', '12.0.0')]).key).toBe('xcode');
  });

  it("git's own quoting of an option it does not know names git, not the C library of the older OS (travis-ci/travis-ci#5076)", () => {
    const log = ['Description:\tUbuntu 12.04.5 LTS', 'Codename:\tprecise', "unknown option `unshallow'"].join('\n');
    const libc = hostChange('packages', 'libc6', installed('2.19-0ubuntu6.6', 'dpkg'), installed('2.15-0ubuntu10.12', 'dpkg'));
    expect(first(toolChange('git', '1.9.1', '1.7.9.5'), log, [libc, toolChange('python3', '3.4.3', '3.2.3')]).key).toBe('git');
  });

  it('the apphost asking for a .NET runtime B lacks names that runtime, not the patch of the one it found (CesiumGS/cesium-unreal#1033)', () => {
    const log = [
      'You must install or update .NET to run this application.',
      "Framework: 'Microsoft.WindowsDesktop.App', version '3.1.0' (x64)",
      '.NET location: C:\\Program Files\\dotnet\\',
      'The following frameworks were found:',
      '  7.0.2 at [C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App]',
      'Learn about framework resolution:',
      'https://aka.ms/dotnet/app-launch-failed',
    ].join('\n');
    const removed = hostRemoved('packages', 'dotnet-windowsdesktop-runtime-3.1', installed('3.1.32', 'vs-installer'));
    const patched = hostChange(
      'packages',
      'dotnet-windowsdesktop-runtime-7.0',
      installed('7.0.1', 'vs-installer'),
      installed('7.0.2', 'vs-installer'),
    );
    expect(first(removed, log, [patched]).key).toBe(removed.key);
  });

  it("a script's own notice that a variable is empty names the variable B lacks (nnstreamer/TAOS-CI#207)", () => {
    const log = [
      '[DEBUG] locale information: start ---------------------------------------------',
      'LANG=en_US.UTF-8',
      'LANGUAGE=en_US.UTF-8',
      '[DEBUG] locale information: end   ---------------------------------------------',
      '[DEBUG] Oooops. The variable YOCTO_ESDK_ROOT is empty.',
      'Checking for devtool...',
      'Please install devtool.',
    ].join('\n');
    const root = hostRemoved('env', 'YOCTO_ESDK_ROOT', '/opt/poky/2.5');
    expect(first(root, log, [toolChange('python3', '3.6.7', '3.6.8')]).key).toBe('YOCTO_ESDK_ROOT');
    const ranked = rankDifferences([root], { log: parseBuildLog(log) });
    expect(ranked[0]!.reasons.some((r) => r.text.includes('is not set, and B does not set it'))).toBe(true);
  });

  it('JAVA_HOME moved with a JDK feature release: the JDK the build ran ranks first (terasolunaorg/terasoluna-gfw#864)', () => {
    const log = [
      '[ERROR] Exit code: 1 - javadoc: error - The code being documented uses modules but the packages defined in http://docs.oracle.com/javase/8/docs/api/ are in the unnamed module.',
      '[ERROR] Command line was: /home/travis/openjdk11/bin/javadoc @options @packages',
    ].join('\n');
    const home = hostChange('env', 'JAVA_HOME', 'C:\\Program Files\\Java\\jdk1.8.0_201', '/home/travis/openjdk11');
    expect(first(toolChange('java', '1.8.0_201', '11.0.2'), log, [home]).key).toBe('java');
    // A patch of the JDK leaves a JAVA_HOME that broke on its own (now a JRE) where the log puts it.
    const jre = hostChange('env', 'JAVA_HOME', '/Library/Java/temurin-17.jdk/Contents/Home', '/Library/Java/temurin-17.jre/Contents/Home');
    const jreLog = 'ERROR: JAVA_HOME is set to an invalid directory: /Library/Java/temurin-17.jre/Contents/Home';
    expect(first(jre, jreLog, [toolChange('java', '17.0.8', '17.0.8.1')]).key).toBe('JAVA_HOME');
  });

  it("a URL parser prints B's value with the space it gained encoded as %20 (dart-lang/pub#2547)", () => {
    const log = [
      'pub.example-cn.io%20 is not a valid link-local address but contains %. Scope id should be used as part of link-local address. (at character 18)',
      'package:pub/src/source/hosted.dart 437:7           BoundHostedSource._throwFriendlyError',
    ].join('\n');
    const url = hostChange('env', 'PUB_HOSTED_URL', 'https://pub.example-cn.io', 'https://pub.example-cn.io ');
    expect(first(url, log, [toolChange('dart', '2.8.4', '2.9.0')]).key).toBe('PUB_HOSTED_URL');
  });

  it("Hugo's words for a feature its build lacks name Hugo's flavour, whatever its release (laozhu/hugo-nuo#133)", () => {
    const log = [
      '$ hugo server',
      'Building sites … ERROR 2019/06/28 15:52:11 error: failed to transform resource: TOCSS: failed to transform "styles/main-rendered.scss" (text/x-scss): this feature is not available in your current Hugo version, see https://goo.gl/YMrWcn for more',
      'Error: Error building site: logged 1 error(s)',
    ].join('\n');
    const hugo = toolChange('hugo', '0.55.5+extended', '0.55.5');
    expect(first(hugo, log, [hostChange('locale', 'charmap', 'UTF-8', 'CP936'), hostRemoved('env', 'HUGO_VERSION', '0.55.5')]).key).toBe(
      'hugo',
    );
  });

  it('twelve-hour clocks shifted by whole hours are times in another zone (cloud-gov/pages-core#639)', () => {
    const log = [
      '  1) <PublishedState /> displays the datetime of the most recent build:',
      "      AssertionError: expected 'This site was last published at September 4th 2015, 10:11:23 am.' to equal 'This site was last published at September 4th 2015, 3:11:23 pm.'",
    ].join('\n');
    const zone = hostChange('time', 'timezone', 'Etc/UTC', 'America/Chicago');
    expect(first(zone, log, [hostChange('locale', 'LANG', 'C.UTF-8', 'en_US.UTF-8'), hostChange('os', 'id', 'ubuntu', 'macos')]).key).toBe(
      'timezone',
    );
  });
});

describe('forty-first stop: what a build tool says about the machine it checked', () => {
  it('a short host name that stops resolving points at the lost search domain, not at reordered servers (nebula-plugins/gradle-ospackage-plugin#70)', () => {
    const log = 'Caused by: java.net.UnknownHostException: lglbi178: lglbi178: Name or service not known';
    const search = hostChange('dns', 'search', ['build.example.com', 'example.com'], ['example.com']);
    const servers = hostChange('dns', 'nameservers', ['10.20.0.2', '10.20.0.3'], ['10.20.0.3', '10.20.0.2']);
    expect(first(search, log, [servers]).key).toBe('search');
    // A server B lost is as likely as the search domain: the reorder alone is what weighs less.
    const lost = hostChange('dns', 'nameservers', ['10.20.0.2', '10.20.0.3'], ['10.20.0.3']);
    expect(first(lost, log).key).toBe('nameservers');
  });

  it("apt's report of an exact pin, wrapped over two lines, names the pinned package's versions (dosbox-staging/dosbox-staging#1773)", () => {
    const log = [
      'The following packages have unmet dependencies:',
      '  libudev-dev :',
      '    Depends: libudev1 (=249.11-0ubuntu3)',
      '    but 249.11-0ubuntu3.3 is to be installed.',
      '    Unable to correct problems, you have held broken',
      '    packages.',
    ].join('\n');
    const udev = hostChange('packages', 'libudev1', installed('249.11-0ubuntu3', 'dpkg'), installed('249.11-0ubuntu3.3', 'dpkg'));
    expect(first(udev, log, [hostChange('kernel', 'release', '5.15.0-1012-azure', '5.15.0-1013-azure')]).key).toBe('libudev1');
  });

  it("Composer's platform check reads the PHP release, not an extension package that follows it (linuxserver/Heimdall#1098)", () => {
    const log = [
      'Composer detected issues in your platform:',
      '',
      'Your Composer dependencies require a PHP version ">= 7.4.32". You are running 7.4.3.',
    ].join('\n');
    const php = toolChange('php', '7.4.33', '7.4.3');
    const sqlite = hostChange(
      'packages',
      'php7.4-sqlite3',
      installed('7.4.33-1+ubuntu20.04.1+deb.sury.org+1', 'dpkg'),
      installed('7.4.3-4ubuntu2.17', 'dpkg'),
    );
    expect(first(php, log, [sqlite]).key).toBe('php');
  });

  it("a flag the docker CLI does not know points at which CLI B runs, not at the daemon's BuildKit (orbstack/orbstack#2016)", () => {
    const log = [
      '➜  portal git:(main) ✗ docker build -f packages/environments/dev.Dockerfile --output=artifacts-agent-v3-api .',
      'unknown flag: --output',
      "See 'docker build --help'.",
    ].join('\n');
    const cli = hostChange('custom', 'command -v docker', '/Users/dev/.orbstack/bin/docker', '/usr/local/bin/docker');
    expect(first(cli, log, [hostChange('docker', 'buildkit_version', 'v0.21.1', 'v0.22.0')]).key).toBe('command -v docker');
  });

  it("a traceback through B's Python names that Python, not every python3-* package (conan-io/conan#14801)", () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "/home/jordan/.local/bin/conan", line 5, in <module>',
      '  File "/home/jordan/.local/lib/python3.12/site-packages/conans/conan.py", line 7, in <module>',
      '    from conans.client.command import main',
    ].join('\n');
    const python = toolChange('python3', '3.11.5', '3.12.0rc3');
    const setuptools = hostChange('packages', 'python3-setuptools', installed('65.5.1-2.fc38', 'rpm'), installed('67.7.2-5.fc39', 'rpm'));
    expect(first(python, log, [setuptools]).key).toBe('python3');
  });

  it("VirtualBox's CLI speaking names VirtualBox, packaged under its release too (cilium/cilium#17733)", () => {
    const log = [
      '10:32:07  ==> k8s1-1.21: Clearing any previously set network interfaces...',
      'VBoxManage: error: Code E_ACCESSDENIED (0x80070005) - Access denied (extended info not available)',
      'VBoxManage: error: Context: "EnableStaticIPConfig(Bstr(pszIp).raw(), Bstr(pszNetmask).raw())" at line 242 of file VBoxManageHostonly.cpp',
    ].join('\n');
    const vbox = hostChange(
      'packages',
      'virtualbox-6.1',
      installed('6.1.26-145957~Ubuntu~eoan', 'dpkg'),
      installed('6.1.28-147628~Ubuntu~eoan', 'dpkg'),
    );
    expect(first(vbox, log, [hostChange('kernel', 'release', '5.4.0-88-generic', '5.4.0-89-generic')]).key).toBe('virtualbox-6.1');
    expect(first(toolChange('virtualbox', '6.1.26', '6.1.28'), log, [toolChange('vagrant', '2.2.16', '2.2.18')]).key).toBe('virtualbox');
  });

  it("a linker named as the tail of its own program name (wasm-ld) is not the compiler driver's ld (wild-linker/wild#2227)", () => {
    const log = [
      'Test failed: `rust-println.rs` with linker `wasm-ld` config `default`',
      '  Caused by:',
      '    Linker failed:',
      'wasm-ld: error: /home/runner/work/wild/libc.a(sysconf.c.obj): undefined symbol: __wasm_first_page_end',
    ].join('\n');
    const lld = hostChange('packages', 'lld', installed('1:20.1.8-0ubuntu4', 'dpkg'), installed('1:18.0-59~exp2', 'dpkg'));
    expect(first(lld, log, [toolChange('clang', '20.1.8', '18.1.3')]).key).toBe('lld');
  });

  it('the message under a bare exception name is an error line too (contao/docs#1438)', () => {
    const log = [
      'Doctrine\\Common\\Annotations\\AnnotationException:',
      'You have to enable opcache.save_comments=1 or zend_optimizerplus.save_comments=1.',
      '',
      '  at vendor\\doctrine\\annotations\\lib\\Doctrine\\Common\\Annotations\\AnnotationException.php:146',
    ].join('\n');
    const saveComments = hostChange('custom', `php -r 'echo ini_get("opcache.save_comments");'`, '1', '0');
    const memory = hostChange('custom', `php -r 'echo ini_get("memory_limit");'`, '512M', '256M');
    expect(first(saveComments, log, [memory]).key).toBe(saveComments.key);
  });

  it('a TLS failure behind a new proxy points at the HTTPS proxy before the plain HTTP one (electron-userland/electron-builder#2479)', () => {
    const log = [
      '  • downloading               path=/home/u/.cache/electron-builder/nsis/nsis-3.0.4.1 url=https://github.com/electron-userland/electron-builder-binaries/releases/download/nsis-3.0.4.1/nsis-3.0.4.1.7z',
      'Error: unable to verify the first certificate',
    ].join('\n');
    const https = hostAdded('mirrors', 'proxy.https', 'http://localhost:8001');
    expect(first(https, log, [hostAdded('mirrors', 'proxy.http', 'http://localhost:8001')]).key).toBe('proxy.https');
  });

  it("Conan's refusal of the detected compiler version points at the compiler, whatever its name (conan-io/conan#16970)", () => {
    const log = [
      "ERROR: Invalid setting '16' is not a valid 'settings.compiler.version' value.",
      "Possible values are ['5.0', '5.1', '6.0', '13', '13.0', '14', '14.0', '15', '15.0']",
    ].join('\n');
    const clang = toolChange('apple-clang', '15.0.0', '16.0.0');
    expect(first(clang, log, [hostChange('os', 'version_id', '14.6.1', '15.0')]).key).toBe('apple-clang');
  });
});

describe('forty-second stop: whose symbols, which mounts, which places are the same', () => {
  it("an open implementation's package declares the API its name ends in: MPI_* of open-mpi (Homebrew/homebrew-core#34973)", () => {
    const log = [
      'Undefined symbols for architecture x86_64:',
      '  "_MPI_Attr_get", referenced from:',
      '      _blacs_get_ in blacs_get_.c.o',
      '  "_MPI_Type_struct", referenced from:',
      'ld: symbol(s) not found for architecture x86_64',
      'collect2: error: ld returned 1 exit status',
    ].join('\n');
    const mpi = hostChange('packages', 'open-mpi', installed('3.1.3', 'brew'), installed('4.0.0', 'brew'));
    const hwloc = hostChange('packages', 'hwloc', installed('1.11.10', 'brew'), installed('2.0.3', 'brew'));
    expect(first(mpi, log, [hwloc, toolChange('gfortran', '8.2.0', '8.2.0_1')]).key).toBe('open-mpi');
  });

  it("HDF5's functions (H5Oget_info3) are hdf5's, not the compiler's that reports them (j-m-adams/GrADS#10)", () => {
    const log = [
      'In file included from /usr/include/H5public.h:32,',
      '                 from gaio.c:19:',
      "gaio.c:4778:10: error: too few arguments to function 'H5Oget_info3'",
    ].join('\n');
    const hdf5 = hostChange('packages', 'hdf5-devel', installed('1.10.7-5.fc38', 'rpm'), installed('1.12.1-12.fc39', 'rpm'));
    expect(first(hdf5, log, [toolChange('gcc', '13.2.1', '13.2.1-1')]).key).toBe('hdf5-devel');
  });

  it('ENOSYS where a mount lost its file locks is the mount, not an older kernel (spack/spack#49353)', () => {
    const log = [
      '==> Reading config from file /home/u/spack/etc/spack/defaults/config.yaml',
      '==> Error: [Errno 38] Function not implemented',
    ].join('\n');
    const mount = hostChange('mounts', '/home/gridsan', 'lustre rw,flock,lazystatfs', 'lustre rw,noflock,lazystatfs');
    const kernel = hostChange('kernel', 'release', '5.14.0-427.42.1.el9_4.x86_64', '4.18.0-553.34.1.el8_10.x86_64');
    expect(first(mount, log, [kernel]).key).toBe('/home/gridsan');
  });

  it('a package of time zone data ships no shared library (dusty-nv/jetson-containers#261)', () => {
    const log = 'ImportError: libcublas.so.10: cannot open shared object file: No such file or directory';
    const tzdata = hostChange('packages', 'tzdata', installed('2022a-0ubuntu0.18.04', 'dpkg'), installed('2023c-0ubuntu0.18.04', 'dpkg'));
    const ranked = rankDifferences([...DECOYS, tzdata], { log: parseBuildLog(log) });
    expect(ranked.find((r) => r.key === 'tzdata')?.reasons.some((r) => r.source === 'log')).toBe(false);
  });

  it("macOS's per-user TMPDIR under another random name is not where a native library failed to run (adobe/S3Mock#313)", () => {
    const log = [
      '[ERROR] : could not get native definition for type `POINTER`, original error message follows: java.lang.UnsatisfiedLinkError: Unable to execute or load jffi binary stub from `/var/folders/c8/wddjl72s5vsbz4jzf_3m_w000000gn/T/`. Set `TMPDIR` or Java property `java.io.tmpdir` to a read/write path that is not mounted "noexec".',
      '[ERROR] /Users/u/S3Mock/jffi833879770895826780.dylib: dlopen(/Users/u/S3Mock/jffi833879770895826780.dylib, 0x0001): tried: (mach-o file, but is an incompatible architecture (have (x86_64), need (arm64e)))',
    ].join('\n');
    const tmpdir = hostChange(
      'env',
      'TMPDIR',
      '/var/folders/0h/r2k1m7x52tq3_8vbxn4mwhx80000gn/T/',
      '/var/folders/c8/wddjl72s5vsbz4jzf_3m_w000000gn/T/',
    );
    if (isVolatile('env', 'TMPDIR', tmpdir.a, tmpdir.b)) tmpdir.detail = { volatile: true };
    expect(first(hostChange('kernel', 'machine', 'x86_64', 'arm64'), log, [tmpdir]).key).toBe('machine');
  });

  it("nvcc without cl.exe on PATH is a shell without Visual Studio's environment, not nvcc's patch (Kwaai-AI-Lab/KwaaiNet#63)", () => {
    const log = [
      '=== WITHOUT vcvars ===',
      "nvcc fatal   : Cannot find compiler 'cl.exe' in PATH",
      'error: failed to run custom build command',
    ].join('\n');
    const vcvars = hostRemoved(
      'env',
      'VCToolsInstallDir',
      'C:\\Program Files (x86)\\Microsoft Visual Studio\\2022\\BuildTools\\VC\\Tools\\MSVC\\14.40.33807\\',
    );
    expect(first(vcvars, log, [toolChange('nvcc', '12.4.131', '12.4.99')]).key).toBe('VCToolsInstallDir');
  });

  it("PowerShell's execution policy refusing a tool's .ps1 shim, the line cut at the console's width (Vendicated/Vencord#30)", () => {
    const log = [
      'PS C:\\Users\\u\\Vencord> pnpm install --frozen-lockfile',
      'pnpm : File C:\\Users\\u\\AppData\\Roaming\\npm\\pnpm.ps1 cannot be loaded because running scripts is disabled on this sy',
      'stem. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.',
    ].join('\n');
    const policy = hostChange('custom', 'powershell -NoProfile -Command Get-ExecutionPolicy', 'RemoteSigned', 'Restricted');
    expect(first(policy, log, [toolChange('pnpm', '7.12.2', '7.13.0')]).key).toBe(policy.key);
  });
  it("an error line giving B's user id by number, and none A's, is the user the step ran as (ni/nilrt#191)", () => {
    const log = [
      "useradd: user 'root' already exists",
      'Traceback (most recent call last):',
      "subprocess.CalledProcessError: Command '['useradd', '--non-unique', '--uid', '0', '--gid', '0', '--home', '/root', 'root']' returned non-zero exit status 9.",
    ].join('\n');
    const uid = hostChange('security', 'uid', 1000, 0);
    expect(first(uid, log, [hostChange('env', 'HOME', '/home/lab', '/root')]).key).toBe('uid');
  });

  it('a test\'s expectation of the message "Permission denied" is no denial: the message came out in French (ostreedev/ostree#558)', () => {
    const log = [
      'not ok 12 - error message',
      '# error: Cannot write to repository: Permission non accordée',
      "File 'error-message' doesn't match regexp 'Permission denied'",
    ].join('\n');
    const lang = hostChange('locale', 'LANG', 'C', 'fr_CH.UTF-8');
    expect(first(lang, log, [hostChange('security', 'uid', 1111, 2222)]).key).toBe('LANG');
  });

  it('a Git LFS pointer read as data is the checkout a captured `git lfs ls-files` shows, not a git-lfs minor (cloudrift-ai/emmy#658)', () => {
    const log = [
      '$ git show origin/main:freezes/sm120.yaml',
      'version https://git-lfs.github.com/spec/v1',
      'oid sha256:4d7a2146',
      "TypeError: string indices must be integers, not 'str'",
    ].join('\n');
    const lfs = hostChange('custom', 'git lfs ls-files', '1d861c5d28 * freezes/sm120.yaml', '1d861c5d28 - freezes/sm120.yaml');
    expect(first(lfs, log, [toolChange('git-lfs', '3.6.1', '3.7.0')]).key).toBe('git lfs ls-files');
  });

  it("SQL Server's platform layer stopping on a data directory bind-mounted over CIFS (microsoft/mssql-docker#441)", () => {
    const log = [
      'SQL Server 2017 will run as non-root by default.',
      'This program has encountered a fatal error and cannot continue running at Mon Jul  1 14:12:46 2019',
      'The following diagnostic information is available:',
    ].join('\n');
    const mount: Difference = {
      scope: 'container:mssql',
      facet: 'mounts',
      key: '/var/opt/mssql',
      kind: 'changed',
      a: 'ext4 rw,relatime',
      b: 'cifs rw,relatime,vers=3.02,sec=ntlmssp,cache=strict',
    };
    const image: Difference = {
      scope: 'host',
      facet: 'images',
      key: 'mcr.microsoft.com/mssql/server:2017-latest',
      kind: 'changed',
      a: { id: 'sha256:88c7', digests: ['mcr.microsoft.com/mssql/server@sha256:d481'], architecture: 'amd64', os: 'linux' },
      b: { id: 'sha256:03a6', digests: ['mcr.microsoft.com/mssql/server@sha256:b6a1'], architecture: 'amd64', os: 'linux' },
      detail: { fields: ['id', 'digests'] },
    };
    expect(first(mount, log, [image]).key).toBe('/var/opt/mssql');
  });

  it("openSUSE's tz database package is called timezone (pganssle/zoneinfo#114)", () => {
    const log = [
      '=================================== FAILURES ===================================',
      "_ ZoneInfoTest.test_unambiguous (dt=datetime.datetime(1889, 12, 30, 0, 0), key='America/Santiago') _",
      'FAILED tests/test_zoneinfo.py::ZoneInfoTest::test_unambiguous - AssertionError',
    ].join('\n');
    const timezone = hostChange('packages', 'timezone', installed('2021e-1.1', 'rpm'), installed('2022a-1.1', 'rpm'));
    const hypothesis = hostChange('packages', 'python38-hypothesis', installed('6.36.1-1.2', 'rpm'), installed('6.39.3-1.1', 'rpm'));
    expect(first(timezone, log, [hypothesis]).key).toBe('timezone');
  });

  it('the machine a tool describes in passing names no kernel: Gradle\'s "(Linux 6.12.63+deb13-amd64 amd64)" (juanro49/autu-mandu#21)', () => {
    const log = [
      '* What went wrong:',
      "A problem occurred configuring root project 'autu-mandu'.",
      '> Cannot find a Java installation on your machine (Linux 6.12.63+deb13-amd64 amd64) matching: {languageVersion=21, vendor=Eclipse Temurin}.',
    ].join('\n');
    const temurin = hostRemoved('packages', 'temurin-21-jdk', installed('21.0.7.0.0+6-0', 'dpkg'));
    expect(first(temurin, log, [hostChange('kernel', 'release', '6.8.0-60-generic', '6.12.63+deb13-amd64')]).key).toBe('temurin-21-jdk');
  });
  it("bubblewrap finding no user namespaces on WSL1's kernel (ocaml/opam#3747)", () => {
    const log = [
      '[ERROR] The compilation of ocaml-base-compiler failed at "/home/u/.opam/opam-init/hooks/sandbox.sh build ./configure".',
      '# context     2.0.3 | linux/x86_64 |  | https://opam.ocaml.org#dc8e74d5',
      '# bwrap: Creating new namespace failed, likely because the kernel does not support user namespaces.  bwrap must be installed setuid on such systems.',
    ].join('\n');
    const kernel = hostChange('kernel', 'release', '4.15.0-45-generic', '4.4.0-17763-Microsoft');
    expect(first(kernel, log, [toolChange('opam', '2.0.2', '2.0.3')]).key).toBe('release');
  });

  it('make refusing its job count points at the variable the build passes to -j (nodejs/node-gyp#511)', () => {
    const log = [
      '> node-gyp rebuild',
      '',
      "make: the `-j' option requires a positive integral argument",
      'Usage: make [options] [target] ...',
    ].join('\n');
    expect(
      first(hostAdded('env', 'JOBS', '0'), log, [toolChange('make', '3.81', '4.0'), toolChange('node', '0.10.31', '0.10.32')]).key,
    ).toBe('JOBS');
  });

  it("Testcontainers' Ryuk failing to start where B points the client at another Docker socket (testcontainers/testcontainers-java#5034)", () => {
    const log = [
      'java.lang.IllegalStateException: Ryuk failed to start',
      '        at org.testcontainers.utility.ResourceReaper.start(ResourceReaper.java:156)',
      '        at org.testcontainers.DockerClientFactory.client(DockerClientFactory.java:219)',
    ].join('\n');
    const override = hostAdded('env', 'TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE', '/Users/user/.colima/docker.sock');
    expect(first(override, log, [hostChange('docker', 'mem_total', 8375238656, 2040111104)]).key).toBe(override.key);
  });

  it('the same tz release rebuilt changes no zone rules (python-exiv2: a 2039 date on a 32-bit machine)', () => {
    const log = [
      '[  282s] ======================================================================',
      '[  282s] ERROR: test_DateValue (test_value.TestValueModule.test_DateValue) (date=datetime.date(2039, 1, 1))',
      '[  282s] OverflowError: mktime argument out of range',
    ].join('\n');
    const tz = hostChange('packages', 'timezone', installed('2025b-2.1', 'rpm'), installed('2025b-3.1', 'rpm'));
    expect(first(hostChange('kernel', 'machine', 'x86_64', 'i686'), log, [tz]).key).toBe('machine');
  });
  it("terminfo's functions are ncurses': a musl loader missing set_curterm is ncurses gone, not musl (redneb/ghc-alt-libc#7)", () => {
    const log = [
      'Error relocating /opt/ghc/lib/ghc-8.8.1/bin/ghc-pkg: set_curterm: symbol not found',
      'make[1]: *** [ghc.mk:993: install_packages] Error 127',
    ].join('\n');
    const ncurses: Difference = {
      scope: 'host',
      facet: 'packages',
      key: 'ncurses-libs',
      kind: 'removed',
      a: installed('6.1_p20190518-r0', 'apk'),
    };
    const musl = hostChange('packages', 'musl', installed('1.1.22-r2', 'apk'), installed('1.1.22-r3', 'apk'));
    expect(first(ncurses, log, [musl]).key).toBe('ncurses-libs');
  });

  it("a library's class whose method no longer matches the call is the library's, not the compiler's (rspatial/terra#2109)", () => {
    const log = [
      'g++ -std=gnu++17 -I/usr/include/gdal -fpic -c gdal_multidimensional.cpp -o gdal_multidimensional.o',
      'gdal_multidimensional.cpp: In member function ‘bool SpatRaster::readStartMulti(unsigned int)’:',
      'gdal_multidimensional.cpp:1090:49: error: no matching function for call to ‘GDALMDArray::AsClassicDataset(long unsigned int&, long unsigned int&)’',
    ].join('\n');
    const gdal = hostChange('packages', 'libgdal-dev', installed('3.8.4+dfsg-3ubuntu3', 'dpkg'), installed('3.4.1+dfsg-1build4', 'dpkg'));
    expect(first(gdal, log, [toolChange('gcc', '13.3.0', '11.4.0')]).key).toBe('libgdal-dev');
  });
  it('newuidmap refused under rootless podman points at podman standing in for docker, not at another uid (bazelbuild/rules_docker#2251)', () => {
    const log = [
      'time="2023-04-27T05:57:26-04:00" level=warning msg="\\"/\\" is not a shared mount, this could cause issues or missing mounts with rootless containers"',
      'time="2023-04-27T05:57:26-04:00" level=error msg="running `/usr/bin/newuidmap 21 0 1000 1 1 100000 65536`: newuidmap: write to uid_map failed: Operation not permitted\\n"',
      'time="2023-04-27T05:57:26-04:00" level=error msg="invalid internal status, try resetting the pause process with \\"/usr/bin/podman system migrate\\": cannot set up namespace using \\"/usr/bin/newuidmap\\": exit status 1"',
    ].join('\n');
    const podman = hostAdded('packages', 'podman-docker', installed('4.4.1-8.el9', 'rpm'));
    expect(first(podman, log, [hostChange('security', 'uid', 1001, 1000)]).key).toBe('podman-docker');
  });

  it('glibc asserting in loadlocale.c is a locale archive another glibc wrote (commaai/eon-neos-builder#57)', () => {
    const log = [
      'Lex: aidl <= frameworks/base/tools/aidl/aidl_language_l.l',
      "flex-2.5.39: loadlocale.c:130: _nl_intern_locale_data: Assertion `cnt < (sizeof (_nl_value_type_LC_TIME) / sizeof (_nl_value_type_LC_TIME[0]))' failed.",
      'make: *** [build/core/binary.mk:670: out/host/linux-x86/obj/EXECUTABLES/aidl_intermediates/aidl_language_l.cpp] Aborted (core dumped)',
    ].join('\n');
    const locales = hostChange('packages', 'locales', installed('2.23-0ubuntu11.3', 'dpkg'), installed('2.31-0ubuntu9.7', 'dpkg'));
    expect(first(hostChange('libc', 'version', '2.23', '2.31'), log, [hostChange('os', 'version_id', '16.04', '20.04')]).key).toBe(
      'version',
    );
    expect(first(locales, log, [hostChange('os', 'version_id', '16.04', '20.04')]).key).toBe('locales');
  });
});
