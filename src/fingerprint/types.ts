/**
 * The fingerprint: one JSON document describing one or more build environments
 * (scopes), each as a map of facets. Facets are flat `key -> value` maps so that
 * diffing, rendering and scenario tests stay generic; meaning lives in facet rules
 * (src/diff/rules) and ranking priors (src/rank).
 */

export const FINGERPRINT_SCHEMA = 'envdiff.fingerprint/v1' as const;

/** A JSON value as stored in a facet. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A facet value: string, number, boolean, string[] or a small object (design.md). */
export type FacetValue = string | number | boolean | string[] | { [key: string]: JsonValue };

export type Facet = Record<string, FacetValue>;

/** Facet ids known to envdiff. Custom probes all land in `custom`. */
export const FACET_IDS = [
  'os',
  'kernel',
  'sysctl',
  'libc',
  'binfmt',
  'mirrors',
  'network',
  'mounts',
  'packages',
  'libraries',
  'toolchains',
  'cpu',
  'resources',
  'time',
  'locale',
  'security',
  'docker',
  'images',
  'env',
  'custom',
] as const;

export type FacetId = (typeof FACET_IDS)[number];

/** `skipped`: the facet was not selected (--only/--skip), so its keys are unknown, not absent. */
export type ProbeStatus = 'ok' | 'unavailable' | 'error' | 'timeout' | 'skipped';

/**
 * How a facet was obtained. Every facet records this so that "not captured" is
 * never confused with "absent".
 */
export interface ProbeRecord {
  status: ProbeStatus;
  /** Wall time of the probe in milliseconds. */
  durationMs: number;
  /** Why the status is not `ok` (or a note, e.g. which parts came from files only). */
  reason?: string;
  /** `exec`: probe script ran in the scope; `files`: read from the filesystem only
   *  (shell-less images); `api`: the Docker Engine API or the host's /proc. */
  source?: 'exec' | 'files' | 'api';
}

export type ScopeKind = 'host' | 'image' | 'container';

export interface Scope {
  kind: ScopeKind;
  /** Image ref or container name for non-host scopes. */
  ref?: string;
  facets: Partial<Record<FacetId, Facet>>;
  probes: Partial<Record<FacetId, ProbeRecord>>;
}

export interface Fingerprint {
  schema: typeof FINGERPRINT_SCHEMA;
  tool: { name: 'envdiff'; version: string };
  /** ISO 8601 UTC. */
  capturedAt: string;
  hostname: string;
  label?: string;
  /** `host`, `image:<ref>`, `container:<name>`. */
  scopes: Record<string, Scope>;
}
