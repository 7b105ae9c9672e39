/**
 * Parsers over real raw text (test/fixtures/raw/README.md says where each came
 * from). Exact values where they matter; counts derived from the fixture itself.
 */
import { describe, expect, it } from 'vitest';
import { FILE_SOURCES, PARSERS, PROBE_FACETS } from '../../src/parse/index.js';
import { parseBinfmt } from '../../src/parse/binfmt.js';
import { parseCpu } from '../../src/parse/cpu.js';
import { parseKernel } from '../../src/parse/kernel.js';
import { parseLibc } from '../../src/parse/libc.js';
import { parseLibraries } from '../../src/parse/libraries.js';
import { parseLocale } from '../../src/parse/locale.js';
import { parseMirrors } from '../../src/parse/mirrors.js';
import { parseOs } from '../../src/parse/os.js';
import { parsePackages } from '../../src/parse/packages.js';
import { parseResources } from '../../src/parse/resources.js';
import { parseSecurity } from '../../src/parse/security.js';
import { parseTime } from '../../src/parse/time.js';
import { parseToolchains } from '../../src/parse/toolchains.js';
import { cases, raw } from './fixtures.js';

describe('registry', () => {
  it('has a parser and a probe script for every probe facet, and file sources only for probe facets', () => {
    for (const facet of PROBE_FACETS) expect(PARSERS[facet], facet).toBeTypeOf('function');
    for (const facet of Object.keys(FILE_SOURCES)) expect(PROBE_FACETS).toContain(facet);
  });

  it('parses every fixture without throwing and yields only facet value shapes', () => {
    for (const facet of PROBE_FACETS) {
      for (const name of cases(facet)) {
        const facetValue = PARSERS[facet]!(raw(facet, name), { scope: 'host' });
        for (const [key, value] of Object.entries(facetValue)) {
          const ok =
            ['string', 'number', 'boolean'].includes(typeof value) ||
            (Array.isArray(value) && value.every((v) => typeof v === 'string')) ||
            (typeof value === 'object' && value !== null);
          expect(ok, `${facet}/${name}: ${key}`).toBe(true);
        }
      }
    }
  });
});

describe('os', () => {
  it.each([
    ['debian-host', '12.11'],
    ['debian-rootfs', '12.15'],
    ['debian-rootfs-files', '12.15'],
  ])('%s', (name, debianVersion) => {
    expect(parseOs(raw('os', name))).toEqual({
      id: 'debian',
      version_id: '12',
      pretty_name: 'Debian GNU/Linux 12 (bookworm)',
      version_codename: 'bookworm',
      name: 'Debian GNU/Linux',
      debian_version: debianVersion,
      'host.name': 'vm',
    });
  });
});

describe('kernel', () => {
  it.each(['debian-host', 'debian-rootfs', 'busybox-rootfs'])('%s', (name) => {
    expect(parseKernel(raw('kernel', name))).toEqual({
      release: '6.18.44-fc-v669',
      version: '#1 SMP PREEMPT_DYNAMIC @0',
      machine: 'x86_64',
      cgroup: 'v1',
      seccomp: 'disabled',
      userns: 'enabled',
      userns_max: 96365,
    });
  });

  it('debian-host-pagesize: the page size getconf reports, in bytes', () => {
    expect(parseKernel(raw('kernel', 'debian-host-pagesize'))).toMatchObject({ machine: 'x86_64', page_size: 4096 });
    expect(parseKernel('@cmd getconf PAGESIZE\n \n')).toEqual({});
  });
});

describe('libc', () => {
  it.each([
    ['debian-host', 'glibc', '2.36'],
    ['debian-rootfs', 'glibc', '2.36'],
    ['debian-rootfs-files', 'glibc', '2.36'],
    ['alpine-3.14', 'musl', '1.2.2'],
  ])('%s', (name, family, version) => {
    expect(parseLibc(raw('libc', name))).toEqual({ family, version });
  });
});

