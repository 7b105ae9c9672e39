/**
 * Parsing fleet members that repeat each other. Runners of one fleet share most
 * facets byte for byte (one image's 800 packages and 600 libraries are 80 % of a
 * fingerprint), so a member's bytes are scanned for where each facet's value lies,
 * and a value whose bytes equal the ones remembered for that scope and facet is
 * neither decoded, parsed nor validated again: it is cut out before JSON.parse and
 * the remembered object takes its place. The tally sees the very same object and
 * repeats its counts (FleetTally) instead of comparing 1,700 values. (JSON's
 * structural characters are ASCII, and no byte of a multi-byte UTF-8 character is,
 * so the scan can follow the bytes.)
 *
 * Why cutting is sound: the scan follows JSON's structure (strings, brackets), so
 * a remembered text found where a facet value starts is that whole value (a JSON
 * value ends where its text says). Replacing a valid value by `{}` keeps a valid
 * document valid and an invalid one invalid at the same place. Anything the scan
 * does not follow simply — an escaped or repeated key on the way to a facet — and
 * any problem at all returns undefined, and the caller reads the text in full with
 * parseFingerprint, which words the problem as for a lone fingerprint. Pure.
 */
import { MAX_KEY_CHARS, MAX_KEYS_PER_FACET, MAX_TOTAL_KEYS } from '../fingerprint/io.js';
import { firstSchemaProblem } from '../fingerprint/schema.js';
import { FINGERPRINT_SCHEMA, type FacetValue, type Fingerprint } from '../fingerprint/types.js';

type Facet = Record<string, FacetValue>;

interface Remembered {
  bytes: Buffer;
  values: Facet;
  keys: number;
}

/**
 * Valid facet values met before, by scope and facet name: their bytes and parsed
 * objects, the last few variants of each (runners on two image versions alternate).
 */
export class RememberedFacets {
  private readonly facets = new Map<string, Remembered[]>();
  private bytes = 0;

  /** The remembered value whose bytes start `bytes` at `start`. */
  find(scope: string, facet: string, bytes: Buffer, start: number): Remembered | undefined {
    const variants = this.facets.get(`${scope}\u0000${facet}`);
    if (!variants) return undefined;
    for (const known of variants) {
      if (known.bytes.equals(bytes.subarray(start, start + known.bytes.length))) return known;
    }
    return undefined;
  }

  remember(scope: string, facet: string, known: Remembered): void {
    // Bounded whatever the fleet: container scopes are named per run, facets can be large.
    if (this.facets.size >= MAX_REMEMBERED_FACETS || this.bytes + known.bytes.length > MAX_REMEMBERED_BYTES) {
      this.facets.clear();
      this.bytes = 0;
    }
    const key = `${scope}\u0000${facet}`;
    const variants = this.facets.get(key) ?? [];
    variants.unshift(known);
    this.bytes += known.bytes.length;
    if (variants.length > MAX_VARIANTS) this.bytes -= variants.pop()!.bytes.length;
    this.facets.set(key, variants);
  }
}

const MAX_REMEMBERED_FACETS = 256;
const MAX_VARIANTS = 4;
const MAX_REMEMBERED_BYTES = 64 * 1024 * 1024;
/** Above this size a text might hold more JSON members than readFingerprint's pre-parse cap allows: read in full. */
const PLAIN_TEXT_BYTES = 5 * MAX_TOTAL_KEYS * 8;
const PROTO_KEY = Buffer.from('"__proto__"');

/** A facet value's place in the bytes; `known` when they are the remembered ones. */
interface FacetSpan {
  scope: string;
  facet: string;
  start: number;
  end: number;
  known: Remembered | undefined;
}

/**
 * The fingerprint parseFingerprint would return for these bytes, UTF-8 decoded
 * (facets equal to remembered ones are those very objects), or undefined: read
 * them in full.
 */
export function parseMemberBytes(bytes: Buffer, remembered: RememberedFacets): Fingerprint | undefined {
  if (bytes.length >= PLAIN_TEXT_BYTES) return undefined;
  const spans = facetSpans(bytes, remembered);
  if (!spans) return undefined;
  // Cut at value boundaries (ASCII), so no character is split. Remembered bytes hold
  // no `"__proto__"` key (their member passed), and none spans a cut (it has no brace).
  let cut = '';
  let from = 0;
  for (const span of spans) {
    if (!span.known) continue;
    if (hasProtoKey(bytes, from, span.start)) return undefined;
    cut += `${bytes.toString('utf8', from, span.start)}{}`;
    from = span.end;
  }
  if (hasProtoKey(bytes, from, bytes.length)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(cut + bytes.toString('utf8', from));
  } catch {
    return undefined;
  }
  if (!isRecord(doc) || doc['schema'] !== FINGERPRINT_SCHEMA || !isRecord(doc['scopes'])) return undefined;
  const scopes = doc['scopes'];
  // Every facet of the parsed document must be one the scan placed, or the cut-out objects could land elsewhere.
  const placed = new Map<string, FacetSpan>();
  for (const span of spans) placed.set(`${span.scope}\u0000${span.facet}`, span);
  let total = 0;
  let facetCount = 0;
  for (const scope in scopes) {
    const facets = (scopes[scope] as { facets?: unknown } | null)?.facets;
    if (scope.length > MAX_KEY_CHARS || !isRecord(facets)) return undefined;
    for (const facet in facets) {
      const span = placed.get(`${scope}\u0000${facet}`);
      const values = facets[facet];
      if (!span || facet.length > MAX_KEY_CHARS || !isRecord(values)) return undefined;
      facetCount++;
      if (span.known) {
        // The `{}` put in its place, nothing else.
        for (const _ in values) return undefined;
        total += span.known.keys;
        continue;
      }
      let keys = 0;
      for (const key in values) {
        if (key.length > MAX_KEY_CHARS) return undefined;
        keys++;
      }
      if (keys > MAX_KEYS_PER_FACET) return undefined;
      total += keys;
    }
  }
  if (facetCount !== spans.length || total > MAX_TOTAL_KEYS) return undefined;
  // Cut-out facets are `{}` here, which is valid: only what is new is checked.
  if (firstSchemaProblem(doc) !== undefined) return undefined;
  for (const span of spans) {
    const facets = (scopes[span.scope] as { facets: Record<string, unknown> }).facets;
    if (span.known) facets[span.facet] = span.known.values;
    else {
      const values = facets[span.facet] as Facet;
      let keys = 0;
      for (const _ in values) keys++;
      remembered.remember(span.scope, span.facet, { bytes: Buffer.from(bytes.subarray(span.start, span.end)), values, keys });
    }
  }
  return doc as unknown as Fingerprint;
}

