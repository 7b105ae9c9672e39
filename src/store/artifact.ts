/**
 * Fingerprint <-> OCI artifact, pure. What changes every run is kept apart from
 * what does not, so that consecutive runs share almost all their bytes:
 * - the envelope (one small blob a run): schema, tool, capture time, host name,
 *   scopes' kinds and probe records, and the volatile facts (run ids, free disk,
 *   uptime: the keys src/diff/volatile.ts names) taken out of the facets;
 * - per scope, its large facets (packages, libraries) one blob each, and its small
 *   facets together in one blob. The volatile keys stay in place with a `null`
 *   placeholder (never a facet value), so these blobs are the same bytes run after
 *   run — content-addressed, stored once — and key order survives the round trip.
 * A manifest then carries a handful of descriptors, not one per facet: with facets
 * deduplicated, descriptors were most of what a run added to a store.
 * Runs recorded before (envelope v1: one layer per facet, no volatile part) still read.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { VOLATILE_FACTS } from '../diff/index.js';
import { parseFingerprint, MAX_FINGERPRINT_BYTES } from '../fingerprint/io.js';
import type { Facet, FacetValue, Fingerprint, ProbeRecord, ScopeKind } from '../fingerprint/types.js';
import {
  ANNOTATION,
  ARTIFACT_TYPE,
  EMPTY_DESCRIPTOR,
  ENVELOPE_MEDIA_TYPE,
  ENVELOPE_V1_MEDIA_TYPE,
  FACET_MEDIA_TYPE,
  FACETS_MEDIA_TYPE,
  MANIFEST_MEDIA_TYPE,
  type Descriptor,
  type Manifest,
  sha256Digest,
} from './oci.js';
import { StoreError } from './errors.js';

export type RunStatus = 'pass' | 'fail' | 'unknown';

/** What a run is, beside its fingerprint: recorded as manifest annotations. */
export interface RunMeta {
  job: string;
  run: string;
  status: RunStatus;
  /** ISO 8601 UTC. */
  created: string;
  version: string;
  commit?: string;
  branch?: string;
  runner?: string;
  runnerImage?: string;
  /** Which CI system the run was detected in (github, gitlab, ...). */
  ci?: string;
}

interface Envelope {
  schema: string;
  tool: Fingerprint['tool'];
  capturedAt: string;
  hostname: string;
  label?: string;
  scopes: Record<
    string,
    {
      kind: ScopeKind;
      ref?: string;
      probes: Record<string, ProbeRecord | undefined>;
      /** Facet id -> index into the manifest's layers: a facet layer, or the scope's small-facets layer. */
      facets: Record<string, number>;
      /** Facet id -> the volatile keys' values (their places in the facet blobs hold `null`). */
      volatile?: Record<string, Facet>;
    }
  >;
}

/** A facet as stored in a blob: volatile values replaced by `null`. */
type StoredFacet = Record<string, FacetValue | null>;

/** Facets with more JSON than this get a layer of their own; the rest of a scope's share one. */
const OWN_LAYER_BYTES = 8 * 1024;

/** Per facet, the key patterns of its volatile facts (whatever the values: free disk always moves). */
const VOLATILE_KEYS = new Map<string, RegExp[]>();
for (const fact of VOLATILE_FACTS) VOLATILE_KEYS.set(fact.facet, [...(VOLATILE_KEYS.get(fact.facet) ?? []), fact.key]);

/** The facet with its volatile values taken out (left as `null` in place), and those values. */
function splitVolatile(facet: string, value: Facet): { stable: StoredFacet; moved?: Facet } {
  const patterns = [...(VOLATILE_KEYS.get(facet) ?? []), ...(VOLATILE_KEYS.get('*') ?? [])];
  if (patterns.length === 0) return { stable: value };
  let stable: StoredFacet | undefined;
  let moved: Facet | undefined;
  for (const [key, v] of Object.entries(value)) {
    if (!patterns.some((p) => p.test(key))) continue;
    stable ??= { ...value };
    moved ??= {};
    stable[key] = null;
    moved[key] = v;
  }
  return stable && moved ? { stable, moved } : { stable: value };
}

/** Put the volatile values back in their places. */
function restoreVolatile(stored: StoredFacet, moved: Facet | undefined): StoredFacet {
  if (!moved) return stored;
  // fromEntries defines own properties: a key named `__proto__` stays a key.
  return Object.fromEntries(Object.entries(stored).map(([key, v]) => [key, v === null && Object.hasOwn(moved, key) ? moved[key]! : v]));
}

export interface PackedRun {
  manifest: Manifest;
  manifestBytes: Buffer;
  digest: string;
  /** Every blob the manifest references (config and layers), by digest. */
  blobs: Map<string, Buffer>;
}