describe('binfmt', () => {
  it('lists every entry of the host, qemu-aarch64 with flags, magic and mask', () => {
    const text = raw('binfmt', 'debian-host');
    const entries = (text.match(/^@file \/proc\/sys\/fs\/binfmt_misc\/(?!status$).+$/gm) ?? []).length;
    const facet = parseBinfmt(text);
    expect(facet.status).toBe('enabled');
    expect(Object.keys(facet)).toHaveLength(entries + 1);
    expect(facet['qemu-aarch64']).toEqual({
      enabled: true,
      interpreter: '/usr/libexec/qemu-binfmt/aarch64-binfmt-P',
      flags: 'PF',
      offset: 0,
      magic: '7f454c460201010000000000000000000200b700',
      mask: 'ffffffffffffff00fffffffffffffffffeffffff',
    });
    expect(facet.jar).toEqual({ enabled: true, interpreter: '/usr/bin/jexec', flags: '', offset: 0, magic: '504b0304', mask: '' });
  });

  it.each(['debian-rootfs', 'busybox-rootfs'])('%s (binfmt_misc not mounted) is absent', (name) => {
    expect(parseBinfmt(raw('binfmt', name))).toEqual({ status: 'absent' });
  });
});

describe('packages', () => {
  it.each([
    ['debian-host', 767],
    ['debian-rootfs', 88],
  ])('%s: one key per dpkg entry, libc6 exact', (name, count) => {
    const text = raw('packages', name);
    expect((text.match(/^ Package: /gm) ?? []).length).toBe(count);
    const facet = parsePackages(text);
    expect(Object.keys(facet)).toHaveLength(count);
    expect(facet.libc6).toEqual({ version: '2.36-9+deb12u14', status: 'install ok installed', manager: 'dpkg', arch: 'amd64' });
  });

  it('reads the same packages from the whole status file (shell-less capture) as from the probe', () => {
    expect(parsePackages(raw('packages', 'debian-rootfs-files'))).toEqual(parsePackages(raw('packages', 'debian-rootfs')));
  });

  it('reads an Alpine installed db', () => {
    const facet = parsePackages(raw('packages', 'alpine-3.14'));
    expect(Object.keys(facet)).toHaveLength(26);
    expect(facet.musl).toEqual({ version: '1.2.2-r3', status: 'installed', manager: 'apk', arch: 'armv7' });
    expect(facet['libstdc++']).toEqual({ version: '10.3.1_git20210424-r2', status: 'installed', manager: 'apk', arch: 'armv7' });
  });

  it('keys name:arch only for a name installed for several architectures; skips purged entries', () => {
    const status = [
      'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9',
      'Package: libc6\nStatus: install ok installed\nArchitecture: i386\nVersion: 2.36-9',
      'Package: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1:1.2.13',
      'Package: old\nStatus: purge ok not-installed\nArchitecture: amd64',
    ].join('\n\n');
    const facet = parsePackages(`@file /var/lib/dpkg/status\n${status.replace(/^/gm, ' ')}\n`);
    expect(Object.keys(facet).sort()).toEqual(['libc6:amd64', 'libc6:i386', 'zlib1g']);
  });

  it('reads rpm -qa lines', () => {
    const facet = parsePackages(
      '@cmd rpm -qa\n glibc\t(none):2.34-60.el9\tx86_64\n bash\t(none):5.1.8-6.el9\tx86_64\n gpg-pubkey\t(none):350d275d-6279464a\t(none)\n',
    );
    expect(facet.glibc).toEqual({ version: '2.34-60.el9', status: 'installed', manager: 'rpm', arch: 'x86_64' });
    expect(Object.keys(facet)).toHaveLength(3);
  });
});

