/**
 * JSON.parse of a large fingerprint file without ever holding its whole text: the
 * file is read in chunks; the outer objects (the document, `scopes`, each scope, its
 * `facets` and `probes`) are walked here, and what lies inside them — each facet's
 * members, in runs of about `runBytes` — goes to JSON.parse piece by piece.
 *
 * Why: a side of 20k packages + 100k libraries is ~14 MB of JSON. Read whole, it was
 * held three times over while parsing (the chunks, their concatenation, the decoded
 * string), and the string lived on until the next full GC, i.e. through the other
 * side's parse. Here one chunk and one run are held beside the parsed document.
 *
 * For every valid JSON document the result equals JSON.parse of the whole text (key
 * order, duplicate keys, `__proto__` as an own key). Anything else — a syntax error,
 * a byte-order mark, a file that grows past the cap, more members than the caps —
 * returns undefined, and the caller reads the whole text the plain way, so every
 * error and refusal reads exactly as before.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export interface PieceLimits {
  /** Most bytes to read. */
  maxBytes: number;
  /** Most object members (`:` outside strings) in the whole document. */
  maxMembers: number;
  /** Most members of one object parsed in runs (a facet). */
  maxObjectMembers: number;
}

export interface PieceSizes {
  /** Bytes read at a time. */
  chunkBytes: number;
  /** About how much member text goes to one JSON.parse. */
  runBytes: number;
}

export interface ParsedPieces {
  value: unknown;
  /** The text holds `"__proto__"` (io.ts walks the document for such keys only then). */
  mayHoldProto: boolean;
}

/**
 * 1 MB reads, ~2 MB runs. At 20k packages + 100k libraries a side (interleaved CLI runs,
 * medians): 1, 2 and 4 MB runs took the same time within noise; 4 MB peaked ~15 MB higher.
 */
const DEFAULT_SIZES: PieceSizes = { chunkBytes: 1024 * 1024, runBytes: 2 * 1024 * 1024 };

/** Objects at these depths are walked here (1: the document, 4: a scope's `facets`); those inside them are parsed in runs. */
const WALKED_DEPTH = 4;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const PROTO = Buffer.from('"__proto__"');

/** What a byte outside strings means to the scanner (0: nothing). */
const OPENS = 1;
const CLOSES = 2;
const STARTS_STRING = 3;
const IS_COMMA = 4;
const IS_COLON = 5;
const ROLE = new Uint8Array(256);
ROLE[OPEN_BRACE] = OPENS;
ROLE[0x5b] = OPENS;
ROLE[CLOSE_BRACE] = CLOSES;
ROLE[0x5d] = CLOSES;
ROLE[QUOTE] = STARTS_STRING;
ROLE[COMMA] = IS_COMMA;
ROLE[COLON] = IS_COLON;

/** Not something this reader handles: the caller parses the whole text instead. */
class Unhandled extends Error {}

