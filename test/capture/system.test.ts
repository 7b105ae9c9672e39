/**
 * systeminformation (host API) and the sh probes (what runs inside containers)
 * must agree on the portable keys, or a host-vs-container comparison would show
 * differences that are only artefacts of how the facts were read.
 */
import { machine } from 'node:os';
import si from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { HostRunner } from '../../src/capture/host-runner.js';
import { probeSelection } from '../../src/capture/probes.js';
import { runProbes } from '../../src/capture/scope.js';
import { captureResourceFacts, mergeHostFacet, resourcesFacetFromSi } from '../../src/capture/system.js';

describe('systeminformation vs the cpu/resources probes on this host', () => {
  it('agree on arch, cores, flags and mem_total', async () => {
    const [resources, cpu, probes] = await Promise.all([
      captureResourceFacts(),
      si.cpu(),
      runProbes(new HostRunner(), probeSelection({ only: ['cpu', 'resources'] }), { timeoutMs: 5_000 }),
    ]);
    expect(probes.probes.cpu?.status).toBe('ok');
    expect(probes.probes.resources?.status).toBe('ok');
    expect(probes.facets.cpu?.['arch']).toBe(machine());
    expect(probes.facets.cpu?.['cores']).toBe(cpu.cores);
    expect(new Set(probes.facets.cpu?.['flags'] as string[])).toEqual(new Set(cpu.flags.split(/\s+/).filter(Boolean)));
    expect(probes.facets.resources?.['mem_total']).toBe(resources['mem_total']);
    expect(typeof resources['swap_total']).toBe('number');
    expect((resources['filesystems'] as Record<string, string>)['/']).toMatch(/^[a-z0-9]+$/);
  });
});

describe('the resources facet from systeminformation results', () => {
  it('memory, swap and filesystem types by mount, without container mounts', () => {
    expect(
      resourcesFacetFromSi({ total: 25276502016, swaptotal: 0 }, [
        { fs: '/dev/vda', type: 'ext4', mount: '/' },
        { fs: 'tmpfs', type: 'tmpfs', mount: '/tmp' },
        { fs: 'overlay', type: 'overlay', mount: '/var/lib/docker/overlay2/98471ca4c6f9/merged' },
        { fs: 'shm', type: 'tmpfs', mount: '/run/docker/netns/x' },
      ]),
    ).toEqual({ mem_total: 25276502016, swap_total: 0, filesystems: { '/': 'ext4', '/tmp': 'tmpfs' } });
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