describe('libraries', () => {
  it('debian-host: every ldconfig -p soname, libc.so.6 at the cache path, uncached files added', () => {
    const text = raw('libraries', 'debian-host');
    const facet = parseLibraries(text);
    expect(facet['libc.so.6']).toEqual(['/lib/x86_64-linux-gnu/libc.so.6']);
    for (const m of text.matchAll(/^ \t(\S+) \(.*\) => (.+)$/gm)) expect(facet[m[1]!], m[1]).toContain(m[2]);
    // /usr/lib64 is not in Debian's cache: its loader link is still listed.
    expect(facet['ld-linux-x86-64.so.2']).toEqual(['/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', '/usr/lib64/ld-linux-x86-64.so.2']);
    expect(facet['ld.so.conf']).toEqual([
      '/usr/lib/x86_64-linux-gnu/libfakeroot',
      '/usr/local/lib',
      '/usr/local/lib/x86_64-linux-gnu',
      '/lib/x86_64-linux-gnu',
      '/usr/lib/x86_64-linux-gnu',
      '/usr/local/cuda-13.0/lib',
    ]);
  });

  it('debian-rootfs: merged-/usr paths fold onto the cache entries', () => {
    const facet = parseLibraries(raw('libraries', 'debian-rootfs'));
    expect(facet['libc.so.6']).toEqual(['/lib/x86_64-linux-gnu/libc.so.6']);
    expect(facet['ld.so.conf']).toEqual([
      '/usr/local/lib',
      '/usr/local/lib/x86_64-linux-gnu',
      '/lib/x86_64-linux-gnu',
      '/usr/lib/x86_64-linux-gnu',
    ]);
    const files = parseLibraries(raw('libraries', 'debian-rootfs-files'));
    expect(files['libc.so.6']).toEqual(['/lib/x86_64-linux-gnu/libc.so.6']);
    expect(files['ld.so.conf']).toEqual(facet['ld.so.conf']);
  });

  it('rocky-9 lib64 without a cache: libraries found in /usr/lib64, real files behind soname links folded', () => {
    const facet = parseLibraries(raw('libraries', 'rocky-9-lib64'));
    expect(facet['libc.so.6']).toEqual(['/usr/lib64/libc.so.6']);
    expect(facet['libgcrypt.so.20']).toEqual(['/usr/lib64/libgcrypt.so.20']);
    expect(facet['libgcrypt.so.20.4.0']).toBeUndefined();
    expect(facet['libeconf.so.0.4.1']).toBeUndefined();
    expect(facet['libbfd-2.35.2-24.el9.so']).toEqual(['/usr/lib64/libbfd-2.35.2-24.el9.so']);
  });

  it('alpine: musl loader and sonames from /lib and /usr/lib', () => {
    const facet = parseLibraries(raw('libraries', 'alpine-3.14'));
    expect(facet['libc.musl-armv7.so.1']).toEqual(['/lib/libc.musl-armv7.so.1']);
    expect(facet['libz.so.1']).toEqual(['/lib/libz.so.1']);
    expect(facet['libz.so.1.2.11']).toBeUndefined();
    expect(facet['libcrypto.so.1.1']).toEqual(['/lib/libcrypto.so.1.1', '/usr/lib/libcrypto.so.1.1']);
    expect(facet['libboost_log.so.1.75.0']).toEqual(['/usr/lib/libboost_log.so.1.75.0']);
  });

  it('a library moved from /usr/lib to /usr/lib64 keeps its key and changes its path (Longhorn)', () => {
    const before = parseLibraries('@dir /\n lib\n@dir /usr/lib\n libfuse3.so.3\n libfuse3.so.3.10.5\n');
    const after = parseLibraries('@dir /\n lib\n lib64\n@dir /usr/lib64\n libfuse3.so.3\n libfuse3.so.3.10.5\n');
    expect(before['libfuse3.so.3']).toEqual(['/usr/lib/libfuse3.so.3']);
    expect(after['libfuse3.so.3']).toEqual(['/usr/lib64/libfuse3.so.3']);
  });

  it('follows ld.so.conf includes in place, sorted, relative to the including file', () => {
    const facet = parseLibraries(
      '@file /etc/ld.so.conf\n /opt/first\n include ld.so.conf.d/*.conf\n /opt/last\n' +
        '@file /etc/ld.so.conf.d/b.conf\n # comment\n /opt/b\n@file /etc/ld.so.conf.d/a.conf\n /opt/a\n@env LD_LIBRARY_PATH\n /x:/y\n',
    );
    expect(facet['ld.so.conf']).toEqual(['/opt/first', '/opt/a', '/opt/b', '/opt/last']);
    expect(facet.LD_LIBRARY_PATH).toEqual(['/x', '/y']);
  });
});