/** Parses the regular file `file` (see above); undefined when the plain path must decide. */
export function parseJsonPieces(file: string, limits: PieceLimits, sizes: PieceSizes = DEFAULT_SIZES): ParsedPieces | undefined {
  let fd: number;
  try {
    // Non-blocking open, then only a regular file: reads here are synchronous, and a
    // FIFO swapped in after the caller's stat must not hold the process.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const source = new ChunkSource(fd, limits.maxBytes, sizes.chunkBytes);
    const value = new PieceParser(source, limits, sizes.runBytes).document();
    return { value, mayHoldProto: source.sawProto };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file, a chunk at a time. A run being collected may still hold earlier chunks,
 * so each chunk gets its own buffer; buffers are reused once no run holds them
 * (fresh ones were 28 MB of garbage for a 14 MB file, freed only by a later GC).
 */
class ChunkSource {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  end = 0;
  sawProto = false;
  private read = 0;
  private done = false;
  /** Buffers read into, oldest first: the last one is `buf`'s. */
  private readonly used: Buffer[] = [];
  private readonly spare: Buffer[] = [];
  /** The last bytes read, so that a `"__proto__"` split between chunks is seen. */
  private tail = Buffer.alloc(0);

  constructor(
    private readonly fd: number,
    private readonly maxBytes: number,
    private readonly chunkBytes: number,
  ) {}

  /** The next chunk; false at the end of the file. */
  fill(): boolean {
    if (this.done) return false;
    const buf = this.spare.pop() ?? Buffer.allocUnsafe(this.chunkBytes);
    const n = readSync(this.fd, buf, 0, buf.length, this.read);
    if (n === 0) {
      this.spare.push(buf);
      this.done = true;
      return false;
    }
    this.used.push(buf);
    this.read += n;
    if (this.read > this.maxBytes) throw new Unhandled();
    const chunk = buf.subarray(0, n);
    if (!this.sawProto) {
      const keep = PROTO.length - 1;
      const across = Buffer.concat([this.tail, chunk.subarray(0, keep)]);
      this.sawProto = chunk.includes(PROTO) || across.includes(PROTO);
      this.tail = Buffer.from(n >= keep ? chunk.subarray(n - keep) : Buffer.concat([this.tail, chunk]).subarray(-keep));
    }
    this.buf = chunk;
    this.pos = 0;
    this.end = n;
    return true;
  }

  /** Nothing holds the chunks before the current one any more: they may be read into again. */
  recycle(): void {
    while (this.used.length > 1) this.spare.push(this.used.shift()!);
  }
}

class PieceParser {
  /** Object members seen so far, all depths. */
  private members = 0;

  constructor(
    private readonly source: ChunkSource,
    private readonly limits: PieceLimits,
    private readonly runBytes: number,
  ) {}

  document(): unknown {
    if (this.peek() !== OPEN_BRACE) throw new Unhandled();
    const doc = this.walkObject(1);
    if (this.peek() !== -1) throw new Unhandled();
    return doc;
  }

  /** The next byte that is not JSON whitespace, not consumed; -1 at the end of the file. */
  private peek(): number {
    const s = this.source;
    for (;;) {
      const { buf, end } = s;
      for (let i = s.pos; i < end; i++) {
        const c = buf[i]!;
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
          s.pos = i;
          return c;
        }
      }
      s.pos = end;
      if (!s.fill()) return -1;
      s.recycle();
    }
  }

  /** An object whose members are read here, one by one (its `{` is next). */
  private walkObject(depth: number): Record<string, unknown> {
    this.source.pos++;
    const out: Record<string, unknown> = {};
    if (this.peek() === CLOSE_BRACE) {
      this.source.pos++;
      return out;
    }
    for (;;) {
      if (this.peek() !== QUOTE) throw new Unhandled();
      const key: unknown = JSON.parse(this.take(true, 0).text);
      if (typeof key !== 'string' || this.peek() !== COLON) throw new Unhandled();
      this.source.pos++;
      this.count(1);
      let value: unknown;
      if (this.peek() === OPEN_BRACE) value = depth < WALKED_DEPTH ? this.walkObject(depth + 1) : this.runObject();
      else value = JSON.parse(this.take(false, 0).text);
      define(out, key, value);
      const after = this.peek();
      this.source.pos++;
      if (after === CLOSE_BRACE) return out;
      if (after !== COMMA) throw new Unhandled();
    }
  }

  /** An object parsed in runs of members, one JSON.parse each (its `{` is next). */
  private runObject(): Record<string, unknown> {
    this.source.pos++;
    let out: Record<string, unknown> | undefined;
    let members = 0;
    for (;;) {
      const run = this.take(false, this.runBytes);
      const stop = this.source.buf[this.source.pos];
      this.source.pos++;
      // An empty run is `{}`, or a stray comma (`{,`, `,,`, `,}`) that JSON.parse must word.
      if (isBlank(run.text) && (out !== undefined || stop !== CLOSE_BRACE)) throw new Unhandled();
      members += run.commas + 1;
      if (members > this.limits.maxObjectMembers) throw new Unhandled();
      const part = JSON.parse(`{${run.text}}`) as Record<string, unknown>;
      if (out === undefined) out = part;
      else for (const key in part) define(out, key, part[key]);
      if (stop === CLOSE_BRACE) return out;
      if (stop !== COMMA) throw new Unhandled();
    }
  }

  private count(members: number): void {
    this.members += members;
    if (this.members > this.limits.maxMembers) throw new Unhandled();
  }

  /**
   * The text from here up to (not including) the first byte outside strings and
   * brackets that ends a value: `,`, `}` or `]`, and `:` for a key. With `run` > 0 a
   * `,` ends the text only once `run` bytes are taken: a run of members, `commas`
   * of them separated by commas.
   */
  private take(isKey: boolean, run: number): { text: string; commas: number } {
    const s = this.source;
    const held: Buffer[] = [];
    let taken = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let commas = 0;
    let colons = 0;
    for (;;) {
      const { buf, end } = s;
      const start = s.pos;
      let i = start;
      let stopped = false;
      if (escaped) {
        // The previous chunk ended on a backslash inside a string: this byte is escaped.
        escaped = false;
        i++;
      }
      while (i < end) {
        if (inString) {
          // The rest of a string: only its closing quote matters. Found with indexOf (native,
          // most of a fingerprint's bytes are inside strings); a quote after an odd run of
          // backslashes is escaped.
          const quote = buf.indexOf(QUOTE, i);
          const stop = quote < 0 ? end : quote;
          let slashes = 0;
          for (let k = stop - 1; k >= i && buf[k] === BACKSLASH; k--) slashes++;
          if (quote < 0) {
            // The chunk ends inside the string; on an escaping backslash the next chunk's first byte is escaped.
            escaped = slashes % 2 === 1;
            i = end;
          } else {
            if (slashes % 2 === 0) inString = false;
            i = quote + 1;
          }
          continue;
        }
        const role = ROLE[buf[i]!]!;
        if (role === 0) {
          i++;
          continue;
        }
        if (role === STARTS_STRING) inString = true;
        else if (role === OPENS) depth++;
        else if (role === CLOSES) {
          if (depth === 0) {
            stopped = true;
            break;
          }
          depth--;
        } else if (role === IS_COLON) {
          if (depth === 0 && isKey) {
            stopped = true;
            break;
          }
          colons++;
        } else if (depth === 0) {
          if (taken + i - start >= run) {
            stopped = true;
            break;
          }
          commas++;
        }
        i++;
      }
      this.count(colons);
      colons = 0;
      if (stopped) {
        s.pos = i;
        held.push(buf.subarray(start, i));
        // Bytes first, then text: a character split between two chunks is decoded whole.
        const text = held.length === 1 ? buf.toString('utf8', start, i) : Buffer.concat(held).toString('utf8');
        s.recycle();
        return { text, commas };
      }
      held.push(buf.subarray(start, end));
      taken += end - start;
      s.pos = end;
      // A value always ends before the document does.
      if (!s.fill()) throw new Unhandled();
    }
  }
}

/** JSON.parse makes `__proto__` an own key; an assignment would set the prototype instead. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

function isBlank(text: string): boolean {
  return /^[ \t\n\r]*$/.test(text);
}
