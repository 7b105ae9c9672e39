import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { FACET_IDS } from '../../src/fingerprint/types.js';
import { customProbeSpecs, facetProbeSpecs, loadProbeBody, probeSelection, selectFacets } from '../../src/capture/probes.js';
import { PROBE_FACETS } from '../../src/parse/index.js';

describe('selectFacets', () => {
  it.each([
    [{}, [...FACET_IDS]],
    [{ only: ['kernel', 'os'] }, ['os', 'kernel']],
    [{ skip: ['packages', 'env'] }, FACET_IDS.filter((f) => f !== 'packages' && f !== 'env')],
    [{ only: ['kernel', 'os'], skip: ['os'] }, ['kernel']],
  ])('%j -> %j', (selection, expected) => {
    expect([...selectFacets(selection)].sort()).toEqual([...expected].sort());
  });

  it.each([
    [{ only: ['kernal'] }, /unknown facet "kernal" in --only; valid facets: os, kernel, sysctl, libc, .*custom$/],
    [{ skip: ['os', 'pkgs', 'x'] }, /unknown facets "pkgs", "x" in --skip; valid facets: /],
    [{ only: [] }, /--only needs at least one facet/],
  ])('%j is a UsageError', (selection, message) => {
    expect(() => selectFacets(selection)).toThrow(UsageError);
    expect(() => selectFacets(selection)).toThrow(message);
  });
});

describe('probeSelection', () => {
  it('keeps custom only when there are custom probes', () => {
    expect(probeSelection({}).facets.has('custom')).toBe(false);
    const withProbes = probeSelection({ probes: { k: 'echo 1' } });
    expect(withProbes.facets.has('custom')).toBe(true);
    expect(withProbes.custom).toEqual({ k: 'echo 1' });
  });
  it('drops custom probes when custom is not selected', () => {
    expect(probeSelection({ only: ['os'], probes: { k: 'echo 1' } }).custom).toEqual({});
    expect(probeSelection({ skip: ['custom'], probes: { k: 'echo 1' } }).custom).toEqual({});
  });
});

describe('probe specs', () => {
  it('ships one probe script per shell facet', async () => {
    const specs = facetProbeSpecs(PROBE_FACETS, 1_000);
    expect(specs.map((s) => s.id)).toEqual(PROBE_FACETS);
    for (const spec of specs) expect(spec.body.length).toBeGreaterThan(20);
  });
  it('names a missing probe in a UsageError', async () => {
    expect(() => loadProbeBody('os', '/nonexistent/probes')).toThrow(/the os probe is missing \(\/nonexistent\/probes\/os\.sh: ENOENT\)/);
  });
  it('gives custom probes section ids and maps them back to their names', () => {
    const { specs, names } = customProbeSpecs(
      { 'kubectl get systembackups -A -o name': 'kubectl get systembackups -A -o name', sb: 'echo 2' },
      500,
    );
    expect(specs).toEqual([
      { id: 'custom.1', body: 'kubectl get systembackups -A -o name', budgetMs: 500 },
      { id: 'custom.2', body: 'echo 2', budgetMs: 500 },
    ]);
    expect([...names]).toEqual([
      ['custom.1', 'kubectl get systembackups -A -o name'],
      ['custom.2', 'sb'],
    ]);
  });
});
