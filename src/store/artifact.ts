/**
 * Fingerprint <-> OCI artifact, pure. Each scope's facets become one gzipped
 * blob each (content-addressed: a facet identical to an earlier run's — or to
 * another scope's — is the same blob and is stored once); everything else (schema,
 * tool, host name, scopes' kinds and probe records, which change every run) goes
 * into one small envelope blob that maps each facet to its layer.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseFingerprint, MAX_FINGERPRINT_BYTES } from '../fingerprint/io.js';
import type { Facet, Fingerprint, ProbeRecord, ScopeKind } from '../fingerprint/types.js';
import {
  ANNOTATION,
  ARTIFACT_TYPE,
  EMPTY_DESCRIPTOR,
  ENVELOPE_MEDIA_TYPE,
  FACET_MEDIA_TYPE,
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
  /** Per scope: facet id -> index into the manifest's layers. */
  scopes: Record<
    string,
    { kind: ScopeKind; ref?: string; probes: Record<string, ProbeRecord | undefined>; facets: Record<string, number> }
  >;
}

export interface PackedRun {
  manifest: Manifest;
  manifestBytes: Buffer;
  digest: string;
  /** Every blob the manifest references (config and layers), by digest. */
  blobs: Map<string, Buffer>;
}

function gzip(value: unknown): Buffer {
  // gzip with mtime 0: the same facet always gives the same bytes, so the same digest.
  // The default level: 9 takes twice as long on a packages facet for ~3 % fewer bytes,
  // and only the few blobs a run changes are stored at all.
  return gzipSync(JSON.stringify(value));
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
    for (const [facet, value] of Object.entries(scope.facets)) {
      if (value !== undefined) facets[facet] = add(FACET_MEDIA_TYPE, gzip(value));
    }
    envelope.scopes[name] = { kind: scope.kind, ...(scope.ref !== undefined ? { ref: scope.ref } : {}), probes: scope.probes, facets };
  }
  const envelopeBytes = gzip(envelope);
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
  const envelope = m.layers[0];
  if (type !== ARTIFACT_TYPE && envelope?.mediaType !== ENVELOPE_MEDIA_TYPE) {
    throw new StoreError(`${where} is not an envdiff fingerprint: artifact type is ${JSON.stringify(type ?? 'none').slice(0, 80)}`);
  }
  if (envelope?.mediaType !== ENVELOPE_MEDIA_TYPE)
    throw new StoreError(`${where}: envdiff fingerprint manifest without its envelope layer`);
  return doc as Manifest;
}

/** Rebuild the fingerprint from a manifest and its (already digest-verified) blobs. */
export function unpackRun(manifest: Manifest, blob: (descriptor: Descriptor) => Buffer, where: string): Fingerprint {
  const gunzip = (d: Descriptor): unknown => {
    try {
      return JSON.parse(gunzipSync(blob(d), { maxOutputLength: MAX_FINGERPRINT_BYTES }).toString('utf8'));
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`${where}: blob ${d.digest.slice(0, 19)} is not gzipped JSON (${(error as Error).message})`);
    }
  };
  const envelope = gunzip(manifest.layers[0]!) as Envelope;
  const scopes: Record<string, unknown> = {};
  for (const [name, scope] of Object.entries(envelope.scopes ?? {})) {
    const facets: Record<string, Facet> = {};
    for (const [facet, index] of Object.entries(scope.facets ?? {})) {
      const layer = manifest.layers[index];
      if (!layer || layer.mediaType !== FACET_MEDIA_TYPE) throw new StoreError(`${where}: facet ${name}/${facet} points at no facet layer`);
      facets[facet] = gunzip(layer) as Facet;
    }
    scopes[name] = { kind: scope.kind, ...(scope.ref !== undefined ? { ref: scope.ref } : {}), facets, probes: scope.probes };
  }
  const { scopes: _s, ...rest } = envelope;
  // Validate like a file: a stored run is read with the same rules as one on disk.
  return parseFingerprint(JSON.stringify({ ...rest, scopes }), where);
}