describe('mirrors', () => {
  it('debian-host: deb822 sources, env registries resolved via /etc/hosts, proxies redacted', () => {
    const facet = parseMirrors(raw('mirrors', 'debian-host'));
    expect(facet['http://debmirror.example.net/debian']).toEqual({
      host: 'debmirror.example.net',
      addresses: [],
      source: '/etc/apt/sources.list.d/debian.sources',
    });
    expect(facet['http://debmirror.example.net/debian-security']).toEqual({
      host: 'debmirror.example.net',
      addresses: [],
      source: '/etc/apt/sources.list.d/debian.sources',
    });
    expect(facet['https://localhost/goproxy']).toEqual({ host: 'localhost', addresses: ['127.0.0.1'], source: 'env:GOPROXY' });
    const npm = Object.keys(facet).find((k) => k.endsWith('@localhost:4873/'));
    expect(npm).toMatch(/^https:\/\/redacted:sha256:[0-9a-f]{12}@localhost:4873\/$/);
    expect(facet[npm!]).toEqual({ host: 'localhost', addresses: ['127.0.0.1'], source: 'env:npm_config_registry' });
    expect(facet['proxy.http']).toMatch(/^http:\/\/redacted:sha256:[0-9a-f]{12}@proxy\.corp\.example:3128$/);
    expect(facet['proxy.https']).toBe(facet['proxy.http']);
    expect(facet['proxy.no']).toBe('localhost,127.0.0.1,.corp.example');
    expect(facet['resolv.nameservers']).toEqual(['127.0.0.1']);
    expect(facet['hosts.vm']).toBe('127.0.0.1');
    expect(JSON.stringify(facet)).not.toMatch(/pr0xy-pass|npm-registry-pass|pypi-pass-123/);
  });

  it('debian-rootfs: one-line sources.list, from the probe and from files', () => {
    const expected = { host: 'debmirror.example.net', addresses: [], source: '/etc/apt/sources.list' };
    expect(parseMirrors(raw('mirrors', 'debian-rootfs'))['http://debmirror.example.net/debian']).toEqual(expected);
    expect(parseMirrors(raw('mirrors', 'debian-rootfs-files'))['http://debmirror.example.net/debian']).toEqual(expected);
  });

  it('reads apk, npmrc (auth redacted), yarn, pip, go sources and lookups of getent and busybox nslookup', () => {
    const facet = parseMirrors(
      '@file /etc/apk/repositories\n https://dl-cdn.alpinelinux.org/alpine/v3.19/main\n @edge https://dl-cdn.alpinelinux.org/alpine/edge/testing\n #http://old/\n' +
        '@file /root/.npmrc\n registry=https://npm.corp.example/\n //npm.corp.example/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n' +
        '@file /root/.yarnrc.yml\n npmRegistryServer: "https://yarn.corp.example"\n' +
        '@file /etc/pip.conf\n [global]\n index-url = https://u:p@pypi.corp.example/simple\n extra-index-url =\n     https://extra.example/simple\n' +
        '@file /root/.config/go/env\n GOPROXY=https://goproxy.example,direct\n' +
        '@cmd getent ahosts dl-cdn.alpinelinux.org\n 151.101.2.132   STREAM dl-cdn.alpinelinux.org\n 151.101.2.132   DGRAM  \n 2a04:4e42::644   STREAM \n' +
        '@cmd nslookup npm.corp.example\n Server:\t\t127.0.0.1\n Address:\t127.0.0.1:53\n \n Name:\tnpm.corp.example\n Address: 10.1.2.3\n',
    );
    expect(facet['https://dl-cdn.alpinelinux.org/alpine/v3.19/main']).toEqual({
      host: 'dl-cdn.alpinelinux.org',
      addresses: ['151.101.2.132', '2a04:4e42::644'],
      source: '/etc/apk/repositories',
    });
    expect(facet['https://dl-cdn.alpinelinux.org/alpine/edge/testing']).toBeDefined();
    expect(facet['https://npm.corp.example/']).toEqual({ host: 'npm.corp.example', addresses: ['10.1.2.3'], source: '/root/.npmrc' });
    expect(facet['npm.auth://npm.corp.example/:_authToken']).toMatch(/^redacted:sha256:[0-9a-f]{12}$/);
    expect(facet['https://yarn.corp.example']).toBeDefined();
    expect(Object.keys(facet).filter((k) => k.includes('pypi.corp.example'))[0]).toMatch(
      /^https:\/\/redacted:sha256:[0-9a-f]{12}@pypi\.corp\.example\/simple$/,
    );
    expect(facet['https://extra.example/simple']).toBeDefined();
    expect(facet['https://goproxy.example']).toBeDefined();
    expect(JSON.stringify(facet)).not.toContain('npm_abcdefghijklmnopqrstuvwxyz0123456789');
  });
});

