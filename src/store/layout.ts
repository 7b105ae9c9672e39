/**
 * The local store: an OCI Image Layout directory (`oci-layout`, `index.json`,
 * `blobs/sha256/<hex>`), readable by other OCI tools (`skopeo copy oci:DIR:TAG …`).
 * Tags are `org.opencontainers.image.ref.name` annotations of index.json entries,
 * as skopeo writes them; the run's own annotations stay in its manifest only (a
 * copy in index.json would cost ~0.5 KB a run, a tenth of what a run adds).
 *
 * Crash and concurrency safety: blobs are written to a temp file and renamed into
 * place (content-addressed, so a rename over an existing blob is harmless);
 * index.json is rewritten under a lock file and replaced by rename, after the
 * blobs it references are checked present. A writer killed at any point leaves at
 * most unreferenced blobs or temp files (prune removes them), never a visible partial run.
 */
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describeFsError } from '../fingerprint/io.js';
import type { Backend, TaggedManifest } from './backend.js';
import { StoreError } from './errors.js';
import { withLock } from './lock.js';
import {
  ANNOTATION,
  INDEX_MEDIA_TYPE,
  MANIFEST_MEDIA_TYPE,
  ARTIFACT_TYPE,
  DIGEST_PATTERN,
  type Descriptor,
  type ImageIndex,
  sha256Digest,
} from './oci.js';

/** Larger than any manifest or blob envdiff writes (a gzipped 20 MB fingerprint facet is ~2 MB). */
const MAX_BLOB_BYTES = 128 * 1024 * 1024;
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
/** Temp files and unreferenced blobs younger than this may belong to a writer still at work. */
const GRACE_MS = 10 * 60_000;

export class LayoutBackend implements Backend {
  readonly location: string;
  constructor(readonly dir: string) {
    this.location = dir;
  }

