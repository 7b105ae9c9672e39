/** Small in-memory fingerprints for diff tests. */
import type { Facet, FacetId, Fingerprint, ProbeRecord, Scope } from '../../src/fingerprint/types.js';

export function scope(
  facets: Partial<Record<FacetId, Facet>>,
  probes: Partial<Record<FacetId, ProbeRecord>> = {},
  kind: Scope['kind'] = 'host',
): Scope {
  const records: Partial<Record<FacetId, ProbeRecord>> = {};
  for (const f of Object.keys(facets) as FacetId[]) records[f] = { status: 'ok', durationMs: 1 };
  return { kind, facets, probes: { ...records, ...probes } };
}

export function fingerprint(scopes: Record<string, Scope>, hostname = 'h'): Fingerprint {
  return {
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0.1.0' },
    capturedAt: '2026-01-01T00:00:00Z',
    hostname,
    scopes,
  };
}