describe('toolchains', () => {
  it('debian-host: bare versions of the tools present, java/javac from the JDK release file, mvn from its jar name', () => {
    expect(parseToolchains(raw('toolchains', 'debian-host'))).toEqual({
      gcc: '12.2.0',
      'g++': '12.2.0',
      cc: '12.2.0',
      make: '4.3',
      cmake: '3.25.1',
      git: '2.39.5',
      busybox: '1.35.0',
      docker: '28.2.2',
      'qemu-aarch64-static': '7.2.22',
      node: '20.20.2',
      npm: '11.19.1',
      corepack: '0.34.6',
      python3: '3.11.2',
      // Debian's python3-pip ships dist-info; its setuptools and wheel egg-info.
      pip: '23.0.1',
      setuptools: '66.1.1',
      wheel: '0.38.4',
      java: '17.0.15',
      javac: '17.0.15',
      mvn: '3.8.7',
    });
  });

  it('debian-host-devtools: rustup toolchain and a pyenv python3 with its own pip/setuptools', () => {
    expect(parseToolchains(raw('toolchains', 'debian-host-devtools'))).toMatchObject({
      rustc: '1.95.0',
      cargo: '1.95.0',
      rustup: '1.29.0',
      'rustup.toolchain': 'stable-x86_64-unknown-linux-gnu',
      python3: '3.11.7',
      pip: '23.2.1',
      setuptools: '65.5.0',
    });
    expect(parseToolchains(raw('toolchains', 'debian-host-devtools')).wheel).toBeUndefined();
  });

  it.each([
    ['go', 'go version go1.22.5 linux/amd64', '1.22.5'],
    ['clang', 'Debian clang version 14.0.6\nTarget: x86_64-pc-linux-gnu', '14.0.6'],
    ['rustc', 'rustc 1.95.0 (59807616e 2026-04-14)', '1.95.0'],
    ['buildx', 'github.com/docker/buildx 0.10.4+ds1 0.10.4+ds1-1', '0.10.4'],
    // The outputs below are these tools' own, as their documentation and issue reports show them.
    ['qemu-aarch64-static', 'qemu-aarch64 version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)', '7.2.22'],
    ['ruby', 'ruby 3.1.2p20 (2022-04-12 revision 4491bb740a) [x86_64-linux-gnu]', '3.1.2'],
    ['bundler', 'Bundler version 2.3.7', '2.3.7'],
    ['gem', '3.3.15', '3.3.15'],
    ['php', 'PHP 8.2.7 (cli) (built: Jun  9 2023 19:37:27) (NTS)\nCopyright (c) The PHP Group', '8.2.7'],
    ['composer', 'Composer version 2.5.5 2023-03-21 11:50:05\nPHP version 8.2.7 (/usr/bin/php)', '2.5.5'],
    ['mvn', '\x1b[1mApache Maven 3.8.7\x1b[m\nMaven home: /usr/share/maven', '3.8.7'],
    ['gradle', '\n------------------------------------------------------------\nGradle 8.5', '8.5'],
    ['dotnet', '8.0.100', '8.0.100'],
    ['javac', 'javac 17.0.15', '17.0.15'],
    ['pnpm', '8.15.4', '8.15.4'],
  ])('%s', (tool, output, version) => {
    expect(parseToolchains(`@cmd ${tool}\n${output.replace(/^/gm, ' ')}\n`)).toEqual({ [tool]: version });
  });

  it('ignores docker without the buildx plugin', () => {
    expect(parseToolchains('@cmd buildx\n docker: unknown command: docker buildx\n')).toEqual({});
  });

  it('reads versions from install files: Go VERSION, node package.json by name, .NET sdk dirs, Gradle and Maven jars', () => {
    const facet = parseToolchains(
      '@file /usr/local/go/VERSION\n go1.21.3\n' +
        '@file /usr/lib/node_modules/pnpm/package.json\n   "name": "pnpm",\n   "version": "8.15.4",\n' +
        '@file /usr/lib/node_modules/yarn/package.json\n   "name": "yarn",\n   "version": "1.22.19",\n' +
        '@dir /usr/share/dotnet/sdk\n 6.0.420\n 8.0.100\n 8.0.204\n 10.0.100-preview.1\n' +
        '@dir /opt/gradle/lib\n gradle-launcher-8.5.jar\n' +
        '@dir /opt/maven/lib\n maven-core-3.9.6.jar\n',
    );
    expect(facet).toEqual({ go: '1.21.3', pnpm: '8.15.4', yarn: '1.22.19', dotnet: '10.0.100-preview.1', gradle: '8.5', mvn: '3.9.6' });
  });

  it('takes the first of pip/setuptools/wheel the interpreter would import, and no other package', () => {
    const facet = parseToolchains(
      '@file /venv/lib/python3.12/site-packages/pip-24.0.dist-info/METADATA\n Name: pip\n Version: 24.0\n' +
        '@file /usr/lib/python3/dist-packages/pip-23.0.1.dist-info/METADATA\n Name: pip\n Version: 23.0.1\n' +
        '@file /usr/lib/python3/dist-packages/setuptools_scm-7.1.0.dist-info/METADATA\n Name: setuptools-scm\n Version: 7.1.0\n',
    );
    expect(facet).toEqual({ pip: '24.0' });
  });

  it('keeps a lone JDK release file as java (raw text from before javac was read)', () => {
    expect(parseToolchains('@file /usr/lib/jvm/x/release\n JAVA_VERSION="21.0.2"\n')).toEqual({ java: '21.0.2' });
  });
});

