/**
 * Reading fingerprints, bounded: bytes while reading (MAX_FINGERPRINT_BYTES), keys
 * per facet and in total (what the renderers and the TUI can show in seconds),
 * long keys shortened; `__proto__` keys dropped (JSON.parse makes them own
 * properties, and any later copy would turn them into prototypes).
 */
import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { describeFsError } from '../fs/atomic-write.js';
import { readFileCapped, TooLargeError } from '../fs/read-capped.js';
import { parseJsonPieces } from './json-pieces.js';
import { firstSchemaProblem } from './schema.js';
import { FINGERPRINT_SCHEMA, type Fingerprint } from './types.js';
import { nodeCrypto } from '../lazy-crypto.js';

// The atomic writer moved to src/fs; these names stay importable from here.
export { describeFsError, writeFileAtomic } from '../fs/atomic-write.js';

/** Larger than any real fingerprint (20k packages + 100k libraries is ~20 MB). */
export const MAX_FINGERPRINT_BYTES = 128 * 1024 * 1024;
/** Most keys one facet may hold (a big host: ~100k libraries). */
export const MAX_KEYS_PER_FACET = 200_000;
/** Most facet keys one fingerprint may hold, all scopes together (text output of this many: seconds, not minutes). */
export const MAX_TOTAL_KEYS = 300_000;
/**
 * Most `":` pairs (object members, roughly) the raw text may hold, counted before
 * JSON.parse: parsing 5.5 M keys alone takes ~10 s and ~1 GB, so a document that
 * cannot pass the key caps is refused before it is parsed. Real facets hold small
 * objects (a package: 3 members), hence the margin.
 */
const MAX_JSON_MEMBERS = MAX_TOTAL_KEYS * 8;
/**
 * Files from this size on are parsed in pieces (json-pieces.ts): never held whole as
 * bytes and text, which at 20k packages + 100k libraries a side was ~45 MB of a
 * compare's peak memory, for ~40-45 % more parse time (~60 ms a 14 MB side). Smaller
 * ones (a real host: ~200 KB) are parsed whole. 1 MB, not more: a 10k-entry
 * fingerprint (1.2 MB) already takes the path a 100k one does, so time keeps growing
 * linearly with size across the two.
 */
const PIECES_FROM_BYTES = 1024 * 1024;
/** In pieces, members are counted as they are read (not `":` in the text): over either cap, the text is read whole and judged below. */
const PIECE_LIMITS = { maxBytes: MAX_FINGERPRINT_BYTES, maxMembers: MAX_JSON_MEMBERS, maxObjectMembers: MAX_KEYS_PER_FACET };
/** Keys longer than this are shortened (a 10 MB package name must not make a 10 MB line). */
export const MAX_KEY_CHARS = 512;

/**
 * Read and validate a fingerprint. Every failure is a UsageError naming the file
 * and the first problem, so the CLI prints one line and exits 2.
 */
