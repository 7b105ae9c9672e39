/**
 * The OCI shapes a stored fingerprint is made of (image-spec 1.1): descriptors,
 * the artifact manifest, the image index, and the annotation keys envdiff uses.
 * Pure values and the one digest function; no I/O.
 */
import { createHash } from 'node:crypto';

export const MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
export const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
export const ARTIFACT_TYPE = 'application/vnd.envdiff.fingerprint.v1+json';
/**
 * What changes every run: schema, tool, capture time, hostname, scopes' kinds and
 * probe records, and the volatile facts (run ids, free disk) taken out of the facets.
 */
export const ENVELOPE_MEDIA_TYPE = 'application/vnd.envdiff.envelope.v2+json+gzip';
/** The envelope of runs recorded before v2 (one facet layer each, no volatile part): still read. */
export const ENVELOPE_V1_MEDIA_TYPE = 'application/vnd.envdiff.envelope.v1+json+gzip';
/** One large facet's JSON, gzipped: identical facets of any run, scope or job are one blob. */
export const FACET_MEDIA_TYPE = 'application/vnd.envdiff.facet.v1+json+gzip';
/** A scope's small facets together (`{facet: value}`), gzipped: one descriptor for them all. */
export const FACETS_MEDIA_TYPE = 'application/vnd.envdiff.facets.v1+json+gzip';

/** The OCI empty descriptor: artifacts without a config point at the 2-byte `{}` blob. */
export const EMPTY_BLOB = Buffer.from('{}');
export const EMPTY_DESCRIPTOR: Descriptor = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
};

export const ANNOTATION = {
  refName: 'org.opencontainers.image.ref.name',
  created: 'org.opencontainers.image.created',
  revision: 'org.opencontainers.image.revision',
  title: 'org.opencontainers.image.title',
  job: 'dev.envdiff.job',
  run: 'dev.envdiff.run',
  status: 'dev.envdiff.status',
  branch: 'dev.envdiff.branch',
  runner: 'dev.envdiff.runner',
  runnerImage: 'dev.envdiff.runner-image',
  ci: 'dev.envdiff.ci',
  version: 'dev.envdiff.version',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface Manifest {
  schemaVersion: 2;
  mediaType: typeof MANIFEST_MEDIA_TYPE;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
