/**
 * The facets real failures hinge on: sysctl, network, the clock offset. Parsers
 * over real raw text (test/fixtures/raw/README.md says where each came from).
 */
import { describe, expect, it } from 'vitest';
import { clockSkewSeconds, dateHeader, httpDateMs, SKEW_UNAVAILABLE, urlOrigin } from '../../src/parse/clock.js';
import { parseMounts } from '../../src/parse/mounts.js';
import { parseNetwork } from '../../src/parse/network.js';
import { parseResources } from '../../src/parse/resources.js';
import { parseSysctl, sysctlName, sysctlValue } from '../../src/parse/sysctl.js';
import { parseTime } from '../../src/parse/time.js';
import { cases, raw } from './fixtures.js';

describe('sysctl', () => {
  it.each(cases('sysctl'))('%s: one key per /proc/sys file read, by its sysctl name, numbers as numbers', (name) => {
    const text = raw('sysctl', name);
    const files = [...text.matchAll(/^@file \/proc\/sys\/(.+)$/gm)].map((m) => m[1]!.replaceAll('/', '.'));
    const facet = parseSysctl(text);
    expect(Object.keys(facet).sort()).toEqual(files.sort());
    // This machine's values (Debian kernel defaults here; no Ubuntu/Yama knobs).
    expect(facet).toMatchObject({
      'vm.max_map_count': 65530,
      'fs.inotify.max_user_watches': 192530,
      'fs.inotify.max_user_instances': 128,
      'fs.file-max': 2466116,
      'fs.nr_open': 1048576,
      'kernel.pid_max': 32768,
      'net.core.somaxconn': 4096,
      'net.ipv4.ip_forward': 1,
      'vm.overcommit_memory': 0,
      'kernel.randomize_va_space': 2,
      'kernel.perf_event_paranoid': 2,
    });
    expect(facet['user.max_user_namespaces']).toBeGreaterThan(0);
    expect(facet['kernel.unprivileged_userns_clone']).toBeUndefined();
  });

  it('names, numbers and text values', () => {
    expect(sysctlName('/proc/sys/kernel/apparmor_restrict_unprivileged_userns')).toBe('kernel.apparmor_restrict_unprivileged_userns');
    expect(sysctlName('/etc/sysctl.conf')).toBeUndefined();
    expect(sysctlValue('1\n')).toBe(1);
    expect(sysctlValue('-1\n')).toBe(-1);
    expect(sysctlValue('4\t4\t1\t7\n')).toBe('4 4 1 7');
    expect(sysctlValue('\n')).toBeUndefined();
    expect(parseSysctl('@file /proc/sys/kernel/unprivileged_userns_clone\n 0\n@missing /proc/sys/kernel/yama/ptrace_scope\n')).toEqual({
      'kernel.unprivileged_userns_clone': 0,
    });
  });
});

describe('network', () => {
  it.each(cases('network'))('%s: every interface MTU, the default route interface', (name) => {
    const text = raw('network', name);
    const facet = parseNetwork(text);
    const ifaces = [...text.matchAll(/^@file \/sys\/class\/net\/([^/]+)\/mtu$/gm)].map((m) => m[1]!);
    // A container was running while these were captured: its host-side veth is read, not kept.
    expect(ifaces.some((i) => i.startsWith('veth'))).toBe(true);
    const kept = ifaces.filter((i) => !/^(?:veth|br-[0-9a-f]{12}$)/.test(i)).map((i) => `mtu:${i}`);
    expect(
      Object.keys(facet)
        .filter((k) => k.startsWith('mtu:'))
        .sort(),
    ).toEqual(kept.sort());
    expect(facet['mtu:lo']).toBe(65536);
    expect(facet['mtu:eth0']).toBe(1400);
    expect(facet.default_iface).toBe('eth0');
  });

  it('IPv6 only: the default route, not the reject route on lo; container links left out', () => {
    // This machine's /proc/net/ipv6_route default lines (eth0 via a gateway; lo rejects).
    const facet = parseNetwork(
      '@file /sys/class/net/eth0/mtu\n 1280\n@file /sys/class/net/veth3f2a9c1/mtu\n 1500\n@file /sys/class/net/br-0123456789ab/mtu\n 1500\n' +
        '@file /proc/net/route\n' +
        '@file /proc/net/ipv6_route\n' +
        ' 00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n' +
        ' 00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0\n',
    );
    expect(facet).toEqual({ 'mtu:eth0': 1280, default_iface: 'eth0' });
  });

  it('the lowest-metric IPv4 default route wins; a route that is not up does not count', () => {
    const facet = parseNetwork(
      '@file /proc/net/route\n' +
        ' wlan0\t00000000\t0100A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n' +
        ' eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n' +
        ' tun0\t00000000\t00000000\t0000\t0\t0\t0\t00000000\t0\t0\t0\n',
    );
    expect(facet).toEqual({ default_iface: 'eth0' });
  });
});