describe('cpu, resources, time, locale, security', () => {
  it('cpu', () => {
    const facet = parseCpu(raw('cpu', 'debian-host'));
    expect(facet).toMatchObject({ arch: 'x86_64', model: 'AMD EPYC', vendor: 'AuthenticAMD', cores: 2 });
    expect(facet.flags).toContain('avx2');
    expect(facet.flags).toContain('sse4_2');
  });

  it('resources', () => {
    const facet = parseResources(raw('resources', 'debian-host'));
    expect(facet.mem_total).toBe(24684084 * 1024);
    expect(facet.ulimit_nofile).toBe(20000);
    for (const path of ['/', '/tmp', '/var/lib/docker']) expect(facet[`disk_free:${path}`]).toBeGreaterThan(0);
  });

  it.each(['debian-host', 'debian-rootfs', 'debian-rootfs-files'])('time %s', (name) => {
    expect(parseTime(raw('time', name)).timezone).toBe('Etc/UTC');
  });

  it('time offset', () => {
    expect(parseTime(raw('time', 'debian-host'))).toMatchObject({ timezone: 'Etc/UTC', utc_offset: '+0000', utc: true });
    expect(parseTime('@env TZ\n :Europe/Berlin\n@cmd date +%z\n +0200\n')).toEqual({
      timezone: 'Europe/Berlin',
      utc_offset: '+0200',
      utc: false,
    });
  });

  it('locale', () => {
    expect(parseLocale(raw('locale', 'debian-host'))).toEqual({ LANG: 'C.UTF-8', charmap: 'UTF-8', available: ['C', 'C.utf8', 'POSIX'] });
    expect(parseLocale(raw('locale', 'debian-rootfs-files'))).toEqual({ available: ['C.utf8'] });
  });

  it.each(['debian-host', 'debian-rootfs', 'busybox-rootfs'])('security %s', (name) => {
    expect(parseSecurity(raw('security', name))).toEqual({
      uid: 0,
      gid: 0,
      umask: '0022',
      no_new_privs: false,
      seccomp: 'disabled',
      cap_eff: '000001fffeffffff',
      selinux: 'disabled',
      apparmor: 'disabled',
    });
  });

  it('security in a confined container', () => {
    const facet = parseSecurity(
      '@file /proc/self/status\n Uid:\t1000\t1000\t1000\t1000\n Gid:\t1000\t1000\t1000\t1000\n NoNewPrivs:\t1\n Seccomp:\t2\n@var umask\n 2\n' +
        '@file /sys/module/apparmor/parameters/enabled\n Y\n@file /proc/self/attr/current\n docker-default (enforce)\n@file /sys/fs/selinux/enforce\n 1\n',
    );
    expect(facet).toMatchObject({
      uid: 1000,
      gid: 1000,
      umask: '0002',
      no_new_privs: true,
      seccomp: 'filter',
      selinux: 'enforcing',
      apparmor: 'enabled',
      apparmor_profile: 'docker-default (enforce)',
    });
  });
});