  private blobPath(digest: string): string {
    if (!DIGEST_PATTERN.test(digest)) throw new StoreError(`${this.dir}: unsupported digest ${JSON.stringify(digest).slice(0, 80)}`);
    return join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  private ready: Promise<void> | undefined;

  /** Create the layout if it is missing (a store is made by its first write). */
  init(): Promise<void> {
    this.ready ??= this.create();
    return this.ready;
  }

  private async create(): Promise<void> {
    try {
      await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true });
      await writeFile(join(this.dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}', { flag: 'wx' }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        },
      );
    } catch (error) {
      throw new StoreError(`cannot create the store ${this.dir}: ${describeFsError(error)}`);
    }
  }

  async hasBlob(digest: string): Promise<boolean> {
    return (await stat(this.blobPath(digest)).catch(() => undefined))?.isFile() === true;
  }

  async putBlob(digest: string, bytes: Buffer): Promise<void> {
    const path = this.blobPath(digest);
    await this.init();
    const tmp = join(this.dir, 'blobs', 'sha256', `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      await writeFile(tmp, bytes, { flag: 'wx' });
      const handle = await open(tmp, 'r');
      await handle.sync().finally(() => handle.close());
      await rename(tmp, path);
    } catch (error) {
      await unlink(tmp).catch(() => {});
      throw new StoreError(`cannot write to the store ${this.dir}: ${describeFsError(error)}`);
    }
  }

  async getBlob(descriptor: Descriptor): Promise<Buffer> {
    const path = this.blobPath(descriptor.digest);
    let bytes: Buffer;
    try {
      const st = await stat(path);
      if (st.size > MAX_BLOB_BYTES)
        throw new StoreError(`${this.dir}: blob ${descriptor.digest} is ${st.size} bytes, larger than envdiff reads`);
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`${this.dir}: blob ${descriptor.digest} is missing (${describeFsError(error)}); the store is damaged`);
    }
    if (sha256Digest(bytes) !== descriptor.digest) {
      throw new StoreError(`${this.dir}: blob ${descriptor.digest} does not match its digest; refusing to use it`);
    }
    return bytes;
  }

  async readIndex(): Promise<ImageIndex> {
    let text: string;
    try {
      const st = await stat(join(this.dir, 'index.json'));
      if (st.size > MAX_INDEX_BYTES) throw new StoreError(`${this.dir}/index.json is larger than envdiff reads`);
      text = await readFile(join(this.dir, 'index.json'), 'utf8');
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 2, mediaType: INDEX_MEDIA_TYPE, manifests: [] };
      throw new StoreError(`cannot read the store ${this.dir}: ${describeFsError(error)}`);
    }
    try {
      const index = JSON.parse(text) as ImageIndex;
      if (!Array.isArray(index.manifests)) throw new Error('no manifests list');
      return index;
    } catch (error) {
      throw new StoreError(`${this.dir}/index.json is not an OCI image index: ${(error as Error).message}`);
    }
  }

  /** Read-modify-write index.json under the lock; `change` returns false to leave it as it is. */
  async updateIndex(change: (index: ImageIndex) => Promise<boolean> | boolean): Promise<void> {
    await this.init();
    await withLock(join(this.dir, 'index.json.lock'), async () => {
      const index = await this.readIndex();
      if (!(await change(index))) return;
      const tmp = join(this.dir, `.index.json.${randomBytes(8).toString('hex')}.tmp`);
      try {
        await writeFile(tmp, JSON.stringify(index), { flag: 'wx' });
        const handle = await open(tmp, 'r');
        await handle.sync().finally(() => handle.close());
        await rename(tmp, join(this.dir, 'index.json'));
      } catch (error) {
        await unlink(tmp).catch(() => {});
        throw new StoreError(`cannot write the store ${this.dir}: ${describeFsError(error)}`);
      }
    });
  }

  async getManifest(reference: string): Promise<{ digest: string; bytes: Buffer } | undefined> {
    let digest = reference;
    if (!DIGEST_PATTERN.test(reference)) {
      const entry = (await this.readIndex()).manifests.find((m) => m.annotations?.[ANNOTATION.refName] === reference);
      if (!entry) return undefined;
      digest = entry.digest;
    } else if (!(await this.hasBlob(digest))) {
      return undefined;
    }
    const bytes = await this.getBlob({ mediaType: MANIFEST_MEDIA_TYPE, digest, size: 0 });
    return { digest, bytes };
  }

  async putManifest(
    manifest: { digest: string; bytes: Buffer; annotations: Record<string, string> },
    tags: string[],
    moveIfNewer: string[] = [],
    blobs?: Map<string, Buffer>,
  ): Promise<void> {
    await this.putBlob(manifest.digest, manifest.bytes);
    const descriptor = (tag: string): Descriptor => ({
      mediaType: MANIFEST_MEDIA_TYPE,
      digest: manifest.digest,
      size: manifest.bytes.length,
      artifactType: ARTIFACT_TYPE,
      annotations: { [ANNOTATION.refName]: tag },
    });
    const created = manifest.annotations[ANNOTATION.created] ?? '';
    await this.updateIndex(async (index) => {
      // A concurrent prune may have removed an old unreferenced blob this run reuses:
      // under the lock (prune deletes only under it), put back whatever is missing.
      const parsed = JSON.parse(manifest.bytes.toString('utf8')) as { config: Descriptor; layers: Descriptor[] };
      const needed = new Map<string, Buffer | undefined>([[manifest.digest, manifest.bytes]]);
      for (const d of [parsed.config, ...parsed.layers]) needed.set(d.digest, blobs?.get(d.digest));
      for (const [digest, bytes] of needed) {
        if (await this.hasBlob(digest)) continue;
        if (!bytes) throw new StoreError(`${this.dir}: blob ${digest} is missing; the run cannot be recorded`);
        await this.putBlob(digest, bytes);
      }
      for (const tag of [...tags, ...moveIfNewer]) {
        const at = index.manifests.findIndex((m) => m.annotations?.[ANNOTATION.refName] === tag);
        if (at >= 0 && moveIfNewer.includes(tag) && (await this.createdOf(index.manifests[at]!)) > created) continue;
        if (at >= 0) index.manifests.splice(at, 1);
        index.manifests.push(descriptor(tag));
      }
      return true;
    });
  }

  /** When the run a descriptor points at was created ('' if unknown). */
  private async createdOf(descriptor: Descriptor): Promise<string> {
    try {
      const manifest = JSON.parse((await this.getBlob(descriptor)).toString('utf8')) as { annotations?: Record<string, string> };
      return manifest.annotations?.[ANNOTATION.created] ?? '';
    } catch {
      return '';
    }
  }

  async listTags(wanted: (tag: string) => boolean = () => true): Promise<TaggedManifest[]> {
    return (await this.readIndex()).manifests.flatMap((descriptor) => {
      const tag = descriptor.annotations?.[ANNOTATION.refName];
      return tag === undefined || !wanted(tag) ? [] : [{ tag, descriptor }];
    });
  }

  /** Remove tags (under the lock), then every blob nothing references (older than GRACE_MS). */
  async removeTagsAndCollect(
    drop: (tag: string, descriptor: Descriptor) => boolean,
    referenced: (manifest: Descriptor) => Promise<string[]>,
  ): Promise<{ tags: number; blobs: number; bytes: number }> {
    const result = { tags: 0, blobs: 0, bytes: 0 };
    await this.updateIndex(async (index) => {
      const before = index.manifests.length;
      index.manifests = index.manifests.filter((d) => {
        const tag = d.annotations?.[ANNOTATION.refName];
        return tag === undefined || !drop(tag, d);
      });
      result.tags = before - index.manifests.length;
      // Still under the lock: no writer can publish a run referencing a blob we delete
      // (a writer re-checks its blobs under this lock before publishing).
      const keep = new Set<string>();
      for (const d of index.manifests) {
        keep.add(d.digest);
        for (const digest of await referenced(d)) keep.add(digest);
      }
      const dir = join(this.dir, 'blobs', 'sha256');
      const now = Date.now();
      for (const name of await readdir(dir)) {
        const digest = `sha256:${name}`;
        if (keep.has(digest)) continue;
        const st = await stat(join(dir, name)).catch(() => undefined);
        if (!st || now - st.mtimeMs < GRACE_MS) continue;
        await unlink(join(dir, name)).catch(() => {});
        result.blobs += 1;
        result.bytes += st.size;
      }
      // Temp files of writers killed before they could clean up (index and lock temps).
      for (const name of await readdir(this.dir)) {
        if (!name.endsWith('.tmp')) continue;
        const st = await stat(join(this.dir, name)).catch(() => undefined);
        if (st && now - st.mtimeMs >= GRACE_MS) await unlink(join(this.dir, name)).catch(() => {});
      }
      return result.tags > 0;
    });
    return result;
  }
}
