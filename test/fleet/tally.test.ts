/** The running tally: absent vs not captured, late keys, volatile facts, scope pairing by image. */
import { describe, expect, it } from 'vitest';
import type { FacetValue, Fingerprint, Scope } from '../../src/fingerprint/types.js';
import { FleetTally, valueKey } from '../../src/fleet/tally.js';
import type { FleetMember } from '../../src/fleet/types.js';

function fp(scopes: Record<string, Scope>): Fingerprint {
  return {
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0' },
    capturedAt: '2026-12-02T00:00:00Z',
    hostname: 'h',
    scopes,
  };
}

function host(facets: Scope['facets'], probes: Scope['probes'] = {}): Scope {
  const ok = Object.fromEntries(Object.keys(facets).map((f) => [f, { status: 'ok', durationMs: 1 }]));
  return { kind: 'host', facets, probes: { ...ok, ...probes } };
}

const member = (label: string, status: FleetMember['status'] = 'unknown'): FleetMember => ({ label, status, source: label });

function fact(tally: FleetTally, scope: string, facet: string, key: string) {
  return tally.facts().find((f) => f.scope === scope && f.facet === facet && f.key === key);
}

describe('FleetTally', () => {
  it('counts a key missing from a captured facet as absent, also when the key is first seen late', () => {
    const tally = new FleetTally();
    tally.add(fp({ host: host({ binfmt: {} }) }), member('r1', 'fail'));
    tally.add(fp({ host: host({ binfmt: { 'qemu-aarch64': { enabled: true } } }) }), member('r2', 'pass'));
    tally.add(fp({ host: host({ binfmt: { 'qemu-aarch64': { enabled: true } } }) }), member('r3', 'pass'));
    tally.add(fp({ host: host({ binfmt: {} }) }), member('r4', 'pass'));
    const f = fact(tally, 'host', 'binfmt', 'qemu-aarch64')!;
    expect(f.captured).toBe(4);
    const absent = [...f.groups.values()].find((g) => g.value === undefined)!;
    expect({ count: absent.count, failing: absent.failing, passing: absent.passing, members: absent.members }).toEqual({
      count: 2,
      failing: 1,
      passing: 1,
      members: [0, 3],
    });
  });

  it('leaves members whose facet was not captured out of that fact', () => {
    const tally = new FleetTally();
    tally.add(fp({ host: host({ kernel: { release: '6.8.0-1015' } }) }), member('r1'));
    tally.add(fp({ host: host({ kernel: {} }, { kernel: { status: 'timeout', durationMs: 10000 } }) }), member('r2'));
    tally.add(fp({ host: host({ os: { id: 'debian' } }) }), member('r3'));
    const f = fact(tally, 'host', 'kernel', 'release')!;
    expect(f.captured).toBe(1);
    expect([...f.groups.values()].map((g) => g.count)).toEqual([1]);
  });

  it('sets aside facts that are volatile whatever their values, and keeps numbers for robust statistics', () => {
    const tally = new FleetTally();
    tally.add(fp({ host: host({ env: { HOSTNAME: 'a', GITHUB_RUN_ID: '1' }, resources: { 'disk_free:/': 5 } }) }), member('r1'));
    tally.add(fp({ host: host({ env: { HOSTNAME: 'b', GITHUB_RUN_ID: '2' }, resources: { 'disk_free:/': 7 } }) }), member('r2'));
    expect(fact(tally, 'host', 'env', 'HOSTNAME')).toBeUndefined();
    expect(fact(tally, 'host', 'env', 'GITHUB_RUN_ID')).toBeUndefined();
    expect(tally.volatileFacts).toBe(2);
    expect(fact(tally, 'host', 'resources', 'disk_free:/')!.numbers).toEqual([
      [0, 5],
      [1, 7],
    ]);
  });

  it('pairs container scopes across hosts by their image, not their random names', () => {
    const container = (name: string): Scope => ({
      kind: 'container',
      ref: name,
      facets: { images: { 'debian:12': { id: 'sha256:1' } }, os: { id: 'debian' } },
      probes: { images: { status: 'ok', durationMs: 1 }, os: { status: 'ok', durationMs: 1 } },
    });
    const tally = new FleetTally();
    tally.add(fp({ 'container:keen_thompson': container('keen_thompson') }), member('r1'));
    tally.add(fp({ 'container:agitated_haibt': container('agitated_haibt') }), member('r2'));
    expect(fact(tally, 'container of debian:12', 'os', 'id')!.captured).toBe(2);
  });

  it('counts a facet handed over as the previous member’s very object as it counts an equal copy', () => {
    const a: Record<string, FacetValue> = { release: '6.8', 'disk_free:/': 5, flags: ['x', 'y'] };
    const b: Record<string, FacetValue> = { release: '6.9', 'disk_free:/': 5 };
    const order = [a, a, b, b, b, a, a];
    const shared = new FleetTally();
    const copied = new FleetTally();
    order.forEach((values, i) => {
      const status = i % 3 === 0 ? 'fail' : 'pass';
      shared.add(fp({ host: host({ kernel: values }) }), member(`r${i}`, status));
      copied.add(fp({ host: host({ kernel: structuredClone(values) }) }), member(`r${i}`, status));
    });
    expect(shared.facts()).toEqual(copied.facts());
    const flags = fact(shared, 'host', 'kernel', 'flags')!;
    expect([...flags.groups.values()].map((g) => [g.value, g.count, g.failing, g.members])).toEqual([
      [['x', 'y'], 4, 2, [0, 1, 5, 6]],
      [undefined, 3, 1, [2, 3, 4]],
    ]);
    expect(fact(shared, 'host', 'kernel', 'disk_free:/')!.numbers).toHaveLength(7);
  });

  it('keys values so that sets compare as sets and objects by their fields', () => {
    expect(valueKey(['b', 'a'])).toBe(valueKey(['a', 'b']));
    expect(valueKey({ x: 1, y: { b: 2, a: 1 } })).toBe(valueKey({ y: { a: 1, b: 2 }, x: 1 }));
    expect(valueKey('1')).not.toBe(valueKey(1));
  });
});
