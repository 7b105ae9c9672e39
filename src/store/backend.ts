/**
 * What the store needs from a place that keeps OCI content: a local OCI Image
 * Layout directory (layout.ts) or an OCI registry (registry.ts). Every blob and
 * manifest read is verified against its digest by the backend.
 */
import type { Descriptor } from './oci.js';

export interface TaggedManifest {
  tag: string;
  /** The manifest's descriptor; annotations when the backend has them at hand (the local index). */
  descriptor: Descriptor;
}

export interface Backend {
  /** For messages: the directory or `oci://host/repo`. */
  readonly location: string;
  hasBlob(digest: string): Promise<boolean>;
  putBlob(digest: string, bytes: Buffer): Promise<void>;
  /** The blob's bytes, verified against the digest; a mismatch is a StoreError. */
  getBlob(descriptor: Descriptor): Promise<Buffer>;
  /** A manifest by tag or digest; undefined when there is none. */
  getManifest(reference: string): Promise<{ digest: string; bytes: Buffer } | undefined>;
  /**
   * Publish a manifest (its blobs are already there) under `tags`. Moving tags
   * (`--latest`, `--last-green`) given in `moveIfNewer` move only if the run is not
   * older than the one they point at. `blobs`: the run's blobs, to restore any
   * that a concurrent prune removed meanwhile.
   */
  putManifest(
    manifest: { digest: string; bytes: Buffer; annotations: Record<string, string> },
    tags: string[],
    moveIfNewer?: string[],
    blobs?: Map<string, Buffer>,
  ): Promise<void>;
  /** Every tag (that `wanted` accepts) with its manifest descriptor. */
  listTags(wanted?: (tag: string) => boolean): Promise<TaggedManifest[]>;
}