function gzip(json: string): Buffer {
  // gzip with mtime 0: the same facet always gives the same bytes, so the same digest.
  // The default level: 9 takes twice as long on a packages facet for ~3 % fewer bytes,
  // and only the few blobs a run changes are stored at all.
  return gzipSync(json);
}

export function packRun(fingerprint: Fingerprint, meta: RunMeta, subject?: Descriptor): PackedRun {
  const blobs = new Map<string, Buffer>();
  const layers: Descriptor[] = [];
  const add = (mediaType: string, bytes: Buffer): number => {
    const digest = sha256Digest(bytes);
    blobs.set(digest, bytes);
    layers.push({ mediaType, digest, size: bytes.length });
    return layers.length - 1;
  };
  const envelope: Envelope = {
    schema: fingerprint.schema,
    tool: fingerprint.tool,
    capturedAt: fingerprint.capturedAt,
    hostname: fingerprint.hostname,
    ...(fingerprint.label !== undefined ? { label: fingerprint.label } : {}),
    scopes: {},
  };
  // Layer 0 is the envelope; reserve its place, fill it once the facets are numbered.
  layers.push(EMPTY_DESCRIPTOR);
  for (const [name, scope] of Object.entries(fingerprint.scopes)) {
    const facets: Record<string, number> = {};
    const small: Record<string, StoredFacet> = {};
    const volatile: Record<string, Facet> = {};
    for (const [facet, value] of Object.entries(scope.facets)) {
      if (value === undefined) continue;
      const { stable, moved } = splitVolatile(facet, value);
      if (moved) volatile[facet] = moved;
      const json = JSON.stringify(stable);
      if (json.length > OWN_LAYER_BYTES) {
        facets[facet] = add(FACET_MEDIA_TYPE, gzip(json));
      } else {
        small[facet] = stable;
        facets[facet] = -1; // keeps the facet's place in the order; set below
      }
    }
    if (Object.keys(small).length > 0) {
      const at = add(FACETS_MEDIA_TYPE, gzip(JSON.stringify(small)));
      for (const facet of Object.keys(small)) facets[facet] = at;
    }
    envelope.scopes[name] = {
      kind: scope.kind,
      ...(scope.ref !== undefined ? { ref: scope.ref } : {}),
      probes: scope.probes,
      facets,
      ...(Object.keys(volatile).length > 0 ? { volatile } : {}),
    };
  }
  const envelopeBytes = gzip(JSON.stringify(envelope));
  const envelopeDigest = sha256Digest(envelopeBytes);
  blobs.set(envelopeDigest, envelopeBytes);
  layers[0] = { mediaType: ENVELOPE_MEDIA_TYPE, digest: envelopeDigest, size: envelopeBytes.length };
  blobs.set(EMPTY_DESCRIPTOR.digest, Buffer.from('{}'));
  return buildManifest(layers, blobs, runAnnotations(meta), subject);
}

/** The same run with other annotations (a status marked later): same blobs, new manifest. */
export function reannotate(manifest: Manifest, meta: RunMeta): { manifestBytes: Buffer; digest: string; manifest: Manifest } {
  const { blobs: _unused, ...rest } = buildManifest(manifest.layers, new Map(), runAnnotations(meta), manifest.subject);
  return rest;
}

function buildManifest(
  layers: Descriptor[],
  blobs: Map<string, Buffer>,
  annotations: Record<string, string>,
  subject?: Descriptor,
): PackedRun {
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: MANIFEST_MEDIA_TYPE,
    artifactType: ARTIFACT_TYPE,
    config: EMPTY_DESCRIPTOR,
    layers,
    ...(subject ? { subject } : {}),
    annotations,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  return { manifest, manifestBytes, digest: sha256Digest(manifestBytes), blobs };
}

function runAnnotations(meta: RunMeta): Record<string, string> {
  const a: Record<string, string> = {
    [ANNOTATION.created]: meta.created,
    [ANNOTATION.job]: meta.job,
    [ANNOTATION.run]: meta.run,
    [ANNOTATION.status]: meta.status,
    [ANNOTATION.version]: meta.version,
  };
  if (meta.commit) a[ANNOTATION.revision] = meta.commit;
  if (meta.branch) a[ANNOTATION.branch] = meta.branch;
  if (meta.runner) a[ANNOTATION.runner] = meta.runner;
  if (meta.runnerImage) a[ANNOTATION.runnerImage] = meta.runnerImage;
  if (meta.ci) a[ANNOTATION.ci] = meta.ci;
  return a;
}