describe('time: clock offset', () => {
  it.each([
    ['debian-host', 'curl'],
    ['busybox-rootfs', 'busybox wget'],
  ])('%s (%s against a loopback mirror 300 s ahead): skew_s 300', (name) => {
    const facet = parseTime(raw('time', name));
    expect(facet.skew_s).toBe(300);
    expect(facet.skew_ref).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(facet.skew_unavailable).toBeUndefined();
  });

  it('debian-rootfs (minbase: no curl, no wget): no skew_s, the reason instead', () => {
    const facet = parseTime(raw('time', 'debian-rootfs'));
    expect(facet.skew_s).toBeUndefined();
    expect(facet.skew_unavailable).toBe(SKEW_UNAVAILABLE.noClient);
    expect(facet.skew_ref).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('no Date in the answer, no mirror, or not asked: never a guess', () => {
    const asked =
      '@var clock\n asked\n@var clock_url\n https://u:p@mirror.example.net/debian\n@var clock_start\n 1700000000\n@var clock_end\n 1700000002\n';
    expect(parseTime(`${asked}@cmd curl HEAD\n`)).toEqual({
      skew_unavailable: SKEW_UNAVAILABLE.noAnswer,
      skew_ref: 'https://mirror.example.net',
    });
    expect(parseTime(`${asked}@cmd curl HEAD\n HTTP/1.1 200 OK\n date: Tue, 14 Nov 2023 22:13:21 GMT\n`)).toEqual({
      skew_s: 0,
      skew_ref: 'https://mirror.example.net',
    });
    expect(parseTime('@var clock\n no-mirror\n')).toEqual({ skew_unavailable: SKEW_UNAVAILABLE.noMirror });
    expect(parseTime('@var clock\n off\n')).toEqual({ skew_unavailable: SKEW_UNAVAILABLE.off });
    expect(parseTime('@cmd date +%z\n +0000\n')).toEqual({ utc_offset: '+0000', utc: true });
  });

  it.each([
    // [server Date, local start, local end, resolution, expected]
    ['Tue, 14 Nov 2023 22:13:20 GMT', 1_700_000_000_000, 1_700_000_000_000, 1000, 0],
    ['Tue, 14 Nov 2023 22:13:20 GMT', 1_700_000_000_200, 1_700_000_000_400, 0, 0],
    // The runner's clock is 5 minutes late: apt's "Release file ... is not valid yet".
    ['Tue, 14 Nov 2023 22:18:20 GMT', 1_700_000_000_000, 1_700_000_002_000, 1000, 299],
    ['Tue, 14 Nov 2023 22:08:20 GMT', 1_700_000_000_000, 1_700_000_000_000, 1000, -300],
  ])('skew of %s at [%d, %d]', (date, start, end, resolution, expected) => {
    expect(clockSkewSeconds(httpDateMs(date)!, start, end, resolution)).toBe(expected);
  });

  it('reads HTTP dates and Date headers strictly', () => {
    expect(httpDateMs('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(httpDateMs('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(httpDateMs('yesterday')).toBeUndefined();
    expect(httpDateMs('Sun, 99 Nov 1994 08:49:37 GMT')).toBeUndefined();
    expect(dateHeader('HTTP/1.1 301 Moved\nDATE: Sun, 06 Nov 1994 08:49:37 GMT\nDate: later\n')).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(urlOrigin('http://user:secret@mirror.example.net:8080/debian/')).toBe('http://mirror.example.net:8080');
    expect(urlOrigin('file:///srv/mirror')).toBeUndefined();
  });
});

describe('mounts', () => {
  it('this machine: / and the stacked /dev/shm (the top mount counts); paths without their own mount absent', () => {
    expect(parseMounts(raw('mounts', 'debian-host'))).toEqual({
      '/': 'ext4 rw',
      '/dev/shm': 'tmpfs rw',
      '/var/lib/docker': 'ext4 rw',
    });
  });

  it("a container: Docker's own /dev/shm is noexec, nosuid, nodev", () => {
    const facet = parseMounts(raw('mounts', 'debian-container'));
    expect(facet['/']).toBe('overlay rw');
    expect(facet['/dev/shm']).toBe('tmpfs rw,noexec,nosuid,nodev');
    expect(facet['/tmp']).toBeUndefined();
  });

  it('a read-only container with a noexec /tmp (docker run --read-only --tmpfs /tmp:noexec)', () => {
    expect(parseMounts(raw('mounts', 'debian-container-noexec-ro'))).toEqual({
      '/': 'overlay ro',
      '/tmp': 'tmpfs rw,noexec,nosuid,nodev',
      '/dev/shm': 'tmpfs rw,noexec,nosuid,nodev',
    });
  });

  it('octal escapes in mount points; a table that is not mountinfo gives nothing', () => {
    expect(parseMounts('@file /proc/self/mountinfo\n 30 1 0:2 / /home/a\\040b rw - ext4 x rw\n 31 1 0:3 / / ro - ext4 y rw\n')).toEqual({
      '/': 'ext4 ro',
    });
    expect(parseMounts('@file /etc/fstab\n 1 2 3 / / rw - ext4 x rw\n')).toEqual({});
  });
});

describe('resources limits', () => {
  it('a container with --pids-limit 100 --shm-size 32m --ulimit nproc=512', () => {
    expect(parseResources(raw('resources', 'debian-container-limits'))).toMatchObject({
      pids_max: 100,
      shm_size: 32 * 1024 * 1024,
      'disk_free:/dev/shm': 32 * 1024 * 1024,
      ulimit_nproc: 512,
      ulimit_nofile: 20000,
      'inodes_free:/': 16_007_535,
    });
    expect(Object.keys(parseResources(raw('resources', 'debian-container-limits'))).filter((k) => k.startsWith('inodes_free:'))).toEqual([
      'inodes_free:/',
      'inodes_free:/tmp',
    ]);
  });

  it("a shell under ulimit -s 16384 -v 30000000 -f 65536: the kernel's table, in bytes", () => {
    expect(parseResources(raw('resources', 'debian-host-ulimits'))).toMatchObject({
      ulimit_stack: 16 * 1024 * 1024,
      ulimit_as: 30_000_000 * 1024,
      ulimit_fsize: 65536 * 1024,
      ulimit_memlock: 8 * 1024 * 1024,
      ulimit_cpu: 'unlimited',
      ulimit_nproc: 96362,
    });
  });

  it('a shell under ulimit -d 22369280: the data-segment limit in bytes, an unlimited address space as text', () => {
    expect(parseResources(raw('resources', 'debian-host-data-limit'))).toMatchObject({
      ulimit_data: 22_369_280 * 1024,
      ulimit_as: 'unlimited',
      ulimit_stack: 8 * 1024 * 1024,
    });
  });

  it('no pids limit ("max") and an unlimited process count', () => {
    const facet = parseResources(
      '@file /sys/fs/cgroup/pids.max\n max\n@file /proc/self/limits\n Max processes             unlimited            unlimited            processes \n',
    );
    expect(facet).toEqual({ ulimit_nproc: 'unlimited' });
  });
});
