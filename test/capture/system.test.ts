/**
 * The host's /proc reads, systeminformation (an independent reader) and the sh
 * probes (what runs inside containers) must agree on the portable keys, or a
 * host-vs-container comparison would show differences that are only artefacts of
 * how the facts were read.
 */
import { machine } from 'node:os';
import si from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { HostRunner } from '../../src/capture/host-runner.js';
import { probeSelection } from '../../src/capture/probes.js';
import { runProbes } from '../../src/capture/scope.js';
import { captureResourceFacts, mergeHostFacet, resourcesFacetFromProc } from '../../src/capture/system.js';

describe('/proc, systeminformation and the cpu/resources probes on this host', () => {
  it('agree on arch, cores, flags, mem_total, swap and filesystem types', async () => {
    const [resources, cpu, mem, fsSize, probes] = await Promise.all([
      captureResourceFacts(),
      si.cpu(),
      si.mem(),
      si.fsSize(),
      runProbes(new HostRunner(), probeSelection({ only: ['cpu', 'resources'] }), { timeoutMs: 5_000 }),
    ]);
    expect(probes.probes.cpu?.status).toBe('ok');
    expect(probes.probes.resources?.status).toBe('ok');
    expect(probes.facets.cpu?.['arch']).toBe(machine());
    expect(probes.facets.cpu?.['cores']).toBe(cpu.cores);
    expect(new Set(probes.facets.cpu?.['flags'] as string[])).toEqual(new Set(cpu.flags.split(/\s+/).filter(Boolean)));
    expect(probes.facets.resources?.['mem_total']).toBe(resources['mem_total']);
    expect(resources['mem_total']).toBe(mem.total);
    expect(resources['swap_total']).toBe(mem.swaptotal);
    const filesystems = resources['filesystems'] as Record<string, string>;
    expect(filesystems['/']).toMatch(/^[a-z0-9]+$/);
    for (const f of fsSize)
      if (f.mount && !/^\/(var\/lib\/(docker|containers)|run)\//.test(f.mount)) expect(filesystems[f.mount], f.mount).toBe(f.type);
  });
});

describe('the resources facet from /proc text', () => {
  it('memory, swap and filesystem types by mount, without container mounts or kernel interfaces', () => {
    const meminfo = 'MemTotal:       24684084 kB\nMemFree:         1000 kB\nSwapTotal:             0 kB\n';
    const mounts = [
      '/dev/vda / ext4 rw,relatime 0 0',
      'proc /proc proc rw,nosuid 0 0',
      'tmpfs /tmp tmpfs rw 0 0',
      'cgroup2 /sys/fs/cgroup cgroup2 rw 0 0',
      'overlay /var/lib/docker/overlay2/98471ca4c6f9/merged overlay rw 0 0',
      'shm /run/docker/netns/x tmpfs rw 0 0',
      '/dev/vdb /mnt/build\\040cache xfs rw 0 0',
    ].join('\n');
    expect(resourcesFacetFromProc(meminfo, mounts)).toEqual({
      mem_total: 24684084 * 1024,
      swap_total: 0,
      filesystems: { '/': 'ext4', '/tmp': 'tmpfs', '/mnt/build cache': 'xfs' },
    });
  });

  it('the probe wins on shared keys; the API fills in the rest', () => {
    expect(mergeHostFacet({ mem_total: 1, ulimit_nofile: 1024 }, { mem_total: 2, swap_total: 0 })).toEqual({
      mem_total: 1,
      ulimit_nofile: 1024,
      swap_total: 0,
    });
    expect(mergeHostFacet(undefined, { mem_total: 2 })).toEqual({ mem_total: 2 });
  });
});
