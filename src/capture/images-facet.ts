/** The `images` facet: every local image ref -> {id, digests, architecture, os, created}. */
import type Dockerode from 'dockerode';
import type { Facet, JsonValue } from '../fingerprint/types.js';
import { type Engine, EngineRequestError } from './engine.js';

/** One entry of the `images` facet. */
export interface ImageEntry {
  [key: string]: JsonValue;
  id: string;
  digests: string[];
  architecture: string;
  os: string;
  created: string;
}

/** Pure: an image inspect answer -> its `images` facet entry. */
export function imageEntryFromInspect(inspect: Dockerode.ImageInspectInfo): ImageEntry {
  const entry: ImageEntry = {
    id: String(inspect.Id),
    digests: [...(inspect.RepoDigests ?? [])].map(String).sort(),
    architecture: inspect.Architecture ?? '',
    os: inspect.Os ?? '',
    created: inspect.Created ?? '',
  };
  const variant = (inspect as { Variant?: string }).Variant;
  if (variant) entry['variant'] = variant;
  return entry;
}

/** Refs an image is known by: its tags, else its digests (dangling images have neither). */
export function imageRefs(inspect: { RepoTags?: string[] | null; RepoDigests?: string[] | null }): string[] {
  const tags = (inspect.RepoTags ?? []).filter((t) => t && t !== '<none>:<none>');
  if (tags.length > 0) return tags;
  return (inspect.RepoDigests ?? []).filter((d) => d && !d.startsWith('<none>@'));
}

/** Dangling images are left out. Inspects a few at a time; stops at `signal` (the facet's budget). */
export async function captureImagesFacet(engine: Engine, signal?: AbortSignal): Promise<Facet> {
  const limits = signal ? { signal } : {};
  const list = await engine.get<Array<{ Id: string; RepoTags?: string[] | null; RepoDigests?: string[] | null }>>('/images/json', limits);
  if (!Array.isArray(list)) throw new Error("GET /images/json: the engine's answer is not a list");
  const facet: Facet = {};
  // Hosts with hundreds of images should not open hundreds of sockets.
  const queue = list.filter((summary) => imageRefs(summary).length > 0);
  const worker = async () => {
    for (let summary = queue.shift(); summary; summary = queue.shift()) {
      let inspect: Dockerode.ImageInspectInfo;
      try {
        inspect = await engine.get<Dockerode.ImageInspectInfo>(`/images/${encodeURIComponent(summary.Id)}/json`, limits);
      } catch (error) {
        // Removed between list and inspect: nothing to record.
        if (error instanceof EngineRequestError && error.statusCode === 404) continue;
        throw error;
      }
      const entry = imageEntryFromInspect(inspect);
      for (const ref of imageRefs(inspect)) facet[ref] = entry;
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return facet;
}
