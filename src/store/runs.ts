/**
 * The store's operations on runs — record, read, mark, list, prune — over any
 * Backend. A run is one manifest tagged `<job>--<run>`; `<job>--latest` and
 * `<job>--last-green` move as runs are recorded and marked.
 */
import type { Fingerprint } from '../fingerprint/types.js';
import { metaFromAnnotations, packRun, parseRunManifest, reannotate, type RunMeta, type RunStatus, unpackRun } from './artifact.js';
import type { Backend } from './backend.js';
import { StoreError } from './errors.js';
import { LayoutBackend } from './layout.js';
import { ANNOTATION, type Descriptor, type Manifest } from './oci.js';
import { describeSelector, selectorReference, type Selector } from './selector.js';
import { movingTag, runTag, splitTag, MOVING } from './tags.js';

export interface StoredRun {
  digest: string;
  /** The run's own tag (`<job>--<run>`), when known. */
  tag?: string;
  meta: RunMeta;
  manifest: Manifest;
}

/** A run as listed: the manifest is read only when the listing needed it. */
export type ListedRun = Omit<StoredRun, 'manifest'> & { manifest?: Manifest };

export interface RecordedRun {
  digest: string;
  tag: string;
  /** `<job>@<run>`: how to name this run in compare, get and mark. */
  reference: string;
}

export async function recordRun(
  backend: Backend,
  fingerprint: Fingerprint,
  meta: RunMeta,
  subject?: Descriptor,
): Promise<RecordedRun & { manifest: Manifest }> {
  const packed = packRun(fingerprint, meta, subject);
  // Blobs first, each already there skipped: an unchanged facet costs one stat (or HEAD).
  await Promise.all(
    [...packed.blobs].map(async ([digest, bytes]) => {
      if (!(await backend.hasBlob(digest))) await backend.putBlob(digest, bytes);
    }),
  );
  const tag = await freeRunTag(backend, meta, packed.digest);
  const moving = [movingTag(meta.job, 'latest'), ...(meta.status === 'pass' ? [movingTag(meta.job, 'last-green')] : [])];
  await backend.putManifest(
    { digest: packed.digest, bytes: packed.manifestBytes, annotations: packed.manifest.annotations ?? {} },
    [tag],
    moving,
    packed.blobs,
  );
  return { digest: packed.digest, tag, reference: `${meta.job}@${tag.slice(tag.indexOf('--') + 2)}`, manifest: packed.manifest };
}

/** The run's tag; if another run already has it (matrix legs sharing a run id), `.2`, `.3`, … */
async function freeRunTag(backend: Backend, meta: RunMeta, digest: string): Promise<string> {
  const base = runTag(meta.job, meta.run);
  for (let n = 1; ; n++) {
    const tag = n === 1 ? base : `${base.slice(0, 120)}.${n}`;
    const existing = await backend.getManifest(tag);
    if (existing === undefined || existing.digest === digest) return tag;
  }
}

export async function findRun(backend: Backend, selector: Selector): Promise<StoredRun> {
  const reference = selectorReference(selector);
  const found = await backend.getManifest(reference);
  if (!found) throw new StoreError(`${describeSelector(selector)} in ${backend.location}`, 'run-not-found');
  const manifest = parseRunManifest(found.bytes, `${backend.location}#${reference}`);
  const meta = metaFromAnnotations(manifest.annotations);
  if (!meta) throw new StoreError(`${backend.location}#${reference} has no envdiff run annotations (job, run)`);
  return { digest: found.digest, manifest, meta, ...(selector.kind === 'job' ? { tag: runTag(meta.job, meta.run) } : {}) };
}

/** Blobs already read, per backend: history reads many runs that share most facets. */
const blobCache = new WeakMap<Backend, Map<string, Promise<Buffer>>>();

export async function readRun(backend: Backend, run: StoredRun): Promise<Fingerprint> {
  const where = `${backend.location}#${run.digest.slice(0, 19)}`;
  let cache = blobCache.get(backend);
  if (!cache) blobCache.set(backend, (cache = new Map()));
  const blobs = new Map<string, Buffer>();
  // Unique digests only: a run whose scopes share facets fetches each blob once.
  const unique = [...new Map(run.manifest.layers.map((d) => [d.digest, d])).values()];
  await Promise.all(
    unique.map(async (d) => {
      let pending = cache.get(d.digest);
      if (!pending) {
        pending = backend.getBlob(d);
        cache.set(d.digest, pending);
        pending.catch(() => cache.delete(d.digest));
      }
      blobs.set(d.digest, await pending);
    }),
  );
  return unpackRun(run.manifest, (d) => blobs.get(d.digest)!, where);
}

/** Record the build's outcome: a new manifest with the status (same blobs); pass moves last-green. */
export async function markRun(backend: Backend, selector: Selector, status: RunStatus): Promise<StoredRun> {
  const run = await findRun(backend, selector);
  const meta = { ...run.meta, status };
  const next = reannotate(run.manifest, meta);
  const latest = movingTag(meta.job, 'latest');
  const lastGreen = movingTag(meta.job, 'last-green');
  // Which tags point at this run: its own, and possibly the moving ones (a few lookups, not a listing).
  const named = new Map<string, string | undefined>();
  for (const t of [runTag(meta.job, meta.run), latest, lastGreen]) named.set(t, (await backend.getManifest(t))?.digest);
  const pointsHere = (name: string) => named.get(name) === run.digest;
  let tag = runTag(meta.job, meta.run);
  if (!pointsHere(tag)) {
    tag = (await backend.listTags()).find((t) => t.descriptor.digest === run.digest && !isMoving(t.tag))?.tag ?? tag;
  }
  const forced = [tag, ...(pointsHere(latest) ? [latest] : [])];
  const annotations = next.manifest.annotations ?? {};
  await backend.putManifest({ digest: next.digest, bytes: next.manifestBytes, annotations }, forced, status === 'pass' ? [lastGreen] : []);
  if (status !== 'pass' && pointsHere(lastGreen)) await retreatLastGreen(backend, meta.job, next.digest);
  return { digest: next.digest, tag, meta, manifest: next.manifest };
}

