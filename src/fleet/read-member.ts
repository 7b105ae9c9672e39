/**
 * One fleet member read inside a worker thread (src/fleet/parallel.ts): at once,
 * since the thread has nothing else to do, and regular files only. ASCII text (what
 * capture writes) is decoded as latin1, a plain copy: UTF-8 decoding of 150 MB
 * costs ~0.15 s more. Anything unusual — a FIFO or device, a file that cannot be
 * opened or read, one over the size cap or growing while read — is left to the main
 * thread's readFingerprint, which words each such failure. I/O.
 */
import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { sameValue } from '../diff/values.js';
import { UsageError } from '../errors.js';
import {
  MAX_FINGERPRINT_BYTES,
  MAX_KEY_CHARS,
  MAX_KEYS_PER_FACET,
  MAX_TOTAL_KEYS,
  parseFingerprint,
} from '../fingerprint/io.js';
import { firstSchemaProblem } from '../fingerprint/schema.js';
import { FINGERPRINT_SCHEMA, type FacetValue, type Fingerprint } from '../fingerprint/types.js';

/** A fingerprint; why the file is not one (one line); or undefined: read it on the main thread. */
export type MemberRead = { fingerprint: Fingerprint } | { error: string } | undefined;

type Facet = Record<string, FacetValue>;

/**
 * Facets already read and found valid, by scope and facet name: the last one of
 * each, and how many keys it holds. Runners of one fleet share most facets byte
 * for byte (the package list of one image), so most of a member equals what the
 * previous member held.
 */
export class SeenFacets {
  private readonly facets = new Map<string, { values: Facet; keys: number }>();

  get(scope: string, facet: string): { values: Facet; keys: number } | undefined {
    return this.facets.get(`${scope}\u0000${facet}`);
  }

  remember(scope: string, facet: string, values: Facet, keys: number): void {
    // Container names differ per run: keep the memory bounded whatever the fleet.
    if (this.facets.size >= MAX_SEEN_FACETS) this.facets.clear();
    this.facets.set(`${scope}\u0000${facet}`, { values, keys });
  }
}

const MAX_SEEN_FACETS = 4096;

export function readMemberSync(path: string, seen: SeenFacets): MemberRead {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer (it is then handed back, never read here).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  let text: string;
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_FINGERPRINT_BYTES) return undefined;
    // One byte more than its size: a file that fills it grew while read, and is handed back.
    const buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) return undefined;
    }
    const bytes = buffer.subarray(0, length);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  try {
    return { fingerprint: parseMember(text, seen) ?? parseFingerprint(text, path) };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
}

/** Above this length a text might hold more JSON members than readFingerprint's pre-parse cap: read it in full. */
const PLAIN_TEXT_CHARS = 5 * MAX_TOTAL_KEYS * 8;

/**
 * The fingerprint parseFingerprint would return, with facets equal to ones seen
 * before replaced by those very objects (the tally then repeats their counts
 * without comparing), checking only what is new: equal facets were valid before,
 * and validity depends on a facet's content alone. Undefined when anything is
 * unusual (a `__proto__` key, a long key, a cap reached, any problem at all):
 * parseFingerprint then reads the text and words the problem exactly as it does
 * for a lone fingerprint.
 */
export function parseMember(text: string, seen: SeenFacets): Fingerprint | undefined {
  if (text.length >= PLAIN_TEXT_CHARS || text.includes('"__proto__"')) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(doc) || doc['schema'] !== FINGERPRINT_SCHEMA || !isRecord(doc['scopes'])) return undefined;
  const scopes = doc['scopes'];
  const known: Array<{ facets: Record<string, unknown>; facet: string; values: Facet }> = [];
  const fresh: Array<{ scope: string; facet: string; values: Facet; keys: number }> = [];
  let total = 0;
  for (const scope in scopes) {
    const facets = (scopes[scope] as { facets?: unknown } | null)?.facets;
    if (scope.length > MAX_KEY_CHARS || !isRecord(facets)) return undefined;
    for (const facet in facets) {
      const values = facets[facet];
      if (facet.length > MAX_KEY_CHARS || !isRecord(values)) return undefined;
      const before = seen.get(scope, facet);
      if (before && sameValue(before.values, values as Facet)) {
        total += before.keys;
        known.push({ facets, facet, values: before.values });
        continue;
      }
      let keys = 0;
      for (const key in values) {
        if (key.length > MAX_KEY_CHARS) return undefined;
        keys++;
      }
      if (keys > MAX_KEYS_PER_FACET) return undefined;
      total += keys;
      fresh.push({ scope, facet, values: values as Facet, keys });
    }
  }
  if (total > MAX_TOTAL_KEYS) return undefined;
  // Validate with the known facets emptied (an empty facet is valid), then put the seen objects in their place.
  for (const k of known) k.facets[k.facet] = {};
  const problem = firstSchemaProblem(doc);
  for (const k of known) k.facets[k.facet] = k.values;
  if (problem !== undefined) return undefined;
  for (const f of fresh) seen.remember(f.scope, f.facet, f.values, f.keys);
  return doc as unknown as Fingerprint;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