export function metaFromAnnotations(annotations: Record<string, string> | undefined): RunMeta | undefined {
  const a = annotations ?? {};
  const job = a[ANNOTATION.job];
  const run = a[ANNOTATION.run];
  if (job === undefined || run === undefined) return undefined;
  const status = a[ANNOTATION.status];
  return {
    job,
    run,
    status: status === 'pass' || status === 'fail' ? status : 'unknown',
    created: a[ANNOTATION.created] ?? '',
    version: a[ANNOTATION.version] ?? '',
    ...(a[ANNOTATION.revision] ? { commit: a[ANNOTATION.revision] } : {}),
    ...(a[ANNOTATION.branch] ? { branch: a[ANNOTATION.branch] } : {}),
    ...(a[ANNOTATION.runner] ? { runner: a[ANNOTATION.runner] } : {}),
    ...(a[ANNOTATION.runnerImage] ? { runnerImage: a[ANNOTATION.runnerImage] } : {}),
    ...(a[ANNOTATION.ci] ? { ci: a[ANNOTATION.ci] } : {}),
  };
}

/** Parse manifest bytes and check that they are an envdiff fingerprint. */
export function parseRunManifest(bytes: Buffer, where: string): Manifest {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new StoreError(`${where} is not an OCI manifest (not JSON)`);
  }
  const m = doc as Partial<Manifest> & { artifactType?: unknown; config?: { mediaType?: unknown } };
  if (m === null || typeof m !== 'object' || m.schemaVersion !== 2 || !Array.isArray(m.layers)) {
    throw new StoreError(`${where} is not an OCI image manifest`);
  }
  // Tools that rewrite manifests (older skopeo) may drop artifactType; the envelope layer still says what it is.
  const type = m.artifactType ?? m.config?.mediaType;
  const envelope = m.layers[0] as Descriptor | undefined;
  const hasEnvelope = envelope?.mediaType === ENVELOPE_MEDIA_TYPE || envelope?.mediaType === ENVELOPE_V1_MEDIA_TYPE;
  if (type !== ARTIFACT_TYPE && !hasEnvelope) {
    throw new StoreError(`${where} is not an envdiff fingerprint: artifact type is ${JSON.stringify(type ?? 'none').slice(0, 80)}`);
  }
  if (!hasEnvelope) throw new StoreError(`${where}: envdiff fingerprint manifest without its envelope layer`);
  return doc as Manifest;
}

/** Rebuild the fingerprint from a manifest and its (already digest-verified) blobs. */
export function unpackRun(manifest: Manifest, blob: (descriptor: Descriptor) => Buffer, where: string): Fingerprint {
  // Parsed once per blob: a small-facets blob serves several facets, a facet blob several scopes.
  const parsed = new Map<string, unknown>();
  const gunzip = (d: Descriptor): unknown => {
    if (parsed.has(d.digest)) return parsed.get(d.digest);
    let value: unknown;
    try {
      value = JSON.parse(gunzipSync(blob(d), { maxOutputLength: MAX_FINGERPRINT_BYTES }).toString('utf8'));
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`${where}: blob ${d.digest.slice(0, 19)} is not gzipped JSON (${(error as Error).message})`);
    }
    parsed.set(d.digest, value);
    return value;
  };
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const envelope = gunzip(manifest.layers[0]!) as Envelope;
  if (!isObject(envelope)) throw new StoreError(`${where}: the envelope is not a JSON object`);
  const scopes: Record<string, unknown> = {};
  for (const [name, scope] of Object.entries(envelope.scopes ?? {})) {
    const facets: Record<string, StoredFacet> = {};
    for (const [facet, index] of Object.entries(scope.facets ?? {})) {
      const layer = manifest.layers[index];
      let value: unknown;
      if (layer?.mediaType === FACET_MEDIA_TYPE) value = gunzip(layer);
      else if (layer?.mediaType === FACETS_MEDIA_TYPE) {
        const group = gunzip(layer);
        value = isObject(group) && Object.hasOwn(group, facet) ? group[facet] : undefined;
      } else throw new StoreError(`${where}: facet ${name}/${facet} points at no facet layer`);
      if (!isObject(value)) throw new StoreError(`${where}: facet ${name}/${facet} is missing from its layer`);
      facets[facet] = restoreVolatile(value as StoredFacet, scope.volatile?.[facet]);
    }
    scopes[name] = { kind: scope.kind, ...(scope.ref !== undefined ? { ref: scope.ref } : {}), facets, probes: scope.probes };
  }
  const { scopes: _s, ...rest } = envelope;
  // Validate like a file: a stored run is read with the same rules as one on disk.
  return parseFingerprint(JSON.stringify({ ...rest, scopes }), where);
}