export async function readFingerprint(file: string): Promise<Fingerprint> {
  let size: number;
  let regular: boolean;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UsageError(`${file} is a directory, not a fingerprint file`);
    size = st.size;
    regular = st.isFile();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const tooLarge = (what: string) =>
    new UsageError(
      `${file} is ${what}, larger than any fingerprint envdiff writes (limit ${MAX_FINGERPRINT_BYTES / 1024 / 1024} MB); is it the right file?`,
    );
  if (size > MAX_FINGERPRINT_BYTES) throw tooLarge(`${Math.round(size / 1024 / 1024)} MB`);
  // A large regular file is parsed in pieces, never held whole (json-pieces.ts);
  // whatever that path leaves undecided (any error, a cap) is read and parsed whole
  // below, so that every message is the plain path's.
  const pieces = regular && size >= PIECES_FROM_BYTES ? parseJsonPieces(file, PIECE_LIMITS) : undefined;
  if (pieces) return checkDocument(pieces.value, file, pieces.mayHoldProto);
  let text: string;
  try {
    // The cap holds while reading too: a device or FIFO has no size to check first.
    text = (await readFileCapped(file, MAX_FINGERPRINT_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof TooLargeError) throw tooLarge(`over ${MAX_FINGERPRINT_BYTES / 1024 / 1024} MB`);
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  return parseFingerprint(text, file);
}

export function parseFingerprint(text: string, file: string): Fingerprint {
  if (text.trim() === '') throw new UsageError(`${file} is empty; was it written by \`envdiff capture\`?`);
  if (membersOver(text, MAX_JSON_MEMBERS)) {
    throw new UsageError(`${file} has more than ${MAX_TOTAL_KEYS} facet keys in all, more than envdiff reads; is it the right file?`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const msg = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    // V8 reports a cut-off document either as "end of input" or as an error at its very end.
    const position = /at position (\d+)/.exec(msg);
    const truncated =
      /Unexpected end of JSON input|Unterminated/i.test(msg) || (position !== null && Number(position[1]) >= text.trimEnd().length);
    throw new UsageError(
      truncated ? `${file} is truncated JSON (${msg}); was the capture interrupted?` : `${file} is not valid JSON: ${msg}`,
    );
  }
  return checkDocument(doc, file, text.includes('"__proto__"'));
}

/** A parsed document -> a valid, bounded Fingerprint, or a UsageError naming the first problem. */
function checkDocument(doc: unknown, file: string, mayHoldProto: boolean): Fingerprint {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError(`${file} is not an envdiff fingerprint: expected a JSON object`);
  }
  const schema = (doc as { schema?: unknown }).schema;
  if (schema === undefined) {
    throw new UsageError(`${file} is not an envdiff fingerprint: missing "schema"; was it written by \`envdiff capture\`?`);
  }
  if (typeof schema === 'string' && schema.startsWith('envdiff.fingerprint/') && schema !== FINGERPRINT_SCHEMA) {
    throw new UsageError(
      `${file} uses fingerprint schema ${schema}, but this envdiff reads ${FINGERPRINT_SCHEMA}; upgrade envdiff to compare it`,
    );
  }
  if (schema !== FINGERPRINT_SCHEMA) {
    throw new UsageError(`${file} is not an envdiff fingerprint: schema is ${JSON.stringify(schema).slice(0, 60)}`);
  }
  const facetKeys = boundKeys(doc as Record<string, unknown>, file, mayHoldProto);
  const problem = firstSchemaProblem(doc, (facet) => facetKeys.get(facet) ?? Object.keys(facet));
  if (problem) throw new UsageError(`${file} is not a valid envdiff fingerprint: ${problem}`);
  return doc as Fingerprint;
}

/**
 * In place, before validation: drop `__proto__` keys at every depth, count facet
 * keys against the caps, shorten long keys (facet keys and scope names). Iterative:
 * hostile nesting must not overflow the stack here.
 */
function boundKeys(doc: Record<string, unknown>, file: string, mayHoldProto: boolean): Map<object, string[]> {
  // Only a document whose text names __proto__ can hold one: the walk is skipped for the rest (fleets read thousands).
  const stack: unknown[] = mayHoldProto ? [doc] : [];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const record = value as Record<string, unknown>;
    const proto = '__proto__';
    if (Object.hasOwn(record, proto)) Reflect.deleteProperty(record, proto);
    for (const key in record) {
      const inner = record[key];
      if (inner !== null && typeof inner === 'object') stack.push(inner);
    }
  }
  // Each facet's keys, listed once here and handed to validation: listing the keys of a
  // 100k-key facet costs ~10 ms, and counting, shortening and validating each did it.
  const facetKeys = new Map<object, string[]>();
  const scopes = doc['scopes'];
  if (scopes === null || typeof scopes !== 'object' || Array.isArray(scopes)) return facetKeys;
  doc['scopes'] = shortenKeys(scopes as Record<string, unknown>, Object.keys(scopes));
  let total = 0;
  for (const [scopeName, scope] of Object.entries(doc['scopes'] as Record<string, unknown>)) {
    const facets = (scope as { facets?: unknown } | null)?.facets;
    if (facets === null || typeof facets !== 'object' || Array.isArray(facets)) continue;
    for (const [facetName, facet] of Object.entries(facets as Record<string, unknown>)) {
      if (facet === null || typeof facet !== 'object' || Array.isArray(facet)) continue;
      let keys = Object.keys(facet);
      const count = keys.length;
      if (count > MAX_KEYS_PER_FACET) {
        throw new UsageError(
          `${file}: ${shortName(scopeName)} › ${shortName(facetName)} has ${count} keys, more than the ${MAX_KEYS_PER_FACET} envdiff reads per facet; is it the right file?`,
        );
      }
      total += count;
      if (total > MAX_TOTAL_KEYS) {
        throw new UsageError(`${file} has more than ${MAX_TOTAL_KEYS} facet keys in all, more than envdiff reads; is it the right file?`);
      }
      const bounded = shortenKeys(facet as Record<string, unknown>, keys);
      if (bounded !== facet) keys = Object.keys(bounded);
      (facets as Record<string, unknown>)[facetName] = bounded;
      facetKeys.set(bounded, keys);
    }
  }
  return facetKeys;
}

/** More than `max` occurrences of `":` (a key's closing quote and its colon)? */
function membersOver(text: string, max: number): boolean {
  // A member takes at least 5 characters (`"":0,`): a shorter text cannot hold more than max.
  if (text.length < 5 * max) return false;
  let count = 0;
  for (let at = text.indexOf('":'); at !== -1; at = text.indexOf('":', at + 2)) {
    if (++count > max) return true;
  }
  return false;
}

/** The same object, or a copy in the same order with every over-long key shortened. `keys`: the record's own keys. */
function shortenKeys(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  let long = false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i]!.length > MAX_KEY_CHARS) {
      long = true;
      break;
    }
  }
  if (!long) return record;
  const out: Record<string, unknown> = {};
  for (const key of keys) out[shortKey(key)] = record[key];
  return out;
}

/** A long key's head and a hash of the whole: distinct keys stay distinct, equal ones equal. */
export function shortKey(key: string): string {
  if (key.length <= MAX_KEY_CHARS) return key;
  const hash = nodeCrypto().createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${key.slice(0, 200)}…[${key.length} chars, sha256:${hash}]`;
}

function shortName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

export function serializeFingerprint(fingerprint: Fingerprint): string {
  return JSON.stringify(fingerprint, null, 2) + '\n';
}