/**
 * Where each facet value lies: document › "scopes" › scope › "facets" › facet.
 * Undefined when the text is not plain enough to follow (escaped or repeated keys
 * on that path, broken structure).
 */
function facetSpans(bytes: Buffer, remembered: RememberedFacets): FacetSpan[] | undefined {
  const scan = new Scan(bytes);
  const spans: FacetSpan[] = [];
  const ok = scan.members((key) => {
    if (key !== 'scopes') return scan.skipValue();
    return scan.members((scope) =>
      scan.members((field) => {
        if (field !== 'facets') return scan.skipValue();
        return scan.members((facet) => {
          const start = scan.at;
          const known = remembered.find(scope, facet, bytes, start);
          if (known) {
            scan.at = start + known.bytes.length;
            spans.push({ scope, facet, start, end: scan.at, known });
            return true;
          }
          if (!scan.skipValue()) return false;
          spans.push({ scope, facet, start, end: scan.at, known: undefined });
          return true;
        });
      }),
    );
  });
  return ok && scan.end() ? spans : undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A cursor over JSON bytes that follows their structure without building values. */
class Scan {
  at = 0;
  constructor(private readonly bytes: Buffer) {}

  /**
   * An object's members: `onMember(key)` is called with the cursor at the value and
   * must move past it. False when the bytes are not a plain object here, or a key
   * repeats or holds an escape.
   */
  members(onMember: (key: string) => boolean): boolean {
    const bytes = this.bytes;
    this.space();
    if (bytes[this.at] !== 0x7b) return false;
    this.at++;
    this.space();
    if (bytes[this.at] === 0x7d) {
      this.at++;
      return true;
    }
    const keys = new Set<string>();
    for (;;) {
      if (bytes[this.at] !== QUOTE) return false;
      const start = this.at + 1;
      const end = bytes.indexOf(QUOTE, start);
      if (end < 0) return false;
      const key = bytes.toString('utf8', start, end);
      if (key.includes('\\') || keys.has(key)) return false;
      keys.add(key);
      this.at = end + 1;
      this.space();
      if (bytes[this.at] !== 0x3a) return false;
      this.at++;
      this.space();
      if (!onMember(key)) return false;
      this.space();
      const next = bytes[this.at++];
      if (next === 0x7d) return true;
      if (next !== 0x2c) return false;
      this.space();
    }
  }

  /** Past one value: a string, an object or array (to its matching bracket), or a number or literal. */
  skipValue(): boolean {
    const bytes = this.bytes;
    const first = bytes[this.at];
    if (first === QUOTE) return this.skipString();
    if (first !== 0x7b && first !== 0x5b) {
      // A number or literal runs to the next delimiter; JSON.parse judges it.
      while (this.at < bytes.length && !DELIMITER.has(bytes[this.at]!)) this.at++;
      return true;
    }
    let depth = 0;
    while (this.at < bytes.length) {
      const c = bytes[this.at]!;
      if (c === QUOTE) {
        if (!this.skipString()) return false;
        continue;
      }
      this.at++;
      if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) return true;
    }
    return false;
  }

  /** At the end of the bytes but for white space. */
  end(): boolean {
    this.space();
    return this.at === this.bytes.length;
  }

  private skipString(): boolean {
    const bytes = this.bytes;
    let end = bytes.indexOf(QUOTE, this.at + 1);
    while (end > 0) {
      let slashes = 0;
      while (bytes[end - 1 - slashes] === BACKSLASH) slashes++;
      if (slashes % 2 === 0) break;
      end = bytes.indexOf(QUOTE, end + 1);
    }
    if (end < 0) return false;
    this.at = end + 1;
    return true;
  }

  private space(): void {
    const bytes = this.bytes;
    for (;;) {
      const c = bytes[this.at];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.at++;
    }
  }
}

/** What ends a number or literal: white space, `,`, `}`, `]`. */
const DELIMITER = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x7d, 0x5d]);

/** JSON.parse makes `__proto__` keys own properties, which readFingerprint drops: such members are read in full. */
function hasProtoKey(bytes: Buffer, from: number, to: number): boolean {
  return bytes.subarray(from, to).includes(PROTO_KEY);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