/** A run that was last green turned out failing: last-green goes back to the newest other passing run. */
async function retreatLastGreen(backend: Backend, job: string, except: string): Promise<void> {
  const previous = (await listRuns(backend, job)).find((r) => r.meta.status === 'pass' && r.digest !== except);
  const lastGreen = movingTag(job, 'last-green');
  if (previous) {
    const found = await backend.getManifest(previous.digest);
    if (found)
      await backend.putManifest({ digest: found.digest, bytes: found.bytes, annotations: runAnnotationsOf(found.bytes) }, [lastGreen]);
  } else if (backend instanceof LayoutBackend) {
    await backend
      .removeTagsAndCollect(
        (t) => t === lastGreen,
        async () => [],
      )
      .catch(() => undefined);
  }
}

function runAnnotationsOf(bytes: Buffer): Record<string, string> {
  return (JSON.parse(bytes.toString('utf8')) as Manifest).annotations ?? {};
}

function isMoving(tag: string): boolean {
  const parts = splitTag(tag);
  return parts !== undefined && (MOVING as readonly string[]).includes(parts.rest);
}

/** Runs (each run tag once), newest first; only `job`'s when given. */
export async function listRuns(backend: Backend, job?: string): Promise<ListedRun[]> {
  const jobSlug = job === undefined ? undefined : runTag(job, 'x').slice(0, -3);
  // Filtered before the backend looks each tag up (a registry needs a request per tag).
  const tags = await backend.listTags((tag) => {
    const parts = splitTag(tag);
    return parts !== undefined && !isMoving(tag) && (jobSlug === undefined || parts.job === jobSlug);
  });
  const runs = await mapLimited(tags, 8, async (t): Promise<ListedRun | undefined> => {
    // The local index carries each run's annotations; a registry (or a layout skopeo wrote) needs the manifest.
    let annotations = t.descriptor.annotations;
    let manifest: Manifest | undefined;
    if (annotations?.[ANNOTATION.job] === undefined) {
      const found = await backend.getManifest(t.descriptor.digest);
      if (!found) return undefined;
      try {
        manifest = parseRunManifest(found.bytes, `${backend.location}#${t.tag}`);
      } catch {
        return undefined; // not ours: other artifacts may share a repository
      }
      annotations = manifest.annotations;
    }
    const meta = metaFromAnnotations(annotations);
    if (!meta) return undefined;
    return { digest: t.descriptor.digest, tag: t.tag, meta, ...(manifest ? { manifest } : {}) };
  });
  return runs
    .filter((r): r is ListedRun => r !== undefined)
    .sort((x, y) => (x.meta.created < y.meta.created ? 1 : x.meta.created > y.meta.created ? -1 : 0));
}

/** The manifest of a listed run (listing from the local index skips reading it). */
export async function manifestOf(backend: Backend, run: ListedRun): Promise<StoredRun> {
  if (run.manifest) return { ...run, manifest: run.manifest };
  const found = await backend.getManifest(run.digest);
  if (!found) throw new StoreError(`${backend.location}: run ${run.tag ?? run.digest} has no manifest; the store is damaged`);
  return { ...run, manifest: parseRunManifest(found.bytes, `${backend.location}#${run.tag ?? run.digest}`) };
}

export interface PruneResult {
  runs: number;
  blobs: number;
  bytes: number;
}

/**
 * Keep per job the newest `keep` runs and every run newer than `keepDays`, plus
 * what latest and last-green point at; remove the other runs' tags, then every
 * blob no remaining manifest references.
 */
export async function pruneRuns(backend: LayoutBackend, options: { keep?: number; keepDays?: number; now?: number }): Promise<PruneResult> {
  const runs = await listRuns(backend);
  const cutoff =
    options.keepDays === undefined ? undefined : new Date((options.now ?? Date.now()) - options.keepDays * 86_400_000).toISOString();
  const rank = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const run of runs) {
    const n = (seen.get(run.meta.job) ?? 0) + 1;
    seen.set(run.meta.job, n);
    rank.set(run.tag!, n);
  }
  const dropTag = (tag: string): boolean => {
    const n = rank.get(tag);
    if (n === undefined) return false; // moving tags and tags that are not envdiff runs stay
    const run = runs.find((r) => r.tag === tag)!;
    const keptByCount = options.keep !== undefined && n <= options.keep;
    const keptByAge = cutoff !== undefined && run.meta.created >= cutoff;
    return !(keptByCount || keptByAge);
  };
  const manifests = new Map<string, string[]>();
  const result = await backend.removeTagsAndCollect(dropTag, async (d) => {
    const cached = manifests.get(d.digest);
    if (cached) return cached;
    const bytes = await backend.getBlob({ ...d, size: 0 }).catch(() => undefined);
    const m = bytes ? (JSON.parse(bytes.toString('utf8')) as Partial<Manifest>) : {};
    const digests = [m.config?.digest, ...(m.layers ?? []).map((l) => l.digest)].filter((x): x is string => typeof x === 'string');
    manifests.set(d.digest, digests);
    return digests;
  });
  return { runs: result.tags, blobs: result.blobs, bytes: result.bytes };
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}
